//! Attribution: a quotation's place in its sentence → its cue and speaker.
//!
//! Reads a bounded window of words around the marks, so each quotation costs the same
//! whatever the length of the article:
//! - after the closing mark, with inversion: "», a déclaré le ministre X", "» a expliqué le
//!   ministre", "», déclare-t-elle", "», a souligné hier … James Robinson";
//! - before the opening mark, after a colon: "X a affirmé : «", "Pour X : «";
//! - `selon X`, `d'après X`, or a dash and a name: "» – Name";
//! - an incise inside the marks: "« … , a expliqué X. … »".
//!
//! The speaker is a person or body the entity stage found (named through its full name), a
//! pronoun (the nearest person before who agrees in gender), or a description ("le ministre
//! singapourien": the person last described so; "le communiqué final": kept as written).

use std::ops::Range;

use super::{Cue, Speaker, SpeakerKind, Via};
use crate::gazetteer::{Gazetteers, Gender};
use crate::mention::{EntityType, Mention, Source};
use crate::resolve::Referents;
use crate::words::{is_capitalised, Words};

/// Auxiliaries of compound tenses and their inverted forms' bases.
const AUXILIARIES: &[&str] = &[
    "a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient", "eut", "eurent", "est",
    "etait", "sera", "serait", "sont", "etaient", "fut",
];

/// Adverbs that may stand between an auxiliary and its participle, or after an inverted cue.
const ADVERBS: &[&str] = &[
    "tout",
    "aussitot",
    "sobrement",
    "fermement",
    "encore",
    "aussi",
    "egalement",
    "ensuite",
    "alors",
    "bien",
    "deja",
    "notamment",
    "toutefois",
    "pourtant",
    "enfin",
    "meme",
    "ainsi",
    "simplement",
    "plus",
    "tres",
    "vivement",
    "clairement",
    "hier",
    "immediatement",
    "pour",
    "sa",
    "part",
    "lui",
    "leur",
    "nous",
    "vous",
    "me",
    "m'",
    "t'",
    "ne",
    "n'",
    "pas",
    "jamais",
    "toujours",
    "souvent",
    "volontiers",
    "aujourd'hui",
];

/// Pronouns of an inverted cue: `a-t-il`, `déclare-t-elle`, `dit-on`.
const PRONOUNS: &[(&str, Gender)] = &[
    ("il", Gender::Masculine),
    ("elle", Gender::Feminine),
    ("on", Gender::Either),
    ("ils", Gender::Masculine),
    ("elles", Gender::Feminine),
];

/// Words that open a noun phrase naming a speaker by description.
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "un", "une", "des", "notre", "votre",
];

/// Words that end a description: relative pronouns and prepositions after its head.
const DESCRIPTION_STOPS: &[&str] = &[
    "qui",
    "que",
    "qu'",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "ou",
    "lors",
    "dans",
    "devant",
    "sur",
    "a",
    "au",
    "aux",
    "en",
    "avec",
    "par",
    "pour",
    "selon",
    "apres",
    "avant",
    "pendant",
    "depuis",
    "mardi",
    "lundi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "et",
    "mais",
];

/// Object pronouns that stand between a subject and its verb ("elle me disait").
const CLITICS: &[&str] = &[
    "me", "m'", "te", "t'", "se", "s'", "lui", "leur", "nous", "vous", "y", "en", "ne", "n'", "l'",
    "le", "la", "les",
];

/// Words that open a clause: a subject's description never reaches back past them.
const BOUNDARIES: &[&str] = &[
    "que", "qu'", "qui", "quand", "lorsque", "lorsqu'", "et", "mais", "puis", "car", "si", "comme",
    "ou", "dont", "alors",
];

/// Words that make what follows a complement, not a name ("de l'Intérieur").
const LINKS: &[&str] = &[
    "de", "d'", "du", "des", "l'", "la", "le", "les", "a", "au", "aux", "en",
];

