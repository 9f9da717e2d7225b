//! Entities: article text (and its folded copy) → PER, ORG and LOC mentions, sorted by start
//! and non-overlapping, none inside an excluded (boilerplate or repeated) region.
//!
//! Two sources meet here. The gazetteer trie finds listed names on the folded text; word
//! boundaries and capitalisation are then checked on the original, so "tours" and "orange"
//! stay common nouns. Rules find the people no list has: an honorific before a capitalised
//! name ("M. Robinson"), a known first name before one ("Jürgen Stock"), an initial
//! ("S. Iswaran"), a role before a name ("le procureur Robinson"). Where they overlap, the
//! longer span wins, and a rule with a first name or honorific beats a place of the same span.
//! A name once seen after a title, a rank or words said then names the person wherever it
//! stands alone.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use crate::dates::month;
use crate::fold::{fold_str, Folded};
use crate::gazetteer::{capitals_of, Gazetteers};
use crate::mention::{key_of, EntityType, Mention, Source};
use crate::spans::inside;
use crate::words::{is_capitalised, Words};

mod classes;
mod organisations;
mod people;
mod places;

use classes::Classes;

/// Lower-case particles that may stand inside a person's name before a capitalised part.
const PARTICLES: &[&str] = &[
    "de", "du", "d'", "d’", "da", "di", "van", "von", "der", "den", "ben", "bin", "el", "al",
];

