//! Organisations by rule: a head word ("Comité", "Forum", "ministère") with its adjectives
//! and complements, for the bodies no list has; and the news agency named in parentheses at
//! the head of a dispatch ("LONDRES, 15 (Havas).", "PARIS (AFP) -").

use crate::gazetteer::Gazetteers;
use crate::mention::EntityType;
use crate::words::{is_capitalised, Words};

use super::{is_name, Candidate, LINKS};

/// Words that join an organisation's head to its complement.
const COMPLEMENT_LINKS: &[&str] = &["de", "d'", "du", "des", "sur", "pour", "contre", "en"];

/// Articles inside an organisation's complement ("de la", "de l'").
const ARTICLES_FOLDED: &[&str] = &["la", "le", "les", "l'"];

/// Endings of French adjectives of the kind that qualify an institution.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "ales", "ien", "ienne", "ais", "aise", "ain", "aine", "ique", "iste", "el",
    "elle", "if", "ive", "aire", "ois", "oise", "enne", "eur", "rice",
];

/// Organisations no list has: a head word ("Comité", "Forum", "ministère") with its
/// adjectives and complements: "Comité de la Convention sur la cybercriminalité", "Forum
/// international de la cybersécurité", "ministère de l'Intérieur", "Parti socialiste".
pub(super) fn by_rule(text: &str, gaz: &Gazetteers, all_words: &Words, out: &mut Vec<Candidate>) {
    let folded = &all_words.folded;
    let joined = |j: usize| {
        all_words.get(j + 1).is_some_and(|next| {
            let gap = &text[all_words[j].end..next.start];
            gap.matches('\n').count() < 2 && gap.chars().all(|c| c.is_whitespace() || c == '-')
        })
    };
    let is_adjective = |j: usize| {
        let word = &folded[j];
        !is_capitalised(&text[all_words[j].clone()])
            && (gaz.demonyms.contains_key(word)
                || ADJECTIVE_ENDINGS
                    .iter()
                    .any(|e| word.len() > e.len() + 2 && word.ends_with(e)))
    };
    let mut i = 0;
    while i < all_words.len() {
        let head = &text[all_words[i].clone()];
        if !(is_capitalised(head) || &folded[i] == "ministere")
            || !gaz.org_heads.contains(&folded[i])
        {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut complements = 0;
        // Adjectives right after the head: "Forum international", "Parti socialiste".
        while end < all_words.len() && end < i + 3 && joined(end - 1) && is_adjective(end) {
            end += 1;
        }
        let adjectives = end - i - 1;
        // A capitalised name right after the head: "Conférence Octopus".
        while end < all_words.len() && joined(end - 1) && is_name(text, gaz, all_words, end) {
            end += 1;
            complements = 1;
        }
        // Complements: "de la Convention", "sur la cybercriminalité", at most two.
        while complements < 2 && end < all_words.len() && joined(end - 1) {
            let mut j = end;
            if !COMPLEMENT_LINKS.contains(&&folded[j]) {
                break;
            }
            j += 1;
            while j < all_words.len() && joined(j - 1) && ARTICLES_FOLDED.contains(&&folded[j]) {
                j += 1;
            }
            if j >= all_words.len() || !joined(j - 1) {
                break;
            }
            if is_name(text, gaz, all_words, j) {
                while j < all_words.len()
                    && is_name(text, gaz, all_words, j)
                    && (j == end || joined(j - 1))
                {
                    j += 1;
                }
            } else if !is_capitalised(&text[all_words[j].clone()]) && !LINKS.contains(&&folded[j]) {
                j += 1; // one common noun: "de la cybersécurité", "des ministres"
            } else {
                break;
            }
            end = j;
            complements += 1;
        }
        let sentence_start = text[..all_words[i].start]
            .trim_end_matches([' ', '\u{a0}'])
            .ends_with(['.', '!', '?', '\n', '"', '«'])
            || all_words[i].start == 0;
        let accepted =
            complements > 0 || (adjectives > 0 && is_capitalised(head) && !sentence_start);
        if accepted {
            let span = all_words[i].start..all_words[end - 1].end;
            out.push(Candidate::by_rule(EntityType::Org, text, span, 1));
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The agency that sent a dispatch, in parentheses after its town and date: "LONDRES, 15
/// (Havas).", "Berne, 3 (ATS)", "PARIS (AFP)". A place listed with the same span wins.
pub(super) fn agencies(text: &str, all_words: &Words, out: &mut Vec<Candidate>) {
    for (j, word) in all_words.iter().enumerate() {
        // Nearly every word: no bracket right before it.
        let Some(before) = text[..word.start].strip_suffix('(').map(str::trim_end) else {
            continue;
        };
        let written = &text[word.clone()];
        let closed = text[word.end..].trim_start_matches('.').starts_with(')');
        let after_dateline = before.ends_with(|c: char| c.is_ascii_digit())
            || j > 0 && {
                let town = &text[all_words[j - 1].clone()];
                before.ends_with(town)
                    && town.chars().count() >= 3
                    && town.chars().all(|c| !c.is_lowercase())
            };
        if after_dateline && closed && is_capitalised(written) && written.chars().count() >= 3 {
            out.push(Candidate::by_rule(EntityType::Org, text, word.clone(), 0));
        }
    }
}
