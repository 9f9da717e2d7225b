//! Fuzz target: arbitrary bytes → decode → the whole per-article pipeline → records, checking
//! every span invariant of the output contract. The first byte picks an article date (or none)
//! so that relative dates are resolved too; the rest is the file's content.

#![no_main]

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate};
use depeche::article::Article;
use depeche::decode::decode;
use depeche::gazetteer::Gazetteers;
use depeche::pipeline::Pipeline;
use depeche::records;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robustness/invariants.rs"]
mod invariants;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let gazetteers = Gazetteers::embedded().expect("the embedded gazetteers load");
        Pipeline::new(gazetteers, None)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let Ok(decoded) = decode(bytes) else {
        return;
    };
    let mut article = Article::new("fuzz", decoded.text);
    if first & 1 == 1 {
        let base = NaiveDate::from_ymd_opt(2015, 1, 1).expect("a valid date");
        article.date = Some(base + Duration::days(i64::from(first) * 7));
    }
    let analysis = pipeline().analyse(article);
    let records = records::build(&analysis);
    if let Err(broken) = invariants::check(&analysis, &records) {
        panic!("{broken}");
    }
});
