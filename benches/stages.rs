//! Per-stage and end-to-end benchmarks on the sample articles (`seeds/`, joined into one
//! article of about 16 KB): decode + fold + words + clean, segment, fold, words, entities,
//! dates, quotes, records, and the whole pipeline. Each reports bytes per second and asserts
//! what the stage found, so that a broken stage cannot pass for a fast one.
//!
//! `cargo bench --bench stages` (add a name to run one group: `cargo bench --bench stages -- dates`).

use std::fs;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use depeche::article::Article;
use depeche::gazetteer::Gazetteers;
use depeche::mention::EntityType;
use depeche::pipeline::Pipeline;
use depeche::words::Words;
use depeche::{clean, dates, decode, entities, fold, quotes, records, resolve, segment};

/// The seeds, in name order, as one article.
fn seeds_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("seeds/ is part of the repository")
        .map(|e| e.expect("a readable seeds/ entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| fs::read_to_string(p).expect("a seed is UTF-8 text"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn stages(c: &mut Criterion) {
    let text = seeds_text();
    let bytes = text.as_bytes();
    let gaz = Gazetteers::embedded().expect("the embedded gazetteers load");
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    let marks = text.matches(['«', '“', '"']).count();

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes.len() as u64));

    // Cleaning reads the folded words, so its benchmark folds and splits words too.
    group.bench_function("decode+fold+words+clean", |b| {
        b.iter(|| {
            let decoded = decode::decode(black_box(bytes)).expect("the seeds decode");
            let paragraphs = segment::paragraphs(&decoded.text);
            let folded = fold::fold(&decoded.text);
            let words = Words::new(&decoded.text, &folded);
            let cleaned = clean::clean(&decoded.text, &words, &paragraphs);
            assert_eq!(decoded.text.len(), bytes.len());
            // Boilerplate is a minority of real articles.
            assert!(cleaned.boilerplate_chars(&decoded.text) < decoded.text.len() / 4);
            cleaned
        })
    });

    group.bench_function("segment", |b| {
        b.iter(|| {
            let paragraphs = segment::paragraphs(black_box(&text));
            let sentences = segment::sentences(&text, &paragraphs);
            assert_eq!(paragraphs.len(), lines);
            assert!(sentences.len() > paragraphs.len());
            sentences
        })
    });

    group.bench_function("fold", |b| {
        b.iter(|| {
            let folded = fold::fold(black_box(&text));
            assert!(folded.text.len() >= text.len() / 2);
            folded
        })
    });

    let paragraphs = segment::paragraphs(&text);
    let sentences = segment::sentences(&text, &paragraphs);
    let folded = fold::fold(&text);
    let excluded = clean::clean(&text, &Words::new(&text, &folded), &paragraphs).excluded();

    group.bench_function("words", |b| {
        b.iter(|| {
            let found = Words::new(black_box(&text), &folded);
            assert!(found.len() > text.len() / 10);
            found
        })
    });

    let words = Words::new(&text, &folded);
    group.bench_function("entities", |b| {
        b.iter(|| {
            let found = entities::find(black_box(&text), &folded, &words, &gaz, &excluded);
            let found = resolve::resolve(&text, &words, found, &gaz, &excluded);
            // The seeds name at least this many people, organisations and places.
            for kind in [EntityType::Per, EntityType::Org, EntityType::Loc] {
                assert!(found.iter().filter(|m| m.kind == kind).count() >= 5);
            }
            found
        })
    });

    group.bench_function("dates", |b| {
        b.iter(|| {
            let (date, _) = dates::article_date(black_box(&text), &folded, None, None);
            let found = dates::find(&text, &folded, date, &excluded);
            assert!(!found.is_empty(), "the seeds hold dates");
            found
        })
    });

    let names = resolve::resolve(
        &text,
        &words,
        entities::find(&text, &folded, &words, &gaz, &excluded),
        &gaz,
        &excluded,
    );
    group.bench_function("quotes", |b| {
        b.iter(|| {
            let found = quotes::find(
                black_box(&text),
                &paragraphs,
                &sentences,
                &words,
                &names,
                &gaz,
                &excluded,
            );
            // Every quotation opens with a mark; the seeds hold at least their 17 attributed ones.
            assert!(
                (17..=marks).contains(&found.len()),
                "{} quotations",
                found.len()
            );
            found
        })
    });

    let pipeline = Pipeline::new(gaz.clone(), None);
    let analysis = pipeline.analyse(Article::new("seeds", text.clone()));
    group.bench_function("records", |b| {
        b.iter(|| {
            let rows = records::build(black_box(&analysis));
            assert_eq!(rows.entities.len(), analysis.entities.len());
            assert_eq!(rows.article.chars, text.chars().count());
            rows
        })
    });
    group.finish();

    let mut group = c.benchmark_group("end_to_end");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("one_article", |b| {
        b.iter(|| {
            let article = Article::new("seeds", black_box(&text).clone());
            let rows = records::build(&pipeline.analyse(article));
            assert!(rows.entities.len() >= 30);
            rows
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
