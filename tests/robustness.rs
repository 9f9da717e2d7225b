//! Robustness of whole runs: bad inputs of every kind, a panic-free pipeline on random text,
//! output that is the same whatever the thread count or argument order, CSV that reads back
//! as the JSONL says, and runs stopped by a signal that leave the previous output alone.
//! Runs the built `depeche` binary where the command's behaviour is what matters.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use depeche::article::Article;
use depeche::gazetteer::Gazetteers;
use depeche::mention::{Mention, Source};
use depeche::pipeline::Pipeline;
use depeche::records::{self, ArticleRecord, EntityRecord, QuoteRecord};
use proptest::prelude::*;
use serde_json::Value;

#[path = "robustness/invariants.rs"]
mod invariants;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

/// A short French article of our own, with a quotation, a title, a date and a name.
const ARTICLE: &str = "Paris, le 3 mars 2021 (AFP) - « Nous ne céderons pas ; jamais », a déclaré \
mardi le ministre de l'Intérieur, Gérald Darmanin, devant l'Assemblée nationale.\n\
Selon lui, la réforme entrera en vigueur le 1er janvier.\n";

fn depeche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .output()
        .expect("the depeche binary runs")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Each line of a JSONL output file.
fn jsonl(file: &Path) -> Vec<Value> {
    fs::read_to_string(file)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// `(doc, stage, message)` of each line of errors.jsonl.
fn errors(out: &Path) -> Vec<(String, String, String)> {
    jsonl(&out.join("errors.jsonl"))
        .into_iter()
        .map(|e| {
            let field = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (field("doc"), field("stage"), field("message"))
        })
        .collect()
}

fn docs(out: &Path) -> Vec<String> {
    jsonl(&out.join("articles.jsonl"))
        .iter()
        .map(|a| a["doc"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A folder holding one good article, `good.txt`, beside whatever the test adds.
fn input_with_good_article() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), ARTICLE).unwrap();
    dir
}

/// Runs on `input` into a fresh folder; returns the folder and the process output.
fn run_on(input: &Path, extra: &[&str]) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec!["-q", "-o", path(out.path())];
    args.extend(extra);
    args.push(path(input));
    let output = depeche(&args);
    (out, output)
}

/// One bad file beside a good one: the good one is analysed, the bad one is reported with
/// its name, `stage` and a message containing `says`, and the exit status is 1.
fn one_bad_file(name: &str, bytes: &[u8], stage: &str, says: &str) {
    let input = input_with_good_article();
    fs::write(input.path().join(name), bytes).unwrap();
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("1 input(s) failed"),
        "{}",
        stderr(&output)
    );
    assert_eq!(docs(out.path()), ["good.txt"]);
    let errors = errors(out.path());
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (doc, got_stage, message) = &errors[0];
    assert_eq!(
        (doc.as_str(), got_stage.as_str()),
        (name, stage),
        "{message}"
    );
    assert!(message.contains(says), "{message}");
}

macro_rules! bad_file {
    ($test:ident, $name:expr, $bytes:expr, $stage:expr, $says:expr) => {
        #[test]
        fn $test() {
            one_bad_file($name, $bytes, $stage, $says);
        }
    };
}

bad_file!(empty_file, "empty.txt", b"", "decode", "empty file");
bad_file!(
    blank_file,
    "blank.txt",
    b" \n\r\n\t",
    "decode",
    "empty file"
);
bad_file!(
    nul_bytes,
    "nul.txt",
    b"Un\0texte\0binaire",
    "decode",
    "binary"
);
bad_file!(
    image_renamed,
    "photo.txt",
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    "decode",
    "binary"
);

