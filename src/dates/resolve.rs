//! Resolution: what the grammar read ([`Spec`], no calendar yet) + the article date → an ISO
//! 8601 value at the grain written ([`Value`]). Nothing here looks at text.
//!
//! Conventions, chosen for news: a year left out is the article's year; a bare weekday is the
//! latest such day on or before the article date ("mercredi" in a Thursday article is the day
//! before), unless the words before it look ahead ("jusqu'à vendredi", "aura lieu lundi",
//! "attendue vendredi"); "la veille", "le lendemain" count from the last day named before
//! them in the text; fuzzy parts follow the common reading (début = 1–5, mi = 10–19, fin =
//! 21–end of a month; début/fin d'année = its first/last two months); seasons run from
//! solstice or equinox to the day before the next; a decade is ten years, a century `XIXe` is
//! 1800/1899 as ISO 8601 writes centuries.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How fine a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Day,
    Week,
    Month,
    Year,
}

/// A calendar point at a grain; `date` is the first day of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub date: NaiveDate,
    pub grain: Grain,
}

impl Point {
    fn day(date: NaiveDate) -> Point {
        Point {
            date,
            grain: Grain::Day,
        }
    }

    fn iso(self) -> String {
        let d = self.date;
        match self.grain {
            Grain::Day => d.format("%Y-%m-%d").to_string(),
            Grain::Week => format!("{}-W{:02}", d.iso_week().year(), d.iso_week().week()),
            Grain::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Grain::Year => format!("{:04}", d.year()),
        }
    }
}

/// A resolved date: a point, a closed interval, or an interval open on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Point(Point),
    Range(Point, Point),
    After(Point),
    Before(Point),
}

impl Value {
    /// ISO 8601: `2018-07-11`, `2018-W28`, `2018-07`, `2018`, `a/b`, `a/..`, `../b`.
    pub fn iso(&self) -> String {
        match *self {
            Value::Point(p) => p.iso(),
            Value::Range(a, b) => format!("{}/{}", a.iso(), b.iso()),
            Value::After(p) => format!("{}/..", p.iso()),
            Value::Before(p) => format!("../{}", p.iso()),
        }
    }

    /// The first day of a day-grain value: what anaphoric expressions count from.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Value::Point(p) | Value::Range(p, _) | Value::After(p) | Value::Before(p) => {
                (p.grain == Grain::Day).then_some(p.date)
            }
        }
    }
}

/// Which way an underdetermined weekday or date goes from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bias {
    /// On or before the reference: news reports what happened.
    Past,
    /// On or after the reference ("jusqu'à vendredi", "à partir du 8").
    Ahead,
    /// Strictly after the reference: the convention of assistants that take the reference as
    /// "now" (Duckling's test corpus follows it).
    Next,
}

/// Calendar units of relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A part of a month, year or week ("début", "mi", "fin", "première quinzaine").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Begin,
    Middle,
    End,
    FirstHalf,
    SecondHalf,
    /// "en semaine": Monday to Friday.
    Workdays,
}

/// How a weekday is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayRule {
    /// Bare: by the bias.
    Bare(Option<Bias>),
    /// "prochain": strictly after the reference.
    Next,
    /// "dernier": strictly before.
    Last,
    /// "cette semaine" (0), "la semaine prochaine" (1), "la semaine dernière" (-1).
    Week(i64),
    /// "en huit" (1), "en quinze" (2): the first such day on or after the reference, plus weeks.
    Plus(i64),
}

/// A partial calendar date as written: any field may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cal {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<Weekday>,
    /// "le dernier jour de": the month's last day.
    pub last_day: bool,
    /// A word before it looks ahead or back.
    pub bias: Option<Bias>,
}

