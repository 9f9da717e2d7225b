//! Expressions placed from the reference or another date: hier, la veille, la semaine
//! prochaine, il y a trois jours, mardi dernier; and fuzzy parts (fin 2019, mi-mars), seasons,
//! feasts, centuries and decades.

use super::{Grammar, Read};
use crate::dates::resolve::{Bias, Cal, Part, Spec, Unit, WeekdayRule};
use crate::dates::tokens::{self, Kind};

/// Days named from today or from the last date, and what each reads as: a table built once,
/// where a list built at each call made and dropped its every entry at each place tried.
static FIXED_DAYS: [(&str, Spec); 22] = [
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

impl<'t, 'a> Grammar<'t, 'a> {
    // ---- relative expressions ----

    /// Days named from today or from the last date: hier, demain, la veille, le lendemain, …
    pub(super) fn relative(&self, i: usize) -> Read {
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
        for (pattern, spec) in &FIXED_DAYS {
            let Some(mut end) = self.seq(i, pattern) else {
                continue;
            };
            if self.w(end) == "-" && self.w(end + 1) == "la" {
                // "ce jour-là" points back to a day told before.
                return Some((end + 2, Spec::Anaphor(0)));
            }
            // "la veille du 13 février", "le lendemain de Noël".
            if let Spec::Anaphor(n) = *spec {
                if let Some(next) = self.any(end, &["du", "de", "de la", "de l '", "d '"]) {
                    if let Some((e, inner)) = self.point(next) {
                        return Some((e, Spec::Around(Box::new(inner), n)));
                    }
                }
            }
            if matches!(spec, Spec::Today(_)) {
                end = self.part_of_day(end);
            }
            return Some((end, spec.clone()));
        }
        self.days_later(i)
    }

    /// "deux jours plus tard", "un jour après", "trois jours auparavant".
    pub(super) fn days_later(&self, i: usize) -> Read {
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
    pub(super) fn part_of_day(&self, i: usize) -> usize {
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
    pub(super) fn period(&self, i: usize) -> Read {
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
    pub(super) fn unit(&self, i: usize) -> Option<(Unit, usize)> {
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
    pub(super) fn hedge(&self, i: usize) -> usize {
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
    pub(super) fn shift(&self, i: usize) -> Read {
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
    pub(super) fn lasting(&self, i: usize) -> Read {
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
    pub(super) fn weekday_expr(&self, i: usize) -> Read {
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
        let bare = WeekdayRule::Bare(self.announces(i).then_some(Bias::Ahead));
        let (rule, end) = rules
            .iter()
            .find_map(|(p, r)| self.seq(next, p).map(|end| (*r, end)))
            .unwrap_or((bare, next));
        Some((self.part_of_day(end), Spec::Weekday(weekday, rule)))
    }

    /// Whether the few words before token `i`, in its sentence, announce what is to come: a
    /// future ("aura lieu", "se rendra"), "doit", "va", "prévu", "attendu". A bare weekday
    /// after them looks ahead ("Le sommet aura lieu lundi").
    pub(super) fn announces(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i)
            .rev()
            .map(|k| self.w(k))
            .take_while(|w| !matches!(*w, "." | "!" | "?" | ";"))
            .any(|w| {
                (w.len() >= 4 && (w.ends_with("ra") || w.ends_with("ront")))
                    || matches!(
                        w,
                        "doit"
                            | "doivent"
                            | "devrait"
                            | "devraient"
                            | "va"
                            | "vont"
                            | "prevu"
                            | "prevue"
                            | "prevus"
                            | "prevues"
                            | "attendu"
                            | "attendue"
                            | "attendus"
                            | "attendues"
                    )
            })
    }

    // ---- fuzzy parts, seasons, holidays, eras ----

    /// "fin 2019", "début avril", "mi-mars", "fin du mois de mars", "en fin d'année", "au
    /// début de la semaine", "la première quinzaine d'avril", "en semaine".
    pub(super) fn fuzzy(&self, i: usize) -> Read {
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
    pub(super) fn part_target(&self, i: usize, part: Part) -> Read {
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
    pub(super) fn season(&self, i: usize) -> Read {
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
    pub(super) fn holiday(&self, i: usize) -> Read {
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
    pub(super) fn era(&self, i: usize) -> Read {
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
    pub(super) fn roman_ordinal(&self, i: usize) -> Option<u32> {
        let word = self.w(i);
        let stem = ["ieme", "eme", "er", "e"]
            .iter()
            .find_map(|s| word.strip_suffix(s))?;
        tokens::roman(stem)
    }
}
