//! Folding: a matching copy of a text in lower case without accents, with `’` → `'` and every
//! kind of space → ` `, and a map from each byte of the copy back to the original.
//!
//! The same function folds gazetteer forms and article text, so both meet on equal terms.
//! aho-corasick's case-insensitivity is ASCII-only, hence this. Invariant: for every folded
//! byte range that starts and ends on folded char boundaries, [`Folded::original`] returns a
//! range on char boundaries of the original.

use std::ops::Range;

/// A folded copy and its way back.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset of the original char it came from.
    origin: Vec<u32>,
    /// For each byte of `text`, the byte offset just past that original char.
    origin_end: Vec<u32>,
}

impl Folded {
    /// The original byte range that the folded range `range` came from.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        if range.start >= range.end || range.end > self.text.len() {
            let at = self.origin.get(range.start).copied().unwrap_or(0) as usize;
            return at..at;
        }
        self.origin[range.start] as usize..self.origin_end[range.end - 1] as usize
    }

    /// The folded range of each original range in `ranges` (on char boundaries, sorted and
    /// disjoint), in one walk through the map: a range's folded copy is `fold_str` of its
    /// original text, since each char folds on its own.
    pub fn folded_ranges<'a>(
        &'a self,
        ranges: &'a [Range<usize>],
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut at = 0;
        // The first folded byte that comes from original byte `bound` or later.
        let mut seek = move |bound: usize| {
            while at < self.origin.len() && (self.origin[at] as usize) < bound {
                at += 1;
            }
            at
        };
        ranges.iter().map(move |r| seek(r.start)..seek(r.end))
    }
}

/// Folds one char into `out`: what both sides of a match agree to compare.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        c if c.is_ascii() => out.push(c),
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => out.push('\''),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        c if c.is_whitespace() => out.push(' '),
        // Typographic marks keep their identity: quote marks and dashes matter to later stages.
        '«' | '»' | '“' | '”' | '…' | '–' | '—' => out.push(c),
        c if c.is_alphabetic() => {
            // deunicode knows ø → o, œ → oe, ß → ss, which Unicode decomposition does not.
            let ascii = deunicode::deunicode_char(c).unwrap_or("");
            if ascii.is_empty() || !ascii.chars().all(|a| a.is_ascii_alphanumeric()) {
                // Keep what has no letter transliteration (symbols, CJK) as it is, lower-cased.
                out.extend(c.to_lowercase());
            } else {
                out.extend(ascii.chars().map(|a| a.to_ascii_lowercase()));
            }
        }
        c => out.push(c),
    }
}

/// Folds `text`, keeping the map back to it.
pub fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
        origin_end: Vec::with_capacity(text.len()),
    };
    let mut at = 0;
    while at < text.len() {
        let ascii = text.as_bytes()[at..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(text.len() - at);
        if ascii > 0 {
            // Most of a French text: a run of ASCII, one byte in and one byte out, copied and
            // lower-cased whole (fold_char would give each the same byte).
            push_ascii(&mut folded, &text[at..at + ascii], at);
            at += ascii;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let before = folded.text.len();
        fold_char(c, &mut folded.text);
        let added = folded.text.len() - before;
        let end = (at + c.len_utf8()) as u32;
        folded.origin.extend(std::iter::repeat_n(at as u32, added));
        folded.origin_end.extend(std::iter::repeat_n(end, added));
        at += c.len_utf8();
    }
    folded
}

/// Appends `run`, ASCII found at byte `at` of the original, lower-cased, with its map.
fn push_ascii(folded: &mut Folded, run: &str, at: usize) {
    let start = folded.text.len();
    folded.text.push_str(run);
    folded.text[start..].make_ascii_lowercase();
    let (from, to) = (at as u32, (at + run.len()) as u32);
    folded.origin.extend(from..to);
    folded.origin_end.extend(from + 1..=to);
}

/// Folds a short string where no map back is needed (gazetteer forms, lexicon words).
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $input:expr, $folded:expr) => {
            #[test]
            fn $name() {
                assert_eq!(fold($input).text, $folded);
                assert_eq!(fold_str($input), $folded);
            }
        };
    }

    case!(lowercase, "Conseil de l'Europe", "conseil de l'europe");
    case!(accents, "État Élysée Noël", "etat elysee noel");
    case!(slashed_o, "Thorbjørn", "thorbjorn");
    case!(apostrophe, "l’accès", "l'acces");
    case!(nbsp, "«\u{a0}oui\u{202f}»", "« oui »");
    case!(ligature, "Œuvre cœur", "oeuvre coeur");
    case!(german, "Jürgen Straße", "jurgen strasse");
    case!(emoji_kept, "a😀b", "a😀b");

    #[test]
    fn maps_back_to_char_boundaries() {
        let text = "Œuvre de Thorbjørn Jagland.";
        let folded = fold(text);
        let at = folded.text.find("thorbjorn jagland").unwrap();
        let range = folded.original(at..at + "thorbjorn jagland".len());
        assert_eq!(&text[range], "Thorbjørn Jagland");
        let range = folded.original(0..2);
        assert_eq!(&text[range], "Œ");
    }

    #[test]
    fn folded_ranges_slice_each_range_folded() {
        let text = "Œuvre de Thorbjørn à l’État";
        let folded = fold(text);
        let ranges = [0..6, 7..9, 10..20, 24..33];
        let slices: Vec<&str> = folded
            .folded_ranges(&ranges)
            .map(|r| &folded.text[r])
            .collect();
        assert_eq!(slices, ["oeuvre", "de", "thorbjorn", "l'etat"]);
    }

    #[test]
    fn empty_range_is_empty() {
        let folded = fold("abc");
        assert_eq!(folded.original(1..1), 1..1);
        assert_eq!(fold("").original(0..0), 0..0);
    }
}