/// What the grammar read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    Cal(Cal),
    Range(Box<Spec>, Box<Spec>),
    After(Box<Spec>),
    Before(Box<Spec>),
    /// Days from the reference: "hier" (-1), "aujourd'hui" (0), "demain" (1).
    Today(i64),
    /// Days from the last day named before ("la veille" -1, "le lendemain" 1).
    Anaphor(i64),
    /// Days from a date given: "la veille du 13 février".
    Around(Box<Spec>, i64),
    Weekday(Weekday, WeekdayRule),
    /// "il y a trois mois" (-3 months), "dans une semaine" (+1 week).
    Shift(Unit, i64),
    /// "le mois dernier" (Month, -1), "cette année" (Year, 0).
    Period(Unit, i64),
    /// "les trois derniers jours" (n = -3), "les deux prochains mois" (n = 2).
    Lasting(Unit, i64),
    Part(Part, Box<Spec>),
    /// 0 spring … 3 winter, with its year or an offset from the reference's season.
    Season(u8, Option<i32>, i64),
    /// First year of a decade.
    Decade(i32),
    /// A century number (19 = XIXe).
    Century(i32),
    Easter(Option<i32>),
    /// The n-th (or last, -1) weekday of a month.
    NthWeekday(i64, Weekday, Box<Spec>),
    /// The n-th (or last, -1) week of a month: the one whose Monday is in it, and for the last,
    /// whose Sunday is too.
    NthWeek(i64, Box<Spec>),
    /// The week that holds a day.
    WeekOf(Box<Spec>),
}

/// What resolution knows beyond the spec.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub anchor: NaiveDate,
    /// The bias of bare weekdays and dates when no word sets one.
    pub default_bias: Bias,
    /// The last day resolved earlier in the text, for anaphors.
    pub last: Option<NaiveDate>,
}

fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    month_start(year, month)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_days(Days::new(n as u64))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        date.checked_add_months(months)
    } else {
        date.checked_sub_months(months)
    }
}

fn year_point(year: i32) -> Option<Point> {
    Some(Point {
        date: NaiveDate::from_ymd_opt(year, 1, 1)?,
        grain: Grain::Year,
    })
}

fn month_point(date: NaiveDate) -> Option<Point> {
    Some(Point {
        date: month_start(date.year(), date.month())?,
        grain: Grain::Month,
    })
}

