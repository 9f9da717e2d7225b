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
    /// One entry per non-ASCII char of the original, in order. Between two of them the text
    /// is ASCII, folded byte for byte, so the map back is an offset; only these chars, which
    /// may fold to more or fewer bytes, need saying where they went. A French text has a few
    /// in a hundred, where a map of every byte would cost eight bytes a byte to write.
    marks: Vec<Mark>,
}

/// Where one non-ASCII char went: original bytes `original..original + original_len` became
/// folded bytes `folded..folded + folded_len`.
#[derive(Debug, Clone, Copy)]
struct Mark {
    folded: u32,
    original: u32,
    folded_len: u32,
    original_len: u32,
}

impl Mark {
    fn folded_end(&self) -> usize {
        (self.folded + self.folded_len) as usize
    }

    fn original_end(&self) -> usize {
        (self.original + self.original_len) as usize
    }
}

impl Folded {
    /// The original char that folded byte `at` (< `text.len()`) came from, as a byte range.
    fn origin(&self, at: usize) -> Range<usize> {
        // The last mark that starts at or before `at`: `at` is in its output, or in the
        // ASCII run after it; before the first mark, folded and original bytes are one.
        let k = self.marks.partition_point(|m| m.folded as usize <= at);
        let Some(mark) = k.checked_sub(1).map(|k| self.marks[k]) else {
            return at..at + 1;
        };
        if at < mark.folded_end() {
            return mark.original as usize..mark.original_end();
        }
        let original = mark.original_end() + (at - mark.folded_end());
        original..original + 1
    }

    /// The original byte range that the folded range `range` came from.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        if range.start >= range.end || range.end > self.text.len() {
            let at = if range.start < self.text.len() {
                self.origin(range.start).start
            } else {
                0
            };
            return at..at;
        }
        self.origin(range.start).start..self.origin(range.end - 1).end
    }

    /// A walk through the text for the folded offset of each original char boundary, asked
    /// in order: a range's folded copy is `fold_str` of its original text, since each char
    /// folds on its own.
    pub fn bounds(&self) -> Bounds<'_> {
        Bounds {
            marks: &self.marks,
            upcoming: upcoming(&self.marks),
            len: self.text.len(),
            shift: 0,
        }
    }
}

/// A walk forward through the marks, for bounds (on char boundaries) that never go back.
pub struct Bounds<'a> {
    /// The marks not passed yet: their chars start at or after the last bound asked.
    marks: &'a [Mark],
    /// Where the first of them starts in the original, or `usize::MAX`: most bounds fall
    /// before it, which one comparison tells.
    upcoming: usize,
    /// The length of the folded text.
    len: usize,
    /// Folded offset less original offset, after the last mark passed: between two marks the
    /// bytes run one for one, so most bounds (a word without accents) cost one addition.
    shift: isize,
}

impl Bounds<'_> {
    /// The first folded byte that comes from original byte `bound` or later; `bound` is no
    /// less than the last one asked.
    #[inline]
    pub fn seek(&mut self, bound: usize) -> usize {
        while self.upcoming < bound {
            // `bound` is a char boundary: past this mark's char, not inside it.
            let (mark, rest) = self.marks.split_first().expect("a mark is upcoming");
            self.shift = mark.folded_end() as isize - mark.original_end() as isize;
            self.marks = rest;
            self.upcoming = upcoming(rest);
        }
        // Never below zero: a folded offset is one.
        bound.wrapping_add_signed(self.shift).min(self.len)
    }
}

/// Where the first of `marks` starts in the original, or `usize::MAX` if there is none.
#[inline]
fn upcoming(marks: &[Mark]) -> usize {
    marks.first().map_or(usize::MAX, |m| m.original as usize)
}

/// Folds one char into `out`: what both sides of a match agree to compare.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        c if c.is_ascii() => out.push(c),
        // The accented letters of French and its neighbours, looked up: what the general
        // rules below give them, without asking the Unicode and transliteration tables.
        '\u{C0}'..='\u{FF}' => match LATIN1[c as usize - 0xC0] {
            [0, _] => out.push(c),
            [first, 0] => out.push(char::from(first)),
            [first, second] => out.extend([char::from(first), char::from(second)]),
        },
        c => fold_other(c, out),
    }
}

/// [`fold_char`] of U+00C0 to U+00FF (a test checks it against [`fold_other`]): one ASCII
/// byte and a zero, two ASCII bytes, or two zeros for a char that stays as it is (× and ÷).
/// Bytes rather than strings, so that folding a text copies no string for each letter.
const LATIN1: [[u8; 2]; 64] = {
    #[rustfmt::skip]
    const FOLDED: [&str; 64] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "th", "y",
    ];
    let mut table = [[0; 2]; 64];
    let mut i = 0;
    while i < 64 {
        let folded = FOLDED[i].as_bytes();
        if folded[0].is_ascii() {
            table[i][0] = folded[0];
            if folded.len() > 1 {
                table[i][1] = folded[1];
            }
        }
        i += 1;
    }
    table
};

