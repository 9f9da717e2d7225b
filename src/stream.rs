//! Streaming mode: JSONL articles on a reader → one JSON line per input line on a writer,
//! in input order, each written and flushed as soon as it and the lines before it are done.
//! This is the contract of a Hadoop Streaming mapper and of Spark's `RDD.pipe`: a line that
//! cannot be analysed is answered by an error line, never by stopping the stream, and memory
//! holds at most a small window of lines whatever the length of the stream.
//!
//! One reader thread reads lines (each capped at `max_bytes`), worker threads parse and
//! analyse them, and the calling thread writes the answers in order. The reader stays at most
//! [`window`] lines ahead of the writer, which bounds memory and keeps a slow article from
//! piling up finished ones behind it. Reader and workers are not joined: when the output is
//! closed, the writer returns at once instead of waiting for an input that may never come.

use std::collections::BTreeMap;
use std::io::{self, BufRead, ErrorKind, Write};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::article::{Article, ArticleError};
use crate::corpus;
use crate::records::{ArticleRecord, EntityRecord, QuoteRecord, Records};
use crate::run::{self, Summary};

/// The answer to one input line: one JSON object on one output line.
///
/// An analysed article carries the same records as `articles.jsonl`, `entities.jsonl` and
/// `quotes.jsonl`, nested; a line that gave no analysis carries the record `errors.jsonl`
/// would hold, and the input's `id` when the line had one. `line` is the line's number in
/// this stream, from 1, so that answers can be matched to input lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Answer {
    Analysed {
        line: u64,
        article: ArticleRecord,
        entities: Vec<EntityRecord>,
        quotes: Vec<QuoteRecord>,
    },
    Failed {
        line: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        error: ErrorRecord,
    },
}

/// A line that gave no analysis, with the fields of an `errors.jsonl` record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    pub doc: String,
    pub stage: String,
    pub message: String,
}

impl From<&ArticleError> for ErrorRecord {
    fn from(error: &ArticleError) -> ErrorRecord {
        ErrorRecord {
            doc: error.doc.clone(),
            stage: error.stage.to_string(),
            message: error.message.clone(),
        }
    }
}

/// The work done on each article: the pipeline, in the program. A panic inside it becomes
/// an `internal` error for that article, as in a file run.
pub type Analyse = Arc<dyn Fn(Article) -> Records + Send + Sync>;

/// How many lines may be read ahead of the last one written, for `threads` workers: enough
/// to keep every worker busy while one article takes long, and no more.
pub fn window(threads: usize) -> usize {
    threads * 4 + 4
}

/// One input line as read: its number and its bytes, or why it was not read.
struct Job {
    seq: u64,
    line: Result<Vec<u8>, ArticleError>,
    /// The input failed here: nothing follows.
    last: bool,
}

/// One answered line, ready to write.
struct Done {
    seq: u64,
    json: Vec<u8>,
    outcome: Result<Counts, ArticleError>,
    last: bool,
}

/// What an analysed article adds to the summary.
struct Counts {
    entities: usize,
    quotes: usize,
    bytes: u64,
}

