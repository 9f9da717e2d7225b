//! A whole run: a [`Config`] → the record files in the output folder and a [`Summary`].
//! Articles stream from the corpus in batches; each batch is analysed in parallel and written
//! in input order by this thread, so output is the same whatever the number of workers and
//! memory stays bounded by one batch.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::article::{Article, ArticleError};
use crate::corpus::{self, Input};
use crate::gazetteer::Gazetteers;
use crate::pipeline::Pipeline;
use crate::records::{self, Records};
use crate::writers::{CsvStyle, OutputFormat, Sink};

/// How many articles, or how many bytes of text, make one batch.
const BATCH_ARTICLES: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

/// Everything a run needs to know; built by the command line or by a program.
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<Input>,
    pub out_dir: PathBuf,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    pub format: OutputFormat,
    pub csv: CsvStyle,
    /// A folder of extra gazetteer TSV files.
    pub gazetteers: Option<PathBuf>,
    /// The article date when neither metadata nor a dateline gives one.
    pub date: Option<NaiveDate>,
    /// Larger files and JSONL lines are reported and skipped.
    pub max_bytes: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            inputs: Vec::new(),
            out_dir: PathBuf::from("out"),
            threads: 0,
            format: OutputFormat::Both,
            csv: CsvStyle::default(),
            gazetteers: None,
            date: None,
            max_bytes: 64 << 20,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub articles: usize,
    pub failed: usize,
    pub entities: usize,
    pub quotes: usize,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// Runs the whole batch. `progress` is called after each batch with the running summary.
/// Fails only when nothing can be done (gazetteers, output folder); a bad article is
/// recorded in `errors.jsonl` and counted in `failed`.
pub fn run(config: &Config, progress: &mut dyn FnMut(&Summary)) -> Result<Summary> {
    let started = Instant::now();
    let gazetteers = Gazetteers::load(config.gazetteers.as_deref())?;
    let pipeline = Pipeline::new(gazetteers, config.date);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("starting worker threads")?;
    let mut sink = Sink::create(&config.out_dir, config.format, config.csv)?;
    let mut summary = Summary::default();

    let (sources, walk_errors) = corpus::discover(&config.inputs);
    for error in &walk_errors {
        sink.error(error)?;
        summary.failed += 1;
    }
    let mut batch: Vec<Result<Article, ArticleError>> = Vec::new();
    let mut batch_bytes = 0;
    for source in &sources {
        for item in corpus::read(source, config.max_bytes) {
            batch_bytes += item.as_ref().map_or(0, |a| a.text.len());
            batch.push(item);
            if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                flush(&pool, &pipeline, &mut batch, &mut sink, &mut summary)?;
                batch_bytes = 0;
                summary.elapsed = started.elapsed();
                progress(&summary);
            }
        }
    }
    flush(&pool, &pipeline, &mut batch, &mut sink, &mut summary)?;
    sink.finish()?;
    summary.elapsed = started.elapsed();
    progress(&summary);
    Ok(summary)
}

/// Analyses one article, turning a panic inside any stage into an error for that article.
pub fn analyse_safely(pipeline: &Pipeline, article: Article) -> Result<Records, ArticleError> {
    let doc = article.id.clone();
    catch_unwind(AssertUnwindSafe(|| {
        records::build(&pipeline.analyse(article))
    }))
    .map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        ArticleError {
            doc,
            stage: "internal",
            message: format!("internal error, please report it: {message}"),
        }
    })
}

fn flush(
    pool: &rayon::ThreadPool,
    pipeline: &Pipeline,
    batch: &mut Vec<Result<Article, ArticleError>>,
    sink: &mut Sink,
    summary: &mut Summary,
) -> Result<()> {
    let items = std::mem::take(batch);
    let results: Vec<(u64, Result<Records, ArticleError>)> = pool.install(|| {
        items
            .into_par_iter()
            .map(|item| match item {
                Ok(article) => (article.text.len() as u64, analyse_safely(pipeline, article)),
                Err(error) => (0, Err(error)),
            })
            .collect()
    });
    for (bytes, result) in results {
        summary.bytes += bytes;
        match result {
            Ok(records) => {
                summary.articles += 1;
                summary.entities += records.entities.len();
                summary.quotes += records.quotes.len();
                sink.write(&records)?;
            }
            Err(error) => {
                summary.failed += 1;
                sink.error(&error)?;
            }
        }
    }
    Ok(())
}
