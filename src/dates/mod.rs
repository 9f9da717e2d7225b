//! Dates: article text → DATE mentions with ISO 8601 values resolved against the article's
//! own date, and that article date itself (metadata, dateline, or the `--date` option).
//! Mentions are sorted by start, non-overlapping, none inside an excluded region.
//!
//! Stages: [`tokens`] splits the folded text, [`grammar`] reads French date expressions from
//! the tokens, [`resolve`] turns each into a value against the article date.
//!
//! What a mention spans: the date expression as written, without a leading article or
//! preposition that adds nothing to its meaning ("le 1er janvier 2025" → `1er janvier 2025`,
//! "en juillet" → `juillet`, "en fin d'année" → `fin d'année`). Words that change the meaning
//! stay in: "depuis", "à partir du", "dès", "après", "avant", "jusqu'au", "d'ici" (an open
//! interval: `2014/..`, `../2019-12`), "du … au …" and "entre … et …" (a range), the article
//! of fixed phrases ("la veille", "le lendemain", "l'an dernier", "la semaine prochaine"), and
//! the "le" of a day given alone ("le 16").
//!
//! Values are ISO 8601 at the grain written: `2018-07-11`, `2018-W28`, `2018-07`, `2019`, an
//! interval `2018-07-11/2018-07-13`, open intervals `2014/..` and `../2019-12`. A mention whose
//! value needs the article date gets `None` when the article has none.
//!
//! Lists of lines that hold nothing but a date (programme grids, archive menus) are not
//! reported: three such lines in a row make a list.

mod grammar;
mod resolve;
mod tokens;

use std::ops::Range;
pub(crate) use tokens::{month, number_word, weekday};

use chrono::{Datelike, NaiveDate};

use crate::fold::Folded;
use crate::mention::{EntityType, Mention, Source};
use grammar::{Found, Grammar};
pub use resolve::Bias;
use resolve::{Context, Spec};
use tokens::Tok;

/// Where the article date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    Metadata,
    Dateline,
    Option,
    None,
}

impl DateSource {
    pub fn label(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::Dateline => "dateline",
            DateSource::Option => "option",
            DateSource::None => "none",
        }
    }
}

/// How many non-empty lines at the head and at the tail of an article may hold its dateline.
const HEAD_LINES: usize = 6;
const TAIL_LINES: usize = 12;
/// A dateline is short: a place, an agency, a time at most besides the date.
const DATELINE_MAX_CHARS: usize = 90;
const DATELINE_MAX_OTHER_WORDS: usize = 6;
/// Tokens (a place, a comma) that may come before a date opening the text.
const DATELINE_MAX_LEAD_TOKENS: usize = 4;
/// Bytes of the first line read for a date opening the text: room for the lead tokens and a
/// date, so that a long first paragraph is not tokenised whole.
const OPENING_BYTES: usize = 200;
/// A line marked "Publié le" or "Mis à jour le" is short: in a longer one the words are prose
/// ("le rapport, publié le 3 mai, …") and its date is not the article's.
const MARKED_LINE_MAX_BYTES: usize = 240;

/// The article date: from metadata, else a dateline in the text, else the option.
pub fn article_date(
    text: &str,
    folded: &Folded,
    metadata: Option<NaiveDate>,
    option: Option<NaiveDate>,
) -> (Option<NaiveDate>, DateSource) {
    if let Some(date) = metadata {
        return (Some(date), DateSource::Metadata);
    }
    if let Some(date) = dateline(text, folded, option) {
        return (Some(date), DateSource::Dateline);
    }
    match option {
        Some(date) => (Some(date), DateSource::Option),
        None => (None, DateSource::None),
    }
}

/// The first `head` and last `tail` non-empty lines of `text`, as trimmed byte ranges, head
/// first then tail from the end; a line is listed once. Only the ends are scanned.
fn end_lines(text: &str, head: usize, tail: usize) -> Vec<Range<usize>> {
    let trim = |range: Range<usize>| -> Option<Range<usize>> {
        let line = &text[range.clone()];
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        (!trimmed.is_empty()).then(|| range.start + lead..range.start + lead + trimmed.len())
    };
    let mut out: Vec<Range<usize>> = Vec::with_capacity(head + tail);
    let mut start = 0;
    while out.len() < head && start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        out.extend(trim(start..end));
        start = end + 1;
    }
    let head_end = start.min(text.len());
    let mut end = text.len();
    let mut taken = 0;
    while taken < tail && end > head_end {
        let line_start = text[head_end..end]
            .rfind('\n')
            .map_or(head_end, |p| head_end + p + 1);
        if let Some(line) = trim(line_start..end) {
            out.push(line);
            taken += 1;
        }
        end = line_start.saturating_sub(1);
    }
    out
}