/// JSONL problems are reported as `<file>:<line>`, and the other lines are still read.
#[test]
fn jsonl_problems_name_the_line() {
    let input = tempfile::tempdir().unwrap();
    let good = serde_json::json!({"id": "ok", "text": ARTICLE}).to_string();
    let lines = [
        good.as_str(),
        "pas du JSON",
        "{\"id\": \"x\"}",
        "{\"text\": 42}",
        "{\"text\": [\"a\"]}",
        "[1, 2]",
        "",
        "{\"text\": \"\"}",
    ];
    fs::write(input.path().join("a.jsonl"), lines.join("\n")).unwrap();
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(docs(out.path()), ["ok"]);
    let got: Vec<String> = errors(out.path())
        .into_iter()
        .map(|(doc, stage, message)| format!("{doc} {stage} {message}"))
        .collect();
    let expected = [
        "a.jsonl:2 parse not JSON",
        "a.jsonl:3 parse no `text` field",
        "a.jsonl:4 parse `text` must be a string, found a number",
        "a.jsonl:5 parse `text` must be a string, found an array",
        "a.jsonl:6 parse not a JSON object",
        "a.jsonl:8 parse empty `text`",
    ];
    assert_eq!(got.len(), expected.len(), "{got:?}");
    for (got, expected) in got.iter().zip(expected) {
        assert!(got.starts_with(expected), "{got} / {expected}");
    }
}

/// A 100 MB line is skipped under the default --max-bytes without being held in memory,
/// and the next line is read.
#[test]
fn a_100_mb_jsonl_line_is_skipped() {
    let input = tempfile::tempdir().unwrap();
    let mut bytes = Vec::with_capacity(100 << 20);
    bytes.extend_from_slice(b"{\"text\": \"");
    bytes.resize(100 << 20, b'a');
    bytes.extend_from_slice(b"\"}\n");
    bytes.extend_from_slice(serde_json::json!({"text": ARTICLE}).to_string().as_bytes());
    fs::write(input.path().join("big.jsonl"), bytes).unwrap();
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(docs(out.path()), ["big.jsonl:2"]);
    let errors = errors(out.path());
    assert_eq!(errors[0].0, "big.jsonl:1");
    assert!(errors[0]
        .2
        .contains("longer than --max-bytes (67108864 bytes)"));
}

#[test]
fn a_file_over_max_bytes_is_reported_and_skipped() {
    let input = input_with_good_article();
    fs::write(input.path().join("long.txt"), "Un mot. ".repeat(1000)).unwrap();
    let (out, output) = run_on(input.path(), &["--max-bytes", "4000"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(docs(out.path()), ["good.txt"]);
    let errors = errors(out.path());
    assert_eq!(errors[0].0, "long.txt");
    assert!(errors[0].2.contains("larger than --max-bytes (4000 bytes)"));
}

/// Text that is not UTF-8 is read as Windows-1252 and says so; UTF-16 with a BOM is read.
#[test]
fn legacy_encodings_are_decoded_and_warned() {
    let input = tempfile::tempdir().unwrap();
    fs::write(
        input.path().join("cp1252.txt"),
        b"L'\xe9t\xe9 \xab br\xfblant \xbb.",
    )
    .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("Été à Noël.".encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(input.path().join("utf16.txt"), utf16).unwrap();
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let articles = jsonl(&out.path().join("articles.jsonl"));
    let summary: Vec<(String, u64, String)> = articles
        .iter()
        .map(|a| {
            let warnings: Vec<&str> = a["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            (
                a["doc"].as_str().unwrap().to_string(),
                a["chars"].as_u64().unwrap(),
                warnings.join("|"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "cp1252.txt".to_string(),
                "L'été « brûlant ».".chars().count() as u64,
                "encoding: not UTF-8, 5 bytes read as windows-1252".to_string()
            ),
            (
                "utf16.txt".to_string(),
                11,
                "encoding: UTF-16LE".to_string()
            )
        ]
    );
}

#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let input = input_with_good_article();
    let locked = input.path().join("locked.txt");
    fs::write(&locked, ARTICLE).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        eprintln!("skipped: running with privileges that read a mode-000 file (root?)");
        return;
    }
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(docs(out.path()), ["good.txt"]);
    let errors = errors(out.path());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].0.as_str(), errors[0].1.as_str()),
        ("locked.txt", "read")
    );
    assert!(errors[0].2.contains("Permission denied"), "{errors:?}");
}

