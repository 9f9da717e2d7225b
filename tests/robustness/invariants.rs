//! Span invariants: one analysed article and its records → the first broken promise of the
//! output contract, if any. Shared by the property tests, the long randomised run and the
//! fuzz target, so that all three check exactly the same things.

use std::ops::Range;

use depeche::pipeline::Analysis;
use depeche::records::Records;

/// Checks `analysis` (byte spans) and `records` (code-point offsets) against the text.
pub fn check(analysis: &Analysis, records: &Records) -> Result<(), String> {
    let text = analysis.article.text.as_str();
    sorted_spans(text, "paragraph", &analysis.paragraphs, false)?;
    sorted_spans(text, "sentence", &analysis.sentences, false)?;
    sorted_spans(text, "excluded", &analysis.excluded, true)?;
    for s in &analysis.sentences {
        if !analysis
            .paragraphs
            .iter()
            .any(|p| p.start <= s.start && s.end <= p.end)
        {
            return Err(format!("sentence {s:?} lies in no paragraph"));
        }
    }
    let mentions: Vec<Range<usize>> = analysis.entities.iter().map(|m| m.span.clone()).collect();
    sorted_spans(text, "entity", &mentions, true)?;
    let mut previous_quote = 0;
    for q in &analysis.quotes {
        span(text, "quote", &q.span)?;
        if q.span.start < previous_quote {
            return Err(format!("quotes out of order at {:?}", q.span));
        }
        previous_quote = q.span.start;
        for p in &q.parts {
            span(text, "quote part", p)?;
            if p.start < q.span.start || p.end > q.span.end {
                return Err(format!("quote part {p:?} outside its quote {:?}", q.span));
            }
        }
        if let Some(s) = &q.speaker {
            span(text, "speaker", &s.span)?;
        }
        if let Some(c) = &q.cue {
            span(text, "cue", &c.span)?;
        }
    }

    let chars: Vec<char> = text.chars().collect();
    let slice = |start: usize, end: usize| -> Result<String, String> {
        if start > end || end > chars.len() {
            return Err(format!(
                "offsets {start}..{end} outside {} chars",
                chars.len()
            ));
        }
        Ok(chars[start..end].iter().collect())
    };
    let a = &records.article;
    if a.chars != chars.len() {
        return Err(format!("article chars {} != {}", a.chars, chars.len()));
    }
    if a.entities != records.entities.len() || a.quotes != records.quotes.len() {
        return Err("article counts differ from the records".to_string());
    }
    let mut previous = 0;
    for e in &records.entities {
        if slice(e.start, e.end)? != e.text {
            return Err(format!(
                "entity text {:?} is not text[{}..{}]",
                e.text, e.start, e.end
            ));
        }
        if e.start < previous {
            return Err(format!("entity records out of order at {}", e.start));
        }
        previous = e.start;
        if e.sentence >= a.sentences.max(1) {
            return Err(format!("entity sentence {} >= {}", e.sentence, a.sentences));
        }
    }
    for q in &records.quotes {
        let pieces = q
            .parts
            .iter()
            .map(|[s, e]| slice(*s, *e))
            .collect::<Result<Vec<_>, _>>()?;
        if pieces.join(" ") != q.text {
            return Err(format!("quote text {:?} is not its parts", q.text));
        }
        slice(q.start, q.end)?;
        if let Some(s) = &q.speaker {
            if slice(s.start, s.end)? != s.text {
                return Err(format!("speaker text {:?} is not its span", s.text));
            }
        }
        if let Some(c) = &q.cue {
            if slice(c.start, c.end)? != c.text {
                return Err(format!("cue text {:?} is not its span", c.text));
            }
        }
    }
    Ok(())
}

/// A byte span inside the text, on char boundaries, not reversed.
fn span(text: &str, what: &str, r: &Range<usize>) -> Result<(), String> {
    if r.start > r.end || r.end > text.len() {
        return Err(format!("{what} {r:?} outside {} bytes", text.len()));
    }
    if !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return Err(format!("{what} {r:?} not on char boundaries"));
    }
    Ok(())
}

/// Spans sorted by start; unless `overlap`, also non-overlapping and non-empty.
fn sorted_spans(
    text: &str,
    what: &str,
    spans: &[Range<usize>],
    overlap: bool,
) -> Result<(), String> {
    let mut previous: Option<&Range<usize>> = None;
    for r in spans {
        span(text, what, r)?;
        if let Some(p) = previous {
            let broken = if overlap {
                r.start < p.start
            } else {
                r.start < p.end
            };
            if broken {
                return Err(format!("{what} {r:?} after {p:?}: not sorted"));
            }
        }
        if !overlap && r.is_empty() {
            return Err(format!("empty {what} at {}", r.start));
        }
        previous = Some(r);
    }
    Ok(())
}
