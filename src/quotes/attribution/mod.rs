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
//!
//! [`after`] reads the words after the closing mark, [`before`] those before the opening one,
//! [`incise`] those inside the marks and [`context`] the sentences around; they find the cue
//! through [`cues`] and the speaker through [`subjects`], [`inverted`], [`descriptions`],
//! [`pronouns`] and [`sources`], from the word lists of [`lexicon`].

mod after;
mod before;
mod context;
mod cues;
mod descriptions;
mod incise;
mod inverted;
mod lexicon;
mod pronouns;
mod sources;
mod subjects;

use std::ops::Range;

use super::{Cue, Speaker, SpeakerKind, Via};
use crate::gazetteer::{Gazetteers, Gender};
use crate::mention::{EntityType, Mention, Source};
use crate::resolve::Referents;
use crate::words::{is_capitalised, FoldedWords, Words};

use lexicon::{CLAUSE_OPENERS, PREPOSITIONS, TITLE_WORDS};

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
    folded: Folded<'a>,
    sentences: &'a [Range<usize>],
    gaz: &'a Gazetteers,
    referents: &'a Referents<'a>,
}

/// The article's folded words as the reader reads them. Tests count the words read, to bound
/// the work each quotation costs.
struct Folded<'a>(&'a FoldedWords<'a>);

#[cfg(test)]
thread_local! {
    /// Words read by readers on this thread.
    pub static WORDS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> Folded<'a> {
    #[cfg_attr(not(test), allow(unused_variables))]
    fn read(&self, count: usize) {
        #[cfg(test)]
        WORDS_READ.with(|read| read.set(read.get() + count));
    }

    fn get(&self, i: usize) -> Option<&'a str> {
        self.read(1);
        self.0.get(i)
    }

    /// Words `range`, in order.
    fn slice(&self, range: Range<usize>) -> impl Iterator<Item = &'a str> {
        self.read(range.len());
        self.0.slice(range)
    }
}

