//! Places by rule, for the towns, hamlets and streets no list can hold: a street word with its
//! name ("rue de la Paix", "boulevard Sébastopol", "place Masséna"), a capitalised name after
//! a preposition or noun of place ("à Quimperlé", "en Carélie", "près d'Alexandrowsk",
//! "canton de Soleure"), and the town in capitals that opens a dispatch ("BREST, 14 mai").

use std::ops::Range;

use crate::gazetteer::Gazetteers;
use crate::mention::EntityType;
use crate::words::{is_capitalised, Words};

use super::classes::{Classes, DE, NOT_LOWER, PLACE_NOUN, STREET};
use super::{count_byte, is_initial, Candidate};

/// Words that open a street's name; the street word is part of the place ("rue de Rivoli").
pub(super) const STREET_WORDS: &[&str] = &[
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "quai",
    "faubourg",
    "impasse",
    "allee",
    "square",
    "place",
    "promenade",
    "ruelle",
    "chaussee",
    "esplanade",
];

/// Words after which "de" introduces a place's name: "canton de Soleure", "près d'Arles",
/// "l'évêque de Vannes", "venant de Lorient".
pub(super) const PLACE_NOUNS: &[&str] = &[
    "ville",
    "commune",
    "canton",
    "departement",
    "district",
    "village",
    "hameau",
    "region",
    "province",
    "arrondissement",
    "environs",
    "pres",
    "diocese",
    "vallee",
    "port",
    "bourg",
    "ile",
    "lac",
    "golfe",
    "principaute",
    "duche",
    "habitant",
    "habitants",
    "originaire",
    "maire",
    "cure",
    "gare",
    "eveque",
    "archeveque",
    "prefet",
    "depute",
    "venant",
    "arrive",
    "arrivee",
    "arrives",
    "parti",
    "partie",
    "retour",
    "revenu",
    "natif",
    "native",
];

/// Articles that belong to a town's name when capitalised ("La Haye", "Le Havre").
const NAME_ARTICLES: &[&str] = &["la", "le", "les", "l'"];

/// Particles inside a place's name ("Palma de Majorque", "Châlons-sur-Marne" is one word).
const PLACE_PARTICLES: &[&str] = &["de", "du", "d'", "des", "sur", "en", "la", "le"];

/// Longest place name taken after a trigger, in words.
const MAX_PLACE_WORDS: usize = 4;

/// Finds streets, places after a preposition or a noun of place, and datelines.
pub(super) fn by_rule(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    // A place's name opens on a capital: most words after "à" and "en" are turned away by it
    // before the verb before them is looked at.
    let capitalised = |k: usize| all_words.capitalised(k);
    // One past the last place found: a word inside it opens none.
    let mut after = 0;
    // Nearly every word is no street word nor noun of place, has no capital after it (for
    // "à" and "en") and opens on a small letter (no dispatch's town): only the others are
    // read, found once for the article.
    for i in classes.of_class_or_before_capital(STREET | PLACE_NOUN | NOT_LOWER) {
        if i < after {
            continue;
        }
        // "à Quimperlé", "en Carélie": the word is read as written only before a capital.
        let before_name = capitalised(i + 1)
            && match &text[all_words[i].clone()] {
                "à" | "À" => !after_dative_verb(all_words, i),
                "en" | "En" => true,
                _ => false,
            };
        let found = if classes.has(i, STREET) && !instead_of(all_words, i) {
            street(text, gaz, all_words, i).map(|end| (i, end))
        } else if before_name || (classes.has(i, PLACE_NOUN) && classes.has(i + 1, DE)) {
            let start = if before_name { i + 1 } else { i + 2 };
            place_name(text, gaz, all_words, start).map(|end| (start, end))
        } else if opens_dispatch(text, gaz, all_words, i) {
            Some((i, i + 1))
        } else {
            None
        };
        match found {
            Some((start, end)) if end > start => {
                let span = all_words[start].start..all_words[end - 1].end;
                out.push(place(text, span));
                after = end;
            }
            _ => {}
        }
    }
}

fn place(text: &str, span: Range<usize>) -> Candidate {
    // A listed name of the same span says better what it is.
    Candidate::by_rule(EntityType::Loc, text, span, 0, "place after its cue")
}

/// Verbs whose complement after "à" is a person ("permettre à", "succéder à", "parler
/// à"), by the start of their folded forms.
const DATIVE_VERBS: &[&str] = &[
    "permet",
    "permi",
    "succed",
    "parl",
    "demand",
    "repond",
    "reproch",
    "telephon",
    "ressembl",
    "apparten",
    "appartien",
    "offr",
    "promet",
    "promi",
    "interdi",
    "conseill",
    "pardonn",
    "souhait",
    "confi",
    "plai",
    "nui",
    "obei",
    "sourir",
    "mentir",
    "menti",
];

/// Whether the word before "à" at `i` is a verb whose complement is a person.
fn after_dative_verb(all_words: &Words, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|j| {
        DATIVE_VERBS
            .iter()
            .any(|v| all_words.folded[j].starts_with(v))
    })
}

/// The forms of "de" before a name: "de", "d'", "du", "des".
pub(super) const DE_WORDS: &[&str] = &["de", "d'", "du", "des"];

fn is_de(folded: &str) -> bool {
    DE_WORDS.contains(&folded)
}

/// "à la place de", "en place": the idiom, not a square.
fn instead_of(all_words: &Words, i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|j| &all_words.folded[j]);
    before(1) == Some("en") || (before(1) == Some("la") && before(2) == Some("a"))
}

