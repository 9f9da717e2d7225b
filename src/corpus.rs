//! The corpus: command-line inputs (directories, `.txt` and `.jsonl` files, `-` for JSONL on
//! standard input) → a sorted list of sources, each read lazily into [`Entry`]s, so that a
//! batch streams through in bounded memory. An entry holds an article's bytes as read; it is
//! decoded or parsed into an [`Article`] by [`Entry::into_article`], on the thread that
//! analyses it, so that the reading thread only reads. Every problem becomes an
//! [`ArticleError`] naming the file (and line); nothing here stops the run.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

use crate::article::{Article, ArticleError};
use crate::decode::decode;

/// One command-line input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    /// `-` is standard input; anything else a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// How a source holds its articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file.
    Text,
    /// One article per line, as JSON with `text` and optional `id`, `date`, `title`, `url`.
    Jsonl,
}

/// A file (or standard input) to read articles from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// The name used in doc ids: the path relative to its input root, with `/`.
    pub name: String,
    pub format: Format,
}

/// Expands the inputs into sources, directories walked recursively. Sources come sorted by
/// path (standard input first) and each file once, so that the same files give the same
/// output in whatever order the arguments name them. A directory whose canonical path is
/// `skip` (the output folder, when it lies inside an input) is not walked. Inputs that
/// cannot be walked come back as errors, sorted, beside the sources.
pub fn discover(inputs: &[Input], skip: Option<&Path>) -> (Vec<Source>, Vec<ArticleError>) {
    let skip = skip.and_then(|dir| dir.canonicalize().ok());
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let path = match input {
            Input::Stdin => {
                sources.push(Source {
                    path: None,
                    name: "-".to_string(),
                    format: Format::Jsonl,
                });
                continue;
            }
            Input::Path(path) => path,
        };
        let shown = path.display().to_string();
        match std::fs::metadata(path) {
            Err(err) => errors.push(read_error(&shown, &err)),
            Ok(meta) if meta.is_dir() => walk(path, skip.as_deref(), &mut sources, &mut errors),
            Ok(_) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or(shown);
                sources.push(Source {
                    path: Some(path.clone()),
                    format: format_of(path),
                    name,
                });
            }
        }
    }
    // The same file named twice (`dir/` and `dir/a.txt`) is read once: keyed by its
    // canonical path where there is one.
    let mut keyed: Vec<(Option<PathBuf>, Source)> = sources
        .into_iter()
        .map(|s| {
            let key = s
                .path
                .as_ref()
                .map(|p| p.canonicalize().unwrap_or(p.clone()));
            (key, s)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0.is_some() && a.0 == b.0);
    errors.sort_by(|a, b| (&a.doc, &a.message).cmp(&(&b.doc, &b.message)));
    errors.dedup();
    (keyed.into_iter().map(|(_, s)| s).collect(), errors)
}

fn walk(
    root: &Path,
    skip: Option<&Path>,
    sources: &mut Vec<Source>,
    errors: &mut Vec<ArticleError>,
) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            let is_skipped =
                || skip.is_some_and(|dir| entry.path().canonicalize().is_ok_and(|p| p == dir));
            !(entry.file_type().is_dir() && is_skipped())
        });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let shown = err.path().unwrap_or(root).display().to_string();
                // walkdir words a loop as "File system loop found: A points to an ancestor B".
                errors.push(ArticleError {
                    doc: shown,
                    stage: "read",
                    message: err.to_string(),
                });
                continue;
            }
        };
        let path = entry.path();
        let wanted = path.extension().is_some_and(|e| e == "txt" || e == "jsonl");
        if !entry.file_type().is_file() || !wanted {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(path);
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        sources.push(Source {
            path: Some(path.to_path_buf()),
            format: format_of(path),
            name,
        });
    }
}

fn format_of(path: &Path) -> Format {
    if path.extension().is_some_and(|e| e == "jsonl") {
        Format::Jsonl
    } else {
        Format::Text
    }
}

fn read_error(doc: &str, err: &io::Error) -> ArticleError {
    ArticleError {
        doc: doc.to_string(),
        stage: "read",
        message: err.to_string(),
    }
}

/// One article as read, not yet decoded or parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// The bytes of a text file, named as in doc ids.
    Text { name: String, bytes: Vec<u8> },
    /// One non-blank JSONL line, named `file:line`.
    Line { doc: String, bytes: Vec<u8> },
}

impl Entry {
    /// Its size in bytes, as read.
    pub fn size(&self) -> usize {
        match self {
            Entry::Text { bytes, .. } | Entry::Line { bytes, .. } => bytes.len(),
        }
    }

