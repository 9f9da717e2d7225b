//! Words: a text range → the byte ranges of its words, for the rules that read a few words
//! around a point. A word is a run of letters and digits, with hyphens inside it
//! ("États-Unis", "a-t-il"); an elided article keeps its apostrophe ("l’", "d'").
//! [`Words`] holds an article's words with their folded forms, found once for every stage.

use std::ops::{Deref, Index, Range};

use crate::fold::Folded;

/// The words of a whole article and their folded forms. Cleaning, sentences, entities,
/// resolution and quotations all read words; splitting and folding them once saves each
/// stage doing it again. The
/// folded forms are slices of the article's folded text, which the words borrow.
#[derive(Debug, Clone, Default)]
pub struct Words<'a> {
    pub spans: Vec<Range<usize>>,
    /// Each word folded, as [`crate::fold::fold_str`] would fold it alone.
    pub folded: FoldedWords<'a>,
    /// Whether each word is capitalised: the entity rules ask it of every word, several
    /// times over, and most of the answers are no.
    capitalised: Vec<bool>,
}

/// The folded form of each word: `folded[i]` is word `i` folded, a slice of the article's
/// folded text. An article has thousands of words, and a string of its own for each one cost
/// as much as finding them.
#[derive(Debug, Clone, Default)]
pub struct FoldedWords<'a> {
    /// The article's folded text, which the words are slices of.
    text: &'a str,
    words: Vec<&'a str>,
}

impl<'a> Words<'a> {
    /// The words of `text`; `folded` is `fold(text)`, whose slices are the folded words.
    pub fn new(text: &str, folded: &'a Folded) -> Words<'a> {
        let spans = words(text, 0..text.len());
        let mut bounds = folded.bounds();
        let words = spans
            .iter()
            .map(|span| &folded.text[bounds.seek(span.start)..bounds.seek(span.end)])
            .collect();
        let capitalised = spans
            .iter()
            .map(|span| match text.as_bytes()[span.start] {
                first if first.is_ascii() => first.is_ascii_uppercase(),
                _ => is_capitalised(&text[span.clone()]),
            })
            .collect();
        Words {
            spans,
            folded: FoldedWords {
                text: &folded.text,
                words,
            },
            capitalised,
        }
    }

    /// Whether word `i` is capitalised ([`is_capitalised`]); no word past the last one is.
    #[inline]
    pub fn capitalised(&self, i: usize) -> bool {
        self.capitalised.get(i).copied().unwrap_or(false)
    }
}

impl<'a> FoldedWords<'a> {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Word `i` folded, if there is one.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).copied()
    }

    /// Words `range` folded, in order.
    pub fn slice(&self, range: Range<usize>) -> impl Iterator<Item = &'a str> + '_ {
        self.words[range].iter().copied()
    }

    /// Every word folded, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.words.iter().copied()
    }

    /// The folded text `range` (byte offsets in it): words and what lies between them.
    pub fn text(&self, range: Range<usize>) -> &'a str {
        &self.text[range]
    }

    /// Where word `i` starts in the folded text.
    pub fn start(&self, i: usize) -> usize {
        // Both point into the same string, the word after the text's start.
        self.words[i].as_ptr() as usize - self.text.as_ptr() as usize
    }
}

impl Index<usize> for FoldedWords<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.words[i]
    }
}

impl Deref for Words<'_> {
    type Target = [Range<usize>];

    fn deref(&self) -> &[Range<usize>] {
        &self.spans
    }
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    // About six bytes a word with its space: room for them all at once, instead of the
    // vector growing again and again over a whole article.
    let mut out = Vec::with_capacity(range.len() / 5);
    out.extend(Scan::new(text, range));
    out
}

/// The words of a text range one after the other, for [`words`] to collect: each call
/// finds one, with no state but where to look next.
struct Scan<'t> {
    /// The text up to the range's end.
    text: &'t str,
    /// Where to look for the next word.
    at: usize,
}

