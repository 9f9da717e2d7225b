//! Tokens and lexicon of the date grammar: folded text → words, digit runs and single marks,
//! each with its byte range in the folded text; and the words dates are made of (months,
//! weekdays, numbers written in letters, ordinals).
//!
//! One forward pass, no allocation per token beyond the vector: the grammar then looks ahead a
//! few tokens from each place a date can start, so the whole stage stays linear.

use chrono::Weekday;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single char that is not a space: `/`, `-`, `.`, `'`, `«`, …; and a line
    /// break, which ends a paragraph: no date reads on over it ("1er janvier\n12 élus").
    Mark,
}

/// One token: `text` slices the folded text at `start()..end()`.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub text: &'a str,
    /// Where `text` starts in the folded text (u32: a token is copied often, small is fast).
    at: u32,
    pub kind: Kind,
}

impl Tok<'_> {
    pub fn start(&self) -> usize {
        self.at as usize
    }

    pub fn end(&self) -> usize {
        self.at as usize + self.text.len()
    }
}

/// Splits folded text into tokens. Spaces separate tokens and are not tokens; line breaks
/// are.
pub fn tokenize(folded: &str) -> Vec<Tok<'_>> {
    tokenize_range(folded, 0..folded.len())
}

/// Byte classes: 0 space, 1 letter, 2 digit, 3 other (line breaks among them).
fn class(b: u8) -> u8 {
    CLASSES[b as usize]
}

/// [`class`] of every byte, looked up rather than matched: the tokenizer asks it of every
/// byte of the article.
static CLASSES: [u8; 256] = {
    let mut table = [3; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t' => 0,
            b'a'..=b'z' | b'A'..=b'Z' => 1,
            b'0'..=b'9' => 2,
            _ => 3,
        };
        b += 1;
    }
    table
};

/// Tokens of `folded[range]` (on char boundaries), with offsets into the whole of `folded`.
pub fn tokenize_range(folded: &str, range: std::ops::Range<usize>) -> Vec<Tok<'_>> {
    // French news text runs at about two and a half bytes a token (a mark, or a word and its
    // space): room for them all, so that the vector is never grown while it fills.
    let mut out = Vec::with_capacity(range.len() / 2 + 1);
    let mut at = range.start;
    // What is left to read: each token is split off its front, which checks one bound where
    // cutting it out of the whole text checked both.
    let mut rest = &folded[range];
    while let Some(&b) = rest.as_bytes().first() {
        let bytes = rest.as_bytes();
        let kind = match class(b) {
            0 => {
                rest = &rest[1..];
                at += 1;
                continue;
            }
            1 => Kind::Word,
            2 => Kind::Num,
            _ => Kind::Mark,
        };
        let len = if kind == Kind::Mark {
            // One char, whatever its UTF-8 length (read from its first byte).
            match b {
                0xF0.. => 4,
                0xE0.. => 3,
                0xC0.. => 2,
                _ => 1,
            }
        } else {
            // The run of letters or of digits.
            let mut len = 1;
            while bytes.get(len).is_some_and(|&next| class(next) == class(b)) {
                len += 1;
            }
            len
        };
        let (text, tail) = rest.split_at(len);
        out.push(Tok {
            text,
            at: at as u32,
            kind,
        });
        rest = tail;
        at += len;
    }
    out
}

/// The month a word names: full names and the usual abbreviations (`janv`, `sept`, `dec`).
/// `jui` (ambiguous) is read as July, as calendars print it.
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "janvier" | "janv" | "jan" => 1,
        "fevrier" | "fevr" | "fev" => 2,
        "mars" => 3,
        "avril" | "avr" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" | "juil" | "jui" => 7,
        "aout" => 8,
        "septembre" | "sept" => 9,
        "octobre" | "oct" => 10,
        "novembre" | "nov" => 11,
        "decembre" | "dec" => 12,
        _ => return None,
    })
}

/// True for the month words that are abbreviations (they may take a `.`, and are only read
/// next to a day or a year).
pub fn is_abbreviated_month(word: &str) -> bool {
    matches!(
        word,
        "janv" | "jan" | "fevr" | "fev" | "avr" | "juil" | "jui" | "sept" | "oct" | "nov" | "dec"
    )
}

