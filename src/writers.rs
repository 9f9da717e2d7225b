//! Writers: records → the files of the output contract (`articles`, `entities`, `quotes` as
//! JSONL and CSV, `errors.jsonl`). An [`Encoder`] turns one article's records into the bytes
//! of its rows on whichever thread analysed it; the [`Sink`] appends those bytes, in input
//! order, to each file. Each file is written under a temporary name in the output folder and
//! renamed into place only by [`Sink::finish`], so an interrupted run never leaves a
//! half-written file where a complete one was.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::article::ArticleError;
use crate::records::{ArticleRecord, EntityRecord, QuoteRecord, Records};

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
    encoder: Encoder,
    jsonl: Option<[BufWriter<File>; 3]>,
    csv: Option<[BufWriter<File>; 3]>,
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

/// One flattened row of `articles.csv`, as the csv writer would take it: what
/// [`Encoder::article_row`] writes by hand is checked against it.
#[cfg(test)]
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

#[cfg(test)]
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

/// Turns one article's records into the bytes each record file gets, in the run's format and
/// CSV style. It runs on the worker threads, so that the thread writing the files in input
/// order only appends bytes; a [`Sink`] gives the encoder that matches its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoder {
    format: OutputFormat,
    style: CsvStyle,
}

/// One article's rows, encoded: for each record file, in [`NAMES`] order, the bytes appended
/// to it (JSON lines, CSV rows). A file of a format the run does not write gets nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Encoded {
    jsonl: [Vec<u8>; 3],
    csv: [Vec<u8>; 3],
}

impl Encoder {
    pub fn new(format: OutputFormat, style: CsvStyle) -> Encoder {
        Encoder { format, style }
    }

    /// The rows of `records` as the files of the run's format hold them.
    pub fn encode(&self, records: &Records) -> Encoded {
        let mut encoded = Encoded::default();
        if self.format != OutputFormat::Csv {
            let [articles, entities, quotes] = &mut encoded.jsonl;
            // Room for the usual rows at once, rather than growing byte buffers row by row.
            entities.reserve(records.entities.len() * ROW_BYTES);
            quotes.reserve(quotes_bytes(records));
            article_line(articles, &records.article);
            for e in &records.entities {
                entity_line(entities, e);
            }
            for q in &records.quotes {
                json_line(quotes, q);
            }
        }
        if self.format != OutputFormat::Jsonl {
            let [articles, entities, quotes] = &mut encoded.csv;
            articles.reserve(ROW_BYTES);
            self.article_row(articles, &records.article);
            entities.reserve(records.entities.len() * ROW_BYTES);
            for e in &records.entities {
                self.entity_row(entities, e);
            }
            let size = quotes_bytes(records);
            *quotes = self.csv_rows(records.quotes.iter().map(QuoteRow::new), size);
        }
        encoded
    }

    /// The first bytes of each CSV file: a byte-order mark for Excel, then the header.
    fn csv_header(&self, header: &[&str]) -> Vec<u8> {
        let bom: &[u8] = if self.style.excel {
            "\u{feff}".as_bytes()
        } else {
            b""
        };
        let mut writer = self.csv_writer(bom.to_vec());
        writer
            .write_record(header)
            .expect("a CSV record written to memory cannot fail");
        into_bytes(writer)
    }

    /// `size`: the room to make for the rows at once.
    fn csv_rows<R: Serialize>(&self, rows: impl IntoIterator<Item = R>, size: usize) -> Vec<u8> {
        let mut writer = self.csv_writer(Vec::with_capacity(size));
        for row in rows {
            writer
                .serialize(row)
                .expect("a row of strings and numbers serialises to memory");
        }
        into_bytes(writer)
    }