fn week_start(date: NaiveDate) -> Option<NaiveDate> {
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// Days from `from` to the next `weekday` (0 if `from` is one).
fn days_until(from: NaiveDate, weekday: Weekday) -> i64 {
    let now = i64::from(from.weekday().num_days_from_monday());
    let want = i64::from(weekday.num_days_from_monday());
    (want - now).rem_euclid(7)
}

fn place_weekday(
    anchor: NaiveDate,
    weekday: Weekday,
    rule: WeekdayRule,
    bias: Bias,
) -> Option<NaiveDate> {
    let ahead = days_until(anchor, weekday);
    match rule {
        WeekdayRule::Bare(own) => match own.unwrap_or(bias) {
            Bias::Past => add_days(anchor, -((7 - ahead) % 7)),
            Bias::Ahead => add_days(anchor, ahead),
            Bias::Next => add_days(anchor, if ahead == 0 { 7 } else { ahead }),
        },
        WeekdayRule::Next => add_days(anchor, if ahead == 0 { 7 } else { ahead }),
        WeekdayRule::Last => add_days(anchor, -(if ahead == 0 { 7 } else { 7 - ahead })),
        WeekdayRule::Week(n) => add_days(
            week_start(anchor)?,
            7 * n + i64::from(weekday.num_days_from_monday()),
        ),
        WeekdayRule::Plus(n) => add_days(anchor, ahead + 7 * n),
    }
}

/// Easter Sunday of `year` (anonymous Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// Season `s` that starts in `year`: (first day, last day).
fn season(s: u8, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (from, to, next_year) = match s {
        0 => ((3, 20), (6, 20), false),
        1 => ((6, 21), (9, 23), false),
        2 => ((9, 24), (12, 20), false),
        _ => ((12, 21), (3, 20), true),
    };
    let first = NaiveDate::from_ymd_opt(year, from.0, from.1)?;
    let last = NaiveDate::from_ymd_opt(year + i32::from(next_year), to.0, to.1)?;
    Some((first, last))
}

fn days(first: NaiveDate, last: NaiveDate) -> Value {
    Value::Range(Point::day(first), Point::day(last))
}

/// Resolves a partial date; `None` when a field it needs is missing and there is no anchor.
fn resolve_cal(cal: Cal, anchor: Option<NaiveDate>, default_bias: Bias) -> Option<Value> {
    let bias = cal.bias.unwrap_or(default_bias);
    let looks_ahead = bias != Bias::Past;
    match (cal.year, cal.month, cal.day) {
        (Some(y), Some(m), _) if cal.last_day => {
            month_end(y, m).map(|d| Value::Point(Point::day(d)))
        }
        (Some(y), Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(y, m, d).map(|d| Value::Point(Point::day(d)))
        }
        (Some(y), Some(m), None) => month_start(y, m).and_then(month_point).map(Value::Point),
        (Some(y), None, None) => year_point(y).map(Value::Point),
        (Some(_), None, Some(_)) => None,
        (None, Some(m), day) => {
            let anchor = anchor?;
            let mut year = anchor.year();
            let build = |year: i32| -> Option<(NaiveDate, Value)> {
                match day {
                    _ if cal.last_day => {
                        let d = month_end(year, m)?;
                        Some((d, Value::Point(Point::day(d))))
                    }
                    Some(d) => {
                        let d = NaiveDate::from_ymd_opt(year, m, d)?;
                        Some((d, Value::Point(Point::day(d))))
                    }
                    None => {
                        let d = month_end(year, m)?;
                        Some((d, Value::Point(month_point(d)?)))
                    }
                }
            };
            let (last, mut value) = build(year)?;
            if looks_ahead && last < anchor {
                year += 1;
                value = build(year)?.1;
            }
            Some(value)
        }
        (None, None, Some(d)) => {
            let anchor = anchor?;
            let mut at = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), d);
            if let Some(weekday) = cal.weekday {
                // "mercredi 13": the nearest month whose 13th is a Wednesday, the months
                // around the anchor first, then further in the reading's direction.
                let step = if looks_ahead { 1 } else { -1 };
                let order = [0, step, -step]
                    .into_iter()
                    .chain((2..12).map(|k| k * step));
                let found = order.into_iter().find_map(|n| {
                    let first = add_months(month_start(anchor.year(), anchor.month())?, n)?;
                    let date = NaiveDate::from_ymd_opt(first.year(), first.month(), d)?;
                    (date.weekday() == weekday && (!looks_ahead || date >= anchor)).then_some(date)
                });
                at = found.or(at);
            } else if looks_ahead && at.is_some_and(|a| a < anchor) {
                let next = add_months(month_start(anchor.year(), anchor.month())?, 1)?;
                at = NaiveDate::from_ymd_opt(next.year(), next.month(), d);
            }
            at.map(|d| Value::Point(Point::day(d)))
        }
        (None, None, None) => {
            let weekday = cal.weekday?;
            let date = place_weekday(anchor?, weekday, WeekdayRule::Bare(cal.bias), default_bias)?;
            Some(Value::Point(Point::day(date)))
        }
    }
}

/// The days of a part of the month `first` starts, `named` when the month was named ("début
/// avril" is narrower than "au début du mois").
fn part_of_month(part: Part, first: NaiveDate, named: bool) -> Option<Value> {
    let (y, m) = (first.year(), first.month());
    let end = month_end(y, m)?;
    let day = |d: u32| NaiveDate::from_ymd_opt(y, m, d);
    Some(match (part, named) {
        (Part::Begin, true) => days(first, day(5)?),
        (Part::Begin, false) => days(first, day(10)?),
        (Part::Middle, true) => days(day(10)?, day(19)?),
        (Part::Middle, false) => days(day(11)?, day(20)?),
        (Part::End, _) => days(day(21)?, end),
        (Part::FirstHalf, _) => days(first, day(14)?),
        (Part::SecondHalf, _) => days(day(15)?, end),
        (Part::Workdays, _) => return None,
    })
}

fn part_of_year(part: Part, year: i32) -> Option<Value> {
    let (from, to) = match part {
        Part::Begin => (1, 2),
        Part::Middle => (6, 7),
        Part::End => (11, 12),
        Part::FirstHalf => (1, 6),
        Part::SecondHalf => (7, 12),
        Part::Workdays => return None,
    };
    Some(Value::Range(
        month_point(month_start(year, from)?)?,
        month_point(month_start(year, to)?)?,
    ))
}

