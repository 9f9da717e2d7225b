//! Scoring of the entity stage: token-annotated gold (HIPE-2022 TSV, CoNLL/BIO) → the text
//! rebuilt from the tokens, the pipeline run on it, its mentions snapped to the gold tokens,
//! and HIPE-2022 strict and fuzzy figures per type and micro-averaged → a [`Report`].
//!
//! Everything follows the rules the spaCy baselines were scored with (`eval/ner/BASELINES.md`
//! in the shared data), so the figures stand beside theirs:
//!
//! - **HIPE TSV**: a header line; `# hipe2022:document_id = X` starts document `<stem>/X`; a
//!   line starting with `#` without a TAB is a comment; `NE-COARSE-LIT` holds IOB2 tags. Each
//!   token is followed by `""` when MISC says `NoSpaceAfter` (unless the two characters around
//!   the gap are both alphanumeric: NewsEye marks lost line breaks that way), else `"\n"` when
//!   MISC says `EndOfLine`, else `" "`.
//! - **BIO / CoNLL**: `TOKEN TAG` (split at the last space or TAB); a blank line ends a
//!   sentence, `-DOCSTART-` a document. Each token is followed by a space (a line break at a
//!   sentence end). Without `-DOCSTART-`, the stream is cut into documents at the first
//!   sentence end (a `.` token or a blank line) after 1,000 tokens.
//! - **Gold**: an entity starts at `B-X`, or at `I-X` after another tag, and runs over `I-X`.
//!   `pers`/`PER` → PER, `loc` → LOC, `org` → ORG, `time` → DATE; other labels (`prod`,
//!   `HumanProd`) are counted and not scored.
//! - **Predictions** are snapped to the tokens they overlap, in text order, a token staying
//!   with the first prediction that took it. When a file has no `B-` tag at all, adjacent
//!   entities of one type cannot be told apart in the gold, so predicted token labels are read
//!   back as runs as well.
//! - **Titles**: HIPE puts the title in the person's span ("M Thiers"); our mentions leave it
//!   out, so on HIPE files a PER mention is widened over an honorific right before it.
//! - **Micro** figures sum PER, LOC and ORG. DATE is scored apart, and only on files whose gold
//!   has dates at all (an unannotated type would make every prediction spurious).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::{json, Value};

use super::score::{pair_entities, tally, Entity, Regimes, Verdict};
use super::{Options, Report};
use crate::article::Article;
use crate::fold::fold_str;
use crate::gazetteer::Gazetteers;
use crate::mention::EntityType;
use crate::pipeline::Pipeline;
use crate::words::is_capitalised;

/// The types whose figures are summed into the micro average.
const MICRO: [EntityType; 3] = [EntityType::Per, EntityType::Loc, EntityType::Org];

/// A document without boundaries in its file ends at the first sentence end after this many
/// tokens.
const CHUNK_TOKENS: usize = 1000;

/// A predicted mention: its type, byte span, and the list or rule that found it.
type Typed = (EntityType, Range<usize>, &'static str);

/// How a gold file's annotators drew their spans, as far as scoring must follow them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Conventions {
    /// A person's span includes the title before the name (HIPE).
    titles_in_names: bool,
    /// Only `I-` tags: adjacent same-type entities are one run, in gold and predictions alike.
    runs: bool,
    /// The gold marks dates, so DATE can be scored.
    dates: bool,
}

/// One gold document: the text rebuilt from its tokens, their byte ranges, its entities.
#[derive(Debug, Clone, Default)]
struct GoldDoc {
    id: String,
    date: Option<NaiveDate>,
    text: String,
    tokens: Vec<Range<usize>>,
    /// PER, LOC, ORG and DATE entities, by start.
    entities: Vec<Entity>,
}

#[derive(Debug, Clone, Default)]
struct GoldFile {
    path: PathBuf,
    docs: Vec<GoldDoc>,
    conventions: Conventions,
    /// Gold entities of labels that are not scored, by label.
    not_scored: BTreeMap<String, usize>,
}

/// One token as read, before the text is rebuilt.
struct RawToken<'a> {
    text: &'a str,
    /// The tag's label and whether it begins an entity; `None` for `O`.
    tag: Option<(bool, &'a str)>,
    /// HIPE `NoSpaceAfter`: nothing follows, unless both sides of the gap are alphanumeric.
    glued: bool,
    /// A line break follows (HIPE `EndOfLine`, a blank line in BIO) rather than a space.
    line_end: bool,
    /// A sentence ends after it (BIO).
    sentence_end: bool,
}

/// Reads one gold file, in whichever format its first line shows.
fn read_gold(path: &Path) -> Result<GoldFile> {
    let bytes = fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| anyhow::anyhow!("{}: not UTF-8: {e}", path.display()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut file = if first.starts_with("TOKEN\t") {
        read_hipe(path, &stem, &text)?
    } else {
        read_bio(path, &stem, &text)?
    };
    file.conventions.dates = file
        .docs
        .iter()
        .any(|d| d.entities.iter().any(|e| e.kind == EntityType::Date));
    Ok(file)
}

/// Splits `B-X` / `I-X` / `O`.
fn parse_tag<'a>(tag: &'a str, path: &Path, line_no: usize) -> Result<Option<(bool, &'a str)>> {
    if tag == "O" {
        return Ok(None);
    }
    match tag.split_once('-') {
        Some(("B", label)) if !label.is_empty() => Ok(Some((true, label))),
        Some(("I", label)) if !label.is_empty() => Ok(Some((false, label))),
        _ => bail!(
            "{}:{line_no}: tag {tag:?} is not O, B-<type> or I-<type>",
            path.display()
        ),
    }
}