    /// Appends `e` as one CSV row of the run's style, byte for byte what [`Encoder::csv_rows`]
    /// writes (a test checks it): entities are most of the rows, and most of their fields
    /// need no quotes, so each goes out whole instead of through a serializer and a writer.
    fn entity_row(&self, out: &mut Vec<u8>, e: &EntityRecord) {
        let delimiter = if self.style.excel { b';' } else { b',' };
        let field = |out: &mut Vec<u8>, text: &str| csv_field(out, text, delimiter);
        field(out, &e.doc);
        out.push(delimiter);
        field(out, &e.kind);
        out.push(delimiter);
        field(out, &e.text);
        for n in [e.start, e.end, e.sentence] {
            out.push(delimiter);
            decimal(out, n);
        }
        for text in [&e.canonical, &e.key, &e.source] {
            out.push(delimiter);
            field(out, text);
        }
        out.push(delimiter);
        if let Some(value) = &e.value {
            field(out, value);
        }
        out.extend_from_slice(if self.style.excel { b"\r\n" } else { b"\n" });
    }

    /// Appends `a` as one CSV row of the run's style, byte for byte what
    /// [`Encoder::csv_rows`] writes of it (a test checks it): one row an
    /// article, through no writer of its own.
    fn article_row(&self, out: &mut Vec<u8>, a: &ArticleRecord) {
        let delimiter = if self.style.excel { b';' } else { b',' };
        csv_field(out, &a.doc, delimiter);
        for n in [a.chars, a.paragraphs, a.sentences] {
            out.push(delimiter);
            decimal(out, n);
        }
        out.push(delimiter);
        if let Some(date) = &a.date {
            csv_field(out, date, delimiter);
        }
        out.push(delimiter);
        csv_field(out, &a.date_source, delimiter);
        for n in [a.entities, a.quotes, a.boilerplate_chars] {
            out.push(delimiter);
            decimal(out, n);
        }
        out.push(delimiter);
        csv_field(out, &a.warnings.join("|"), delimiter);
        out.extend_from_slice(if self.style.excel { b"\r\n" } else { b"\n" });
    }

    /// A CSV writer of the run's style. Its rows carry no header: that is written once, when
    /// the file is created. Each article gets its own writer, and since a CSV row depends
    /// only on its own fields, the rows of all of them together are what one writer would
    /// have written.
    fn csv_writer(&self, out: Vec<u8>) -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            // The writer's own buffer, zeroed at its creation, is only a stage on the way to
            // `out`: the default 8 KiB would cost more to clear than an article's rows.
            .buffer_capacity(1 << 10)
            .has_headers(false)
            .delimiter(if self.style.excel { b';' } else { b',' })
            .terminator(if self.style.excel {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .from_writer(out)
    }
}

/// About the size of an encoded row of `articles` or `entities`, to make room for them.
const ROW_BYTES: usize = 256;

/// About the size of the encoded rows of `quotes`: the quoted words and the rest of a row.
fn quotes_bytes(records: &Records) -> usize {
    let words: usize = records.quotes.iter().map(|q| q.text.len()).sum();
    words + records.quotes.len() * 2 * ROW_BYTES
}

fn into_bytes(writer: csv::Writer<Vec<u8>>) -> Vec<u8> {
    writer
        .into_inner()
        .expect("flushing a CSV writer into memory cannot fail")
}

/// Appends `value` as one JSON line; serialising records of strings and numbers to memory
/// cannot fail.
fn json_line(out: &mut Vec<u8>, value: &impl Serialize) {
    serde_json::to_writer(&mut *out, value).expect("a record serialises to memory");
    out.push(b'\n');
}

/// Appends `a` as one JSON line, byte for byte what [`json_line`] writes (a test checks
/// it), its keys known and its strings copied whole as for [`entity_line`].
fn article_line(out: &mut Vec<u8>, a: &ArticleRecord) {
    out.extend_from_slice(b"{\"doc\":");
    json_str(out, &a.doc);
    for (key, n) in [
        (&b",\"chars\":"[..], a.chars),
        (b",\"paragraphs\":", a.paragraphs),
        (b",\"sentences\":", a.sentences),
    ] {
        out.extend_from_slice(key);
        decimal(out, n);
    }
    out.extend_from_slice(b",\"date\":");
    match &a.date {
        Some(date) => json_str(out, date),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"date_source\":");
    json_str(out, &a.date_source);
    for (key, n) in [
        (&b",\"entities\":"[..], a.entities),
        (b",\"quotes\":", a.quotes),
        (b",\"boilerplate_chars\":", a.boilerplate_chars),
    ] {
        out.extend_from_slice(key);
        decimal(out, n);
    }
    out.extend_from_slice(b",\"warnings\":[");
    for (i, warning) in a.warnings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, warning);
    }
    out.extend_from_slice(b"]}\n");
}

