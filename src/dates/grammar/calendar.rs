//! Calendar dates: full and partial dates in words and figures, a year alone with its guards
//! against counts, open intervals ("depuis", "jusqu'au") and ranges ("du … au …", "entre …
//! et …", "1914-1918").

use super::numbers::two_digit_year;
use super::{set_bias, Grammar, Read, ARTICLES};
use crate::dates::resolve::{Bias, Cal, Spec, Unit};
use crate::dates::tokens::{self, Kind};

/// Words after a four-digit number that show it counts things rather than names a year.
const UNITS: &[&str] = &[
    "km", "m", "kg", "g", "t", "cm", "mm", "ha", "mw", "kw", "go", "mo", "h", "min", "ans", "an",
];

/// Plural-looking words that may follow a year.
const FUNCTION_WORDS: &[&str] = &[
    "mais", "puis", "dans", "sous", "vers", "sans", "alors", "depuis", "pas", "plus", "moins",
    "tres", "apres", "des", "les", "ses", "ces", "nos", "vos", "leurs", "aux", "lors", "toujours",
    "jamais", "hors", "jusqu", "selon", "avons", "etions", "etais", "etait", "fois",
];

impl<'t, 'a> Grammar<'t, 'a> {
    // ---- calendar dates ----

    /// Absolute and partial calendar dates.
    pub(super) fn cal(&self, i: usize) -> Read {
        let mut best: Read = None;
        let mut keep = |r: Read| {
            if let Some((end, spec)) = r {
                if best.as_ref().is_none_or(|(e, _)| end > *e) {
                    best = Some((end, spec));
                }
            }
        };
        keep(self.numeric(i).map(|(end, cal)| (end, Spec::Cal(cal))));
        keep(self.day_month(i).map(|(end, cal)| (end, Spec::Cal(cal))));
        keep(self.month_year(i).map(|(end, cal)| (end, Spec::Cal(cal))));
        keep(self.bare_day(i));
        keep(self.nth_day_of(i));
        best
    }

