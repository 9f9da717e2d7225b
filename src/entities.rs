//! Entities: article text (and its folded copy) → PER, ORG and LOC mentions, sorted by start
//! and non-overlapping, none inside an excluded (boilerplate or repeated) region.
//!
//! Two sources meet here. The gazetteer automaton finds listed names on the folded text; word
//! boundaries and capitalisation are then checked on the original, so "tours" and "orange"
//! stay common nouns. Rules find the people no list has: an honorific before a capitalised
//! name ("M. Robinson"), a known first name before one ("Jürgen Stock"), an initial
//! ("S. Iswaran"), a role before a name ("le procureur Robinson"). Where they overlap, the
//! longer span wins, and a rule with a first name or honorific beats a place of the same span.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::fold::{fold_str, Folded};
use crate::gazetteer::{capitals_of, Gazetteers};
use crate::mention::{key_of, EntityType, Mention, Source};
use crate::spans::inside;
use crate::words::{is_acronym, is_capitalised, Words};

/// Lower-case particles that may stand inside a person's name before a capitalised part.
const PARTICLES: &[&str] = &[
    "de", "du", "d'", "d’", "da", "di", "van", "von", "der", "den", "ben", "bin", "el", "al",
];

/// Articles and prepositions: after a role they introduce its complement ("le président du
/// Sénat"), not the person's name.
const LINKS: &[&str] = &[
    "de", "du", "des", "d'", "la", "le", "les", "l'", "a", "au", "aux", "en", "pour", "sur",
];

/// Words that join an organisation's head to its complement.
const COMPLEMENT_LINKS: &[&str] = &["de", "d'", "du", "des", "sur", "pour", "contre", "en"];

/// Articles inside an organisation's complement ("de la", "de l'").
const ARTICLES_FOLDED: &[&str] = &["la", "le", "les", "l'"];

/// Endings of French adjectives of the kind that qualify an institution.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "ales", "ien", "ienne", "ais", "aise", "ain", "aine", "ique", "iste", "el",
    "elle", "if", "ive", "aire", "ois", "oise", "enne", "eur", "rice",
];

/// Longest run of name words a rule takes after its trigger.
const MAX_NAME_WORDS: usize = 4;

#[derive(Debug)]
struct Candidate {
    mention: Mention,
    /// Evidence strength when spans tie: rules with a first name or a title beat lists.
    strength: u8,
}

/// Finds the entity mentions of `text`; `folded` is `fold(text)` and `all_words` its words.
pub fn find(
    text: &str,
    folded: &Folded,
    all_words: &Words,
    gaz: &Gazetteers,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    let mut candidates = Vec::new();
    listed(text, folded, gaz, all_words, &mut candidates);
    people_by_rule(text, gaz, all_words, &mut candidates);
    people_by_apposition(text, gaz, all_words, &mut candidates);
    organisations_by_rule(text, gaz, all_words, &mut candidates);
    candidates.retain(|c| !inside(excluded, &c.mention.span));
    choose(candidates)
}

