//! End-to-end tests: the `depeche` binary on the seed articles → golden files, the output
//! schema, offsets that slice the article exactly, identical output whatever `-j`, and the
//! seed quotations with their true speakers.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use depeche::records::{ArticleRecord, EntityRecord, QuoteRecord};
use serde::de::DeserializeOwned;

const OUTPUTS: &[&str] = &[
    "articles.jsonl",
    "entities.jsonl",
    "quotes.jsonl",
    "articles.csv",
    "entities.csv",
    "quotes.csv",
    "errors.jsonl",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs depeche on the seeds into a fresh folder and returns it.
fn run_seeds(threads: usize) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("temporary folder");
    let status = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .arg("-q")
        .arg("-j")
        .arg(threads.to_string())
        .arg("-o")
        .arg(out.path())
        .arg(root().join("seeds"))
        .status()
        .expect("depeche runs");
    assert!(status.success(), "depeche failed on the seeds: {status}");
    out
}

fn lines<T: DeserializeOwned>(path: &Path) -> Vec<T> {
    let text = fs::read_to_string(path).expect("output file");
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}: {line}", path.display(), i + 1))
        })
        .collect()
}

/// The seed article a record belongs to, as code points.
fn article(doc: &str) -> Vec<char> {
    fs::read_to_string(root().join("seeds").join(doc))
        .expect("seed article")
        .chars()
        .collect()
}

fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start..end].iter().collect()
}

#[test]
fn golden_files() {
    let out = run_seeds(0);
    let golden = root().join("tests/golden");
    let bless = std::env::var_os("DEPECHE_BLESS").is_some();
    for name in OUTPUTS {
        let got = fs::read_to_string(out.path().join(name)).expect("output written");
        let path = golden.join(name);
        if bless {
            fs::create_dir_all(&golden).expect("golden folder");
            fs::write(&path, &got).expect("golden written");
            continue;
        }
        let want = fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} missing: run DEPECHE_BLESS=1 cargo test --release golden",
                path.display()
            )
        });
        assert!(
            got == want,
            "{name} differs from {}; review the difference, then refresh with DEPECHE_BLESS=1",
            path.display()
        );
    }
}

#[test]
fn every_line_reads_back_with_the_schema() {
    let out = run_seeds(0);
    let articles: Vec<ArticleRecord> = lines(&out.path().join("articles.jsonl"));
    let entities: Vec<EntityRecord> = lines(&out.path().join("entities.jsonl"));
    let quotes: Vec<QuoteRecord> = lines(&out.path().join("quotes.jsonl"));
    assert_eq!(articles.len(), 5);
    assert_eq!(
        entities.len(),
        articles.iter().map(|a| a.entities).sum::<usize>()
    );
    assert_eq!(
        quotes.len(),
        articles.iter().map(|a| a.quotes).sum::<usize>()
    );
    for e in &entities {
        assert!(
            ["PER", "ORG", "LOC", "DATE"].contains(&e.kind.as_str()),
            "{e:?}"
        );
        assert!(
            ["gazetteer", "rule", "resolved"].contains(&e.source.as_str()),
            "{e:?}"
        );
    }
    for q in &quotes {
        assert!(["full", "partial"].contains(&q.kind.as_str()), "{q:?}");
    }
}

#[test]
fn offsets_slice_the_article() {
    let out = run_seeds(0);
    for e in lines::<EntityRecord>(&out.path().join("entities.jsonl")) {
        let chars = article(&e.doc);
        assert_eq!(slice(&chars, e.start, e.end), e.text, "{e:?}");
    }
    for q in lines::<QuoteRecord>(&out.path().join("quotes.jsonl")) {
        let chars = article(&q.doc);
        let parts: Vec<String> = q.parts.iter().map(|[s, e]| slice(&chars, *s, *e)).collect();
        assert_eq!(parts.join(" "), q.text, "{q:?}");
        assert_eq!(q.parts.first().map(|p| p[0]), Some(q.start));
        assert_eq!(q.parts.last().map(|p| p[1]), Some(q.end));
        if let Some(s) = &q.speaker {
            assert_eq!(slice(&chars, s.start, s.end), s.text, "{q:?}");
        }
        if let Some(c) = &q.cue {
            assert_eq!(slice(&chars, c.start, c.end), c.text, "{q:?}");
        }
    }
    for a in lines::<ArticleRecord>(&out.path().join("articles.jsonl")) {
        assert_eq!(article(&a.doc).len(), a.chars);
    }
}