/// A full date read from a line near the start or the end: "Publié le 12 mars 2019", a short
/// line such as "Strasbourg 11 juillet 2018", a text opening on "5 juin 2012. - ", or an
/// agency dateline "PARIS, 3 mai (AFP)" (whose year comes from `option`).
///
/// Newlines survive folding, so lines are cut in the folded text and only they are read.
fn dateline(text: &str, folded: &Folded, option: Option<NaiveDate>) -> Option<NaiveDate> {
    let lines = end_lines(&folded.text, HEAD_LINES, TAIL_LINES);
    let full = |found: &Found, year_elsewhere: bool| -> Option<NaiveDate> {
        let Spec::Cal(cal) = &found.spec else {
            return None;
        };
        let (Some(month), Some(day)) = (cal.month, cal.day) else {
            return None;
        };
        let year = cal
            .year
            .or_else(|| year_elsewhere.then(|| option.map(|o| o.year())).flatten())?;
        NaiveDate::from_ymd_opt(year, month, day)
    };
    let read = |toks: &[Tok]| Grammar::new(toks, text, folded).find_all();
    // Lines are tokenised only when a pass reads them: most are long paragraphs of prose
    // that name no publication date and are no dateline.
    let tokenize = |line: &Range<usize>| tokens::tokenize_range(&folded.text, line.clone());
    // A dateline gives its day in figures: a line without one is not read.
    let has_digit = |line: &str| has_digit(line.as_bytes());
    let may_be_marked = |line: &&Range<usize>| {
        let line = &folded.text[(*line).clone()];
        line.len() <= MARKED_LINE_MAX_BYTES
            && has_digit(line)
            && ["publie", "publication", "mis", "date"]
                .iter()
                .any(|word| line.contains(word))
    };
    // Pass 1: an explicit "publié le" / "mis à jour le" in those lines.
    for toks in lines.iter().filter(may_be_marked).map(tokenize) {
        let marked = toks.windows(2).any(|w| {
            matches!(
                (w[0].text, w[1].text),
                ("publie", _) | ("mis", "a") | ("mise", "a") | ("date", ":") | ("publication", _)
            )
        });
        if marked {
            if let Some(date) = read(&toks).iter().find_map(|f| full(f, true)) {
                return Some(date);
            }
        }
    }
    // Pass 2: a text that opens on a date and a mark ("5 juin 2012. - Un avion …", "LILLE,
    // 26 janvier 2016 — …"), a place of a few words at most before it.
    if let Some(toks) = lines
        .first()
        .map(|line| opening(&folded.text, line.clone()))
    {
        let toks = &toks[..toks.len().min(DATELINE_MAX_LEAD_TOKENS + 12)];
        if let Some(f) = read(toks).first() {
            let opens = f.start <= DATELINE_MAX_LEAD_TOKENS
                && toks
                    .get(f.end)
                    .is_some_and(|t| matches!(t.text, "." | "-" | "–" | "—" | ":" | "(" | ","));
            if let Some(date) = full(f, false).filter(|_| opens) {
                return Some(date);
            }
        }
    }
    // Pass 3: a short line made of a date and a few words (place, agency, time).
    for line in &lines {
        // The digits first: a cheap look that turns away most lines before their original
        // text is sought.
        if !has_digit(&folded.text[line.clone()])
            || longer_than(&text[folded.original(line.clone())], DATELINE_MAX_CHARS)
        {
            continue;
        }
        let toks = tokenize(line);
        let agency = toks.windows(3).any(|w| {
            w[0].text == "("
                && matches!(w[1].text, "afp" | "reuters" | "ap" | "belga" | "ats")
                && w[2].text == ")"
        });
        for f in read(&toks) {
            let Some(date) = full(&f, agency) else {
                continue;
            };
            let others = toks
                .iter()
                .enumerate()
                .filter(|(k, t)| (*k < f.start || *k >= f.end) && t.kind == tokens::Kind::Word)
                .count();
            if others <= DATELINE_MAX_OTHER_WORDS {
                return Some(date);
            }
        }
    }
    None
}