#[test]
fn a_directory_symlink_loop_is_reported_once() {
    let input = input_with_good_article();
    fs::create_dir(input.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", input.path().join("sub/loop")).unwrap();
    let (out, output) = run_on(input.path(), &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(docs(out.path()), ["good.txt"]);
    let errors = errors(out.path());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].0.ends_with("sub/loop"), "{errors:?}");
    assert!(errors[0].2.contains("loop"), "{errors:?}");
}

#[test]
fn a_missing_path_beside_good_ones_is_reported() {
    let input = input_with_good_article();
    let missing = input.path().join("absent.txt");
    let out = tempfile::tempdir().unwrap();
    let good = input.path().join("good.txt");
    let output = depeche(&["-q", "-o", path(out.path()), path(&missing), path(&good)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(docs(out.path()), ["good.txt"]);
    let errors = errors(out.path());
    assert_eq!(errors[0].0, path(&missing));
    assert!(errors[0].2.contains("No such file"), "{errors:?}");
}

/// With nothing to read, the run fails with exit 2 and leaves the previous output alone.
#[test]
fn only_a_missing_path_changes_nothing() {
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("articles.jsonl"), "previous\n").unwrap();
    let output = depeche(&["-o", path(out.path()), "/nonexistent/depeche-input"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("depeche: /nonexistent/depeche-input: No such file"));
    let kept = fs::read_to_string(out.path().join("articles.jsonl")).unwrap();
    assert_eq!(kept, "previous\n");
}

#[test]
fn a_gazetteer_with_a_wrong_column_count_names_file_and_line() {
    let input = input_with_good_article();
    let gazetteers = tempfile::tempdir().unwrap();
    let tsv = gazetteers.path().join("extra.tsv");
    fs::write(
        &tsv,
        "# test entries\ntype\tcanonical\taliases\tkey\nPER\tJean Dupont\tDupont\tjean-dupont\nORG\tSans alias\n",
    )
    .unwrap();
    let (out, output) = run_on(input.path(), &["--gazetteers", path(gazetteers.path())]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(&format!(
            "{}:4: expected 4 tab-separated columns",
            tsv.display()
        )),
        "{message}"
    );
    assert!(fs::read_dir(out.path()).unwrap().next().is_none());
}

/// An output folder that cannot be written: exit 2, a message naming it, nothing left.
#[test]
fn an_unwritable_output_folder_fails_with_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let input = input_with_good_article();
    let parent = tempfile::tempdir().unwrap();
    let file = parent.path().join("a-file");
    fs::write(&file, "").unwrap();
    let under_file = file.join("out");
    let output = depeche(&["-o", path(&under_file), path(input.path())]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!(
            "{}: cannot create output folder",
            under_file.display()
        )),
        "{}",
        stderr(&output)
    );

    let read_only = parent.path().join("read-only");
    fs::create_dir(&read_only).unwrap();
    fs::set_permissions(&read_only, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(read_only.join("probe"), "").is_ok() {
        eprintln!("skipped the read-only folder: running with privileges that write there (root?)");
        return;
    }
    let output = depeche(&["-o", path(&read_only), path(input.path())]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot write"),
        "{}",
        stderr(&output)
    );
    assert!(fs::read_dir(&read_only).unwrap().next().is_none());
}

/// Every output file's bytes, by name.
fn snapshot(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(out)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// A mixed input: the seeds, a JSONL file of many small articles, nested folders.
fn mixed_input() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("b/nested");
    fs::create_dir_all(&nested).unwrap();
    for entry in fs::read_dir(SEEDS).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), nested.join(entry.file_name())).unwrap();
    }
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let lines: Vec<String> = (0..1500)
        .map(|i| {
            let text = format!(
                "Article {i}. {}",
                ARTICLE.replace("2021", &format!("{}", 1990 + i % 30))
            );
            serde_json::json!({"id": format!("n{i}"), "text": text}).to_string()
        })
        .collect();
    fs::write(dir.path().join("c.jsonl"), lines.join("\n")).unwrap();
    dir
}