    /// `26/01/2016`, `1/3/2013`, `20/02/14`, `2013-03-01`, `17/02`, `03/2016`, `le 17 02`.
    pub(super) fn numeric(&self, i: usize) -> Option<(usize, Cal)> {
        // No part of a longer figure: "1/2/3/4", "12.5".
        if self.glued(i) && matches!(self.w(i - 1), "/" | "-" | "." | ",") {
            return None;
        }
        let with_le = self.w(i) == "le";
        // "le" belongs to the expression only when the date needs it to be read as one.
        if with_le && self.numeric(i + 1).is_some() {
            return None;
        }
        let at = if with_le { i + 1 } else { i };
        let cal = |y: Option<i32>, m: u32, d: Option<u32>| Cal {
            year: y,
            month: Some(m),
            day: d,
            ..Cal::default()
        };
        let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
        // Year first: 2013-03-01, 2015-3-3.
        if let Some(y) = self.digits(at, 4..=4) {
            let sep = self.w(at + 1);
            if matches!(sep, "-" | "/") && self.glued(at + 1) && self.glued(at + 2) {
                let m = self.digits(at + 2, 1..=2)?;
                if self.w(at + 3) == sep && self.glued(at + 3) && self.glued(at + 4) {
                    let d = self.digits(at + 4, 1..=2)?;
                    let end = at + 5;
                    return (valid(m, d) && !self.figure_goes_on(end))
                        .then_some((end, cal(Some(y as i32), m, Some(d))));
                }
            }
            return None;
        }
        let d = self.digits(at, 1..=2)?;
        let sep = self.w(at + 1);
        if matches!(sep, "/" | "-" | ".") && self.glued(at + 1) && self.glued(at + 2) {
            let m_text = self.w(at + 2);
            // Month and year: 03/2016.
            if sep == "/" && m_text.len() == 4 {
                let y = self.digits(at + 2, 4..=4)?;
                let end = at + 3;
                return ((1..=12).contains(&d)
                    && (1000..=2199).contains(&y)
                    && !self.figure_goes_on(end))
                .then_some((end, cal(Some(y as i32), d, None)));
            }
            let m = self.digits(at + 2, 1..=2)?;
            if self.w(at + 3) == sep && self.glued(at + 3) && self.glued(at + 4) {
                let y_text = self.w(at + 4);
                let y = self.digits(at + 4, 2..=4)?;
                let y = match y_text.len() {
                    4 => y as i32,
                    2 => two_digit_year(y),
                    _ => return None,
                };
                let end = at + 5;
                return (valid(m, d) && !self.figure_goes_on(end))
                    .then_some((end, cal(Some(y), m, Some(d))));
            }
            // Day and month alone, slashes only: "17/02", "le 2/3". A fraction ("1/3"), a
            // score or "24/7" is not a date unless "le" says so.
            let end = at + 3;
            let date_like = with_le || (m_text.len() == 2 || d > 12) && !(d == 24 && m == 7);
            return (sep == "/" && valid(m, d) && date_like && !self.figure_goes_on(end))
                .then_some((end, cal(None, m, Some(d))));
        }
        // Space-separated: "le 17 02", "20 02 2014", "le 31 10". Without "le", a year must follow.
        let m = self.digits(at + 1, 1..=2)?;
        if self.glued(at + 1) || !valid(m, d) {
            return None;
        }
        let year = self
            .digits(at + 2, 2..=4)
            .filter(|_| !self.glued(at + 2) && matches!(self.w(at + 2).len(), 2 | 4))
            .map(|y| {
                if y >= 1000 {
                    y as i32
                } else {
                    two_digit_year(y)
                }
            });
        let end = if year.is_some() { at + 3 } else { at + 2 };
        // Not inside a run of figures ("06 12 13 14 15"), and not a count without its "le".
        let in_run =
            self.kind(end) == Some(Kind::Num) || (i > 0 && self.kind(i - 1) == Some(Kind::Num));
        if in_run || (year.is_none() && !with_le) {
            return None;
        }
        Some((end, cal(year, m, Some(d))))
    }

    /// A figure continues after `end` ("12/11/10/9", "1/3-2").
    pub(super) fn figure_goes_on(&self, end: usize) -> bool {
        self.glued(end)
            && matches!(self.w(end), "/" | "-" | "." | ",")
            && self.kind(end + 1) == Some(Kind::Num)
            && self.glued(end + 1)
    }

    /// `[weekday] day month [year]`, and `weekday day` ("mercredi 13").
    pub(super) fn day_month(&self, i: usize) -> Option<(usize, Cal)> {
        let (weekday, at) = match self.weekday(i) {
            Some((wd, next)) => (Some(wd), next),
            None => match self.weekday_abbrev(i) {
                Some((wd, _, next)) => (Some(wd), next),
                None => (None, i),
            },
        };
        let (day, after_day) = self.day(at)?;
        let Some((month, after_month)) = self.month(after_day) else {
            // "mercredi 13": a weekday vouches for a lone day number in figures.
            let figures = self.kind(at) == Some(Kind::Num);
            return (weekday.is_some() && figures).then_some((
                after_day,
                Cal {
                    day: Some(day),
                    weekday,
                    ..Cal::default()
                },
            ));
        };
        let (year, end) = match self.year_after_month(after_month) {
            Some((y, next)) => (Some(y), next),
            None => (None, after_month),
        };
        Some((
            end,
            Cal {
                year,
                month: Some(month),
                day: Some(day),
                weekday,
                ..Cal::default()
            },
        ))
    }

    /// `month [year]`: "janvier 2016", "sept. 2023", "en juillet" (from the month).
    pub(super) fn month_year(&self, i: usize) -> Option<(usize, Cal)> {
        let (month, next) = self.month(i)?;
        if let Some((year, end)) = self.year4(next) {
            return Some((
                end,
                Cal {
                    year: Some(year),
                    month: Some(month),
                    ..Cal::default()
                },
            ));
        }
        // A month alone: full names only, and not a capitalised word inside a sentence ("la
        // planète Mars").
        if tokens::is_abbreviated_month(self.w(i)) || self.capitalized(i) {
            return None;
        }
        Some((
            next,
            Cal {
                month: Some(month),
                ..Cal::default()
            },
        ))
    }

