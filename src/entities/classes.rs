//! Word classes: an article's words → for each, as bits, the small closed word lists the
//! entity rules ask about (street words, kinship nouns, verbs of saying, articles…) and a
//! few facts of its written form. Each word is looked up once, in a table built at compile
//! time, rather than compared by each rule against its lists one string after another.

use crate::words::Words;

use super::{is_particle, LINKS, PARTICLES};

/// A street word ([`super::places::STREET_WORDS`]).
pub(super) const STREET: u16 = 1;
/// A noun after which "de" introduces a place ([`super::places::PLACE_NOUNS`]).
pub(super) const PLACE_NOUN: u16 = 1 << 1;
/// A form of "de" ([`super::places::DE_WORDS`]).
pub(super) const DE: u16 = 1 << 2;
/// A kinship noun ([`super::people::KINSHIP`]).
pub(super) const KIN: u16 = 1 << 3;
/// An article, a possessive or a demonstrative ([`super::people::DETERMINERS`]).
pub(super) const DETERMINER: u16 = 1 << 4;
/// A verb of saying that opens an incise ([`super::people::SPEECH_VERBS`]).
pub(super) const SPEECH_VERB: u16 = 1 << 5;
/// A noun that says a company bears the name after it
/// ([`super::organisations::COMPANY_NOUNS`]).
pub(super) const COMPANY_NOUN: u16 = 1 << 6;
/// One of the [`LINKS`].
pub(super) const LINK: u16 = 1 << 7;
/// A particle that may open a surname said alone ([`super::people::SURNAME_PARTICLES`]).
pub(super) const SURNAME_PARTICLE: u16 = 1 << 8;
/// The word as written is one of the [`PARTICLES`] ([`is_particle`]).
pub(super) const PARTICLE: u16 = 1 << 9;
/// The word as written opens on an ASCII digit.
pub(super) const DIGIT: u16 = 1 << 10;
/// The word as written opens on anything but an ASCII lower-case letter: a capital, a digit,
/// a letter beyond ASCII ("à", "été").
pub(super) const NOT_LOWER: u16 = 1 << 12;
/// The word is capitalised ([`Words::capitalised`]).
pub(super) const CAPITAL: u16 = 1 << 13;
/// A head of an organisation's name written in lower case
/// ([`super::organisations::LOWER_CASE_HEADS`]).
pub(super) const LOWER_CASE_HEAD: u16 = 1 << 14;
/// The unit of an age ([`super::people::AGE_UNITS`]).
pub(super) const AGE_UNIT: u16 = 1 << 15;
/// Folded, one of the [`PARTICLES`]: only such a word may be one as written, since folding
/// a particle lower-cases it and gives its apostrophe as `'`.
const FOLDED_PARTICLE: u16 = 1 << 11;

/// Each list and the bit its words take.
const LISTS: &[(&[&str], u16)] = &[
    (super::places::STREET_WORDS, STREET),
    (super::places::PLACE_NOUNS, PLACE_NOUN),
    (super::places::DE_WORDS, DE),
    (super::people::KINSHIP, KIN),
    (super::people::DETERMINERS, DETERMINER),
    (super::people::SPEECH_VERBS, SPEECH_VERB),
    (super::organisations::COMPANY_NOUNS, COMPANY_NOUN),
    (LINKS, LINK),
    (super::people::SURNAME_PARTICLES, SURNAME_PARTICLE),
    (PARTICLES, FOLDED_PARTICLE),
    (super::organisations::LOWER_CASE_HEADS, LOWER_CASE_HEAD),
    (super::people::AGE_UNITS, AGE_UNIT),
];

/// For each first byte, the lengths of the listed words that open on it (bit `n`: `n`
/// bytes): most words of a text are turned away by it before any hashing.
static FIRST_BYTES: [u16; 256] = {
    let mut table = [0; 256];
    let mut list = 0;
    while list < LISTS.len() {
        let (words, _) = LISTS[list];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty() && word.len() < 16);
            table[word[0] as usize] |= 1 << word.len();
            k += 1;
        }
        list += 1;
    }
    table
};

/// Slots of the table: a power of two, four times the words or more, so that most words no
/// list holds land on an empty slot at once.
const SLOTS: usize = 1024;