fn part_of_week(part: Part, monday: NaiveDate) -> Option<Value> {
    let (from, to) = match part {
        Part::Begin => (0, 1),
        Part::Middle => (2, 3),
        Part::End => (3, 6),
        Part::Workdays => (0, 4),
        Part::FirstHalf | Part::SecondHalf => return None,
    };
    Some(days(add_days(monday, from)?, add_days(monday, to)?))
}

fn resolve_part(part: Part, of: &Spec, ctx: Option<&Context>) -> Option<Value> {
    match of {
        Spec::Cal(cal) if cal.month.is_some() && cal.day.is_none() => {
            match resolve_cal(
                *cal,
                ctx.map(|c| c.anchor),
                ctx.map_or(Bias::Past, |c| c.default_bias),
            )? {
                Value::Point(p) => part_of_month(part, p.date, true),
                _ => None,
            }
        }
        Spec::Cal(cal) if cal.year.is_some() && cal.month.is_none() && cal.day.is_none() => {
            part_of_year(part, cal.year?)
        }
        Spec::Period(unit, offset) => {
            let ctx = ctx?;
            let value = period_part(part, *unit, *offset, ctx.anchor)?;
            // Taking the reference as "now", a part already over means the next one.
            if ctx.default_bias == Bias::Next && last_day_of(&value)? < ctx.anchor {
                period_part(part, *unit, offset + 1, ctx.anchor)
            } else {
                Some(value)
            }
        }
        _ => None,
    }
}

fn period_part(part: Part, unit: Unit, offset: i64, anchor: NaiveDate) -> Option<Value> {
    match unit {
        Unit::Month => {
            let first = add_months(month_start(anchor.year(), anchor.month())?, offset)?;
            part_of_month(part, first, false)
        }
        Unit::Year => part_of_year(part, anchor.year() + i32::try_from(offset).ok()?),
        Unit::Week => part_of_week(part, add_days(week_start(anchor)?, 7 * offset)?),
        Unit::Day => None,
    }
}

fn last_day_of(value: &Value) -> Option<NaiveDate> {
    let last = match *value {
        Value::Point(p) | Value::Range(_, p) | Value::After(p) | Value::Before(p) => p,
    };
    match last.grain {
        Grain::Day => Some(last.date),
        Grain::Week => add_days(last.date, 6),
        Grain::Month => month_end(last.date.year(), last.date.month()),
        Grain::Year => NaiveDate::from_ymd_opt(last.date.year(), 12, 31),
    }
}

fn shift(unit: Unit, n: i64, anchor: NaiveDate) -> Option<Value> {
    Some(Value::Point(match unit {
        Unit::Day => Point::day(add_days(anchor, n)?),
        Unit::Week => Point::day(add_days(anchor, 7 * n)?),
        Unit::Month => Point::day(add_months(anchor, n)?),
        // Years ago are told to the month: "il y a deux ans" in February 2013 → 2011-02.
        Unit::Year => month_point(add_months(anchor, 12 * n)?)?,
    }))
}

fn period(unit: Unit, offset: i64, anchor: NaiveDate) -> Option<Point> {
    Some(match unit {
        Unit::Day => Point::day(add_days(anchor, offset)?),
        Unit::Week => Point {
            date: add_days(week_start(anchor)?, 7 * offset)?,
            grain: Grain::Week,
        },
        Unit::Month => month_point(add_months(
            month_start(anchor.year(), anchor.month())?,
            offset,
        )?)?,
        Unit::Year => year_point(anchor.year() + i32::try_from(offset).ok()?)?,
    })
}

fn season_value(s: u8, year: Option<i32>, offset: i64, anchor: Option<NaiveDate>) -> Option<Value> {
    let start_year = match (year, anchor) {
        (Some(y), _) => y,
        (None, Some(anchor)) => {
            let y = anchor.year();
            // The season that holds the anchor or comes next in its year; winter began the
            // year before when the anchor is in its first months.
            let current = if s == 3 && anchor <= season(3, y - 1)?.1 {
                y - 1
            } else {
                y
            };
            let (first, last) = season(s, current)?;
            match offset {
                0 => current,
                o if o < 0 => {
                    if last < anchor {
                        current
                    } else {
                        current - 1
                    }
                }
                _ => {
                    if first > anchor {
                        current
                    } else {
                        current + 1
                    }
                }
            }
        }
        (None, None) => return None,
    };
    let (first, last) = season(s, start_year)?;
    Some(days(first, last))
}

