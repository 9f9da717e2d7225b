//! An article as read from the input: its id, its decoded text, and the metadata that came
//! with it. Stages never rewrite `text`; every span they return slices it.

use chrono::NaiveDate;

/// One article, decoded. `text` is exactly what offsets count into.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// A file's path relative to its input root (with `/`), or a JSONL line's `id`, or
    /// `<file>:<line>`.
    pub id: String,
    pub text: String,
    /// The publication date given in metadata (JSONL `date`), if any.
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Problems met while reading that did not stop the article (`code: detail`).
    pub warnings: Vec<String>,
}

impl Article {
    /// An article with only an id and a text, as tests and benchmarks build them.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }
}

/// Why an article (or an input) produced no analysis: recorded in `errors.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleError {
    pub doc: String,
    /// `read`, `decode`, `parse` or `internal`.
    pub stage: &'static str,
    pub message: String,
}
