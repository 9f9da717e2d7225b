//! The French date grammar: tokens of the folded text → date expressions ([`Found`]: a token
//! range and the [`Spec`] it reads as), sorted and non-overlapping.
//!
//! A recursive-descent reader over the token vector: at each token, every rule tries to read
//! forward a few tokens, and the longest reading wins; then reading goes on after it. Rules
//! look ahead a bounded number of tokens, so the pass is linear in the text.
//!
//! What the grammar refuses on purpose: weekday abbreviations without their dot and a day
//! ("mer", "jeu", "sam"), a bare number of one to three digits, a number glued to a word
//! ("Convention108", "G8"), a four-digit number followed by what it counts ("2000
//! manifestants", "1500 euros"), a season without a determiner or preposition ("été" is mostly
//! the participle), a month or weekday capitalised inside a sentence ("Mars", "Vendredi"),
//! "Noël" before a capitalised word, and "du dimanche", "un lundi" (any such day).

use chrono::Weekday;

use super::resolve::{Bias, Cal, Part, Spec, Unit, WeekdayRule};
use super::tokens::{self, Kind, Tok};
use crate::fold::Folded;

/// One expression: tokens `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
}

/// Reads the expressions of `toks`, the tokens of `folded`, the folded copy of `text`.
pub struct Grammar<'t, 'a> {
    toks: &'t [Tok<'a>],
    text: &'a str,
    folded: &'a Folded,
}