impl<'t> Scan<'t> {
    fn new(text: &'t str, range: Range<usize>) -> Scan<'t> {
        Scan {
            text: &text[..range.end],
            at: range.start,
        }
    }
}

impl Iterator for Scan<'_> {
    type Item = Range<usize>;

    #[inline(always)]
    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut at = self.at;
        // Between words: ASCII separators passed over as bytes, anything but an ASCII
        // letter or digit read as a char.
        let begin = loop {
            let begin = at;
            match CLASS[usize::from(*bytes.get(at)?)] {
                SEPARATOR => at += 1,
                LETTER => {
                    at += 1;
                    break begin;
                }
                _ => {
                    let c = char_at(text, at)?;
                    at += c.len_utf8();
                    if is_alphanumeric(c) {
                        break begin;
                    }
                }
            }
        };
        // The word, `at` past its last char so far: ASCII letters and digits passed over as
        // bytes, the accented letters of French two bytes at a time; a separator ends it;
        // anything else is read as a char.
        let end = loop {
            at = alphanumeric_run(bytes, at);
            let Some(&b) = bytes.get(at) else {
                break at;
            };
            if CLASS[usize::from(b)] == SEPARATOR {
                at += 1;
                break at - 1;
            }
            // U+00C0 to U+00FF are C3 and one byte more: all letters but × (C3 97) and
            // ÷ (C3 B7). `at` is on a char boundary, so C3 starts a char.
            if b == 0xC3 && !matches!(bytes.get(at + 1), Some(0x97 | 0xB7)) {
                at += 2;
                continue;
            }
            let Some(c) = char_at(text, at) else {
                // No char here: the last word, and nothing after it.
                self.at = bytes.len();
                return Some(begin..at);
            };
            let next = at + c.len_utf8();
            match c {
                c if is_alphanumeric(c) => at = next,
                // Hyphen inside a word.
                '-' | '\u{2011}' if starts_word(text, next) => at = next,
                // Elision: the apostrophe closes "l’" and a new word begins after it.
                '\'' | '’' if starts_word(text, next) => {
                    at = next;
                    break next;
                }
                _ => {
                    let end = at;
                    at = next;
                    break end;
                }
            }
        };
        self.at = at;
        Some(begin..end)
    }
}

/// Where the run of ASCII letters and digits at byte `at` of `bytes` ends: most of a word.
#[inline(always)]
fn alphanumeric_run(bytes: &[u8], mut at: usize) -> usize {
    while bytes
        .get(at)
        .is_some_and(|&b| CLASS[usize::from(b)] == LETTER)
    {
        at += 1;
    }
    at
}

/// The char at byte `at` of `text` (a char boundary), if any.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// Whether a word starts at byte `at` of `text`.
#[inline]
fn starts_word(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(is_alphanumeric)
}

/// Byte classes of [`words`]: an ASCII letter or digit, an ASCII byte that only separates
/// words, a byte read as a char (`-` and `'`, which may join words, and any byte of a longer
/// char).
const LETTER: u8 = 0;
const SEPARATOR: u8 = 1;
const CHAR: u8 = 2;

