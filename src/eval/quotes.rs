//! Scoring of the quotes stage: quotation gold (JSONL, or the AADS direct-speech corpus) →
//! the pipeline run on each document → quotation P/R/F1 at exact match and at overlap ≥ 0.3
//! and ≥ 0.8, speaker accuracy and end-to-end quote+speaker F1 → a [`Report`].
//!
//! **Gold JSONL** (the format of fr-litbank's `quotes.jsonl`), one quotation a line:
//!
//! ```json
//! {"doc": "Pauline", "quote_spans": [[1212, 1242], [1282, 1338]],
//!  "speakers": [{"spans": [[1252, 1264]], "text": "le postillon"}]}
//! ```
//!
//! Offsets are code points into the document's text; a quotation split by an incise has one
//! span per piece. `speakers` lists the mentions that name who speaks: an empty list says the
//! quotation has no speaker mention (a floating quotation), a missing field that speakers are
//! not annotated. Other fields (`id`, `quote_text`, `cues`) are ignored. The text of a
//! document is a line `{"doc": "Pauline", "text": "…"}`, or else the file `Pauline.txt` next
//! to the JSONL file or in a `brat/` folder beside it (the layout of brat exports).
//!
//! **AADS** (`aggregated_corpus.json`): one JSON object, name → `{"text", "labels": [[start,
//! end], …], "original_corpus", "split"}`; quotation spans only, reported per corpus and split.
//!
//! **Matching** (the Gender Gap Tracker's): each part of a gold span is first trimmed of quote
//! marks, dashes and spaces at both ends, since the corpora include the marks as typed and
//! our quotations leave them out. A prediction covers a share of a gold quotation: the gold
//! characters it contains over the gold characters. Each gold quotation in order takes the
//! prediction not yet taken that covers most of it, if the share is at least the threshold
//! (exact: the same characters). A speaker is right when its span overlaps a gold speaker
//! mention, or when neither gold nor prediction has one; speaker accuracy is over the
//! quotations matched at overlap ≥ 0.3, and end to end counts those with the right speaker.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

use super::score::{match_greedy, normalise, Counts, Criterion};
use super::{Options, Report};
use crate::article::Article;
use crate::pipeline::Pipeline;

/// The overlap thresholds reported, as (JSON key, share of the gold characters).
const OVERLAPS: [(&str, f64); 2] = [("overlap_0.3", 0.3), ("overlap_0.8", 0.8)];

/// A gold quotation, in code points: its parts without marks, and its speaker mentions
/// (`None` when the corpus does not annotate speakers).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    pub parts: Vec<Range<usize>>,
    pub speakers: Option<Vec<Range<usize>>>,
}

/// A predicted quotation, in code points.
#[derive(Debug, Clone, PartialEq)]
pub struct PredQuote {
    pub parts: Vec<Range<usize>>,
    pub speaker: Option<Range<usize>>,
}

/// The counts of some documents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pub exact: Counts,
    /// One per entry of [`OVERLAPS`].
    pub overlap: [Counts; 2],
    /// Quotations matched at the first overlap whose speaker could be judged, and how many of
    /// those have the right speaker.
    pub speaker_judged: usize,
    pub speaker_right: usize,
    /// Over documents whose gold annotates speakers only.
    pub end_to_end: Counts,
    pub documents: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.exact.add(other.exact);
        for (mine, theirs) in self.overlap.iter_mut().zip(other.overlap) {
            mine.add(theirs);
        }
        self.speaker_judged += other.speaker_judged;
        self.speaker_right += other.speaker_right;
        self.end_to_end.add(other.end_to_end);
        self.documents += other.documents;
    }

    fn speaker_accuracy(&self) -> Option<f64> {
        (self.speaker_judged > 0).then(|| self.speaker_right as f64 / self.speaker_judged as f64)
    }

    fn judges_speakers(&self) -> bool {
        self.end_to_end != Counts::default()
    }
}

/// What happened to one quotation, for `--errors`.
#[derive(Debug, Clone, PartialEq)]
pub enum Miss {
    /// A gold quotation no prediction matched at overlap ≥ 0.3.
    Missed(usize),
    /// A prediction that matched no gold quotation.
    Spurious(usize),
    /// A match whose speaker is wrong: gold index, predicted index.
    Speaker(usize, usize),
}

