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

/// Non-empty lines of `text` as byte ranges, trimmed.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(start + lead..start + lead + trimmed.len());
        }
        start += line.len();
    }
    out
}

/// A full date read from a line near the start or the end: "Publié le 12 mars 2019", a short
/// line such as "Strasbourg 11 juillet 2018", or an agency dateline "PARIS, 3 mai (AFP)"
/// (whose year comes from `option`).
fn dateline(text: &str, folded: &Folded, option: Option<NaiveDate>) -> Option<NaiveDate> {
    let toks = tokens::tokenize(&folded.text);
    let origins: Vec<usize> = toks
        .iter()
        .map(|t| folded.original(t.start..t.end).start)
        .collect();
    let all = lines(text);
    let head = all.iter().take(HEAD_LINES);
    let tail = all.iter().rev().take(TAIL_LINES);
    let candidates: Vec<&Range<usize>> = head.chain(tail).collect();
    let read = |line: &Range<usize>| -> Option<(Vec<Found>, usize, usize)> {
        let a = origins.partition_point(|&o| o < line.start);
        let b = origins.partition_point(|&o| o < line.end);
        let slice = &toks[a..b];
        let found = Grammar::new(slice, text, folded).find_all();
        Some((found, a, b))
    };
    let full = |found: &Found, published: bool, agency: bool| -> Option<NaiveDate> {
        let Spec::Cal(cal) = &found.spec else {
            return None;
        };
        let (Some(month), Some(day)) = (cal.month, cal.day) else {
            return None;
        };
        let year = cal.year.or_else(|| {
            (published || agency)
                .then(|| option.map(|o| o.year()))
                .flatten()
        })?;
        NaiveDate::from_ymd_opt(year, month, day)
    };
    // Pass 1: an explicit "publié le" / "mis à jour le" anywhere in those lines.
    for line in &candidates {
        let Some((found, a, _)) = read(line) else {
            continue;
        };
        let words: Vec<&str> = toks_text(&toks, a, line, &origins);
        let marked = words.windows(2).any(|w| {
            matches!(
                w,
                ["publie", _] | ["mis", "a"] | ["mise", "a"] | ["date", ":"] | ["publication", _]
            )
        });
        if marked {
            if let Some(date) = found.iter().find_map(|f| full(f, true, false)) {
                return Some(date);
            }
        }
    }
    // Pass 2: a short line made of a date and a few words (place, agency, time).
    for line in candidates {
        if text[line.clone()].chars().count() > DATELINE_MAX_CHARS {
            continue;
        }
        let Some((found, a, b)) = read(line) else {
            continue;
        };
        let slice = &toks[a..b];
        let agency = slice.windows(3).any(|w| {
            w[0].text == "("
                && matches!(w[1].text, "afp" | "reuters" | "ap" | "belga" | "ats")
                && w[2].text == ")"
        });
        for f in &found {
            let Some(date) = full(f, false, agency) else {
                continue;
            };
            let others = slice
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

/// The folded words of the tokens of `line`, from token `a`.
fn toks_text<'a>(
    toks: &[Tok<'a>],
    a: usize,
    line: &Range<usize>,
    origins: &[usize],
) -> Vec<&'a str> {
    toks[a..]
        .iter()
        .zip(&origins[a..])
        .take_while(|(_, &o)| o < line.end)
        .map(|(t, _)| t.text)
        .collect()
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
        let span = folded.original(toks[f.start].start..toks[f.end - 1].end);
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
        if let Some(day) = value.as_ref().and_then(resolve::day_of) {
            last = Some(day);
        }
        let value = value.map(|v| v.iso());
        out.push(Mention {
            kind: EntityType::Date,
            canonical: text[span.clone()].to_string(),
            span,
            key: value.clone().unwrap_or_default(),
            source: Source::Rule,
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