/// [`fold_char`] of any char that is neither ASCII nor in [`LATIN1`].
fn fold_other(c: char, out: &mut String) {
    match c {
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
    // About one non-ASCII char in thirty bytes of French: room for most texts' marks.
    let mut marks = Vec::with_capacity(text.len() / 16);
    let text = fold_with(text, |mark| marks.push(mark));
    Folded { text, marks }
}

/// Folds `text`, telling `mark` where each non-ASCII char went.
fn fold_with(text: &str, mut mark: impl FnMut(Mark)) -> String {
    // Bytes, so that a run of ASCII goes in lower-cased whole and a Latin-1 letter as its
    // two bytes; checked as UTF-8 once at the end.
    let mut folded = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    // What a char outside ASCII and Latin-1 folds to, on its way to `folded`.
    let mut other = String::new();
    let mut at = 0;
    while at < bytes.len() {
        // Most of a French text: runs of ASCII, one byte in and one byte out, lower-cased
        // eight bytes at a time (fold_char would give each the same byte).
        at += lower_ascii_run(&bytes[at..], &mut folded);
        if at == bytes.len() {
            break;
        }
        // A non-ASCII char starts at `at`: most are accented letters, U+00C0 to U+00FF, C3
        // and one byte more.
        let before = folded.len();
        let len = if bytes[at] == 0xC3 {
            match LATIN1[usize::from(bytes[at + 1] & 0x3F)] {
                [0, _] => folded.extend_from_slice(&bytes[at..at + 2]),
                [first, 0] => folded.push(first),
                pair => folded.extend_from_slice(&pair),
            }
            2
        } else {
            let c = text[at..].chars().next().expect("a char starts here");
            other.clear();
            fold_other(c, &mut other);
            folded.extend_from_slice(other.as_bytes());
            c.len_utf8()
        };
        mark(Mark {
            folded: before as u32,
            original: at as u32,
            folded_len: (folded.len() - before) as u32,
            original_len: len as u32,
        });
        at += len;
    }
    // ASCII bytes, the bytes of whole chars and of strings: UTF-8 throughout.
    String::from_utf8(folded).expect("folding writes whole chars")
}

/// Appends the run of ASCII at the start of `bytes` to `out`, lower-cased; gives its length.
#[inline(always)]
fn lower_ascii_run(bytes: &[u8], out: &mut Vec<u8>) -> usize {
    let mut at = 0;
    // Sixteen bytes at a time, then eight, then one: they are appended whole, then the ones
    // from the first non-ASCII byte on are taken back.
    while let Some(block) = bytes[at..].first_chunk::<16>() {
        let (low, high) = block.split_at(8);
        let low = u64::from_le_bytes(low.try_into().expect("eight bytes"));
        let high = u64::from_le_bytes(high.try_into().expect("eight bytes"));
        let mut lowered = [0; 16];
        lowered[..8].copy_from_slice(&lower_ascii(low).to_le_bytes());
        lowered[8..].copy_from_slice(&lower_ascii(high).to_le_bytes());
        out.extend_from_slice(&lowered);
        let others = u128::from(low & HIGH) | u128::from(high & HIGH) << 64;
        if others != 0 {
            // The lowest set high bit is the first non-ASCII byte (little-endian).
            let ascii = others.trailing_zeros() as usize / 8;
            out.truncate(out.len() - 16 + ascii);
            return at + ascii;
        }
        at += 16;
    }
    if let Some(&chunk) = bytes[at..].first_chunk::<8>() {
        let chunk = u64::from_le_bytes(chunk);
        out.extend_from_slice(&lower_ascii(chunk).to_le_bytes());
        let others = chunk & HIGH;
        if others != 0 {
            let ascii = others.trailing_zeros() as usize / 8;
            out.truncate(out.len() - 8 + ascii);
            return at + ascii;
        }
        at += 8;
    }
    for &b in &bytes[at..] {
        if !b.is_ascii() {
            break;
        }
        out.push(b.to_ascii_lowercase());
        at += 1;
    }
    at
}

/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes with each ASCII capital lower-cased and every other byte as it was. Each
/// byte is compared on its low seven bits, so that no sum carries into the next byte.
fn lower_ascii(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // `b + 0x80 - n` has its high bit set when `b >= n`, for `b` and `n` below 0x80.
    let at_least = |n: u8| (chunk & !HIGH) + ONES * u64::from(0x80 - n);
    let capitals = at_least(b'A') & !at_least(b'Z' + 1) & !chunk & HIGH;
    // 0x80 >> 2 is 0x20, the bit that makes a capital small.
    chunk | capitals >> 2
}

/// Folds a short string where no map back is needed (gazetteer forms, lexicon words).
pub fn fold_str(text: &str) -> String {
    fold_with(text, |_| {})
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
    fn bounds_slice_each_range_folded() {
        let text = "Œuvre de Thorbjørn à l’État";
        let folded = fold(text);
        let mut bounds = folded.bounds();
        let slices: Vec<&str> = [0..6, 7..9, 10..20, 24..33]
            .into_iter()
            .map(|r| &folded.text[bounds.seek(r.start)..bounds.seek(r.end)])
            .collect();
        assert_eq!(slices, ["oeuvre", "de", "thorbjorn", "l'etat"]);
    }

    /// The map back as it reads byte by byte: for each folded byte, its original char.
    fn naive_map(text: &str) -> Vec<Range<usize>> {
        let mut map = Vec::new();
        for (at, c) in text.char_indices() {
            let mut out = String::new();
            fold_char(c, &mut out);
            map.extend(std::iter::repeat_n(at..at + c.len_utf8(), out.len()));
        }
        map
    }

    /// Every folded range, and the folded ranges of original char ranges, agree with the
    /// byte-by-byte map.
    fn agrees_with_naive_map(text: &str) {
        let folded = fold(text);
        let map = naive_map(text);
        assert_eq!(map.len(), folded.text.len());
        for start in 0..=map.len() {
            for end in start..=map.len() + 1 {
                let want = if start >= end || end > map.len() {
                    let at = map.get(start).map_or(0, |r| r.start);
                    at..at
                } else {
                    map[start].start..map[end - 1].end
                };
                assert_eq!(folded.original(start..end), want, "{text:?} {start}..{end}");
            }
        }
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain([text.len()])
            .collect();
        let seek = |bound: usize| {
            map.iter()
                .position(|r| r.start >= bound)
                .unwrap_or(map.len())
        };
        for (i, &start) in bounds.iter().enumerate() {
            for &end in &bounds[i..] {
                let mut walk = folded.bounds();
                let got = walk.seek(start)..walk.seek(end);
                assert_eq!(got, seek(start)..seek(end), "{text:?} {start}..{end}");
            }
        }
        // Every char in one walk, as words are asked.
        let chars: Vec<Range<usize>> = bounds.windows(2).map(|w| w[0]..w[1]).collect();
        let mut walk = folded.bounds();
        let walked: Vec<Range<usize>> = chars
            .iter()
            .map(|r| walk.seek(r.start)..walk.seek(r.end))
            .collect();
        let each: Vec<Range<usize>> = chars.iter().map(|r| seek(r.start)..seek(r.end)).collect();
        assert_eq!(walked, each, "{text:?}");
    }

    #[test]
    fn map_back_agrees_byte_by_byte() {
        for text in [
            "",
            "abc",
            "État",
            "Œuvre de Thorbjørn à l’État",
            "«\u{a0}oui\u{202f}» 😀 Щука ß",
            "un texte ASCII assez long pour passer huit octets à la fois, puis é",
            "éééééééééé",
        ] {
            agrees_with_naive_map(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn map_back_agrees_on_any_text(text in "[a-zA-Z é«»’Œø😀Щß\n\u{a0}]{0,24}") {
            agrees_with_naive_map(&text);
        }
    }

    #[test]
    fn latin1_table_folds_as_the_general_rules() {
        for c in '\u{C0}'..='\u{FF}' {
            let (mut fast, mut general) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_other(c, &mut general);
            assert_eq!(fast, general, "{c:?}");
        }
    }

    #[test]
    fn eight_bytes_lower_each_byte_alone() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut chunk = *b"AbCdEfGh";
                chunk[at] = b;
                let mut want = chunk.map(|b| b.to_ascii_lowercase());
                want[at] = if b.is_ascii() {
                    b.to_ascii_lowercase()
                } else {
                    b
                };
                let lowered = lower_ascii(u64::from_le_bytes(chunk)).to_le_bytes();
                assert_eq!(lowered, want, "{b:#x} at {at}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn folds_as_each_char_alone(text in "[a-zA-Z0-9 @\\[`{Ééàß×÷ÿ«’Œø😀Щ\u{a0}\u{2011}]{0,40}") {
            let mut each = String::new();
            for c in text.chars() {
                fold_char(c, &mut each);
            }
            proptest::prop_assert_eq!(&fold(&text).text, &each);
            proptest::prop_assert_eq!(fold_str(&text), each);
        }
    }

    #[test]
    fn empty_range_is_empty() {
        let folded = fold("abc");
        assert_eq!(folded.original(1..1), 1..1);
        assert_eq!(fold("").original(0..0), 0..0);
    }
}