    /// The article: a text file decoded, a JSONL line parsed.
    pub fn into_article(self) -> Result<Article, ArticleError> {
        match self {
            Entry::Text { name, bytes } => match decode(&bytes) {
                Ok(decoded) => Ok(Article {
                    id: name,
                    text: decoded.text,
                    warnings: decoded.warnings,
                    ..Article::default()
                }),
                Err(err) => Err(ArticleError {
                    doc: name,
                    stage: "decode",
                    message: err.to_string(),
                }),
            },
            Entry::Line { doc, bytes } => parse_line(&bytes, doc),
        }
    }
}

/// The articles of one source, read lazily. `max_bytes` bounds a text file and a JSONL line.
pub fn read(
    source: &Source,
    max_bytes: u64,
) -> Box<dyn Iterator<Item = Result<Entry, ArticleError>>> {
    match source.format {
        Format::Text => Box::new(std::iter::once(read_text(source, max_bytes))),
        Format::Jsonl => {
            let reader: Box<dyn BufRead> = match &source.path {
                None => Box::new(BufReader::new(io::stdin())),
                Some(path) => match File::open(path) {
                    Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
                    Err(err) => {
                        return Box::new(std::iter::once(Err(read_error(&source.name, &err))))
                    }
                },
            };
            Box::new(JsonlLines {
                name: source.name.clone(),
                reader,
                line: 0,
                max_bytes,
                done: false,
            })
        }
    }
}

fn read_text(source: &Source, max_bytes: u64) -> Result<Entry, ArticleError> {
    let path = source.path.as_deref().unwrap_or(Path::new("-"));
    let fail = |message: String| ArticleError {
        doc: source.name.clone(),
        stage: "read",
        message,
    };
    let file = File::open(path).map_err(|e| fail(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > max_bytes {
        return Err(fail(format!(
            "larger than --max-bytes ({max_bytes} bytes): skipped"
        )));
    }
    Ok(Entry::Text {
        name: source.name.clone(),
        bytes,
    })
}

struct JsonlLines {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    max_bytes: u64,
    done: bool,
}

impl Iterator for JsonlLines {
    type Item = Result<Entry, ArticleError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            // Each line's bytes go with its entry, so each gets a buffer of its own.
            let mut buf = Vec::new();
            self.line += 1;
            let doc = format!("{}:{}", self.name, self.line);
            let too_long = match read_line_capped(&mut self.reader, &mut buf, self.max_bytes) {
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Ok(Some(too_long)) => too_long,
                Err(err) => {
                    self.done = true;
                    return Some(Err(read_error(&doc, &err)));
                }
            };
            if too_long {
                return Some(Err(ArticleError {
                    doc,
                    stage: "read",
                    message: format!(
                        "line longer than --max-bytes ({} bytes): skipped",
                        self.max_bytes
                    ),
                }));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(Entry::Line { doc, bytes: buf }));
        }
        None
    }
}

/// Reads one line into `buf` (without its end), keeping at most `cap` bytes. `None` at the
/// end of input; `Some(true)` when the line was longer than `cap` and was skipped.
pub fn read_line_capped(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: u64,
) -> io::Result<Option<bool>> {
    let mut seen = 0u64;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if seen == 0 { None } else { Some(too_long) });
        }
        let (take, found_end) = match memchr::memchr(b'\n', chunk) {
            Some(at) => (at, true),
            None => (chunk.len(), false),
        };
        seen += take as u64 + found_end as u64;
        if !too_long && buf.len() as u64 + take as u64 <= cap {
            buf.extend_from_slice(&chunk[..take]);
        } else {
            too_long = true;
            buf.clear();
        }
        reader.consume(take + found_end as usize);
        if found_end {
            return Ok(Some(too_long));
        }
    }
}

/// One JSONL line → its article; `doc` names the line (`file:line`) in errors and is the id
/// of an article without its own.
pub fn parse_line(bytes: &[u8], doc: String) -> Result<Article, ArticleError> {
    let fail = |message: String| ArticleError {
        doc: doc.clone(),
        stage: "parse",
        message,
    };
    let line: Line = serde_json::from_slice(bytes).map_err(|e| fail(format!("not JSON: {e}")))?;
    let Line::Object(fields) = line else {
        return Err(fail("not a JSON object".to_string()));
    };
    let text = match fields.text {
        Some(Field::Str(text)) => text.into_owned(),
        Some(other) => {
            return Err(fail(format!(
                "`text` must be a string, found {}",
                other.type_name()
            )))
        }
        None => return Err(fail("no `text` field".to_string())),
    };
    if text.trim().is_empty() {
        return Err(fail("empty `text`".to_string()));
    }
    let id = match fields.id {
        Some(Field::Str(id)) => id.into_owned(),
        Some(Field::Number(id)) => id.to_string(),
        _ => doc.clone(),
    };
    let string = |field: Option<Field>| match field {
        Some(Field::Str(s)) => Some(s.into_owned()),
        _ => None,
    };
    let mut warnings = Vec::new();
    let date = string(fields.date).and_then(|d| {
        let day = d.get(..10).unwrap_or(&d);
        let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
        if parsed.is_none() {
            warnings.push(format!("date: {d:?} is not YYYY-MM-DD, ignored"));
        }
        parsed
    });
    Ok(Article {
        id,
        text,
        date,
        title: string(fields.title),
        url: string(fields.url),
        warnings,
    })
}

