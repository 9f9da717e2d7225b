//! Quotations: article text, paragraphs, sentences and entity mentions → the quotations in
//! « », “ ” or "…" marks, each with its cue and speaker. Sorted by start; none starts inside
//! an excluded (boilerplate or repeated) region.
//!
//! Three steps. [`marks`] pairs the marks in one linear pass. Each pair is then placed in its
//! sentence: a quotation that opens its sentence (or follows a colon) is `full`; one inside the
//! journalist's sentence is `partial` when it is long enough to be somebody's words rather
//! than a term in scare quotes. Last, [`attribution`] reads the few words around it for a cue
//! ("», a déclaré …", "… a affirmé : «", "selon …") and names the speaker through
//! [`crate::resolve::Referents`]. A quotation with no speaker at all is not reported: a
//! motto or a title in marks is nobody's statement.

mod attribution;
mod marks;

use std::fmt;
use std::ops::Range;

use crate::fold::Folded;
use crate::gazetteer::Gazetteers;
use crate::mention::Mention;
use crate::resolve::Referents;
use crate::words::words;

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

/// Shortest fragment inside the journalist's sentence (in words) that is reported as a
/// partial quotation; shorter ones are terms in scare quotes ("cloud", «première étape»).
const MIN_PARTIAL_WORDS: usize = 3;

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
    let _ = folded;
    let pairs = marks::pair(text, paragraphs);
    let all_words = words(text, 0..text.len());
    let referents = Referents::new(text, mentions, sentences, &all_words, gaz);
    let reader = attribution::Reader::new(text, &all_words, sentences, gaz, &referents);
    let mut quotes: Vec<Quote> = Vec::new();
    // The speaker of the last attributed quotation and the paragraph it ended in.
    let mut previous: Option<(Speaker, usize)> = None;
    for pair in pairs {
        if excluded
            .iter()
            .any(|r| r.start <= pair.open && pair.open < r.end)
        {
            continue;
        }
        let Some(content) = pair.content(text) else {
            continue;
        };
        let paragraph = paragraphs.partition_point(|p| p.end <= pair.open);
        let embedded = reader.embedded(pair.open);
        let incise = reader.incise(&content);
        let parts = match &incise {
            Some(found) => vec![content.start..found.before, found.after..content.end],
            None => pair.parts(text),
        };
        let mut attribution = match incise {
            Some(found) => Some(found.attribution),
            None if embedded => reader.partial(pair.open, pair.close),
            None => reader
                .after(pair.close)
                .or_else(|| reader.before(pair.open)),
        };
        if attribution.is_none() && !embedded {
            // A quotation standing alone right after another one continues it.
            attribution =
                previous
                    .as_ref()
                    .filter(|(_, at)| paragraph <= at + 1)
                    .map(|(speaker, _)| attribution::Attribution {
                        speaker: Some(Speaker {
                            via: Via::Inherited,
                            ..speaker.clone()
                        }),
                        cue: None,
                    });
        }
        let Some(attribution) = attribution else {
            continue;
        };
        let Some(speaker) = attribution.speaker else {
            continue;
        };
        let kind = if embedded {
            let length = parts
                .iter()
                .map(|p| words(text, p.clone()).len())
                .sum::<usize>();
            if length < MIN_PARTIAL_WORDS || reader.is_title(pair.open, &content) {
                continue;
            }
            QuoteKind::Partial
        } else {
            let close_paragraph = paragraphs.partition_point(|p| p.end <= pair.close);
            previous = Some((speaker.clone(), close_paragraph));
            QuoteKind::Full
        };
        quotes.push(Quote {
            span: content,
            parts,
            kind,
            speaker: Some(speaker),
            cue: attribution.cue,
        });
    }
    quotes
}