/// For each ASCII byte, whether one of the [`PARTICLES`] opens on it.
const PARTICLE_FIRST_LETTERS: [bool; 128] = {
    let mut table = [false; 128];
    let mut k = 0;
    while k < PARTICLES.len() {
        table[PARTICLES[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    table
};

/// Articles and prepositions: after a role they introduce its complement ("le président du
/// Sénat"), not the person's name.
const LINKS: &[&str] = &[
    "de", "du", "des", "d'", "la", "le", "les", "l'", "a", "au", "aux", "en", "pour", "sur",
];

/// The rules that see a person in a name of one word: a title, a role, a kinship, a rank in
/// a results table or words said before it. A role counts only right before the name.
pub(crate) const NAMING_RULES: &[&str] = &[
    "honorific",
    "kin",
    "role",
    "plural honorific's list",
    "ranked name",
    "speaker of an incise",
];

/// Listed common words that are also frequent surnames, taken inside a name after its first
/// word: "Antoine Petit", "Pierre Avril"; never at its head ("Petit à petit").
const SURNAME_WORDS: &[&str] = &["petit", "grand", "avril", "janvier"];

/// Longest run of name words a rule takes after its trigger.
const MAX_NAME_WORDS: usize = 4;

#[derive(Debug)]
struct Candidate {
    mention: Mention,
    /// Evidence strength when spans tie: rules with a first name or a title beat lists.
    strength: u8,
}

impl Candidate {
    /// A mention a rule found at `span` of `text`, named as written.
    fn by_rule(
        kind: EntityType,
        text: &str,
        span: Range<usize>,
        strength: u8,
        rule: &'static str,
    ) -> Candidate {
        let name = joined_pieces(&text[span.clone()]);
        Candidate {
            mention: Mention {
                kind,
                key: key_of(&name),
                canonical: name,
                span,
                source: Source::Rule,
                rule,
                value: None,
            },
            strength,
        }
    }
}

/// Finds the entity mentions of `text`; `folded` is `fold(text)` and `all_words` its words.
pub fn find(
    text: &str,
    folded: &Folded,
    all_words: &Words,
    gaz: &Gazetteers,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    let classes = &Classes::of(text, all_words);
    let mut candidates = Vec::new();
    listed(text, folded, gaz, all_words, &mut candidates);
    people::by_rule(text, gaz, all_words, classes, &mut candidates);
    people::by_apposition(text, gaz, all_words, classes, &mut candidates);
    organisations::by_rule(text, gaz, all_words, classes, &mut candidates);
    places::by_rule(text, gaz, all_words, classes, &mut candidates);
    organisations::agencies(text, all_words, &mut candidates);
    organisations::companies(text, gaz, all_words, classes, &mut candidates);
    people::drop_things(text, gaz, all_words, classes, &mut candidates);
    people::first_names_together(text, gaz, all_words, classes, &mut candidates);
    people::speakers(text, gaz, all_words, classes, &mut candidates);
    people::ranked(text, gaz, all_words, classes, &mut candidates);
    people::aged(text, gaz, all_words, classes, &mut candidates);
    people::apposed_first_name(text, gaz, all_words, classes, &mut candidates);
    people::listed_beside(text, gaz, all_words, classes, &mut candidates);
    candidates.retain(|c| !inside(excluded, &c.mention.span));
    surnames_are_people(&mut candidates);
    let mentions = choose(candidates);
    surnames_named_again(text, folded, gaz, all_words, excluded, mentions)
}

/// A name that a rule once found as a person's, by a title, a role or a kinship before it,
/// its rank in a results table or an incise after words said, names that person wherever it
/// stands alone in the article: "M. Gambetta a parlé (…) Gambetta a répondu", "le général
/// Dumonceau (…) Dumonceau sera placé". Full names are the resolution stage's business; this
/// is for the names seen with no first name. A name found only by standing in a list beside
/// a person, or beside another first name ("Maurice et Charlot"), is weaker evidence, too
/// weak to be carried through the article ("Poste Parisien, Radio-Cité, J.-J. Vital"). Only
/// words no mention holds, of three letters or more (two are an abbreviation sooner than a
/// surname).
fn surnames_named_again(
    text: &str,
    folded: &Folded,
    gaz: &Gazetteers,
    all_words: &Words,
    excluded: &[Range<usize>],
    mut mentions: Vec<Mention>,
) -> Vec<Mention> {
    // A role with words between it and the name ("la princesse quittât St-Pétersbourg") is
    // weaker evidence: only the role right before the name counts.
    let role_right_before = |m: &Mention| {
        let at = all_words.partition_point(|w| w.end <= m.span.start);
        at > 0 && gaz.is_title(&all_words.folded[at - 1])
    };
    let mut named: Vec<String> = mentions
        .iter()
        .filter(|m| {
            m.kind == EntityType::Per
                && !m.canonical.contains(char::is_whitespace)
                && NAMING_RULES.contains(&m.rule)
                && (m.rule != "role" || role_right_before(m))
        })
        .map(|m| fold_str(&m.canonical))
        .collect();
    if named.is_empty() {
        return mentions;
    }
    named.sort_unstable();
    named.dedup();
    // A few names an article: each is looked for in the folded text at once, which costs less
    // than asking every word about them.
    let mut at: Vec<usize> = Vec::new();
    for name in &named {
        let words: Vec<usize> = memchr::memmem::find_iter(folded.text.as_bytes(), name.as_bytes())
            .filter_map(|hit| {
                let span = folded.original(hit..hit + name.len());
                let i = all_words.partition_point(|w| w.start < span.start);
                (all_words.get(i) == Some(&span)).then_some(i)
            })
            .collect();
        // A name the article also writes in lower case is a common word too ("M. Blanc", "le
        // drapeau blanc"): at a sentence's start, where every word takes a capital, it is
        // carried no further ("Blanc comme neige, le dossier…").
        let common = words.iter().any(|&i| !all_words.capitalised(i));
        let opens_sentence = |i: usize| {
            let before = text[..all_words[i].start].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?', '…', ':', '«', '"', '—', '–'])
        };
        at.extend(
            words
                .into_iter()
                .filter(|&i| !(common && opens_sentence(i))),
        );
    }
    at.sort_unstable();
    let mut found = Vec::new();
    // Mentions are sorted and disjoint: one pointer walks them beside the words.
    let mut next = 0;
    for i in at {
        let word = &all_words[i];
        let written = &text[word.clone()];
        if !is_capitalised(written)
            || written.chars().count() < 3
            || gaz.stopwords.contains(&all_words.folded[i])
        {
            continue;
        }
        while next < mentions.len() && mentions[next].span.end <= word.start {
            next += 1;
        }
        let covered = mentions.get(next).is_some_and(|m| m.span.start < word.end);
        // « Dupont », " JAN ": a name alone between quotes is a work's or a shop's.
        let quoted = text[..word.start].trim_end().ends_with(['«', '“', '"'])
            && text[word.end..].trim_start().starts_with(['»', '”', '"']);
        if covered || quoted || inside(excluded, word) {
            continue;
        }
        found.push(
            Candidate::by_rule(
                EntityType::Per,
                text,
                word.clone(),
                1,
                "surname named before",
            )
            .mention,
        );
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.span.start);
    }
    mentions
}

/// A word that a rule took for a place after "à" or "de" is a person when the article names
/// someone by it: "M. Renault est venu. (...) Il a écrit à Renault."
fn surnames_are_people(candidates: &mut [Candidate]) {
    let surnames: HashSet<String> = candidates
        .iter()
        .filter(|c| c.mention.kind == EntityType::Per)
        .filter_map(|c| c.mention.canonical.split_whitespace().next_back())
        .map(fold_str)
        .collect();
    for c in candidates.iter_mut() {
        let m = &mut c.mention;
        if m.kind == EntityType::Loc
            && m.source == Source::Rule
            && surnames.contains(&fold_str(&m.canonical))
        {
            m.kind = EntityType::Per;
            m.rule = "place read as a surname";
        }
    }
}

fn listed(
    text: &str,
    folded: &Folded,
    gaz: &Gazetteers,
    all_words: &Words,
    out: &mut Vec<Candidate>,
) {
    for found in gaz.find_forms_at(&folded.text, name_starts(text, all_words, gaz)) {
        let before = folded.text[..found.span.start].chars().next_back();
        let after = folded.text[found.span.end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let span = folded.original(found.span.clone());
        let written = &text[span.clone()];
        let form = &gaz.forms[found.form];
        if form.acronym {
            if written.chars().any(char::is_lowercase) {
                continue;
            }
        } else if capitals_of(written)
            .iter()
            .zip(&form.capitals)
            .any(|(has, needs)| *needs && !has)
        {
            // A name keeps the capitals it is listed with, so "orange", "Le monde entier" and
            // "les huit pays" stay common words.
            continue;
        }
        if gaz.stopwords.contains(&fold_str(written)) {
            continue;
        }
        let person_context = people::preceded_by_person_cue(text, gaz, all_words, span.start);
        let entry = form
            .entries
            .iter()
            .map(|&i| &gaz.entries[i])
            .max_by_key(|e| match (e.kind, person_context) {
                (EntityType::Per, true) => 3,
                (EntityType::Loc, false) => 2,
                (EntityType::Org, _) => 1,
                _ => 0,
            });
        let Some(entry) = entry else { continue };
        out.push(Candidate {
            mention: Mention {
                kind: entry.kind,
                span,
                canonical: entry.canonical.clone(),
                key: entry.key.clone(),
                source: Source::Gazetteer,
                rule: "listed",
                value: None,
            },
            // A listed person is the strongest evidence; a listed place or body of one word
            // yields to a rule that saw a first name or a title ("M. Washington"), one of
            // several words does not ("Caroline du Nord").
            strength: if entry.kind == EntityType::Per || written.contains(char::is_whitespace) {
                3
            } else {
                1
            },
        });
    }
}

/// Where a listed name may start, as offsets into the folded text, in order: a capitalised
/// word, a capitalised part after a hyphen inside a word ("Saint-Denis" in "Seine-Saint-Denis"),
/// or a word that opens a form listed in lower case ("ministère de l'Intérieur", "20 minutes").
/// The gazetteer trie is read from these few places instead of through every byte.
fn name_starts(text: &str, all_words: &Words, gaz: &Gazetteers) -> Vec<usize> {
    let is_hyphen = |c: char| matches!(c, '-' | '\u{2011}');
    let bytes = text.as_bytes();
    // Hyphens are rare: their bytes ('-', and the lead byte of U+2011) are found in one search
    // through the text, and only the words that hold one are read char by char.
    let mut hyphens = memchr::memchr2_iter(b'-', 0xE2, bytes);
    // The first of them not before the word read; past the text when none is left.
    let mut hyphen = hyphens.next().unwrap_or(usize::MAX);
    let mut starts = Vec::new();
    for (i, span) in all_words.iter().enumerate() {
        let folded = &all_words.folded[i];
        if all_words.capitalised(i) || gaz.opens_lower_case_form(folded) {
            starts.push(all_words.folded.start(i));
        }
        // Nearly every word: the next hyphen's byte lies beyond it.
        if hyphen >= span.end {
            continue;
        }
        while hyphen < span.start {
            hyphen = hyphens.next().unwrap_or(usize::MAX);
        }
        // The k-th hyphen of the folded word is the k-th of the written one.
        if hyphen < span.end {
            let written = &text[span.clone()];
            let start = all_words.folded.start(i);
            for ((at, hyphen), (folded_at, _)) in written
                .match_indices(is_hyphen)
                .zip(folded.match_indices(is_hyphen))
            {
                if written[at + hyphen.len()..].starts_with(char::is_uppercase) {
                    starts.push(start + folded_at + hyphen.len());
                }
            }
        }
    }
    starts
}

/// A capitalised word that may belong to a name: not a listed common word.
fn is_name(gaz: &Gazetteers, all_words: &Words, j: usize) -> bool {
    all_words.capitalised(j) && !gaz.stopwords.contains(&all_words.folded[j])
}

/// A single capital letter followed by a full stop: "S." in "S. Iswaran", "J" in "J.-M.".
fn is_initial(text: &str, word: &Range<usize>) -> bool {
    // One char takes four bytes at most: most words are turned away unread.
    if word.len() > 4 {
        return false;
    }
    let body = &text[word.clone()];
    let mut chars = body.chars();
    let single = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single && text[word.end..].starts_with('.')
}

/// One past the last word of a name starting at `start`: capitalised words, initials and
/// particles before a capitalised word, at most [`MAX_NAME_WORDS`], never crossing a sentence
/// stop, a comma or a title.
fn name_end(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    start: usize,
) -> usize {
    let mut end = start;
    // Words taken, the pieces of a word cut at a line's end counting as one.
    let mut taken = 0;
    while end < all_words.len() {
        if end > start && continues_word(text, all_words, end) {
            end += 1;
            continue;
        }
        if taken == MAX_NAME_WORDS {
            break;
        }
        let word = &text[all_words[end].clone()];
        let folded = &all_words.folded[end];
        if end > start {
            let gap = &text[all_words[end - 1].end..all_words[end].start];
            // A wrapped line may split a name; a blank line ends it.
            let joined = count_byte(gap, b'\n') < 2
                && gap
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’'));
            // A full stop may only follow an initial, and only one: "S. Iswaran", not "Stock.
            // Puis", nor the leader dots of a table ("S. ... .. Cr").
            let dots = count_byte(gap, b'.');
            let gap_ok =
                joined && (dots == 0 || dots == 1 && is_initial(text, &all_words[end - 1]));
            if !gap_ok {
                break;
            }
        }
        // No name has a digit in it ("Douglas MD-83", "le vol AF447").
        let capital = all_words.capitalised(end)
            && !word.contains(|c: char| c.is_ascii_digit())
            && (!gaz.stopwords.contains(folded) || end > start && SURNAME_WORDS.contains(&folded))
            && !gaz.is_title(folded);
        let particle = || classes.has(end, classes::PARTICLE) && all_words.capitalised(end + 1);
        // "Yann Le Goff", "Anne La Salle": a capitalised article inside a name, on its line.
        let article = || {
            end > start
                && matches!(word, "Le" | "La")
                && text[all_words[end - 1].end..all_words[end].start] == *" "
                && all_words.capitalised(end + 1)
                && !gaz.stopwords.contains(&all_words.folded[end + 1])
        };
        if capital || (end > start && particle()) || article() {
            end += 1;
            taken += 1;
        } else {
            break;
        }
    }
    // "M. Poincaré\nParis, 22 avril.": a dispatch's town and date after a headline's name.
    if end > start + 1 && dateline_after(text, all_words, end) {
        end -= 1;
    }
    // Never end on a particle.
    while end > start
        && !all_words.capitalised(end - 1)
        && !continues_word(text, all_words, end - 1)
    {
        end -= 1;
    }
    end
}

/// Whether the words from `at` are a dispatch's date after its town: ", 22 avril".
fn dateline_after(text: &str, all_words: &Words, at: usize) -> bool {
    let (Some(day), Some(month_word)) = (all_words.get(at), all_words.folded.get(at + 1)) else {
        return false;
    };
    text[all_words[at - 1].end..day.start].trim() == ","
        && text[day.clone()].bytes().all(|b| b.is_ascii_digit())
        && month(month_word).is_some()
}

/// Whether word `j` may be the second word of a name that [`name_end`] reads: a capitalised
/// word, a particle or the rest of a word cut at a line's end. When it is not, the name ends
/// on the word before it.
fn may_go_on_with_name(text: &str, all_words: &Words, classes: &Classes, j: usize) -> bool {
    j < all_words.len()
        && (all_words.capitalised(j)
            || continues_word(text, all_words, j)
            || classes.has(j, classes::PARTICLE))
}

/// Whether word `j` is the rest of the word before it, cut at a line's end where the print
/// marks the hyphen "¬" ("Geor¬\nges Scapini", "Etien¬ne Rey"): the two pieces are one word.
fn continues_word(text: &str, all_words: &Words, j: usize) -> bool {
    j > 0
        && j < all_words.len()
        // Nearly every gap: no "¬" at its start, seen on the bytes.
        && text.as_bytes()[all_words[j - 1].end..].starts_with("¬".as_bytes())
        && text[all_words[j - 1].end..all_words[j].start]
            .strip_prefix('¬')
            .is_some_and(|rest| {
                rest.chars().all(char::is_whitespace) && count_byte(rest, b'\n') < 2
            })
        && text[all_words[j].clone()].starts_with(char::is_lowercase)
}

/// How many times the ASCII byte `byte` stands in `gap`. The gaps between words are a byte
/// or two: a general search took longer to set out than to read them.
fn count_byte(gap: &str, byte: u8) -> usize {
    gap.bytes().filter(|&b| b == byte).count()
}

/// A name as written, less the line-end hyphens "¬" that cut its words ("Geor¬\nges" →
/// "Georges").
fn joined_pieces(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pieces = name.split('¬');
    out.push_str(pieces.next().unwrap_or(""));
    for piece in pieces {
        out.push_str(piece.trim_start());
    }
    out
}

/// Whether `word`, lower-cased, is one of the [`PARTICLES`]. Compared char by char: most
/// words are not, and lower-casing each into a new string cost more than the rest of the rule.
fn is_particle(word: &str) -> bool {
    // No particle has more than three chars, and a word lower-cased has no fewer chars than
    // it had: a longer word is turned away before any comparison.
    if word.len() > 3 && word.chars().nth(3).is_some() {
        return false;
    }
    // Most short words ("le", "et", "à") open on a letter no particle opens on. Every particle
    // opens on an ASCII letter, and the only chars beyond ASCII that lower-case to one are the
    // Kelvin sign ("k") and the dotted capital I ("i" and a dot), which open none: the first
    // byte answers for most words.
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if !first.is_ascii() || !PARTICLE_FIRST_LETTERS[usize::from(first.to_ascii_lowercase())] {
        return false;
    }
    if word.is_ascii() {
        return PARTICLES.iter().any(|p| word.eq_ignore_ascii_case(p));
    }
    PARTICLES
        .iter()
        .any(|p| word.chars().flat_map(char::to_lowercase).eq(p.chars()))
}

/// Keeps the best non-overlapping candidates: longest first, then strongest, then earliest.
fn choose(mut candidates: Vec<Candidate>) -> Vec<Mention> {
    candidates.sort_by(|a, b| {
        let len = |c: &Candidate| c.mention.span.end - c.mention.span.start;
        len(b)
            .cmp(&len(a))
            .then(b.strength.cmp(&a.strength))
            .then(a.mention.span.start.cmp(&b.mention.span.start))
    });
    // Kept spans by start; they never overlap, so the neighbours of a new span tell all.
    let mut kept: BTreeMap<usize, Mention> = BTreeMap::new();
    for candidate in candidates {
        let span = candidate.mention.span.clone();
        let before_clear = kept
            .range(..span.end)
            .next_back()
            .is_none_or(|(_, k)| k.span.end <= span.start);
        if before_clear {
            kept.insert(span.start, candidate.mention);
        }
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn run(text: &str) -> Vec<(String, &'static str, String)> {
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        find(text, &folded, &Words::new(text, &folded), &gaz, &[])
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.kind.label(), m.canonical))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        run(text)
            .into_iter()
            .map(|(s, t, _)| format!("{t}:{s}"))
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($found:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(spans($text), vec![$($found.to_string()),*] as Vec<String>);
            }
        };
    }

    case!(honorific, "a souligné M. Robinson hier", ["PER:Robinson"]);
    case!(
        first_name_in_apposition_to_a_role_opening_its_clause,
        "Hier, son voisin, Karim, a tout perdu. Il écrit à la demande de son plus jeune frère, Victor, cinquième enfant.",
        ["PER:Karim"]
    );
    case!(
        common_word_as_a_surname,
        "a dit Antoine Petit hier. Petit à petit, Grand public conquis",
        ["PER:Antoine Petit"]
    );
    case!(
        trade_before_a_name_spelt_like_a_town,
        "Le coup de feu fut tiré par le sommelier Oxford, que l'on arrêta aussitôt.",
        ["PER:Oxford"]
    );
    case!(
        first_name_before_a_building_word_names_the_hall,
        "Le récital aura lieu jeudi au Victoria Hall, à 20 heures.",
        []
    );
    case!(
        role_in_capitals_after_an_honorific_is_no_name,
        "Permettez-moi, M. Rédacteur, de revenir sur votre article.",
        []
    );
    case!(
        first_name_that_a_line_end_continues_is_another_word,
        "Les actions Louis¬\nville Nashville gagnent deux points. Geor¬\nges Martin est venu.",
        ["LOC:Nashville", "PER:Geor¬\nges Martin"]
    );
    case!(
        demonym_after_a_role_is_no_name,
        "Un négociant Genevois et le journaliste Américain ont assisté à la séance.",
        []
    );
    case!(
        dispatch_town_after_a_headline_name,
        "Les obsèques du docteur Lemaire\nRouen, 26 juillet. Ce matin ont eu lieu les obsèques.",
        ["PER:Lemaire", "LOC:Rouen"]
    );
    case!(
        honorific_feminine,
        "selon Mme Ballestrazzi.",
        ["PER:Ballestrazzi"]
    );
    case!(
        first_name,
        "Jürgen Stock, secrétaire général",
        ["PER:Jürgen Stock"]
    );
    case!(
        three_words,
        "a plaidé Marta Santos Pais.",
        ["PER:Marta Santos Pais"]
    );
    case!(
        initial,
        "Le ministre singapourien S. Iswaran a annoncé",
        ["PER:S. Iswaran"]
    );
    case!(
        listed_folded,
        "a déclaré Thorbjorn Jagland",
        ["PER:Thorbjorn Jagland"]
    );
    case!(
        listed_place,
        "réunit à Strasbourg 300 participants",
        ["LOC:Strasbourg"]
    );
    case!(lowercase_is_not_a_name, "des retours en france", []);
    case!(word_boundary, "Parisiens et Lillois", []);
    case!(
        party_acronym_before_a_name,
        "le député LFI François Ruffin",
        ["ORG:LFI", "PER:François Ruffin"]
    );
    case!(
        listed_party_before_a_name,
        "le député Renaissance Jean Terlier, puis le maire Horizons Paul Durand",
        [
            "ORG:Renaissance",
            "PER:Jean Terlier",
            "ORG:Horizons",
            "PER:Paul Durand"
        ]
    );
    case!(
        name_with_an_age_in_apposition,
        "Florence, 52 ans, infirmière, et Karim, 45 ans. Aujourd'hui, 20 ans après, Paris, 2000 ans d'histoire.",
        ["PER:Florence", "PER:Karim", "LOC:Paris"]
    );
    case!(acronym_case, "le COE et le coe", ["ORG:COE"]);
    case!(
        elided_article,
        "le Conseil de l’Europe",
        ["ORG:Conseil de l’Europe"]
    );
    case!(stopword_alone, "Union et Sur", []);
    case!(lone_first_name, "Bernard est venu.", []);
    case!(
        kin_before_a_town_name,
        "a témoigné le gendre de Laval devant la cour",
        ["PER:Laval"]
    );
    case!(
        kin_before_a_first_name,
        "elle croyait être un jour la femme de Gaston, disait-on",
        ["PER:Gaston"]
    );
    case!(
        kin_before_a_person,
        "la veuve de Jean Moulin est arrivée",
        ["PER:Jean Moulin"]
    );
    case!(
        kin_capitalised_is_a_title,
        "le Père de Foucauld est à Tamanrasset",
        ["PER:de Foucauld", "LOC:Tamanrasset"]
    );
    case!(
        initial_before_leader_dots,
        "Huanchaca ..... 46 25 ; S. ... .. Cr. Foncier ..... 51",
        []
    );
    case!(
        founder_named_in_full,
        "les robes de Christian Dior et celles de Dior",
        ["PER:Christian Dior", "ORG:Dior"]
    );
    case!(
        name_stops_at_blank_line,
        "Avec Guilhem Delteil\n\nDémarchage en ligne",
        ["PER:Guilhem Delteil"]
    );
    case!(
        name_over_wrapped_line,
        "selon Charles\nNydegger, hier",
        ["PER:Charles\nNydegger"]
    );
    case!(
        article_then_lower_case,
        "Les huit pays et les Huit",
        ["ORG:les Huit"]
    );
    case!(
        role_then_complement,
        "le président du Sénat a parlé",
        ["ORG:Sénat"]
    );
    case!(
        apposition_after,
        "Karl Wendt, secrétaire général d'Interpol, a parlé.",
        ["PER:Karl Wendt", "ORG:Interpol"]
    );
    case!(
        apposition_of_organisation,
        "Ainsi, Karl Wendt, d'Intel, a parlé.",
        ["PER:Karl Wendt", "ORG:Intel"]
    );
    case!(
        apposition_before,
        "a dit la présidente d'Interpol, Mira Kovacs.",
        ["ORG:Interpol", "PER:Mira Kovacs"]
    );
    case!(
        organisation_complements,
        "le Comité de la Convention sur la cybercriminalité a dit",
        ["ORG:Comité de la Convention sur la cybercriminalité"]
    );
    case!(
        organisation_common_noun,
        "le Forum international de la cybersécurité est devenu",
        ["ORG:Forum international de la cybersécurité"]
    );
    case!(
        ministry_lower_case,
        "au ministère de l'Intérieur hier",
        ["ORG:ministère de l'Intérieur"]
    );
    case!(
        party_adjective,
        "selon le Parti socialiste et le Conseil approuve",
        ["ORG:Parti socialiste"]
    );
    case!(head_alone_is_nothing, "Le Conseil a voté.", []);
    case!(
        street_with_article,
        "Il habite rue de la Paix depuis dix ans.",
        ["LOC:rue de la Paix"]
    );
    case!(
        street_named_after_someone,
        "Le magasin ouvre boulevard Jean-Jaurès lundi.",
        ["LOC:boulevard Jean-Jaurès"]
    );
    case!(
        street_word_abbreviated,
        "Écrire au 12, bd Lafayette.",
        ["LOC:bd Lafayette"]
    );
    case!(
        place_as_a_rank,
        "Il a pris la seconde place de Marc Dubois hier.",
        ["PER:Marc Dubois"]
    );
    case!(
        instead_of_is_no_square,
        "Il a parlé à la place de Marc Dubois.",
        ["PER:Marc Dubois"]
    );
    case!(
        town_after_a,
        "Il est né à Plouguerneau en 1950.",
        ["LOC:Plouguerneau"]
    );
    case!(
        town_with_its_article,
        "Le train arrive à La Roche-Bernard ce soir.",
        ["LOC:La Roche-Bernard"]
    );
    case!(
        region_after_en,
        "La grêle est tombée en Haute-Cornouaille hier.",
        ["LOC:Haute-Cornouaille"]
    );
    case!(
        town_after_a_noun_of_place,
        "Le maire de Plouzané a démissionné.",
        ["LOC:Plouzané"]
    );
    case!(
        person_after_a_dative_verb,
        "Il a succédé à Kerbrat en 1990.",
        []
    );
    case!(
        month_after_a_is_no_place,
        "Rendez-vous à Noël, puis en Mai.",
        []
    );
    case!(
        surname_after_a_is_the_person,
        "M. Kerbrat a gagné. Le prix est allé à Kerbrat.",
        ["PER:Kerbrat", "PER:Kerbrat"]
    );
    case!(
        dispatch_head,
        "QUIMPERLÉ, 14 mai. — Un incendie a détruit une ferme.",
        ["LOC:QUIMPERLÉ"]
    );
    case!(
        headline_in_capitals,
        "UNE COMÉDIENNE SE TUE. — La police enquête.",
        []
    );
    case!(
        rank_in_lower_case,
        "Le général Dufour a quitté Berne.",
        ["PER:Dufour", "LOC:Berne"]
    );
    case!(
        noble_title,
        "Le comte Radolinski est arrivé hier soir.",
        ["PER:Radolinski"]
    );
    case!(
        role_beats_a_listed_body,
        "Les gendarmes ont arrêté le nommé Renault vendredi.",
        ["PER:Renault"]
    );
    case!(
        plural_honorific_opens_a_list,
        "MM. Bertoni, Micheli et Tissot ont déposé une motion.",
        ["PER:Bertoni", "PER:Micheli", "PER:Tissot"]
    );
    case!(
        initials_alone_name_nobody,
        "S. M. I. a reçu les délégués de la C. E. E. hier.",
        []
    );
    case!(
        initials_of_a_club,
        "L'A.S. Carcassonnaise et le F.C. Lorient ont gagné.",
        ["LOC:Lorient"]
    );
    case!(initial_glued_to_a_word, "Cours : 185 N.Farine de blé.", []);
    case!(
        honorific_then_particle,
        "Selon M. de Kersauson et Mme d'Harcourt, le vote est clos.",
        ["PER:de Kersauson", "PER:d'Harcourt"]
    );
    case!(
        hyphened_first_names,
        "Le peintre Charles-Albert Kervella expose.",
        ["PER:Charles-Albert Kervella"]
    );
    case!(
        list_beside_a_person,
        "Il a reçu Kervella, Yann Kerhervé et Quéré hier.",
        ["PER:Kervella", "PER:Yann Kerhervé", "PER:Quéré"]
    );
    case!(
        complement_before_a_name_is_no_list,
        "Le préfet de l'Intérieur, Yann Kerhervé, a parlé.",
        ["PER:Yann Kerhervé"]
    );
    case!(
        list_of_places_stays,
        "Il a visité Brest, Yann Kerhervé et Quimper.",
        ["LOC:Brest", "PER:Yann Kerhervé", "LOC:Quimper"]
    );
    case!(
        list_does_not_open_a_sentence,
        "Fin. Kervella et Yann Kerhervé ont signé.",
        ["PER:Yann Kerhervé"]
    );
    case!(
        agency_of_a_dispatch,
        "BREST, 15 (Havas). — Le port est fermé.",
        ["LOC:BREST", "ORG:Havas"]
    );
    case!(
        agency_after_a_town,
        "RENNES (Ouestpress) - Le maire a parlé.",
        ["LOC:RENNES", "ORG:Ouestpress"]
    );
    case!(
        first_names_together,
        "Dans la cour, Florence et Karim jouaient aux billes.",
        ["PER:Florence", "PER:Karim"]
    );
    case!(
        two_towns_together,
        "Le train relie Nancy et Florence depuis lundi.",
        ["LOC:Nancy", "LOC:Florence"]
    );
    case!(
        saints_together,
        "la fête des saints Pierre et Paul, hier",
        []
    );
    case!(
        list_of_things_ending_on_first_names,
        "les forts Vauxmoulin, Albert et Victor tiennent",
        []
    );
    case!(
        speaker_of_an_incise,
        "— Il viendra demain, dit Brossard, et nous verrons bien.",
        ["PER:Brossard"]
    );
    case!(
        speaker_with_a_particle,
        "« Quel dommage ! » s'écria van Steenkiste en riant.",
        ["PER:van Steenkiste"]
    );
    case!(
        capitalised_article_inside_a_name,
        "Yann Le Goff, éleveur, a reçu Anne La Salle.\nLe Monde en parle.",
        ["PER:Yann Le Goff", "PER:Anne La Salle", "ORG:Le Monde"]
    );
    case!(
        speaker_named_like_a_town,
        "— Pas encore, répondit Nancy, il est trop tôt.",
        ["PER:Nancy"]
    );
    case!(
        nickname_is_no_incise,
        "on arrêta le voleur, dit Le Grand Rouquin, hier.",
        []
    );
    case!(said_by_is_no_incise, "comme l'a dit Brossard hier", []);
    case!(
        ranked_names,
        "Classement : 1. Verbeke (Be) 4 h 12' ; 2. P. Castagnède (Fr) à 8\" ; 3. Lindqvist (Suède).",
        ["PER:Verbeke", "PER:P. Castagnède", "PER:Lindqvist", "LOC:Suède"]
    );
    case!(
        family_name_after_a_kinship,
        "Le tribunal a condamné la femme Lorinet à trois mois de prison ; Lorinet a fait appel.",
        ["PER:Lorinet", "PER:Lorinet"]
    );
    case!(
        town_after_a_kinship_stays_a_place,
        "Il a fait visiter à sa fille Marseille et ses calanques.",
        ["LOC:Marseille"]
    );
    case!(
        speaker_of_an_incise_named_again,
        "— Approche, dit Franck, tu ne crains rien. Franck s'avança vers le feu.",
        ["PER:Franck", "PER:Franck"]
    );
    case!(
        surname_also_a_common_word_not_at_a_sentence_start,
        "M. Blanc a hissé le drapeau blanc. Blanc ou noir, peu importe, a dit Blanc.",
        ["PER:Blanc", "PER:Blanc"]
    );
    case!(
        ranked_names_in_a_row,
        "Puis les Suisses : 12. Camenzind. 23. Huser. 28. Dufaux, tous même temps.",
        ["PER:Camenzind", "PER:Huser", "PER:Dufaux"]
    );
    case!(
        ranked_name_before_its_time,
        "Général : 25. Camenzind à 2'43\". 82. Dufaux m. t.",
        ["PER:Camenzind", "PER:Dufaux"]
    );
    case!(
        numbered_items_are_no_table,
        "Au programme : 1. Ouverture de la séance. 2. Rapport du comité. 3. Divers.",
        []
    );
    case!(
        ranked_town_stays_a_place,
        "Villes : 1. Lyon (Rhône), 2. Nantes (Loire).",
        ["LOC:Lyon", "LOC:Rhône", "LOC:Nantes", "LOC:Loire"]
    );
    case!(
        actor_after_a_king_s_number,
        "Ce soir, 20 h. 30, Charles XII (Dupuis), drame.",
        []
    );
    case!(
        company_after_its_noun,
        "Il a fondé la société Leila Film SA à Genève.",
        ["ORG:Leila Film SA", "LOC:Genève"]
    );
    case!(
        group_after_its_noun,
        "Le groupe Abou Nidal a libéré un otage.",
        ["ORG:Abou Nidal"]
    );
    case!(
        owner_of_a_company_stays_a_person,
        "La société de Marc Dubois a fermé.",
        ["PER:Marc Dubois"]
    );
    case!(
        name_ending_in_a_legal_form,
        "Les titres Chrysler Corp et Martin Corp ont monté.",
        ["ORG:Martin Corp"]
    );
    case!(
        person_then_company_form,
        "La faillite de Sébastien Faure et Cie est prononcée.",
        ["ORG:Sébastien Faure et Cie"]
    );
    case!(
        person_and_a_person_stay_people,
        "Sébastien Faure et Marc Dubois sont venus.",
        ["PER:Sébastien Faure", "PER:Marc Dubois"]
    );
    case!(
        listed_place_of_several_words_beats_a_first_name,
        "Il a voté en Caroline du Nord hier.",
        ["LOC:Caroline du Nord"]
    );
    case!(
        no_digit_in_a_name,
        "Le Douglas MD-83 de Dana Airlines s'est écrasé.",
        ["ORG:Dana Airlines"]
    );
    case!(
        institute_named_after_someone,
        "Le Francine Clark Art Institute expose Monet.",
        ["ORG:Francine Clark Art Institute"]
    );
    case!(
        listed_name_opening_with_a_digit,
        "Selon 20 Minutes, il pleut.",
        ["ORG:20 Minutes"]
    );
    case!(
        lower_case_words_like_a_listed_name_hide_nothing,
        "Il a fait le tour de France à vélo.",
        ["LOC:France"]
    );
    case!(
        listed_name_after_a_hyphen,
        "Un discours pro-Russie a choqué.",
        ["LOC:Russie"]
    );
    case!(
        place_in_parentheses_stays_a_place,
        "Il habite à Morlaix, rue Neuve, 12 (Finistère).",
        ["LOC:Morlaix", "LOC:rue Neuve", "LOC:Finistère"]
    );
    case!(
        honorific_ending_an_abbreviation,
        "Inscriptions à l'U.N.A.M. Grandval, rue Neuve.",
        ["LOC:rue Neuve"]
    );
    case!(
        honorific_before_punctuation,
        "Il a vu M. ; Kerbrat a fui.",
        []
    );
    case!(
        honorific_before_ocr_debris,
        "Selon M. < Bayard, le vote est clos.",
        ["PER:Bayard"]
    );
    case!(
        honorific_inside_a_compound_name,
        "Le car va de Quimper à Pont-l'Abbé Lundi.",
        ["LOC:Quimper", "LOC:Pont-l'Abbé"]
    );
    case!(
        school_named_after_someone,
        "Il est élève au lycée Victor Duruy depuis 1950.",
        []
    );
    case!(
        ship_named_after_someone,
        "Le paquebot Jean Bart est arrivé hier.",
        []
    );
    case!(
        name_in_a_caption_in_capitals,
        "La photo (ARCHIVES CHRISTIAN GALLEY) est floue.",
        []
    );
    case!(
        name_in_capitals_after_a_preposition,
        "AVEC JEAN JAURÈS",
        ["PER:JEAN JAURÈS"]
    );
    case!(
        rank_in_capitals_before_an_initial,
        "Le rapport du col EMG G. de Loës est lu.",
        ["PER:G. de Loës"]
    );
    case!(
        plays_in_a_list_of_shows,
        "AMBIGU. — 8 h. 30 : Mlle Josette, ma femme. Au Gymnase, 8.45, Louis XIV.",
        []
    );
    case!(
        person_at_a_time_of_day,
        "Le 3 mai à 20 h, Jean Dupont ouvrira la séance.",
        ["PER:Jean Dupont"]
    );
    case!(
        body_after_an_article_is_no_apposition,
        "La Deutsche Zeitung, de Vienne, annonce la nouvelle.",
        ["LOC:Vienne"]
    );
    case!(
        a_letter_alone_is_no_name_in_a_list,
        "Il a battu Marc Dubois et T 03 sur Yann Kerhervé.",
        ["PER:Marc Dubois", "PER:Yann Kerhervé"]
    );
    case!(
        initials_before_a_town_are_a_club,
        "Le derby entre le H. C. Chaux-de-Fonds et Lausanne.",
        ["ORG:H. C. Chaux-de-Fonds", "LOC:Lausanne"]
    );
    case!(
        brothers_end_a_company,
        "Les firmes Shearson et Salomon Brothers ont offert.",
        ["ORG:Salomon Brothers"]
    );
    case!(
        saint_is_no_first_name,
        "Il descendait de Sainte-Croix vers Vuiteboeuf.",
        []
    );
    case!(
        possessive_before_a_land,
        "Il aime ses Dominions d'Amérique, d'Asie et d'Afrique.",
        ["LOC:Amérique", "LOC:Asie", "LOC:Afrique"]
    );
    case!(
        common_word_before_a_first_name_is_no_name,
        "1875.— Assassinat de Gabriel Moreno, président de l'Equateur.",
        ["PER:Gabriel Moreno", "LOC:Equateur"]
    );
    case!(
        street_abbreviated_after_a_comma,
        "Vendez chez Marc Dubois (expert), 56, Bd Haussmann, qui achète.",
        ["PER:Marc Dubois", "LOC:Bd Haussmann"]
    );
    case!(
        play_after_a_time_and_a_full_stop,
        "Ce soir, 8 h. 30. Monsieur Beaucaire. Puis rien.",
        []
    );
    case!(
        partners_in_lower_case,
        "S'adresser à MM. Delessert, Will et comp., à Ouchy.",
        ["PER:Delessert", "ORG:Will et comp", "LOC:Ouchy"]
    );
    case!(
        name_cut_at_a_line_end,
        "Ont signé Jacques Boulenger, Geor¬\nges Scapini et M. Gam¬betta.",
        [
            "PER:Jacques Boulenger",
            "PER:Geor¬\nges Scapini",
            "PER:Gam¬betta"
        ]
    );
    case!(first_name_cut_alone_names_nobody, "Le Geor¬ges est là.", []);
    case!(
        name_alone_in_quotes_is_a_title,
        "À 14 h, « Blanche Neige », puis la nouvelle « Joe Williams » lue par Marc Dubois.",
        ["PER:Marc Dubois"]
    );
    case!(
        name_leading_to_prices,
        "Mines Franco Canadien .... 5190 .. 5220 et Jean Dupont.",
        ["PER:Jean Dupont"]
    );
    case!(
        name_before_an_ellipsis,
        "LES CHŒURS DE SERGE JAROFF...Concert",
        ["PER:SERGE JAROFF"]
    );
    case!(
        place_as_a_first_name_after_de,
        "Le préfet de Lorraine Henri Martin a parlé.",
        ["LOC:Lorraine", "PER:Henri Martin"]
    );
    case!(
        place_as_a_first_name_after_a,
        "Il est arrivé à Nancy Vendredi soir.",
        ["LOC:Nancy"]
    );
    case!(
        first_name_like_a_place_after_de,
        "Il a lu la lettre de Nancy Reagan.",
        ["PER:Nancy Reagan"]
    );
    case!(
        party_after_a_role_without_a_name,
        "Il a giflé André Roulland, député UNR de la Seine.",
        ["PER:André Roulland", "LOC:Seine"]
    );
    case!(
        surname_in_capitals_after_a_role,
        "Le général DUFOUR est arrivé.",
        ["PER:DUFOUR"]
    );
    case!(
        surname_after_an_honorific_named_again,
        "M. Gambetta a pris la parole devant la Chambre. Gambetta a répondu aux critiques.",
        ["PER:Gambetta", "PER:Gambetta"]
    );
    case!(
        surname_named_again_before_its_title,
        "Dumonceau a accepté, assure-t-on : le général Dumonceau prendra le département.",
        ["PER:Dumonceau", "PER:Dumonceau"]
    );
    case!(
        surname_named_again_only_as_a_whole_word,
        "La veuve de Laval a parlé. Elle habite Lavalette, près de Gambsheim.",
        ["PER:Laval", "LOC:Gambsheim"]
    );
    case!(
        ranked_name_named_again,
        "Classement : 1. Olano (Esp). 2. Peschel (All) à 1'03. Peschel a faibli dans la montée.",
        ["PER:Olano", "PER:Peschel", "PER:Peschel"]
    );
    case!(
        role_far_from_its_word_names_no_surname,
        "La princesse quitta Varennes hier soir. Varennes est calme ce matin.",
        ["PER:Varennes"]
    );
    case!(
        surname_between_quotes_is_a_shop,
        "Mme Lanvin a ouvert une boutique. « Lanvin » habille désormais les actrices.",
        ["PER:Lanvin"]
    );

    #[test]
    fn name_cut_at_a_line_end_is_joined() {
        let found = run("avec Etien¬ne Rey hier");
        assert_eq!(found[0].2, "Etienne Rey");
    }

    #[test]
    fn canonical_from_gazetteer() {
        let found = run("a déclaré Thorbjorn Jagland");
        assert_eq!(found[0].2, "Thorbjørn Jagland");
    }

    #[test]
    fn a_listed_company_after_its_noun_keeps_its_entry() {
        let text = "le groupe PSA Peugeot Citroën et le groupe Sanofi";
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        let found = find(text, &folded, &Words::new(text, &folded), &gaz, &[]);
        let names: Vec<_> = found
            .iter()
            .map(|m| (&text[m.span.clone()], m.source))
            .collect();
        assert_eq!(
            names,
            [
                ("PSA", Source::Gazetteer),
                ("Peugeot", Source::Gazetteer),
                ("Citroën", Source::Gazetteer),
                ("Sanofi", Source::Gazetteer)
            ]
        );
    }

    #[test]
    fn excluded_regions_yield_nothing() {
        let text = "M. Robinson. M. Durand.";
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        let all_words = Words::new(text, &folded);
        let excluded = vec![Range { start: 13, end: 23 }];
        let found = find(text, &folded, &all_words, &gaz, &excluded);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "Robinson");
    }
}
