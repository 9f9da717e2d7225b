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

mod calendar;
mod numbers;
mod relative;

use super::resolve::{Bias, Spec, WeekdayRule};
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

/// What a rule reads: where it ends and what it means.
type Read = Option<(usize, Spec)>;

impl<'t, 'a> Grammar<'t, 'a> {
    pub fn new(toks: &'t [Tok<'a>], text: &'a str, folded: &'a Folded) -> Self {
        Grammar { toks, text, folded }
    }

    /// The original text of token `i`.
    fn original(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[self.folded.original(t.start()..t.end())])
    }

    /// Token `i` begins with a capital inside a sentence (not at its start): a name.
    fn capitalized(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let at = self.folded.original(t.start()..t.end()).start;
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
        while let Some(t) = self.toks.get(i) {
            // Most tokens are marks or words no date starts with: passed over here, before
            // anything else is asked of them.
            let tried = match t.kind {
                Kind::Mark => false,
                Kind::Num => true,
                Kind::Word => may_start(t.text) && self.worth_trying_start(i, t.text),
            };
            match tried.then(|| self.read(i)).flatten() {
                Some(found) => {
                    i = found.end;
                    out.push(found);
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest reading of every rule from token `i`.
    fn read(&self, i: usize) -> Option<Found> {
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
    #[cfg(test)]
    fn worth_trying(&self, i: usize) -> bool {
        let word = self.w(i);
        may_start(word) && self.worth_trying_start(i, word)
    }

    /// [`Self::worth_trying`] for `word`, token `i`, known to be one of [`may_start`].
    fn worth_trying_start(&self, i: usize, word: &str) -> bool {
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
            // "dans la journée", "dans la semaine", "dans deux mois"; not "dans la ville".
            "dans" => {
                (next == "la" && matches!(self.w(i + 2), "journee" | "semaine"))
                    || next_is_num
                    || tokens::number_word(next).is_some()
            }
            // "il y a trois jours", "il y a plus d'un an"; not "il y a des".
            "il" => {
                next == "y" && self.w(i + 2) == "a" && {
                    let count = self.hedge(i + 3);
                    self.kind(count) == Some(Kind::Num)
                        || tokens::number_word(self.w(count)).is_some()
                }
            }
            // An open interval, a day after or before today, or (after "depuis") a time
            // since: "après le 3 mars", "avant-hier", "depuis plus d'un an".
            "apres" | "avant" => next == "-" || self.may_open_point(self.opt(i + 1, ARTICLES)),
            "depuis" => {
                self.may_open_point(self.opt(i + 1, ARTICLES))
                    || matches!(
                        next,
                        "plus" | "moins" | "pres" | "environ" | "presque" | "quelque"
                    )
            }
            "jusqu" => {
                next == "'"
                    && matches!(self.w(i + 2), "au" | "a" | "en")
                    && self.may_open_point(self.opt(i + 3, ARTICLES))
            }
            "entre" => self.may_open_point(self.opt(i + 1, &["le"])),
            // "milieu 2019", "milieu de l'année", "milieu du mois"; not "au milieu des".
            "milieu" => {
                next_is_num || matches!(next, "de" | "du" | "d") || tokens::month(next).is_some()
            }
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
            // A word let through by its Roman shape alone ("vie", "ive") reads only as a
            // century: "XIXe siècle".
            _ if !(FirstWords::holds(word) || word.len() > 4 && word.ends_with("ieme")) => {
                matches!(next, "siecle" | "siecles")
            }
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

    /// Whether a point in time ([`Self::point`], or a day alone) may start at token `i`: its
    /// first token is a figure or one of the words such a point opens with. A cheap look that
    /// turns away "après la réunion" before the rules read it.
    fn may_open_point(&self, i: usize) -> bool {
        if self.kind(i) == Some(Kind::Num) {
            return true;
        }
        let word = self.w(i);
        tokens::number_word(word).is_some()
            || tokens::ordinal_word(word).is_some()
            || tokens::month(word).is_some()
            || tokens::weekday(word).is_some()
            || tokens::weekday_abbrev(word).is_some()
            || matches!(
                word,
                "le" | "la"
                    | "l"
                    | "ce"
                    | "cet"
                    | "cette"
                    | "en"
                    | "dans"
                    | "semaine"
                    | "jour"
                    | "noel"
                    | "nouvel"
                    | "toussaint"
                    | "fete"
                    | "saint"
                    | "paques"
                    | "debut"
                    | "fin"
                    | "milieu"
                    | "mi"
                    | "courant"
                    | "premiere"
                    | "deuxieme"
                    | "seconde"
                    | "derniere"
                    | "dernier"
                    | "printemps"
                    | "ete"
                    | "automne"
                    | "hiver"
                    | "aujourd"
                    | "hier"
                    | "avant"
                    | "demain"
                    | "apres"
            )
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
        i > 0 && i < self.toks.len() && self.toks[i].start() == self.toks[i - 1].end()
    }

    /// Reads the words of `pattern` (space-separated tokens) from `i`. Inlined: the rules
    /// call it with literal patterns, whose first letter the compiler then knows.
    #[inline]
    fn seq(&self, i: usize, pattern: &str) -> Option<usize> {
        // Rules try many patterns at each place: most are turned away on the first letter,
        // before the pattern is split.
        if pattern.bytes().next() != self.w(i).bytes().next() {
            return None;
        }
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
}

/// The articles an open interval may take before its point ("après le 3 mars").
const ARTICLES: &[&str] = &["le", "la", "l '"];

/// Words an expression can begin with: most tokens are none of them, and are passed over
/// without trying any rule.
fn may_start(word: &str) -> bool {
    let bytes = word.as_bytes();
    let (first, second, last) = match *bytes {
        [first, second] => (first, second, second),
        [first, second, .., last] => (first, second, last),
        _ => return FirstWords::holds(word),
    };
    // Most words are turned away here, by their ends and length, then their shape; of those
    // that are not first words, only some ending in "e" or "r" may be ordinals.
    let length = FirstWords::length_bit(bytes);
    (FirstWords::ENDS[FirstWords::key(first, last)] & length != 0
        && FirstWords::SHAPES[FirstWords::key(first, second)] & length != 0
        && FirstWords::holds(word))
        || matches!(last, b'e' | b'r')
            && (word.len() > 4 && word.ends_with("ieme")
                || matches!(first, b'x' | b'v' | b'i') && {
                    let stem = word.trim_end_matches(['e', 'm', 'r']);
                    tokens::roman(stem).is_some()
                        || tokens::roman(stem.trim_end_matches('i')).is_some()
                })
}

/// The first words of [`may_start`] (the lexicon's words included), listed once and read two
/// ways: a match, and a table of their shapes that turns away most words in a few steps.
macro_rules! first_words {
    ($($word:literal)|*) => {
        struct FirstWords;

        impl FirstWords {
            const ALL: &[&str] = &[$($word),*];

            fn holds(word: &str) -> bool {
                matches!(word, $($word)|*)
            }
        }
    };
}

first_words!(
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
);

impl FirstWords {
    /// For each shape key, the lengths (bit `n`: `n` bytes, bit 31: 31 or more) of the first
    /// words with that key.
    const SHAPES: [u32; 1024] = Self::shapes(false);

    /// The same for the ends of the words: their first and last bytes. The starts alone let
    /// through frequent words shaped like a first word ("les" like "ler", "ces" like "cet"),
    /// which the ends turn away before the words are compared.
    const ENDS: [u32; 1024] = Self::shapes(true);

    /// The length bits of the first words by their shape key, or by their ends key.
    const fn shapes(ends: bool) -> [u32; 1024] {
        let mut table = [0; 1024];
        let mut i = 0;
        while i < Self::ALL.len() {
            let word = Self::ALL[i].as_bytes();
            let (first, second, last) = match *word {
                [first, second] => (first, second, second),
                [first, second, .., last] => (first, second, last),
                // Words of one letter are compared without the tables.
                _ => (0, 0, 0),
            };
            table[Self::key(first, if ends { last } else { second })] |= Self::length_bit(word);
            i += 1;
        }
        table
    }

    /// The key of two bytes of a word (five bits of each): its first two for the shape, its
    /// first and last for the ends.
    const fn key(first: u8, other: u8) -> usize {
        (first & 31) as usize * 32 + (other & 31) as usize
    }

    const fn length_bit(word: &[u8]) -> u32 {
        1 << if word.len() < 31 { word.len() } else { 31 }
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

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $word:expr, $starts:expr) => {
            #[test]
            fn $name() {
                assert_eq!(may_start($word), $starts);
            }
        };
    }

    case!(article, "le", true);
    case!(month, "septembre", true);
    case!(abbreviation, "sept", true);
    case!(same_shape_longer, "septembres", false);
    case!(same_start_other_length, "les", false);
    case!(common_word, "pour", false);
    case!(ordinal, "vingtieme", true);
    case!(century, "xixe", true);
    case!(roman_shaped_word, "ile", false);
    case!(empty, "", false);
    case!(long_word, "anticonstitutionnellementissimes", false);

    /// The words turned away before the rules would have read nothing from there either.
    #[test]
    fn words_turned_away_read_nothing() {
        let mut texts = vec![
            "Dans la ville, il y a des écoles ; après la réunion et avant le vote, entre les \
             lignes, jusqu'à la fin, au milieu des champs, depuis la gare, une vie calme."
                .to_string(),
            "Dans la semaine, dans deux mois, il y a trois jours, il y a plus d'un an, après \
             le 3 mars, avant-hier, après-demain, depuis plus d'un an, depuis 2015, jusqu'au \
             5 juin, jusqu'en 2020, entre le 13 et le 15 juillet, milieu 2019, au milieu de \
             l'année, le XIXe siècle, avant l'été, après Noël."
                .to_string(),
        ];
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        for entry in std::fs::read_dir(seeds).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for text in &texts {
            let folded = crate::fold::fold(text);
            let toks = tokens::tokenize(&folded.text);
            let grammar = Grammar::new(&toks, text, &folded);
            for (i, tok) in toks.iter().enumerate() {
                if tok.kind == Kind::Word && !grammar.worth_trying(i) {
                    assert_eq!(grammar.read(i), None, "at {:?} in {text:?}", tok.text);
                }
            }
        }
    }

    #[test]
    fn every_first_word_may_start() {
        for word in FirstWords::ALL {
            assert!(may_start(word), "{word}");
        }
    }
}