    /// `le 16`: a day alone needs its article and nothing that reads as a count after it.
    pub(super) fn bare_day(&self, i: usize) -> Read {
        if self.w(i) != "le" {
            return None;
        }
        self.lone_day(i + 1)
    }

    /// A day number alone, once a word before it ("le", "à partir du") has said it is a day.
    pub(super) fn lone_day(&self, i: usize) -> Read {
        let d = self.digits(i, 1..=2)?;
        let mut end = i + 1;
        if self.glued(end) && self.kind(end) == Some(Kind::Word) {
            if !tokens::is_ordinal_suffix(self.w(end)) {
                return None;
            }
            end += 1;
        }
        let follows = self.w(end);
        let ends_here = end >= self.toks.len()
            || matches!(
                follows,
                "," | "." | ";" | ")" | "au" | "matin" | "soir" | "midi" | "et"
            );
        ((1..=31).contains(&d) && ends_here).then_some((
            end,
            Spec::Cal(Cal {
                day: Some(d),
                ..Cal::default()
            }),
        ))
    }

    /// `le premier mercredi du mois prochain`, `le dernier dimanche d'octobre`, `la première
    /// semaine d'octobre 2014`.
    pub(super) fn nth_in_month(&self, i: usize) -> Read {
        let (n, next) = match self.w(i) {
            "dernier" | "derniere" => (-1, i + 1),
            _ => {
                let (n, next) = self.ordinal(i)?;
                (i64::from(n), next)
            }
        };
        let (weekday, next) = match self.weekday(next) {
            Some((wd, next)) => (Some(wd), next),
            None => (None, self.seq(next, "semaine")?),
        };
        let next = self.any(next, &["du mois de", "du mois d '", "de", "d '", "du"])?;
        let (end, month) = if let Some((end, cal)) = self.month_year(next) {
            (end, Spec::Cal(cal))
        } else {
            let offset = match self.any(next, &["mois prochain", "mois suivant"]) {
                Some(end) => (1, end),
                None => match self.seq(next, "mois dernier") {
                    Some(end) => (-1, end),
                    None => (0, self.seq(next, "mois")?),
                },
            };
            (offset.1, Spec::Period(Unit::Month, offset.0))
        };
        let spec = match weekday {
            Some(wd) => Spec::NthWeekday(n, wd, Box::new(month)),
            None => Spec::NthWeek(n, Box::new(month)),
        };
        Some((end, spec))
    }

    /// `3eme jour d'octobre`, `le dernier jour d'octobre 2015`.
    pub(super) fn nth_day_of(&self, i: usize) -> Read {
        let at = self.opt(i, &["le"]);
        let (day, last, next) = if self.w(at) == "dernier" {
            (None, true, at + 1)
        } else {
            let (n, next) = self.ordinal(at)?;
            (Some(n), false, next)
        };
        let next = self.any(
            next,
            &["jour de", "jour d '", "jour du mois de", "jour du mois d '"],
        )?;
        let (cal, end) = self.month_year(next).map(|(e, c)| (c, e))?;
        Some((
            end,
            Spec::Cal(Cal {
                day,
                last_day: last,
                ..cal
            }),
        ))
    }

