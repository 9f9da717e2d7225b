//! Segmentation: article text → paragraphs and sentences, as sorted, non-overlapping byte
//! ranges trimmed of white space, covering every non-space character of the text.
//!
//! A paragraph is a line of text (French news puts one paragraph on a line; blank lines are
//! only spacing). `\n`, `\r\n`, a lone `\r` and the Unicode line and paragraph separators all
//! end a line, so a headline or a line without final punctuation ends its sentence there.
//!
//! Inside a paragraph a sentence ends at `.`, `!`, `?` or `…` (or a run of them), with the
//! closing marks after it (`.»`, `! »` when a `«` is open), when the next word starts like a
//! sentence: an upper-case letter, a digit or an opening mark. A full stop before a lower-case
//! word ends a sentence too when it closes a plain word ("la Libye. promulgation"), never after
//! an abbreviation. A full stop after a title (M., Mme, Dr), an abbreviation that always
//! leads on (av., cf.), one that leads to a number (art. 5, p. 12, janv. 2016) or an initial
//! (S. Iswaran, J.-M. Le Pen) ends nothing; neither does `?`, `!` or `…` before a lower-case
//! word ("« Pourquoi ? » demande-t-il"). Quotations do not stop a split: a quotation of two
//! sentences spans two sentences, and the quote stage joins them.
//!
//! Where line breaks were lost (a heading glued to its text, a list flattened), a sentence
//! also begins at a sentence opener ("Le", "Il", "Vous", "L'") followed by a lower-case word
//! or a number, or at a linking adverb ("Aussitôt,", "Ensuite les"), right after a word or a
//! closing bracket with no final punctuation, or after `;` or `:`, where French goes on in
//! lower case: "… la jeune disparue L'alerte a été donnée …", "… (ICP) Un saignement …",
//! "… deux enfants ; Il y eut …", "Secret défense Le 4 octobre …".
//!
//! One forward pass over each paragraph, looking back only over the last word and ahead only
//! to the next spaced hyphen: linear time.

use std::ops::Range;
use std::sync::LazyLock;

use crate::spans::trim;
use crate::words::{is_alphanumeric, words};

/// Titles before a name: a full stop after them never ends a sentence. Case-sensitive.
const TITLES: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mr", "Mrs", "Dr", "Drs", "Pr", "Prof", "Me", "Mgr",
    "St", "Ste", "Sts", "Stes", "Gal", "Gén", "Cdt", "Lt", "Col", "Cne", "Vve", "Vcte",
];

/// Abbreviations that always lead on to more of the sentence ("av. J.-C.", "cf. supra").
/// Written in lower case, as the word before the stop is compared once lower-cased.
const LEADING: &[&str] = &[
    "av", "apr", "cf", "env", "ca", "resp", "vs", "ex", "op", "cit", "ibid", "coll", "éd", "dir",
    "trad", "c.-à-d", "c-à-d", "p.ex", "bd", "boul", "fg", "sq", "sqq", "ltd", "inc", "cie",
];

/// Abbreviations that lead on to a number ("art. 10", "p. 12", "3 janv. 2016", "n° 5");
/// before a capital they may end the sentence ("ils étaient sept. Le lendemain").
/// Compared in lower case.
const BEFORE_NUMBER: &[&str] = &[
    "art", "p", "pp", "n", "no", "n°", "nos", "vol", "chap", "fig", "tab", "t", "réf", "janv",
    "jan", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
];

/// Paragraphs: each non-blank line, trimmed.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    // News paragraphs run to a few hundred bytes: room for most at once.
    let mut out = Vec::with_capacity(text.len() / 128 + 4);
    let mut start = 0;
    let mut line_ends = |at: usize, break_len: usize| {
        if let Some(range) = trim(text, start..at) {
            out.push(range);
        }
        start = at + break_len;
    };
    let bytes = text.as_bytes();
    if has_rare_line_break(bytes) {
        // Every line break starts with `\n`, `\r`, 0B, 0C, C2 (U+0085 is C2 85) or E2 (U+2028
        // and U+2029 are E2 80 A8 and A9).
        for (at, _) in bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2))
        {
            let Some(c) = text[at..].chars().next() else {
                continue;
            };
            if is_line_break(c) {
                line_ends(at, c.len_utf8());
            }
        }
    } else {
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            line_ends(at, 1);
        }
    }
    line_ends(text.len(), 0);
    out
}

