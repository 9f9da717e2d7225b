//! Segmentation: article text → paragraphs and sentences, as sorted, non-overlapping byte
//! ranges trimmed of white space.
//!
//! A paragraph is a line of text (French news puts one paragraph on a line; blank lines are
//! only spacing). A sentence ends at `.`, `!`, `?` or `…`, with any closing marks after it,
//! when the next word starts like a sentence: an upper-case letter, a digit or an opening
//! mark. A full stop after a title or abbreviation (M., Mme, janv.) or an initial
//! (S. Iswaran, J.-M. Le Pen) ends nothing. Every sentence lies inside one paragraph.

use std::ops::Range;

/// Abbreviations after which a full stop does not end a sentence (compared case-sensitively
/// for titles, which are capitalised, and folded otherwise).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Sr", "Jr",
    "av", "apr", "J.-C", "etc", "art", "p", "pp", "n°", "no", "vol", "chap", "cf", "env", "min",
    "max", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "lun", "mar", "mer",
    "jeu", "ven", "sam", "dim", "bd", "boul", "Cie", "Éd", "éd", "coll", "hab", "km", "Gal", "Gén",
    "Cdt", "Lt", "Col", "Cne", "Vve", "ex", "éds", "ibid", "op", "cit",
];

/// Paragraphs: each non-blank line, trimmed.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        if let Some(range) = trim(text, start..end) {
            out.push(range);
        }
        start = end;
    }
    out
}

/// Sentences of every paragraph, in order.
pub fn sentences(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for paragraph in paragraphs {
        split_paragraph(text, paragraph.clone(), &mut out);
    }
    out
}

fn split_paragraph(text: &str, paragraph: Range<usize>, out: &mut Vec<Range<usize>>) {
    let body = &text[paragraph.clone()];
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take the whole run of final punctuation and closing marks.
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if matches!(
                next,
                '.' | '!' | '?' | '…' | '»' | '”' | '"' | ')' | ']' | '’' | '\''
            ) || (is_space(next) && closes_after_space(&body[next_at..]))
            {
                end = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &body[end..];
        let Some(next_word) = rest.trim_start_matches(is_space).chars().next() else {
            continue;
        };
        if rest.len() == rest.trim_start_matches(is_space).len() {
            continue; // no space after: "3.5", "www.x.fr", "J.-M."
        }
        if !starts_sentence(next_word) {
            continue;
        }
        if c == '.' && at + 1 == end && is_abbreviation(&body[start..at]) {
            continue;
        }
        if let Some(range) = trim(text, paragraph.start + start..paragraph.start + end) {
            out.push(range);
        }
        start = end;
    }
    if let Some(range) = trim(text, paragraph.start + start..paragraph.end) {
        out.push(range);
    }
}

/// A closing mark separated from the punctuation by a (non-breaking) space: `. »`.
fn closes_after_space(rest: &str) -> bool {
    let after = rest.trim_start_matches(is_space);
    after.len() < rest.len() && after.starts_with(['»', '”'])
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '“' | '"' | '(' | '[' | '—' | '–' | '-' | '‘')
}

/// Whether the word that the full stop closes is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| is_space(c) || matches!(c, '(' | '«' | '“' | '"' | '\'' | '’'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // An initial: one capital letter, possibly after "J.-" as in "J.-M.".
    let last = word.rsplit(['.', '-']).next().unwrap_or(word);
    let mut letters = last.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_uppercase() {
            return true;
        }
    }
    ABBREVIATIONS.iter().any(|abbr| {
        *abbr == word
            || (abbr.chars().next().is_some_and(char::is_lowercase)
                && abbr.eq_ignore_ascii_case(word))
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// `range` without leading and trailing white space, or `None` if nothing is left.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &paragraphs(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($sentence:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(split($text), vec![$($sentence),*] as Vec<&str>);
            }
        };
    }

    case!(two, "Il pleut. Il vente.", ["Il pleut.", "Il vente."]);
    case!(
        monsieur,
        "M. Jagland a parlé. Puis il part.",
        ["M. Jagland a parlé.", "Puis il part."]
    );
    case!(
        madame,
        "Mme Ballestrazzi parle. Mmes Dupont et Durand aussi.",
        ["Mme Ballestrazzi parle.", "Mmes Dupont et Durand aussi."]
    );
    case!(
        initial,
        "Le ministre S. Iswaran a parlé.",
        ["Le ministre S. Iswaran a parlé."]
    );
    case!(
        double_initial,
        "J.-M. Le Pen est venu. Il est parti.",
        ["J.-M. Le Pen est venu.", "Il est parti."]
    );
    case!(
        number,
        "Il a crû de 3.5 points. Puis 1.000 euros.",
        ["Il a crû de 3.5 points.", "Puis 1.000 euros."]
    );
    case!(
        url,
        "Voir www.coe.int pour plus. Merci.",
        ["Voir www.coe.int pour plus.", "Merci."]
    );
    case!(
        ellipsis_lower,
        "Il hésite… puis il part. Fin.",
        ["Il hésite… puis il part.", "Fin."]
    );
    case!(
        quote_close,
        "« Il faut agir. » Il est parti.",
        ["« Il faut agir. »", "Il est parti."]
    );
    case!(
        question_in_quote,
        "« Pourquoi ? » demande-t-il.",
        ["« Pourquoi ? » demande-t-il."]
    );
    case!(
        exclamation,
        "Quelle chance ! Vraiment.",
        ["Quelle chance !", "Vraiment."]
    );
    case!(
        abbreviation_month,
        "Le 3 janv. 2016 il pleuvait.",
        ["Le 3 janv. 2016 il pleuvait."]
    );
    case!(
        lines,
        "Titre sans point\nUn texte. Deux.",
        ["Titre sans point", "Un texte.", "Deux."]
    );
    case!(empty, "", []);
    case!(blank, " \n\n ", []);

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  Un.\r\n\r\n\tDeux  \n";
        let found: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["Un.", "Deux"]);
    }
}
