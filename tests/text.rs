//! The text-in stages (decode, clean, segment) from outside: scraped pages with their
//! expected boilerplate, the seeds, and properties over arbitrary text.

use std::ops::Range;
use std::path::{Path, PathBuf};

use depeche::clean::clean;
use depeche::decode::decode;
use depeche::fold::fold;
use depeche::segment::{paragraphs, sentences};
use depeche::words::Words;
use proptest::prelude::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each paragraph the clean stage drops, as `B <text>` (boilerplate) or `R <text>` (repeat).
fn marked(text: &str) -> Vec<String> {
    let paragraphs = paragraphs(text);
    let folded = fold(text);
    let cleaned = clean(text, &Words::new(text, &folded), &paragraphs);
    let mut out = Vec::new();
    for p in &paragraphs {
        if cleaned.boilerplate.contains(p) {
            out.push(format!("B {}", &text[p.clone()]));
        } else if cleaned.repeats.contains(p) {
            out.push(format!("R {}", &text[p.clone()]));
        }
    }
    out
}

fn read_text(path: &Path) -> String {
    decode(&std::fs::read(path).unwrap()).unwrap().text
}

/// Scraped pages written for these tests: `<name>.txt` and, in `<name>.expected`, every
/// paragraph that must be dropped, in order. Every other paragraph must be kept.
#[test]
fn fixture_pages() {
    let dir = root().join("tests/fixtures/clean");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 2, "fixtures missing in {}", dir.display());
    for page in pages {
        let text = read_text(&page);
        let expected = std::fs::read_to_string(page.with_extension("expected")).unwrap();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(marked(&text), expected, "{}", page.display());
    }
}

fn seed(prefix: &str) -> String {
    let dir = root().join("seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    read_text(&entry)
}

#[test]
fn seed_schedule_and_notice_are_dropped_title_kept() {
    let text = seed("004");
    let marked = marked(&text);
    assert!(marked.iter().any(|m| m == "B Lundi 3 Octobre"));
    assert!(marked
        .iter()
        .any(|m| m.starts_with("B Pour profiter pleinement")));
    assert!(marked.iter().any(|m| m.starts_with("B media La lutte")));
    assert!(marked.iter().any(|m| m == "B Sur le même sujet"));
    assert!(!marked.iter().any(|m| m.contains("Cazeneuve compte")));
    assert!(!marked
        .iter()
        .any(|m| m.contains("Je leur suis reconnaissant")));
}

#[test]
fn seed_footer_and_motto_are_dropped() {
    let marked = marked(&seed("001"));
    assert!(marked.iter().any(|m| m == "B • Imprimer la page"));
    assert!(marked.iter().any(|m| m.contains("Toute personne a droit")));
    assert!(marked.iter().any(|m| m.starts_with("B Art. 10")));
    assert!(marked.iter().any(|m| m == "B Nous suivre"));
    assert!(!marked
        .iter()
        .any(|m| m.contains("Conférence Octopus 2018 : coop") && !m.starts_with("B Retour")));
}

#[test]
fn seed_truncated_repeat_is_noted() {
    let text = seed("002");
    let paragraphs = paragraphs(&text);
    let folded = fold(&text);
    let cleaned = clean(&text, &Words::new(&text, &folded), &paragraphs);
    assert_eq!(cleaned.repeats.len(), 1);
    assert!(text[cleaned.repeats[0].clone()].ends_with("d’Italie,..."));
    assert_eq!(cleaned.warnings.len(), 1);
    assert!(cleaned.warnings[0].starts_with("repeat:"));
}

/// Real news prose is never boilerplate: in the Wikinews articles only short section
/// headings may be dropped.
#[test]
fn news_prose_is_kept() {
    let path = root().join("../shared/corpus/frwikinews-2012/articles.jsonl");
    let Ok(body) = std::fs::read_to_string(&path) else {
        println!("skipped: {} is absent", path.display());
        return;
    };
    for line in body.lines() {
        let article: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = article["text"].as_str().unwrap();
        for m in marked(text) {
            assert!(
                m.split_whitespace().count() <= 9 && !m.ends_with('.'),
                "{}: {m}",
                article["id"]
            );
        }
    }
}

/// Checks the sentence invariants on `text` and returns the sentences.
fn check_sentences(text: &str) -> Vec<Range<usize>> {
    let paragraphs = paragraphs(text);
    let found = sentences(text, &paragraphs);
    let mut last_end = 0;
    for s in &found {
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(s.start >= last_end, "unsorted or overlapping at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(paragraphs
            .iter()
            .any(|p| p.start <= s.start && s.end <= p.end));
        last_end = s.end;
    }
    // Every non-space character lies in a sentence.
    let mut next = found.iter().peekable();
    for (at, c) in text.char_indices() {
        while next.peek().is_some_and(|s| s.end <= at) {
            next.next();
        }
        if !c.is_whitespace() {
            assert!(
                next.peek().is_some_and(|s| s.start <= at),
                "{c:?} at {at} lies in no sentence"
            );
        }
    }
    let folded = fold(text);
    let cleaned = clean(text, &Words::new(text, &folded), &paragraphs);
    for r in cleaned.excluded() {
        assert!(r.end <= text.len() && text.is_char_boundary(r.start));
    }
    found
}

/// Text that looks like the hard cases: marks, abbreviations, spaces of every kind.
fn frenchish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "M.", "Mme", "J.-C.", "J.-M.", "av.", "etc.", "...", "…", "?", "!", ".", " ", " ", "\n",
        "\r", "\r\n", "\u{a0}", "\u{202f}", "«", "»", "“", "”", "\"", "(", ")", "Le", "il",
        "Paris", "a dit", "3.5", "é", "😀", "L'", ";", ":", "Imprimer", "vous", "cookies", "•",
        "Lundi", "AFP/Jean",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        check_sentences(&text);
    }

    #[test]
    fn frenchish_text_keeps_the_invariants(text in frenchish()) {
        check_sentences(&text);
    }

    /// Prefixing the article with a sentence moves every sentence by exactly its length.
    #[test]
    fn shift(text in frenchish()) {
        let prefix = "Une phrase de tête.\n";
        let before = check_sentences(&text);
        let after = check_sentences(&format!("{prefix}{text}"));
        let shifted: Vec<Range<usize>> = before
            .iter()
            .map(|s| s.start + prefix.len()..s.end + prefix.len())
            .collect();
        prop_assert_eq!(after[0].clone(), 0..prefix.len() - 1);
        prop_assert_eq!(&after[1..], &shifted[..]);
    }

    /// Decoding never panics, and what it returns is what the stages accept.
    #[test]
    fn any_bytes_decode(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(decoded) = decode(&bytes) {
            check_sentences(&decoded.text);
        }
    }
}

#[test]
fn nasty_texts() {
    let long_line = "mot ".repeat(250_000);
    let cases = [
        "",
        "«",
        "»",
        "« “ \" mixed » ” \"",
        ".",
        "...",
        "M.",
        "\r\r\n\n",
        "Un.\r\nDeux !\rTrois ?\u{2028}Quatre",
        "\u{a0}\u{202f}",
        "😀. 😀 ! 😀",
        long_line.as_str(),
    ];
    for text in cases {
        check_sentences(text);
    }
    let found = check_sentences("Un.\r\nDeux !\rTrois ?\u{2028}Quatre");
    assert_eq!(found.len(), 4);
}