/// The weekday a full French name gives. Abbreviations are handled by [`weekday_abbrev`].
pub fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "lundi" => Weekday::Mon,
        "mardi" => Weekday::Tue,
        "mercredi" => Weekday::Wed,
        "jeudi" => Weekday::Thu,
        "vendredi" => Weekday::Fri,
        "samedi" => Weekday::Sat,
        "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// Weekday abbreviations, read only with their `.`. The second field says whether the
/// abbreviation may stand alone: `mer.`, `jeu.`, `sam.` are also words, so they need a day
/// number after them.
pub fn weekday_abbrev(word: &str) -> Option<(Weekday, bool)> {
    Some(match word {
        "lun" => (Weekday::Mon, true),
        "mar" => (Weekday::Tue, false),
        "mer" => (Weekday::Wed, false),
        "jeu" => (Weekday::Thu, false),
        "ven" => (Weekday::Fri, true),
        "sam" => (Weekday::Sat, false),
        "dim" => (Weekday::Sun, false),
        _ => return None,
    })
}

/// Numbers written as one word (units, teens, tens).
pub fn number_word(word: &str) -> Option<u32> {
    Some(match word {
        "un" | "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        "onze" => 11,
        "douze" => 12,
        "treize" => 13,
        "quatorze" => 14,
        "quinze" => 15,
        "seize" => 16,
        "vingt" | "vingts" => 20,
        "trente" => 30,
        "quarante" => 40,
        "cinquante" => 50,
        "soixante" => 60,
        "cent" => 100,
        _ => return None,
    })
}

/// Ordinal words: `premier`, `deuxieme`, `neuvieme`, `vingtieme`, … (number they stand for).
pub fn ordinal_word(word: &str) -> Option<u32> {
    match word {
        "premier" | "premiere" | "ler" => return Some(1),
        "second" | "seconde" => return Some(2),
        _ => {}
    }
    let stem = word.strip_suffix("ieme")?;
    match stem {
        "un" => Some(1),
        "cinqu" => Some(5),
        "neuv" => Some(9),
        "quatr" => Some(4),
        "onz" => Some(11),
        "douz" => Some(12),
        "treiz" => Some(13),
        "quatorz" => Some(14),
        "quinz" => Some(15),
        "seiz" => Some(16),
        "trent" => Some(30),
        _ => number_word(stem),
    }
}

/// A Roman numeral up to 39 (`xxi` → 21): centuries are written so.
pub fn roman(word: &str) -> Option<u32> {
    let mut total = 0;
    let mut rest = word;
    while let Some(r) = rest.strip_prefix('x') {
        total += 10;
        rest = r;
    }
    let units = match rest {
        "" => 0,
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        "vi" => 6,
        "vii" => 7,
        "viii" => 8,
        "ix" => 9,
        _ => return None,
    };
    let value = total + units;
    (value > 0 && total <= 30).then_some(value)
}

/// Ordinal suffixes glued to a number: `1er`, `15e`, `3eme`, `2nd`.
pub fn is_ordinal_suffix(word: &str) -> bool {
    matches!(
        word,
        "er" | "re" | "e" | "eme" | "ieme" | "nd" | "nde" | "d" | "de"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $input:expr, $tokens:expr) => {
            #[test]
            fn $name() {
                let got: Vec<&str> = tokenize($input).iter().map(|t| t.text).collect();
                assert_eq!(got, $tokens);
            }
        };
    }

    case!(
        words_and_numbers,
        "le 1er mars",
        vec!["le", "1", "er", "mars"]
    );
    case!(
        marks,
        "l'an 26/01/2016",
        vec!["l", "'", "an", "26", "/", "01", "/", "2016"]
    );
    case!(glued, "convention108", vec!["convention", "108"]);
    case!(non_ascii_mark, "«mai»", vec!["«", "mai", "»"]);
    case!(empty, "", Vec::<&str>::new());
    case!(
        line_breaks,
        "mars\n2016\r\nx",
        vec!["mars", "\n", "2016", "\r", "\n", "x"]
    );

    #[test]
    fn lexicon() {
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("septembre"), Some(9));
        assert_eq!(weekday("mer"), None);
        assert_eq!(ordinal_word("dix"), None);
        assert_eq!(ordinal_word("neuvieme"), Some(9));
        assert_eq!(ordinal_word("vingtieme"), Some(20));
        assert_eq!(roman("xix"), Some(19));
        assert_eq!(roman("xxi"), Some(21));
        assert_eq!(roman("mix"), None);
        assert_eq!(roman(""), None);
    }
}