fn read_hipe(path: &Path, stem: &str, text: &str) -> Result<GoldFile> {
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines
        .by_ref()
        .map(|(_, l)| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .split('\t')
        .collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .with_context(|| format!("{}:1: the header has no {name} column", path.display()))
    };
    let (tag_column, misc_column) = (column("NE-COARSE-LIT")?, column("MISC")?);
    let mut file = GoldFile {
        path: path.to_path_buf(),
        conventions: Conventions {
            titles_in_names: true,
            ..Conventions::default()
        },
        ..GoldFile::default()
    };
    let mut doc = GoldDoc::default();
    let mut tokens: Vec<RawToken> = Vec::new();
    for (index, line) in lines {
        let line_no = index + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with('#') && !line.contains('\t') {
            let Some((key, value)) = line[1..].split_once('=') else {
                continue;
            };
            match key.trim() {
                "hipe2022:document_id" => {
                    finish_doc(&mut file, doc, &tokens);
                    tokens.clear();
                    doc = GoldDoc {
                        id: format!("{stem}/{}", value.trim()),
                        ..GoldDoc::default()
                    };
                }
                "hipe2022:date" => {
                    doc.date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
                }
                _ => {}
            }
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != header.len() {
            bail!(
                "{}:{line_no}: {} tab-separated fields where the header has {}",
                path.display(),
                fields.len(),
                header.len()
            );
        }
        let misc = fields[misc_column];
        let has = |flag: &str| misc.split('|').any(|f| f == flag);
        tokens.push(RawToken {
            text: fields[0],
            tag: parse_tag(fields[tag_column], path, line_no)?,
            glued: has("NoSpaceAfter"),
            line_end: has("EndOfLine"),
            sentence_end: false,
        });
    }
    finish_doc(&mut file, doc, &tokens);
    Ok(file)
}

fn read_bio(path: &Path, stem: &str, text: &str) -> Result<GoldFile> {
    let mut tokens: Vec<RawToken> = Vec::new();
    // Indices of the tokens that open a document (after -DOCSTART-).
    let mut starts: Vec<usize> = Vec::new();
    let mut has_b = false;
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if let Some(last) = tokens.last_mut() {
                last.sentence_end = true;
                last.line_end = true;
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            starts.push(tokens.len());
            continue;
        }
        let Some((token, tag)) = line.trim_end().rsplit_once([' ', '\t']) else {
            bail!(
                "{}:{line_no}: expected a token and a tag separated by a space",
                path.display()
            );
        };
        // CoNLL files may carry more columns: the token is the first, the tag the last.
        let token = token.split('\t').next().unwrap_or(token).trim();
        let tag = parse_tag(tag, path, line_no)?;
        has_b |= tag.is_some_and(|(begin, _)| begin);
        tokens.push(RawToken {
            text: token,
            tag,
            glued: false,
            line_end: false,
            sentence_end: token == ".",
        });
    }
    let mut file = GoldFile {
        path: path.to_path_buf(),
        conventions: Conventions {
            runs: !has_b,
            ..Conventions::default()
        },
        ..GoldFile::default()
    };
    // Document boundaries: the -DOCSTART- lines, or else chunks of whole sentences.
    let mut bounds: Vec<usize> = Vec::new();
    if starts.is_empty() {
        let mut begin = 0;
        for (i, token) in tokens.iter().enumerate() {
            if token.sentence_end && i + 1 - begin >= CHUNK_TOKENS {
                bounds.push(i + 1);
                begin = i + 1;
            }
        }
    } else {
        bounds.extend(starts.iter().copied().filter(|&s| s > 0));
    }
    bounds.push(tokens.len());
    let mut begin = 0;
    for end in bounds {
        if end > begin {
            let doc = GoldDoc {
                id: format!("{stem}/{:04}", file.docs.len() + 1),
                ..GoldDoc::default()
            };
            finish_doc(&mut file, doc, &tokens[begin..end]);
        }
        begin = end;
    }
    Ok(file)
}

