//! Scoring of the ner stage (to be written): gold files → a [`super::Report`].

use std::path::PathBuf;

use anyhow::{bail, Result};

use super::{Options, Report};
use crate::pipeline::Pipeline;

/// Scores `pipeline` on the gold files at `paths`.
pub fn evaluate(pipeline: &Pipeline, paths: &[PathBuf], options: &Options) -> Result<Report> {
    let _ = (pipeline, paths, options);
    bail!("depeche eval ner is not available yet")
}