static CLASS: [u8; 256] = {
    let mut table = [CHAR; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            LETTER
        } else if b == b'-' as usize || b == b'\'' as usize {
            CHAR
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// Two to ten capitals, digits and hyphens, with at least two capitals: "COE", "T-CY", "G8".
pub fn is_acronym(word: &str) -> bool {
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=10).contains(&word.chars().count())
        && capitals >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
}

/// [`char::is_alphanumeric`], answered without the Unicode tables for the accented Latin-1
/// letters French is written with (all of U+00C0–U+00FF but × and ÷ are letters), and for
/// the rest of Latin-1 and the general punctuation (’, –, …), which French news is full of.
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => true,
        // The other letters and numbers of Latin-1: ª º µ and the superscripts and fractions.
        'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾' => true,
        '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $text:expr, [$($word:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let text = $text;
                let found: Vec<&str> = words(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
                assert_eq!(found, vec![$($word),*] as Vec<&str>);
            }
        };
    }

    case!(plain, "Il a dit.", ["Il", "a", "dit"]);
    case!(
        hyphen,
        "a-t-il dit aux États-Unis",
        ["a-t-il", "dit", "aux", "États-Unis"]
    );
    case!(
        elision,
        "l’accès d'Interpol",
        ["l’", "accès", "d'", "Interpol"]
    );
    case!(initials, "S. Iswaran", ["S", "Iswaran"]);
    case!(
        dash_alone,
        "Interpol – l’organisme",
        ["Interpol", "l’", "organisme"]
    );
    case!(trailing_apostrophe, "les pays' x", ["les", "pays", "x"]);
    case!(empty, "", []);
    case!(latin1, "Ça × ÿé ÷ Øß", ["Ça", "ÿé", "Øß"]);
    case!(hyphen_at_end, "pro- et anti-", ["pro", "et", "anti"]);
    case!(
        apostrophe_at_end,
        "aujourd' hui l'",
        ["aujourd", "hui", "l"]
    );

    /// The words of `text` as defined char by char, to check the byte-reading [`words`].
    fn words_by_chars(text: &str) -> Vec<Range<usize>> {
        let starts_word = |at: usize| text[at..].chars().next().is_some_and(is_alphanumeric);
        let (mut out, mut start) = (Vec::new(), None);
        for (at, c) in text.char_indices() {
            if is_alphanumeric(c) {
                start.get_or_insert(at);
                continue;
            }
            let Some(begin) = start else { continue };
            let next = at + c.len_utf8();
            match c {
                '-' | '\u{2011}' if starts_word(next) => continue,
                '\'' | '’' if starts_word(next) => out.push(begin..next),
                _ => out.push(begin..at),
            }
            start = None;
        }
        out.extend(start.map(|begin| begin..text.len()));
        out
    }

    proptest::proptest! {
        #[test]
        fn bytes_and_chars_agree(text in "[a-zA-Z0-9 éÉœ×’'\\-\u{2011}.,%/:@\\[`{\u{7f}😀]{0,40}") {
            proptest::prop_assert_eq!(words(&text, 0..text.len()), words_by_chars(&text));
            // A range inside the text: words stop at its end.
            let cut = text.char_indices().nth(text.chars().count() / 2).map_or(0, |(at, _)| at);
            let inside: Vec<Range<usize>> = words(&text, 0..cut);
            proptest::prop_assert_eq!(inside, words_by_chars(&text[..cut]));
            let after: Vec<Range<usize>> = words(&text, cut..text.len());
            let shifted: Vec<Range<usize>> =
                words_by_chars(&text[cut..]).into_iter().map(|r| r.start + cut..r.end + cut).collect();
            proptest::prop_assert_eq!(after, shifted);
        }
    }

    #[test]
    fn latin1_letters_inside_words() {
        let text = "Ça×ÿé÷Øß àÀ-þ l’Ölçer";
        assert_eq!(words(text, 0..text.len()), words_by_chars(text));
    }

    #[test]
    fn latin1_letters_are_alphanumeric() {
        for c in ('\0'..='\u{17f}').chain('\u{2000}'..='\u{2070}') {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn folded_words_match_folding_each_word() {
        let text = "L’Œuvre de Thorbjørn, a-t-il dit à l'État 😀 Noël.";
        let folded = crate::fold::fold(text);
        let found = Words::new(text, &folded);
        let each: Vec<String> = found
            .iter()
            .map(|w| crate::fold::fold_str(&text[w.clone()]))
            .collect();
        assert_eq!(found.folded.iter().collect::<Vec<_>>(), each);
        assert_eq!(found.folded.len(), found.len());
        assert_eq!(
            found.folded.slice(0..3).collect::<Vec<_>>(),
            ["l'", "oeuvre", "de"]
        );
        assert_eq!(
            (&found.folded[3], found.folded.get(4)),
            ("thorbjorn", Some("a-t-il"))
        );
        assert_eq!(found.folded.get(found.len()), None);
    }
}
