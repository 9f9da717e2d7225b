//! Streaming mode end to end: the `depeche` binary as `depeche - --out -` → one answer per
//! input line, in order, holding exactly the records a file run writes; bad lines answered
//! and told on stderr without stopping the stream; each answer flushed before the next line
//! is read; memory flat over a long stream.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use depeche::records::{ArticleRecord, EntityRecord, QuoteRecord};
use depeche::stream::{Answer, ErrorRecord};
use serde::Serialize;
use serde_json::json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles as JSONL lines with their file names as ids.
fn seed_lines() -> Vec<String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("seeds"))
        .expect("seeds/")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let id = p.file_name().expect("name").to_string_lossy();
            let text = fs::read_to_string(p).expect("seed text");
            json!({"id": id, "text": text}).to_string()
        })
        .collect()
}

fn depeche() -> Command {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
}

/// Runs `depeche - --out - ARGS` on `input` and waits for it.
fn stream(input: &str, args: &[&str]) -> Output {
    let mut child = depeche()
        .args(["-", "--out", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("depeche starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    // Written from another thread: the child answers while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("depeche runs");
    writer.join().expect("writer").expect("input written");
    out
}

/// Every output line read back as an answer: fails on any unknown or missing field.
fn answers(out: &Output) -> Vec<Answer> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn jsonl<T: Serialize>(records: &[T]) -> String {
    records
        .iter()
        .map(|r| serde_json::to_string(r).expect("record serialises") + "\n")
        .collect()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn answers_hold_the_records_of_a_file_run_in_input_order() {
    let mut lines = seed_lines();
    lines.insert(2, "not json".to_string());
    lines.insert(4, r#"{"id": "sans-texte", "titre": "x"}"#.to_string());
    lines.push(r#"{"id": 42, "text": "Un dernier article, à Lyon."}"#.to_string());
    let input = lines.join("\n") + "\n";

    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("in.jsonl");
    fs::write(&file, &input).expect("input written");
    let out = dir.path().join("out");
    let run = depeche()
        .args(["-q", "--format", "jsonl", "-o"])
        .arg(&out)
        .arg(&file)
        .output()
        .expect("depeche runs");
    assert_eq!(run.status.code(), Some(1), "two lines fail in a file run");

    for threads in ["1", "3"] {
        let streamed = stream(&input, &["-q", "-j", threads]);
        assert_eq!(streamed.status.code(), Some(0), "a stream ends well");
        let answers = answers(&streamed);
        assert_eq!(answers.len(), lines.len(), "one answer per line");
        let (mut articles, mut entities, mut quotes) = (Vec::new(), Vec::new(), Vec::new());
        let mut errors = Vec::new();
        for (i, answer) in answers.into_iter().enumerate() {
            match answer {
                Answer::Analysed {
                    line,
                    article,
                    entities: e,
                    quotes: q,
                } => {
                    assert_eq!(line, i as u64 + 1);
                    articles.push(article);
                    entities.extend(e);
                    quotes.extend(q);
                }
                Answer::Failed { line, id, error } => {
                    assert_eq!(line, i as u64 + 1);
                    // The same error as the file run's, named after the stream's line.
                    let record = ErrorRecord {
                        doc: error.doc.replace("-:", "in.jsonl:"),
                        ..error
                    };
                    errors.push((jsonl(&[record]), id));
                }
            }
        }
        // The same bytes as the record files, nested records in the same order.
        assert_eq!(
            jsonl::<ArticleRecord>(&articles),
            read(&out.join("articles.jsonl"))
        );
        assert_eq!(
            jsonl::<EntityRecord>(&entities),
            read(&out.join("entities.jsonl"))
        );
        assert_eq!(
            jsonl::<QuoteRecord>(&quotes),
            read(&out.join("quotes.jsonl"))
        );
        let ids: Vec<Option<&str>> = errors.iter().map(|(_, id)| id.as_deref()).collect();
        assert_eq!(ids, [None, Some("sans-texte")]);
        let records: String = errors.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(records, read(&out.join("errors.jsonl")));
        assert_eq!(articles.len(), 6);
        assert_eq!(articles[5].doc, "42");
    }
}

#[test]
fn a_bad_line_is_answered_and_told_on_stderr_and_the_stream_goes_on() {
    let input =
        "{\"id\":\"a\",\"text\":\"Un.\"}\n\n{\"id\":\"b\",\"text\":3}\n{\"text\":\"Deux.\"}\n";
    let out = stream(input, &["-j", "2"]);
    assert_eq!(out.status.code(), Some(0));
    let got: Vec<String> = answers(&out)
        .iter()
        .map(|a| match a {
            Answer::Analysed { article, .. } => article.doc.clone(),
            Answer::Failed { error, .. } => format!("{} {}", error.stage, error.message),
        })
        .collect();
    assert_eq!(
        got,
        [
            "a",
            "parse blank line: no article",
            "parse `text` must be a string, found a number",
            "-:4"
        ]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("depeche: -:2: blank line: no article"),
        "{stderr}"
    );
    assert!(
        stderr.contains("depeche: -:3: `text` must be a string"),
        "{stderr}"
    );
    assert!(stderr.contains("2 articles (2 failed)"), "{stderr}");
}

/// Reads the child's output lines on another thread, so that a test can wait for one
/// with a time limit instead of hanging.
fn lines_of(stdout: ChildStdout) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

fn spawn_stream(args: &[&str]) -> Child {
    depeche()
        .args(["-", "--out", "-", "-q"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("depeche starts")
}

#[test]
fn each_answer_comes_before_the_next_line_is_sent() {
    let mut child = spawn_stream(&["-j", "2"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let answers = lines_of(child.stdout.take().expect("stdout"));
    for (i, text) in ["Le maire de Lyon a parlé.", "Rien.", "Fin à Paris."]
        .iter()
        .enumerate()
    {
        let line = json!({"id": format!("n{i}"), "text": text}).to_string();
        writeln!(stdin, "{line}").expect("line sent");
        stdin.flush().expect("line flushed");
        let answer = answers
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no answer to line {} while the input is open", i + 1));
        let answer: Answer = serde_json::from_str(&answer).expect("an answer");
        match answer {
            Answer::Analysed { article, .. } => assert_eq!(article.doc, format!("n{i}")),
            Answer::Failed { error, .. } => panic!("{error:?}"),
        }
    }
    drop(stdin);
    assert!(child.wait().expect("depeche ends").success());
    assert!(answers.recv().is_err(), "nothing after the last answer");
}

/// The peak resident memory of a running process, in kB (Linux only).
fn peak_kb(child: &Child) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn memory_stays_flat_over_a_long_stream() {
    let lines = seed_lines();
    if !Path::new("/proc/self/status").exists() {
        eprintln!("skipped: no /proc/PID/status on this system");
        return;
    }
    let mut child = spawn_stream(&["-j", "2"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let answers = lines_of(child.stdout.take().expect("stdout"));
    let mut send = |count: usize| {
        for i in 0..count {
            writeln!(stdin, "{}", lines[i % lines.len()]).expect("line sent");
        }
        stdin.flush().expect("lines flushed");
        for _ in 0..count {
            answers
                .recv_timeout(Duration::from_secs(120))
                .expect("an answer in time");
        }
    };
    send(50);
    let early = peak_kb(&child).expect("peak memory");
    // Forty times as many articles: 6 MB of text more, and three times that of answers,
    // which would show if any of it were kept.
    send(2000);
    let late = peak_kb(&child).expect("peak memory");
    drop(stdin);
    assert!(child.wait().expect("depeche ends").success());
    assert!(
        late < early + 8 * 1024,
        "peak memory grew from {early} kB to {late} kB"
    );
}

#[test]
fn streaming_needs_standard_input_and_no_record_file_options() {
    for args in [
        vec!["seeds", "--out", "-"],
        vec!["-", "seeds", "--out", "-"],
        vec!["-", "--out", "-", "--format", "csv"],
        vec!["-", "--out", "-", "--excel"],
    ] {
        let out = depeche()
            .args(&args)
            .current_dir(root())
            .stdin(Stdio::null())
            .output()
            .expect("depeche runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