/// Whether `bytes` hold a line break other than `\n` and `\r`: 0B, 0C, U+0085 (C2 85),
/// U+2028 or U+2029 (E2 80 A8 and A9). Each is looked for in one pass; 85 is rare in French
/// (it ends no accented letter of it), and only verified where met.
fn has_rare_line_break(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(0x0B, 0x0C, 0x85, bytes)
        .any(|at| bytes[at] != 0x85 || at > 0 && bytes[at - 1] == 0xC2)
        || SEPARATORS.iter().any(|finder| finder.find(bytes).is_some())
}

/// Finders of U+2028 and U+2029, built once rather than for each article.
static SEPARATORS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    ["\u{2028}", "\u{2029}"].map(|separator| memchr::memmem::Finder::new(separator.as_bytes()))
});

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}'
    )
}

/// Sentences of every paragraph, in order.
pub fn sentences(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    sentences_among(text, paragraphs, &words(text, 0..text.len()))
}

/// [`sentences`], given the words of the whole text ([`words`]): a word holds no stop, mark
/// or space, so the split passes over each in one step instead of reading its chars.
pub fn sentences_among(
    text: &str,
    paragraphs: &[Range<usize>],
    words: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut first = 0;
    for paragraph in paragraphs {
        // No word crosses a line break, so each paragraph's words follow the last one's.
        first += partition_near(&words[first..], |w| w.end <= paragraph.start);
        let count = partition_near(&words[first..], |w| w.start < paragraph.end);
        split_paragraph(
            text,
            paragraph.clone(),
            &words[first..first + count],
            &mut out,
        );
        first += count;
    }
    out
}

/// [`slice::partition_point`] for a point near the start of `items`, as a paragraph's words
/// are among an article's: found in steps that double, then halve, instead of halving the
/// whole rest of the article.
pub(crate) fn partition_near<T>(items: &[T], before: impl Fn(&T) -> bool) -> usize {
    // Everything before `low` is before the point; `high - 1` is the next item probed.
    let (mut low, mut high) = (0, 1);
    while high <= items.len() && before(&items[high - 1]) {
        low = high;
        high *= 2;
    }
    let end = if high <= items.len() {
        high - 1
    } else {
        items.len()
    };
    low + items[low..end].partition_point(before)
}

/// Which quotation marks are open so far in the paragraph, to know whether a `»`, `”` or `"`
/// after a space closes the sentence before it or opens the next one.
#[derive(Default)]
struct OpenQuotes {
    guillemets: usize,
    curly: usize,
    straight: bool,
}

impl OpenQuotes {
    fn see(&mut self, c: char) {
        match c {
            '«' => self.guillemets += 1,
            '»' => self.guillemets = self.guillemets.saturating_sub(1),
            '“' => self.curly += 1,
            '”' => self.curly = self.curly.saturating_sub(1),
            '"' => self.straight = !self.straight,
            _ => {}
        }
    }

    fn any_open(&self) -> bool {
        self.guillemets > 0 || self.curly > 0 || self.straight
    }

    /// Whether `c`, met after a space, closes an open quotation.
    fn closes(&self, c: char) -> bool {
        match c {
            '»' => self.guillemets > 0,
            '”' => self.curly > 0,
            '"' => self.straight,
            _ => false,
        }
    }
}