/// Rebuilds the text of one document's tokens and decodes its gold entities into `file`.
fn finish_doc(file: &mut GoldFile, mut doc: GoldDoc, tokens: &[RawToken]) {
    if tokens.is_empty() {
        return;
    }
    if doc.id.is_empty() {
        let stem = file
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        doc.id = format!("{stem}/{:04}", file.docs.len() + 1);
    }
    for (i, token) in tokens.iter().enumerate() {
        let start = doc.text.len();
        doc.text.push_str(token.text);
        doc.tokens.push(start..doc.text.len());
        let next = tokens.get(i + 1).map(|t| t.text);
        let separator = if token.glued && !joins_words(token.text, next) {
            ""
        } else if token.line_end {
            "\n"
        } else {
            " "
        };
        doc.text.push_str(separator);
    }
    // Entities: B-X opens one, I-X continues the open one of type X or opens one.
    let mut open: Option<(usize, &str)> = None;
    let mut close = |open: Option<(usize, &str)>, end: usize, doc: &mut GoldDoc| {
        if let Some((start, label)) = open {
            match EntityType::parse(label) {
                Some(kind) => doc.entities.push(Entity {
                    kind,
                    tokens: start..end,
                }),
                None => *file.not_scored.entry(label.to_string()).or_default() += 1,
            }
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        let continues = match (token.tag, open) {
            (Some((false, label)), Some((_, current))) => label == current,
            _ => false,
        };
        if !continues {
            close(open.take(), i, &mut doc);
            open = token.tag.map(|(_, label)| (i, label));
        }
        if token.sentence_end && token.line_end {
            // A blank line ends any entity (CoNLL sentences).
            close(open.take(), i + 1, &mut doc);
        }
    }
    close(open, tokens.len(), &mut doc);
    file.docs.push(doc);
}

/// Whether a `NoSpaceAfter` gap sits between two alphanumeric characters, where NewsEye marks
/// a lost line break rather than glued text.
fn joins_words(token: &str, next: Option<&str>) -> bool {
    let last = token.chars().next_back();
    let first = next.and_then(|n| n.chars().next());
    matches!((last, first), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric())
}

/// Widens a person's span over an honorific right before it ("M. Thiers", "Mme Curie").
fn widen_over_title(text: &str, span: Range<usize>, gaz: &Gazetteers) -> Range<usize> {
    let before = text[..span.start].trim_end();
    let word_end = before.strip_suffix('.').unwrap_or(before);
    let word_start = word_end
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(word_end.len(), |(at, _)| at);
    let word = &word_end[word_start..];
    let honorific = !word.is_empty()
        && is_capitalised(word)
        && gaz.titles.get(&fold_str(word)).is_some_and(|t| t.honorific);
    if honorific {
        word_start..span.end
    } else {
        span
    }
}

/// Snaps byte spans to the tokens they overlap, in text order; a token stays with the first
/// prediction that took it, and a prediction left with no token is dropped. Returns the
/// entities and how many were dropped.
fn snap(tokens: &[Range<usize>], mut spans: Vec<Typed>) -> (Vec<Entity>, usize) {
    spans.sort_by_key(|(_, s, _)| (s.start, s.end));
    let mut taken_until = 0;
    let mut dropped = 0;
    let mut out = Vec::with_capacity(spans.len());
    for (kind, span, _) in spans {
        let first = tokens.partition_point(|t| t.end <= span.start);
        let last = tokens.partition_point(|t| t.start < span.end);
        let start = first.max(taken_until);
        if start < last {
            out.push(Entity {
                kind,
                tokens: start..last,
            });
            taken_until = last;
        } else {
            dropped += 1;
        }
    }
    (out, dropped)
}

/// Reads entities back as maximal runs of tokens of one type.
fn as_runs(entities: &[Entity]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    for entity in entities {
        match out.last_mut() {
            Some(last) if last.kind == entity.kind && last.tokens.end == entity.tokens.start => {
                last.tokens.end = entity.tokens.end;
            }
            _ => out.push(entity.clone()),
        }
    }
    out
}

/// The figures of some documents, and what a developer needs to study the errors.
#[derive(Debug, Clone, Default)]
struct Tally {
    by_type: BTreeMap<EntityType, Regimes>,
    documents: usize,
    tokens: usize,
    widened: usize,
    dropped: usize,
    failed: usize,
    errors: Vec<Value>,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        for (kind, regimes) in &other.by_type {
            self.by_type.entry(*kind).or_default().add(*regimes);
        }
        self.documents += other.documents;
        self.tokens += other.tokens;
        self.widened += other.widened;
        self.dropped += other.dropped;
        self.failed += other.failed;
    }

    fn micro(&self) -> Regimes {
        let mut micro = Regimes::default();
        for kind in MICRO {
            micro.add(self.by_type.get(&kind).copied().unwrap_or_default());
        }
        micro
    }
}

/// Scores one document's predicted byte spans (titles already widened where the gold wants
/// them). `record_errors` keeps each false positive and false negative with its context.
fn score_doc(
    doc: &GoldDoc,
    conventions: Conventions,
    predicted: &[Typed],
    record_errors: bool,
) -> Tally {
    let mut out = Tally {
        documents: 1,
        tokens: doc.tokens.len(),
        ..Tally::default()
    };
    let mut groups: Vec<&[EntityType]> = vec![&MICRO];
    if conventions.dates {
        groups.push(&[EntityType::Date]);
    }
    for kinds in groups {
        let gold: Vec<Entity> = doc
            .entities
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .cloned()
            .collect();
        let spans = predicted
            .iter()
            .filter(|(kind, _, _)| kinds.contains(kind))
            .cloned()
            .collect();
        let (mut pred, dropped) = snap(&doc.tokens, spans);
        if conventions.runs {
            pred = as_runs(&pred);
        }
        out.dropped += dropped;
        let pairings = pair_entities(&gold, &pred);
        tally(&gold, &pred, &pairings, &mut out.by_type);
        if record_errors {
            for pairing in pairings.iter().filter(|p| p.verdict != Verdict::Correct) {
                let g = pairing.gold.map(|i| &gold[i]);
                let p = pairing.pred.map(|i| &pred[i]);
                out.errors
                    .push(error_record(doc, predicted, pairing.verdict, g, p));
            }
        }
    }
    out
}