fn counts(matched: usize, gold: usize, pred: usize) -> Counts {
    Counts {
        tp: matched,
        fp: pred - matched,
        fn_: gold - matched,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Scores one document's predictions against its gold (both in code points, gold parts
/// already trimmed of marks).
pub fn score_doc(gold: &[GoldQuote], pred: &[PredQuote]) -> (Tally, Vec<Miss>) {
    let gold_sets: Vec<_> = gold.iter().map(|q| normalise(q.parts.clone())).collect();
    let pred_sets: Vec<_> = pred.iter().map(|q| normalise(q.parts.clone())).collect();
    let matched = |criterion| {
        let found = match_greedy(&gold_sets, &pred_sets, criterion);
        let n = found.iter().flatten().count();
        (found, counts(n, gold.len(), pred.len()))
    };
    let mut tally = Tally {
        documents: 1,
        exact: matched(Criterion::Exact).1,
        ..Tally::default()
    };
    let mut first_matches = Vec::new();
    for (i, (_, share)) in OVERLAPS.iter().enumerate() {
        let (found, c) = matched(Criterion::Covers(*share));
        tally.overlap[i] = c;
        if i == 0 {
            first_matches = found;
        }
    }
    let mut misses = Vec::new();
    let annotated = gold.iter().any(|q| q.speakers.is_some());
    let mut right = 0;
    for (g, p) in first_matches.iter().enumerate() {
        let Some(p) = *p else {
            misses.push(Miss::Missed(g));
            continue;
        };
        let Some(speakers) = &gold[g].speakers else {
            continue;
        };
        tally.speaker_judged += 1;
        let ok = match &pred[p].speaker {
            Some(said) => speakers.iter().any(|s| overlaps(s, said)),
            None => speakers.is_empty(),
        };
        if ok {
            right += 1;
        } else {
            misses.push(Miss::Speaker(g, p));
        }
    }
    tally.speaker_right = right;
    if annotated {
        tally.end_to_end = counts(right, gold.len(), pred.len());
    }
    let taken: Vec<usize> = first_matches.iter().flatten().copied().collect();
    misses.extend(
        (0..pred.len())
            .filter(|p| !taken.contains(p))
            .map(Miss::Spurious),
    );
    (tally, misses)
}

/// Whether a character is a quote mark, a dash or a space: what gold spans may carry at their
/// ends and our quotations leave out.
fn is_mark(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '«' | '»'
                | '“'
                | '”'
                | '„'
                | '‟'
                | '"'
                | '‹'
                | '›'
                | '—'
                | '–'
                | '‒'
                | '―'
                | '-'
                | '‐'
        )
}

/// Code-point offsets ↔ byte offsets of one text.
struct Offsets {
    starts: Vec<usize>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        Offsets {
            starts: text.char_indices().map(|(b, _)| b).collect(),
            len: text.len(),
        }
    }

    fn chars(&self) -> usize {
        self.starts.len()
    }

    fn byte(&self, char_at: usize) -> usize {
        self.starts.get(char_at).copied().unwrap_or(self.len)
    }

    fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| s < byte)
    }

    fn to_chars(&self, span: &Range<usize>) -> Range<usize> {
        self.char_at(span.start)..self.char_at(span.end)
    }

    fn to_bytes(&self, span: &Range<usize>) -> Range<usize> {
        self.byte(span.start)..self.byte(span.end)
    }
}

/// A gold part trimmed of marks at both ends (code points).
fn trim_marks(text: &str, offsets: &Offsets, part: Range<usize>) -> Range<usize> {
    let body = &text[offsets.to_bytes(&part)];
    let lead = body.chars().take_while(|&c| is_mark(c)).count();
    let trail = body.chars().rev().take_while(|&c| is_mark(c)).count();
    let end = part.end.saturating_sub(trail).max(part.start + lead);
    part.start + lead..end
}