/// Splits `paragraph` of `text`, whose words (absolute ranges) are `words`.
fn split_paragraph(
    text: &str,
    paragraph: Range<usize>,
    words: &[Range<usize>],
    out: &mut Vec<Range<usize>>,
) {
    let body = &text[paragraph.clone()];
    let mut start = 0;
    let mut quotes = OpenQuotes::default();
    let bytes = body.as_bytes();
    let text_bytes = text.as_bytes();
    // The char at `at`; most are ASCII, read as a byte without decoding.
    let char_at = |at: usize| match bytes.get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => body.get(at..).and_then(|rest| rest.chars().next()),
    };
    let mut pos = 0;
    let mut previous = ' ';
    // The next word not yet passed over.
    let mut ahead = 0;
    while pos < body.len() {
        let at = pos;
        // Most chars are inside words, which hold neither a quotation mark, a space nor a
        // stop: each word is passed over whole, before its first char is even read.
        let absolute = paragraph.start + at;
        while words.get(ahead).is_some_and(|w| w.start < absolute) {
            ahead += 1;
        }
        if let Some(word) = words.get(ahead).filter(|w| w.start == absolute) {
            // The commonest gaps between two words end nothing and start nothing: none (after
            // an elision), one space before a word that cannot open a glued sentence (most
            // open with no ASCII capital), and a comma with its space (after which no glued
            // sentence opens). They are passed over without reading them as
            // chars, on to the word after them.
            ahead += 1;
            let (passed, end) = pass_words(text_bytes, &words[ahead..], word.end);
            ahead += passed;
            pos = end - paragraph.start;
            // The same gaps before what is no word, passed over alike.
            let gap = match bytes.get(pos..pos + 2) {
                Some([b' ', next]) if next.is_ascii_lowercase() || next.is_ascii_digit() => 1,
                Some(b", ") => 2,
                _ => 0,
            };
            pos += gap;
            previous = if gap > 0 {
                ' '
            } else if matches!(bytes[..pos], [.., b'\''] | [.., 0xE2, 0x80, 0x99]) {
                // The apostrophe of an elision (’ is E2 80 99).
                '\''
            } else {
                'a'
            };
            continue;
        }
        let Some(c) = char_at(pos) else { break };
        pos += c.len_utf8();
        quotes.see(c);
        // Where a glued sentence may begin: after a word, a closing bracket, or a `;` (after
        // which French goes on in lower case; not `:`, which may introduce a sentence).
        let glue_point = is_alphanumeric(previous) || matches!(previous, ')' | ']' | ';');
        previous = c;
        // A glued sentence starts with a capital after the space: a plain ASCII char that is
        // neither one nor another space rules it out without reading on.
        let may_glue = bytes.get(pos).is_some_and(|&b| {
            !b.is_ascii() || b.is_ascii_uppercase() || b == b'-' || is_space(char::from(b))
        });
        if may_glue
            && is_space(c)
            && glue_point
            && starts_glued_sentence(&body[start..at], &body[at..], quotes.any_open())
        {
            if let Some(range) = trim(text, paragraph.start + start..paragraph.start + at) {
                out.push(range);
            }
            start = at;
            continue;
        }
        if !is_final(c) {
            continue;
        }
        // Take the whole run of final punctuation and the closing marks after it.
        let mut end = at + c.len_utf8();
        let mut run = 1;
        while let Some(next) = char_at(pos) {
            let next_at = pos;
            let closing = if is_final(next) {
                run += 1;
                true
            } else if matches!(next, '»' | '”' | '"' | ')' | ']' | '’' | '\'') {
                // Glued to the punctuation: it closes ("!»", ".)"), except a straight quote
                // that opens one.
                next != '"' || quotes.straight
            } else {
                is_space(next) && closes_after_space(&body[next_at..], &quotes)
            };
            if !closing {
                break;
            }
            quotes.see(next);
            end = next_at + next.len_utf8();
            pos = end;
        }
        let rest = &body[end..];
        let after = rest.trim_start_matches(is_space);
        // A closing mark no quotation opened belongs to the next sentence: look past it.
        let next_word = after
            .trim_start_matches(['»', '”'])
            .trim_start_matches(is_space)
            .chars()
            .next();
        let Some(next_word) = next_word else {
            continue;
        };
        if after.len() == rest.len() {
            continue; // no space after: "3.5", "www.x.fr", "J.-M."
        }
        let full_stop = c == '.' && run == 1;
        // A closing mark after the stop: « Il faut agir. » a dit le ministre.
        let closed = end > at + c.len_utf8() * run;
        let ends = if starts_sentence(next_word) {
            !full_stop || !leads_on(&body[start..at], next_word)
        } else if next_word.is_lowercase() {
            // "la Libye. promulgation": a plain word's full stop ends a sentence even before
            // a lower-case word; "…", "?" and "!" there are pauses ("Pourquoi ? demande-t-il").
            full_stop && !closed && is_plain_word(&body[start..at])
        } else {
            false
        };
        if !ends {
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

/// Words that begin a sentence and hardly ever stand capitalised inside one when a lower-case
/// word or a number follows: "Le comédien", "Il a", "En 1991", "Deux hommes".
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "Le", "La", "Les", "Un", "Une", "Des", "Au", "Aux", "Il", "Ils", "Elle", "Elles", "Nous",
    "Vous", "Ce", "Cet", "Cette", "Ces", "Son", "Sa", "Ses", "Leur", "Leurs", "Votre", "Vos",
    "Notre", "Nos", "Pour", "Dans", "En", "Après", "Depuis", "Chez", "Selon", "Si", "Puis",
    "Quel", "Quelle", "Quels", "Quelles", "Plusieurs", "Tous", "Toute", "Toutes",
];

/// Capitalised words that only a sentence opens with, whatever follows: linking adverbs
/// ("Aussitôt, les gendarmes", "Ensuite les marqueurs").
#[rustfmt::skip]
const LINKING_ADVERBS: &[&str] = &[
    "Aussitôt", "Cependant", "Ensuite", "Enfin", "Toutefois", "Pourtant", "Néanmoins",
    "Désormais", "Auparavant", "Finalement", "Parallèlement", "Dorénavant", "Entre-temps",
    "Ainsi", "Alors", "Mais", "Donc", "Certes", "Bref", "Or",
];

/// Names that begin with an opener and a lower-case word, and stand inside sentences: the
/// movement "En marche".
const NAMES_WITH_OPENERS: &[&str] = &["En marche"];

/// Words after which a capitalised determiner starts a title, not a sentence ("la Une",
/// "intitulé L'influence").
#[rustfmt::skip]
const LEAD_INS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "et", "ou",
    "en", "par", "pour", "sur", "dans", "avec", "intitulé", "intitulée", "intitulés", "intitulées",
    "lesquels", "lesquelles", "dont", "titre", "baptisé", "baptisée", "nommé", "nommée", "appelé",
    "appelée",
];

