//! A whole run: a [`Config`] → the record files in the output folder and a [`Summary`].
//! Articles stream from the corpus in batches; each batch is parsed, analysed and encoded in
//! parallel while this thread reads the next one's bytes and appends the previous one's rows
//! in input order, so output is the same whatever the number of workers, memory stays bounded
//! by a few batches, and this thread, which competes with the workers for the cores, does
//! little but input and output.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Once};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::article::{Article, ArticleError};
use crate::corpus::{self, Entry, Input, Source};
use crate::dates::Bias;
use crate::fold;
use crate::gazetteer::Gazetteers;
use crate::pipeline::Pipeline;
use crate::records::{self, Records};
use crate::writers::{CsvStyle, Encoded, OutputFormat, Sink};

/// How many articles, or how many bytes of text, make one batch.
const BATCH_ARTICLES: usize = 512;
const BATCH_BYTES: usize = 16 << 20;
/// How many batches may be with the workers while this thread reads the next one.
const IN_FLIGHT: usize = 2;

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
    /// Which way bare weekdays and days of the month read from the article date.
    pub bias: Bias,
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
            bias: Bias::Past,
            max_bytes: 64 << 20,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub articles: usize,
    pub failed: usize,
    /// Entity mentions written (for [`scan`]: gazetteer forms matched).
    pub entities: usize,
    pub quotes: usize,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// The error of a run stopped by a signal (see [`install_interrupt_handler`]); the command
/// exits with 130 on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interrupted;

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("interrupted: the output folder is left as it was")
    }
}

impl std::error::Error for Interrupted {}

/// Set by the signal handler; [`run`] and [`scan`] stop when they see it.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into a request to stop: [`run`] then stops
/// between two articles, removes its temporary files and returns [`Interrupted`], instead of
/// the process dying with them in place. For programs, not libraries: it replaces the
/// process's handling of those signals. Can be installed once per process.
pub fn install_interrupt_handler() -> Result<()> {
    ctrlc::set_handler(|| INTERRUPT.store(true, Ordering::SeqCst))
        .context("installing the Ctrl-C handler")
}

/// Runs the whole batch. `progress` is called after each batch with the running summary.
/// Fails only when nothing can be done (gazetteers, no readable input, output folder) or on
/// an interruption, and then leaves the output folder as it was; a bad article is recorded
/// in `errors.jsonl` and counted in `failed`.
pub fn run(config: &Config, progress: &mut dyn FnMut(&Summary)) -> Result<Summary> {
    let gazetteers = Gazetteers::load(config.gazetteers.as_deref())?;
    let pipeline = Pipeline::new(gazetteers, config.date).with_bias(config.bias);
    let analyse = |article: Article| records::build(&pipeline.analyse(article));
    run_with(config, &analyse, &INTERRUPT, progress)
}

/// [`run`] with the per-article work and the stop flag given, so that tests can make it
/// fail or stop.
fn run_with(
    config: &Config,
    analyse: &(dyn Fn(Article) -> Records + Sync),
    stop: &AtomicBool,
    progress: &mut dyn FnMut(&Summary),
) -> Result<Summary> {
    let started = Instant::now();
    let (sources, walk_errors) = corpus::discover(&config.inputs, Some(&config.out_dir));
    nothing_to_do(&sources, &walk_errors)?;
    let mut sink = Sink::create(&config.out_dir, config.format, config.csv)?;
    for error in &walk_errors {
        sink.error(error)?;
    }
    let encoder = sink.encoder();
    let work = |article: Article| {
        let records = analyse(article);
        Rows {
            entities: records.entities.len(),
            quotes: records.quotes.len(),
            encoded: encoder.encode(&records),
        }
    };
    let mut summary = Summary {
        failed: walk_errors.len(),
        ..Summary::default()
    };
    let mut take = |summary: &mut Summary, result: Result<Rows, ArticleError>| match result {
        Ok(rows) => {
            summary.articles += 1;
            summary.entities += rows.entities;
            summary.quotes += rows.quotes;
            sink.write(&rows.encoded)
        }
        Err(error) => {
            summary.failed += 1;
            sink.error(&error)
        }
    };
    let batches = Batches {
        config,
        stop,
        started,
    };
    batches.drive(&sources, &work, &mut take, &mut summary, progress)?;
    // On an error or an interruption above, `sink` is dropped unfinished: its temporary
    // files go and the previous output stays.
    sink.finish()?;
    summary.elapsed = started.elapsed();
    progress(&summary);
    Ok(summary)
}