/// Whether `line` has more than `max` chars. A char takes one to four bytes, so the byte
/// length alone answers for most lines (long paragraphs, short datelines); the chars of the
/// others are counted as the bytes that open one (all but UTF-8 continuation bytes), a count
/// the compiler turns into vector code.
fn longer_than(line: &str, max: usize) -> bool {
    if line.len() <= max {
        return false;
    }
    if line.len() > 4 * max {
        return true;
    }
    line.bytes().filter(|&b| (b as i8) >= -0x40).count() > max
}

/// Whether `bytes` hold an ASCII digit. Most short lines hold none and are read whole: sixteen
/// bytes at a time, each block tested whole, which the compiler turns into vector code.
fn has_digit(bytes: &[u8]) -> bool {
    let blocks = bytes.chunks_exact(16);
    let rest = blocks.remainder();
    blocks
        .map(|block| block.iter().fold(false, |any, b| any | b.is_ascii_digit()))
        .chain([rest.iter().any(u8::is_ascii_digit)])
        .any(|digit| digit)
}

/// The tokens of the first [`OPENING_BYTES`] of `line` in `folded`, cut back to a space so
/// that no word is cut in two.
fn opening(folded: &str, line: Range<usize>) -> Vec<Tok<'_>> {
    let mut end = line.end;
    if line.len() > OPENING_BYTES {
        let head = &folded.as_bytes()[line.start..line.start + OPENING_BYTES];
        end = line.start
            + head
                .iter()
                .rposition(|&b| b == b' ')
                .unwrap_or(OPENING_BYTES);
        while !folded.is_char_boundary(end) {
            end -= 1;
        }
    }
    tokens::tokenize_range(folded, line.start..end)
}

/// Finds date expressions; `anchor` resolves those that need it. Bare weekdays and dates lean
/// to the past, as news reports.
pub fn find(
    text: &str,
    folded: &Folded,
    anchor: Option<NaiveDate>,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    find_with(text, folded, anchor, excluded, Bias::Past)
}

/// [`find`] with the bias of bare weekdays and dates chosen: [`Bias::Next`] reads the anchor
/// as "now" the way assistants do (what Duckling's corpus expects).
pub fn find_with(
    text: &str,
    folded: &Folded,
    anchor: Option<NaiveDate>,
    excluded: &[Range<usize>],
    bias: Bias,
) -> Vec<Mention> {
    let toks = tokens::tokenize(&folded.text);
    let found = Grammar::new(&toks, text, folded).find_all();
    let mut last = None;
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for f in found {
        let span = folded.original(toks[f.start].start()..toks[f.end - 1].end());
        if excluded
            .iter()
            .any(|r| r.start < span.end && span.start < r.end)
        {
            continue;
        }
        let ctx = anchor.map(|anchor| Context {
            anchor,
            default_bias: bias,
            last,
        });
        let value = resolve::resolve(&f.spec, ctx.as_ref());
        if let Some(day) = value.as_ref().and_then(resolve::Value::first_day) {
            last = Some(day);
        }
        let value = value.map(|v| v.iso());
        out.push(Mention {
            kind: EntityType::Date,
            canonical: text[span.clone()].to_string(),
            span,
            key: value.clone().unwrap_or_default(),
            source: Source::Rule,
            rule: "date grammar",
            value,
        });
    }
    drop_lists(text, out)
}

/// Removes runs of three or more lines that hold a date and nothing else (a programme grid).
fn drop_lists(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    const RUN: usize = 3;
    let alone: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let line_start = text[..m.span.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[m.span.end..]
                .find('\n')
                .map_or(text.len(), |p| m.span.end + p);
            text[line_start..m.span.start].trim().is_empty()
                && text[m.span.end..line_end]
                    .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '.')
                    .is_empty()
        })
        .collect();
    let mut drop = vec![false; mentions.len()];
    let mut k = 0;
    while k < mentions.len() {
        if !alone[k] {
            k += 1;
            continue;
        }
        // Extend the run while the next mention is alone on the next non-empty line.
        let mut j = k;
        while j + 1 < mentions.len()
            && alone[j + 1]
            && text[mentions[j].span.end..mentions[j + 1].span.start]
                .trim()
                .is_empty()
        {
            j += 1;
        }
        if j + 1 - k >= RUN {
            drop[k..=j].iter_mut().for_each(|d| *d = true);
        }
        k = j + 1;
    }
    mentions
        .into_iter()
        .zip(drop)
        .filter_map(|(m, d)| (!d).then_some(m))
        .collect()
}

#[cfg(test)]
mod tests;