/// Appends `e` as one JSON line, byte for byte what [`json_line`] writes (a test checks it).
/// Entities are most of the rows: their keys are known, and most of their strings need no
/// escape, so each goes out whole instead of through a serializer a field at a time.
fn entity_line(out: &mut Vec<u8>, e: &EntityRecord) {
    out.extend_from_slice(b"{\"doc\":");
    json_str(out, &e.doc);
    out.extend_from_slice(b",\"type\":");
    json_str(out, &e.kind);
    out.extend_from_slice(b",\"text\":");
    json_str(out, &e.text);
    out.extend_from_slice(b",\"start\":");
    decimal(out, e.start);
    out.extend_from_slice(b",\"end\":");
    decimal(out, e.end);
    out.extend_from_slice(b",\"sentence\":");
    decimal(out, e.sentence);
    out.extend_from_slice(b",\"canonical\":");
    json_str(out, &e.canonical);
    out.extend_from_slice(b",\"key\":");
    json_str(out, &e.key);
    out.extend_from_slice(b",\"source\":");
    json_str(out, &e.source);
    out.extend_from_slice(b",\"value\":");
    match &e.value {
        Some(value) => json_str(out, value),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b"}\n");
}

/// Appends `text` as a JSON string: as it is between quotes when no byte of it needs an
/// escape (a quote, a backslash, a control char), else as serde_json escapes it.
fn json_str(out: &mut Vec<u8>, text: &str) {
    if text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        serde_json::to_writer(&mut *out, text).expect("a string serialises to memory");
        return;
    }
    out.reserve(text.len() + 2);
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
}