/// A heading glued to the text that follows, as when line breaks were lost: after a word
/// with no final punctuation, a closing bracket, `;` or `:`, a sentence opener followed by a
/// lower-case word or a number ("… le corbeau Le conteur a fait jouer …"), or a linking
/// adverb followed by a comma or a lower-case word. `rest` starts with the space after
/// `before`.
fn starts_glued_sentence(before: &str, rest: &str, in_quotation: bool) -> bool {
    let rest = rest.trim_start_matches(is_space);
    if let Some(item) = rest.strip_prefix("- ") {
        return !in_quotation && starts_list_item(item);
    }
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false; // the common case, decided at once
    }
    let elided = ["L'", "L’", "D'", "D’", "Qu'", "Qu’"]
        .iter()
        .find_map(|e| rest.strip_prefix(e));
    let opener = if let Some(after) = elided {
        after.chars().next().is_some_and(char::is_lowercase)
    } else {
        // The capitalised word, up to a space or a comma: no listed word holds either, so
        // the word is looked up whole instead of trying each listed word as a prefix.
        let (word, after) = rest.split_at(rest.find([' ', ',']).unwrap_or(rest.len()));
        if !may_open_sentence(word.as_bytes()) {
            return false;
        }
        let after_word =
            |words: &[&str]| (!after.is_empty() && words.contains(&word)).then_some(after);
        // A lower-case word or a number after the space.
        let goes_on = |after: &str| {
            after
                .strip_prefix(' ')
                .and_then(|next| next.chars().next())
                .is_some_and(|c| c.is_lowercase() || c.is_numeric())
        };
        after_word(SENTENCE_OPENERS).is_some_and(|after| {
            goes_on(after) && !NAMES_WITH_OPENERS.iter().any(|name| rest.starts_with(name))
        }) || after_word(LINKING_ADVERBS)
            .is_some_and(|after| after.starts_with(',') || goes_on(after))
    };
    if !opener {
        return false;
    }
    let (_, word) = last_word(before);
    let word = word.to_lowercase();
    !LEAD_INS.contains(&word.as_str())
}

