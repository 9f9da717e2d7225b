//! The scan-only baseline of `scripts/bench_corpus.sh`: reads the same inputs as `depeche`,
//! decodes and folds each article and runs the gazetteer automaton over it, writes nothing.
//! What the full pipeline costs beyond that is the ratio the script prints.
//!
//! `cargo bench --bench scan -- [-j N] INPUT...` (prints one line: articles, matches, MB/s).

use std::process::ExitCode;

use depeche::corpus::Input;
use depeche::run::{scan, Config};

/// The allocator `depeche` itself runs with, so that the baseline is measured on equal terms.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut config = Config::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            // Cargo passes --bench to every benchmark binary.
            "--bench" => {}
            "-j" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => config.threads = n,
                None => {
                    eprintln!("scan: -j needs a number");
                    return ExitCode::from(2);
                }
            },
            _ => config.inputs.push(Input::parse(&arg)),
        }
    }
    if config.inputs.is_empty() {
        eprintln!("usage: scan [-j N] INPUT...");
        return ExitCode::from(2);
    }
    match scan(&config, &mut |_| ()) {
        Ok(s) => {
            let seconds = s.elapsed.as_secs_f64().max(1e-9);
            println!(
                "scan: {} articles ({} failed), {} gazetteer matches, {:.1} MB in {:.2} s ({:.1} MB/s)",
                s.articles,
                s.failed,
                s.entities,
                s.bytes as f64 / 1e6,
                seconds,
                s.bytes as f64 / 1e6 / seconds
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("scan: {err:#}");
            ExitCode::from(2)
        }
    }
}