/// The baseline `run` is measured against: reads and decodes the same inputs, folds each
/// text and runs the gazetteer automaton over it, and writes nothing. `entities` counts the
/// forms matched.
pub fn scan(config: &Config, progress: &mut dyn FnMut(&Summary)) -> Result<Summary> {
    let started = Instant::now();
    let gazetteers = Gazetteers::load(config.gazetteers.as_deref())?;
    let (sources, walk_errors) = corpus::discover(&config.inputs, Some(&config.out_dir));
    nothing_to_do(&sources, &walk_errors)?;
    let count = |article: Article| {
        gazetteers
            .find_forms(&fold::fold(&article.text).text)
            .count()
    };
    let mut summary = Summary {
        failed: walk_errors.len(),
        ..Summary::default()
    };
    let mut take = |summary: &mut Summary, result: Result<usize, ArticleError>| {
        match result {
            Ok(found) => {
                summary.articles += 1;
                summary.entities += found;
            }
            Err(_) => summary.failed += 1,
        }
        Ok(())
    };
    let batches = Batches {
        config,
        stop: &INTERRUPT,
        started,
    };
    batches.drive(&sources, &count, &mut take, &mut summary, progress)?;
    summary.elapsed = started.elapsed();
    progress(&summary);
    Ok(summary)
}

/// Refuses a run that would only replace good output with empty files: no input exists, or
/// the inputs hold no article file.
fn nothing_to_do(sources: &[Source], errors: &[ArticleError]) -> Result<()> {
    if !sources.is_empty() {
        return Ok(());
    }
    match errors.first() {
        Some(first) => bail!(
            "{}: {} (nothing to analyse; the output folder is left as it was)",
            first.doc,
            first.message
        ),
        None => bail!("no .txt or .jsonl file in the inputs: nothing to analyse"),
    }
}

/// One article's rows, encoded on a worker, and how many entities and quotations they hold.
struct Rows {
    entities: usize,
    quotes: usize,
    encoded: Encoded,
}

/// What receives each article's outcome, in input order, and counts it in the summary.
type Take<'a, T> = dyn FnMut(&mut Summary, Result<T, ArticleError>) -> Result<()> + 'a;

/// What every batch of one run shares.
struct Batches<'a> {
    config: &'a Config,
    stop: &'a AtomicBool,
    started: Instant,
}

/// The outcome of each article of a batch, in order, with its text's size.
type Done<T> = Vec<(u64, Result<T, ArticleError>)>;

impl Batches<'_> {
    /// Streams the articles of `sources` in batches through `work` on the worker threads
    /// and hands each result, in input order, to `take`. Up to [`IN_FLIGHT`] batches are
    /// with the workers at once, so that a worker done with its share of one batch goes on
    /// to the next instead of waiting for the last article of the other's share; this
    /// thread meanwhile reads the next batch and hands over the oldest. Stops with
    /// [`Interrupted`] as soon as the stop flag is seen, between two articles read or
    /// before a batch is handed over.
    fn drive<T: Send>(
        &self,
        sources: &[Source],
        work: &(dyn Fn(Article) -> T + Sync),
        take: &mut Take<T>,
        summary: &mut Summary,
        progress: &mut dyn FnMut(&Summary),
    ) -> Result<()> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.config.threads)
            .build()
            .context("starting worker threads")?;
        let mut items = sources
            .iter()
            .flat_map(|source| corpus::read(source, self.config.max_bytes));
        let stop = self.stop;
        // The scope waits for the batches still being analysed even when this returns early.
        pool.in_place_scope(|scope| {
            // One answer channel per batch, oldest first: batches finish in any order and
            // are handed over in input order.
            let mut pending: VecDeque<mpsc::Receiver<Done<T>>> = VecDeque::new();
            loop {
                let batch = self.next_batch(&mut items)?;
                let last = batch.is_empty();
                if !last {
                    let (done_tx, done_rx) = mpsc::sync_channel::<Done<T>>(1);
                    scope.spawn(move |_| {
                        // The receiver is gone only when this run has already failed.
                        let _ = done_tx.send(analyse_batch(batch, work, stop));
                    });
                    pending.push_back(done_rx);
                }
                while pending.len() > IN_FLIGHT || (last && !pending.is_empty()) {
                    let oldest = pending.pop_front().expect("pending is not empty");
                    let done = oldest.recv().context("a worker thread stopped")?;
                    self.hand_over(done, take, summary)?;
                    summary.elapsed = self.started.elapsed();
                    progress(summary);
                }
                if last {
                    return Ok(());
                }
            }
        })
    }

    /// Reads articles up to a batch's size; an empty batch at the end of the input.
    fn next_batch(
        &self,
        items: &mut impl Iterator<Item = Result<Entry, ArticleError>>,
    ) -> Result<Vec<Result<Entry, ArticleError>>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_ARTICLES && bytes < BATCH_BYTES {
            if self.stop.load(Ordering::Relaxed) {
                return Err(Interrupted.into());
            }
            let Some(item) = items.next() else { break };
            bytes += item.as_ref().map_or(0, Entry::size);
            batch.push(item);
        }
        Ok(batch)
    }

    fn hand_over<T>(&self, done: Done<T>, take: &mut Take<T>, summary: &mut Summary) -> Result<()> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(Interrupted.into());
        }
        for (bytes, result) in done {
            summary.bytes += bytes;
            take(summary, result)?;
        }
        Ok(())
    }
}