    /// A year on its own, with the guards against counts.
    pub(super) fn year_expr(&self, i: usize) -> Read {
        let (y, end) = self.year4(i)?;
        let prep = i > 0
            && matches!(
                self.w(i - 1),
                "en" | "de"
                    | "depuis"
                    | "des"
                    | "vers"
                    | "avant"
                    | "apres"
                    | "dans"
                    | "entre"
                    | "annee"
                    | "an"
                    | "l'an"
                    | "et"
            );
        let bracketed = i > 0 && self.w(i - 1) == "(" && self.w(end) == ")";
        if !prep && !bracketed && !(1800..=2099).contains(&y) {
            return None;
        }
        if i > 0
            && (matches!(
                self.w(i - 1),
                "°" | "no" | "numero" | "n" | "page" | "p" | "art" | "article" | "+" | "€" | "$"
            ))
        {
            return None;
        }
        // A count: "2000 manifestants", "1500 euros", "2015 km", "1900 %".
        let next = self.w(end);
        let counted = match self.kind(end) {
            Some(Kind::Word) => {
                UNITS.contains(&next)
                    || ((next.ends_with('s') || next.ends_with('x'))
                        && next.len() > 2
                        && !FUNCTION_WORDS.contains(&next))
                    || next == "euro"
                    || next == "dollar"
            }
            Some(Kind::Mark) => matches!(next, "%" | "€" | "$" | "£"),
            _ => false,
        };
        (!counted).then_some((
            end,
            Spec::Cal(Cal {
                year: Some(y),
                ..Cal::default()
            }),
        ))
    }

    /// A point an open interval or a range end can be: calendar date, weekday, year, fuzzy.
    pub(super) fn point(&self, i: usize) -> Read {
        let mut best: Read = None;
        for r in [
            self.cal(i),
            self.weekday_expr(i),
            self.fuzzy(i),
            self.holiday(i),
            self.period(i),
            self.season(i),
            self.year_expr(i),
            self.relative(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|(e, _)| r.0 > *e) {
                best = Some(r);
            }
        }
        best
    }

    // ---- open intervals ----

    /// `depuis X`, `à partir du X`, `dès X`, `après le X`, `avant X`, `jusqu'au X`, `d'ici X`.
    pub(super) fn open(&self, i: usize) -> Read {
        if !matches!(
            self.w(i),
            "depuis" | "a" | "apres" | "avant" | "jusqu" | "d" | "des"
        ) {
            return None;
        }
        type Wrap = fn(Box<Spec>) -> Spec;
        let after: Wrap = Spec::After;
        let before: Wrap = Spec::Before;
        let forms: [(&str, Wrap, Option<Bias>); 12] = [
            ("depuis", after, None),
            ("a partir du", after, Some(Bias::Ahead)),
            ("a partir de", after, Some(Bias::Ahead)),
            ("a partir d '", after, Some(Bias::Ahead)),
            ("a compter du", after, Some(Bias::Ahead)),
            ("apres", after, None),
            ("avant", before, None),
            ("jusqu ' au", before, Some(Bias::Ahead)),
            ("jusqu ' a", before, Some(Bias::Ahead)),
            ("jusqu ' en", before, Some(Bias::Ahead)),
            ("d ' ici", before, Some(Bias::Ahead)),
            ("des", after, Some(Bias::Ahead)),
        ];
        for (pattern, wrap, bias) in forms {
            let Some(next) = self.seq(i, pattern) else {
                continue;
            };
            // "des" is "dès" only with its accent.
            if pattern == "des" && !self.original(i).contains('è') {
                continue;
            }
            let next = self.opt(next, ARTICLES);
            let Some((end, mut spec)) = self.point(next).or_else(|| self.lone_day(next)) else {
                continue;
            };
            if matches!(spec, Spec::After(_) | Spec::Before(_)) {
                continue;
            }
            if let Some(bias) = bias {
                set_bias(&mut spec, bias);
            }
            return Some((end, wrap(Box::new(spec))));
        }
        None
    }

    // ---- ranges ----

