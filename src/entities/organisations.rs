//! Organisations by rule: a head word ("Comité", "Forum", "ministère") with its adjectives
//! and complements, for the bodies no list has; companies named after a noun that says so
//! ("la société Leila Film") or ending in a legal form ("Chrysler Corp", "Faure et Cie"); and
//! the news agency named in parentheses at the head of a dispatch ("LONDRES, 15 (Havas).").

use crate::gazetteer::Gazetteers;
use crate::mention::{EntityType, Source};
use crate::words::{is_capitalised, Words};

use super::classes::{Classes, CAPITAL, COMPANY_NOUN, LINK, LOWER_CASE_HEAD};
use super::{count_byte, is_name, name_end, Candidate};

/// Heads of an organisation's name that may be written in lower case ("le ministère de
/// l'Intérieur"); every other head is capitalised.
pub(super) const LOWER_CASE_HEADS: &[&str] = &["ministere"];

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
pub(super) fn by_rule(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let folded = &all_words.folded;
    let joined = |j: usize| {
        all_words.get(j + 1).is_some_and(|next| {
            let gap = &text[all_words[j].end..next.start];
            count_byte(gap, b'\n') < 2 && gap.chars().all(|c| c.is_whitespace() || c == '-')
        })
    };
    let is_adjective = |j: usize| {
        let word = &folded[j];
        !all_words.capitalised(j)
            && (gaz.demonyms.contains_key(word)
                || ADJECTIVE_ENDINGS
                    .iter()
                    .any(|e| word.len() > e.len() + 2 && word.ends_with(e)))
    };
    // One past the last body found: a head inside it opens none.
    let mut after = 0;
    // The words that may be heads, found once for the article.
    for i in classes.of_class(CAPITAL | LOWER_CASE_HEAD) {
        if i < after || !gaz.is_org_head(&folded[i]) {
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
        while end < all_words.len() && joined(end - 1) && is_name(gaz, all_words, end) {
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
            if is_name(gaz, all_words, j) {
                while j < all_words.len()
                    && is_name(gaz, all_words, j)
                    && (j == end || joined(j - 1))
                {
                    j += 1;
                }
            } else if !all_words.capitalised(j) && !classes.has(j, LINK) {
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
            complements > 0 || (adjectives > 0 && all_words.capitalised(i) && !sentence_start);
        if accepted {
            let span = all_words[i].start..all_words[end - 1].end;
            out.push(Candidate::by_rule(
                EntityType::Org,
                text,
                span,
                1,
                "body's head noun",
            ));
            after = end;
        }
    }
}

/// The agency that sent a dispatch, in parentheses after its town and date: "LONDRES, 15
/// (Havas).", "Berne, 3 (ATS)", "PARIS (AFP)". A place listed with the same span wins.
pub(super) fn agencies(text: &str, all_words: &Words, out: &mut Vec<Candidate>) {
    // The few brackets, found by searching the text rather than asking every word.
    for bracket in memchr::memchr_iter(b'(', text.as_bytes()) {
        let j = all_words.partition_point(|w| w.start <= bracket);
        let Some(word) = all_words.get(j).filter(|w| w.start == bracket + 1) else {
            continue;
        };
        let before = text[..bracket].trim_end();
        let written = &text[word.clone()];
        let closed = text[word.end..].trim_start_matches('.').starts_with(')');
        let after_dateline = before.ends_with(|c: char| c.is_ascii_digit())
            || j > 0 && {
                let town = &text[all_words[j - 1].clone()];
                before.ends_with(town)
                    && town.chars().count() >= 3
                    && town.chars().all(|c| !c.is_lowercase())
                    // "Louis XIV (Dranem)": a king's number, and an actor in his part.
                    && !town.chars().all(|c| "IVXLCDM".contains(c))
            };
        if after_dateline && closed && is_capitalised(written) && written.chars().count() >= 3 {
            out.push(Candidate::by_rule(
                EntityType::Org,
                text,
                word.clone(),
                0,
                "dispatch agency",
            ));
        }
    }
}

/// Lower-case nouns that, right before a name, say that a company, a group or a title bears
/// it: "la société Leila Film", "le groupe Abou Nidal", "le constructeur Renault".
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "societe",
    "groupe",
    "firme",
    "entreprise",
    "compagnie",
    "constructeur",
    "laboratoire",
    "laboratoires",
    "banque",
    "cabinet",
    "holding",
    "enseigne",
    "marque",
    "chaine",
    "journal",
    "quotidien",
    "hebdomadaire",
    "magazine",
];

/// Last words of a company's or a body's name, its legal form or a word of trade no surname
/// ends with: "Chrysler Corp", "Leila Film SA", "General Motors", "Faure et Cie", "Clark Art
/// Institute", "Salomon Brothers", "Japy Frères".
const COMPANY_ENDINGS: &[&str] = &[
    "ag",
    "air",
    "airlines",
    "airways",
    "brothers",
    "cie",
    "co",
    "company",
    "corp",
    "corporation",
    "foundation",
    "freres",
    "gmbh",
    "inc",
    "industries",
    "institute",
    "limited",
    "llc",
    "ltd",
    "motors",
    "plc",
    "sa",
    "sarl",
    "sas",
];

/// Companies: a name right after a noun that says what bears it ("la société Leila Film
/// SA"), and a name a rule took for a person's that ends in a legal form or is followed by
/// one ("Chrysler Corp", "Sébastien Faure et Cie"): the person becomes the company.
pub(super) fn companies(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    candidates: &mut Vec<Candidate>,
) {
    // The nouns, found once for the article.
    for i in classes.of_class(COMPANY_NOUN) {
        let word = &all_words[i];
        if all_words.capitalised(i) {
            continue;
        }
        let start = i + 1;
        let spaced = all_words
            .get(start)
            .is_some_and(|next| text[word.end..next.start].chars().all(char::is_whitespace));
        if !spaced || !is_name(gaz, all_words, start) {
            continue;
        }
        // A listed body keeps its own name and key: "le groupe Sanofi".
        let listed = candidates.iter().any(|c| {
            c.mention.kind == EntityType::Org
                && c.mention.source == Source::Gazetteer
                && c.mention.span.start == all_words[start].start
        });
        let end = with_legal_form(
            text,
            all_words,
            name_end(text, gaz, all_words, classes, start),
        );
        if end > start && !listed {
            let span = all_words[start].start..all_words[end - 1].end;
            candidates.push(Candidate::by_rule(
                EntityType::Org,
                text,
                span,
                3,
                "company noun",
            ));
        }
    }
    for candidate in candidates.iter_mut() {
        let m = &candidate.mention;
        if m.kind != EntityType::Per || m.source != Source::Rule {
            continue;
        }
        let last = all_words.partition_point(|w| w.end < m.span.end);
        if last >= all_words.len() {
            continue;
        }
        let end = with_legal_form(text, all_words, last + 1);
        if end > last + 1 || is_company_ending(all_words, last) {
            let span = m.span.start..all_words[end - 1].end;
            *candidate = Candidate::by_rule(
                EntityType::Org,
                text,
                span,
                candidate.strength,
                "legal form",
            );
        }
    }
}

/// One past the legal form that follows the name ending before word `end` ("SA", "Corp",
/// "& Co", "et Cie"), or `end` when none does.
fn with_legal_form(text: &str, all_words: &Words, end: usize) -> usize {
    if end == 0 || end >= all_words.len() {
        return end;
    }
    let gap = text[all_words[end - 1].end..all_words[end].start].trim();
    let (form, gap_ok) = if &all_words.folded[end] == "et" {
        (end + 1, gap.is_empty())
    } else {
        (end, gap.is_empty() || gap == "&")
    };
    let joined = form == end
        || all_words
            .get(form)
            .is_some_and(|w| text[all_words[end].end..w.start].trim().is_empty());
    // After "et" or "&", the partners may be written in lower case: "Will et comp.",
    // "Durand & Cie".
    let partners = (form > end || gap == "&")
        && all_words
            .folded
            .get(form)
            .is_some_and(|f| matches!(f, "cie" | "comp" | "compagnie"));
    let ending = form < all_words.len() && (partners || is_company_ending(all_words, form));
    if gap_ok && joined && ending {
        form + 1
    } else {
        end
    }
}

/// Whether word `i` is a capitalised [`COMPANY_ENDINGS`] word ("Corp", "SA", "Cie").
fn is_company_ending(all_words: &Words, i: usize) -> bool {
    all_words.capitalised(i) && COMPANY_ENDINGS.contains(&&all_words.folded[i])
}
