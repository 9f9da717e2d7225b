//! Scoring of the sentences stage: gold sentence files → a [`super::Report`].
//!
//! Two formats are read. `docs.jsonl`: one document a line, `{"id", "text", "sentences":
//! [[start, end], …]}` with code-point offsets (and optionally `splits`, the treebank split of
//! each sentence, in which case only `test` and `dev` sentences are scored, as a model trained
//! on the `train` split would be). `cases.jsonl`: `{"text", "expected": [sentence, …]}`, a case
//! passing when the trimmed predicted sentences equal `expected`.
//!
//! A boundary is a sentence end, in code points, after trimming white space from both gold and
//! predicted spans; a document's own end is not a boundary. So the space between sentences
//! never matters, only where one ends.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use serde_json::json;

use super::score::Counts;
use super::{Options, Report};
use crate::pipeline::Pipeline;
use crate::segment;

/// One gold document of a `docs.jsonl` file.
#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    sentences: Vec<[usize; 2]>,
    #[serde(default)]
    splits: Option<Vec<String>>,
}

/// One case of a `cases.jsonl` file.
#[derive(Debug, Deserialize)]
struct GoldCase {
    text: String,
    expected: Vec<String>,
}

/// Figures of one file, or of all document files together.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Tally {
    boundary: Counts,
    /// Gold boundaries after `.` `!` `?` `…`, and how many of them were found.
    marked: usize,
    marked_found: usize,
    /// Gold sentences, and how many a predicted span matches exactly.
    gold_sentences: usize,
    exact: usize,
    /// For case files: cases, and how many passed.
    cases: usize,
    passed: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.boundary.add(other.boundary);
        self.marked += other.marked;
        self.marked_found += other.marked_found;
        self.gold_sentences += other.gold_sentences;
        self.exact += other.exact;
        self.cases += other.cases;
        self.passed += other.passed;
    }

    fn json(&self) -> serde_json::Value {
        if self.cases > 0 && self.gold_sentences == 0 {
            return json!({"cases": self.cases, "passed": self.passed});
        }
        let prf = self.boundary.prf();
        json!({
            "boundary": {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1},
            "marked_recall": ratio(self.marked_found, self.marked),
            "exact_match": ratio(self.exact, self.gold_sentences),
            "tp": self.boundary.tp, "fp": self.boundary.fp, "fn": self.boundary.fn_,
        })
    }

    fn row(&self, name: &str) -> String {
        if self.cases > 0 && self.gold_sentences == 0 {
            return format!("{name:<34} {}/{} cases pass\n", self.passed, self.cases);
        }
        let prf = self.boundary.prf();
        format!(
            "{name:<34} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>6.3}\n",
            prf.precision,
            prf.recall,
            prf.f1,
            ratio(self.marked_found, self.marked),
            ratio(self.exact, self.gold_sentences),
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A false boundary (`fp`), a missed one (`fn`) or a failed case (`case`, with the sentences
/// found), with the text around it.
struct Miss<'a> {
    file: &'a str,
    doc: String,
    kind: &'static str,
    offset: usize,
    context: String,
}

/// Scores the sentence stage on the gold files at `paths`. The stage needs none of the
/// pipeline's knowledge, so `_pipeline` is taken only to match the other tasks.
pub fn evaluate(_pipeline: &Pipeline, paths: &[PathBuf], options: &Options) -> Result<Report> {
    if paths.is_empty() {
        bail!("no gold file given");
    }
    let mut errors = match &options.errors {
        Some(path) => Some(BufWriter::new(
            File::create(path).with_context(|| format!("{}", path.display()))?,
        )),
        None => None,
    };
    let mut files = BTreeMap::new();
    let mut rows = Vec::new();
    let mut total = Tally::default();
    for path in paths {
        let name = short_name(path);
        let mut misses = Vec::new();
        let tally =
            score_file(path, &name, &mut misses).with_context(|| format!("{}", path.display()))?;
        if let Some(out) = errors.as_mut() {
            for miss in &misses {
                let line = json!({"file": miss.file, "doc": miss.doc, "kind": miss.kind,
                    "offset": miss.offset, "context": miss.context});
                writeln!(out, "{line}").context("writing the errors file")?;
            }
        }
        total.add(&tally);
        files.insert(name.clone(), tally.json());
        rows.push((name, tally));
    }
    if let Some(mut out) = errors {
        out.flush().context("writing the errors file")?;
    }
    let mut table = format!(
        "{:<34} {:>6} {:>6} {:>6} {:>8} {:>6}\n",
        "file", "P", "R", "F1", "marked R", "exact"
    );
    for (name, tally) in &rows {
        table.push_str(&tally.row(name));
    }
    let documents = Tally {
        cases: 0,
        passed: 0,
        ..total
    };
    if rows.len() > 1 && documents.gold_sentences > 0 {
        table.push_str(&documents.row("all documents"));
    }
    let prf = total.boundary.prf();
    let mut json = json!({
        "boundary": {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1},
        "marked_recall": ratio(total.marked_found, total.marked),
        "exact_match": ratio(total.exact, total.gold_sentences),
        "files": files,
    });
    if total.cases > 0 {
        json["cases"] = json!({"cases": total.cases, "passed": total.passed});
    }
    Ok(Report { table, json })
}

/// The file's folder and name (`ud-fr-gsd/docs.jsonl`), which tell the gold files apart.
fn short_name(path: &Path) -> String {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .map(|f| f.to_string_lossy().into_owned());
    match (folder, file) {
        (Some(folder), Some(file)) => format!("{folder}/{file}"),
        (None, Some(file)) => file,
        _ => path.display().to_string(),
    }
}

fn score_file<'a>(path: &Path, name: &'a str, misses: &mut Vec<Miss<'a>>) -> Result<Tally> {
    let reader = BufReader::new(File::open(path)?);
    let mut tally = Tally::default();
    for (number, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(&line).with_context(|| format!("line {}", number + 1))?;
        if value.get("expected").is_some() {
            let case: GoldCase =
                serde_json::from_value(value).with_context(|| format!("line {}", number + 1))?;
            tally.cases += 1;
            match score_case(&case) {
                None => tally.passed += 1,
                Some(found) => misses.push(Miss {
                    file: name,
                    doc: format!("line {}", number + 1),
                    kind: "case",
                    offset: 0,
                    context: found,
                }),
            }
        } else {
            let doc: GoldDoc =
                serde_json::from_value(value).with_context(|| format!("line {}", number + 1))?;
            let (found, doc_misses) = score_doc(&doc, name)
                .with_context(|| format!("line {}: document {}", number + 1, doc.id))?;
            tally.add(&found);
            misses.extend(doc_misses);
        }
    }
    Ok(tally)
}

/// Predicted sentences of `text`, as trimmed code-point ranges.
fn predict(text: &str) -> Vec<Range<usize>> {
    let sentences = segment::sentences(text, &segment::paragraphs(text));
    let mut char_at = vec![0; text.len() + 1];
    let mut count = 0;
    for (byte, _) in text.char_indices() {
        char_at[byte] = count;
        count += 1;
    }
    char_at[text.len()] = count;
    sentences
        .into_iter()
        .filter_map(|range| {
            let slice = &text[range.clone()];
            let start = range.start + (slice.len() - slice.trim_start().len());
            let end = range.start + slice.trim_end().len();
            (start < end).then(|| char_at[start]..char_at[end])
        })
        .collect()
}

/// `None` when the case passes, else the sentences found, joined by ` ‖ `.
fn score_case(case: &GoldCase) -> Option<String> {
    let found: Vec<&str> = segment::sentences(&case.text, &segment::paragraphs(&case.text))
        .into_iter()
        .map(|range| case.text[range].trim())
        .filter(|s| !s.is_empty())
        .collect();
    let expected: Vec<&str> = case.expected.iter().map(|s| s.trim()).collect();
    (found != expected).then(|| found.join(" ‖ "))
}

fn score_doc<'a>(doc: &GoldDoc, file: &'a str) -> Result<(Tally, Vec<Miss<'a>>)> {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut gold = Vec::with_capacity(doc.sentences.len());
    for &[start, end] in &doc.sentences {
        if start > end || end > chars.len() {
            bail!("sentence [{start}, {end}) lies outside the text");
        }
        // Trim the gold span too, as the predicted ones are.
        let mut s = start;
        let mut e = end;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        gold.push(s..e);
    }
    // Which gold sentences count: all, or only test and dev ones when splits are given.
    let scored: Vec<bool> = match &doc.splits {
        Some(splits) => splits.iter().map(|s| s == "test" || s == "dev").collect(),
        None => vec![true; gold.len()],
    };
    if scored.len() != gold.len() {
        bail!("{} splits for {} sentences", scored.len(), gold.len());
    }
    let predicted = predict(&doc.text);
    let doc_end = chars.len();
    let last = gold.len().saturating_sub(1);
    let gold_ends: HashSet<usize> = gold
        .iter()
        .enumerate()
        .filter(|&(i, g)| i != last && scored[i] && g.end != doc_end)
        .map(|(_, g)| g.end)
        .collect();
    let inside_scored = |offset: usize| {
        gold.iter()
            .zip(&scored)
            .any(|(g, &keep)| keep && g.start < offset && offset <= g.end)
    };
    let predicted_ends: HashSet<usize> = predicted
        .iter()
        .map(|p| p.end)
        .filter(|&end| end != doc_end && inside_scored(end))
        .collect();
    let predicted_spans: HashSet<(usize, usize)> =
        predicted.iter().map(|p| (p.start, p.end)).collect();

    let mut tally = Tally::default();
    let mut misses = Vec::new();
    let context = |offset: usize| {
        let from = offset.saturating_sub(60);
        let to = (offset + 60).min(chars.len());
        let left: String = chars[from..offset].iter().collect();
        let right: String = chars[offset..to].iter().collect();
        format!("{left}‖{right}")
    };
    for (i, g) in gold.iter().enumerate() {
        if !scored[i] {
            continue;
        }
        tally.gold_sentences += 1;
        tally.exact += usize::from(predicted_spans.contains(&(g.start, g.end)));
        if !gold_ends.contains(&g.end) {
            continue;
        }
        let found = predicted_ends.contains(&g.end);
        if is_marked(&chars[g.clone()]) {
            tally.marked += 1;
            tally.marked_found += usize::from(found);
        }
    }
    let mut ends: Vec<usize> = gold_ends.union(&predicted_ends).copied().collect();
    ends.sort_unstable();
    for end in ends {
        let kind = match (gold_ends.contains(&end), predicted_ends.contains(&end)) {
            (true, true) => {
                tally.boundary.tp += 1;
                continue;
            }
            (false, _) => {
                tally.boundary.fp += 1;
                "fp"
            }
            (true, false) => {
                tally.boundary.fn_ += 1;
                "fn"
            }
        };
        misses.push(Miss {
            file,
            doc: doc.id.clone(),
            kind,
            offset: end,
            context: context(end),
        });
    }
    Ok((tally, misses))
}

