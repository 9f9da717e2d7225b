//! Gazetteers: the TSV files under `gazetteers/` (embedded at build time) plus any given with
//! `--gazetteers DIR`, loaded once into a trie of folded forms and a few lexicons (first names, titles and roles, reporting verbs, demonyms, stop words).
//!
//! A file's header line says what it holds:
//!
//! | header | holds |
//! |---|---|
//! | `type canonical aliases key` | entities; `aliases` `|`-separated (the canonical is always a form) |
//! | `name gender` | first names (`m`, `f` or `x`) |
//! | `form kind gender` | titles: `honorific` (M., Mme) or `role` (ministre, procureur) |
//! | `form lemma` | reporting verbs: an inflected form and its infinitive |
//! | `form place` | demonyms and adjectives of place, with the place's key |
//! | `word` | capitalised common words that are never a name on their own |
//! | `head` | words that open an organisation's name ("Comité", "ministère") |
//! | `person office` | an office news names instead of its holder, and a holder's canonical name |
//!
//! `#` starts a comment line. A loading error names the file and line.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use anyhow::{bail, Context, Result};
// The lexicons are asked about nearly every word of every article, and their keys are the
// gazetteer files' own words, not input an attacker picks: the Fx hash is several times
// cheaper than the default SipHash and needs no protection against collision floods.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::fold::fold_str;
use crate::mention::EntityType;

mod trie;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// One entity a gazetteer lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntityType,
    pub canonical: String,
    pub key: String,
}

/// One folded surface form in the automaton and the entries it may name.
#[derive(Debug, Clone, Default)]
pub struct Form {
    pub entries: Vec<usize>,
    /// Every written variant is upper case (an acronym such as `COE`): the text must be too.
    pub acronym: bool,
    /// For each word of the form, whether every written variant capitalises it: the text
    /// must too ("Le Monde" is not "Le monde entier", "les Huit" is not "les huit pays").
    pub capitals: Vec<bool>,
}

/// Grammatical gender as the lexicons record it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    Either,
}

impl Gender {
    fn parse(s: &str) -> Option<Gender> {
        match s {
            "m" => Some(Gender::Masculine),
            "f" => Some(Gender::Feminine),
            "x" | "" => Some(Gender::Either),
            _ => None,
        }
    }

    /// Whether a word of gender `self` may refer to a person of gender `other`.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Either || other == Gender::Either || self == other
    }
}

/// A title or role word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    /// `M.`, `Mme`, `Dr`: stands right before a name and is not part of it.
    pub honorific: bool,
    pub gender: Gender,
}

/// Everything the rules know, built once and shared read-only by every worker.
#[derive(Debug, Clone)]
pub struct Gazetteers {
    pub entries: Vec<Entry>,
    pub forms: Vec<Form>,
    /// The folded forms, in the order of `forms`.
    folded_forms: Vec<String>,
    /// The forms for the anchored searches of the pipeline.
    trie: trie::Trie,
    /// The forms for unanchored searches over whole texts (the scan baseline), built the first
    /// time one is asked for: the pipeline never needs it.
    automaton: OnceLock<AhoCorasick>,
    /// Folded first names. [`Gazetteers::is_first_name`] asks it faster.
    pub first_names: HashMap<String, Gender>,
    /// The shapes of the `first_names`, asked of most capitalised words.
    first_name_shapes: Shapes,
    /// Folded titles and roles without a final full stop, possibly several words
    /// (`secretaire general`). [`Gazetteers::title`] asks it faster.
    pub titles: HashMap<String, Title>,
    /// The shapes of the `titles`: the rules ask whether most words of an article are one.
    title_shapes: Shapes,
    /// Folded reporting-verb forms → infinitive.
    pub cues: HashMap<String, String>,
    /// Folded first words of the cues written in several words that do not open with a
    /// reflexive pronoun ("fait" of "fait savoir", "mis" of "mis en garde"): only after
    /// these does a cue read on past its first word.
    pub cue_heads: HashSet<String>,
    /// Folded demonyms → place key.
    pub demonyms: HashMap<String, String>,
    /// Folded capitalised common words that never stand alone as a name.
    pub stopwords: HashSet<String>,
    /// Folded words that open an organisation's name. [`Gazetteers::is_org_head`] asks it
    /// faster.
    pub org_heads: HashSet<String>,
    /// The shapes of the `org_heads`, asked of every capitalised word.
    org_head_shapes: Shapes,
    /// A person's canonical name → the offices they held, each as its folded words.
    pub offices: HashMap<String, Vec<Vec<String>>>,
    /// Folded first words of the forms that may start in lower case or with a digit
    /// ("ministere", "roi", "20"): every other form starts with a capital.
    lower_case_openers: HashSet<String>,
    /// The shapes of the `lower_case_openers`. Running text is full of words that start like
    /// one of them ("de", "les", "place"): most are turned away by shape and length.
    lower_case_shapes: Shapes,
}