/// A JSONL line as parsed: an object's fields, or anything else.
///
/// Parsed straight into what an article takes rather than into a [`Value`]: a string with no
/// escape is borrowed from the line, so an article's text is copied once, not twice, and
/// no map of the fields is built. Every other value is still parsed in full, as a [`Value`]
/// would be, so that a line is taken or refused, with the same message, as before.
enum Line<'a> {
    Object(Fields<'a>),
    NotObject,
}

/// The fields of a line that make an article, each the last value given for its key (as
/// in a [`Value`]'s map).
#[derive(Default)]
struct Fields<'a> {
    text: Option<Field<'a>>,
    id: Option<Field<'a>>,
    date: Option<Field<'a>>,
    title: Option<Field<'a>>,
    url: Option<Field<'a>>,
}

/// A field's value as far as an article needs it.
enum Field<'a> {
    Str(Cow<'a, str>),
    Number(Number),
    /// Anything else, named as in messages.
    Other(&'static str),
}

impl Field<'_> {
    fn type_name(&self) -> &'static str {
        match self {
            Field::Str(_) => "a string",
            Field::Number(_) => "a number",
            Field::Other(name) => name,
        }
    }
}

impl<'de> Deserialize<'de> for Line<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LineVisitor)
    }
}

struct LineVisitor;

