//! Evaluation: annotated data in others' formats → scores of one stage, as a readable table
//! and as JSON. Each task module reads its gold, runs the pipeline, and scores.

pub mod dates;
pub mod ner;
pub mod quotes;
pub mod score;
pub mod sentences;

use std::path::PathBuf;

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
