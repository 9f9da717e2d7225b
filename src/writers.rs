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
use crate::records::{ArticleRecord, QuoteRecord, Records};

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

/// A file being written: its temporary name and the name it takes when complete.
struct Pending {
    temp: PathBuf,
    done: PathBuf,
}

/// The open output files of one run. Every field is an `Option` so that [`Sink::finish`] can
/// take the writers out one by one while `Drop` still sees what to clean up.
pub struct Sink {
    dir: PathBuf,
    jsonl: Option<[BufWriter<File>; 3]>,
    csv: Option<[csv::Writer<BufWriter<File>>; 3]>,
    errors: Option<BufWriter<File>>,
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

impl<'a> ArticleRow<'a> {
    fn new(a: &'a ArticleRecord) -> ArticleRow<'a> {
        ArticleRow {
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
        }
    }
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    doc: &'a str,
    stage: &'a str,
    message: &'a str,
}

const NAMES: [&str; 3] = ["articles", "entities", "quotes"];

/// CSV header of each file, in [`NAMES`] order, written even when no row follows so that an
/// empty file still opens as a table with its columns. A test checks them against the rows.
const CSV_HEADERS: [&[&str]; 3] = [
    &[
        "doc",
        "chars",
        "paragraphs",
        "sentences",
        "date",
        "date_source",
        "entities",
        "quotes",
        "boilerplate_chars",
        "warnings",
    ],
    &[
        "doc",
        "type",
        "text",
        "start",
        "end",
        "sentence",
        "canonical",
        "key",
        "source",
        "value",
    ],
    &[
        "doc",
        "text",
        "parts",
        "start",
        "end",
        "kind",
        "sentence",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "speaker_canonical",
        "speaker_type",
        "speaker_via",
        "cue_text",
        "cue_start",
        "cue_end",
        "cue_lemma",
    ],
];

impl Sink {
    /// Creates `dir` if needed and opens every output file under a temporary name.
    pub fn create(dir: &Path, format: OutputFormat, style: CsvStyle) -> Result<Sink> {
        fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create output folder", dir.display()))?;
        let mut sink = Sink {
            dir: dir.to_path_buf(),
            jsonl: None,
            csv: None,
            errors: None,
            pending: Vec::new(),
        };
        // On an error below, dropping `sink` removes the files opened so far.
        if format != OutputFormat::Csv {
            sink.jsonl = Some([
                sink.open(&format!("{}.jsonl", NAMES[0]))?,
                sink.open(&format!("{}.jsonl", NAMES[1]))?,
                sink.open(&format!("{}.jsonl", NAMES[2]))?,
            ]);
        }
        if format != OutputFormat::Jsonl {
            let mut writers = Vec::with_capacity(3);
            for (name, header) in NAMES.iter().zip(CSV_HEADERS) {
                let name = format!("{name}.csv");
                let mut file = sink.open(&name)?;
                if style.excel {
                    file.write_all("\u{feff}".as_bytes())
                        .with_context(|| sink.cannot_write(&name))?;
                }
                let mut writer = csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(if style.excel { b';' } else { b',' })
                    .terminator(if style.excel {
                        csv::Terminator::CRLF
                    } else {
                        csv::Terminator::Any(b'\n')
                    })
                    .from_writer(file);
                writer
                    .write_record(header)
                    .with_context(|| sink.cannot_write(&name))?;
                writers.push(writer);
            }
            sink.csv = writers.try_into().ok();
        }
        sink.errors = Some(sink.open("errors.jsonl")?);
        Ok(sink)
    }

    /// Opens `name` under its temporary name and remembers both names.
    fn open(&mut self, name: &str) -> Result<BufWriter<File>> {
        let done = self.dir.join(name);
        let temp = self.dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let file =
            File::create(&temp).with_context(|| format!("{}: cannot write", temp.display()))?;
        self.pending.push(Pending { temp, done });
        Ok(BufWriter::with_capacity(1 << 16, file))
    }