fn listed(
    text: &str,
    folded: &Folded,
    gaz: &Gazetteers,
    all_words: &Words,
    out: &mut Vec<Candidate>,
) {
    for found in gaz.find_forms(&folded.text) {
        let before = folded.text[..found.span.start].chars().next_back();
        let after = folded.text[found.span.end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let span = folded.original(found.span.clone());
        let written = &text[span.clone()];
        let form = &gaz.forms[found.form];
        if form.acronym {
            if written.chars().any(char::is_lowercase) {
                continue;
            }
        } else if capitals_of(written)
            .iter()
            .zip(&form.capitals)
            .any(|(has, needs)| *needs && !has)
        {
            // A name keeps the capitals it is listed with, so "orange", "Le monde entier" and
            // "les huit pays" stay common words.
            continue;
        }
        if gaz.stopwords.contains(&fold_str(written)) {
            continue;
        }
        let person_context = preceded_by_person_cue(text, gaz, all_words, span.start);
        let entry = form
            .entries
            .iter()
            .map(|&i| &gaz.entries[i])
            .max_by_key(|e| match (e.kind, person_context) {
                (EntityType::Per, true) => 3,
                (EntityType::Loc, false) => 2,
                (EntityType::Org, _) => 1,
                _ => 0,
            });
        let Some(entry) = entry else { continue };
        out.push(Candidate {
            mention: Mention {
                kind: entry.kind,
                span,
                canonical: entry.canonical.clone(),
                key: entry.key.clone(),
                source: Source::Gazetteer,
                value: None,
            },
            // A listed person is the strongest evidence; a listed place or body yields to a
            // rule that saw a first name or a title ("M. Washington").
            strength: if entry.kind == EntityType::Per { 3 } else { 1 },
        });
    }
}

/// Whether the word before `at` is an honorific or a first name.
fn preceded_by_person_cue(text: &str, gaz: &Gazetteers, all_words: &Words, at: usize) -> bool {
    let index = all_words.partition_point(|w| w.end <= at);
    index > 0 && {
        let word = &text[all_words[index - 1].clone()];
        let folded = &all_words.folded[index - 1];
        gaz.first_names.contains_key(folded) && is_capitalised(word)
            || gaz.titles.get(folded).is_some_and(|t| t.honorific)
    }
}

fn people_by_rule(text: &str, gaz: &Gazetteers, all_words: &Words, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < all_words.len() {
        let word = &text[all_words[i].clone()];
        let folded = &all_words.folded[i];
        let followed_by_dot = text[all_words[i].end..].starts_with('.');
        let title = gaz.titles.get(folded);
        let (name_start, strength) = if title.is_some_and(|t| t.honorific)
            && is_capitalised(word)
            && (followed_by_dot || !matches!(folded.as_str(), "m" | "mm"))
        {
            // "M. Jagland", "Mme Ballestrazzi": the name starts after the honorific.
            (i + 1, 2)
        } else if is_capitalised(word)
            && gaz.first_names.contains_key(folded)
            && !gaz.stopwords.contains(folded)
        {
            // "Jürgen Stock": a known first name opens the name.
            (i, 2)
        } else if is_initial(text, &all_words[i]) {
            (i, 2)
        } else if title.is_some_and(|t| !t.honorific) {
            // "le procureur Robinson", "le ministre singapourien S. Iswaran".
            let mut j = i + 1;
            while j < all_words.len()
                && j <= i + 2
                && !is_capitalised(&text[all_words[j].clone()])
                && !LINKS.contains(&all_words.folded[j].as_str())
            {
                j += 1;
            }
            let same_clause = j < all_words.len()
                && !text[all_words[i].end..all_words[j].start]
                    .contains(|c: char| ".,;:!?()«»\"“”\n".contains(c));
            if !same_clause {
                i += 1;
                continue;
            }
            // "le député LFI François Ruffin": the party's acronym is not part of the name.
            if j + 1 < all_words.len()
                && is_acronym(&text[all_words[j].clone()])
                && is_capitalised(&text[all_words[j + 1].clone()])
            {
                j += 1;
            }
            (j, 1)
        } else {
            i += 1;
            continue;
        };
        let end = name_end(text, gaz, all_words, name_start);
        // A first name alone, or an initial alone, names nobody.
        let needs_more = name_start == i && strength == 2;
        if end > name_start && (!needs_more || end > name_start + 1) {
            let span = all_words[name_start].start..all_words[end - 1].end;
            let name = &text[span.clone()];
            out.push(Candidate {
                mention: Mention {
                    kind: EntityType::Per,
                    span,
                    canonical: name.to_string(),
                    key: key_of(name),
                    source: Source::Rule,
                    value: None,
                },
                strength,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// People named beside a role with no first name the lexicon knows: "Jürgen Stock,
/// secrétaire général d'Interpol", "Marc Kowalczyk, d'Intel", "la présidente d'Interpol,
/// Mireille Ballestrazzi".
fn people_by_apposition(text: &str, gaz: &Gazetteers, all_words: &Words, out: &mut Vec<Candidate>) {
    let folded = &all_words.folded;
    let gap = |j: usize| {
        all_words
            .get(j + 1)
            .map_or("", |next| &text[all_words[j].end..next.start])
    };
    let is_role = |j: usize| {
        gaz.titles.get(&folded[j]).is_some_and(|t| !t.honorific)
            || folded
                .get(j + 1)
                .is_some_and(|next| gaz.titles.contains_key(&format!("{} {next}", folded[j])))
    };
    let mut i = 0;
    while i < all_words.len() {
        let end = name_end(text, gaz, all_words, i);
        if end < i + 2 || gaz.first_names.contains_key(&folded[i]) {
            i += 1;
            continue;
        }
        // The name is followed by ", <role>" or ", de <Capitalised>".
        let after_role = gap(end - 1).trim() == ","
            && (end..(end + 2).min(all_words.len())).any(|j| {
                is_role(j)
                    || (matches!(folded[j].as_str(), "d'" | "de" | "du")
                        && all_words
                            .get(j + 1)
                            .is_some_and(|w| is_capitalised(&text[w.clone()])))
            });
        // Or it follows "<role …>, ": the role within the six words before the comma.
        let before_role = i > 0
            && gap(i - 1).trim() == ","
            && (i.saturating_sub(6)..i).any(is_role)
            && !gap(end - 1)
                .trim()
                .starts_with(|c: char| c.is_alphanumeric());
        if after_role || before_role {
            let span = all_words[i].start..all_words[end - 1].end;
            let name = &text[span.clone()];
            out.push(Candidate {
                mention: Mention {
                    kind: EntityType::Per,
                    canonical: name.to_string(),
                    key: key_of(name),
                    span,
                    source: Source::Rule,
                    value: None,
                },
                strength: 2,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Organisations no list has: a head word ("Comité", "Forum", "ministère") with its
/// adjectives and complements: "Comité de la Convention sur la cybercriminalité", "Forum
/// international de la cybersécurité", "ministère de l'Intérieur", "Parti socialiste".
fn organisations_by_rule(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    out: &mut Vec<Candidate>,
) {
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
        if !(is_capitalised(head) || folded[i] == "ministere")
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
            if !COMPLEMENT_LINKS.contains(&folded[j].as_str()) {
                break;
            }
            j += 1;
            while j < all_words.len()
                && joined(j - 1)
                && ARTICLES_FOLDED.contains(&folded[j].as_str())
            {
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
            } else if !is_capitalised(&text[all_words[j].clone()])
                && !LINKS.contains(&folded[j].as_str())
            {
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
            let name = &text[span.clone()];
            out.push(Candidate {
                mention: Mention {
                    kind: EntityType::Org,
                    canonical: name.to_string(),
                    key: key_of(name),
                    span,
                    source: Source::Rule,
                    value: None,
                },
                strength: 1,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A capitalised word that may belong to a name: not a listed common word.
fn is_name(text: &str, gaz: &Gazetteers, all_words: &Words, j: usize) -> bool {
    let word = &text[all_words[j].clone()];
    is_capitalised(word) && !gaz.stopwords.contains(&all_words.folded[j])
}

/// A single capital letter followed by a full stop: "S." in "S. Iswaran", "J" in "J.-M.".
fn is_initial(text: &str, word: &Range<usize>) -> bool {
    let body = &text[word.clone()];
    let mut chars = body.chars();
    let single = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single && text[word.end..].starts_with('.')
}

/// One past the last word of a name starting at `start`: capitalised words, initials and
/// particles before a capitalised word, at most [`MAX_NAME_WORDS`], never crossing a sentence
/// stop, a comma or a title.
fn name_end(text: &str, gaz: &Gazetteers, all_words: &Words, start: usize) -> usize {
    let mut end = start;
    while end < all_words.len() && end - start < MAX_NAME_WORDS {
        let word = &text[all_words[end].clone()];
        let folded = &all_words.folded[end];
        if end > start {
            let gap = &text[all_words[end - 1].end..all_words[end].start];
            // A wrapped line may split a name; a blank line ends it.
            let joined = gap.matches('\n').count() < 2
                && gap
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’'));
            // A full stop may only follow an initial: "S. Iswaran", not "Stock. Puis".
            let gap_ok = joined && (!gap.contains('.') || is_initial(text, &all_words[end - 1]));
            if !gap_ok {
                break;
            }
        }
        let capital = is_capitalised(word)
            && !gaz.stopwords.contains(folded)
            && !gaz.titles.contains_key(folded);
        let particle = || {
            is_particle(word)
                && all_words
                    .get(end + 1)
                    .is_some_and(|next| is_capitalised(&text[next.clone()]))
        };
        if capital || (end > start && particle()) {
            end += 1;
        } else {
            break;
        }
    }
    // Never end on a particle.
    while end > start && !is_capitalised(&text[all_words[end - 1].clone()]) {
        end -= 1;
    }
    end
}

/// Whether `word`, lower-cased, is one of the [`PARTICLES`]. Compared char by char: most
/// words are not, and lower-casing each into a new string cost more than the rest of the rule.
fn is_particle(word: &str) -> bool {
    if word.is_ascii() {
        return PARTICLES.iter().any(|p| word.eq_ignore_ascii_case(p));
    }
    PARTICLES
        .iter()
        .any(|p| word.chars().flat_map(char::to_lowercase).eq(p.chars()))
}

/// Keeps the best non-overlapping candidates: longest first, then strongest, then earliest.
fn choose(mut candidates: Vec<Candidate>) -> Vec<Mention> {
    candidates.sort_by(|a, b| {
        let len = |c: &Candidate| c.mention.span.end - c.mention.span.start;
        len(b)
            .cmp(&len(a))
            .then(b.strength.cmp(&a.strength))
            .then(a.mention.span.start.cmp(&b.mention.span.start))
    });
    // Kept spans by start; they never overlap, so the neighbours of a new span tell all.
    let mut kept: BTreeMap<usize, Mention> = BTreeMap::new();
    for candidate in candidates {
        let span = candidate.mention.span.clone();
        let before_clear = kept
            .range(..span.end)
            .next_back()
            .is_none_or(|(_, k)| k.span.end <= span.start);
        if before_clear {
            kept.insert(span.start, candidate.mention);
        }
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn run(text: &str) -> Vec<(String, &'static str, String)> {
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        find(text, &folded, &Words::new(text, &folded), &gaz, &[])
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.kind.label(), m.canonical))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        run(text)
            .into_iter()
            .map(|(s, t, _)| format!("{t}:{s}"))
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($found:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(spans($text), vec![$($found.to_string()),*] as Vec<String>);
            }
        };
    }

    case!(honorific, "a souligné M. Robinson hier", ["PER:Robinson"]);
    case!(
        honorific_feminine,
        "selon Mme Ballestrazzi.",
        ["PER:Ballestrazzi"]
    );
    case!(
        first_name,
        "Jürgen Stock, secrétaire général",
        ["PER:Jürgen Stock"]
    );
    case!(
        three_words,
        "a plaidé Marta Santos Pais.",
        ["PER:Marta Santos Pais"]
    );
    case!(
        initial,
        "Le ministre singapourien S. Iswaran a annoncé",
        ["PER:S. Iswaran"]
    );
    case!(
        listed_folded,
        "a déclaré Thorbjorn Jagland",
        ["PER:Thorbjorn Jagland"]
    );
    case!(
        listed_place,
        "réunit à Strasbourg 300 participants",
        ["LOC:Strasbourg"]
    );
    case!(lowercase_is_not_a_name, "des retours en france", []);
    case!(word_boundary, "Parisiens et Lillois", []);
    case!(
        party_acronym_before_a_name,
        "le député LFI François Ruffin",
        ["ORG:LFI", "PER:François Ruffin"]
    );
    case!(acronym_case, "le COE et le coe", ["ORG:COE"]);
    case!(
        elided_article,
        "le Conseil de l’Europe",
        ["ORG:Conseil de l’Europe"]
    );
    case!(stopword_alone, "Union et Sur", []);
    case!(lone_first_name, "Bernard est venu.", []);
    case!(
        name_stops_at_blank_line,
        "Avec Guilhem Delteil\n\nDémarchage en ligne",
        ["PER:Guilhem Delteil"]
    );
    case!(
        name_over_wrapped_line,
        "selon Charles\nNydegger, hier",
        ["PER:Charles\nNydegger"]
    );
    case!(
        article_then_lower_case,
        "Les huit pays et les Huit",
        ["ORG:les Huit"]
    );
    case!(
        role_then_complement,
        "le président du Sénat a parlé",
        ["ORG:Sénat"]
    );
    case!(
        apposition_after,
        "Karl Wendt, secrétaire général d'Interpol, a parlé.",
        ["PER:Karl Wendt", "ORG:Interpol"]
    );
    case!(
        apposition_of_organisation,
        "Ainsi, Karl Wendt, d'Intel, a parlé.",
        ["PER:Karl Wendt", "ORG:Intel"]
    );
    case!(
        apposition_before,
        "a dit la présidente d'Interpol, Mira Kovacs.",
        ["ORG:Interpol", "PER:Mira Kovacs"]
    );
    case!(
        organisation_complements,
        "le Comité de la Convention sur la cybercriminalité a dit",
        ["ORG:Comité de la Convention sur la cybercriminalité"]
    );
    case!(
        organisation_common_noun,
        "le Forum international de la cybersécurité est devenu",
        ["ORG:Forum international de la cybersécurité"]
    );
    case!(
        ministry_lower_case,
        "au ministère de l'Intérieur hier",
        ["ORG:ministère de l'Intérieur"]
    );
    case!(
        party_adjective,
        "selon le Parti socialiste et le Conseil approuve",
        ["ORG:Parti socialiste"]
    );
    case!(head_alone_is_nothing, "Le Conseil a voté.", []);

    #[test]
    fn canonical_from_gazetteer() {
        let found = run("a déclaré Thorbjorn Jagland");
        assert_eq!(found[0].2, "Thorbjørn Jagland");
    }

    #[test]
    fn excluded_regions_yield_nothing() {
        let text = "M. Robinson. M. Durand.";
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        let all_words = Words::new(text, &folded);
        let excluded = vec![Range { start: 13, end: 23 }];
        let found = find(text, &folded, &all_words, &gaz, &excluded);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "Robinson");
    }
}