/// How many of `words` follow on from a word that ends at `end` of `text` across gaps that
/// end nothing and start nothing, and where the last of them ends. Most words of a paragraph
/// are passed so, in a loop of their own.
#[inline(never)]
fn pass_words(text: &[u8], words: &[Range<usize>], mut end: usize) -> (usize, usize) {
    for (passed, next) in words.iter().enumerate() {
        let passes = match next.start - end {
            0 => true,
            1 => {
                text[end] == b' '
                    && (!text[next.start].is_ascii_uppercase() || opens_nothing(text, next))
            }
            2 => text[end] == b',' && text[end + 1] == b' ',
            _ => false,
        };
        if !passes {
            return (passed, end);
        }
        end = next.end;
    }
    (words.len(), end)
}

/// Whether `word` may be one of [`SENTENCE_OPENERS`] or [`LINKING_ADVERBS`]: most capitalised
/// words are names, which open with a letter no listed word of their length opens with.
fn may_open_sentence(word: &[u8]) -> bool {
    /// For each first byte, a bit for the length of each listed word opening with it (all
    /// are shorter than 32 bytes).
    static OPENINGS: [u32; 256] = {
        let mut table = [0; 256];
        let mut i = 0;
        while i < SENTENCE_OPENERS.len() + LINKING_ADVERBS.len() {
            let word = if i < SENTENCE_OPENERS.len() {
                SENTENCE_OPENERS[i]
            } else {
                LINKING_ADVERBS[i - SENTENCE_OPENERS.len()]
            }
            .as_bytes();
            assert!(word.len() < 32);
            table[word[0] as usize] |= 1 << word.len();
            i += 1;
        }
        table
    };
    match word {
        [first, ..] => word.len() < 32 && OPENINGS[usize::from(*first)] >> word.len() & 1 == 1,
        [] => false,
    }
}

/// Whether the word `span` of `text` can open no glued sentence after a space: it is no
/// elision ("L'", "Qu’", nor "L" before an apostrophe) and may be no sentence opener nor
/// linking adverb ([`may_open_sentence`]). [`starts_glued_sentence`] would read it whole.
fn opens_nothing(text: &[u8], span: &Range<usize>) -> bool {
    let word = &text[span.clone()];
    // ’ is E2 80 99.
    !matches!(word, [.., b'\'' | 0x99])
        && !matches!(text.get(span.end), Some(b'\'' | 0xE2))
        && !may_open_sentence(word)
}

/// A flattened list item, " - Michel Roussin, ancien ministre": a spaced hyphen before a
/// capital or an opening mark (not a number: "et - 60 %", "3 - 1"), unless it opens an aside that a second spaced hyphen
/// closes before the sentence goes on in lower case ("le ministre - Jean Dupont - a dit").
/// `item` follows the hyphen and its space.
fn starts_list_item(item: &str) -> bool {
    if !item.starts_with(|c: char| c.is_uppercase() || matches!(c, '(' | '«' | '"')) {
        return false;
    }
    // Only up to the next spaced hyphen, so that a run of items is read once: linear time.
    let aside = item.find(" - ").is_some_and(|at| {
        !item[..at].contains(is_final) && item[at + 3..].starts_with(char::is_lowercase)
    });
    !aside
}

fn is_final(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A closing mark separated from the punctuation by (non-breaking) spaces, `. »`, when a
/// quotation is open: otherwise the mark opens the next sentence.
fn closes_after_space(rest: &str, quotes: &OpenQuotes) -> bool {
    let after = rest.trim_start_matches(is_space);
    after.len() < rest.len() && after.chars().next().is_some_and(|c| quotes.closes(c))
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '«' | '“' | '"' | '(' | '[' | '—' | '–' | '-' | '‘' | '¿' | '¡' | '•'
        )
}

