//! Evaluation: annotated data in others' formats → scores of one stage, as a readable table
//! and as JSON. Each task module reads its gold, runs the pipeline, and scores; the counting
//! itself is in [`score`], on plain spans, so it is tested without the pipeline.

pub mod dates;
pub mod ner;
pub mod quotes;
pub mod score;
pub mod sentences;

use std::fs;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Settings shared by every task.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where to write each false positive and false negative with its context.
    pub errors: Option<PathBuf>,
}

/// What a task returns: the table for people and the figures for programs.
#[derive(Debug, Clone)]
pub struct Report {
    pub table: String,
    pub json: serde_json::Value,
}

/// How many characters of text `--errors` shows on each side of a span.
const CONTEXT_CHARS: usize = 60;

/// The text around byte range `span` of `text`, the span itself marked `[[…]]`, line breaks
/// shown as spaces.
pub fn context(text: &str, span: Range<usize>) -> String {
    let left: String = {
        let mut chars: Vec<char> = text[..span.start]
            .chars()
            .rev()
            .take(CONTEXT_CHARS)
            .collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let right: String = text[span.end..].chars().take(CONTEXT_CHARS).collect();
    format!("{left}[[{}]]{right}", &text[span])
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

/// Writes one JSON value per line to `path`.
pub fn write_jsonl(path: &Path, values: &[serde_json::Value]) -> Result<()> {
    let write = || -> std::io::Result<()> {
        let mut out = std::io::BufWriter::new(fs::File::create(path)?);
        for value in values {
            serde_json::to_writer(&mut out, value)?;
            out.write_all(b"\n")?;
        }
        out.flush()
    };
    write().with_context(|| format!("{}: cannot write", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $text:expr, $span:expr, $context:expr) => {
            #[test]
            fn $name() {
                assert_eq!(context($text, $span), $context);
            }
        };
    }

    case!(middle, "Le roi\nà Paris.", 10..15, "Le roi à [[Paris]].");
    case!(whole, "Été", 0..5, "[[Été]]");
    case!(empty_span, "ab", 1..1, "a[[]]b");

    #[test]
    fn context_is_bounded() {
        let text = format!("{}X{}", "é".repeat(100), "à".repeat(100));
        let at = text.find('X').unwrap();
        let shown = context(&text, at..at + 1);
        assert_eq!(shown.chars().count(), 2 * CONTEXT_CHARS + 5);
    }
}