/// Reads JSONL articles from `input` until its end and writes one answer per line to
/// `output`, flushing after each. `name` names the input in the `doc` of error records
/// (`name:line`, as in a file run); `threads` is the number of workers (0: one per core).
/// Each line that fails is also handed to `on_error`, in order, after its answer is written.
///
/// Returns the summary once the input is exhausted, or as soon as the output is closed by
/// its reader (a broken pipe: nobody is left to answer). Fails when the input cannot be read
/// (after answering every line up to the one that failed) or the output cannot be written.
pub fn stream<R, W>(
    input: R,
    mut output: W,
    name: &str,
    threads: usize,
    max_bytes: u64,
    analyse: Analyse,
    on_error: &mut dyn FnMut(&ArticleError),
) -> io::Result<Summary>
where
    R: BufRead + Send + 'static,
    W: Write,
{
    let started = Instant::now();
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let window = window(threads);
    // A slot is taken by the reader for each line and given back by the writer once the line
    // is written: the reader can never be more than `window` lines ahead.
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        // The channel has room for exactly `window` slots: none of these blocks or fails.
        let _ = slot_tx.send(());
    }
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(window);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let reader_name = name.to_string();
    spawn("reader", move || {
        read_lines(input, &reader_name, max_bytes, &slot_rx, &job_tx)
    })?;
    for _ in 0..threads {
        let done_tx = done_tx.clone();
        let job_rx = Arc::clone(&job_rx);
        let analyse = Arc::clone(&analyse);
        let name = name.to_string();
        spawn("worker", move || loop {
            // One idle worker waits on the channel at a time, the others on the lock.
            // Nothing panics while it is held, so even a poisoned lock holds a good receiver.
            let job = job_rx.lock().unwrap_or_else(PoisonError::into_inner).recv();
            let Ok(job) = job else { return };
            if done_tx.send(answer(job, &name, &*analyse)).is_err() {
                return;
            }
        })?;
    }
    drop(done_tx);
    write_in_order(&done_rx, &slot_tx, &mut output, on_error, started)
}

fn spawn(role: &str, work: impl FnOnce() + Send + 'static) -> io::Result<()> {
    std::thread::Builder::new()
        .name(format!("depeche-stream-{role}"))
        .spawn(work)
        .map(drop)
}

/// The reader: sends each line of `input` with its number, waiting for a free slot before
/// each. Blank lines are sent too, so that every line gets its answer. Stops at the end of
/// the input, on a read error (sent as the last line), or when the writer has stopped.
fn read_lines(
    mut input: impl BufRead,
    name: &str,
    max_bytes: u64,
    slots: &Receiver<()>,
    jobs: &SyncSender<Job>,
) {
    for seq in 1.. {
        if slots.recv().is_err() {
            return;
        }
        let mut buf = Vec::new();
        let fail = |message: String| ArticleError {
            doc: format!("{name}:{seq}"),
            stage: "read",
            message,
        };
        let (line, last) = match corpus::read_line_capped(&mut input, &mut buf, max_bytes) {
            Ok(None) => return,
            Ok(Some(false)) => (Ok(buf), false),
            Ok(Some(true)) => (
                Err(fail(format!(
                    "line longer than --max-bytes ({max_bytes} bytes): skipped"
                ))),
                false,
            ),
            Err(err) => (Err(fail(format!("cannot read the input: {err}"))), true),
        };
        if jobs.send(Job { seq, line, last }).is_err() || last {
            return;
        }
    }
}

/// A worker's part: parses and analyses one line and serialises its answer. Never panics:
/// a panic in the analysis is that article's `internal` error, and one anywhere else that
/// line's, so that every line is answered and the writer never waits for a lost one.
fn answer(job: Job, name: &str, analyse: &(dyn Fn(Article) -> Records + Sync)) -> Done {
    let (line, last) = (job.seq, job.last);
    let doc = format!("{name}:{line}");
    let outcome = run::guarded(&doc, || match job.line {
        Err(error) => (Err(error), None),
        Ok(bytes) => analyse_line(&bytes, doc.clone(), analyse),
    });
    let (outcome, id) = outcome.unwrap_or_else(|error| (Err(error), None));
    let (answer, outcome) = match outcome {
        Ok((records, bytes)) => {
            let counts = Counts {
                entities: records.entities.len(),
                quotes: records.quotes.len(),
                bytes,
            };
            let answer = Answer::Analysed {
                line,
                article: records.article,
                entities: records.entities,
                quotes: records.quotes,
            };
            (answer, Ok(counts))
        }
        Err(error) => {
            let answer = Answer::Failed {
                line,
                id,
                error: ErrorRecord::from(&error),
            };
            (answer, Err(error))
        }
    };
    let mut json = serde_json::to_vec(&answer).expect("records of strings and numbers serialise");
    json.push(b'\n');
    Done {
        seq: line,
        json,
        outcome,
        last,
    }
}