/// One past the last word of the street opened at `i`: "rue Saint-Martin", "quai de la
/// Tournelle", "boulevard des Italiens", "place Masséna".
fn street(text: &str, gaz: &Gazetteers, all_words: &Words, i: usize) -> Option<usize> {
    let folded = &all_words.folded;
    let mut j = i + 1;
    if !joined(text, all_words, i) {
        return None;
    }
    // "de la", "de l'", "du", "des", "d'".
    if folded.get(j).is_some_and(is_de) && joined(text, all_words, j) {
        j += 1;
        if folded.get(j).is_some_and(|f| NAME_ARTICLES.contains(&f)) && joined(text, all_words, j) {
            j += 1;
        }
    }
    // "la seconde place de Melchior Mauri" ranks a person; streets named after someone
    // take no "de" ("rue Victor-Hugo").
    if j > i + 1 && folded.get(j).is_some_and(|f| gaz.is_first_name(f)) {
        return None;
    }
    let end = name_words(text, gaz, all_words, j, true);
    (end > j).then_some(end)
}

/// One past the last word of a place's name starting at `start`, or `None` when the words
/// there are no such name (a person, a month, a common word, a demonym).
fn place_name(text: &str, gaz: &Gazetteers, all_words: &Words, start: usize) -> Option<usize> {
    let folded = &all_words.folded;
    all_words.get(start)?;
    if !joined(text, all_words, start.checked_sub(1)?) {
        return None;
    }
    let mut j = start;
    // "à La Haye", "au Havre" is fused and "Le Havre" listed.
    if NAME_ARTICLES.contains(&&folded[j])
        && all_words.capitalised(start)
        && joined(text, all_words, j)
    {
        j += 1;
    }
    let head = all_words.get(j)?;
    let written = &text[head.clone()];
    if !is_capitalised(written) {
        return None; // most words after "à" and "en", decided before any lookup
    }
    if gaz.is_first_name(&folded[j])
        || gaz.demonyms.contains_key(&folded[j])
        || gaz.is_org_head(&folded[j])
        || written.chars().count() < 3
        || camel_case(written)
    {
        return None;
    }
    let end = name_words(text, gaz, all_words, j, false);
    (end > j).then_some(end)
}

/// Capitalised words from `start` (particles inside, never last), at most
/// [`MAX_PLACE_WORDS`]; a street's name may be a person's ("rue Victor-Hugo").
fn name_words(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    start: usize,
    street: bool,
) -> usize {
    let folded = &all_words.folded;
    let mut end = start;
    while end < all_words.len() && end - start < MAX_PLACE_WORDS {
        if end > start && !joined(text, all_words, end - 1) {
            break;
        }
        let word = &text[all_words[end].clone()];
        let f = &folded[end];
        // After an elision inside the name, a title word is part of it ("Pont-l'Abbé").
        let elided = end > start && folded[end - 1].ends_with('\'');
        let name = all_words.capitalised(end)
            && !is_initial(text, &all_words[end])
            && !word.chars().any(|c| c.is_ascii_digit())
            && !gaz.stopwords.contains(f)
            && (elided || !gaz.is_title(f))
            && (street || end == start || !gaz.is_first_name(f));
        let particle =
            end > start && PLACE_PARTICLES.contains(&f) && all_words.capitalised(end + 1);
        if name || particle {
            end += 1;
        } else {
            break;
        }
    }
    while end > start && !all_words.capitalised(end - 1) {
        end -= 1;
    }
    end
}

/// Whether word `j` and the next are separated by spaces only (one line break at most).
fn joined(text: &str, all_words: &Words, j: usize) -> bool {
    all_words.get(j + 1).is_some_and(|next| {
        let gap = &text[all_words[j].end..next.start];
        count_byte(gap, b'\n') < 2 && gap.chars().all(char::is_whitespace)
    })
}

/// A capital right after a small letter ("deiMadrid"): OCR run together, no name to trust;
/// "Haute-Cornouaille" is fine.
fn camel_case(word: &str) -> bool {
    word.chars()
        .zip(word.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

fn is_upper(word: &str) -> bool {
    word.chars().all(|c| !c.is_lowercase())
}

/// A town in capitals at the head of a dispatch, before its date: "BREST, 14 mai",
/// "LONDRES, 3 (Havas)".
fn opens_dispatch(text: &str, gaz: &Gazetteers, all_words: &Words, i: usize) -> bool {
    // The cheapest tests first: a word in capitals opens on no lower-case letter, and most
    // words are followed by no comma or stop and a number.
    if text.as_bytes()[all_words[i].start].is_ascii_lowercase() {
        return false;
    }
    let after = &text[all_words[i].end..];
    let dated = after
        .strip_prefix(',')
        .or_else(|| after.strip_prefix('.'))
        .map(|rest| rest.trim_start_matches([' ', '\u{a0}']))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if !dated {
        return false;
    }
    let word = &text[all_words[i].clone()];
    if word.chars().count() < 3 || !is_upper(word) || !word.chars().any(char::is_alphabetic) {
        return false;
    }
    if gaz.stopwords.contains(&all_words.folded[i]) || gaz.is_title(&all_words.folded[i]) {
        return false;
    }
    let before = text[..all_words[i].start].trim_end_matches([' ', '\u{a0}']);
    before.is_empty()
        || before.ends_with(['.', '!', '?', '\n', '»', '—', ')', '|'])
        || before.ends_with("--")
}
