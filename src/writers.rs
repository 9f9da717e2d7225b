//! Writers: records → the files of the output contract (`articles`, `entities`, `quotes` as
//! JSONL and CSV, `errors.jsonl`). Each file is written under a temporary name in the output
//! folder and renamed into place only by [`Sink::finish`], so an interrupted run never
//! leaves a half-written file where a complete one was.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::article::ArticleError;
use crate::records::{QuoteRecord, Records};

/// Which files to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    Jsonl,
    Csv,
    #[default]
    Both,
}

/// CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvStyle {
    /// A UTF-8 byte-order mark and `;` between fields, as French-locale Excel expects.
    pub excel: bool,
}

struct Pending {
    temp: PathBuf,
    done: PathBuf,
}

/// The open output files of one run.
pub struct Sink {
    jsonl: Option<[BufWriter<File>; 3]>,
    csv: Option<[csv::Writer<BufWriter<File>>; 3]>,
    errors: BufWriter<File>,
    pending: Vec<Pending>,
}

/// One flattened row of `quotes.csv`.
#[derive(Serialize)]
struct QuoteRow<'a> {
    doc: &'a str,
    text: &'a str,
    parts: String,
    start: usize,
    end: usize,
    kind: &'a str,
    sentence: usize,
    speaker_text: Option<&'a str>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    speaker_canonical: Option<&'a str>,
    speaker_type: Option<&'a str>,
    speaker_via: Option<&'a str>,
    cue_text: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    cue_lemma: Option<&'a str>,
}

impl<'a> QuoteRow<'a> {
    fn new(q: &'a QuoteRecord) -> QuoteRow<'a> {
        let speaker = q.speaker.as_ref();
        let cue = q.cue.as_ref();
        QuoteRow {
            doc: &q.doc,
            text: &q.text,
            parts: q
                .parts
                .iter()
                .map(|[s, e]| format!("{s}-{e}"))
                .collect::<Vec<_>>()
                .join("|"),
            start: q.start,
            end: q.end,
            kind: &q.kind,
            sentence: q.sentence,
            speaker_text: speaker.map(|s| s.text.as_str()),
            speaker_start: speaker.map(|s| s.start),
            speaker_end: speaker.map(|s| s.end),
            speaker_canonical: speaker.map(|s| s.canonical.as_str()),
            speaker_type: speaker.map(|s| s.kind.as_str()),
            speaker_via: speaker.map(|s| s.via.as_str()),
            cue_text: cue.map(|c| c.text.as_str()),
            cue_start: cue.map(|c| c.start),
            cue_end: cue.map(|c| c.end),
            cue_lemma: cue.map(|c| c.lemma.as_str()),
        }
    }
}

/// One flattened row of `articles.csv`.
#[derive(Serialize)]
struct ArticleRow<'a> {
    doc: &'a str,
    chars: usize,
    paragraphs: usize,
    sentences: usize,
    date: Option<&'a str>,
    date_source: &'a str,
    entities: usize,
    quotes: usize,
    boilerplate_chars: usize,
    warnings: String,
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    doc: &'a str,
    stage: &'a str,
    message: &'a str,
}

const NAMES: [&str; 3] = ["articles", "entities", "quotes"];

impl Sink {
    /// Creates `dir` if needed and opens every output file under a temporary name.
    pub fn create(dir: &Path, format: OutputFormat, style: CsvStyle) -> Result<Sink> {
        fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create output folder", dir.display()))?;
        let mut pending = Vec::new();
        let mut open = |name: String| -> Result<BufWriter<File>> {
            let done = dir.join(&name);
            let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            let file =
                File::create(&temp).with_context(|| format!("{}: cannot write", temp.display()))?;
            pending.push(Pending { temp, done });
            Ok(BufWriter::with_capacity(1 << 16, file))
        };
        let jsonl = match format {
            OutputFormat::Csv => None,
            _ => Some([
                open(format!("{}.jsonl", NAMES[0]))?,
                open(format!("{}.jsonl", NAMES[1]))?,
                open(format!("{}.jsonl", NAMES[2]))?,
            ]),
        };
        let csv = match format {
            OutputFormat::Jsonl => None,
            _ => {
                let mut writers = Vec::with_capacity(3);
                for name in NAMES {
                    let mut file = open(format!("{name}.csv"))?;
                    if style.excel {
                        file.write_all("\u{feff}".as_bytes())?;
                    }
                    writers.push(
                        csv::WriterBuilder::new()
                            .delimiter(if style.excel { b';' } else { b',' })
                            .from_writer(file),
                    );
                }
                writers.try_into().ok()
            }
        };
        let errors = open("errors.jsonl".to_string())?;
        Ok(Sink {
            jsonl,
            csv,
            errors,
            pending,
        })
    }

    /// Writes the records of one article.
    pub fn write(&mut self, records: &Records) -> Result<()> {
        if let Some([articles, entities, quotes]) = &mut self.jsonl {
            json_line(articles, &records.article)?;
            for e in &records.entities {
                json_line(entities, e)?;
            }
            for q in &records.quotes {
                json_line(quotes, q)?;
            }
        }
        if let Some([articles, entities, quotes]) = &mut self.csv {
            let a = &records.article;
            articles.serialize(ArticleRow {
                doc: &a.doc,
                chars: a.chars,
                paragraphs: a.paragraphs,
                sentences: a.sentences,
                date: a.date.as_deref(),
                date_source: &a.date_source,
                entities: a.entities,
                quotes: a.quotes,
                boilerplate_chars: a.boilerplate_chars,
                warnings: a.warnings.join("|"),
            })?;
            for e in &records.entities {
                entities.serialize(e)?;
            }
            for q in &records.quotes {
                quotes.serialize(QuoteRow::new(q))?;
            }
        }
        Ok(())
    }

    /// Records an article that produced nothing.
    pub fn error(&mut self, error: &ArticleError) -> Result<()> {
        json_line(
            &mut self.errors,
            &ErrorRow {
                doc: &error.doc,
                stage: error.stage,
                message: &error.message,
            },
        )
    }

    /// Flushes every file and renames it into place.
    pub fn finish(mut self) -> Result<()> {
        if let Some(writers) = &mut self.jsonl {
            for w in writers {
                w.flush()?;
            }
        }
        if let Some(writers) = &mut self.csv {
            for w in writers {
                w.flush()?;
            }
        }
        self.errors.flush()?;
        let pending = std::mem::take(&mut self.pending);
        drop(self);
        for p in &pending {
            fs::rename(&p.temp, &p.done)
                .with_context(|| format!("{}: cannot rename into place", p.done.display()))?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    /// A sink dropped without `finish` (an error, an interrupted run) leaves no temporary file.
    fn drop(&mut self) {
        for p in &self.pending {
            let _ = fs::remove_file(&p.temp);
        }
    }
}

fn json_line(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")?;
    Ok(())
}