/// The records of one non-empty line and its text's size, or its error and the `id` the
/// line gave, if any.
type LineOutcome = (Result<(Records, u64), ArticleError>, Option<String>);

fn analyse_line(
    bytes: &[u8],
    doc: String,
    analyse: &(dyn Fn(Article) -> Records + Sync),
) -> LineOutcome {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        let error = ArticleError {
            doc,
            stage: "parse",
            message: "blank line: no article".to_string(),
        };
        return (Err(error), None);
    }
    let article = match corpus::parse_line(bytes, doc.clone()) {
        Ok(article) => article,
        Err(error) => return (Err(error), id_of(bytes)),
    };
    // Without an `id` of its own, an article is named after its line.
    let id = (article.id != doc).then(|| article.id.clone());
    let size = article.text.len() as u64;
    let analysed = run::guarded(&article.id.clone(), || analyse(article));
    (analysed.map(|records| (records, size)), id)
}

/// The `id` of a line that parses as a JSON object with one, as the article would have had.
fn id_of(bytes: &[u8]) -> Option<String> {
    match serde_json::from_slice::<Value>(bytes).ok()?.get("id")? {
        Value::String(id) => Some(id.clone()),
        Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

/// The writer: takes answers as they come, puts them back in input order, writes and
/// flushes each, and gives its slot back to the reader. Ends when every worker has stopped,
/// which they do once the reader has.
fn write_in_order(
    done: &Receiver<Done>,
    slots: &SyncSender<()>,
    output: &mut impl Write,
    on_error: &mut dyn FnMut(&ArticleError),
    started: Instant,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut waiting = BTreeMap::new();
    let mut next = 1;
    for answered in done {
        waiting.insert(answered.seq, answered);
        while let Some(answered) = waiting.remove(&next) {
            let written = output
                .write_all(&answered.json)
                .and_then(|()| output.flush());
            summary.elapsed = started.elapsed();
            match written {
                // Whoever reads the output has gone: there is nobody left to answer.
                Err(err) if err.kind() == ErrorKind::BrokenPipe => return Ok(summary),
                Err(err) => {
                    return Err(io::Error::new(
                        err.kind(),
                        format!("cannot write the output: {err}"),
                    ))
                }
                Ok(()) => {}
            }
            match &answered.outcome {
                Ok(counts) => {
                    summary.articles += 1;
                    summary.entities += counts.entities;
                    summary.quotes += counts.quotes;
                    summary.bytes += counts.bytes;
                }
                Err(error) => {
                    summary.failed += 1;
                    on_error(error);
                    if answered.last {
                        return Err(io::Error::other(format!(
                            "{}: {}",
                            error.doc, error.message
                        )));
                    }
                }
            }
            next += 1;
            // The reader may have stopped already; then the slot is not needed.
            let _ = slots.send(());
        }
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteers;
    use crate::pipeline::Pipeline;
    use crate::records;
    use std::io::Cursor;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::OnceLock;
    use std::time::Duration;

    /// The pipeline without gazetteers, with a panic on "PANIQUE" and a pause on "LENT", so
    /// that a late article must not let the ones after it overtake it.
    fn fragile() -> Analyse {
        static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
        let pipeline = PIPELINE.get_or_init(|| {
            Pipeline::new(Gazetteers::from_sources(&[]).expect("no gazetteer"), None)
        });
        Arc::new(|article: Article| {
            assert!(!article.text.contains("PANIQUE"), "stage broke");
            if article.text.contains("LENT") {
                std::thread::sleep(Duration::from_millis(200));
            }
            records::build(&pipeline.analyse(article))
        })
    }

    /// Streams `input` and returns the output lines, the errors handed over and the result.
    fn run(input: &str, threads: usize) -> (Vec<Answer>, Vec<String>, io::Result<Summary>) {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        let result = stream(
            Cursor::new(input.as_bytes().to_vec()),
            &mut out,
            "-",
            threads,
            200,
            fragile(),
            &mut |e| errors.push(format!("{}: {}", e.doc, e.message)),
        );
        let answers = String::from_utf8(out)
            .expect("UTF-8 output")
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        (answers, errors, result)
    }

    /// An answer in short: `line doc` for an article, `line error stage id message` else.
    fn short(answer: &Answer) -> String {
        match answer {
            Answer::Analysed { line, article, .. } => format!("{line} {}", article.doc),
            Answer::Failed { line, id, error } => format!(
                "{line} error {} {} {}",
                error.stage,
                id.as_deref().unwrap_or("-"),
                error.message.split(':').next().unwrap_or_default()
            ),
        }
    }

    macro_rules! case {
        ($name:ident, $line:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let input = format!(
                    "{{\"id\":\"a\",\"text\":\"Avant.\"}}\n{}\n{{\"text\":\"Après.\"}}\n",
                    $line
                );
                let (answers, _, result) = run(&input, 2);
                result.expect("the stream ends well");
                let got: Vec<String> = answers.iter().map(short).collect();
                assert_eq!(got, ["1 a", $expected, "3 -:3"]);
            }
        };
    }

    case!(article_with_id, r#"{"id":"x","text":"Un texte."}"#, "2 x");
    case!(
        article_with_number_id,
        r#"{"id":7,"text":"Un texte."}"#,
        "2 7"
    );
    case!(article_without_id, r#"{"text":"Un texte."}"#, "2 -:2");
    case!(blank_line, "  ", "2 error parse - blank line");
    case!(not_json, "{nope", "2 error parse - not JSON");
    case!(not_an_object, "[1]", "2 error parse - not a JSON object");
    case!(
        no_text_echoes_id,
        r#"{"id":"x","txt":"Un."}"#,
        "2 error parse x no `text` field"
    );
    case!(
        number_text,
        r#"{"id":3,"text":4}"#,
        "2 error parse 3 `text` must be a string, found a number"
    );
    case!(
        empty_text,
        r#"{"text":" "}"#,
        "2 error parse - empty `text`"
    );
    case!(
        too_long,
        format!(r#"{{"id":"x","text":"{}"}}"#, "é".repeat(200)),
        "2 error read - line longer than --max-bytes (200 bytes)"
    );
    case!(
        panic_in_analysis,
        r#"{"id":"x","text":"Une PANIQUE."}"#,
        "2 error internal x internal error, please report it"
    );

    #[test]
    fn a_slow_article_keeps_its_place_and_errors_are_handed_over() {
        let mut input = String::new();
        for i in 1..=30 {
            let text = if i == 3 {
                "Un texte LENT."
            } else {
                "Un texte."
            };
            input.push_str(&format!("{{\"id\":\"{i}\",\"text\":\"{text}\"}}\n"));
            if i == 10 {
                input.push_str("nope\n");
            }
        }
        for threads in [1, 3] {
            let (answers, errors, result) = run(&input, threads);
            let summary = result.expect("the stream ends well");
            assert_eq!((summary.articles, summary.failed), (30, 1));
            let lines: Vec<u64> = answers
                .iter()
                .map(|a| match a {
                    Answer::Analysed { line, .. } | Answer::Failed { line, .. } => *line,
                })
                .collect();
            assert_eq!(lines, (1..=31).collect::<Vec<_>>());
            assert_eq!(short(&answers[10]), "11 error parse - not JSON");
            assert_eq!(short(&answers[11]), "12 11");
            assert_eq!(errors.len(), 1);
            assert!(errors[0].starts_with("-:11: not JSON"), "{errors:?}");
        }
    }

    /// Counts the lines read, so that the writer can check how far the reader got ahead.
    struct Counted {
        inner: Cursor<Vec<u8>>,
        newlines: Arc<AtomicUsize>,
    }

    impl io::Read for Counted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            io::Read::read(&mut self.inner, buf)
        }
    }

    impl BufRead for Counted {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            // One line at a time, so that what is read is what is consumed.
            let rest = self.inner.fill_buf()?;
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |at| at + 1);
            Ok(&rest[..end])
        }

        fn consume(&mut self, amount: usize) {
            let taken = &self.inner.get_ref()[self.inner.position() as usize..][..amount];
            let newlines = taken.iter().filter(|&&b| b == b'\n').count();
            self.newlines.fetch_add(newlines, Ordering::SeqCst);
            self.inner.consume(amount);
        }
    }

    /// Checks, at each line written, that the reader is at most a window ahead.
    struct Watched {
        newlines: Arc<AtomicUsize>,
        written: usize,
        ahead: usize,
    }

    impl Write for Watched {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.written += buf.iter().filter(|&&b| b == b'\n').count();
            let read = self.newlines.load(Ordering::SeqCst);
            self.ahead = self.ahead.max(read - self.written);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_reader_stays_within_a_window_of_the_writer() {
        let line = "{\"text\":\"Un texte LENT.\"}\n{\"text\":\"Un texte.\"}\n";
        let newlines = Arc::new(AtomicUsize::new(0));
        let input = Counted {
            inner: Cursor::new(line.repeat(20).into_bytes()),
            newlines: Arc::clone(&newlines),
        };
        let mut output = Watched {
            newlines,
            written: 0,
            ahead: 0,
        };
        let summary = stream(input, &mut output, "-", 2, 1000, fragile(), &mut |_| ()).unwrap();
        assert_eq!((summary.articles, output.written), (40, 40));
        // The window, and the line the reader holds while it waits for a slot.
        assert!(output.ahead <= window(2) + 1, "{} ahead", output.ahead);
        assert!(
            output.ahead >= 2,
            "the reader never got ahead: {}",
            output.ahead
        );
    }

    /// Fails after `good` lines with the given error.
    struct Failing {
        good: usize,
        kind: ErrorKind,
    }

    impl io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            unreachable!("read through fill_buf")
        }
    }

    impl BufRead for Failing {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            match self.good {
                0 => Err(io::Error::new(self.kind, "device gone")),
                _ => Ok(b"{\"text\":\"Un.\"}\n"),
            }
        }

        fn consume(&mut self, _: usize) {
            self.good -= 1;
        }
    }

    #[test]
    fn a_read_error_is_answered_then_ends_the_stream_with_an_error() {
        let mut out = Vec::new();
        let input = Failing {
            good: 2,
            kind: ErrorKind::Other,
        };
        let err = stream(input, &mut out, "-", 2, 1000, fragile(), &mut |_| ()).unwrap_err();
        assert_eq!(err.to_string(), "-:3: cannot read the input: device gone");
        let text = String::from_utf8(out).unwrap();
        let last: Answer = serde_json::from_str(text.lines().nth(2).unwrap()).unwrap();
        assert_eq!(short(&last), "3 error read - cannot read the input");
    }

    /// An output whose reader has gone after `room` lines.
    struct Closing {
        room: usize,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(ErrorKind::BrokenPipe.into());
            }
            self.room -= 1;
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_output_ends_the_stream_quietly() {
        // An input that never ends: the writer must return without waiting for it.
        let endless = io::repeat(b'\n');
        let input = io::BufReader::new(endless);
        let summary = stream(
            input,
            Closing { room: 3 },
            "-",
            2,
            1000,
            fragile(),
            &mut |_| (),
        )
        .expect("a closed output is the end, not an error");
        assert_eq!(summary.failed, 3);
    }

    #[test]
    fn an_answer_with_an_unknown_field_is_refused() {
        let good = r#"{"line":1,"id":"x","error":{"doc":"-:1","stage":"parse","message":"m"}}"#;
        assert!(serde_json::from_str::<Answer>(good).is_ok());
        let extra = good.replace("\"id\"", "\"extra\":1,\"id\"");
        assert!(serde_json::from_str::<Answer>(&extra).is_err(), "{extra}");
        let inner = good.replace("\"stage\"", "\"extra\":1,\"stage\"");
        assert!(serde_json::from_str::<Answer>(&inner).is_err(), "{inner}");
    }
}
