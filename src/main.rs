//! The `depeche` command: arguments → a [`Config`], a run, a report on stderr, an exit code.

use std::io::{BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use depeche::corpus::Input;
use depeche::dates::Bias;
use depeche::eval::{self, Options, Report};
use depeche::gazetteer::Gazetteers;
use depeche::pipeline::Pipeline;
use depeche::records;
use depeche::run::{run, Config, Summary};
use depeche::stream::stream;
use depeche::writers::{CsvStyle, OutputFormat};

/// The stages allocate many small, short-lived strings and vectors per article; mimalloc
/// serves them faster than the system allocator, and more so with several workers. Built
/// without transparent huge pages (`no_thp`): an article's larger buffers (the date tokens)
/// would otherwise land on fresh 2 MB pages the kernel zeroes: from a twentieth to a fifth of
/// the run's time, varying from run to run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Who is mentioned, when, and who said what in French news articles.
///
/// Reads articles (a directory of .txt and .jsonl files, single files, or - for JSONL on
/// standard input) and writes entities (PER, ORG, LOC, DATE), quotations with their speakers,
/// and one summary row per article, as JSONL and CSV, into the output folder.
///
/// `depeche - --out -` streams instead, as a Hadoop Streaming mapper or Spark's RDD.pipe
/// expects: JSONL articles on standard input, and for each input line one JSON line on
/// standard output, in order and flushed at once, holding the article's records nested
/// ({"line", "article", "entities", "quotes"}) or its error ({"line", "id", "error"}).
///
/// To measure the extraction on annotated articles, see `depeche eval --help`.
///
/// Exit status: 0 when every article was processed, 1 when the run finished but some
/// articles failed (see errors.jsonl), 2 on a usage error or when nothing could be done, 130
/// when interrupted (the previous output is left as it was). A stream exits with 0 once its
/// input is read to the end, whatever failed in it (each failure is in its answer).
#[derive(Parser, Debug)]
#[command(
    name = "depeche",
    version,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Directories (walked recursively, sorted), .txt or .jsonl files, or - for JSONL on stdin.
    ///
    /// A JSONL line holds one article: {"text": …} and optionally "id", "date" (YYYY-MM-DD),
    /// "title" and "url".
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<String>,

    /// Output folder (created if needed), or - to stream answers to standard output.
    ///
    /// With -, the only input must be - too: each line of standard input is answered by one
    /// JSON line, in order, flushed as soon as it is ready; a line that fails is answered by
    /// an error record and told on stderr, and the stream goes on.
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    out: PathBuf,

    /// Worker threads; 0 means one per core.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// Which record files to write.
    #[arg(long, value_enum, default_value_t = Format::Both)]
    format: Format,

    /// Write CSV for French-locale Excel: a byte-order mark and ; between fields.
    #[arg(long)]
    excel: bool,

    /// A folder of extra gazetteer .tsv files, added to the built-in ones.
    ///
    /// Same format as the files in gazetteers/: a comment line saying where the facts come
    /// from, a header, then one entry per line. A person is one line:
    /// PER<TAB>Jean Dupont<TAB>J. Dupont|Dupont Jean<TAB>jean-dupont
    #[arg(long, value_name = "DIR")]
    gazetteers: Option<PathBuf>,

    /// Article date (YYYY-MM-DD) for articles whose metadata and text give none; relative
    /// dates ("hier", "mardi dernier") are resolved against it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,

    /// How a bare weekday or day of the month ("mercredi", "le 2") reads against the article
    /// date: past, as news reports what happened ("mercredi" in an article of Thursday is
    /// the day before), or future, as agendas and forecasts announce (the next Wednesday).
    #[arg(long, value_enum, value_name = "WAY", default_value_t = Relative::Past)]
    relative: Relative,

    /// Skip (and report) files and JSONL lines larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    max_bytes: u64,

    /// No progress and no summary line; errors are still reported.
    #[arg(short, long)]
    quiet: bool,
}

/// Which way underdetermined dates read from the article date.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum Relative {
    Past,
    Future,
}