/// The shapes of a set of words, to turn away most other words without hashing them: for
/// each shape of a word (its first two bytes, five bits of each), the lengths of the words of
/// that shape (bit `n`: `n` bytes, bit 63: 63 or more).
#[derive(Debug, Clone)]
struct Shapes(Box<[u64; 1024]>);

impl Shapes {
    fn of<'a>(words: impl IntoIterator<Item = &'a String>) -> Shapes {
        let mut shapes = Box::new([0; 1024]);
        for word in words {
            shapes[shape(word)] |= length_bit(word);
        }
        Shapes(shapes)
    }

    /// False when no word of the set has the shape and length of `word`.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        self.0[shape(word)] & length_bit(word) != 0
    }
}

/// For each word of `written`, whether it starts with a capital.
pub fn capitals_of(written: &str) -> Vec<bool> {
    written
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.starts_with(char::is_uppercase))
        .collect()
}

/// The shape of a word for [`Shapes`]: its first two bytes, five bits of each.
#[inline]
fn shape(word: &str) -> usize {
    let bytes = word.as_bytes();
    let bits = |k: usize| bytes.get(k).map_or(0, |&b| usize::from(b & 31));
    bits(0) * 32 + bits(1)
}

/// The length of a word as one bit: bit `n` for `n` bytes, bit 63 for 63 or more.
#[inline]
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// A gazetteer match in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormMatch {
    pub span: Range<usize>,
    pub form: usize,
}

/// The headers a gazetteer file may have; see the module docs.
const KNOWN_HEADERS: &[&[&str]] = &[
    &["type", "canonical", "aliases", "key"],
    &["name", "gender"],
    &["form", "kind", "gender"],
    &["form", "lemma"],
    &["form", "place"],
    &["word"],
    &["head"],
    &["person", "office"],
];

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    forms: HashMap<String, (Form, bool)>,
    order: Vec<String>,
    first_names: HashMap<String, Gender>,
    titles: HashMap<String, Title>,
    cues: HashMap<String, String>,
    demonyms: HashMap<String, String>,
    stopwords: HashSet<String>,
    org_heads: HashSet<String>,
    offices: HashMap<String, Vec<Vec<String>>>,
}

impl Gazetteers {
    /// The gazetteers embedded in the binary.
    pub fn embedded() -> Result<Gazetteers> {
        Gazetteers::load(None)
    }

    /// The embedded gazetteers plus every `*.tsv` in `extra` (sorted by name).
    pub fn load(extra: Option<&Path>) -> Result<Gazetteers> {
        let mut sources: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|(name, text)| (format!("gazetteers/{name}"), text.to_string()))
            .collect();
        if let Some(dir) = extra {
            let mut paths = Vec::new();
            for entry in std::fs::read_dir(dir)
                .with_context(|| format!("{}: cannot list gazetteer folder", dir.display()))?
            {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "tsv") {
                    paths.push(path);
                }
            }
            paths.sort();
            for path in paths {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("{}: cannot read gazetteer", path.display()))?;
                sources.push((path.display().to_string(), text));
            }
        }
        Gazetteers::from_sources(&sources)
    }

    /// Builds from `(name, text)` pairs; `name` is what errors cite.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Gazetteers> {
        let mut builder = Builder::default();
        for (name, text) in sources {
            builder.add_file(name, text)?;
        }
        builder.build()
    }

    /// Non-overlapping leftmost-longest matches of listed forms in `folded` text. Word
    /// boundaries are not checked here: the caller knows the original text.
    pub fn find_forms<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = FormMatch> + 'a {
        let automaton = self.automaton.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&self.folded_forms)
                .expect("32-bit state ids hold gazetteers of less than 4 GB")
        });
        automaton.find_iter(folded).map(|m| FormMatch {
            span: m.range(),
            form: m.pattern().as_usize(),
        })
    }

    /// The longest listed form starting at each of `starts` (increasing offsets into
    /// `folded`), skipping the starts inside a form already found: leftmost-longest among
    /// those starts. Word boundaries are not checked here.
    pub fn find_forms_at(
        &self,
        folded: &str,
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<FormMatch> {
        let mut found = Vec::new();
        let mut after = 0;
        for start in starts {
            if start < after {
                continue;
            }
            if let Some((end, form)) = self.trie.longest_at(folded.as_bytes(), start) {
                after = end;
                found.push(FormMatch {
                    span: start..end,
                    form,
                });
            }
        }
        found
    }

    /// Whether a listed form may start with the folded word `word` written in lower case
    /// (or a digit); any form may start with a capitalised word.
    #[inline]
    pub fn opens_lower_case_form(&self, word: &str) -> bool {
        self.lower_case_shapes.may_hold(word) && self.lower_case_openers.contains(word)
    }

    /// The title or role the folded `word` (or words) names, if listed.
    #[inline]
    pub fn title(&self, word: &str) -> Option<&Title> {
        if self.title_shapes.may_hold(word) {
            self.titles.get(word)
        } else {
            None
        }
    }

    /// Whether the folded `word` is a listed first name.
    #[inline]
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_name_shapes.may_hold(word) && self.first_names.contains_key(word)
    }

    /// Whether the folded `word` opens an organisation's name ("comite", "ministere").
    #[inline]
    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_head_shapes.may_hold(word) && self.org_heads.contains(word)
    }

    /// Whether the folded `word` (or words) is a listed title or role.
    pub fn is_title(&self, word: &str) -> bool {
        self.title(word).is_some()
    }

    /// How many surface forms the automaton holds.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }
}

