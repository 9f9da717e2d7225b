//! The `depeche` command: arguments → a [`Config`], a run, a report on stderr, an exit code.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use depeche::corpus::Input;
use depeche::run::{run, Config, Summary};
use depeche::writers::{CsvStyle, OutputFormat};

/// Who is mentioned, when, and who said what in French news articles.
///
/// Reads articles (a directory of .txt and .jsonl files, single files, or - for JSONL on
/// standard input) and writes entities (PER, ORG, LOC, DATE), quotations with their speakers,
/// and one summary row per article, as JSONL and CSV, into the output folder.
///
/// Exit status: 0 when every article was processed, 1 when the run finished but some
/// articles failed (see errors.jsonl), 2 on a usage error or when nothing could be done.
#[derive(Parser, Debug)]
#[command(name = "depeche", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Directories (walked recursively, sorted), .txt or .jsonl files, or - for JSONL on stdin.
    ///
    /// A JSONL line holds one article: {"text": …} and optionally "id", "date" (YYYY-MM-DD),
    /// "title" and "url".
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<String>,

    /// Output folder (created if needed).
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

    /// Skip (and report) files and JSONL lines larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    max_bytes: u64,

    /// No progress and no summary line; errors are still reported.
    #[arg(short, long)]
    quiet: bool,
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
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