impl Relative {
    fn bias(self) -> Bias {
        match self {
            Relative::Past => Bias::Past,
            Relative::Future => Bias::Next,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score the extraction against annotated data (precision, recall, F1).
    ///
    /// Prints a table on standard output; --json writes the figures for scripts and --errors
    /// each false positive and false negative with its context. Exit status 2 when a gold file
    /// cannot be read or is malformed (the message names the file and line).
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
struct EvalArgs {
    #[command(subcommand)]
    task: EvalTask,
}

#[derive(Subcommand, Debug)]
enum EvalTask {
    /// Entities (PER, LOC, ORG, DATE) against HIPE-2022 TSV or CoNLL/BIO files.
    ///
    /// The text is rebuilt from the tokens, the pipeline run on it and its mentions snapped to
    /// the tokens; figures are HIPE-2022 strict (same tokens and type) and fuzzy (overlap and
    /// type), per type and micro-averaged over PER/LOC/ORG. DATE is scored apart, on files
    /// whose gold has dates. Several files are pooled.
    Ner(EvalFiles),
    /// Quotations and their speakers against JSONL gold (one quotation a line).
    ///
    /// A line: {"doc": "NAME", "quote_spans": [[START, END], ...], "speakers": [{"spans":
    /// [[START, END]]}]}, offsets in code points into the document's text, which is given by a
    /// line {"doc": "NAME", "text": "..."} or read from NAME.txt next to the JSONL file or in
    /// a brat/ folder beside it. Also reads the AADS direct-speech corpus (one JSON object:
    /// name → {"text", "labels"}), which has no speakers.
    Quotes(EvalFiles),
    /// Dates and their ISO values against annotated date expressions.
    Dates(EvalFiles),
    /// Sentence boundaries against documents split into sentences.
    Sentences(EvalFiles),
}

#[derive(Args, Debug)]
struct EvalFiles {
    /// Gold files; several are pooled, and the report also shows each one.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// How bare weekdays and days of the month read, as in a run (see `depeche --help`);
    /// Duckling's corpus reads them as the next ones: `--relative future`.
    #[arg(long, value_enum, value_name = "WAY", default_value_t = Relative::Past)]
    relative: Relative,

    /// Also write the figures as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,

    /// Write each false positive and false negative, with its context and the lists or rules
    /// that made the prediction, as JSONL to this file.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,

    /// A folder of extra gazetteer .tsv files, added to the built-in ones.
    #[arg(long, value_name = "DIR")]
    gazetteers: Option<PathBuf>,

    /// Worker threads; 0 means one per core.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Jsonl,
    Csv,
    Both,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("{text:?} is not a date as YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|matches| Ok((Cli::from_arg_matches(&matches)?, matches)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    if let Some(Command::Eval(args)) = cli.command {
        return evaluate(args.task);
    }
    if cli.out == Path::new("-") {
        return stream_articles(&cli, &matches);
    }
    // Ctrl-C or SIGTERM stops the run between articles, leaving the previous output in place.
    if let Err(err) = depeche::run::install_interrupt_handler() {
        eprintln!("depeche: {err:#}");
    }
    let config = Config {
        inputs: cli.inputs.iter().map(|a| Input::parse(a)).collect(),
        out_dir: cli.out.clone(),
        threads: cli.threads,
        format: match cli.format {
            Format::Jsonl => OutputFormat::Jsonl,
            Format::Csv => OutputFormat::Csv,
            Format::Both => OutputFormat::Both,
        },
        csv: CsvStyle { excel: cli.excel },
        gazetteers: cli.gazetteers.clone(),
        date: cli.date,
        bias: cli.relative.bias(),
        max_bytes: cli.max_bytes,
    };
    let show_progress = !cli.quiet && std::io::stderr().is_terminal();
    let mut progress = |s: &Summary| {
        if show_progress {
            eprint!("\rdepeche: {}", line(s));
        }
    };
    match run(&config, &mut progress) {
        Ok(summary) => {
            if show_progress {
                eprintln!();
            }
            if !cli.quiet {
                eprintln!(
                    "depeche: done: {}, written to {}",
                    line(&summary),
                    cli.out.display()
                );
            }
            if summary.failed > 0 {
                eprintln!(
                    "depeche: {} input(s) failed, see {}",
                    summary.failed,
                    cli.out.join("errors.jsonl").display()
                );
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(err) => {
            if show_progress {
                eprintln!();
            }
            eprintln!("depeche: {err:#}");
            if err.is::<depeche::run::Interrupted>() {
                ExitCode::from(130)
            } else {
                ExitCode::from(2)
            }
        }
    }
}

/// `depeche - --out -`: answers each line of standard input on standard output. No signal
/// handler here: with no output folder to protect, Ctrl-C or SIGTERM ends the stream at once.
fn stream_articles(cli: &Cli, matches: &ArgMatches) -> ExitCode {
    let usage = |message: &str| {
        eprintln!("depeche: {message}");
        ExitCode::from(2)
    };
    if cli.inputs != ["-"] {
        return usage(
            "--out - streams standard input: give - as the only input \
             (cat FILES | depeche - --out -)",
        );
    }
    let given = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
    if given("format") || given("excel") {
        return usage("--format and --excel choose record files: --out - writes none");
    }
    let gazetteers = match Gazetteers::load(cli.gazetteers.as_deref()) {
        Ok(gazetteers) => gazetteers,
        Err(err) => return usage(&format!("{err:#}")),
    };
    let pipeline = Pipeline::new(gazetteers, cli.date).with_bias(cli.relative.bias());
    let analyse = Arc::new(move |article| records::build(&pipeline.analyse(article)));
    let input = BufReader::with_capacity(1 << 16, std::io::stdin());
    let mut report = |e: &depeche::article::ArticleError| {
        eprintln!("depeche: {}: {}", e.doc, e.message);
    };
    let output = std::io::stdout().lock();
    match stream(
        input,
        output,
        "-",
        cli.threads,
        cli.max_bytes,
        analyse,
        &mut report,
    ) {
        Ok(summary) => {
            if !cli.quiet {
                eprintln!("depeche: done: {}, streamed", line(&summary));
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("depeche: {err}");
            ExitCode::from(2)
        }
    }
}

/// `depeche eval <task>`: scores, prints the table, writes the requested files.
fn evaluate(task: EvalTask) -> ExitCode {
    let (EvalTask::Ner(files)
    | EvalTask::Quotes(files)
    | EvalTask::Dates(files)
    | EvalTask::Sentences(files)) = &task;
    let run = || -> anyhow::Result<Report> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(files.threads)
            .build_global()?;
        let pipeline = Pipeline::new(Gazetteers::load(files.gazetteers.as_deref())?, None)
            .with_bias(files.relative.bias());
        let options = Options {
            errors: files.errors.clone(),
        };
        let score = match &task {
            EvalTask::Ner(_) => eval::ner::evaluate,
            EvalTask::Quotes(_) => eval::quotes::evaluate,
            EvalTask::Dates(_) => eval::dates::evaluate,
            EvalTask::Sentences(_) => eval::sentences::evaluate,
        };
        let report = score(&pipeline, &files.files, &options)?;
        if let Some(path) = &files.json {
            let mut text = serde_json::to_string_pretty(&report.json)?;
            text.push('\n');
            std::fs::write(path, text)
                .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", path.display()))?;
        }
        Ok(report)
    };
    match run() {
        Ok(report) => {
            print!("{}", report.table);
            if let Some(path) = &files.errors {
                eprintln!("depeche: errors written to {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("depeche: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// One line of figures: articles, failures, quotes, entities, speed.
fn line(s: &Summary) -> String {
    let seconds = s.elapsed.as_secs_f64().max(1e-9);
    format!(
        "{} articles ({} failed), {} quotes, {} entities, {:.1} MB in {:.2} s ({:.1} MB/s)",
        s.articles,
        s.failed,
        s.quotes,
        s.entities,
        s.bytes as f64 / 1e6,
        seconds,
        s.bytes as f64 / 1e6 / seconds
    )
}