/// One error for `--errors`: the verdict, the gold and predicted entities, and the text
/// around them with the span marked `[[…]]`. The predicted entity names the lists or rules
/// of the `predicted` mentions it was made of, so that errors can be counted by their cause.
fn error_record(
    doc: &GoldDoc,
    predicted: &[Typed],
    verdict: Verdict,
    gold: Option<&Entity>,
    pred: Option<&Entity>,
) -> Value {
    let bytes = |e: &Entity| doc.tokens[e.tokens.start].start..doc.tokens[e.tokens.end - 1].end;
    let chars = |at: usize| doc.text[..at].chars().count();
    let describe = |e: Option<&Entity>| {
        e.map(|e| {
            let span = bytes(e);
            json!({
                "type": e.kind.label(),
                "text": &doc.text[span.clone()],
                "start": chars(span.start),
                "end": chars(span.end),
            })
        })
    };
    let mut pred_json = describe(pred);
    if let (Some(entity), Some(json)) = (pred, pred_json.as_mut()) {
        let span = bytes(entity);
        let mut rules: Vec<&str> = predicted
            .iter()
            .filter(|(kind, s, _)| *kind == entity.kind && s.start < span.end && span.start < s.end)
            .map(|(_, _, rule)| *rule)
            .collect();
        rules.dedup();
        json["rules"] = json!(rules);
    }
    let spans: Vec<Range<usize>> = gold.iter().chain(pred.iter()).map(|e| bytes(e)).collect();
    let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
    json!({
        "doc": doc.id,
        "error": verdict.label(),
        "gold": describe(gold),
        "pred": pred_json,
        "context": super::context(&doc.text, start..end),
    })
}

/// Runs the pipeline on one document and returns its entity spans, widened over titles when
/// the gold wants them, and how many were widened; `None` if a stage failed.
fn predict(
    pipeline: &Pipeline,
    doc: &GoldDoc,
    conventions: Conventions,
) -> Option<(Vec<Typed>, usize)> {
    let mut article = Article::new(doc.id.clone(), doc.text.clone());
    article.date = doc.date;
    let analysis = catch_unwind(AssertUnwindSafe(|| pipeline.analyse(article))).ok()?;
    let mut widened = 0;
    let spans = analysis
        .entities
        .iter()
        .map(|m| {
            let mut span = m.span.clone();
            if conventions.titles_in_names && m.kind == EntityType::Per {
                span = widen_over_title(&doc.text, span, pipeline.gazetteers());
                widened += usize::from(span != m.span);
            }
            (m.kind, span, m.rule)
        })
        .collect();
    Some((spans, widened))
}

/// Scores `pipeline` on the gold files at `paths`.
pub fn evaluate(pipeline: &Pipeline, paths: &[PathBuf], options: &Options) -> Result<Report> {
    let started = Instant::now();
    let files = paths
        .iter()
        .map(|p| read_gold(p))
        .collect::<Result<Vec<GoldFile>>>()?;
    let jobs: Vec<(usize, &GoldDoc)> = files
        .iter()
        .enumerate()
        .flat_map(|(f, file)| file.docs.iter().map(move |d| (f, d)))
        .collect();
    let record_errors = options.errors.is_some();
    let scored: Vec<(usize, Tally, bool)> = jobs
        .par_iter()
        .map(|&(f, doc)| {
            let conventions = files[f].conventions;
            let tally = match predict(pipeline, doc, conventions) {
                Some((spans, widened)) => Tally {
                    widened,
                    ..score_doc(doc, conventions, &spans, record_errors)
                },
                None => Tally {
                    failed: 1,
                    ..score_doc(doc, conventions, &[], record_errors)
                },
            };
            (f, tally, annotated(doc))
        })
        .collect();
    let mut per_file = vec![Tally::default(); files.len()];
    let mut total = Tally::default();
    let mut annotated_only = Tally::default();
    let mut errors = Vec::new();
    for (f, tally, annotated) in scored {
        per_file[f].add(&tally);
        total.add(&tally);
        if annotated {
            annotated_only.add(&tally);
        }
        errors.extend(tally.errors);
    }
    if let Some(path) = &options.errors {
        super::write_jsonl(path, &errors)?;
    }
    let mut not_scored: BTreeMap<String, usize> = BTreeMap::new();
    for file in &files {
        for (label, n) in &file.not_scored {
            *not_scored.entry(label.clone()).or_default() += n;
        }
    }
    let dated: Vec<&GoldFile> = files.iter().filter(|f| f.conventions.dates).collect();
    let seconds = started.elapsed().as_secs_f64();
    let mut json = report_json(&files, &per_file, &total, &not_scored, seconds);
    let mut table = table(&files, &per_file, &total, &not_scored, &dated, seconds);
    if annotated_only.documents < total.documents {
        json["annotated_documents"] = figures_json(&annotated_only);
        table.push_str(&unannotated_note(&total, &annotated_only));
    }
    Ok(Report { table, json })
}

/// Whether the gold of a document holds any PER, LOC or ORG entity: a document with none
/// was most likely left unannotated, and every name found in it counts as wrong.
fn annotated(doc: &GoldDoc) -> bool {
    doc.entities.iter().any(|e| MICRO.contains(&e.kind))
}

/// The figures again without the documents whose gold holds no entity, said apart from the
/// main ones, which score every document as the published baselines do.
fn unannotated_note(total: &Tally, annotated_only: &Tally) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{} of {} documents have no gold PER, LOC or ORG entity, and every prediction in them \
         counts as wrong; without them (not how the baselines score):",
        total.documents - annotated_only.documents,
        total.documents
    );
    for kind in MICRO {
        row(
            &mut out,
            kind.label(),
            annotated_only
                .by_type
                .get(&kind)
                .copied()
                .unwrap_or_default(),
        );
    }
    row(&mut out, "micro", annotated_only.micro());
    out
}