/// Prepositions that make a name a complement.
const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "en", "de", "du", "des", "d'", "dans", "vers", "sur", "pour", "par", "chez",
    "contre", "avec", "sans", "entre", "depuis",
];

/// Prepositions that attribute without a verb.
const SOURCES: &[&str] = &["selon", "d'apres", "pour"];

/// Words before a quotation that make it a title or a name, not somebody's words.
const TITLE_WORDS: &[&str] = &[
    "intitule",
    "intitulee",
    "intitules",
    "intitulees",
    "baptise",
    "baptisee",
    "baptises",
    "surnomme",
    "surnommee",
    "appele",
    "appelee",
    "nomme",
    "nommee",
    "denomme",
    "denommee",
    "titre",
    "film",
    "livre",
    "ouvrage",
    "roman",
    "album",
    "chanson",
    "emission",
    "operation",
    "programme",
    "plan",
    "projet",
    "slogan",
    "mot",
    "terme",
    "expression",
    "rubrique",
    "journal",
    "magazine",
    "quotidien",
    "hebdomadaire",
    "revue",
    "piece",
    "spectacle",
    "exposition",
];

/// Largest number of words read on either side of a quotation.
const WINDOW: usize = 30;

/// What attributes one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
}

/// An incise found inside the marks: the quotation pauses at `before` and resumes at `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incise {
    pub before: usize,
    pub after: usize,
    pub attribution: Attribution,
}

/// A cue verb found at a word.
#[derive(Debug, Clone)]
struct CueHit {
    span: Range<usize>,
    lemma: String,
    /// The pronoun of an inverted form ("il" in "a-t-il"), with its gender.
    pronoun: Option<(Range<usize>, Gender)>,
    /// The index of the word after the cue.
    next: usize,
}

/// Reads attributions in one article.
pub struct Reader<'a> {
    text: &'a str,
    words: &'a [Range<usize>],
    folded: &'a [String],
    sentences: &'a [Range<usize>],
    gaz: &'a Gazetteers,
    referents: &'a Referents<'a>,
}