#[test]
fn same_bytes_whatever_the_threads_and_the_argument_order() {
    let input = mixed_input();
    let root = input.path();
    let (a, b, c) = (root.join("a.txt"), root.join("b"), root.join("c.jsonl"));
    let runs: [(&str, Vec<&Path>); 4] = [
        ("1", vec![&a, &b, &c]),
        ("2", vec![&a, &b, &c]),
        ("8", vec![&a, &b, &c]),
        ("2", vec![&c, &b, &a]),
    ];
    let mut first: Option<Vec<(String, Vec<u8>)>> = None;
    for (threads, inputs) in runs {
        let out = tempfile::tempdir().unwrap();
        let mut args = vec!["-q", "-j", threads, "-o", path(out.path())];
        args.extend(inputs.iter().map(|p| path(p)));
        let output = depeche(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let files = snapshot(out.path());
        match &first {
            None => {
                assert_eq!(docs(out.path()).len(), 1 + 5 + 1500);
                first = Some(files);
            }
            Some(expected) => assert!(files == *expected, "-j {threads} {inputs:?} differs"),
        }
    }
}

/// Every CSV file reads back, with the `csv` crate, into what the JSONL file holds.
fn csv_matches_jsonl(out: &Path, delimiter: u8) {
    fn rows<T: serde::de::DeserializeOwned>(file: &Path) -> Vec<T> {
        fs::read_to_string(file)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
    fn table(file: &Path, delimiter: u8) -> Vec<csv::StringRecord> {
        let bytes = fs::read(file).unwrap();
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(bytes);
        reader
            .records()
            .map(|r| r.expect("a well-formed CSV row"))
            .collect()
    }
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let articles: Vec<ArticleRecord> = rows(&out.join("articles.jsonl"));
    let table_a = table(&out.join("articles.csv"), delimiter);
    assert_eq!(articles.len(), table_a.len());
    for (a, row) in articles.iter().zip(&table_a) {
        let expected = [
            a.doc.clone(),
            a.chars.to_string(),
            a.paragraphs.to_string(),
            a.sentences.to_string(),
            opt(&a.date),
            a.date_source.clone(),
            a.entities.to_string(),
            a.quotes.to_string(),
            a.boilerplate_chars.to_string(),
            a.warnings.join("|"),
        ];
        assert_eq!(row.iter().collect::<Vec<_>>(), expected);
    }
    let entities: Vec<EntityRecord> = rows(&out.join("entities.jsonl"));
    let table_e = table(&out.join("entities.csv"), delimiter);
    assert_eq!(entities.len(), table_e.len());
    for (e, row) in entities.iter().zip(&table_e) {
        let expected = [
            e.doc.clone(),
            e.kind.clone(),
            e.text.clone(),
            e.start.to_string(),
            e.end.to_string(),
            e.sentence.to_string(),
            e.canonical.clone(),
            e.key.clone(),
            e.source.clone(),
            opt(&e.value),
        ];
        assert_eq!(row.iter().collect::<Vec<_>>(), expected);
    }
    let quotes: Vec<QuoteRecord> = rows(&out.join("quotes.jsonl"));
    let table_q = table(&out.join("quotes.csv"), delimiter);
    assert_eq!(quotes.len(), table_q.len());
    for (q, row) in quotes.iter().zip(&table_q) {
        let parts: Vec<String> = q.parts.iter().map(|[s, e]| format!("{s}-{e}")).collect();
        assert_eq!(&row[0], q.doc);
        assert_eq!(&row[1], q.text);
        assert_eq!(&row[2], parts.join("|"));
        assert_eq!(&row[7], q.speaker.as_ref().map_or("", |s| s.text.as_str()));
        assert_eq!(&row[13], q.cue.as_ref().map_or("", |c| c.text.as_str()));
    }
}

/// Doc ids and texts with `;`, `,`, quotes and line breaks survive both CSV dialects.
#[test]
fn csv_reads_back_as_the_jsonl_says() {
    let input = tempfile::tempdir().unwrap();
    let awkward = [
        serde_json::json!({"id": "virgule, point-virgule; \"guillemets\"", "text": ARTICLE}),
        serde_json::json!({"id": "retour\nà la ligne", "text": "« Oui, non ; \"peut-être\"\nsur deux lignes », a dit Emmanuel Macron à Paris."}),
    ];
    let lines: Vec<String> = awkward.iter().map(Value::to_string).collect();
    fs::write(input.path().join("awkward.jsonl"), lines.join("\n")).unwrap();
    fs::copy(
        Path::new(SEEDS).join("000_552611d600ec157b.txt"),
        input.path().join("seed.txt"),
    )
    .unwrap();
    for (extra, delimiter) in [(None, b','), (Some("--excel"), b';')] {
        let (out, output) = run_on(input.path(), extra.as_slice());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let articles = fs::read(out.path().join("articles.csv")).unwrap();
        assert_eq!(articles.starts_with("\u{feff}".as_bytes()), extra.is_some());
        assert!(!jsonl(&out.path().join("entities.jsonl")).is_empty());
        csv_matches_jsonl(out.path(), delimiter);
    }
}

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(Gazetteers::embedded().unwrap(), None))
}

