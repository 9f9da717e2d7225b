//! Cleaning: paragraphs → the regions no entity or quotation may come from: web boilerplate
//! (menus, share and print links, site notices) and repeats of an earlier paragraph, whole or
//! truncated. Returns sorted, non-overlapping byte ranges; the text itself is left alone.

use std::ops::Range;

/// What the clean stage found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Site furniture: navigation, links, notices.
    pub boilerplate: Vec<Range<usize>>,
    /// Paragraphs that repeat an earlier one.
    pub repeats: Vec<Range<usize>>,
    pub warnings: Vec<String>,
}

impl Cleaned {
    /// Boilerplate and repeats together, sorted by start.
    pub fn excluded(&self) -> Vec<Range<usize>> {
        let mut all: Vec<Range<usize>> = self
            .boilerplate
            .iter()
            .chain(&self.repeats)
            .cloned()
            .collect();
        all.sort_by_key(|r| (r.start, r.end));
        all
    }

    /// Characters of boilerplate, as `articles.boilerplate_chars` counts them.
    pub fn boilerplate_chars(&self, text: &str) -> usize {
        self.boilerplate
            .iter()
            .chain(&self.repeats)
            .map(|r| text[r.clone()].chars().count())
            .sum()
    }
}

/// Shortest paragraph (in bytes) that counts as a repeat: shorter lines ("Rechercher") repeat
/// legitimately and are handled as boilerplate if at all.
const MIN_REPEAT: usize = 60;

/// Finds boilerplate and repeats among `paragraphs`.
pub fn clean(text: &str, paragraphs: &[Range<usize>]) -> Cleaned {
    let mut cleaned = Cleaned::default();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.clone()];
        if is_bullet(body) {
            cleaned.boilerplate.push(paragraph.clone());
            continue;
        }
        if let Some(earlier) = repeated(text, &paragraphs[..index], body) {
            cleaned.warnings.push(format!(
                "repeat: paragraph {} repeats paragraph {}",
                index + 1,
                earlier + 1
            ));
            cleaned.repeats.push(paragraph.clone());
        }
    }
    cleaned
}

/// A list item of site navigation: "• Imprimer la page".
fn is_bullet(body: &str) -> bool {
    body.starts_with(['•', '·', '▪', '►', '»']) && body.chars().count() < 80
}

/// The index of an earlier paragraph that `body` repeats, whole or cut off ("…", "...").
fn repeated(text: &str, earlier: &[Range<usize>], body: &str) -> Option<usize> {
    if body.len() < MIN_REPEAT {
        return None;
    }
    let stem = body
        .trim_end_matches(['.', '…', ' '])
        .trim_end_matches([',', ';']);
    earlier.iter().position(|range| {
        let other = &text[range.clone()];
        other == body
            || (stem.len() >= MIN_REPEAT && other.starts_with(stem) && stem.len() < other.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn run(text: &str) -> (Vec<&str>, Vec<&str>) {
        let cleaned = clean(text, &paragraphs(text));
        (
            cleaned
                .boilerplate
                .iter()
                .map(|r| &text[r.clone()])
                .collect(),
            cleaned.repeats.iter().map(|r| &text[r.clone()]).collect(),
        )
    }

    const LONG: &str = "Les ministres réunis à Bruxelles ont adopté hier un texte sur la protection des données personnelles.";

    #[test]
    fn exact_repeat() {
        let text = format!("{LONG}\nAutre chose.\n{LONG}\n");
        assert_eq!(run(&text).1, vec![LONG]);
    }

    #[test]
    fn truncated_repeat() {
        let cut = &LONG[..70];
        let text = format!("{LONG}\n{cut}...\n");
        assert_eq!(run(&text).1.len(), 1);
    }

    #[test]
    fn short_lines_may_repeat() {
        let (boiler, repeats) = run("Rechercher\nRechercher\n");
        assert!(boiler.is_empty() && repeats.is_empty());
    }

    #[test]
    fn bullets_are_boilerplate() {
        let (boiler, _) = run("Texte.\n  • Imprimer la page\n");
        assert_eq!(boiler, vec!["• Imprimer la page"]);
    }
}