/// Whether a sentence ends in `.` `!` `?` or `…`, before any closing marks and spaces.
fn is_marked(sentence: &[char]) -> bool {
    sentence
        .iter()
        .rev()
        .find(|c| !(c.is_whitespace() || matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']')))
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteers;

    fn write(dir: &Path, name: &str, lines: &[serde_json::Value]) -> PathBuf {
        let path = dir.join(name);
        let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(&path, body).unwrap();
        path
    }

    fn pipeline() -> Pipeline {
        Pipeline::new(Gazetteers::from_sources(&[]).unwrap(), None)
    }

    /// A gold worked out by hand. Text: "Il pleut. M. Dupont part. Titre Fin." with gold
    /// sentences "Il pleut." [0, 9), "M. Dupont part." [10, 25), "Titre" [26, 31),
    /// "Fin." [32, 36). Gold boundaries: 9, 25, 31 (36 is the document end); 9 and 25 are
    /// marked. The segmenter finds 9 and 25 (not the unmarked 31, nor a split after "M.").
    /// So TP 2, FP 0, FN 1: P 1, R 2/3, marked R 1; exact: "Il pleut." and
    /// "M. Dupont part." match, "Titre" and "Fin." do not (one span "Titre Fin."): 2/4.
    #[test]
    fn worked_by_hand() {
        let dir = tempfile::tempdir().unwrap();
        let docs = write(
            dir.path(),
            "docs.jsonl",
            &[
                json!({"id": "a", "text": "Il pleut. M. Dupont part. Titre Fin.",
                "sentences": [[0, 9], [10, 25], [26, 31], [32, 36]]}),
            ],
        );
        let errors = dir.path().join("errors.jsonl");
        let options = Options {
            errors: Some(errors.clone()),
        };
        let report = evaluate(&pipeline(), &[docs], &options).unwrap();
        let boundary = &report.json["boundary"];
        assert_eq!(boundary["precision"], 1.0);
        assert!((boundary["recall"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
        assert!((boundary["f1"].as_f64().unwrap() - 0.8).abs() < 1e-9);
        assert_eq!(report.json["marked_recall"], 1.0);
        assert_eq!(report.json["exact_match"], 0.5);
        let written = std::fs::read_to_string(errors).unwrap();
        assert_eq!(written.lines().count(), 1);
        assert!(written.contains("\"fn\"") && written.contains("Titre‖ Fin."));
    }

    /// With splits, only test and dev sentences count, and only predicted ends inside them.
    /// Gold: "Un. Deux. Trois." as three sentences, the first from train. Boundaries scored:
    /// 9 ("Deux." is dev); 3 ends a train sentence and is left out on both sides.
    #[test]
    fn splits_restrict_scoring() {
        let dir = tempfile::tempdir().unwrap();
        let docs = write(
            dir.path(),
            "docs-news.jsonl",
            &[json!({"id": "b", "text": "Un. Deux. Trois.",
                "sentences": [[0, 3], [4, 9], [10, 16]], "splits": ["train", "dev", "test"]})],
        );
        let report = evaluate(&pipeline(), &[docs], &Options::default()).unwrap();
        let file = report.json["files"]
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap();
        assert_eq!(file["tp"], 1);
        assert_eq!(file["fp"], 0);
        assert_eq!(file["fn"], 0);
        assert!((report.json["exact_match"].as_f64().unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn cases_pass_or_fail_whole() {
        let dir = tempfile::tempdir().unwrap();
        let cases = write(
            dir.path(),
            "cases.jsonl",
            &[
                json!({"text": "Il pleut. Il vente.", "expected": ["Il pleut.", "Il vente."]}),
                json!({"text": "Il pleut. Il vente.", "expected": ["Il pleut. Il vente."]}),
            ],
        );
        let errors = dir.path().join("errors.jsonl");
        let options = Options {
            errors: Some(errors.clone()),
        };
        let report = evaluate(&pipeline(), &[cases], &options).unwrap();
        assert_eq!(report.json["cases"], json!({"cases": 2, "passed": 1}));
        assert!(report.table.contains("1/2 cases pass"));
        let written = std::fs::read_to_string(errors).unwrap();
        assert!(written.contains("\"line 2\"") && written.contains("Il pleut. ‖ Il vente."));
    }

    #[test]
    fn a_span_outside_the_text_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let docs = write(
            dir.path(),
            "docs.jsonl",
            &[json!({"id": "c", "text": "Court.", "sentences": [[0, 60]]})],
        );
        let error = evaluate(&pipeline(), &[docs], &Options::default()).unwrap_err();
        assert!(format!("{error:#}").contains("outside the text"));
    }

    /// On the gold files kept beside the project, boundary F1 at least the better of pySBD's
    /// and spaCy's (`fr_core_news_sm` and `_md`) on every file, as their README gives them,
    /// and every pySBD case passed; prints the table.
    /// `SENTENCE_ERRORS=FILE` also writes each miss.
    #[test]
    fn shared_gold_beats_the_baselines() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/sentences");
        if !root.exists() {
            println!("skipped: {} is absent", root.display());
            return;
        }
        // The better baseline F1 of each file, from ../shared/eval/sentences/README.md.
        let targets = [
            ("ud-fr-gsd/docs.jsonl", 0.958),
            ("ud-fr-sequoia/docs.jsonl", 0.941),
            ("ud-fr-sequoia/docs-news.jsonl", 0.953),
            ("ud-fr-pud/docs.jsonl", 0.976),
            ("ud-fr-pud/docs-news.jsonl", 0.995),
        ];
        let mut paths: Vec<PathBuf> = targets.iter().map(|(p, _)| root.join(p)).collect();
        paths.push(root.join("pysbd-fr/cases.jsonl"));
        let errors = std::env::var_os("SENTENCE_ERRORS").map(PathBuf::from);
        let report = evaluate(&pipeline(), &paths, &Options { errors }).unwrap();
        println!("{}", report.table);
        let files = &report.json["files"];
        for (file, target) in targets {
            let f1 = files[file]["boundary"]["f1"].as_f64().unwrap();
            // Baselines are printed to three places.
            assert!(f1 >= target - 0.0005, "{file}: F1 {f1:.3} < {target}");
        }
        let cases = &files["pysbd-fr/cases.jsonl"];
        assert_eq!(cases["passed"], cases["cases"]);
    }
}