fn regimes_json(r: Regimes) -> Value {
    json!({"strict": r.strict.to_json(), "fuzzy": r.fuzzy.to_json()})
}

fn figures_json(tally: &Tally) -> Value {
    let per_type: serde_json::Map<String, Value> = tally
        .by_type
        .iter()
        .map(|(kind, r)| (kind.label().to_string(), regimes_json(*r)))
        .collect();
    json!({
        "micro": regimes_json(tally.micro()),
        "per_type": per_type,
        "documents": tally.documents,
        "tokens": tally.tokens,
    })
}

fn report_json(
    files: &[GoldFile],
    per_file: &[Tally],
    total: &Tally,
    not_scored: &BTreeMap<String, usize>,
    seconds: f64,
) -> Value {
    let mut out = figures_json(total);
    let by_file: serde_json::Map<String, Value> = files
        .iter()
        .zip(per_file)
        .map(|(file, tally)| (file.path.display().to_string(), figures_json(tally)))
        .collect();
    out["micro_types"] = json!(MICRO.map(EntityType::label));
    out["not_scored"] = json!(not_scored);
    out["widened_over_title"] = json!(total.widened);
    out["dropped_predictions"] = json!(total.dropped);
    out["failed_documents"] = json!(total.failed);
    out["files"] = Value::Object(by_file);
    out["seconds"] = json!(seconds);
    out
}

fn row(out: &mut String, name: &str, r: Regimes) {
    let (s, f) = (r.strict.prf(), r.fuzzy.prf());
    let _ = writeln!(
        out,
        "{name:<8} {:>8.3} {:>8.3} {:>9.3} {:>8.3} {:>8.3} {:>9.3} {:>7} {:>7}",
        s.precision,
        s.recall,
        s.f1,
        f.precision,
        f.recall,
        f.f1,
        r.strict.gold(),
        r.strict.predicted()
    );
}