/// Appends `text` as a CSV field: as it is, or between quotes with its quotes doubled when
/// it holds the delimiter, a quote or a line break, as the csv writer does.
fn csv_field(out: &mut Vec<u8>, text: &str, delimiter: u8) {
    let bytes = text.as_bytes();
    if !bytes
        .iter()
        .any(|&b| b == delimiter || matches!(b, b'"' | b'\r' | b'\n'))
    {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for part in bytes.split_inclusive(|&b| b == b'"') {
        out.extend_from_slice(part);
        if part.ends_with(b"\"") {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

/// Appends `n` in decimal.
fn decimal(out: &mut Vec<u8>, n: usize) {
    let mut digits = [0; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

impl Sink {
    /// Creates `dir` if needed and opens every output file under a temporary name.
    pub fn create(dir: &Path, format: OutputFormat, style: CsvStyle) -> Result<Sink> {
        fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create output folder", dir.display()))?;
        let mut sink = Sink {
            dir: dir.to_path_buf(),
            encoder: Encoder::new(format, style),
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
            let mut files = Vec::with_capacity(3);
            for (name, header) in NAMES.iter().zip(CSV_HEADERS) {
                let name = format!("{name}.csv");
                let mut file = sink.open(&name)?;
                file.write_all(&sink.encoder.csv_header(header))
                    .with_context(|| sink.cannot_write(&name))?;
                files.push(file);
            }
            sink.csv = files.try_into().ok();
        }
        sink.errors = Some(sink.open("errors.jsonl")?);
        Ok(sink)
    }

    /// The encoder of the rows [`Sink::write`] takes: the format and CSV style of these files.
    pub fn encoder(&self) -> Encoder {
        self.encoder
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

    /// Appends the rows of one article, encoded by [`Sink::encoder`].
    pub fn write(&mut self, encoded: &Encoded) -> Result<()> {
        let dir = &self.dir;
        let append = |files: &mut Option<[BufWriter<File>; 3]>, rows: &[Vec<u8>; 3], ext| {
            let Some(files) = files else { return Ok(()) };
            for ((file, bytes), name) in files.iter_mut().zip(rows).zip(NAMES) {
                file.write_all(bytes).with_context(|| {
                    format!(
                        "{}: cannot write",
                        dir.join(format!("{name}.{ext}")).display()
                    )
                })?;
            }
            Ok(())
        };
        append(&mut self.jsonl, &encoded.jsonl, "jsonl")?;
        append(&mut self.csv, &encoded.csv, "csv")
    }

    /// Records an article that produced nothing.
    pub fn error(&mut self, error: &ArticleError) -> Result<()> {
        let row = ErrorRow {
            doc: &error.doc,
            stage: error.stage,
            message: &error.message,
        };
        let mut line = Vec::new();
        json_line(&mut line, &row);
        match &mut self.errors {
            Some(errors) => errors
                .write_all(&line)
                .with_context(|| self.cannot_write("errors.jsonl")),
            None => Ok(()),
        }
    }

    /// Flushes every file to disk and only then renames each into place, so that what
    /// carries a final name is complete even after a crash or a power cut.
    pub fn finish(mut self) -> Result<()> {
        let writers = [self.jsonl.take(), self.csv.take()]
            .into_iter()
            .flatten()
            .flatten()
            .chain(self.errors.take());
        // The files were opened, so pushed to `pending`, in this same order.
        let files: Vec<_> = writers
            .map(|w| w.into_inner().map_err(|e| e.into_error()))
            .collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{ArticleRecord, CueRecord, SpeakerRecord};

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

    /// Field values that JSON escapes or CSV quotes, or that a hand-written writer could get
    /// wrong: quotes, backslashes, control chars, separators, surrounding spaces, a comment
    /// sign.
    const ODD: [&str; 8] = [
        "",
        "a\"b",
        "a\\b",
        "l\u{2019}État\n\t\u{1}\u{1f}\u{7f}",
        "/«»😀",
        "a,b;c\r\"\"",
        " x ",
        "#",
    ];

    #[test]
    fn entity_rows_are_what_serde_json_and_csv_write() {
        for (i, text) in ODD.iter().enumerate() {
            for value in [None, Some(text.to_string())] {
                let e = EntityRecord {
                    doc: ODD[(i + 1) % ODD.len()].to_string(),
                    kind: "DATE".into(),
                    text: text.to_string(),
                    start: i,
                    end: usize::MAX - i,
                    sentence: 10usize.pow(i as u32),
                    canonical: text.repeat(2),
                    key: ODD[(i + 2) % ODD.len()].to_string(),
                    source: "rule".into(),
                    value,
                };
                let (mut fast, mut general) = (Vec::new(), Vec::new());
                entity_line(&mut fast, &e);
                json_line(&mut general, &e);
                assert_eq!(String::from_utf8(fast), String::from_utf8(general));
                for excel in [false, true] {
                    let encoder = Encoder::new(OutputFormat::Csv, CsvStyle { excel });
                    let mut fast = Vec::new();
                    encoder.entity_row(&mut fast, &e);
                    let general = encoder.csv_rows([&e], 0);
                    assert_eq!(String::from_utf8(fast), String::from_utf8(general));
                }
            }
        }
    }

    #[test]
    fn article_rows_are_what_serde_json_and_csv_write() {
        for (i, text) in ODD.iter().enumerate() {
            for date in [None, Some(text.to_string())] {
                let a = ArticleRecord {
                    doc: text.to_string(),
                    chars: i,
                    paragraphs: usize::MAX - i,
                    sentences: 10usize.pow(i as u32),
                    date,
                    date_source: ODD[(i + 1) % ODD.len()].to_string(),
                    entities: i * 7,
                    quotes: 0,
                    boilerplate_chars: 123_456,
                    warnings: ODD[..i].iter().map(|w| w.to_string()).collect(),
                };
                let (mut fast, mut general) = (Vec::new(), Vec::new());
                article_line(&mut fast, &a);
                json_line(&mut general, &a);
                assert_eq!(String::from_utf8(fast), String::from_utf8(general));
                for excel in [false, true] {
                    let encoder = Encoder::new(OutputFormat::Csv, CsvStyle { excel });
                    let mut fast = Vec::new();
                    encoder.article_row(&mut fast, &a);
                    let general = encoder.csv_rows([ArticleRow::new(&a)], 0);
                    assert_eq!(String::from_utf8(fast), String::from_utf8(general));
                }
            }
        }
    }

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

    /// A second article unlike the first: no date, no warning, two entities (a date with its
    /// value), a quotation with neither speaker nor cue.
    fn other_records() -> Records {
        let mut r = records();
        r.article.doc = "b.txt".into();
        r.article.date = None;
        r.article.warnings.clear();
        let mut date = r.entities[0].clone();
        (date.kind, date.text, date.value) =
            ("DATE".into(), "hier".into(), Some("2018-07-10".into()));
        r.entities.push(date);
        r.quotes[0].speaker = None;
        r.quotes[0].cue = None;
        r.quotes[0].parts.truncate(1);
        r
    }

    /// Each file as one writer over the whole run writes it, header first: what the rows
    /// encoded article by article must add up to. In [`NAMES`] order, JSONL then CSV.
    fn written_at_once(all: &[Records], style: CsvStyle) -> Vec<Vec<u8>> {
        fn line(out: &mut Vec<u8>, value: impl Serialize) {
            serde_json::to_writer(&mut *out, &value).unwrap();
            out.push(b'\n');
        }
        let mut jsonl = vec![Vec::new(); 3];
        for r in all {
            line(&mut jsonl[0], &r.article);
            r.entities.iter().for_each(|e| line(&mut jsonl[1], e));
            r.quotes.iter().for_each(|q| line(&mut jsonl[2], q));
        }
        let mut csv = Vec::new();
        for (i, header) in CSV_HEADERS.iter().enumerate() {
            let bom: &[u8] = if style.excel {
                "\u{feff}".as_bytes()
            } else {
                b""
            };
            let mut w = csv::WriterBuilder::new()
                .delimiter(if style.excel { b';' } else { b',' })
                .terminator(match style.excel {
                    true => csv::Terminator::CRLF,
                    false => csv::Terminator::Any(b'\n'),
                })
                .has_headers(false)
                .from_writer(bom.to_vec());
            w.write_record(*header).unwrap();
            for r in all {
                match i {
                    0 => w.serialize(ArticleRow::new(&r.article)).unwrap(),
                    1 => r.entities.iter().for_each(|e| w.serialize(e).unwrap()),
                    _ => r
                        .quotes
                        .iter()
                        .for_each(|q| w.serialize(QuoteRow::new(q)).unwrap()),
                }
            }
            csv.push(w.into_inner().unwrap());
        }
        jsonl.into_iter().chain(csv).collect()
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Rows encoded article by article, on any thread, then appended in order: every file
    /// holds byte for byte what one writer over the whole run writes, header included.
    macro_rules! case {
        ($name:ident, $format:expr, excel: $excel:expr) => {
            #[test]
            fn $name() {
                let style = CsvStyle { excel: $excel };
                let all = [records(), other_records(), records()];
                let dir = tempfile::tempdir().unwrap();
                let mut sink = Sink::create(dir.path(), $format, style).unwrap();
                for r in &all {
                    sink.write(&sink.encoder().encode(r)).unwrap();
                }
                sink.finish().unwrap();
                let expected = written_at_once(&all, style);
                let files = NAMES.map(|n| format!("{n}.jsonl")).into_iter();
                let files = files.chain(NAMES.map(|n| format!("{n}.csv")));
                let mut checked = 0;
                for (name, want) in files.zip(expected) {
                    let Ok(got) = fs::read(dir.path().join(&name)) else {
                        continue;
                    };
                    assert_eq!(
                        String::from_utf8_lossy(&got),
                        String::from_utf8_lossy(&want),
                        "{name}"
                    );
                    checked += 1;
                }
                let wanted = match $format {
                    OutputFormat::Both => 6,
                    _ => 3,
                };
                assert_eq!(checked, wanted);
            }
        };
    }

    case!(both_plain, OutputFormat::Both, excel: false);
    case!(both_excel, OutputFormat::Both, excel: true);
    case!(jsonl_only, OutputFormat::Jsonl, excel: false);
    case!(csv_only_excel, OutputFormat::Csv, excel: true);

    #[test]
    fn finish_renames_and_drop_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = Sink::create(dir.path(), OutputFormat::Both, CsvStyle::default()).unwrap();
        sink.write(&sink.encoder().encode(&records())).unwrap();
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
        sink.write(&sink.encoder().encode(&records())).unwrap();
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
        let encoded = sink.encoder().encode(&records());
        let mut outcome = Ok(());
        for _ in 0..2000 {
            outcome = sink.write(&encoded);
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
