//! Quotations: article text, sentences and entity mentions → the quotations in « », “ ” or
//! "…" marks with their cue and speaker. Sorted by start; none inside an excluded region.

use std::fmt;
use std::ops::Range;

use crate::fold::Folded;
use crate::gazetteer::Gazetteers;
use crate::mention::Mention;

/// Whether a quotation is a whole statement or a fragment inside the journalist's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Full,
    Partial,
}

impl QuoteKind {
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Which rule named the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Explicit,
    Surname,
    Title,
    Descriptor,
    Pronoun,
    Selon,
    Inherited,
}

impl Via {
    pub fn label(self) -> &'static str {
        match self {
            Via::Explicit => "explicit",
            Via::Surname => "surname",
            Via::Title => "title",
            Via::Descriptor => "descriptor",
            Via::Pronoun => "pronoun",
            Via::Selon => "selon",
            Via::Inherited => "inherited",
        }
    }
}

/// What kind of speaker: an entity type, or a document or group named by a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Per,
    Org,
    Loc,
    /// A description that names no listed entity ("le communiqué final", "les organisateurs").
    Other,
}

impl fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpeakerKind::Per => "PER",
            SpeakerKind::Org => "ORG",
            SpeakerKind::Loc => "LOC",
            SpeakerKind::Other => "OTHER",
        })
    }
}

/// Who said it: `span` is where the text names them (a name, a descriptor, a pronoun).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub span: Range<usize>,
    pub canonical: String,
    pub kind: SpeakerKind,
    pub via: Via,
}

/// The verb (or preposition) that attributes the quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub span: Range<usize>,
    pub lemma: String,
}

/// One quotation: `span` runs from the first quoted char to the last, without the marks;
/// `parts` leave out an incise inside the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub span: Range<usize>,
    pub parts: Vec<Range<usize>>,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
}

/// Finds the quotations of one article.
pub fn find(
    text: &str,
    folded: &Folded,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    mentions: &[Mention],
    gaz: &Gazetteers,
    excluded: &[Range<usize>],
) -> Vec<Quote> {
    let _ = (text, folded, paragraphs, sentences, mentions, gaz, excluded);
    Vec::new()
}