impl<'de> Visitor<'de> for LineVisitor {
    type Value = Line<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Line<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Text => &mut fields.text,
                Key::Id => &mut fields.id,
                Key::Date => &mut fields.date,
                Key::Title => &mut fields.title,
                Key::Url => &mut fields.url,
                Key::Other => {
                    map.next_value::<Value>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value()?);
        }
        Ok(Line::Object(fields))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Line<'de>, A::Error> {
        FieldVisitor.visit_seq(seq).map(|_| Line::NotObject)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }

    fn visit_str<E>(self, _: &str) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }

    fn visit_unit<E>(self) -> Result<Line<'de>, E> {
        Ok(Line::NotObject)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(s.to_string())))
    }

    fn visit_string<E>(self, s: String) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(s)))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Field<'de>, E> {
        Ok(Field::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Field<'de>, E> {
        Ok(Field::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Field<'de>, E> {
        // As a `Value` takes it: a float that is no JSON number is null.
        Ok(Number::from_f64(n).map_or(Field::Other("null"), Field::Number))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Field<'de>, E> {
        Ok(Field::Other("a boolean"))
    }

    fn visit_unit<E>(self) -> Result<Field<'de>, E> {
        Ok(Field::Other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
        while seq.next_element::<Value>()?.is_some() {}
        Ok(Field::Other("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
        while map.next_entry::<String, Value>()?.is_some() {}
        Ok(Field::Other("an object"))
    }
}

/// A key of a line's object: one an article takes, or another.
enum Key {
    Text,
    Id,
    Date,
    Title,
    Url,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, key: &str) -> Result<Key, E> {
        Ok(match key {
            "text" => Key::Text,
            "id" => Key::Id,
            "date" => Key::Date,
            "title" => Key::Title,
            "url" => Key::Url,
            _ => Key::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, cap: u64) -> Vec<Result<String, String>> {
        let source = JsonlLines {
            name: "t.jsonl".into(),
            reader: Box::new(io::Cursor::new(input.as_bytes().to_vec())),
            line: 0,
            max_bytes: cap,
            done: false,
        };
        source
            .map(|r| {
                r.and_then(Entry::into_article)
                    .map(|a| format!("{}={}", a.id, a.text))
                    .map_err(|e| format!("{}: {}", e.doc, e.message))
            })
            .collect()
    }

    #[test]
    fn jsonl_lines() {
        let input = "{\"id\":\"a\",\"text\":\"Un.\"}\n\n{\"text\":\"Deux.\",\"date\":\"2018-07-11T10:00\"}\n";
        assert_eq!(
            lines(input, 1000),
            vec![Ok("a=Un.".into()), Ok("t.jsonl:3=Deux.".into())]
        );
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let input = "nope\n{\"id\":1}\n{\"text\":3}\n{\"text\":\"ok\"}";
        let got = lines(input, 1000);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .starts_with("t.jsonl:1: not JSON"));
        assert_eq!(got[1], Err("t.jsonl:2: no `text` field".into()));
        assert_eq!(
            got[2],
            Err("t.jsonl:3: `text` must be a string, found a number".into())
        );
        assert_eq!(got[3], Ok("t.jsonl:4=ok".into()));
    }

    /// A line read as a [`Value`] first, as [`parse_line`] once did: it must agree.
    fn parse_as_value(bytes: &[u8], doc: String) -> Result<Article, ArticleError> {
        let fail = |message: String| ArticleError {
            doc: doc.clone(),
            stage: "parse",
            message,
        };
        let value: Value =
            serde_json::from_slice(bytes).map_err(|e| fail(format!("not JSON: {e}")))?;
        let Value::Object(fields) = value else {
            return Err(fail("not a JSON object".to_string()));
        };
        let text = match fields.get("text") {
            Some(Value::String(text)) => text.clone(),
            Some(other) => {
                let name = match other {
                    Value::Null => "null",
                    Value::Bool(_) => "a boolean",
                    Value::Number(_) => "a number",
                    Value::String(_) => "a string",
                    Value::Array(_) => "an array",
                    Value::Object(_) => "an object",
                };
                return Err(fail(format!("`text` must be a string, found {name}")));
            }
            None => return Err(fail("no `text` field".to_string())),
        };
        if text.trim().is_empty() {
            return Err(fail("empty `text`".to_string()));
        }
        let id = match fields.get("id") {
            Some(Value::String(id)) => id.clone(),
            Some(Value::Number(id)) => id.to_string(),
            _ => doc.clone(),
        };
        let string = |key: &str| fields.get(key).and_then(Value::as_str).map(str::to_string);
        let mut warnings = Vec::new();
        let date = string("date").and_then(|d| {
            let day = d.get(..10).unwrap_or(&d);
            let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
            if parsed.is_none() {
                warnings.push(format!("date: {d:?} is not YYYY-MM-DD, ignored"));
            }
            parsed
        });
        Ok(Article {
            id,
            text,
            date,
            title: string("title"),
            url: string("url"),
            warnings,
        })
    }

    #[test]
    fn lines_read_as_a_value_would_read_them() {
        let deep = format!(
            "{{\"text\":\"a\",\"x\":{}{}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        let lines: Vec<&[u8]> = vec![
            br#"{"id":"a","text":"Un.","date":"2018-07-11T10:00","title":"T","url":"u"}"#,
            br#"{"text":"L\u2019\u00e9t\u00e9 \"oui\"\n\tfin","id":12}"#,
            br#"{"text":"a","id":-3}"#,
            br#"{"text":"a","id":1.5e3}"#,
            br#"{"text":"a","id":1e400}"#,
            br#"{"text":"a","id":null,"title":3,"url":["x"],"date":"hier"}"#,
            br#"{"text":"premier","text":"second","id":"x","id":7}"#,
            br#"{"text":"a","autre":{"b":[1,2,{"c":"\ud83d\ude00"}],"d":true},"e":null}"#,
            b"{\"text\":\"a\",\"autre\":\"\xff\"}",
            b"{\"text\":\"a\",\"autre\":[\"\xff\"]}",
            b"{\"text\":\"a\",\"\xff\":1}",
            b"{\"text\":\"a\xc3\xa9\"}",
            b"{\"text\":\"a\xc3\"}",
            br#"{"text":null}"#,
            br#"{"text":true}"#,
            br#"{"text":[1]}"#,
            br#"{"text":{"a":1}}"#,
            br#"{"text":"  "}"#,
            br#"{"id":"a"}"#,
            br#"{"text":"a"} x"#,
            br#"{"text":"a","n":01}"#,
            br#"{"text":"a\x"}"#,
            br#"{"text":"a"#,
            br#"[{"text":"a"}]"#,
            br#""text""#,
            br#"12"#,
            br#"null"#,
            br#"{}"#,
            br#"{"text":"a",}"#,
            b"{\"text\":\"a\x01\"}",
            r#"{"te\u0078t":"échappé"}"#.as_bytes(),
            deep.as_bytes(),
        ];
        for line in lines {
            let show = String::from_utf8_lossy(line);
            assert_eq!(
                parse_line(line, "f:1".to_string()),
                parse_as_value(line, "f:1".to_string()),
                "{show}"
            );
        }
    }

    #[test]
    fn long_line_is_skipped_and_reading_goes_on() {
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"court\"}}\n",
            "x".repeat(100)
        );
        let got = lines(&long, 50);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .contains("longer than --max-bytes"));
        assert_eq!(got[1], Ok("t.jsonl:2=court".into()));
    }
}
