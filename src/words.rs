//! Words: a text range → the byte ranges of its words, for the rules that read a few words
//! around a point. A word is a run of letters and digits, with hyphens inside it
//! ("États-Unis", "a-t-il"); an elided article keeps its apostrophe ("l’", "d'").

use std::ops::Range;

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let body = &text[range.clone()];
    let mut start: Option<usize> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() {
            start.get_or_insert(at);
        } else if start.is_some() && matches!(c, '-' | '\u{2011}') && next_is_word {
            // Hyphen inside a word.
        } else if let Some(begin) = start.take() {
            if matches!(c, '\'' | '’') && next_is_word {
                // Elision: the apostrophe closes "l’" and a new word begins after it.
                out.push(range.start + begin..range.start + at + c.len_utf8());
            } else {
                out.push(range.start + begin..range.start + at);
            }
        }
    }
    if let Some(begin) = start {
        out.push(range.start + begin..range.end);
    }
    out
}

/// Two to ten capitals, digits and hyphens, with at least two capitals: "COE", "T-CY", "G8".
pub fn is_acronym(word: &str) -> bool {
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=10).contains(&word.chars().count())
        && capitals >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
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
}