/// Parses and analyses a batch on the worker threads, keeping input order.
fn analyse_batch<T: Send>(
    batch: Vec<Result<Entry, ArticleError>>,
    work: &(dyn Fn(Article) -> T + Sync),
    stop: &AtomicBool,
) -> Done<T> {
    batch
        .into_par_iter()
        // One article a piece: rayon otherwise leaves runs of a hundred articles unsplit, and
        // a worker done with its share sleeps while another works through such a run.
        .with_max_len(1)
        .map(|item| match item {
            // Once interrupted, the rest of the batch is skipped and thrown away.
            Ok(_) if stop.load(Ordering::Relaxed) => (0, Err(interrupted_error())),
            Ok(entry) => match entry.into_article() {
                Ok(article) => {
                    let bytes = article.text.len() as u64;
                    let doc = article.id.clone();
                    (bytes, guarded(&doc, || work(article)))
                }
                Err(error) => (0, Err(error)),
            },
            Err(error) => (0, Err(error)),
        })
        .collect()
}

fn interrupted_error() -> ArticleError {
    ArticleError {
        doc: String::new(),
        stage: "internal",
        message: Interrupted.to_string(),
    }
}

/// Analyses one article, turning a panic inside any stage into an error for that article.
pub fn analyse_safely(pipeline: &Pipeline, article: Article) -> Result<Records, ArticleError> {
    let doc = article.id.clone();
    guarded(&doc, || records::build(&pipeline.analyse(article)))
}