impl Builder {
    fn add_file(&mut self, name: &str, text: &str) -> Result<()> {
        let mut header: Option<Vec<&str>> = None;
        // A row's fields, kept in place instead of a new vector for each of the thousands of
        // lines: no header has more than four columns, and a longer row is an error.
        let mut fields = [""; 4];
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some(columns) = &header else {
                let found: Vec<&str> = line.split('\t').collect();
                if !KNOWN_HEADERS.contains(&found.as_slice()) {
                    bail!("{name}:{line_no}: unknown header {:?}", found.join("\t"));
                }
                self.reserve(&found, text.bytes().filter(|&b| b == b'\n').count());
                header = Some(found);
                continue;
            };
            let mut count = 0;
            for field in line.split('\t') {
                if let Some(slot) = fields.get_mut(count) {
                    *slot = field;
                }
                count += 1;
            }
            if count != columns.len() {
                bail!(
                    "{name}:{line_no}: expected {} tab-separated columns ({}), found {count}",
                    columns.len(),
                    columns.join(", "),
                );
            }
            self.add_row(columns, &fields[..count])
                .with_context(|| format!("{name}:{line_no}"))?;
        }
        if header.is_none() {
            bail!("{name}: no header line");
        }
        Ok(())
    }

    /// Makes room for `rows` more rows of a file with header `columns`, so that the lexicons
    /// of thousands of words are not rehashed again and again as they grow.
    fn reserve(&mut self, columns: &[&str], rows: usize) {
        match columns {
            ["name", "gender"] => self.first_names.reserve(rows),
            ["form", "kind", "gender"] => self.titles.reserve(rows),
            ["form", "lemma"] => self.cues.reserve(rows),
            ["form", "place"] => self.demonyms.reserve(rows),
            ["word"] => self.stopwords.reserve(rows),
            ["head"] => self.org_heads.reserve(rows),
            _ => self.entries.reserve(rows),
        }
    }

    fn add_row(&mut self, columns: &[&str], fields: &[&str]) -> Result<()> {
        match columns {
            ["type", "canonical", "aliases", "key"] => {
                let kind = EntityType::parse(fields[0])
                    .with_context(|| format!("unknown entity type {:?}", fields[0]))?;
                let canonical = fields[1].trim();
                if canonical.is_empty() {
                    bail!("empty canonical name");
                }
                let key = match fields[3].trim() {
                    "" => crate::mention::key_of(canonical),
                    key => key.to_string(),
                };
                let entry = self.entries.len();
                self.entries.push(Entry {
                    kind,
                    canonical: canonical.to_string(),
                    key,
                });
                let aliases = fields[2].split('|').map(str::trim);
                for written in std::iter::once(canonical).chain(aliases) {
                    self.add_form(written, entry);
                }
            }
            ["name", "gender"] => {
                let gender = Gender::parse(fields[1].trim())
                    .with_context(|| format!("gender must be m, f or x, not {:?}", fields[1]))?;
                let name = fold_str(fields[0].trim());
                let merged = match self.first_names.get(&name) {
                    Some(&known) if known != gender => Gender::Either,
                    _ => gender,
                };
                self.first_names.insert(name, merged);
            }
            ["form", "kind", "gender"] => {
                let honorific = match fields[1].trim() {
                    "honorific" => true,
                    "role" => false,
                    other => bail!("title kind must be honorific or role, not {other:?}"),
                };
                let gender = Gender::parse(fields[2].trim())
                    .with_context(|| format!("gender must be m, f or x, not {:?}", fields[2]))?;
                // "M." and "M" are one title: the full stop is checked in the text.
                let form = fold_str(fields[0].trim().trim_end_matches('.'));
                self.titles.insert(form, Title { honorific, gender });
            }
            ["form", "lemma"] => {
                self.cues
                    .insert(fold_str(fields[0].trim()), fields[1].trim().to_string());
            }
            ["form", "place"] => {
                self.demonyms
                    .insert(fold_str(fields[0].trim()), fields[1].trim().to_string());
            }
            ["word"] => {
                self.stopwords.insert(fold_str(fields[0].trim()));
            }
            ["head"] => {
                self.org_heads.insert(fold_str(fields[0].trim()));
            }
            ["person", "office"] => {
                let written = fields[1].trim();
                let office: Vec<String> = crate::words::words(written, 0..written.len())
                    .into_iter()
                    .map(|word| fold_str(&written[word]))
                    .collect();
                if office.is_empty() {
                    bail!("empty office");
                }
                self.offices
                    .entry(fields[0].trim().to_string())
                    .or_default()
                    .push(office);
            }
            other => bail!("unknown header {:?}", other.join("\t")),
        }
        Ok(())
    }

    fn add_form(&mut self, written: &str, entry: usize) {
        if written.is_empty() {
            return;
        }
        let folded = fold_str(written);
        let upper = written.chars().any(char::is_alphabetic)
            && !written.chars().any(char::is_lowercase)
            && written.chars().filter(|c| c.is_alphabetic()).count() <= 6;
        let capitals = capitals_of(written);
        let slot = self.forms.entry(folded.clone()).or_insert_with(|| {
            self.order.push(folded);
            (
                Form {
                    capitals: capitals.clone(),
                    ..Form::default()
                },
                true,
            )
        });
        // A word needs its capital only if every variant writes it so.
        for (need, has) in slot.0.capitals.iter_mut().zip(&capitals) {
            *need &= *has;
        }
        if !slot.0.entries.contains(&entry) {
            slot.0.entries.push(entry);
        }
        // A form is an acronym only if every way it was written is upper case.
        slot.1 &= upper;
    }

    fn build(mut self) -> Result<Gazetteers> {
        let mut forms = Vec::with_capacity(self.order.len());
        for folded in &self.order {
            let (mut form, acronym) = self.forms.remove(folded).unwrap_or_default();
            form.acronym = acronym;
            forms.push(form);
        }
        let lower_case_openers = self
            .order
            .iter()
            .zip(&forms)
            .filter(|(_, form)| !form.capitals.first().copied().unwrap_or(false))
            .filter_map(|(folded, _)| {
                let first = crate::words::words(folded, 0..folded.len())
                    .into_iter()
                    .next()?;
                Some(folded[first].to_string())
            })
            .collect::<HashSet<String>>();
        let lower_case_shapes = Shapes::of(&lower_case_openers);
        Ok(Gazetteers {
            entries: self.entries,
            forms,
            trie: trie::Trie::new(&self.order),
            folded_forms: self.order,
            automaton: OnceLock::new(),
            first_name_shapes: Shapes::of(self.first_names.keys()),
            first_names: self.first_names,
            title_shapes: Shapes::of(self.titles.keys()),
            titles: self.titles,
            cue_heads: self
                .cues
                .keys()
                .filter_map(|form| form.split_once(' ').map(|(head, _)| head))
                .filter(|head| *head != "se" && !head.starts_with("s'"))
                .map(str::to_string)
                .collect(),
            cues: self.cues,
            demonyms: self.demonyms,
            stopwords: self.stopwords,
            org_head_shapes: Shapes::of(&self.org_heads),
            org_heads: self.org_heads,
            offices: self.offices,
            lower_case_openers,
            lower_case_shapes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(text: &str) -> Result<Gazetteers> {
        Gazetteers::from_sources(&[("test.tsv".to_string(), text.to_string())])
    }

    #[test]
    fn embedded_loads() {
        let gaz = Gazetteers::embedded().unwrap();
        assert!(gaz.form_count() > 0);
        assert!(!gaz.cues.is_empty());
        assert!(!gaz.first_names.is_empty());
    }

    #[test]
    fn wrong_column_count_names_file_and_line() {
        let err = build("# source\ntype\tcanonical\taliases\tkey\nPER\tA B\n").unwrap_err();
        assert!(err.to_string().starts_with("test.tsv:3:"), "{err}");
    }

    #[test]
    fn unknown_header_is_an_error() {
        let err = build("foo\tbar\n").unwrap_err();
        assert!(format!("{err:#}").contains("unknown header"), "{err:#}");
    }

    #[test]
    fn aliases_share_an_entry_and_acronyms_are_marked() {
        let gaz = build("type\tcanonical\taliases\tkey\nORG\tConseil de l'Europe\tCOE|CoE\tcoe\n")
            .unwrap();
        let text = fold_str("le conseil de l’Europe et le COE");
        let found: Vec<_> = gaz.find_forms(&text).collect();
        assert_eq!(found.len(), 2);
        assert_eq!(gaz.forms[found[0].form].entries, vec![0]);
        assert!(!gaz.forms[found[0].form].acronym);
        // "CoE" is also written with lower case, so the form is not upper-case only.
        assert!(!gaz.forms[found[1].form].acronym);
    }

    /// Every holder of an office is a person the gazetteers list, under the canonical name
    /// a mention of them carries; an office is kept as its folded words.
    #[test]
    fn office_holders_are_listed_people() {
        let gaz = Gazetteers::embedded().unwrap();
        let people: HashSet<&str> = gaz
            .entries
            .iter()
            .filter(|e| e.kind == EntityType::Per)
            .map(|e| e.canonical.as_str())
            .collect();
        assert!(gaz.offices.len() > 50);
        for holder in gaz.offices.keys() {
            assert!(people.contains(holder.as_str()), "{holder}");
        }
        assert!(gaz.offices["Angela Merkel"]
            .contains(&vec!["chanceliere".to_string(), "allemande".to_string()]));
    }

    /// The people files name where their facts come from, and no form of theirs is a word
    /// every sentence may hold: the lists of office holders give full names only, so that
    /// "Didier Paris" never makes a deputy of every "Paris".
    #[test]
    fn people_files_name_their_source_and_full_names_only() {
        let gaz = Gazetteers::embedded().unwrap();
        let people: Vec<_> = EMBEDDED
            .iter()
            .filter(|(name, _)| name.starts_with("people"))
            .collect();
        assert!(people.len() >= 3, "{people:?}");
        let mut count = 0;
        for (name, text) in people {
            assert!(
                text.starts_with("# "),
                "{name}: no comment naming the source"
            );
            let lists = *name != "people.tsv";
            for line in text.lines().filter(|line| line.starts_with("PER\t")) {
                count += 1;
                let fields: Vec<&str> = line.split('\t').collect();
                let forms = std::iter::once(fields[1]).chain(fields[2].split('|'));
                for form in forms.filter(|form| !form.is_empty()) {
                    assert!(!gaz.stopwords.contains(&fold_str(form)), "{name}: {form}");
                    assert!(
                        !lists || form.contains(' '),
                        "{name}: {form}: not a full name"
                    );
                }
            }
        }
        assert!(count >= 3000, "{count} people");
    }

    #[test]
    fn leftmost_longest() {
        let gaz = build(
            "type\tcanonical\taliases\tkey\nLOC\tParis\t\tparis\nORG\tUniversité de Paris\t\tu\n",
        )
        .unwrap();
        let text = fold_str("à l'Université de Paris");
        let found: Vec<_> = gaz.find_forms(&text).collect();
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "universite de paris");
    }

    #[test]
    fn anchored_starts_skip_those_inside_a_form() {
        let gaz = build(
            "type\tcanonical\taliases\tkey\nLOC\tParis\t\tparis\nORG\tUniversité de Paris\t\tu\n\
             ORG\tministère de l'Intérieur\t\tmi\n",
        )
        .unwrap();
        let text = fold_str("à l'Université de Paris, Paris et le ministère de l'Intérieur");
        let at = |word: &str| text.find(word).unwrap();
        // "paris" inside the university's name is skipped; a start that opens no form
        // ("et") finds nothing.
        let starts = [
            at("universite"),
            at("paris"),
            at(", paris") + 2,
            at("et"),
            at("ministere"),
        ];
        let found: Vec<_> = gaz
            .find_forms_at(&text, starts)
            .into_iter()
            .map(|m| &text[m.span])
            .collect();
        assert_eq!(
            found,
            ["universite de paris", "paris", "ministere de l'interieur"]
        );
        assert!(gaz.opens_lower_case_form("ministere"));
        assert!(!gaz.opens_lower_case_form("paris"));
    }
}