/// Runs the whole per-article pipeline on `text` and checks every span invariant.
fn check_text(text: String, date: Option<chrono::NaiveDate>) -> Result<(), String> {
    let mut article = Article::new("prop", text);
    article.date = date;
    let analysis = pipeline().analyse(article);
    let records = records::build(&analysis);
    invariants::check(&analysis, &records)
}

/// Pieces French news is made of, and the awkward characters around them.
const PIECES: &[&str] = &[
    "« ",
    " »",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "«",
    "»",
    ". ",
    "! ",
    "? ",
    "…",
    "\n",
    "\r\n",
    "\n\n",
    "\u{a0}",
    "\u{202f}",
    " ",
    ", ",
    " ; ",
    " : ",
    "— ",
    "- ",
    "M. ",
    "Mme ",
    "Dr ",
    "Jagland",
    "Emmanuel Macron",
    "Macron",
    "Conseil de l'Europe",
    "COE",
    "Paris",
    "Strasbourg",
    "a déclaré",
    "a-t-il ajouté",
    "selon lui",
    "affirme",
    "le ministre",
    "la présidente",
    "le 3 mars 2021",
    "mardi",
    "hier",
    "1er janvier",
    "en 2019",
    "du 11 au 13 juillet",
    "il",
    "elle",
    "Ils",
    "😀",
    "é",
    "É",
    "ß",
    "İ",
    "ﬁ",
    "\u{301}",
    "\t",
    "J.-M. Le Pen",
    "(AFP)",
    "PARIS",
    "12",
    "1789",
    "%",
    "&",
    "http://a.fr/x.html",
    "Lire aussi",
    "Partager",
    "ce dernier",
    "cette dernière",
    "celle-ci",
    "mercredi soir",
    "un policier",
    "200 médecins",
    "plus de",
    "selon",
    "C'est par ces mots que",
    "Ces mots sont ceux de",
    "s'insurgent",
    "a recadré",
    "qui",
    "de l'",
    "Jean Dupont",
    "à l'AFP",
    "la maire du 7e arrondissement",
    "La Cour des comptes a",
];

fn article_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat()),
        1 => ".{0,400}",
        1 => "[a-zA-Zéèà«»“”\"'’ .,;:!?\n\u{a0}\u{202f}-]{0,400}",
    ]
}