type Read = Option<(usize, Spec)>;

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
    pub fn new(toks: &'t [Tok<'a>], text: &'a str, folded: &'a Folded) -> Self {
        Grammar { toks, text, folded }
    }

    /// The original text of token `i`.
    fn original(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[self.folded.original(t.start..t.end)])
    }

    /// Token `i` begins with a capital inside a sentence (not at its start): a name.
    fn capitalized(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let at = self.folded.original(t.start..t.end).start;
        if !self.text[at..].starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let before = self.text[..at]
            .chars()
            .rev()
            .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}'));
        !matches!(
            before,
            None | Some(
                '\n' | '\r' | '.' | '!' | '?' | ':' | '«' | '"' | '(' | '—' | '–' | '-' | '•'
            )
        )
    }

    /// Every expression, left to right, longest first.
    pub fn find_all(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.best(i) {
                Some(found) => {
                    i = found.end;
                    out.push(found);
                }
                None => i += 1,
            }
        }
        out
    }

    fn best(&self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        if t.kind == Kind::Mark || (t.kind == Kind::Word && !self.worth_trying(i)) {
            return None;
        }
        let rules: [fn(&Self, usize) -> Read; 13] = [
            Self::open,
            Self::nth_in_month,
            Self::range,
            Self::cal,
            Self::relative,
            Self::period,
            Self::shift,
            Self::lasting,
            Self::weekday_expr,
            Self::fuzzy,
            Self::season,
            Self::holiday,
            Self::era,
        ];
        let mut best: Option<(usize, Spec)> = None;
        for rule in rules {
            if let Some((end, spec)) = rule(self, i) {
                if best.as_ref().is_none_or(|(e, _)| end > *e) {
                    best = Some((end, spec));
                }
            }
        }
        if best.is_none() {
            best = self.year_expr(i);
        }
        best.map(|(end, spec)| Found {
            start: i,
            end,
            spec,
        })
    }

    /// Whether any rule can read from token `i`, a word: a cheap look at it and the next,
    /// so that the frequent words ("le", "de", "un") cost almost nothing.
    fn worth_trying(&self, i: usize) -> bool {
        let word = self.w(i);
        if !may_start(word) {
            return false;
        }
        let next = self.w(i + 1);
        let next_is_num = self.kind(i + 1) == Some(Kind::Num);
        match word {
            "le" => {
                next_is_num
                    || matches!(
                        next,
                        "lendemain" | "surlendemain" | "jour" | "mois" | "dernier"
                    )
                    || tokens::ordinal_word(next).is_some()
            }
            "la" => matches!(
                next,
                "veille" | "journee" | "semaine" | "toussaint" | "saint"
            ),
            "de" | "du" => {
                next_is_num
                    || tokens::month(next).is_some()
                    || tokens::weekday(next).is_some()
                    || tokens::number_word(next).is_some()
                    || tokens::ordinal_word(next).is_some()
            }
            "a" => matches!(next, "partir" | "compter"),
            "l" => next == "'" && matches!(self.w(i + 2), "avant" | "annee" | "an"),
            "d" => next == "'" && self.w(i + 2) == "ici",
            "en" => matches!(next, "ce" | "semaine"),
            "des" => self.original(i).contains('è'),
            "il" => next == "y",
            "dans" => next == "la" || next_is_num || tokens::number_word(next).is_some(),
            "un" | "une" => matches!(next, "jour" | "jours" | "dernier" | "derniers" | "prochain"),
            "ete" => i > 0 && matches!(self.w(i - 1), "'" | "en" | "cet"),
            "jour" => matches!(next, "de" | "des" | "suivant"),
            "saint" => next == "-",
            "lun" | "mar" | "mer" | "jeu" | "ven" | "sam" | "dim" => next == ".",
            "ce" | "cet" | "cette" => matches!(
                next,
                "jour"
                    | "matin"
                    | "soir"
                    | "apres"
                    | "mois"
                    | "annee"
                    | "semaine"
                    | "printemps"
                    | "ete"
                    | "automne"
                    | "hiver"
            ),
            _ if tokens::month(word).is_some() => true,
            _ if tokens::number_word(word).is_some() || tokens::ordinal_word(word).is_some() => {
                next_is_num
                    || matches!(
                        next,
                        "-" | "et"
                            | "au"
                            | "jour"
                            | "jours"
                            | "semaine"
                            | "semaines"
                            | "mois"
                            | "an"
                            | "ans"
                            | "annee"
                            | "annees"
                            | "derniers"
                            | "dernieres"
                            | "prochains"
                            | "prochaines"
                            | "siecle"
                            | "siecles"
                            | "quinzaine"
                    )
                    || tokens::month(next).is_some()
                    || tokens::weekday(next).is_some()
            }
            _ => true,
        }
    }

    // ---- token helpers ----

    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` touches the one before it (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    /// Reads the words of `pattern` (space-separated tokens) from `i`.
    fn seq(&self, i: usize, pattern: &str) -> Option<usize> {
        let mut at = i;
        for word in pattern.split(' ') {
            if self.w(at) != word {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    /// The first of `patterns` that reads from `i`.
    fn any(&self, i: usize, patterns: &[&str]) -> Option<usize> {
        patterns.iter().find_map(|p| self.seq(i, p))
    }

    fn opt(&self, i: usize, patterns: &[&str]) -> usize {
        self.any(i, patterns).unwrap_or(i)
    }

    /// A digit run of `len` digits (a range), not glued to a word before it.
    fn digits(&self, i: usize, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || !len.contains(&t.text.len()) {
            return None;
        }
        if self.glued(i) && self.kind(i - 1) == Some(Kind::Word) {
            return None;
        }
        t.text.parse().ok()
    }

    /// A number written in letters, 1 to 99: `trois`, `dix-huit`, `vingt et un`,
    /// `quatre-vingt-dix`.
    fn number_letters(&self, i: usize) -> Option<(u32, usize)> {
        let first = tokens::number_word(self.w(i))?;
        if first == 100 {
            return None;
        }
        let mut value = first;
        let mut at = i + 1;
        if first == 4 {
            if let Some(next) = self.any(at, &["- vingt", "- vingts"]) {
                value = 80;
                at = next;
            }
        }
        if value == 10 {
            if let Some((unit, next)) = self.hyphen_unit(at, 7..=9) {
                return Some((10 + unit, next));
            }
        }
        if value >= 20 {
            if let Some(next) = self.any(at, &["et un", "et une"]) {
                return Some((value + 1, next));
            }
            if let Some(next) = self.seq(at, "et onze") {
                return Some((value + 11, next));
            }
            let units = if value == 60 || value == 80 {
                1..=19
            } else {
                1..=9
            };
            if let Some((unit, next)) = self.hyphen_unit(at, units) {
                return Some((value + unit, next));
            }
        }
        Some((value, at))
    }

    /// `- unit` after a ten, `unit` within `allowed` (`dix-sept`: 7, `soixante-douze`: 12).
    fn hyphen_unit(
        &self,
        i: usize,
        allowed: std::ops::RangeInclusive<u32>,
    ) -> Option<(u32, usize)> {
        if self.w(i) != "-" {
            return None;
        }
        let mut unit = tokens::number_word(self.w(i + 1))?;
        let mut at = i + 2;
        if unit == 10 {
            if let Some((more, next)) = self.hyphen_unit(at, 7..=9) {
                unit += more;
                at = next;
            }
        }
        allowed.contains(&unit).then_some((unit, at))
    }

    /// An ordinal: `1er`, `3eme`, `15e`, `premier`, `troisieme`, `dix-neuvieme`.
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.digits(i, 1..=2) {
            if self.glued(i + 1) && tokens::is_ordinal_suffix(self.w(i + 1)) {
                return Some((n, i + 2));
            }
            return None;
        }
        if let Some(n) = tokens::ordinal_word(self.w(i)) {
            return Some((n, i + 1));
        }
        let tens = tokens::number_word(self.w(i))?;
        if !(10..=90).contains(&tens) {
            return None;
        }
        if self.w(i + 1) == "-" {
            let unit = tokens::ordinal_word(self.w(i + 2))?;
            return (unit < 10 || tens == 60).then_some((tens + unit, i + 3));
        }
        if self.w(i + 1) == "et" && self.w(i + 2) == "unieme" {
            return Some((tens + 1, i + 3));
        }
        None
    }

    /// A count before a unit: digits (up to 3) or letters; `un`/`une` included.
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.digits(i, 1..=3) {
            return (!self.glued(i + 1) || self.kind(i + 1) != Some(Kind::Word))
                .then_some((n, i + 1));
        }
        self.number_letters(i)
    }

    /// A day of the month: `1er`, `15`, `15e`, `premier`, `quinze`, `dix-huit`.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (n, next) = if let Some(n) = self.digits(i, 1..=2) {
            let mut next = i + 1;
            if self.glued(next) && self.kind(next) == Some(Kind::Word) {
                if !tokens::is_ordinal_suffix(self.w(next)) {
                    return None;
                }
                next += 1;
            }
            (n, next)
        } else if let Some((n, next)) = self.ordinal(i) {
            (n, next)
        } else {
            if matches!(self.w(i), "un" | "une") {
                return None;
            }
            self.number_letters(i)?
        };
        (1..=31).contains(&n).then_some((n, next))
    }

    /// A month name or abbreviation (with its optional `.`).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let word = self.w(i);
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let m = tokens::month(word)?;
        if tokens::is_abbreviated_month(word) && self.w(i + 1) == "." && self.glued(i + 1) {
            return Some((m, i + 2));
        }
        Some((m, i + 1))
    }

    /// A four-digit year, not part of a longer number.
    fn year4(&self, i: usize) -> Option<(i32, usize)> {
        let y = self.digits(i, 4..=4)?;
        if !(1000..=2199).contains(&y) || self.glued(i + 1) && self.kind(i + 1) == Some(Kind::Word)
        {
            return None;
        }
        // "2015 000": a thousands group follows.
        if self.kind(i + 1) == Some(Kind::Num) && self.w(i + 1).len() == 3 && !self.glued(i + 1) {
            return None;
        }
        // A decimal ("3,2015") or a longer figure ("12.2015.3").
        if self.glued(i) && matches!(self.w(i - 1), "," | ".") {
            return None;
        }
        Some((y as i32, i + 1))
    }

    /// A year after a month: four digits, or two when nothing word-like follows ("31 octobre
    /// 74").
    fn year_after_month(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(found) = self.year4(i) {
            return Some(found);
        }
        let y = self.digits(i, 2..=2)?;
        let after = self.kind(i + 1);
        if after == Some(Kind::Word) || after == Some(Kind::Num) {
            return None;
        }
        Some((two_digit_year(y), i + 1))
    }

    fn weekday(&self, i: usize) -> Option<(Weekday, usize)> {
        if let Some(wd) = tokens::weekday(self.w(i)) {
            return Some((wd, i + 1));
        }
        None
    }

    /// A weekday abbreviation with its dot: (weekday, may stand alone, next).
    fn weekday_abbrev(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        let (wd, alone) = tokens::weekday_abbrev(self.w(i))?;
        (self.w(i + 1) == "." && self.glued(i + 1)).then_some((wd, alone, i + 2))
    }

    // ---- calendar dates ----

    /// Absolute and partial calendar dates.
    fn cal(&self, i: usize) -> Read {
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
    fn numeric(&self, i: usize) -> Option<(usize, Cal)> {
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
    fn figure_goes_on(&self, end: usize) -> bool {
        self.glued(end)
            && matches!(self.w(end), "/" | "-" | "." | ",")
            && self.kind(end + 1) == Some(Kind::Num)
            && self.glued(end + 1)
    }

    /// `[weekday] day month [year]`, and `weekday day` ("mercredi 13").
    fn day_month(&self, i: usize) -> Option<(usize, Cal)> {
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
    fn month_year(&self, i: usize) -> Option<(usize, Cal)> {
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
    fn bare_day(&self, i: usize) -> Read {
        if self.w(i) != "le" {
            return None;
        }
        self.lone_day(i + 1)
    }

    /// A day number alone, once a word before it ("le", "à partir du") has said it is a day.
    fn lone_day(&self, i: usize) -> Read {
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
    fn nth_in_month(&self, i: usize) -> Read {
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
    fn nth_day_of(&self, i: usize) -> Read {
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
    fn year_expr(&self, i: usize) -> Read {
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
    fn point(&self, i: usize) -> Read {
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
    fn open(&self, i: usize) -> Read {
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
            let next = self.opt(next, &["le", "la", "l '"]);
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
    fn range(&self, i: usize) -> Read {
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

    fn day_end(&self, i: usize) -> Option<(usize, Cal)> {
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

    fn day_range(&self, at: usize, links: &[&str], led: bool) -> Read {
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

    fn month_or_year_range(&self, at: usize, links: &[&str], led: bool) -> Read {
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

    // ---- relative expressions ----

    /// Days named from today or from the last date: hier, demain, la veille, le lendemain, …
    fn relative(&self, i: usize) -> Read {
        let first = self.w(i);
        if !matches!(
            first,
            "aujourd"
                | "ce"
                | "cet"
                | "en"
                | "dans"
                | "hier"
                | "avant"
                | "demain"
                | "apres"
                | "l"
                | "la"
                | "le"
                | "jour"
        ) {
            return self.days_later(i);
        }
        let fixed: [(&str, Spec); 22] = [
            ("aujourd ' hui", Spec::Today(0)),
            ("ce jour", Spec::Today(0)),
            ("en ce moment", Spec::Today(0)),
            ("dans la journee", Spec::Today(0)),
            ("ce matin", Spec::Today(0)),
            ("ce soir", Spec::Today(0)),
            ("cet apres - midi", Spec::Today(0)),
            ("hier", Spec::Today(-1)),
            ("avant - hier", Spec::Today(-2)),
            ("demain", Spec::Today(1)),
            ("apres - demain", Spec::Today(2)),
            ("l ' avant - veille", Spec::Anaphor(-2)),
            ("la veille", Spec::Anaphor(-1)),
            ("le surlendemain", Spec::Anaphor(2)),
            ("le lendemain", Spec::Anaphor(1)),
            ("le jour d ' avant", Spec::Anaphor(-1)),
            ("le jour precedent", Spec::Anaphor(-1)),
            ("le jour d ' apres", Spec::Anaphor(1)),
            ("le jour suivant", Spec::Anaphor(1)),
            ("jour suivant", Spec::Anaphor(1)),
            ("la journee precedente", Spec::Anaphor(-1)),
            ("la journee suivante", Spec::Anaphor(1)),
        ];
        for (pattern, spec) in fixed {
            let Some(mut end) = self.seq(i, pattern) else {
                continue;
            };
            if self.w(end) == "-" && self.w(end + 1) == "la" {
                // "ce jour-là" points back to a day told before.
                return Some((end + 2, Spec::Anaphor(0)));
            }
            // "la veille du 13 février", "le lendemain de Noël".
            if let Spec::Anaphor(n) = spec {
                if let Some(next) = self.any(end, &["du", "de", "de la", "de l '", "d '"]) {
                    if let Some((e, inner)) = self.point(next) {
                        return Some((e, Spec::Around(Box::new(inner), n)));
                    }
                }
            }
            if matches!(spec, Spec::Today(_)) {
                end = self.part_of_day(end);
            }
            return Some((end, spec));
        }
        self.days_later(i)
    }

    /// "deux jours plus tard", "un jour après", "trois jours auparavant".
    fn days_later(&self, i: usize) -> Read {
        let (n, next) = self.count(i)?;
        let next = self.any(next, &["jours", "jour"])?;
        let (sign, end) = if let Some(end) = self.any(next, &["plus tard", "apres"]) {
            (1, end)
        } else {
            (-1, self.any(next, &["plus tot", "auparavant", "avant"])?)
        };
        Some((end, Spec::Anaphor(sign * i64::from(n))))
    }

    /// Skips a part of the day after a day: "mardi soir", "hier matin", "demain après-midi".
    fn part_of_day(&self, i: usize) -> usize {
        self.opt(
            i,
            &[
                "matin",
                "soir",
                "midi",
                "apres - midi",
                "apres-midi",
                "dans la nuit",
                "en fin de journee",
                "en debut de soiree",
            ],
        )
    }

    /// "cette semaine", "la semaine prochaine", "le mois dernier", "l'an dernier", "cette
    /// année".
    fn period(&self, i: usize) -> Read {
        if !matches!(
            self.w(i),
            "semaine" | "cette" | "ce" | "dans" | "l" | "la" | "le"
        ) {
            return None;
        }
        // "la semaine du 7 octobre": the week that holds a day.
        if let Some(next) = self.any(i, &["semaine du", "semaine de"]) {
            if let Some((end, spec)) = self.cal(next) {
                return Some((end, Spec::WeekOf(Box::new(spec))));
            }
        }
        if let Some(end) = self.any(i, &["la semaine qui suit", "la semaine d ' apres"]) {
            return Some((end, Spec::Period(Unit::Week, 1)));
        }
        let this: [(&str, Unit); 7] = [
            ("cette semaine", Unit::Week),
            ("dans la semaine", Unit::Week),
            ("ce mois - ci", Unit::Month),
            ("ce mois", Unit::Month),
            ("cette annee", Unit::Year),
            ("l ' annee en cours", Unit::Year),
            ("l ' an en cours", Unit::Year),
        ];
        for (pattern, unit) in this {
            if let Some(end) = self.seq(i, pattern) {
                if self.w(end) == "-" && self.w(end + 1) == "la" {
                    return None;
                }
                return Some((end, Spec::Period(unit, 0)));
            }
        }
        let heads: [(&str, Unit); 5] = [
            ("la semaine", Unit::Week),
            ("le mois", Unit::Month),
            ("l ' annee", Unit::Year),
            ("l ' an", Unit::Year),
            ("la semaine d '", Unit::Week),
        ];
        for (pattern, unit) in heads {
            let Some(next) = self.seq(i, pattern) else {
                continue;
            };
            let offset = match self.w(next) {
                "derniere" | "dernier" | "passee" | "passe" | "precedente" | "precedent" => -1,
                "prochaine" | "prochain" | "suivante" | "suivant" => 1,
                "apres" if pattern.ends_with('\'') => 1,
                _ => continue,
            };
            return Some((next + 1, Spec::Period(unit, offset)));
        }
        None
    }

    /// A time unit word.
    fn unit(&self, i: usize) -> Option<(Unit, usize)> {
        let unit = match self.w(i) {
            "jour" | "jours" => Unit::Day,
            "semaine" | "semaines" => Unit::Week,
            "mois" => Unit::Month,
            "an" | "ans" | "annee" | "annees" => Unit::Year,
            _ => return None,
        };
        Some((unit, i + 1))
    }

    /// "un peu plus d'", "près de", "environ": hedges before a count.
    fn hedge(&self, i: usize) -> usize {
        self.opt(
            i,
            &[
                "un peu plus d '",
                "un peu plus de",
                "un peu moins d '",
                "un peu moins de",
                "plus d '",
                "plus de",
                "moins d '",
                "moins de",
                "pres d '",
                "pres de",
                "environ",
                "presque",
                "quelque",
            ],
        )
    }

    /// "il y a trois jours", "dans deux mois", "depuis un peu plus d'un an".
    fn shift(&self, i: usize) -> Read {
        let (sign, next, since) = if let Some(next) = self.seq(i, "il y a") {
            (-1, next, false)
        } else if let Some(next) = self.seq(i, "dans") {
            (1, next, false)
        } else if let Some(next) = self.seq(i, "depuis") {
            (-1, next, true)
        } else {
            return None;
        };
        let next = self.hedge(next);
        let (n, next) = self.count(next)?;
        let (unit, end) = self.unit(next)?;
        let spec = Spec::Shift(unit, sign * i64::from(n));
        Some((
            end,
            if since {
                Spec::After(Box::new(spec))
            } else {
                spec
            },
        ))
    }

    /// "les trois derniers jours", "3 prochains mois", "2 années passées".
    fn lasting(&self, i: usize) -> Read {
        let (n, next) = self.count(i)?;
        let n = i64::from(n);
        if let Some(after) = self.any(next, &["derniers", "dernieres", "dernier"]) {
            let (unit, end) = self.unit(after)?;
            return Some((end, Spec::Lasting(unit, -n)));
        }
        if let Some(after) = self.any(next, &["prochains", "prochaines"]) {
            let (unit, end) = self.unit(after)?;
            return Some((end, Spec::Lasting(unit, n)));
        }
        let (unit, after) = self.unit(next)?;
        // "soixante-dix ans passés" is an age: only "années passées" counts back.
        let ages = matches!(self.w(next), "an" | "ans");
        match self.w(after) {
            "passes" | "passees" if ages => None,
            "passes" | "passees" | "derniers" | "dernieres" => {
                Some((after + 1, Spec::Lasting(unit, -n)))
            }
            "suivant" | "suivants" | "suivantes" | "prochains" | "prochaines" => {
                Some((after + 1, Spec::Lasting(unit, n)))
            }
            _ => None,
        }
    }

    /// A weekday with what places it: "mardi", "mardi dernier", "lundi prochain", "mercredi
    /// de la semaine prochaine", "lundi en huit", "lun.".
    fn weekday_expr(&self, i: usize) -> Read {
        let (weekday, next) = match self.weekday(i) {
            // A capitalised weekday inside a sentence is a name ("plus de Vendredi !"); "du
            // dimanche", "un lundi" are any such day, not one.
            Some(_) if self.capitalized(i) => return None,
            Some(_) if i > 0 && matches!(self.w(i - 1), "du" | "un") => return None,
            Some(found) => found,
            None => {
                let (wd, alone, next) = self.weekday_abbrev(i)?;
                if !alone {
                    return None;
                }
                (wd, next)
            }
        };
        let rules: [(&str, WeekdayRule); 20] = [
            ("prochain", WeekdayRule::Next),
            ("dernier", WeekdayRule::Last),
            ("passe", WeekdayRule::Last),
            ("de la semaine prochaine", WeekdayRule::Week(1)),
            ("la semaine prochaine", WeekdayRule::Week(1)),
            ("de la semaine suivante", WeekdayRule::Week(1)),
            ("la semaine suivante", WeekdayRule::Week(1)),
            ("de la semaine d ' apres", WeekdayRule::Week(1)),
            ("la semaine d ' apres", WeekdayRule::Week(1)),
            ("suivant", WeekdayRule::Week(1)),
            ("d ' apres", WeekdayRule::Week(1)),
            ("de la semaine derniere", WeekdayRule::Week(-1)),
            ("de la semaine passee", WeekdayRule::Week(-1)),
            ("la semaine derniere", WeekdayRule::Week(-1)),
            ("de cette semaine", WeekdayRule::Week(0)),
            ("cette semaine", WeekdayRule::Week(0)),
            ("en huit", WeekdayRule::Plus(1)),
            ("en 8", WeekdayRule::Plus(1)),
            ("en quinze", WeekdayRule::Plus(2)),
            ("en 15", WeekdayRule::Plus(2)),
        ];
        let (rule, end) = rules
            .iter()
            .find_map(|(p, r)| self.seq(next, p).map(|end| (*r, end)))
            .unwrap_or((WeekdayRule::Bare(None), next));
        Some((self.part_of_day(end), Spec::Weekday(weekday, rule)))
    }

    // ---- fuzzy parts, seasons, holidays, eras ----

    /// "fin 2019", "début avril", "mi-mars", "fin du mois de mars", "en fin d'année", "au
    /// début de la semaine", "la première quinzaine d'avril", "en semaine".
    fn fuzzy(&self, i: usize) -> Read {
        // "en semaine", not "de semaine en semaine".
        let repeated = i > 0 && self.w(i - 1) == "semaine";
        if let Some(end) = self.seq(i, "en semaine").filter(|_| !repeated) {
            return Some((
                end,
                Spec::Part(Part::Workdays, Box::new(Spec::Period(Unit::Week, 0))),
            ));
        }
        // An article or preposition before ("en fin d'année", "vers la mi-août") is left out
        // of the span: reading goes on to the part word.
        let at = i;
        let (part, next) = match self.w(at) {
            "debut" => (Part::Begin, at + 1),
            "fin" => (Part::End, at + 1),
            "milieu" => (Part::Middle, at + 1),
            "mi" => (Part::Middle, self.opt(at + 1, &["-"])),
            "courant" => {
                let (end, spec) = self
                    .month_year(at + 1)
                    .map(|(e, c)| (e, Spec::Cal(c)))
                    .or_else(|| {
                        self.year4(at + 1).map(|(y, e)| {
                            (
                                e,
                                Spec::Cal(Cal {
                                    year: Some(y),
                                    ..Cal::default()
                                }),
                            )
                        })
                    })?;
                return Some((end, spec));
            }
            _ => {
                let (half, next) = match self.w(at) {
                    "premiere" => (Part::FirstHalf, at + 1),
                    "deuxieme" | "seconde" | "derniere" => (Part::SecondHalf, at + 1),
                    _ => return None,
                };
                let next = self.seq(next, "quinzaine")?;
                return self.part_target(next, half);
            }
        };
        self.part_target(next, part)
    }

    /// What a part is of: a month (with its year), a year, this month, year or week.
    fn part_target(&self, i: usize, part: Part) -> Read {
        let periods: [(&str, Unit); 10] = [
            ("du mois", Unit::Month),
            ("de mois", Unit::Month),
            ("de l ' annee", Unit::Year),
            ("d ' annee", Unit::Year),
            ("de l ' an", Unit::Year),
            ("de cette annee", Unit::Year),
            ("de semaine", Unit::Week),
            ("de la semaine", Unit::Week),
            ("de cette semaine", Unit::Week),
            ("du mois en cours", Unit::Month),
        ];
        let named = self.opt(i, &["du mois de", "du mois d '", "de", "d '"]);
        if let Some((end, cal)) = self.month_year(named) {
            return Some((end, Spec::Part(part, Box::new(Spec::Cal(cal)))));
        }
        if let Some((y, end)) = self.year4(self.opt(i, &["de l ' annee", "de"])) {
            let cal = Cal {
                year: Some(y),
                ..Cal::default()
            };
            return Some((end, Spec::Part(part, Box::new(Spec::Cal(cal)))));
        }
        for (pattern, unit) in periods {
            if let Some(end) = self.seq(i, pattern) {
                let (offset, end) = match self.w(end) {
                    "prochain" | "prochaine" => (1, end + 1),
                    "dernier" | "derniere" => (-1, end + 1),
                    _ => (0, end),
                };
                return Some((end, Spec::Part(part, Box::new(Spec::Period(unit, offset)))));
            }
        }
        None
    }

    /// "au printemps 2020", "cet été", "l'hiver dernier", "à l'automne".
    fn season(&self, i: usize) -> Read {
        let demonstrative = matches!(self.w(i), "cet" | "ce");
        let at = if demonstrative { i + 1 } else { i };
        let s = match self.w(at) {
            "printemps" => 0,
            "ete" => 1,
            "automne" => 2,
            "hiver" => 3,
            _ => return None,
        };
        // A season is named after a determiner or preposition ("au printemps", "l'hiver", "en
        // automne"); "été" is otherwise mostly the participle, and "un printemps" a figure.
        let before = if at > 0 { self.w(at - 1) } else { "" };
        let introduced = match s {
            1 => matches!(before, "'" | "en"),
            _ => matches!(
                before,
                "'" | "en" | "au" | "le" | "du" | "de" | "ce" | "cet"
            ),
        };
        if !demonstrative && !introduced {
            return None;
        }
        let next = at + 1;
        if let Some((y, end)) = self.year4(self.opt(next, &["de"])) {
            return Some((end, Spec::Season(s, Some(y), 0)));
        }
        let (offset, end) = match self.w(next) {
            "dernier" | "passe" => (-1, next + 1),
            "prochain" => (1, next + 1),
            _ => (0, next),
        };
        Some((end, Spec::Season(s, None, offset)))
    }

    /// Fixed feasts: Noël, le jour de l'an, la Toussaint, la fête du travail, Pâques.
    fn holiday(&self, i: usize) -> Read {
        if !matches!(
            self.w(i),
            "jour" | "noel" | "nouvel" | "la" | "toussaint" | "fete" | "saint" | "paques" | "lundi"
        ) {
            return None;
        }
        let fixed: [(&str, u32, u32); 10] = [
            ("jour de noel", 12, 25),
            ("noel", 12, 25),
            ("jour de l ' an", 1, 1),
            ("nouvel an", 1, 1),
            ("la toussaint", 11, 1),
            ("toussaint", 11, 1),
            ("fete du travail", 5, 1),
            ("jour des morts", 11, 2),
            ("la saint - sylvestre", 12, 31),
            ("saint - sylvestre", 12, 31),
        ];
        let year_at = |end: usize| self.year4(end).map_or((None, end), |(y, e)| (Some(y), e));
        if let Some(next) = self.any(i, &["paques", "lundi de paques"]) {
            let (year, end) = year_at(next);
            return Some((end, Spec::Easter(year)));
        }
        for (pattern, month, day) in fixed {
            let Some(next) = self.seq(i, pattern) else {
                continue;
            };
            // "Noël Mamère", "le père Noël": a name, not the feast; "Toussaint" without its
            // article is a name too.
            if pattern == "noel" && (self.capitalized(next) || (i > 0 && self.w(i - 1) == "pere")) {
                return None;
            }
            if pattern == "toussaint" && self.capitalized(i) {
                return None;
            }
            let (year, end) = year_at(next);
            return Some((
                end,
                Spec::Cal(Cal {
                    year,
                    month: Some(month),
                    day: Some(day),
                    ..Cal::default()
                }),
            ));
        }
        None
    }

    /// Centuries ("XIXe siècle", "21e siècle", "vingtième siècle") and decades ("années 1990",
    /// "années 80", "années quatre-vingt").
    fn era(&self, i: usize) -> Read {
        if self.w(i) == "annees" {
            let at = i + 1;
            if let Some(y) = self.digits(at, 2..=4) {
                let len = self.w(at).len();
                let first = match len {
                    4 => y as i32,
                    2 => 1900 + y as i32,
                    _ => return None,
                };
                return (first % 10 == 0
                    && !(self.glued(at + 1) && self.kind(at + 1) == Some(Kind::Word)))
                .then_some((at + 1, Spec::Decade(first)));
            }
            let (n, end) = self.number_letters(at)?;
            return (n % 10 == 0 && n >= 20).then_some((end, Spec::Decade(1900 + n as i32)));
        }
        let (n, next) = if let Some(n) = self.roman_ordinal(i) {
            (n, i + 1)
        } else {
            self.ordinal(i)?
        };
        let end = self.any(next, &["siecle", "siecles"])?;
        // Before the common era: ISO 8601 has no plain form for it, so no date.
        if self
            .any(end, &["avant notre ere", "avant j", "av . j", "av"])
            .is_some()
        {
            return None;
        }
        Some((end, Spec::Century(n as i32)))
    }

    /// `xixe`, `xxie`, `ier`: a Roman numeral with its ordinal ending, as one word.
    fn roman_ordinal(&self, i: usize) -> Option<u32> {
        let word = self.w(i);
        let stem = ["ieme", "eme", "er", "e"]
            .iter()
            .find_map(|s| word.strip_suffix(s))?;
        tokens::roman(stem)
    }
}

/// Words an expression can begin with: most tokens are none of them, and are passed over
/// without trying any rule.
fn may_start(word: &str) -> bool {
    // One match over every first word (the lexicon's words included), so that the common
    // case, a word that starts nothing, costs one jump on length and a few compares.
    matches!(
        word,
        "a" | "apres"
            | "aujourd"
            | "annees"
            | "automne"
            | "avant"
            | "ce"
            | "cet"
            | "cette"
            | "courant"
            | "d"
            | "de"
            | "debut"
            | "demain"
            | "depuis"
            | "derniere"
            | "dernier"
            | "des"
            | "du"
            | "dans"
            | "en"
            | "entre"
            | "ete"
            | "fete"
            | "fin"
            | "hier"
            | "hiver"
            | "il"
            | "jour"
            | "jusqu"
            | "l"
            | "la"
            | "le"
            | "mi"
            | "milieu"
            | "noel"
            | "nouvel"
            | "paques"
            | "printemps"
            | "saint"
            | "semaine"
            | "toussaint"
            | "lun"
            | "mar"
            | "mer"
            | "jeu"
            | "ven"
            | "sam"
            | "dim"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "janvier"
            | "janv"
            | "jan"
            | "fevrier"
            | "fevr"
            | "fev"
            | "mars"
            | "avril"
            | "avr"
            | "mai"
            | "juin"
            | "juillet"
            | "juil"
            | "jui"
            | "aout"
            | "septembre"
            | "sept"
            | "octobre"
            | "oct"
            | "novembre"
            | "nov"
            | "decembre"
            | "dec"
            | "un"
            | "une"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "six"
            | "huit"
            | "neuf"
            | "dix"
            | "onze"
            | "douze"
            | "treize"
            | "quatorze"
            | "quinze"
            | "seize"
            | "vingt"
            | "trente"
            | "quarante"
            | "cinquante"
            | "soixante"
            | "premier"
            | "premiere"
            | "ler"
            | "second"
            | "seconde"
    ) || (word.len() > 4 && word.ends_with("ieme"))
        || (word.starts_with(['x', 'v', 'i']) && word.ends_with(['e', 'r']) && {
            let stem = word.trim_end_matches(['e', 'm', 'r']);
            tokens::roman(stem).is_some() || tokens::roman(stem.trim_end_matches('i')).is_some()
        })
}

/// `14` → 2014, `74` → 1974: the usual cut at 50.
fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// Sets the bias of the underdetermined parts of `spec` (a preposition looks ahead).
fn set_bias(spec: &mut Spec, bias: Bias) {
    match spec {
        Spec::Cal(cal) => cal.bias = Some(bias),
        Spec::Weekday(_, WeekdayRule::Bare(own)) => *own = Some(bias),
        Spec::Range(a, b) => {
            set_bias(a, bias);
            set_bias(b, bias);
        }
        _ => {}
    }
}
