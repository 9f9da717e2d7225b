//! Dates: article text → DATE mentions with ISO 8601 values resolved against the article's
//! own date, and that article date itself (metadata, dateline, or the `--date` option).
//! Mentions are sorted by start, non-overlapping, none inside an excluded region.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::fold::Folded;
use crate::mention::{EntityType, Mention, Source};

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

const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

fn day_month_year() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:(?:du|le) )?(1er|[0-3]?\d)(?: au (1er|[0-3]?\d))? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: (\d{4}))?\b",
        )
        .expect("valid date pattern")
    })
}

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
    let _ = text;
    for caps in day_month_year().captures_iter(&folded.text) {
        if caps.get(2).is_none() {
            if let (Some(day), Some(month), Some(year)) =
                (day_of(&caps[1]), month_of(&caps[3]), caps.get(4))
            {
                if let Some(date) = year
                    .as_str()
                    .parse()
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
                {
                    return (Some(date), DateSource::Dateline);
                }
            }
        }
    }
    match option {
        Some(date) => (Some(date), DateSource::Option),
        None => (None, DateSource::None),
    }
}

fn day_of(text: &str) -> Option<u32> {
    if text == "1er" {
        return Some(1);
    }
    text.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_of(text: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == text).map(|i| i as u32 + 1)
}

/// Finds date expressions; `anchor` resolves those without a year.
pub fn find(
    text: &str,
    folded: &Folded,
    anchor: Option<NaiveDate>,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    let mut out = Vec::new();
    for caps in day_month_year().captures_iter(&folded.text) {
        let whole = caps.get(0).expect("group 0 always matches");
        let span = folded.original(whole.range());
        if excluded
            .iter()
            .any(|r| r.start <= span.start && span.end <= r.end)
        {
            continue;
        }
        let (Some(day), Some(month)) = (day_of(&caps[1]), month_of(&caps[3])) else {
            continue;
        };
        let year = caps
            .get(4)
            .and_then(|y| y.as_str().parse::<i32>().ok())
            .or_else(|| anchor.map(|a| chrono::Datelike::year(&a)));
        let value = year.and_then(|y| {
            let first = NaiveDate::from_ymd_opt(y, month, day)?;
            match caps.get(2).and_then(|d| day_of(d.as_str())) {
                Some(last) => {
                    let last = NaiveDate::from_ymd_opt(y, month, last)?;
                    Some(format!("{first}/{last}"))
                }
                None => Some(first.to_string()),
            }
        });
        let written = &text[span.clone()];
        out.push(Mention {
            kind: EntityType::Date,
            span,
            canonical: written.to_string(),
            key: value.clone().unwrap_or_default(),
            source: Source::Rule,
            value,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn values(text: &str, anchor: Option<NaiveDate>) -> Vec<(String, Option<String>)> {
        find(text, &fold(text), anchor, &[])
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.value))
            .collect()
    }

    #[test]
    fn full_date() {
        assert_eq!(
            values("Strasbourg 11 juillet 2018", None),
            vec![(
                "11 juillet 2018".to_string(),
                Some("2018-07-11".to_string())
            )]
        );
    }

    #[test]
    fn range_with_anchor() {
        let anchor = NaiveDate::from_ymd_opt(2018, 7, 11);
        assert_eq!(
            values("Du 11 au 13 juillet, le Conseil", anchor),
            vec![(
                "Du 11 au 13 juillet".to_string(),
                Some("2018-07-11/2018-07-13".to_string())
            )]
        );
    }

    #[test]
    fn no_anchor_no_value() {
        assert_eq!(
            values("le 1er août", None),
            vec![("le 1er août".to_string(), None)]
        );
    }

    #[test]
    fn dateline() {
        let text = "Texte.\nStrasbourg 11 juillet 2018\n";
        let (date, source) = article_date(text, &fold(text), None, None);
        assert_eq!(date, NaiveDate::from_ymd_opt(2018, 7, 11));
        assert_eq!(source, DateSource::Dateline);
    }
}
