//! Records: an [`Analysis`] → the rows written to `articles`, `entities` and `quotes`, with
//! byte spans turned into code-point offsets in one forward pass over the text, so that
//! `text[start:end]` in Python (or `chars().skip(start).take(end - start)`) gives the span.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::pipeline::Analysis;

/// One row of `articles`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    pub doc: String,
    pub chars: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub date: Option<String>,
    pub date_source: String,
    pub entities: usize,
    pub quotes: usize,
    pub boilerplate_chars: usize,
    pub warnings: Vec<String>,
}

/// One row of `entities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRecord {
    pub doc: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub canonical: String,
    pub key: String,
    pub source: String,
    /// ISO 8601 for dates (null when unresolved); always null for other types.
    pub value: Option<String>,
}

/// The speaker of a quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerRecord {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub via: String,
}

/// The words that introduce a quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueRecord {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub lemma: String,
}

/// One row of `quotes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRecord {
    pub doc: String,
    /// The quoted words without their marks; several parts are joined by one space.
    pub text: String,
    pub parts: Vec<[usize; 2]>,
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub sentence: usize,
    pub speaker: Option<SpeakerRecord>,
    pub cue: Option<CueRecord>,
}

/// Everything one article writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Records {
    pub article: ArticleRecord,
    pub entities: Vec<EntityRecord>,
    pub quotes: Vec<QuoteRecord>,
}

/// Byte offset → code-point offset for a known set of offsets, built in one pass.
struct CharOffsets {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl CharOffsets {
    fn new(text: &str, mut bytes: Vec<usize>) -> CharOffsets {
        bytes.sort_unstable();
        bytes.dedup();
        // The chars before a byte offset, counted between consecutive offsets. Spans fall on
        // char boundaries, where the standard library counts a word of bytes at a time; an
        // offset inside a char counts the chars that start before it.
        let mut chars = Vec::with_capacity(bytes.len());
        let (mut from, mut count) = (0, 0);
        for &to in &bytes {
            let to = to.min(text.len());
            count += match text.get(from..to) {
                Some(between) => between.chars().count(),
                None => starts_of_chars(&text.as_bytes()[from..to]),
            };
            chars.push(count);
            from = to;
        }
        CharOffsets { bytes, chars }
    }

    fn get(&self, byte: usize) -> usize {
        let index = self.bytes.partition_point(|&b| b < byte);
        self.chars[index]
    }

    fn span(&self, range: &Range<usize>) -> (usize, usize) {
        (self.get(range.start), self.get(range.end))
    }
}

/// How many chars start in `bytes`: the bytes that are no UTF-8 continuation byte.
fn starts_of_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The index of the sentence holding byte `at` (the last one starting at or before it).
fn sentence_of(sentences: &[Range<usize>], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

/// Builds the records of one analysed article.
pub fn build(analysis: &Analysis) -> Records {
    let text = &analysis.article.text;
    let doc = &analysis.article.id;
    let mut offsets = vec![text.len()];
    for m in &analysis.entities {
        offsets.extend([m.span.start, m.span.end]);
    }
    for q in &analysis.quotes {
        offsets.extend([q.span.start, q.span.end]);
        offsets.extend(q.parts.iter().flat_map(|p| [p.start, p.end]));
        if let Some(s) = &q.speaker {
            offsets.extend([s.span.start, s.span.end]);
        }
        if let Some(c) = &q.cue {
            offsets.extend([c.span.start, c.span.end]);
        }
    }
    let map = CharOffsets::new(text, offsets);

    let entities = analysis
        .entities
        .iter()
        .map(|m| {
            let (start, end) = map.span(&m.span);
            EntityRecord {
                doc: doc.clone(),
                kind: m.kind.label().to_string(),
                text: text[m.span.clone()].to_string(),
                start,
                end,
                sentence: sentence_of(&analysis.sentences, m.span.start),
                canonical: m.canonical.clone(),
                key: m.key.clone(),
                source: m.source.label().to_string(),
                value: m.value.clone(),
            }
        })
        .collect();

    let quotes = analysis
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = map.span(&q.span);
            let pieces: Vec<&str> = q.parts.iter().map(|p| &text[p.clone()]).collect();
            QuoteRecord {
                doc: doc.clone(),
                text: pieces.join(" "),
                parts: q
                    .parts
                    .iter()
                    .map(|p| {
                        let (s, e) = map.span(p);
                        [s, e]
                    })
                    .collect(),
                start,
                end,
                kind: q.kind.label().to_string(),
                sentence: sentence_of(&analysis.sentences, q.span.start),
                speaker: q.speaker.as_ref().map(|s| {
                    let (start, end) = map.span(&s.span);
                    SpeakerRecord {
                        text: text[s.span.clone()].to_string(),
                        start,
                        end,
                        canonical: s.canonical.clone(),
                        kind: s.kind.to_string(),
                        via: s.via.label().to_string(),
                    }
                }),
                cue: q.cue.as_ref().map(|c| {
                    let (start, end) = map.span(&c.span);
                    CueRecord {
                        text: text[c.span.clone()].to_string(),
                        start,
                        end,
                        lemma: c.lemma.clone(),
                    }
                }),
            }
        })
        .collect();

    let mut warnings = analysis.article.warnings.clone();
    warnings.extend(analysis.warnings.iter().cloned());
    Records {
        article: ArticleRecord {
            doc: doc.clone(),
            chars: map.get(text.len()),
            paragraphs: analysis.paragraphs.len(),
            sentences: analysis.sentences.len(),
            date: analysis.date.map(|d| d.to_string()),
            date_source: analysis.date_source.label().to_string(),
            entities: analysis.entities.len(),
            quotes: analysis.quotes.len(),
            boilerplate_chars: analysis.boilerplate_chars,
            warnings,
        },
        entities,
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Été « 😀 » fin";
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let map = CharOffsets::new(text, bytes.clone());
        for (i, b) in bytes.iter().enumerate() {
            assert_eq!(map.get(*b), i);
        }
    }

    #[test]
    fn an_offset_inside_a_char_counts_the_chars_before_it() {
        // "é" is C3 A9: byte 1 is inside the first one, byte 4 inside the last one.
        let text = "été";
        let map = CharOffsets::new(text, vec![1, 2, 4, 5]);
        let chars = [1, 2, 4, 5].map(|b| map.get(b));
        assert_eq!(chars, [1, 1, 3, 3]);
    }

    #[test]
    fn sentence_lookup() {
        let sentences = [0..5, 6..10, 11..20];
        assert_eq!(sentence_of(&sentences, 0), 0);
        assert_eq!(sentence_of(&sentences, 7), 1);
        assert_eq!(sentence_of(&sentences, 19), 2);
        assert_eq!(sentence_of(&[], 3), 0);
    }
}