/// Resolves `spec`. `ctx` is `None` when the article has no date: only what the text fixes
/// fully (a year, a full date) gets a value then.
pub fn resolve(spec: &Spec, ctx: Option<&Context>) -> Option<Value> {
    let anchor = ctx.map(|c| c.anchor);
    let bias = ctx.map_or(Bias::Past, |c| c.default_bias);
    match spec {
        Spec::Cal(cal) => resolve_cal(*cal, anchor, bias),
        Spec::Range(from, to) => {
            let from = resolve(from, ctx)?;
            let to = resolve(to, ctx)?;
            match (from, to) {
                (Value::Point(a), Value::Point(b)) => Some(Value::Range(a, b)),
                // "du 3 au 7 janvier" whose ends are ranges already: keep the outer ends.
                (Value::Range(a, _), Value::Range(_, b)) => Some(Value::Range(a, b)),
                _ => None,
            }
        }
        Spec::After(inner) => match resolve(inner, ctx)? {
            Value::Point(p) | Value::Range(p, _) => Some(Value::After(p)),
            _ => None,
        },
        Spec::Before(inner) => match resolve(inner, ctx)? {
            Value::Point(p) | Value::Range(_, p) => Some(Value::Before(p)),
            _ => None,
        },
        Spec::Today(n) => Some(Value::Point(Point::day(add_days(anchor?, *n)?))),
        Spec::Anaphor(n) => {
            let ctx = ctx?;
            Some(Value::Point(Point::day(add_days(
                ctx.last.unwrap_or(ctx.anchor),
                *n,
            )?)))
        }
        Spec::Around(inner, n) => {
            let base = resolve(inner, ctx)?.first_day()?;
            Some(Value::Point(Point::day(add_days(base, *n)?)))
        }
        Spec::Weekday(weekday, rule) => Some(Value::Point(Point::day(place_weekday(
            anchor?, *weekday, *rule, bias,
        )?))),
        Spec::Shift(unit, n) => shift(*unit, *n, anchor?),
        Spec::Period(unit, offset) => period(*unit, *offset, anchor?).map(Value::Point),
        Spec::Lasting(unit, n) => {
            let anchor = anchor?;
            let (from, to) = if *n < 0 { (*n, -1) } else { (1, *n) };
            Some(Value::Range(
                period(*unit, from, anchor)?,
                period(*unit, to, anchor)?,
            ))
        }
        Spec::Part(part, of) => resolve_part(*part, of, ctx),
        Spec::Season(s, year, offset) => season_value(*s, *year, *offset, anchor),
        Spec::Decade(first) => Some(Value::Range(year_point(*first)?, year_point(first + 9)?)),
        Spec::Century(n) => {
            let first = (n - 1) * 100;
            Some(Value::Range(year_point(first)?, year_point(first + 99)?))
        }
        Spec::Easter(year) => {
            let year = year.or(anchor.map(|a| a.year()))?;
            Some(Value::Point(Point::day(easter(year)?)))
        }
        Spec::NthWeekday(n, weekday, month) => {
            let first = month_of(month, ctx)?;
            let last = month_end(first.year(), first.month())?;
            let date = if *n > 0 {
                add_days(first, days_until(first, *weekday) + 7 * (n - 1))?
            } else {
                add_days(last, -((7 - days_until(last, *weekday)) % 7))?
            };
            (date.month() == first.month()).then_some(Value::Point(Point::day(date)))
        }
        Spec::NthWeek(n, month) => {
            let first = month_of(month, ctx)?;
            let last = month_end(first.year(), first.month())?;
            let monday = if *n > 0 {
                add_days(first, days_until(first, Weekday::Mon) + 7 * (n - 1))?
            } else {
                let back_to_sunday = (i64::from(last.weekday().num_days_from_monday()) + 1) % 7;
                add_days(last, -back_to_sunday - 6)?
            };
            (monday.month() == first.month()).then_some(Value::Point(Point {
                date: monday,
                grain: Grain::Week,
            }))
        }
        Spec::WeekOf(day) => {
            let date = resolve(day, ctx)?.first_day()?;
            Some(Value::Point(Point {
                date: week_start(date)?,
                grain: Grain::Week,
            }))
        }
    }
}