/// The word a full stop closes, from the last space or opening mark before it.
fn last_word(before: &str) -> (&str, &str) {
    let cut = before
        .rfind(|c: char| is_space(c) || matches!(c, '(' | '[' | '«' | '“' | '"' | '\'' | '’'))
        .map_or(0, |at| {
            at + before[at..].chars().next().map_or(1, char::len_utf8)
        });
    (&before[..cut], &before[cut..])
}

/// Whether the full stop closing `before` leads on to `next` instead of ending a sentence:
/// after a title, an always-leading abbreviation, a number abbreviation before a number, or
/// an initial.
fn leads_on(before: &str, next: char) -> bool {
    let (head, word) = last_word(before);
    if word.is_empty() {
        return false;
    }
    if TITLES.contains(&word) {
        return true;
    }
    let listed = |lower: &str| {
        LEADING.contains(&lower) || next.is_numeric() && BEFORE_NUMBER.contains(&lower)
    };
    let abbreviation = if word.is_ascii() {
        // Lower-cased on the stack; a longer word is none of the short listed ones.
        let mut buffer = [0; 8];
        word.len() <= buffer.len() && {
            let lower = &mut buffer[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(listed)
        }
    } else {
        listed(&word.to_lowercase())
    };
    abbreviation || is_initial(head, word)
}

/// "S", "J.-M", "J.A": capitals of one letter joined by dots and hyphens. Not "J.-C" after
/// "av." or a year ("52 av. J.-C. Le"), nor a unit letter after a degree sign ("2° C.").
fn is_initial(head: &str, word: &str) -> bool {
    let one_capital = |part: &str| {
        let mut letters = part.chars();
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
    };
    if !word
        .split(['.', '-'])
        .filter(|p| !p.is_empty())
        .all(one_capital)
    {
        return false;
    }
    let previous = head.trim_end_matches(is_space);
    let era = matches!(word, "J.-C" | "J-C" | "J.C")
        && (previous.ends_with(|c: char| c.is_ascii_digit())
            || ["av.", "apr.", "avant", "après"]
                .iter()
                .any(|w| previous.ends_with(w)));
    let unit = previous.ends_with('°') || word.starts_with('°');
    !(era || unit)
}

/// A word whose full stop may end a sentence even before a lower-case word: two letters or
/// more with a vowel (abbreviations such as "bd", "Ltd", "Mgr" have none), no dot inside
/// ("c.-à-d", "p.ex"), and no known abbreviation; or a unit after a degree sign, a closing
/// bracket, a closing quote or a number.
fn is_plain_word(before: &str) -> bool {
    let (_, word) = last_word(before);
    if word.starts_with('°')
        || word.ends_with(|c: char| matches!(c, ')' | ']' | '»' | '"' | '”') || c.is_ascii_digit())
    {
        return true;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let vowel = word
        .chars()
        .any(|c| "aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜŒÆ".contains(c));
    letters >= 2
        && vowel
        && !word.contains('.')
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !leads_on(before, 'a')
        && !BEFORE_NUMBER.contains(&word.to_lowercase().as_str())
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_lower_case() {
        for list in [LEADING, BEFORE_NUMBER] {
            assert!(list.iter().all(|a| a.to_lowercase() == *a), "{list:?}");
        }
    }

    #[test]
    fn abbreviations_are_short() {
        // An ASCII word longer than this is looked up in neither list.
        for list in [LEADING, BEFORE_NUMBER] {
            assert!(list.iter().all(|a| a.len() <= 8), "{list:?}");
        }
    }

    #[test]
    fn listed_openers_hold_no_space_or_comma() {
        // A glued sentence's first word is read up to a space or a comma, then looked up.
        for word in SENTENCE_OPENERS.iter().chain(LINKING_ADVERBS) {
            assert!(!word.contains([' ', ',']), "{word}");
        }
    }

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
    case!(
        titles,
        "Mgr Dupont et le Dr. Martin, avec St. Jean. Fin.",
        ["Mgr Dupont et le Dr. Martin, avec St. Jean.", "Fin."]
    );
    case!(
        era,
        "Né en 52 av. J.-C. Il meurt en 12 apr. J.-C. à Rome.",
        ["Né en 52 av. J.-C.", "Il meurt en 12 apr. J.-C. à Rome."]
    );
    case!(
        initials_dotted,
        "Le film de J.A. Howe sort. Il plaît.",
        ["Le film de J.A. Howe sort.", "Il plaît."]
    );
    case!(
        article_number,
        "Selon l'art. 10 et la p. 12, n° 5. Voilà.",
        ["Selon l'art. 10 et la p. 12, n° 5.", "Voilà."]
    );
    case!(
        month_before_capital,
        "Le 3 sept. 2016 on votait. Ils étaient sept. Le lendemain, rien.",
        [
            "Le 3 sept. 2016 on votait.",
            "Ils étaient sept.",
            "Le lendemain, rien."
        ]
    );
    case!(
        degree_unit,
        "Il fait 2° C. Demain il gèle.",
        ["Il fait 2° C.", "Demain il gèle."]
    );
    case!(
        lower_after_plain_word,
        "Il a rejoint la Libye. à son retour, il parle.",
        ["Il a rejoint la Libye.", "à son retour, il parle."]
    );
    case!(
        incise_after_a_closed_quote,
        "« Il faut agir. » a dit le ministre. «Partons.» a-t-il ajouté.",
        [
            "« Il faut agir. » a dit le ministre.",
            "«Partons.» a-t-il ajouté."
        ]
    );
    case!(
        lower_after_abbreviation,
        "Voir la société Intercept Ltd. pour cela, cf. la note.",
        ["Voir la société Intercept Ltd. pour cela, cf. la note."]
    );
    case!(
        dots_inside,
        "Il hésite... puis il part. Fin.",
        ["Il hésite... puis il part.", "Fin."]
    );
    case!(
        question_then_capital_after_quote,
        "« Vraiment ? » Il part. «Oui !» Elle reste.",
        ["« Vraiment ? »", "Il part.", "«Oui !»", "Elle reste."]
    );
    case!(
        quote_of_two_sentences,
        "« Nous partons. Nous revenons », a-t-il dit. Puis rien.",
        [
            "« Nous partons.",
            "Nous revenons », a-t-il dit.",
            "Puis rien."
        ]
    );
    case!(
        nbsp_before_marks,
        "Quelle chance\u{202F}! Vraiment\u{a0}? Oui\u{a0}: il vient.\u{a0}» Non.",
        [
            "Quelle chance\u{202F}!",
            "Vraiment\u{a0}?",
            "Oui\u{a0}: il vient.",
            "» Non."
        ]
    );
    case!(
        closing_quote_without_opener_starts_next,
        "Il vient. » Elle part.",
        ["Il vient.", "» Elle part."]
    );
    case!(
        email_and_url,
        "Écrire à jean.dupont@exemple.fr ou voir https://www.exemple.fr/a.b. Merci.",
        [
            "Écrire à jean.dupont@exemple.fr ou voir https://www.exemple.fr/a.b.",
            "Merci."
        ]
    );
    case!(
        glued_heading,
        "Le voyage du corbeau Le conteur a fait jouer les enfants.",
        [
            "Le voyage du corbeau",
            "Le conteur a fait jouer les enfants."
        ]
    );
    case!(
        glued_heading_after_several_spaces,
        "Le voyage du corbeau \t\u{a0}Le conteur a fait jouer les enfants.",
        [
            "Le voyage du corbeau",
            "Le conteur a fait jouer les enfants."
        ]
    );
    case!(
        glued_heading_after_a_vertical_tab,
        "Le voyage du corbeau \u{b}Le conteur a fait jouer les enfants.",
        [
            "Le voyage du corbeau",
            "Le conteur a fait jouer les enfants."
        ]
    );
    case!(
        title_of_a_work_is_not_a_heading,
        "Il a lu le roman intitulé La peste hier. Il a aimé la Une du journal.",
        [
            "Il a lu le roman intitulé La peste hier.",
            "Il a aimé la Une du journal."
        ]
    );
    case!(
        glued_heading_pronoun,
        "Une école pour la commune Vous pourrez la visiter samedi.",
        [
            "Une école pour la commune",
            "Vous pourrez la visiter samedi."
        ]
    );
    case!(
        glued_heading_after_a_bracket,
        "Le bilan (provisoire) Les secours ont compté trois blessés.",
        [
            "Le bilan (provisoire)",
            "Les secours ont compté trois blessés."
        ]
    );
    case!(
        opener_before_a_number,
        "Une saison mouvementée Le 4 mars, le club a changé d'entraîneur.",
        [
            "Une saison mouvementée",
            "Le 4 mars, le club a changé d'entraîneur."
        ]
    );
    case!(
        linking_adverb_after_a_heading,
        "Alerte dans le quartier Aussitôt, les pompiers sont arrivés.",
        [
            "Alerte dans le quartier",
            "Aussitôt, les pompiers sont arrivés."
        ]
    );
    case!(
        capital_after_a_semicolon,
        "Le maire a deux adjoints ; Il les a nommés hier.",
        ["Le maire a deux adjoints ;", "Il les a nommés hier."]
    );
    case!(
        name_after_a_semicolon_goes_on,
        "Il a vu le préfet ; Le Pen a refusé.",
        ["Il a vu le préfet ; Le Pen a refusé."]
    );
    case!(
        colon_goes_on,
        "Le message est clair : Les élèves d'abord.",
        ["Le message est clair : Les élèves d'abord."]
    );
    case!(
        movement_name_is_no_opener,
        "Il a rejoint le mouvement En marche avant l'élection.",
        ["Il a rejoint le mouvement En marche avant l'élection."]
    );
    case!(
        flattened_list_items,
        "Protagonistes - Michel Durand, ancien ministre - Jeanne Petit, avocate",
        [
            "Protagonistes",
            "- Michel Durand, ancien ministre",
            "- Jeanne Petit, avocate"
        ]
    );
    case!(
        spaced_hyphen_before_a_number,
        "Le titre a perdu 33 % et - 60 % en 2011. Lyon a gagné 3 - 1 hier.",
        [
            "Le titre a perdu 33 % et - 60 % en 2011.",
            "Lyon a gagné 3 - 1 hier."
        ]
    );
    case!(
        spaced_hyphens_around_an_aside,
        "Le ministre - Jean Dupont - a parlé. Le maire - qui était absent - a écrit.",
        [
            "Le ministre - Jean Dupont - a parlé.",
            "Le maire - qui était absent - a écrit."
        ]
    );
    case!(
        spaced_hyphen_in_a_quoted_title,
        "Il a lu « Nouvelle Terre - L'avènement » cet été.",
        ["Il a lu « Nouvelle Terre - L'avènement » cet été."]
    );
    case!(
        capitalised_name_before_lower_case_is_no_heading,
        "Parmi lesquelles La cerámica de Azaila est connue.",
        ["Parmi lesquelles La cerámica de Azaila est connue."]
    );
    case!(
        lone_cr_and_crlf,
        "Titre\rUn texte\r\nDeux",
        ["Titre", "Un texte", "Deux"]
    );
    case!(empty, "", []);
    case!(blank, " \n\n ", []);

    #[test]
    fn every_line_break_ends_a_paragraph() {
        let lines = |text: &str| -> Vec<String> {
            paragraphs(text)
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        // Without the rare breaks the search jumps between \n, \r and E2 (’ and … too).
        assert_eq!(
            lines("L’un…\u{2028}Deux\u{2029}Trois\r\nQuatre"),
            ["L’un…", "Deux", "Trois", "Quatre"]
        );
        // With one of them every byte is looked at.
        assert_eq!(
            lines("Un\u{85}Deux\u{2028}Trois\u{c}Quatre\u{b}Cinq « six »"),
            ["Un", "Deux", "Trois", "Quatre", "Cinq « six »"]
        );
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  Un.\r\n\r\n\tDeux  \n";
        let found: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["Un.", "Deux"]);
    }
}