impl<'a> Reader<'a> {
    pub fn new(
        text: &'a str,
        words: &'a Words,
        sentences: &'a [Range<usize>],
        gaz: &'a Gazetteers,
        referents: &'a Referents<'a>,
    ) -> Reader<'a> {
        Reader {
            text,
            words: &words.spans,
            folded: &words.folded,
            sentences,
            gaz,
            referents,
        }
    }

    /// The sentence holding byte `at`.
    fn sentence(&self, at: usize) -> Range<usize> {
        let index = self.sentences.partition_point(|s| s.start <= at);
        match index.checked_sub(1).map(|i| self.sentences[i].clone()) {
            Some(s) if at < s.end.max(s.start + 1) => s,
            _ => at..at,
        }
    }

    /// The index of the first word starting at or after `at`.
    fn word_at(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.start < at)
    }

    /// Whether the quotation opening at `open` sits inside the journalist's sentence rather
    /// than opening it (or following a colon or a dash).
    pub fn embedded(&self, open: usize) -> bool {
        let sentence = self.sentence(open);
        let before = self.text[sentence.start.min(open)..open].trim_end();
        let before = before.trim_end_matches(['—', '–', '-']).trim_end();
        !(before.is_empty() || before.ends_with(':'))
    }

    /// Whether an embedded quotation is a title or a name: most of its words capitalised, or a
    /// word such as "intitulé" or "film" right before it.
    pub fn is_title(&self, open: usize, content: &Range<usize>) -> bool {
        let index = self.word_at(open);
        let named = index > 0 && TITLE_WORDS.contains(&self.folded[index - 1].as_str());
        let inside = &self.words[index..self.word_at(content.end)];
        let capitals = inside
            .iter()
            .filter(|w| is_capitalised(&self.text[(*w).clone()]))
            .count();
        named || (inside.len() >= 2 && capitals * 2 > inside.len())
    }

    /// Cue and speaker after the closing mark at `close`.
    pub fn after(&self, close: usize) -> Option<Attribution> {
        let mark_end = close + self.text[close..].chars().next().map_or(1, char::len_utf8);
        let rest = &self.text[mark_end..];
        let gap = rest.len()
            - rest
                .trim_start_matches([' ', ',', '\u{a0}', '\u{202f}'])
                .len();
        let start = mark_end + gap;
        let after_gap = &self.text[start..];
        if after_gap.starts_with(['—', '–', '-']) {
            // "» – Bernard Cazeneuve": a dash, then the name.
            let i = self.word_at(start);
            let end = self.limit(i);
            return self
                .entity_between(i, end, true)
                .map(|speaker| Attribution {
                    speaker: Some(speaker),
                    cue: None,
                });
        }
        let i = self.word_at(start);
        if i >= self.words.len() || self.words[i].start != start {
            return None;
        }
        if let Some(hit) = self.cue_at(i) {
            return Some(self.inverted(hit, close));
        }
        if matches!(self.folded[i].as_str(), "selon" | "d'") {
            return self.source_at(i);
        }
        None
    }

    /// Cue and speaker before the opening mark at `open`, when a colon introduces it.
    pub fn before(&self, open: usize) -> Option<Attribution> {
        let sentence = self.sentence(open);
        let before = self.text[sentence.start.min(open)..open].trim_end();
        if !before.ends_with(':') {
            return None;
        }
        let colon = sentence.start + before.len() - 1;
        let first = self.word_at(sentence.start);
        let end = self.word_at(colon);
        let from = end.saturating_sub(WINDOW).max(first);
        // "Pour X :", "Selon X :".
        if from == first && first < end && SOURCES.contains(&self.folded[first].as_str()) {
            return self.source_at(first);
        }
        let (j, mut hit) = (from..end)
            .rev()
            .find_map(|j| self.cue_at(j).filter(|h| h.next <= end).map(|h| (j, h)))?;
        // Found from the end, "a déclaré" shows first as "déclaré": take in its auxiliary,
        // adverbs and a reflexive pronoun when they stand before it ("a pour sa part ajouté").
        for back in 1..=5 {
            if let Some(longer) = j
                .checked_sub(back)
                .filter(|&k| k >= from)
                .and_then(|k| self.cue_at(k))
                .filter(|h| h.span.end == hit.span.end)
            {
                hit = longer;
            }
        }
        let cue_word = self.word_at(hit.span.start);
        let mut speaker = self.subject_before(from, cue_word, hit.pronoun.clone(), open);
        if speaker.as_ref().is_none_or(|s| s.kind != SpeakerKind::Per) && hit.next < end {
            // "comme le précise l'ambassadeur, Bernard Bajolet :": the subject after the verb.
            let after = self.words[hit.next].start..self.words[end - 1].end;
            if let Some(person) = self
                .referents
                .mentions_in(&after)
                .iter()
                .find(|m| m.kind == EntityType::Per)
            {
                speaker = Some(self.named(person));
            }
        }
        Some(Attribution {
            speaker,
            cue: Some(Cue {
                span: hit.span,
                lemma: hit.lemma,
            }),
        })
    }

    /// The source of a fragment inside the journalist's sentence: `selon X` anywhere in the
    /// sentence, else a cue right after it, else the person (or body) the sentence is about.
    pub fn partial(&self, open: usize, close: usize) -> Option<Attribution> {
        if let Some(found) = self.after(close) {
            return Some(found);
        }
        let sentence = self.sentence(open);
        let first = self.word_at(sentence.start);
        let open_word = self.word_at(open);
        let last = self.word_at(sentence.end).min(self.words.len());
        let from = open_word.saturating_sub(WINDOW).max(first);
        let to = (open_word + WINDOW).min(last);
        if from >= open_word {
            return None; // no word before it in the sentence
        }
        let source = (from..to).find_map(|j| match self.folded[j].as_str() {
            "selon" => self.source_at(j),
            "d'" if self.folded.get(j + 1).is_some_and(|w| w == "apres") => self.source_at(j),
            _ => None,
        });
        if source.is_some() {
            return source;
        }
        // "X a indiqué que «…»": a cue right before the marks names its subject.
        let mut cue_end = open_word;
        if matches!(self.folded[cue_end - 1].as_str(), "que" | "qu'") {
            cue_end -= 1;
        }
        let cue_start = cue_end.saturating_sub(5).max(from);
        if let Some(hit) =
            (cue_start..cue_end).find_map(|j| self.cue_at(j).filter(|h| h.next == cue_end))
        {
            let cue_word = self.word_at(hit.span.start);
            let speaker = self.subject_before(from, cue_word, hit.pronoun.clone(), open);
            if speaker.is_some() {
                return Some(Attribution {
                    speaker,
                    cue: Some(Cue {
                        span: hit.span,
                        lemma: hit.lemma,
                    }),
                });
            }
        }
        // The entity the sentence speaks of: a person first, then a body or a place.
        let window = self.words[from].start..self.words[open_word - 1].end;
        let mention = self.nearest_before(&window, EntityType::Per).or_else(|| {
            self.nearest_before(&window, EntityType::Org)
                .or_else(|| self.nearest_before(&window, EntityType::Loc))
        })?;
        Some(Attribution {
            speaker: Some(self.named(mention)),
            cue: None,
        })
    }

    /// The last mention of `kind` in `window` that may be a subject: a body or a place after a
    /// preposition ("à Paris", "au-delà du G8") is a complement, and speaks for nobody.
    fn nearest_before(&self, window: &Range<usize>, kind: EntityType) -> Option<&'a Mention> {
        self.referents.mentions_in(window).iter().rev().find(|m| {
            let before = self.word_at(m.span.start).checked_sub(1);
            m.kind == kind
                && (kind == EntityType::Per
                    || before.is_none_or(|b| !PREPOSITIONS.contains(&self.folded[b].as_str())))
        })
    }

    /// An incise inside the marks: ", a expliqué X. Nous …" — a comma, a cue, a speaker,
    /// then more quoted words.
    pub fn incise(&self, content: &Range<usize>) -> Option<Incise> {
        let first = self.word_at(content.start);
        let last = self.word_at(content.end);
        for i in first + 1..last {
            let gap = &self.text[self.words[i - 1].end..self.words[i].start];
            if !gap.trim().starts_with(',') {
                continue;
            }
            let Some(hit) = self.cue_at(i) else { continue };
            let end = self.limit(hit.next).min(last);
            // The incise ends at the first full stop or comma after the speaker.
            let stop = (hit.next..end)
                .find(|&j| {
                    let gap = &self.text
                        [self.words[j].end..self.words.get(j + 1).map_or(content.end, |w| w.start)];
                    gap.contains([',', '.', '!', '?'])
                })
                .map(|j| j + 1)
                .unwrap_or(end);
            if stop >= last {
                return None; // nothing quoted after it: this is a cue after the quote
            }
            let comma = self.words[i - 1].end + gap.find(',').unwrap_or(0);
            let quoted_end = self.text[content.start..comma].trim_end().len() + content.start;
            let attribution = self.inverted_within(hit, content.start, stop);
            let resume = self.words[stop].start;
            return Some(Incise {
                before: quoted_end,
                after: resume,
                attribution,
            });
        }
        None
    }

    /// One past the last word a speaker after word `i` may use: the end of the sentence, a
    /// semicolon, a colon or a new quotation, and at most [`WINDOW`] words.
    fn limit(&self, i: usize) -> usize {
        let Some(start) = self.words.get(i) else {
            return self.words.len();
        };
        let sentence_end = self.sentence(start.start).end.max(start.end);
        let mut j = i;
        while j < self.words.len() && j < i + WINDOW && self.words[j].start < sentence_end {
            if j > i {
                let gap = &self.text[self.words[j - 1].end..self.words[j].start];
                if gap.contains([';', ':', '«', '“', '»', '”', '"']) {
                    break;
                }
            }
            j += 1;
        }
        j
    }

    /// The speaker after an inverted cue ("», a déclaré X").
    fn inverted(&self, hit: CueHit, quote_start: usize) -> Attribution {
        let end = self.limit(hit.next);
        self.inverted_until(hit, quote_start, end)
    }

    fn inverted_within(&self, hit: CueHit, quote_start: usize, end: usize) -> Attribution {
        self.inverted_until(hit, quote_start, end)
    }

    fn inverted_until(&self, hit: CueHit, quote_start: usize, end: usize) -> Attribution {
        let cue = Cue {
            span: hit.span.clone(),
            lemma: hit.lemma.clone(),
        };
        let speaker = match hit.pronoun {
            Some((span, gender)) => Some(self.pronoun(span, gender, quote_start)),
            None => self.speaker_after(hit.next, end, quote_start),
        };
        Attribution {
            speaker,
            cue: Some(cue),
        }
    }

    /// The speaker named in words `i..end` after a cue.
    fn speaker_after(&self, i: usize, end: usize, quote_start: usize) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        let stressed = [("lui", Gender::Masculine), ("eux", Gender::Masculine)];
        if let Some(&(_, gender)) = PRONOUNS
            .iter()
            .chain(&stressed)
            .find(|(p, _)| *p == self.folded[i])
        {
            // "», a-t-il dit", "selon lui", "d'après elle".
            return Some(self.pronoun(self.words[i].clone(), gender, quote_start));
        }
        // Skip adjuncts of time before a description: "hier", "mercredi".
        let mut k = i;
        while k < end && ADVERBS.contains(&self.folded[k].as_str()) {
            k += 1;
        }
        let stop = self.description_end(k, end);
        // A person named anywhere in the window; else a body or place heading the phrase.
        let window = self.words[i].start..self.words[end - 1].end;
        if let Some(person) = self
            .referents
            .mentions_in(&window)
            .iter()
            .find(|m| m.kind == EntityType::Per)
        {
            if !self.after_relative(i, person.span.start) {
                return Some(self.named(person));
            }
        }
        if k < end && DETERMINERS.contains(&self.folded[k].as_str()) {
            let phrase = self.words[k].start..self.words[stop.max(k + 1) - 1].end;
            if let Some(body) = self.referents.mentions_in(&phrase).first() {
                return Some(self.named(body));
            }
            return Some(self.described(k, stop.max(k + 1), quote_start));
        }
        self.entity_between(k, end, false)
    }

    /// Whether a relative pronoun stands between word `i` and byte `at`: the name then
    /// belongs to another clause ("le haut responsable qui a rappelé … X").
    fn after_relative(&self, i: usize, at: usize) -> bool {
        let to = self.word_at(at);
        (i..to).any(|j| matches!(self.folded[j].as_str(), "qui" | "que" | "qu'" | "dont"))
    }

    /// The first entity in words `i..end`, or a capitalised name right at `i`.
    fn entity_between(&self, i: usize, end: usize, dash: bool) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        let window = self.words[i].start..self.words[end - 1].end;
        let mentions = self.referents.mentions_in(&window);
        let best = mentions
            .iter()
            .find(|m| m.kind == EntityType::Per)
            .or_else(|| mentions.iter().find(|m| m.kind != EntityType::Date));
        if let Some(mention) = best {
            return Some(self.named(mention));
        }
        // An unknown capitalised name right after the cue: "», a dit Kowalczyk."
        let mut j = i;
        while j < end && self.is_name_word(j) {
            j += 1;
        }
        (j > i && (j - i <= 4 || dash)).then(|| {
            let span = self.words[i].start..self.words[j - 1].end;
            Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Explicit,
            }
        })
    }

    /// A capitalised word that may be part of a name: not a listed common word or title.
    fn is_name_word(&self, j: usize) -> bool {
        is_capitalised(&self.text[self.words[j].clone()])
            && !self.gaz.stopwords.contains(&self.folded[j])
            && !self.gaz.titles.contains_key(&self.folded[j])
    }

    /// One past the last word of a description starting at word `k`.
    fn description_end(&self, k: usize, end: usize) -> usize {
        let mut j = k + 1;
        while j < end {
            let gap = &self.text[self.words[j - 1].end..self.words[j].start];
            if gap.contains([',', '.', '(', ')'])
                || DESCRIPTION_STOPS.contains(&self.folded[j].as_str())
            {
                break;
            }
            // "de l'Intérieur", "du Conseil": a complement after the head ends the description
            // unless a role needs it ("secrétaire général").
            if matches!(self.folded[j].as_str(), "de" | "du" | "des" | "d'") {
                break;
            }
            j += 1;
        }
        j
    }

    /// A speaker given by description: a role names the person last described so (or, failing
    /// that, the last person quoted, as news writing does); anything else stays as written.
    fn described(&self, k: usize, stop: usize, quote_start: usize) -> Speaker {
        let span = self.words[k].start..self.words[stop - 1].end;
        let content: Vec<String> = self.folded[k + 1..stop].to_vec();
        let role = (k + 1..stop).any(|j| {
            self.gaz.titles.contains_key(&self.folded[j])
                || (j + 1 < stop
                    && self.gaz.titles.contains_key(&format!(
                        "{} {}",
                        self.folded[j],
                        self.folded[j + 1]
                    )))
        });
        // "son avocate", "leur porte-parole": somebody else's, never the antecedent itself;
        // "un porte-parole": somebody not named before.
        let someone_else = matches!(
            self.folded[k].as_str(),
            "son" | "sa" | "ses" | "leur" | "leurs" | "un" | "une" | "des"
        );
        if role && !someone_else {
            let found = self
                .referents
                .described(&content, quote_start)
                .or_else(|| {
                    let head: Vec<String> = content
                        .iter()
                        .filter(|w| self.gaz.titles.contains_key(*w))
                        .cloned()
                        .collect();
                    self.referents.described(&head, quote_start)
                })
                .or_else(|| {
                    self.referents
                        .person_before(quote_start, self.gender_of_phrase(k, stop))
                });
            if let Some(person) = found {
                return Speaker {
                    span,
                    canonical: person.canonical.clone(),
                    kind: SpeakerKind::Per,
                    via: Via::Descriptor,
                };
            }
        }
        Speaker {
            canonical: self.text[span.clone()].to_string(),
            span,
            kind: if role {
                SpeakerKind::Per
            } else {
                SpeakerKind::Other
            },
            via: Via::Descriptor,
        }
    }

    /// The gender a description shows through its determiner or role.
    fn gender_of_phrase(&self, k: usize, stop: usize) -> Gender {
        match self.folded[k].as_str() {
            "la" | "cette" => return Gender::Feminine,
            "le" | "ce" | "cet" => return Gender::Masculine,
            _ => {}
        }
        (k..stop)
            .find_map(|j| self.gaz.titles.get(&self.folded[j]).map(|t| t.gender))
            .unwrap_or(Gender::Either)
    }

    /// A pronoun speaker: the nearest person before the quotation who agrees in gender.
    fn pronoun(&self, span: Range<usize>, gender: Gender, quote_start: usize) -> Speaker {
        match self.referents.person_before(quote_start, gender) {
            Some(person) => Speaker {
                span,
                canonical: person.canonical.clone(),
                kind: SpeakerKind::Per,
                via: Via::Pronoun,
            },
            None => Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Pronoun,
            },
        }
    }

    /// The subject of a cue at word `cue_word`, read backwards from the verb: past object
    /// clitics ("lui dit"), a subject pronoun, a name or a description ending right there;
    /// after an apposition ("X, le maire, a déclaré"), the person the clause named.
    fn subject_before(
        &self,
        from: usize,
        cue_word: usize,
        inverted: Option<(Range<usize>, Gender)>,
        quote_start: usize,
    ) -> Option<Speaker> {
        if let Some((span, gender)) = inverted {
            return Some(self.pronoun(span, gender, quote_start));
        }
        let mut verb = cue_word;
        while verb > from
            && CLITICS.contains(&self.folded[verb - 1].as_str())
            && !self.broken(verb - 1)
        {
            verb -= 1;
        }
        if verb <= from {
            return None;
        }
        let prev = verb - 1;
        if BOUNDARIES.contains(&self.folded[prev].as_str()) {
            return None; // "comme le précise X": no subject before the verb
        }
        let window = self.words[from].start..self.words[prev].end;
        let mentions = self.referents.mentions_in(&window);
        let last_person = mentions.iter().rev().find(|m| m.kind == EntityType::Per);
        if self.broken(prev) {
            // "Jean Dupont, le maire, a déclaré": the subject stands before the apposition.
            if let Some(person) = last_person {
                return Some(self.named(person));
            }
        }
        if let Some(&(_, gender)) = PRONOUNS.iter().find(|(p, _)| *p == self.folded[prev]) {
            return Some(self.pronoun(self.words[prev].clone(), gender, quote_start));
        }
        if let Some(m) = mentions
            .last()
            .filter(|m| m.span.end == self.words[prev].end && m.kind != EntityType::Date)
        {
            return Some(self.named(m));
        }
        // An unknown name right before the verb ("Hu Jintao a indiqué"), but not a
        // complement ("le ministre de l'Intérieur a dit").
        let mut k = verb;
        while k > from && k + 4 > verb && self.is_name_word(k - 1) {
            k -= 1;
        }
        let complement = k > 0 && LINKS.contains(&self.folded[k - 1].as_str());
        if k < verb && !complement && (k > from || verb - k >= 2) {
            let span = self.words[k].start..self.words[prev].end;
            return Some(Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Explicit,
            });
        }
        // A description: from the first determiner of the clause to the verb.
        let mut start = None;
        let mut k = prev;
        loop {
            if DETERMINERS.contains(&self.folded[k].as_str()) {
                start = Some(k);
            }
            if k == from
                || prev - k >= 10
                || self.broken(k - 1)
                || BOUNDARIES.contains(&self.folded[k - 1].as_str())
            {
                break;
            }
            k -= 1;
        }
        // A description runs straight to the verb: no preposition but "de" inside it, or it
        // is some other phrase ("l'interpellent à Paris sans pouvoir dire").
        let contiguous = |k: usize| {
            (k + 1..verb).all(|j| {
                let word = self.folded[j].as_str();
                !DESCRIPTION_STOPS.contains(&word) || matches!(word, "de" | "du" | "des" | "d'")
            })
        };
        match start.filter(|&k| contiguous(k)) {
            Some(k) => Some(self.described(k, verb, quote_start)),
            None => last_person.map(|person| self.named(person)),
        }
    }

    /// Whether punctuation follows word `j`, cutting it from the next one.
    fn broken(&self, j: usize) -> bool {
        let end = self.words.get(j + 1).map_or(self.text.len(), |w| w.start);
        self.text[self.words[j].end..end]
            .contains([',', ';', ':', '.', '!', '?', '(', ')', '«', '»'])
    }

    /// The speaker after `selon`, `d'après` or `pour` at word `i`.
    fn source_at(&self, i: usize) -> Option<Attribution> {
        let mut k = i + 1;
        if self.folded[i] == "d'" {
            if self.folded.get(k).map(String::as_str) != Some("apres") {
                return None;
            }
            k += 1;
        }
        let cue = Cue {
            span: self.words[i].start..self.words[k - 1].end,
            lemma: self.folded[i..k].join(" ").replace("' ", "'"),
        };
        let end = self.limit(k);
        if k >= end {
            return None;
        }
        let speaker = self.speaker_after(k, end, self.words[i].start)?;
        Some(Attribution {
            speaker: Some(Speaker {
                via: Via::Selon,
                ..speaker
            }),
            cue: Some(cue),
        })
    }

    /// A speaker for an entity mention, saying how its name was found.
    fn named(&self, mention: &Mention) -> Speaker {
        let titled = self
            .word_at(mention.span.start)
            .checked_sub(1)
            .is_some_and(|p| {
                self.gaz
                    .titles
                    .get(&self.folded[p])
                    .is_some_and(|t| t.honorific)
                    && is_capitalised(&self.text[self.words[p].clone()])
            });
        let via = if titled {
            Via::Title
        } else if mention.source == Source::Resolved {
            Via::Surname
        } else {
            Via::Explicit
        };
        Speaker {
            span: mention.span.clone(),
            canonical: mention.canonical.clone(),
            kind: match mention.kind {
                EntityType::Per => SpeakerKind::Per,
                EntityType::Org => SpeakerKind::Org,
                EntityType::Loc => SpeakerKind::Loc,
                EntityType::Date => SpeakerKind::Other,
            },
            via,
        }
    }

    /// A reporting verb at word `i`: a finite form ("déclare", "déclare-t-elle"), or an
    /// auxiliary, adverbs and a participle ("a encore ajouté", "a-t-il déclaré"), or a
    /// reflexive one ("s'est félicité").
    fn cue_at(&self, i: usize) -> Option<CueHit> {
        if matches!(self.folded.get(i)?.as_str(), "s'" | "se") {
            return self.reflexive_cue_at(i);
        }
        let k = i;
        let word = self.folded.get(k)?;
        if !self.text[self.words[k].clone()].starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        let (base, pronoun) = self.split_inverted(k);
        if AUXILIARIES.contains(&base) {
            let mut p = k + 1;
            while p < self.words.len() && p <= k + 3 && ADVERBS.contains(&self.folded[p].as_str()) {
                p += 1;
            }
            let lemma = self.gaz.cues.get(self.folded.get(p)?)?;
            return Some(CueHit {
                span: self.words[i].start..self.words[p].end,
                lemma: lemma.clone(),
                pronoun,
                next: p + 1,
            });
        }
        let lemma = self
            .gaz
            .cues
            .get(base)
            .or_else(|| self.gaz.cues.get(word))?;
        Some(CueHit {
            span: self.words[i].start..self.words[k].end,
            lemma: lemma.clone(),
            pronoun,
            next: k + 1,
        })
    }

    /// A reflexive reporting verb, which the lexicon lists whole with its pronoun and any
    /// auxiliary: "se félicite", "s'est félicité", "s'est-il exclamé".
    fn reflexive_cue_at(&self, i: usize) -> Option<CueHit> {
        let mut phrase = self.folded[i].clone();
        let mut best = None;
        for k in i + 1..(i + 3).min(self.words.len()) {
            if !phrase.ends_with('\'') {
                phrase.push(' ');
            }
            phrase.push_str(&self.folded[k]);
            if let Some(lemma) = self.gaz.cues.get(&phrase) {
                let pronoun = (i + 1..=k).find_map(|j| self.split_inverted(j).1);
                best = Some(CueHit {
                    span: self.words[i].start..self.words[k].end,
                    lemma: lemma.clone(),
                    pronoun,
                    next: k + 1,
                });
            }
        }
        best
    }

    /// A word without its inverted pronoun ("declare-t-elle" → "declare" and "elle").
    fn split_inverted(&self, k: usize) -> (&str, Option<(Range<usize>, Gender)>) {
        let word = self.folded[k].as_str();
        for &(pronoun, gender) in PRONOUNS {
            for joint in ["-t-", "-"] {
                let suffix_len = joint.len() + pronoun.len();
                if word.len() > suffix_len
                    && word.ends_with(pronoun)
                    && word[..word.len() - pronoun.len()].ends_with(joint)
                {
                    let span = self.words[k].end - pronoun.len()..self.words[k].end;
                    return (&word[..word.len() - suffix_len], Some((span, gender)));
                }
            }
        }
        (word, None)
    }
}