#[test]
fn same_bytes_whatever_the_threads() {
    let one = run_seeds(1);
    let four = run_seeds(4);
    for name in OUTPUTS {
        let a = fs::read(one.path().join(name)).expect("output");
        let b = fs::read(four.path().join(name)).expect("output");
        assert!(a == b, "{name} differs between -j 1 and -j 4");
    }
}

/// A quotation of `../shared/seeds/EXPECTED.jsonl`.
#[derive(serde::Deserialize)]
struct Expected {
    id: String,
    doc: String,
    kind: String,
    first_words: String,
    keys: Vec<String>,
}

fn fold(text: &str) -> String {
    depeche::fold::fold_str(text)
}

#[test]
fn seed_quotations_have_their_true_speakers() {
    let expected_path = root().join("../shared/seeds/EXPECTED.jsonl");
    let Ok(expected) = fs::read_to_string(&expected_path) else {
        eprintln!("skipped: {} is absent", expected_path.display());
        return;
    };
    let out = run_seeds(0);
    let quotes: Vec<QuoteRecord> = lines(&out.path().join("quotes.jsonl"));
    let found = |e: &Expected| -> Vec<&QuoteRecord> {
        let first = fold(&e.first_words);
        quotes
            .iter()
            .filter(|q| q.doc == e.doc && fold(&q.text).starts_with(&first))
            .collect()
    };
    let mut missed = Vec::new();
    for line in expected.lines() {
        let e: Expected = serde_json::from_str(line).expect("EXPECTED.jsonl line");
        let got = found(&e);
        match e.kind.as_str() {
            // The repeated paragraph's quotations are reported once, from the first copy.
            "full" if e.id.ends_with('b') => assert_eq!(got.len(), 1, "{} reported twice", e.id),
            "full" => {
                let right = got.iter().any(|q| {
                    q.kind == "full"
                        && q.speaker.as_ref().is_some_and(|s| {
                            let name = fold(&s.canonical);
                            e.keys.iter().any(|k| name.contains(k.as_str()))
                        })
                });
                if !right {
                    missed.push(e.id.clone());
                }
            }
            "term" | "boilerplate" => {
                assert!(
                    got.iter().all(|q| q.kind != "full"),
                    "{} reported as full",
                    e.id
                )
            }
            _ => {}
        }
    }
    assert!(
        missed.is_empty(),
        "quotations without their true speaker: {missed:?}"
    );
}

/// `--relative` chooses how a bare weekday reads: the last one (news, the default) or the
/// next one (agendas). The article is dated Thursday 14 March 2024.
#[test]
fn relative_weekdays_read_either_way() {
    let line = r#"{"id": "a", "date": "2024-03-14", "text": "Le conseil se réunit mercredi."}"#;
    for (way, expected) in [(None, "2024-03-13"), (Some("future"), "2024-03-20")] {
        let out = tempfile::tempdir().expect("temp dir");
        let input = out.path().join("in.jsonl");
        fs::write(&input, format!("{line}\n")).expect("input written");
        let mut command = Command::new(env!("CARGO_BIN_EXE_depeche"));
        command.arg(&input).arg("-o").arg(out.path()).arg("-q");
        if let Some(way) = way {
            command.args(["--relative", way]);
        }
        assert!(command.status().expect("depeche runs").success());
        let entities: Vec<EntityRecord> = lines(&out.path().join("entities.jsonl"));
        let values: Vec<_> = entities.iter().filter_map(|e| e.value.as_deref()).collect();
        assert_eq!(values, [expected], "--relative {way:?}");
    }
}
