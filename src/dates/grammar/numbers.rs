//! Numbers, days, months, years and weekdays as the grammar reads them from tokens: figures
//! and numbers in letters ("dix-huit", "vingt et un"), ordinals ("1er", "troisième"), month
//! names and abbreviations, four- and two-digit years.

use chrono::Weekday;

use super::Grammar;
use crate::dates::tokens::{self, Kind};

impl<'t, 'a> Grammar<'t, 'a> {
    /// A number written in letters, 1 to 99: `trois`, `dix-huit`, `vingt et un`,
    /// `quatre-vingt-dix`.
    pub(super) fn number_letters(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn hyphen_unit(
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
    pub(super) fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.digits(i, 1..=3) {
            return (!self.glued(i + 1) || self.kind(i + 1) != Some(Kind::Word))
                .then_some((n, i + 1));
        }
        self.number_letters(i)
    }

    /// A day of the month: `1er`, `15`, `15e`, `premier`, `quinze`, `dix-huit`.
    pub(super) fn day(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn month(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn year4(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn year_after_month(&self, i: usize) -> Option<(i32, usize)> {
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

    pub(super) fn weekday(&self, i: usize) -> Option<(Weekday, usize)> {
        if let Some(wd) = tokens::weekday(self.w(i)) {
            return Some((wd, i + 1));
        }
        None
    }

    /// A weekday abbreviation with its dot: (weekday, may stand alone, next).
    pub(super) fn weekday_abbrev(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        let (wd, alone) = tokens::weekday_abbrev(self.w(i))?;
        (self.w(i + 1) == "." && self.glued(i + 1)).then_some((wd, alone, i + 2))
    }
}

/// `14` → 2014, `74` → 1974: the usual cut at 50.
pub(super) fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}