/// Passages of our own in the style of French news, each ending the way a quotation's
/// attribution reads on: rules that look a word or two ahead meet the end of the text at
/// every cut.
const PASSAGES: &[&str] = &[
    "Jean Dupont a croisé Marie Lefèvre. « Je n'ai rien à lui dire », a déclaré mercredi cette dernière.",
    "« C'est historique », se réjouit Greta Martin sur les réseaux sociaux.",
    "« Nous n'avons plus rien », témoigne au Parisien une mère de famille.",
    "“Les prix ont doublé en un an”, s’inquiète Fatima, mère de trois enfants.",
    "« Je ne me représenterai pas. » C'est par ces mots que le maire, Paul Girard, a conclu.",
    "« Ce texte est une trahison », s'insurgent dans une lettre ouverte plus de 200 médecins.",
    "Selon le directeur de l'hôpital, interrogé par la presse, « la situation est tendue ».",
    "Le ministre, Jean Dupont, l'a assuré : « Rien n'est décidé », a-t-il ajouté, selon lui.",
    "« Les délais ne sont pas tenus », peut-on lire dans le rapport de la Cour des comptes.",
    "« Il faut tout reprendre. » Ces propos ont été tenus jeudi par Paul Girard devant la presse.",
    "« On a tout perdu » : le témoignage d'une éleveuse. « Cette loi est un progrès » pour les familles, juge Anne Morel.",
    "Le sénateur a été interpellé par une riveraine. « Trop tard ! fit-elle en souriant, nous dit Anne Morel, tout est joué. »",
    "Le message est clair, assure l'entourage du président : « Rien. » Réponse cinglante du Premier ministre : « Non. »",
    "Orange a publié ses résultats. Ce bilan est « très solide », indique le groupe. Les maires ont écrit : « Venez », écrivent-ils.",
    "Pour Amandine, « tout augmente ». Elle raconte : « On compte. » « Un échec. » Voilà comment Luc Petit résume la saison.",
    "« Gagné », a-t-il dit. Le technicien a ajouté : « Rien. » « Non », a jugé Paul Roux, lundi. « Oui », a dit le maire.",
    "« À bout » : c'est l'appel lancé par les éleveurs. « Tiens. » Cette phrase, prononcée par Luc, a marqué. Pour sa part, Anne a jugé ces mots « durs ».",
    "Son voisin, Karim, a refusé de « parler à la presse ». Le projet de loi dit « climat » a promis d'« agir ».",
    "Dans l'entourage du maire, on assure que « rien ». « Vite », souffle-t-elle, émue. Léa Roux a tout perdu.",
    "La ministre veut « aller vite ». Pour Luc Roux, il s'agit d'« un leurre ». Mais pour le syndicat, « non ». Chez Renault, où l'on dit « oui ».",
    "« Non » : voilà ce qu'a répondu la maire. Voici ce qu'a déclaré le préfet : « Rien. » Le cri d'alarme vient de Léa. Le mot est lâché par un élu.",
    "— « Monsieur le ministre, monsieur Paul Roux, président de la Cour, et le cousin, monsieur Luc Morel.\nIl tourna vers elle son visage de fine énergie, aux yeux sombres.\n— « Il ne s'agit pas de toi. Et tu ne vas pas me dire que tu as peur.\n— Peur !... » s'écria-t-elle en se raidissant. « Deux mois après. »",
];