    fn cannot_write(&self, name: &str) -> String {
        format!("{}: cannot write", self.dir.join(name).display())
    }

    /// Writes the records of one article.
    pub fn write(&mut self, records: &Records) -> Result<()> {
        let dir = &self.dir;
        let failed = |name: &str, ext: &str| {
            format!(
                "{}: cannot write",
                dir.join(format!("{name}.{ext}")).display()
            )
        };
        if let Some([articles, entities, quotes]) = &mut self.jsonl {
            json_line(articles, &records.article).with_context(|| failed(NAMES[0], "jsonl"))?;
            for e in &records.entities {
                json_line(entities, e).with_context(|| failed(NAMES[1], "jsonl"))?;
            }
            for q in &records.quotes {
                json_line(quotes, q).with_context(|| failed(NAMES[2], "jsonl"))?;
            }
        }
        if let Some([articles, entities, quotes]) = &mut self.csv {
            articles
                .serialize(ArticleRow::new(&records.article))
                .with_context(|| failed(NAMES[0], "csv"))?;
            for e in &records.entities {
                entities
                    .serialize(e)
                    .with_context(|| failed(NAMES[1], "csv"))?;
            }
            for q in &records.quotes {
                quotes
                    .serialize(QuoteRow::new(q))
                    .with_context(|| failed(NAMES[2], "csv"))?;
            }
        }
        Ok(())
    }

    /// Records an article that produced nothing.
    pub fn error(&mut self, error: &ArticleError) -> Result<()> {
        let row = ErrorRow {
            doc: &error.doc,
            stage: error.stage,
            message: &error.message,
        };
        match &mut self.errors {
            Some(errors) => {
                json_line(errors, &row).with_context(|| self.cannot_write("errors.jsonl"))
            }
            None => Ok(()),
        }
    }

    /// Flushes every file to disk and only then renames each into place, so that what
    /// carries a final name is complete even after a crash or a power cut.
    pub fn finish(mut self) -> Result<()> {
        let mut files = Vec::with_capacity(self.pending.len());
        if let Some(writers) = self.jsonl.take() {
            files.extend(
                writers
                    .into_iter()
                    .map(|w| w.into_inner().map_err(|e| e.into_error())),
            );
        }
        if let Some(writers) = self.csv.take() {
            for w in writers {
                let file = w
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|b| b.into_inner().map_err(|e| e.into_error()));
                files.push(file);
            }
        }
        if let Some(errors) = self.errors.take() {
            files.push(errors.into_inner().map_err(|e| e.into_error()));
        }
        for (file, p) in files.into_iter().zip(&self.pending) {
            file.and_then(|f| f.sync_all())
                .with_context(|| format!("{}: cannot write", p.done.display()))?;
        }
        for p in &self.pending {
            fs::rename(&p.temp, &p.done)
                .with_context(|| format!("{}: cannot rename into place", p.done.display()))?;
        }
        self.pending.clear();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{ArticleRecord, CueRecord, EntityRecord, SpeakerRecord};

    fn records() -> Records {
        let doc = "a;b,\"c\".txt".to_string();
        Records {
            article: ArticleRecord {
                doc: doc.clone(),
                chars: 40,
                paragraphs: 2,
                sentences: 3,
                date: Some("2018-07-11".into()),
                date_source: "metadata".into(),
                entities: 1,
                quotes: 1,
                boilerplate_chars: 0,
                warnings: vec!["encoding: x".into(), "repeat: y".into()],
            },
            entities: vec![EntityRecord {
                doc: doc.clone(),
                kind: "PER".into(),
                text: "Jagland".into(),
                start: 2,
                end: 9,
                sentence: 0,
                canonical: "Thorbjørn Jagland".into(),
                key: "jagland".into(),
                source: "gazetteer".into(),
                value: None,
            }],
            quotes: vec![QuoteRecord {
                doc,
                text: "Oui; non, \"peut-être\"\nfin".into(),
                parts: vec![[10, 20], [25, 30]],
                start: 10,
                end: 30,
                kind: "full".into(),
                sentence: 1,
                speaker: Some(SpeakerRecord {
                    text: "il".into(),
                    start: 32,
                    end: 34,
                    canonical: "Thorbjørn Jagland".into(),
                    kind: "PER".into(),
                    via: "pronoun".into(),
                }),
                cue: Some(CueRecord {
                    text: "a dit".into(),
                    start: 35,
                    end: 40,
                    lemma: "dire".into(),
                }),
            }],
        }
    }