    /// `du 11 au 13 juillet`, `entre le 13 et le 15 juillet`, `13-15 juillet`, `de mars à
    /// mai`, `entre 2014 et 2016`, `1914-1918`.
    pub(super) fn range(&self, i: usize) -> Read {
        let (lead, at) = match self.w(i) {
            "du" => (Some("du"), i + 1),
            "entre" => (Some("entre"), self.opt(i + 1, &["le"])),
            "de" => (Some("de"), i + 1),
            _ => (None, i),
        };
        // "les 16 et 17 juin": two days joined, read as the days from one to the other.
        let listed = i > 0 && matches!(self.w(i - 1), "les" | "des");
        let links: &[&str] = match lead {
            Some("entre") => &["et le", "et"],
            Some("du") => &["au", "jusqu ' au"],
            Some(_) => &["a", "au", "jusqu ' a", "jusqu ' en"],
            None if listed => &["au", "jusqu ' au", "-", "a", "et"],
            None => &["au", "jusqu ' au", "-", "a"],
        };
        // Without a month on either side, only "du … au" and "entre le … et le" say days
        // ("entre 8 et 10" is a mark, not a date).
        let days_alone = lead == Some("du") || (lead == Some("entre") && at > i + 1);
        if lead != Some("de") {
            if let Some(found) = self.day_range(at, links, days_alone) {
                return Some(found);
            }
        }
        self.month_or_year_range(at, links, lead.is_some())
    }

    pub(super) fn day_end(&self, i: usize) -> Option<(usize, Cal)> {
        if let Some(found) = self.day_month(i) {
            return Some(found);
        }
        let at = self.weekday(i).map_or(i, |(_, next)| next);
        let (day, next) = self.day(at)?;
        Some((
            next,
            Cal {
                day: Some(day),
                ..Cal::default()
            },
        ))
    }

    pub(super) fn day_range(&self, at: usize, links: &[&str], led: bool) -> Read {
        let (mid, mut left) = self.day_end(at)?;
        let right_start = links
            .iter()
            .find_map(|l| self.seq(mid, l).map(|n| self.opt(n, &["le"])))?;
        let (end, right) = self.day_end(right_start)?;
        if right.month.is_none() && !led {
            return None;
        }
        if left.month.is_none() && right.month.is_none() && self.kind(at) != Some(Kind::Num) && !led
        {
            return None;
        }
        // A hyphen between figures may be a score or a count ("13-15 ans"): a month must follow.
        if left.month.is_none() {
            left.month = right.month;
        }
        if left.year.is_none() {
            left.year = right.year;
            if let (Some(y), Some(lm), Some(rm)) = (right.year, left.month, right.month) {
                if lm > rm {
                    left.year = Some(y - 1);
                }
            }
        }
        left.weekday = None;
        let right = Cal {
            weekday: None,
            ..right
        };
        Some((
            end,
            Spec::Range(Box::new(Spec::Cal(left)), Box::new(Spec::Cal(right))),
        ))
    }

    pub(super) fn month_or_year_range(&self, at: usize, links: &[&str], led: bool) -> Read {
        // Years: "entre 2014 et 2016", "de 1940 à 1948", "1914-1918".
        if let Some((y1, mid)) = self.year4(at) {
            let links: &[&str] = if led { links } else { &["-"] };
            let right = links.iter().find_map(|l| self.seq(mid, l))?;
            let (y2, end) = self.year4(right)?;
            if y2 <= y1 || y2 - y1 > 200 {
                return None;
            }
            let year = |y| {
                Spec::Cal(Cal {
                    year: Some(y),
                    ..Cal::default()
                })
            };
            return Some((end, Spec::Range(Box::new(year(y1)), Box::new(year(y2)))));
        }
        if !led {
            return None;
        }
        let (m1, mid) = self.month(at)?;
        let y1 = self.year4(mid);
        let mid = y1.map_or(mid, |(_, next)| next);
        let right = links.iter().find_map(|l| self.seq(mid, l))?;
        let (m2, next) = self.month(right)?;
        let y2 = self.year4(next);
        let end = y2.map_or(next, |(_, next)| next);
        let y2 = y2.map(|(y, _)| y);
        let y1 = y1
            .map(|(y, _)| y)
            .or(y2.map(|y| if m1 > m2 { y - 1 } else { y }));
        let month = |y, m| {
            Spec::Cal(Cal {
                year: y,
                month: Some(m),
                ..Cal::default()
            })
        };
        Some((
            end,
            Spec::Range(Box::new(month(y1, m1)), Box::new(month(y2, m2))),
        ))
    }
}