/// The first day of the month `spec` names.
fn month_of(spec: &Spec, ctx: Option<&Context>) -> Option<NaiveDate> {
    match resolve(spec, ctx)? {
        Value::Point(p) if p.grain == Grain::Month => Some(p.date),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> NaiveDate {
        NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("test date")
    }

    fn ctx(anchor: &str, default_bias: Bias) -> Context {
        Context {
            anchor: day(anchor),
            default_bias,
            last: None,
        }
    }

    /// `case!(name, spec, anchor, bias, expected ISO or "")`; 2013-02-12 is a Tuesday.
    macro_rules! case {
        ($name:ident, $spec:expr, $anchor:expr, $bias:expr, $want:expr) => {
            #[test]
            fn $name() {
                let got = resolve(&$spec, Some(&ctx($anchor, $bias))).map(|v| v.iso());
                assert_eq!(got.unwrap_or_default(), $want);
            }
        };
    }

    fn wd(weekday: Weekday, rule: WeekdayRule) -> Spec {
        Spec::Weekday(weekday, rule)
    }

    case! {past_monday, wd(Weekday::Mon, WeekdayRule::Bare(None)), "2013-02-12", Bias::Past, "2013-02-11"}
    case! {past_same_day, wd(Weekday::Tue, WeekdayRule::Bare(None)), "2013-02-12", Bias::Past, "2013-02-12"}
    case! {next_same_day, wd(Weekday::Tue, WeekdayRule::Bare(None)), "2013-02-12", Bias::Next, "2013-02-19"}
    case! {ahead_same_day, wd(Weekday::Tue, WeekdayRule::Bare(Some(Bias::Ahead))), "2013-02-12", Bias::Past, "2013-02-12"}
    case! {last_sunday, wd(Weekday::Sun, WeekdayRule::Last), "2013-02-12", Bias::Past, "2013-02-10"}
    case! {wednesday_next_week, wd(Weekday::Wed, WeekdayRule::Week(1)), "2013-02-12", Bias::Past, "2013-02-20"}
    case! {monday_en_huit, wd(Weekday::Mon, WeekdayRule::Plus(1)), "2013-02-12", Bias::Past, "2013-02-25"}
    case! {easter_2024, Spec::Easter(Some(2024)), "2013-02-12", Bias::Past, "2024-03-31"}
    case! {easter_2019, Spec::Easter(Some(2019)), "2013-02-12", Bias::Past, "2019-04-21"}
    case! {this_winter, Spec::Season(3, None, 0), "2013-02-12", Bias::Past, "2012-12-21/2013-03-20"}
    case! {last_summer, Spec::Season(1, None, -1), "2013-02-12", Bias::Past, "2012-06-21/2012-09-23"}
    case! {two_last_days, Spec::Lasting(Unit::Day, -2), "2013-02-12", Bias::Past, "2013-02-10/2013-02-11"}
    case! {next_week, Spec::Period(Unit::Week, 1), "2013-02-12", Bias::Past, "2013-W08"}
    case! {years_ago_to_month, Spec::Shift(Unit::Year, -2), "2013-02-12", Bias::Past, "2011-02"}
    case! {century, Spec::Century(19), "2013-02-12", Bias::Past, "1800/1899"}
    case! {impossible_day, Spec::Cal(Cal { year: Some(2024), month: Some(2), day: Some(31), ..Cal::default() }), "2013-02-12", Bias::Past, ""}
    case! {leap_last_day, Spec::Cal(Cal { year: Some(2024), month: Some(2), last_day: true, ..Cal::default() }), "2013-02-12", Bias::Past, "2024-02-29"}

    #[test]
    fn without_anchor_only_what_the_text_fixes() {
        assert_eq!(resolve(&Spec::Today(-1), None), None);
        let year = Spec::Cal(Cal {
            year: Some(2019),
            ..Cal::default()
        });
        assert_eq!(
            resolve(&year, None).map(|v| v.iso()),
            Some("2019".to_string())
        );
    }
}