    /// The header `csv` itself derives from the first row, for comparison with `CSV_HEADERS`.
    fn derived_header(row: impl Serialize) -> Vec<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(row).unwrap();
        let bytes = w.into_inner().unwrap();
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        r.headers().unwrap().iter().map(str::to_string).collect()
    }

    #[test]
    fn csv_headers_match_the_rows() {
        let r = records();
        assert_eq!(derived_header(ArticleRow::new(&r.article)), CSV_HEADERS[0]);
        assert_eq!(derived_header(&r.entities[0]), CSV_HEADERS[1]);
        assert_eq!(derived_header(QuoteRow::new(&r.quotes[0])), CSV_HEADERS[2]);
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn finish_renames_and_drop_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = Sink::create(dir.path(), OutputFormat::Both, CsvStyle::default()).unwrap();
        sink.write(&records()).unwrap();
        drop(sink);
        assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));

        let sink = Sink::create(dir.path(), OutputFormat::Jsonl, CsvStyle::default()).unwrap();
        sink.finish().unwrap();
        assert_eq!(
            listing(dir.path()),
            [
                "articles.jsonl",
                "entities.jsonl",
                "errors.jsonl",
                "quotes.jsonl"
            ]
        );
    }

    #[test]
    fn excel_style_has_bom_semicolons_and_crlf() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink =
            Sink::create(dir.path(), OutputFormat::Csv, CsvStyle { excel: true }).unwrap();
        sink.write(&records()).unwrap();
        sink.finish().unwrap();
        let bytes = fs::read(dir.path().join("quotes.csv")).unwrap();
        assert!(bytes.starts_with("\u{feff}doc;text;parts;".as_bytes()));
        let text = String::from_utf8(bytes).unwrap();
        // `;` and `"` force quoting; the newline inside stays inside the quoted field.
        assert!(
            text.contains(
                "\"a;b,\"\"c\"\".txt\";\"Oui; non, \"\"peut-être\"\"\nfin\";10-20|25-30;"
            ),
            "{text}"
        );
        assert!(text.ends_with(";dire\r\n"), "{text}");
    }

    #[test]
    fn a_full_disk_is_an_error_naming_the_file_and_leaves_the_old_output() {
        if !Path::new("/dev/full").exists() {
            eprintln!("skipped: no /dev/full on this system");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("entities.jsonl"), "old\n").unwrap();
        // Every temporary file of this process is a link to a device that is always full.
        for name in [
            "articles.jsonl",
            "entities.jsonl",
            "quotes.jsonl",
            "errors.jsonl",
        ] {
            let temp = dir
                .path()
                .join(format!(".{name}.{}.tmp", std::process::id()));
            std::os::unix::fs::symlink("/dev/full", temp).unwrap();
        }
        let mut sink = Sink::create(dir.path(), OutputFormat::Jsonl, CsvStyle::default()).unwrap();
        let mut outcome = Ok(());
        for _ in 0..2000 {
            outcome = sink.write(&records());
            if outcome.is_err() {
                break;
            }
        }
        let err = match outcome {
            Err(err) => {
                drop(sink);
                err
            }
            Ok(()) => sink.finish().unwrap_err(),
        };
        let message = format!("{err:#}");
        assert!(message.contains("cannot write"), "{message}");
        assert!(message.contains("No space left"), "{message}");
        assert_eq!(listing(dir.path()), ["entities.jsonl"]);
        assert_eq!(
            fs::read_to_string(dir.path().join("entities.jsonl")).unwrap(),
            "old\n"
        );
    }
}