/// One gold document, ready to run.
#[derive(Debug, Clone)]
struct GoldDoc {
    name: String,
    /// The row of the report it counts in: the file name, or the AADS corpus and split.
    group: String,
    text: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct Line {
    doc: String,
    text: Option<String>,
    quote_spans: Option<Vec<[usize; 2]>>,
    speakers: Option<Vec<SpeakerLine>>,
}

#[derive(Deserialize)]
struct SpeakerLine {
    spans: Vec<[usize; 2]>,
}

#[derive(Deserialize)]
struct AadsDoc {
    text: String,
    labels: Vec<[usize; 2]>,
    #[serde(default)]
    original_corpus: String,
    #[serde(default)]
    split: String,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn read_gold(path: &Path) -> Result<Vec<GoldDoc>> {
    let text =
        fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    // The AADS corpus is one JSON object of documents; JSONL is one object a line.
    if let Ok(aads) = serde_json::from_str::<BTreeMap<String, AadsDoc>>(&text) {
        return Ok(read_aads(path, aads));
    }
    read_jsonl(path, &text)
}

fn read_aads(path: &Path, docs: BTreeMap<String, AadsDoc>) -> Vec<GoldDoc> {
    let file = file_name(path);
    docs.into_iter()
        .map(|(name, doc)| {
            let offsets = Offsets::new(&doc.text);
            let quotes = doc
                .labels
                .iter()
                .map(|&[start, end]| GoldQuote {
                    parts: vec![trim_marks(
                        &doc.text,
                        &offsets,
                        start..end.min(offsets.chars()),
                    )],
                    speakers: None,
                })
                .collect();
            GoldDoc {
                name,
                group: format!("{file}: {}/{}", doc.original_corpus, doc.split),
                text: doc.text,
                quotes,
            }
        })
        .collect()
}

fn read_jsonl(path: &Path, content: &str) -> Result<Vec<GoldDoc>> {
    let where_ = |line_no: usize| format!("{}:{line_no}", path.display());
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    // Each quotation with the line it came from, in file order, by document.
    let mut quotes: Vec<(String, usize, Line)> = Vec::new();
    for (index, raw) in content.lines().enumerate() {
        let line_no = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let line: Line = serde_json::from_str(raw)
            .with_context(|| format!("{}: not a gold line", where_(line_no)))?;
        match (&line.text, &line.quote_spans) {
            (Some(text), _) => {
                texts.insert(line.doc.clone(), text.clone());
            }
            (None, Some(_)) => quotes.push((line.doc.clone(), line_no, line)),
            (None, None) => bail!(
                "{}: a line needs \"quote_spans\" or \"text\"",
                where_(line_no)
            ),
        }
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let group = file_name(path);
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut doc_offsets: Vec<Offsets> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for (name, line_no, line) in quotes {
        let d = match index.get(&name) {
            Some(&d) => d,
            None => {
                let text = match texts.remove(&name) {
                    Some(text) => text,
                    None => read_text(dir, &name).with_context(|| {
                        format!(
                            "{}: no text for document {name:?}: give a {{\"doc\", \"text\"}} \
                             line or put {name}.txt next to the file",
                            where_(line_no)
                        )
                    })?,
                };
                doc_offsets.push(Offsets::new(&text));
                docs.push(GoldDoc {
                    name: name.clone(),
                    group: group.clone(),
                    text,
                    quotes: Vec::new(),
                });
                index.insert(name, docs.len() - 1);
                docs.len() - 1
            }
        };
        let (doc, offsets) = (&docs[d], &doc_offsets[d]);
        let span = |&[start, end]: &[usize; 2]| -> Result<Range<usize>> {
            if start > end || end > offsets.chars() {
                bail!(
                    "{}: span [{start}, {end}] is not within the {} characters of {:?}",
                    where_(line_no),
                    offsets.chars(),
                    doc.name
                );
            }
            Ok(start..end)
        };
        let mut parts = Vec::new();
        for s in line.quote_spans.iter().flatten() {
            parts.push(trim_marks(&doc.text, offsets, span(s)?));
        }
        let speakers = match &line.speakers {
            Some(list) => Some(
                list.iter()
                    .flat_map(|s| s.spans.iter())
                    .map(span)
                    .collect::<Result<Vec<_>>>()?,
            ),
            None => None,
        };
        docs[d].quotes.push(GoldQuote { parts, speakers });
    }
    // Documents given a text and no quotation still count: every prediction there is spurious.
    for (name, text) in texts {
        docs.push(GoldDoc {
            name,
            group: group.clone(),
            text,
            quotes: Vec::new(),
        });
    }
    Ok(docs)
}

fn read_text(dir: &Path, name: &str) -> Result<String> {
    let candidates = [
        dir.join(format!("{name}.txt")),
        dir.join("brat").join(format!("{name}.txt")),
    ];
    let found = candidates
        .iter()
        .find(|p| p.is_file())
        .context("no such file")?;
    let text = fs::read_to_string(found).with_context(|| format!("{}", found.display()))?;
    // Offsets count into the text as decoded, without a byte-order mark.
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// Runs the pipeline on one document; `None` if a stage failed.
fn predict(pipeline: &Pipeline, doc: &GoldDoc) -> Option<Vec<PredQuote>> {
    let article = Article::new(doc.name.clone(), doc.text.clone());
    let analysis = catch_unwind(AssertUnwindSafe(|| pipeline.analyse(article))).ok()?;
    let offsets = Offsets::new(&doc.text);
    Some(
        analysis
            .quotes
            .iter()
            .map(|q| {
                let parts = if q.parts.is_empty() {
                    vec![q.span.clone()]
                } else {
                    q.parts.clone()
                };
                PredQuote {
                    parts: parts.iter().map(|p| offsets.to_chars(p)).collect(),
                    speaker: q.speaker.as_ref().map(|s| offsets.to_chars(&s.span)),
                }
            })
            .collect(),
    )
}

/// The `--errors` records of one document.
fn error_records(doc: &GoldDoc, pred: &[PredQuote], misses: &[Miss]) -> Vec<Value> {
    let offsets = Offsets::new(&doc.text);
    let whole = |parts: &[Range<usize>]| {
        let start = parts.iter().map(|p| p.start).min().unwrap_or(0);
        let end = parts.iter().map(|p| p.end).max().unwrap_or(start);
        start..end
    };
    let describe = |span: &Range<usize>| {
        json!({
            "text": &doc.text[offsets.to_bytes(span)],
            "start": span.start,
            "end": span.end,
        })
    };
    let quote = |parts: &[Range<usize>]| describe(&whole(parts));
    misses
        .iter()
        .map(|miss| {
            let (error, gold, predicted) = match *miss {
                Miss::Missed(g) => ("missed", Some(g), None),
                Miss::Spurious(p) => ("spurious", None, Some(p)),
                Miss::Speaker(g, p) => ("speaker", Some(g), Some(p)),
            };
            let gold = gold.map(|g| &doc.quotes[g]);
            let predicted = predicted.map(|p| &pred[p]);
            let span = gold
                .map(|q| whole(&q.parts))
                .or_else(|| predicted.map(|q| whole(&q.parts)))
                .unwrap_or(0..0);
            json!({
                "doc": doc.name,
                "error": error,
                "gold": gold.map(|q| json!({
                    "quote": quote(&q.parts),
                    "speakers": q.speakers.as_ref().map(|s| s.iter().map(describe).collect::<Vec<_>>()),
                })),
                "pred": predicted.map(|q| json!({
                    "quote": quote(&q.parts),
                    "speaker": q.speaker.as_ref().map(describe),
                })),
                "context": super::context(&doc.text, offsets.to_bytes(&span)),
            })
        })
        .collect()
}

/// Scores `pipeline` on the gold files at `paths`.
pub fn evaluate(pipeline: &Pipeline, paths: &[PathBuf], options: &Options) -> Result<Report> {
    let started = Instant::now();
    let mut docs: Vec<(usize, GoldDoc)> = Vec::new();
    for (f, path) in paths.iter().enumerate() {
        docs.extend(read_gold(path)?.into_iter().map(|d| (f, d)));
    }
    let record_errors = options.errors.is_some();
    let scored: Vec<(usize, String, Tally, Vec<Value>, bool)> = docs
        .par_iter()
        .map(|(f, doc)| {
            let (pred, failed) = match predict(pipeline, doc) {
                Some(pred) => (pred, false),
                None => (Vec::new(), true),
            };
            let (tally, misses) = score_doc(&doc.quotes, &pred);
            let errors = if record_errors {
                error_records(doc, &pred, &misses)
            } else {
                Vec::new()
            };
            (*f, doc.group.clone(), tally, errors, failed)
        })
        .collect();
    let mut total = Tally::default();
    let mut per_file = vec![Tally::default(); paths.len()];
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut failed = 0;
    let mut gold_quotes = 0;
    for (f, group, tally, doc_errors, doc_failed) in scored {
        total.add(&tally);
        per_file[f].add(&tally);
        groups.entry(group).or_default().add(&tally);
        errors.extend(doc_errors);
        failed += usize::from(doc_failed);
        gold_quotes += tally.exact.gold();
    }
    if let Some(path) = &options.errors {
        super::write_jsonl(path, &errors)?;
    }
    let seconds = started.elapsed().as_secs_f64();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Quotations: {} file(s), {} documents, {gold_quotes} gold quotations, scored in {seconds:.1} s",
        paths.len(),
        total.documents
    );
    let _ = writeln!(
        out,
        "Gold spans trimmed of quote marks, dashes and spaces at both ends of each part; \
         overlap = gold characters covered / gold characters, greedy one-to-one"
    );
    if failed > 0 {
        let _ = writeln!(
            out,
            "documents the pipeline failed on (scored with no prediction): {failed}"
        );
    }
    let _ = writeln!(
        out,
        "\n{:<44} {:>6} {:>6} {:>10} {:>10} {:>10} {:>8} {:>10}",
        "", "gold", "pred", "exact F1", "≥0.3 F1", "≥0.8 F1", "speaker", "quote+spk"
    );
    for (name, tally) in &groups {
        row(&mut out, name, tally);
    }
    if groups.len() > 1 {
        row(&mut out, "total", &total);
    }
    let _ = writeln!(out, "\n{:<12} {:>9} {:>9} {:>9}", "total", "P", "R", "F1");
    let mut prf_row = |name: &str, c: Counts| {
        let prf = c.prf();
        let _ = writeln!(
            out,
            "{name:<12} {:>9.3} {:>9.3} {:>9.3}",
            prf.precision, prf.recall, prf.f1
        );
    };
    prf_row("exact", total.exact);
    prf_row("overlap≥0.3", total.overlap[0]);
    prf_row("overlap≥0.8", total.overlap[1]);
    if total.judges_speakers() {
        prf_row("quote+spk", total.end_to_end);
    }
    let _ = writeln!(
        out,
        "speaker accuracy (quotations matched at overlap ≥ 0.3): {}",
        match total.speaker_accuracy() {
            Some(a) => format!(
                "{a:.3} ({} of {})",
                total.speaker_right, total.speaker_judged
            ),
            None => "n/a (no speaker gold, or no matched quotation)".to_string(),
        }
    );
    let mut json = figures_json(&total);
    json["files"] = Value::Object(
        paths
            .iter()
            .zip(&per_file)
            .map(|(p, t)| (p.display().to_string(), figures_json(t)))
            .collect(),
    );
    json["groups"] = Value::Object(
        groups
            .iter()
            .map(|(g, t)| (g.clone(), figures_json(t)))
            .collect(),
    );
    json["failed_documents"] = json!(failed);
    json["seconds"] = json!(seconds);
    Ok(Report { table: out, json })
}

fn row(out: &mut String, name: &str, tally: &Tally) {
    let dash = || "-".to_string();
    let _ = writeln!(
        out,
        "{name:<44} {:>6} {:>6} {:>10.3} {:>10.3} {:>10.3} {:>8} {:>10}",
        tally.exact.gold(),
        tally.exact.predicted(),
        tally.exact.prf().f1,
        tally.overlap[0].prf().f1,
        tally.overlap[1].prf().f1,
        tally
            .speaker_accuracy()
            .map_or_else(dash, |a| format!("{a:.3}")),
        if tally.judges_speakers() {
            format!("{:.3}", tally.end_to_end.prf().f1)
        } else {
            dash()
        }
    );
}

fn figures_json(tally: &Tally) -> Value {
    let mut json = json!({
        "exact": tally.exact.to_json(),
        "speaker_accuracy": tally.speaker_accuracy(),
        "speaker_matched": tally.speaker_judged,
        "end_to_end": tally.judges_speakers().then(|| tally.end_to_end.to_json()),
        "documents": tally.documents,
    });
    for ((key, _), counts) in OVERLAPS.iter().zip(tally.overlap) {
        json[*key] = counts.to_json();
    }
    json
}

#[cfg(test)]
// Arrays of ranges are sets of positions here, not ranges to collect.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn gold(parts: &[Range<usize>], speakers: Option<&[Range<usize>]>) -> GoldQuote {
        GoldQuote {
            parts: parts.to_vec(),
            speakers: speakers.map(|s| s.to_vec()),
        }
    }

