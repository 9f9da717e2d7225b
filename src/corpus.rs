//! The corpus: command-line inputs (directories, `.txt` and `.jsonl` files, `-` for JSONL on
//! standard input) → a sorted list of sources, each read lazily into [`Entry`]s, so that a
//! batch streams through in bounded memory. An entry holds an article's bytes as read; it is
//! decoded or parsed into an [`Article`] by [`Entry::into_article`], on the thread that
//! analyses it, so that the reading thread only reads. Every problem becomes an
//! [`ArticleError`] naming the file (and line); nothing here stops the run.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value;

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
    let value: Value = serde_json::from_slice(bytes).map_err(|e| fail(format!("not JSON: {e}")))?;
    let Value::Object(fields) = value else {
        return Err(fail("not a JSON object".to_string()));
    };
    let text = match fields.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(other) => {
            return Err(fail(format!(
                "`text` must be a string, found {}",
                type_name(other)
            )))
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

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
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