impl std::ops::Index<usize> for Folded<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.read(1);
        &self.0[i]
    }
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
            folded: Folded(&words.folded),
            sentences,
            gaz,
            referents,
        }
    }

    /// The sentence holding byte `at`.
    pub(super) fn sentence(&self, at: usize) -> Range<usize> {
        let index = self.sentences.partition_point(|s| s.start <= at);
        match index.checked_sub(1).map(|i| self.sentences[i].clone()) {
            Some(s) if at < s.end.max(s.start + 1) => s,
            _ => at..at,
        }
    }

    /// The index of the first word starting at or after `at`.
    pub(super) fn word_at(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.start < at)
    }

    /// The words of the quotation's sentence before its opening mark at `open`, without the
    /// spaces and dashes that may lead into it ("Je lui dis :-- «").
    pub(super) fn lead(&self, open: usize) -> Range<usize> {
        let start = self.sentence(open).start.min(open);
        let before = self.text[start..open]
            .trim_end()
            .trim_end_matches(['—', '–', '-'])
            .trim_end();
        start..start + before.len()
    }

    /// Whether the quotation opening at `open` sits inside the journalist's sentence rather
    /// than opening it (or following a colon or a dash).
    pub fn embedded(&self, open: usize) -> bool {
        let lead = &self.text[self.lead(open)];
        !(lead.is_empty() || lead.ends_with(':'))
    }

    /// Whether the quotation closing at `close` ends its sentence: nothing of the
    /// journalist's follows it but a full stop, a new sentence or another quotation. A term in
    /// marks at the head of a sentence ("« Cybervandales » est le mot …") does not.
    pub fn ends_sentence(&self, close: usize) -> bool {
        let mark_end = close + self.text[close..].chars().next().map_or(1, char::len_utf8);
        let rest = self.text[mark_end..].trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']);
        match rest.chars().next() {
            None => true,
            Some(c) => {
                matches!(
                    c,
                    '\n' | '\r' | '.' | '!' | '?' | '…' | '«' | '“' | '"' | '—' | '–' | '-'
                ) || c.is_uppercase()
            }
        }
    }

    /// Whether an embedded quotation is a title or a name: most of its words capitalised, or a
    /// word such as "intitulé" or "film" right before it.
    pub fn is_title(&self, open: usize, content: &Range<usize>) -> bool {
        let index = self.word_at(open);
        // "le projet « ne verra jamais le jour »", "a appelé « à l'unité »": words that
        // open a clause or a complement are somebody's words, not a name.
        let clause = self
            .folded
            .get(index)
            .is_some_and(|first| CLAUSE_OPENERS.contains(&first));
        let named = index > 0 && TITLE_WORDS.contains(&&self.folded[index - 1]) && !clause;
        // "un rapport sur « Les revenus des ménages »": a capital after a preposition, and no
        // sentence in the marks, is a title.
        let titled = index > 0
            && index < self.words.len()
            && PREPOSITIONS.contains(&&self.folded[index - 1])
            && self.text[self.words[index - 1].end..open].trim().is_empty()
            && self.text[self.words[index].clone()].starts_with(char::is_uppercase)
            && !self.text[content.clone()].contains(['.', '!', '?', '…']);
        let inside = &self.words[index..self.word_at(content.end)];
        let capitals = inside
            .iter()
            .filter(|w| is_capitalised(&self.text[(*w).clone()]))
            .count();
        named || titled || (inside.len() >= 2 && capitals * 2 > inside.len())
    }

    /// Whether the mark at `open` is the first thing on its line.
    pub(super) fn opens_paragraph(&self, open: usize) -> bool {
        let line_start = self.text[..open].rfind('\n').map_or(0, |i| i + 1);
        self.text[line_start..open].trim().is_empty()
    }

    /// The sentence before the one holding `open`, in its paragraph or ending the one before.
    pub(super) fn sentence_before(&self, open: usize) -> Option<Range<usize>> {
        let sentence = self.sentence(open);
        let index = self.sentences.partition_point(|s| s.end <= sentence.start);
        let previous = index.checked_sub(1).map(|i| self.sentences[i].clone())?;
        let gap = &self.text[previous.end.min(open)..sentence.start.min(open)];
        (gap.matches('\n').count() <= 2).then_some(previous)
    }

    /// Whether byte `at` lies in the sentence holding `open` or in the one just before it.
    pub fn just_before(&self, at: usize, open: usize) -> bool {
        let sentence = self.sentence(open);
        at >= sentence.start
            || self
                .sentence_before(open)
                .is_some_and(|previous| at >= previous.start)
    }

    /// Whether word `j` is the verb "a" (has), which folds like the preposition "à": "La Cour
    /// des comptes a publié" ends its subject at "a", not at "comptes".
    pub(super) fn has(&self, j: usize) -> bool {
        self.words
            .get(j)
            .is_some_and(|w| &self.text[w.clone()] == "a")
    }

    /// Whether word `j` (or the honorific or determiner before it) follows a preposition,
    /// making it the head of a complement rather than a subject: "à Paris", "auprès de
    /// l'AFP", "de M. Dupont".
    pub(super) fn complement(&self, j: usize) -> bool {
        let mut before = j.checked_sub(1);
        if let Some(b) = before.filter(|&b| {
            self.gaz
                .titles
                .get(&self.folded[b])
                .is_some_and(|t| t.honorific)
        }) {
            before = b.checked_sub(1);
        }
        if let Some(b) = before
            .filter(|&b| matches!(&self.folded[b], "l'" | "la" | "le" | "les") && !self.broken(b))
        {
            before = b.checked_sub(1);
        }
        before.is_some_and(|b| {
            !self.broken(b)
                && (PREPOSITIONS.contains(&&self.folded[b])
                    || matches!(&self.folded[b], "aupres" | "devant" | "lors"))
        })
    }

    /// One past the last word a speaker after word `i` may use: the end of the sentence, a
    /// semicolon, a colon or a new quotation, and at most [`WINDOW`] words.
    pub(super) fn limit(&self, i: usize) -> usize {
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

    /// Where a subject before byte `at` is looked for, nearest first: the sentence `at`
    /// stands in, up to it, then the sentence before.
    pub(super) fn scopes_before(&self, at: usize) -> impl Iterator<Item = Range<usize>> {
        let sentence = self.sentence(at);
        [
            Some(sentence.start.min(at)..at),
            self.sentence_before(at).map(|s| s.start..s.end.min(at)),
        ]
        .into_iter()
        .flatten()
    }

    /// Whether byte `at` lies between quote marks opened after `scope.start`: a name inside
    /// a quotation is not the one speaking.
    pub(super) fn quoted(&self, at: usize, scope: &Range<usize>) -> bool {
        let before = &self.text[scope.start..at];
        before.matches(['«', '“']).count() > before.matches(['»', '”']).count()
    }

    /// Whether punctuation follows word `j`, cutting it from the next one.
    /// The stop after an honorific or an initial ("M. Dupont", "J. Dupont") cuts nothing.
    pub(super) fn broken(&self, j: usize) -> bool {
        let end = self.words.get(j + 1).map_or(self.text.len(), |w| w.start);
        let gap = &self.text[self.words[j].end..end];
        if gap.trim_end() == "." && self.abbreviation(j) {
            return false;
        }
        gap.contains([',', ';', ':', '.', '!', '?', '(', ')', '«', '»'])
    }

    /// Whether word `j` is an honorific or a one-letter initial, which a stop abbreviates.
    pub(super) fn abbreviation(&self, j: usize) -> bool {
        let word = &self.text[self.words[j].clone()];
        let mut letters = word.chars();
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
            || self
                .gaz
                .titles
                .get(&self.folded[j])
                .is_some_and(|t| t.honorific)
    }

    /// A speaker for an entity mention, saying how its name was found.
    pub(super) fn named(&self, mention: &Mention) -> Speaker {
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
}