    fn pred(parts: &[Range<usize>], speaker: Option<Range<usize>>) -> PredQuote {
        PredQuote {
            parts: parts.to_vec(),
            speaker,
        }
    }

    /// (tp, predicted, gold) of some counts.
    fn tpg(c: Counts) -> (usize, usize, usize) {
        (c.tp, c.predicted(), c.gold())
    }

    #[test]
    fn worked_by_hand() {
        // Three gold quotations with speakers; four predictions:
        //  A 0..10 spk 20..25  ← P 0..10 spk 21..23: exact, speaker right
        //  B 30..40 spk 45..50 ← P 33..40 (7/10 = 0.7: ≥0.3 only), no speaker: wrong
        //  C 60..70 floating   ← P 61..70 (0.9), no speaker: right (neither has one)
        //  P 80..90: spurious
        let g = [
            gold(&[0..10], Some(&[20..25])),
            gold(&[30..40], Some(&[45..50])),
            gold(&[60..70], Some(&[])),
        ];
        let p = [
            pred(&[0..10], Some(21..23)),
            pred(&[33..40], None),
            pred(&[61..70], None),
            pred(&[80..90], Some(0..5)),
        ];
        let (t, misses) = score_doc(&g, &p);
        assert_eq!(tpg(t.exact), (1, 4, 3));
        assert_eq!(tpg(t.overlap[0]), (3, 4, 3));
        assert_eq!(tpg(t.overlap[1]), (2, 4, 3));
        assert_eq!((t.speaker_right, t.speaker_judged), (2, 3));
        assert_eq!(tpg(t.end_to_end), (2, 4, 3));
        // End to end: P = 2/4, R = 2/3, F1 = 2·0.5·0.667/1.167 = 4/7.
        assert!((t.end_to_end.prf().f1 - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(misses, vec![Miss::Speaker(1, 1), Miss::Spurious(3)]);
    }

    #[test]
    fn a_quote_matched_twice_counts_once() {
        // One long prediction over two gold quotations: the first takes it (covers all of
        // it), the second is missed. Two predictions over one gold: one is spurious.
        let g = [gold(&[0..10], None), gold(&[12..20], None)];
        let (t, _) = score_doc(&g, &[pred(&[0..20], None)]);
        assert_eq!(tpg(t.overlap[0]), (1, 1, 2));
        let (t, misses) = score_doc(&g[..1], &[pred(&[0..6], None), pred(&[6..10], None)]);
        assert_eq!(tpg(t.overlap[0]), (1, 2, 1));
        assert_eq!(misses, vec![Miss::Spurious(1)]);
        // No speaker gold: nothing judged, no end-to-end figure.
        assert_eq!((t.speaker_judged, t.judges_speakers()), (0, false));
    }

    #[test]
    fn partial_overlaps() {
        // Gold 0..4 + 6..10 (an incise between); the prediction covers 2..4 and 6..10: 6/8.
        let g = [gold(&[0..4, 6..10], None)];
        let (t, _) = score_doc(&g, &[pred(&[2..4, 6..10], None)]);
        assert_eq!((t.exact.tp, t.overlap[0].tp, t.overlap[1].tp), (0, 1, 0));
        // Covering the incise too does not lower the share: 8/8, yet not exact.
        let (t, _) = score_doc(&g, &[pred(&[0..10], None)]);
        assert_eq!((t.exact.tp, t.overlap[0].tp, t.overlap[1].tp), (0, 1, 1));
    }

    #[test]
    fn an_empty_prediction() {
        let g = [gold(&[0..10], Some(&[12..14])), gold(&[20..30], Some(&[]))];
        let (t, misses) = score_doc(&g, &[]);
        assert_eq!(tpg(t.exact), (0, 0, 2));
        assert_eq!(tpg(t.end_to_end), (0, 0, 2));
        assert_eq!(t.exact.prf().f1, 0.0);
        assert_eq!(t.speaker_accuracy(), None);
        assert_eq!(misses, vec![Miss::Missed(0), Miss::Missed(1)]);
    }

    macro_rules! trim {
        ($name:ident, $text:expr, $part:expr, $kept:expr) => {
            #[test]
            fn $name() {
                let offsets = Offsets::new($text);
                let kept = trim_marks($text, &offsets, $part);
                assert_eq!(&$text[offsets.to_bytes(&kept)], $kept);
            }
        };
    }

    trim!(dialogue_dash, "— Tiens, dit-il.", 0..8, "Tiens,");
    trim!(guillemets, "Il dit : « C’est fini. »", 9..24, "C’est fini.");
    trim!(nothing_to_trim, "abc", 0..3, "abc");
    trim!(only_marks, "« »", 0..3, "");

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn reads_jsonl_with_text_files_and_text_lines() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("brat")).unwrap();
        write(&dir.path().join("brat"), "a.txt", "— Oui ! dit-elle.");
        let path = write(
            dir.path(),
            "q.jsonl",
            concat!(
                r#"{"doc": "a", "quote_spans": [[0, 7]], "speakers": [{"spans": [[12, 16]]}]}"#,
                "\n",
                r#"{"doc": "b", "text": "« Non », répond Léa."}"#,
                "\n",
                r#"{"doc": "b", "quote_spans": [[0, 7]]}"#,
                "\n",
            ),
        );
        let docs = read_gold(&path).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].quotes, vec![gold(&[2..7], Some(&[12..16]))]);
        assert_eq!(docs[1].quotes, vec![gold(&[2..5], None)]);
        assert_eq!(docs[1].group, "q.jsonl");
    }

    #[test]
    fn reads_aads() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "c.json",
            r#"{"x": {"text": "— Là ?", "labels": [[0, 6]], "original_corpus": "s", "split": "test"}}"#,
        );
        let docs = read_gold(&path).unwrap();
        assert_eq!(docs[0].quotes, vec![gold(&[2..6], None)]);
        assert_eq!(docs[0].group, "c.json: s/test");
    }

    macro_rules! malformed {
        ($name:ident, $jsonl:expr, $message:expr) => {
            #[test]
            fn $name() {
                let dir = tempfile::tempdir().unwrap();
                let path = write(dir.path(), "q.jsonl", $jsonl);
                let error = format!("{:#}", read_gold(&path).unwrap_err());
                assert!(
                    error.starts_with(&format!("{}:", path.display())),
                    "{error}"
                );
                assert!(error.contains($message), "{error}");
            }
        };
    }

    malformed!(
        not_json,
        "{\"doc\": \"a\", \"text\": \"x\"}\n{oops\n",
        ":2: not a gold line"
    );
    malformed!(no_spans, "{\"doc\": \"a\"}\n", ":1: a line needs");
    malformed!(
        no_text,
        "{\"doc\": \"z\", \"quote_spans\": [[0, 1]]}\n",
        ":1: no text for document \"z\""
    );
    malformed!(
        out_of_text,
        "{\"doc\": \"a\", \"text\": \"abc\"}\n{\"doc\": \"a\", \"quote_spans\": [[1, 9]]}\n",
        ":2: span [1, 9] is not within the 3 characters"
    );

    #[test]
    fn fr_litbank_gold_scores_perfectly_against_itself() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/eval/quotes/fr-litbank-citations/quotes.jsonl");
        if !path.exists() {
            eprintln!("skipped: {} is absent", path.display());
            return;
        }
        let docs = read_gold(&path).unwrap();
        assert_eq!(docs.len(), 18);
        let mut total = Tally::default();
        for doc in &docs {
            // Trimming left every quotation some text, starting and ending on no mark.
            let offsets = Offsets::new(&doc.text);
            for q in &doc.quotes {
                for part in &q.parts {
                    let text = &doc.text[offsets.to_bytes(part)];
                    assert!(
                        !text.starts_with(is_mark) && !text.ends_with(is_mark),
                        "{text:?}"
                    );
                }
            }
            let pred: Vec<PredQuote> = doc
                .quotes
                .iter()
                .map(|q| PredQuote {
                    parts: q.parts.clone(),
                    speaker: q.speakers.iter().flatten().next().cloned(),
                })
                .collect();
            total.add(&score_doc(&doc.quotes, &pred).0);
        }
        assert_eq!(tpg(total.exact), (1168, 1168, 1168));
        assert_eq!(total.speaker_accuracy(), Some(1.0));
        assert_eq!(total.end_to_end.prf().f1, 1.0);
    }
}