/// The listed words by slot ("" for an empty one), open addressing with linear probing.
struct Table {
    words: [&'static str; SLOTS],
    bits: [u16; SLOTS],
}

static TABLE: Table = {
    let mut table = Table {
        words: [""; SLOTS],
        bits: [0; SLOTS],
    };
    let mut list = 0;
    while list < LISTS.len() {
        let (words, bit) = LISTS[list];
        let mut k = 0;
        while k < words.len() {
            let word = words[k];
            let mut slot = slot_of(word.as_bytes());
            while !table.words[slot].is_empty()
                && !same(table.words[slot].as_bytes(), word.as_bytes())
            {
                slot = (slot + 1) % SLOTS;
            }
            table.words[slot] = word;
            table.bits[slot] |= bit;
            k += 1;
        }
        list += 1;
    }
    table
};

/// Where the search for `word` (not empty) starts: a mix of its length and three of its
/// bytes, which sets the few listed words apart.
const fn slot_of(word: &[u8]) -> usize {
    let n = word.len();
    let mix = (n as u32).wrapping_mul(0x9E37_79B9)
        ^ (word[0] as u32).wrapping_mul(0x85EB_CA6B)
        ^ (word[n / 2] as u32).wrapping_mul(0xC2B2_AE35)
        ^ (word[n - 1] as u32).wrapping_mul(0x27D4_EB2F);
    (mix.wrapping_mul(0x9E37_79B9) >> 22) as usize % SLOTS
}

/// Byte equality that compile-time code may call.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// The bits of the lists that hold the folded `word`.
fn listed(word: &str) -> u16 {
    let Some(&first) = word.as_bytes().first() else {
        return 0;
    };
    if word.len() >= 16 || FIRST_BYTES[usize::from(first)] & 1 << word.len() == 0 {
        return 0;
    }
    let mut slot = slot_of(word.as_bytes());
    loop {
        let here = TABLE.words[slot];
        if here.is_empty() {
            return 0;
        }
        // Inline rather than a call to compare memory: the words are a few bytes.
        if same(here.as_bytes(), word.as_bytes()) {
            return TABLE.bits[slot];
        }
        slot = (slot + 1) % SLOTS;
    }
}

/// The classes that few words have, and capitalised words: the rules that act only on such
/// words walk the list of them rather than every word of the article.
const NOTABLE: u16 = STREET
    | PLACE_NOUN
    | KIN
    | SPEECH_VERB
    | COMPANY_NOUN
    | DIGIT
    | CAPITAL
    | LOWER_CASE_HEAD
    | AGE_UNIT
    | NOT_LOWER;

/// The classes of an article's words.
pub(super) struct Classes {
    /// By word index.
    bits: Vec<u16>,
    /// The words with a [`NOTABLE`] class, in order: their indices and classes.
    notable: Vec<(u32, u16)>,
}

impl Classes {
    /// The classes of the words of `text`.
    pub(super) fn of(text: &str, all_words: &Words) -> Classes {
        let bytes = text.as_bytes();
        let mut notable = Vec::new();
        let bits = all_words
            .iter()
            .zip(all_words.folded.iter())
            .enumerate()
            .map(|(i, (span, folded))| {
                let mut bits = listed(folded);
                if all_words.capitalised(i) {
                    bits |= CAPITAL;
                }
                match bytes[span.start] {
                    b'a'..=b'z' => {}
                    b'0'..=b'9' => bits |= DIGIT | NOT_LOWER,
                    _ => bits |= NOT_LOWER,
                }
                // Folded, an ASCII word is the same lower-cased: a folded particle is one as
                // written.
                if bits & FOLDED_PARTICLE != 0 {
                    let written = &text[span.clone()];
                    if written.is_ascii() || is_particle(written) {
                        bits |= PARTICLE;
                    }
                }
                if bits & NOTABLE != 0 {
                    notable.push((i as u32, bits));
                }
                bits
            })
            .collect();
        Classes { bits, notable }
    }

    /// Whether word `i` is of a class in `bit` (one or several); no word past the last one is.
    #[inline]
    pub(super) fn has(&self, i: usize, bit: u16) -> bool {
        self.bits.get(i).is_some_and(|&bits| bits & bit != 0)
    }

    /// The indices of the words of a class in `bit` (of the [`NOTABLE`] ones), in order.
    pub(super) fn of_class(&self, bit: u16) -> impl Iterator<Item = usize> + '_ {
        debug_assert_eq!(bit & !NOTABLE, 0);
        self.notable
            .iter()
            .filter(move |(_, bits)| bits & bit != 0)
            .map(|&(i, _)| i as usize)
    }

    /// The indices of the words of a class in `bit` (of the [`NOTABLE`] ones) and of the
    /// words right before a capitalised word, in order, each once.
    pub(super) fn of_class_or_before_capital(&self, bit: u16) -> impl Iterator<Item = usize> + '_ {
        debug_assert_eq!(bit & !NOTABLE, 0);
        let mut last = None;
        self.notable
            .iter()
            .flat_map(move |&(i, bits)| {
                let i = i as usize;
                let before = (bits & CAPITAL != 0 && i > 0).then(|| i - 1);
                before.into_iter().chain((bits & bit != 0).then_some(i))
            })
            // A word both before a capital and of the class comes twice in a row.
            .filter(move |&k| {
                let new = last.is_none_or(|l| k > l);
                last = Some(k);
                new
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_has_its_bits_and_no_other() {
        for &(words, bit) in LISTS {
            for word in words {
                let expected = LISTS
                    .iter()
                    .filter(|(other, _)| other.contains(word))
                    .fold(0, |bits, (_, b)| bits | b);
                assert_eq!(listed(word), expected, "{word}");
                assert_ne!(listed(word) & bit, 0, "{word}");
            }
        }
    }

    #[test]
    fn other_words_have_none() {
        for word in [
            "",
            "x",
            "maison",
            "Rue",
            "ruee",
            "dite",
            "l",
            "d",
            "arrondissements",
        ] {
            assert_eq!(listed(word), 0, "{word}");
        }
    }
}