thread_local! {
    /// The article this thread is working on inside [`guarded`], and the last panic there.
    static CURRENT: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// Runs `work` for article `doc`; a panic becomes an `internal` error for that article. The
/// panic is told on stderr in one line naming the article, instead of the default
/// multi-line report, and the run goes on.
pub(crate) fn guarded<T>(doc: &str, work: impl FnOnce() -> T) -> Result<T, ArticleError> {
    quiet_article_panics();
    CURRENT.with(|c| *c.borrow_mut() = Some((doc.to_string(), None)));
    let outcome = catch_unwind(AssertUnwindSafe(work));
    let seen = CURRENT
        .with(|c| c.borrow_mut().take())
        .and_then(|(_, seen)| seen);
    outcome.map_err(|payload| {
        let message = seen.unwrap_or_else(|| panic_message(payload.as_ref()));
        ArticleError {
            doc: doc.to_string(),
            stage: "internal",
            message: format!("internal error, please report it: {message}"),
        }
    })
}

/// Installs, once, a panic hook that handles panics inside [`guarded`] and passes every
/// other one to the hook that was there before.
fn quiet_article_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let message = match info.location() {
                Some(at) => format!("{} at {at}", panic_message(info.payload())),
                None => panic_message(info.payload()),
            };
            let handled = CURRENT.with(|c| match c.try_borrow_mut().as_deref_mut() {
                Ok(Some((doc, seen))) => {
                    eprintln!("depeche: {doc}: internal error, recorded as its error: {message}");
                    *seen = Some(message.clone());
                    true
                }
                _ => false,
            });
            if !handled {
                previous(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::Path;

    fn config(input: &Path, out: &Path) -> Config {
        Config {
            inputs: vec![Input::Path(input.to_path_buf())],
            out_dir: out.to_path_buf(),
            threads: 2,
            format: OutputFormat::Jsonl,
            ..Config::default()
        }
    }

    /// Stands in for the pipeline: one entity-free record per article, a panic on "PANIQUE".
    fn fragile(article: Article) -> Records {
        assert!(
            !article.text.contains("PANIQUE"),
            "stage broke on {}",
            article.id
        );
        let pipeline = Pipeline::new(Gazetteers::from_sources(&[]).unwrap(), None);
        records::build(&pipeline.analyse(article))
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_panic_fails_one_article_and_the_run_goes_on() {
        let input = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        fs::write(input.path().join("a.txt"), "Un texte calme.").unwrap();
        fs::write(input.path().join("b.txt"), "Une PANIQUE ici.").unwrap();
        fs::write(input.path().join("c.txt"), "Un autre texte.").unwrap();
        let stop = AtomicBool::new(false);
        let summary = run_with(
            &config(input.path(), out.path()),
            &fragile,
            &stop,
            &mut |_| (),
        )
        .unwrap();
        assert_eq!((summary.articles, summary.failed), (2, 1));
        let errors = fs::read_to_string(out.path().join("errors.jsonl")).unwrap();
        let error: serde_json::Value = serde_json::from_str(errors.trim()).unwrap();
        assert_eq!(error["doc"], "b.txt");
        assert_eq!(error["stage"], "internal");
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains("stage broke on b.txt at src/run.rs:"),
            "{message}"
        );
        let articles = fs::read_to_string(out.path().join("articles.jsonl")).unwrap();
        let docs: Vec<&str> = articles.lines().map(|l| &l[8..13]).collect();
        assert_eq!(docs, ["a.txt", "c.txt"]);
    }

    #[test]
    fn an_interrupted_run_leaves_the_previous_output() {
        let input = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        fs::write(input.path().join("a.txt"), "Un texte.").unwrap();
        fs::write(out.path().join("articles.jsonl"), "previous\n").unwrap();
        let stop = AtomicBool::new(true);
        let err = run_with(
            &config(input.path(), out.path()),
            &fragile,
            &stop,
            &mut |_| (),
        )
        .unwrap_err();
        assert!(err.is::<Interrupted>(), "{err:#}");
        assert_eq!(listing(out.path()), ["articles.jsonl"]);
        let kept = fs::read_to_string(out.path().join("articles.jsonl")).unwrap();
        assert_eq!(kept, "previous\n");
    }

    #[test]
    fn no_input_at_all_leaves_the_previous_output() {
        let input = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        fs::write(out.path().join("articles.jsonl"), "previous\n").unwrap();
        let stop = AtomicBool::new(false);
        let missing = input.path().join("absent");
        let err =
            run_with(&config(&missing, out.path()), &fragile, &stop, &mut |_| ()).unwrap_err();
        assert!(
            format!("{err:#}").contains("absent: No such file"),
            "{err:#}"
        );
        let err = run_with(
            &config(input.path(), out.path()),
            &fragile,
            &stop,
            &mut |_| (),
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("no .txt or .jsonl"), "{err:#}");
        assert_eq!(listing(out.path()), ["articles.jsonl"]);
    }

    #[test]
    fn the_output_folder_inside_the_input_is_not_read() {
        let input = tempfile::tempdir().unwrap();
        fs::write(input.path().join("a.txt"), "Un texte.").unwrap();
        let out = input.path().join("out");
        let stop = AtomicBool::new(false);
        for _ in 0..2 {
            let summary =
                run_with(&config(input.path(), &out), &fragile, &stop, &mut |_| ()).unwrap();
            assert_eq!((summary.articles, summary.failed), (1, 0));
        }
    }

    #[test]
    fn scan_counts_gazetteer_forms() {
        let input = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let text = "Le Conseil de l'Europe siège à Strasbourg.";
        fs::write(input.path().join("a.txt"), text).unwrap();
        let summary = scan(&config(input.path(), out.path()), &mut |_| ()).unwrap();
        assert_eq!(summary.articles, 1);
        assert!(summary.entities >= 2, "{summary:?}");
        assert!(listing(out.path()).is_empty());
    }
}