fn table(
    files: &[GoldFile],
    per_file: &[Tally],
    total: &Tally,
    not_scored: &BTreeMap<String, usize>,
    dated: &[&GoldFile],
    seconds: f64,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "NER: {} file(s), {} documents, {} tokens, scored in {seconds:.1} s",
        files.len(),
        total.documents,
        total.tokens
    );
    let _ = writeln!(
        out,
        "HIPE-2022 strict (same tokens and type) and fuzzy (overlap and type), predictions \
         snapped to the gold tokens"
    );
    if files.iter().any(|f| f.conventions.titles_in_names) {
        let _ = writeln!(
            out,
            "PER spans widened over an honorific right before them (the gold includes titles): {}",
            total.widened
        );
    }
    if !not_scored.is_empty() {
        let list: Vec<String> = not_scored.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let _ = writeln!(out, "gold entities not scored: {}", list.join(", "));
    }
    if total.dropped > 0 {
        let _ = writeln!(
            out,
            "predictions left with no token (dropped): {}",
            total.dropped
        );
    }
    if total.failed > 0 {
        let _ = writeln!(
            out,
            "documents the pipeline failed on (scored with no prediction): {}",
            total.failed
        );
    }
    let _ = writeln!(
        out,
        "\n{:<8} {:>8} {:>8} {:>9} {:>8} {:>8} {:>9} {:>7} {:>7}",
        "type",
        "strict P",
        "strict R",
        "strict F1",
        "fuzzy P",
        "fuzzy R",
        "fuzzy F1",
        "gold",
        "pred"
    );
    for kind in MICRO {
        row(
            &mut out,
            kind.label(),
            total.by_type.get(&kind).copied().unwrap_or_default(),
        );
    }
    row(&mut out, "micro", total.micro());
    if let Some(date) = total
        .by_type
        .get(&EntityType::Date)
        .filter(|_| !dated.is_empty())
    {
        row(&mut out, "DATE", *date);
        let names: Vec<String> = dated.iter().map(|f| file_name(&f.path)).collect();
        let _ = writeln!(
            out,
            "(micro = PER/LOC/ORG; DATE scored apart, on the files whose gold has dates: {})",
            names.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "(micro = PER/LOC/ORG; no file has gold dates, DATE not scored)"
        );
    }
    if files.len() > 1 {
        let _ = writeln!(
            out,
            "\n{:<40} {:>9} {:>8} {:>7} {:>7}",
            "file (micro)", "strict F1", "fuzzy F1", "gold", "pred"
        );
        for (file, tally) in files.iter().zip(per_file) {
            let micro = tally.micro();
            let _ = writeln!(
                out,
                "{:<40} {:>9.3} {:>8.3} {:>7} {:>7}",
                file_name(&file.path),
                micro.strict.prf().f1,
                micro.fuzzy.prf().f1,
                micro.strict.gold(),
                micro.strict.predicted()
            );
        }
    }
    out
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Date, Loc, Org, Per};

    fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path
    }

    const HEADER: &str = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\t\
                          NE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n";

    fn hipe_line(token: &str, tag: &str, misc: &str) -> String {
        format!("{token}\t{tag}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n")
    }

    /// A HIPE file of one document from `(token, tag, misc)` triples.
    fn hipe(rows: &[(&str, &str, &str)]) -> String {
        let mut text =
            format!("{HEADER}# hipe2022:document_id = d1\n# hipe2022:date = 1900-01-02\n");
        for (token, tag, misc) in rows {
            text.push_str(&hipe_line(token, tag, misc));
        }
        text
    }

    fn read(name: &str, text: &str) -> GoldFile {
        let dir = tempfile::tempdir().unwrap();
        read_gold(&write(&dir, name, text)).unwrap()
    }

    macro_rules! rebuild {
        ($name:ident, $rows:expr, $text:expr) => {
            #[test]
            fn $name() {
                let file = read("t.tsv", &hipe(&$rows));
                assert_eq!(file.docs[0].text, $text);
            }
        };
    }

    rebuild!(spaces, [("Le", "O", "_"), ("roi", "O", "_")], "Le roi ");
    rebuild!(
        no_space,
        [("M", "O", "NoSpaceAfter"), (".", "O", "_"), ("X", "O", "_")],
        "M. X "
    );
    // NoSpaceAfter between two letters is a lost line break.
    rebuild!(
        lost_break,
        [("suspect", "O", "NoSpaceAfter"), ("comme", "O", "_")],
        "suspect comme "
    );
    rebuild!(
        end_of_line,
        [("a", "O", "EndOfLine"), ("b", "O", "EndOfLine")],
        "a\nb\n"
    );
    rebuild!(
        glued_beats_line,
        [("(", "O", "NoSpaceAfter|EndOfLine"), ("b", "O", "_")],
        "(b "
    );

    #[test]
    fn hipe_documents_entities_and_labels() {
        let mut text = hipe(&[
            ("M", "B-pers", "NoSpaceAfter"),
            (".", "I-pers", "_"),
            ("Thiers", "I-pers", "_"),
            ("à", "O", "_"),
            ("Paris", "B-loc", "_"),
            ("Lyon", "I-loc", "_"),
            ("le", "B-time", "_"),
            ("Temps", "B-prod", "_"),
        ]);
        text.push_str("\n# hipe2022:document_id = d2\n");
        text.push_str(&hipe_line("#", "I-org", "_"));
        let file = read("HIPE-x.tsv", &text);
        assert_eq!(file.docs.len(), 2);
        assert_eq!(file.docs[0].id, "HIPE-x/d1");
        assert_eq!(file.docs[0].date, NaiveDate::from_ymd_opt(1900, 1, 2));
        let found: Vec<(EntityType, Range<usize>)> = file.docs[0]
            .entities
            .iter()
            .map(|e| (e.kind, e.tokens.clone()))
            .collect();
        assert_eq!(found, vec![(Per, 0..3), (Loc, 4..6), (Date, 6..7)]);
        assert_eq!(file.not_scored["prod"], 1);
        // A line with TABs is a token even when it starts with #; I- after nothing opens.
        assert_eq!(
            file.docs[1].entities,
            vec![Entity {
                kind: Org,
                tokens: 0..1
            }]
        );
        assert!(file.conventions.titles_in_names && file.conventions.dates);
        assert!(!file.conventions.runs);
    }

    #[test]
    fn bio_runs_and_chunks() {
        let mut text = String::from("Jean I-PER\nDupont I-PER\nà O\nParis I-LOC\n. O\n");
        for _ in 0..CHUNK_TOKENS {
            text.push_str("x O\n");
        }
        text.push_str(". O\nfin O\n");
        let file = read("e.bio", &text);
        assert!(file.conventions.runs && !file.conventions.titles_in_names);
        // The first sentence is too short to close a document; the next "." closes it.
        assert_eq!(file.docs.len(), 2);
        assert_eq!(file.docs[0].tokens.len(), 5 + CHUNK_TOKENS + 1);
        assert_eq!(file.docs[1].text, "fin ");
        assert!(file.docs[0].text.starts_with("Jean Dupont à Paris . x"));
        let kinds: Vec<_> = file.docs[0]
            .entities
            .iter()
            .map(|e| (e.kind, e.tokens.clone()))
            .collect();
        assert_eq!(kinds, vec![(Per, 0..2), (Loc, 3..4)]);
    }

    #[test]
    fn conll_documents_and_sentences() {
        let file = read(
            "c.conll",
            "-DOCSTART- O\nLe O\nPape B-PER\n\nRome B-LOC\n-DOCSTART- O\nNew B-LOC\nYork I-LOC\n",
        );
        assert_eq!(file.docs.len(), 2);
        assert_eq!(file.docs[0].text, "Le Pape\nRome ");
        assert!(!file.conventions.runs);
        assert_eq!(
            file.docs[1].entities,
            vec![Entity {
                kind: Loc,
                tokens: 0..2
            }]
        );
    }

    macro_rules! malformed {
        ($name:ident, $file:expr, $text:expr, $message:expr) => {
            #[test]
            fn $name() {
                let dir = tempfile::tempdir().unwrap();
                let path = write(&dir, $file, $text);
                let error = format!("{:#}", read_gold(&path).unwrap_err());
                assert!(error.ends_with($message), "{error}");
                assert!(error.starts_with(&path.display().to_string()), "{error}");
            }
        };
    }

    malformed!(
        bad_tag,
        "b.bio",
        "Paris I-LOC\nLyon X-LOC\n",
        ":2: tag \"X-LOC\" is not O, B-<type> or I-<type>"
    );
    malformed!(
        no_tag,
        "b.bio",
        "Paris I-LOC\nLyon\n",
        ":2: expected a token and a tag separated by a space"
    );
    malformed!(
        short_row,
        "h.tsv",
        &format!("{HEADER}# hipe2022:document_id = d\nx\tO\n"),
        ":3: 2 tab-separated fields where the header has 10"
    );
    malformed!(
        no_misc,
        "h.tsv",
        "TOKEN\tNE-COARSE-LIT\nx\tO\n",
        ":1: the header has no MISC column"
    );

    /// Tokens of "M. Jean Dupont à Paris": M|.|Jean|Dupont|à|Paris.
    const TEXT: &str = "M. Jean Dupont à Paris";

    fn tokens() -> Vec<Range<usize>> {
        vec![0..1, 1..2, 3..7, 8..14, 15..17, 18..23]
    }

    macro_rules! snapped {
        ($name:ident, [$(($kind:expr, $span:expr)),*], $entities:expr, $dropped:expr) => {
            #[test]
            fn $name() {
                let (found, dropped) = snap(&tokens(), vec![$(($kind, $span, "rule")),*]);
                let found: Vec<_> = found.into_iter().map(|e| (e.kind, e.tokens)).collect();
                assert_eq!((found, dropped), ($entities, $dropped));
            }
        };
    }

    snapped!(whole_tokens, [(Per, 3..14)], vec![(Per, 2..4)], 0);
    // A span that cuts into a token takes it whole.
    snapped!(part_token, [(Loc, 20..21)], vec![(Loc, 5..6)], 0);
    // The later of two overlapping predictions keeps only the tokens left.
    snapped!(
        shared_token,
        [(Loc, 8..23), (Per, 3..10)],
        vec![(Per, 2..4), (Loc, 4..6)],
        0
    );
    snapped!(
        nested_dropped,
        [(Per, 3..14), (Per, 8..14)],
        vec![(Per, 2..4)],
        1
    );
    snapped!(in_a_gap, [(Per, 14..15)], vec![], 1);

    #[test]
    fn runs_merge_touching_predictions_of_one_type() {
        let e = |kind, tokens| Entity { kind, tokens };
        let merged = as_runs(&[e(Per, 0..1), e(Per, 1..2), e(Loc, 2..3), e(Loc, 4..5)]);
        assert_eq!(merged, vec![e(Per, 0..2), e(Loc, 2..3), e(Loc, 4..5)]);
    }

    macro_rules! widen {
        ($name:ident, $text:expr, $span:expr, $widened:expr) => {
            #[test]
            fn $name() {
                let gaz = Gazetteers::embedded().unwrap();
                assert_eq!(&$text[widen_over_title($text, $span, &gaz)], $widened);
            }
        };
    }

    widen!(title_with_dot, TEXT, 3..14, "M. Jean Dupont");
    widen!(title_without_dot, "M Thiers", 2..8, "M Thiers");
    widen!(madame, "vu par Mme Curie", 11..16, "Mme Curie");
    widen!(not_a_title, "vu par Jean Dupont", 12..18, "Dupont");
    widen!(lower_case_m_is_a_unit, "5 m Dupont", 4..10, "Dupont");
    widen!(at_start, "Dupont", 0..6, "Dupont");

    /// A document whose gold holds no entity is scored with the others, and the report
    /// gives the figures without it apart.
    #[test]
    fn documents_without_gold_are_reported_apart() {
        let mut text = hipe(&[
            ("M.", "B-pers", "_"),
            ("Jean", "I-pers", "_"),
            ("Dupont", "I-pers", "_"),
            ("parle", "O", "_"),
            (".", "O", "_"),
        ]);
        text.push_str("\n# hipe2022:document_id = d2\n");
        for token in ["M.", "Paul", "Girard", "parle", "."] {
            text.push_str(&hipe_line(token, "O", "_"));
        }
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "two.tsv", &text);
        let pipeline = Pipeline::new(Gazetteers::embedded().unwrap(), None);
        let report = evaluate(&pipeline, &[path], &Options::default()).unwrap();
        assert!(
            report.table.contains("1 of 2 documents"),
            "{}",
            report.table
        );
        let all = &report.json["per_type"]["PER"]["fuzzy"];
        let annotated = &report.json["annotated_documents"]["per_type"]["PER"]["fuzzy"];
        let counts = |v: &Value| (v["correct"].as_u64(), v["predicted"].as_u64());
        assert_eq!(counts(all), (Some(1), Some(2)));
        assert_eq!(counts(annotated), (Some(1), Some(1)));
    }

    #[test]
    fn scores_a_document_by_hand() {
        // Gold: PER "M. Jean Dupont" (tokens 0..4), LOC "Paris" (5..6), DATE nowhere.
        let doc = GoldDoc {
            id: "d".into(),
            text: TEXT.into(),
            tokens: tokens(),
            entities: vec![
                Entity {
                    kind: Per,
                    tokens: 0..4,
                },
                Entity {
                    kind: Loc,
                    tokens: 5..6,
                },
            ],
            ..GoldDoc::default()
        };
        let conventions = Conventions::default();
        // PER "Jean Dupont" (boundary), ORG "Paris" (type), LOC "à" (spurious).
        let predicted = [
            (Per, 3..14, "first name"),
            (Org, 18..23, "listed"),
            (Loc, 15..17, "place after its cue"),
        ];
        let tally = score_doc(&doc, conventions, &predicted, true);
        let micro = tally.micro();
        assert_eq!(
            (
                micro.strict.tp,
                micro.strict.predicted(),
                micro.strict.gold()
            ),
            (0, 3, 2)
        );
        assert_eq!(
            (micro.fuzzy.tp, micro.fuzzy.predicted(), micro.fuzzy.gold()),
            (1, 3, 2)
        );
        // The ORG prediction on gold LOC is booked to LOC; the spurious LOC too.
        assert_eq!(tally.by_type[&Loc].strict.predicted(), 2);
        assert!(!tally.by_type.contains_key(&Org));
        assert_eq!(tally.errors.len(), 3);
        assert_eq!(tally.errors[1]["error"], "spurious");
        assert_eq!(tally.errors[1]["pred"]["text"], "à");
        assert_eq!(
            tally.errors[1]["pred"]["rules"],
            json!(["place after its cue"])
        );
        assert_eq!(tally.errors[0]["pred"]["rules"], json!(["first name"]));
        // An empty prediction: everything missed, nothing predicted.
        let empty = score_doc(&doc, conventions, &[], false).micro();
        assert_eq!(
            (
                empty.strict.tp,
                empty.strict.predicted(),
                empty.strict.gold()
            ),
            (0, 0, 2)
        );
        // Dates are scored apart and only when the gold has them.
        let dated = Conventions {
            dates: true,
            ..conventions
        };
        let with_date = score_doc(&doc, dated, &[(Date, 15..17, "date grammar")], false);
        assert_eq!(with_date.by_type[&Date].strict.predicted(), 1);
        assert_eq!(with_date.micro().strict.predicted(), 0);
        assert!(
            !score_doc(&doc, conventions, &[(Date, 15..17, "date grammar")], false)
                .by_type
                .contains_key(&Date)
        );
    }

    /// The shared evaluation data, or `None` (with a message) when it is absent.
    fn shared(path: &str) -> Option<PathBuf> {
        let full = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/eval/ner")
            .join(path);
        if full.exists() {
            Some(full)
        } else {
            eprintln!("skipped: {} is absent", full.display());
            None
        }
    }

    /// Feeds spaCy's published predictions through our reading, snapping and scoring, and
    /// checks the counts in its results.json: same figures, same scorer.
    fn reproduces_spacy(gold: &str, group: &str) {
        let (Some(gold), Some(preds), Some(results)) = (
            shared(gold),
            shared("spacy-baseline/fr_core_news_md.jsonl"),
            shared("spacy-baseline/results.json"),
        ) else {
            return;
        };
        let file = read_gold(&gold).unwrap();
        let mut by_doc: BTreeMap<String, Vec<(EntityType, usize, usize)>> = BTreeMap::new();
        for line in fs::read_to_string(preds).unwrap().lines() {
            let p: Value = serde_json::from_str(line).unwrap();
            let kind = EntityType::parse(p["type"].as_str().unwrap()).unwrap();
            let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
            by_doc
                .entry(p["doc"].as_str().unwrap().to_string())
                .or_default()
                .push((kind, start as usize, end as usize));
        }
        let mut total = Tally::default();
        for doc in &file.docs {
            // Offsets are code points: turn them into bytes of our rebuilt text.
            let byte = |c: usize| {
                doc.text
                    .char_indices()
                    .nth(c)
                    .map_or(doc.text.len(), |(b, _)| b)
            };
            let spans: Vec<Typed> = by_doc
                .get(&doc.id)
                .into_iter()
                .flatten()
                .map(|&(kind, s, e)| (kind, byte(s)..byte(e), "spaCy"))
                .collect();
            for (_, span, _) in &spans {
                assert!(!doc.text[span.clone()].trim().is_empty());
            }
            total.add(&score_doc(doc, file.conventions, &spans, false));
        }
        let results: Value = serde_json::from_str(&fs::read_to_string(results).unwrap()).unwrap();
        let expected = &results["systems"]["fr_core_news_md"]["files"][group];
        let mut kinds: Vec<(&str, Regimes)> = MICRO
            .iter()
            .map(|k| (k.label(), total.by_type.get(k).copied().unwrap_or_default()))
            .collect();
        kinds.push(("micro", total.micro()));
        for (label, regimes) in kinds {
            for (regime, counts) in [("strict", regimes.strict), ("fuzzy", regimes.fuzzy)] {
                let want = &expected[regime][label];
                let got = (
                    counts.tp as u64,
                    counts.predicted() as u64,
                    counts.gold() as u64,
                );
                let published = (
                    want["TP"].as_u64().unwrap(),
                    want["pred"].as_u64().unwrap(),
                    want["gold"].as_u64().unwrap(),
                );
                assert_eq!(got, published, "{group} {regime} {label}");
            }
        }
    }

    #[test]
    fn reproduces_spacy_on_hipe2020_test() {
        reproduces_spacy(
            "hipe2022-fr/HIPE-2022-v2.1-hipe2020-test-fr.tsv",
            "hipe2020",
        );
    }

    #[test]
    fn reproduces_spacy_on_newseye_test() {
        reproduces_spacy("hipe2022-fr/HIPE-2022-v2.1-newseye-test-fr.tsv", "newseye");
    }

    #[test]
    fn reproduces_spacy_on_europeana() {
        reproduces_spacy("europeana-fr-bnf/enp_FR.bnf.bio", "europeana");
    }
}