/// Every cut of [`PASSAGES`] after a word, with and without the punctuation that follows it,
/// is analysed without a panic and keeps every span invariant.
#[test]
fn every_cut_of_a_passage_is_analysed() {
    for passage in PASSAGES {
        let ends = passage
            .char_indices()
            .filter(|&(i, c)| {
                !c.is_whitespace() && passage[i + c.len_utf8()..].starts_with(char::is_whitespace)
            })
            .map(|(i, c)| i + c.len_utf8())
            .chain([passage.len()]);
        for end in ends {
            let cut = &passage[..end];
            for text in [cut, cut.trim_end_matches(['.', ',', '»', '”', '"'])] {
                if let Err(problem) = check_text(text.to_string(), None) {
                    panic!("{text:?}: {problem}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_hold_on_random_text(text in article_text(), day in prop::option::of(0u32..3000)) {
        let date = day.map(|d| {
            chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(d.into())
        });
        check_text(text, date).map_err(TestCaseError::fail)?;
    }

    /// Prefixing a sentence moves every entity by exactly its length and changes nothing else.
    /// The clean stage judges lines by their place in the page (the title, the last prose), so
    /// a line it sets aside in one run and not the other is left out of the comparison.
    #[test]
    fn a_prefix_shifts_every_entity(text in article_text()) {
        let prefix = "Une phrase neutre sans nom.\n";
        let shift = prefix.len();
        let plain = pipeline().analyse(Article::new("shift", text.clone()));
        let shifted = pipeline().analyse(Article::new("shift", format!("{prefix}{text}")));
        let inside = |regions: &[std::ops::Range<usize>], start: usize, end: usize| {
            regions.iter().any(|r| r.start <= start && end <= r.end)
        };
        // Resolution reads the whole article: when the two runs set aside different lines, a
        // surname may lose the full name it took from one of them (and be found by a rule
        // instead), so only what each mention says by itself is compared.
        let same_regions = plain
            .excluded
            .iter()
            .map(|r| r.start + shift..r.end + shift)
            .eq(shifted.excluded.iter().filter(|r| r.start >= shift).cloned());
        // Where either run resolved a mention (in the shifted run's offsets), the other may
        // have found the same words by a rule: both are left out.
        let resolved: Vec<usize> = plain
            .entities
            .iter()
            .filter(|e| e.source == Source::Resolved)
            .map(|e| e.span.start + shift)
            .chain(
                shifted
                    .entities
                    .iter()
                    .filter(|e| e.source == Source::Resolved)
                    .map(|e| e.span.start),
            )
            .collect();
        let compared_at = |start: usize| same_regions || !resolved.contains(&start);
        let compared = |e: &&Mention| compared_at(e.span.start + shift);
        let moved: Vec<(usize, usize, &str)> = plain
            .entities
            .iter()
            .filter(compared)
            .filter(|e| !inside(&shifted.excluded, e.span.start + shift, e.span.end + shift))
            .map(|e| (e.span.start + shift, e.span.end + shift, &text[e.span.clone()]))
            .collect();
        let got: Vec<(usize, usize, &str)> = shifted
            .entities
            .iter()
            .filter(|e| compared_at(e.span.start))
            .filter(|e| e.span.start >= shift)
            .filter(|e| !inside(&plain.excluded, e.span.start - shift, e.span.end - shift))
            .map(|e| (e.span.start, e.span.end, &shifted.article.text[e.span.clone()]))
            .collect();
        prop_assert_eq!(got, moved);
    }
}

/// A small, fast, seedable generator for the long randomised run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One mutation of `bytes`: a flipped byte, an inserted piece, a cut, a splice of another
/// text, a duplicated stretch, or a piece repeated many times.
fn mutate(rng: &mut XorShift, bytes: &mut Vec<u8>, others: &[Vec<u8>]) {
    let at = rng.below(bytes.len() + 1);
    match rng.below(6) {
        0 if !bytes.is_empty() => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        1 => {
            let piece = PIECES[rng.below(PIECES.len())].as_bytes();
            bytes.splice(at..at, piece.iter().copied());
        }
        2 => {
            let end = (at + rng.below(200)).min(bytes.len());
            bytes.drain(at..end);
        }
        3 => {
            let other = &others[rng.below(others.len())];
            let from = rng.below(other.len());
            let to = (from + rng.below(2000)).min(other.len());
            bytes.splice(at..at, other[from..to].iter().copied());
        }
        4 => {
            let end = (at + rng.below(300)).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
        _ => {
            let piece = PIECES[rng.below(PIECES.len())].repeat(1 + rng.below(500));
            bytes.splice(at..at, piece.into_bytes());
        }
    }
}

/// The long randomised run that stands in for the fuzz target on a stable toolchain: mutated
/// seeds through decode and the whole pipeline, every invariant checked, for
/// `DEPECHE_SOAK_SECS` seconds (default 60). A failing input is saved under the temporary
/// folder and named in the failure. See README.md.
#[test]
#[ignore = "long: run with --ignored, see README.md"]
fn soak_mutated_articles() {
    let seconds: u64 = std::env::var("DEPECHE_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("DEPECHE_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let mut texts: Vec<Vec<u8>> = fs::read_dir(SEEDS)
        .unwrap()
        .map(|e| fs::read(e.unwrap().path()).unwrap())
        .collect();
    texts.push(ARTICLE.as_bytes().to_vec());
    let mut rng = XorShift(seed | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut bytes_seen) = (0u64, 0u64);
    std::panic::set_hook(Box::new(|_| ()));
    while Instant::now() < deadline {
        let mut bytes = texts[rng.below(texts.len())].clone();
        for _ in 0..1 + rng.below(12) {
            mutate(&mut rng, &mut bytes, &texts);
        }
        let date = (rng.below(2) == 0).then(|| {
            chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap()
                + chrono::Duration::days(rng.below(4000) as i64)
        });
        bytes_seen += bytes.len() as u64;
        runs += 1;
        let Ok(decoded) = depeche::decode::decode(&bytes) else {
            continue;
        };
        let outcome = std::panic::catch_unwind(|| check_text(decoded.text, date));
        let broken = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(broken)) => broken,
            Err(panic) => panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".to_string()),
        };
        let saved = std::env::temp_dir().join(format!("depeche-soak-{seed}-{runs}.txt"));
        fs::write(&saved, &bytes).unwrap();
        let _ = std::panic::take_hook();
        panic!("input {} (date {date:?}): {broken}", saved.display());
    }
    let _ = std::panic::take_hook();
    println!(
        "soak: {runs} mutated articles, {:.1} MB, {seconds} s, seed {seed}: no invariant broken",
        bytes_seen as f64 / 1e6
    );
}

/// A large corpus made quickly: `count` JSONL articles built from the seeds.
fn large_corpus(dir: &Path, megabytes: usize) -> PathBuf {
    let seeds: Vec<String> = fs::read_dir(SEEDS)
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let mut out = String::with_capacity(megabytes << 20);
    let mut i = 0;
    while out.len() < megabytes << 20 {
        let text = &seeds[i % seeds.len()];
        out.push_str(&serde_json::json!({"id": format!("a{i}"), "text": text}).to_string());
        out.push('\n');
        i += 1;
    }
    let file = dir.join("large.jsonl");
    fs::write(&file, out).unwrap();
    file
}

/// The child side of the signal test: a real run through the library, with the handler the
/// command installs, on the folders the parent gives. Does nothing when run on its own.
#[test]
#[ignore = "started by signal_mid_run_leaves_the_previous_output"]
fn signal_child() {
    let Ok(folders) = std::env::var("DEPECHE_SIGNAL_CHILD") else {
        return;
    };
    let (input, out) = folders.split_once('\n').unwrap();
    depeche::run::install_interrupt_handler().unwrap();
    let config = depeche::run::Config {
        inputs: vec![depeche::corpus::Input::Path(input.into())],
        out_dir: out.into(),
        threads: 2,
        ..Default::default()
    };
    match depeche::run::run(&config, &mut |_| ()) {
        Err(err) if err.is::<depeche::run::Interrupted>() => std::process::exit(130),
        Err(err) => panic!("{err:#}"),
        Ok(_) => std::process::exit(0),
    }
}

/// SIGINT and SIGTERM in the middle of a real run over a large corpus: the run stops, the
/// previous complete output is untouched, and no temporary file is left.
#[test]
fn signal_mid_run_leaves_the_previous_output() {
    let input = tempfile::tempdir().unwrap();
    large_corpus(input.path(), 60);
    for signal in ["INT", "TERM"] {
        let out = tempfile::tempdir().unwrap();
        let previous = [("articles.jsonl", "previous\n"), ("quotes.csv", "doc\n")];
        for (name, content) in previous {
            fs::write(out.path().join(name), content).unwrap();
        }
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "signal_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(
                "DEPECHE_SIGNAL_CHILD",
                format!("{}\n{}", path(input.path()), path(out.path())),
            )
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the run is writing its temporary files, then signal it.
        let started = Instant::now();
        while fs::read_dir(out.path()).unwrap().count() <= previous.len() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the run never started"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let kill = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let status = child.wait().unwrap();
        assert_eq!(
            status.code(),
            Some(130),
            "SIG{signal}: the run was not interrupted"
        );
        let left: Vec<(String, String)> = snapshot(out.path())
            .into_iter()
            .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
            .collect();
        let expected: Vec<(String, String)> = previous
            .iter()
            .map(|(n, c)| (n.to_string(), c.to_string()))
            .collect();
        assert_eq!(left, expected, "SIG{signal}");
    }
}
