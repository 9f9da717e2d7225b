//! People by rule: an honorific, a known first name, an initial or a role before a
//! capitalised name ("M. Robinson", "Jürgen Stock", "S. Iswaran", "le procureur Robinson"),
//! and names set beside a role by a comma ("Karl Wendt, secrétaire général d'Interpol").

use crate::gazetteer::Gazetteers;
use crate::mention::EntityType;
use crate::words::{is_acronym, is_capitalised, Words};

use super::{is_initial, name_end, Candidate, LINKS};

/// Whether the word before `at` is an honorific or a first name.
pub(super) fn preceded_by_person_cue(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    at: usize,
) -> bool {
    let index = all_words.partition_point(|w| w.end <= at);
    index > 0 && {
        let word = &text[all_words[index - 1].clone()];
        let folded = &all_words.folded[index - 1];
        gaz.first_names.contains_key(folded) && is_capitalised(word)
            || gaz.titles.get(folded).is_some_and(|t| t.honorific)
    }
}

pub(super) fn by_rule(text: &str, gaz: &Gazetteers, all_words: &Words, out: &mut Vec<Candidate>) {
    let capitalised = |k: usize| is_capitalised(&text[all_words[k].clone()]);
    // The first capitalised word at or after `i`. Every rule below needs one here or among
    // the next three words (a role, then at most two words, then the name): in running text
    // most words fail this at once, before any lexicon is asked.
    let mut next_capital = 0;
    let mut i = 0;
    while i < all_words.len() {
        next_capital = next_capital.max(i);
        while next_capital < all_words.len() && !capitalised(next_capital) {
            next_capital += 1;
        }
        if next_capital > i + 3 {
            i = next_capital - 3;
            continue;
        }
        let word = &text[all_words[i].clone()];
        let folded = &all_words.folded[i];
        let followed_by_dot = text[all_words[i].end..].starts_with('.');
        let title = gaz.titles.get(folded);
        let (name_start, strength) = if title.is_some_and(|t| t.honorific)
            && is_capitalised(word)
            && (followed_by_dot || !matches!(folded, "m" | "mm"))
        {
            // "M. Jagland", "Mme Ballestrazzi": the name starts after the honorific.
            (i + 1, 2)
        } else if is_capitalised(word)
            && is_first_name(gaz, folded)
            && !gaz.stopwords.contains(folded)
        {
            // "Jürgen Stock", "Charles-Albert Cingria": a known first name opens the name.
            (i, 2)
        } else if is_initial(text, &all_words[i]) && !abbreviation(text, all_words, i) {
            // "S. Iswaran", "J.-M. Dupont"; not "N.Farine", a column's abbreviation.
            (i, 2)
        } else if title.is_some_and(|t| !t.honorific || is_rank(word)) && !is_headline(word) {
            // "le procureur Robinson", "le ministre singapourien S. Iswaran", "le général
            // Prim" (a rank written in lower case reads as a role).
            let mut j = i + 1;
            while j < all_words.len()
                && j <= i + 2
                && !is_capitalised(&text[all_words[j].clone()])
                && !LINKS.contains(&&all_words.folded[j])
            {
                j += 1;
            }
            let same_clause = j < all_words.len() && {
                let gap = &text[all_words[i].end..all_words[j].start];
                !gap.contains(|c: char| ".,;:!?()«»\"“”".contains(c))
                    && gap.matches('\n').count() < 2
            };
            if !same_clause {
                i += 1;
                continue;
            }
            // "le député LFI François Ruffin": the party's acronym is not part of the name.
            if j + 1 < all_words.len()
                && is_acronym(&text[all_words[j].clone()])
                && !gaz.stopwords.contains(&all_words.folded[j])
                && is_capitalised(&text[all_words[j + 1].clone()])
            {
                j += 1;
            }
            // The role right before the name says more than a list of places or bodies
            // ("le sommelier Oxford", "la reine Victoria").
            (j, if j == i + 1 { 2 } else { 1 })
        } else {
            i += 1;
            continue;
        };
        // "M. de Moustier", "Mme d'Harcourt": after an honorific, a particle opens the name.
        let particle_first = name_start == i + 1
            && title.is_some_and(|t| t.honorific)
            && is_capitalised(word)
            && matches!(all_words.folded.get(name_start), Some("de" | "d'" | "du"));
        let end = if particle_first {
            let rest = name_end(text, gaz, all_words, name_start + 1);
            if rest > name_start + 1 {
                rest
            } else {
                name_start
            }
        } else {
            name_end(text, gaz, all_words, name_start)
        };
        // A first name alone, or an initial alone, names nobody; nor do initials without
        // a name ("S. M. I.", "C. E. E.": abbreviations, not people).
        let needs_more = name_start == i && strength == 2;
        let named = (name_start..end).any(|k| !is_initial_like(text, &all_words[k]));
        if end > name_start && named && (!needs_more || end > name_start + 1) {
            push(
                text,
                all_words[name_start].start..all_words[end - 1].end,
                strength,
                out,
            );
            i = end;
            // "MM. Bertoni, Micheli et Tissières": a plural honorific opens a list of names.
            if matches!(folded, "mm" | "mmes") {
                i = listed_after(text, gaz, all_words, i, out);
            }
        } else {
            i += 1;
        }
    }
}

/// The names that follow a plural honorific's first one, each after ", " or " et ", up to
/// the end of the list; returns one past the last word taken.
fn listed_after(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    mut at: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    while at < all_words.len() {
        let gap = text[all_words[at - 1].end..all_words[at].start].trim();
        let mut start = at;
        if gap.is_empty() && &all_words.folded[at] == "et" {
            start += 1;
        } else if gap != "," {
            break;
        }
        if start >= all_words.len()
            || (start > at && text[all_words[at].end..all_words[start].start].trim() != "")
        {
            break;
        }
        let end = name_end(text, gaz, all_words, start);
        let named = (start..end).any(|k| !is_initial_like(text, &all_words[k]));
        if end == start || !named {
            break;
        }
        push(text, all_words[start].start..all_words[end - 1].end, 2, out);
        at = end;
    }
    at
}

fn push(text: &str, span: std::ops::Range<usize>, strength: u8, out: &mut Vec<Candidate>) {
    out.push(Candidate::by_rule(EntityType::Per, text, span, strength));
}

/// A first name the lexicon knows, or two joined by a hyphen ("Charles-Albert").
fn is_first_name(gaz: &Gazetteers, folded: &str) -> bool {
    gaz.first_names.contains_key(folded)
        || folded.split_once('-').is_some_and(|(a, b)| {
            gaz.first_names.contains_key(a) && gaz.first_names.contains_key(b)
        })
}

/// A rank or form of address that stands before a name as a role when written in lower
/// case ("le général Prim", "le docteur Roux", "lord Byron"); the short honorifics ("m",
/// "me", "mme", "dr") are other words in lower case.
fn is_rank(word: &str) -> bool {
    !is_capitalised(word) && word.chars().count() >= 4
}

/// Whether the initial at `i` belongs to an abbreviation rather than a name: glued to the
/// next word ("N.Farine") or to the letter before ("A.S. Carcassonnaise", "F.C. Metz"), or
/// standing for a word before a hyphen ("S.-Bernhardt", "N.-Orléans"; "J.-M. Dupont" is two
/// initials).
fn abbreviation(text: &str, all_words: &Words, i: usize) -> bool {
    let after = &text[all_words[i].end + 1..];
    let glued_before = i > 0
        && all_words[i - 1].end + 1 == all_words[i].start
        && text[all_words[i - 1].end..].starts_with('.');
    let hyphen_word = after.starts_with('-')
        && all_words
            .get(i + 1)
            .is_some_and(|next| !is_initial(text, next));
    glued_before || hyphen_word || !after.starts_with([' ', '\n', '-'])
}

/// A role word in capitals of four letters or more ("COMÉDIENNE", "MINISTRE"): a headline,
/// where capitals after it say nothing of a name. "PDG" and "DG" stay roles.
fn is_headline(word: &str) -> bool {
    word.chars().count() >= 4 && word.chars().all(|c| !c.is_lowercase())
}

/// A word of at most two letters that is all capitals: an initial or part of an
/// abbreviation ("S. E.", "T. ES"), too little to name someone.
fn is_initial_like(text: &str, word: &std::ops::Range<usize>) -> bool {
    let body = &text[word.clone()];
    body.chars().count() <= 2 && body.chars().all(char::is_uppercase)
}

/// People named beside a role with no first name the lexicon knows: "Jürgen Stock,
/// secrétaire général d'Interpol", "Marc Kowalczyk, d'Intel", "la présidente d'Interpol,
/// Mireille Ballestrazzi".
pub(super) fn by_apposition(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    out: &mut Vec<Candidate>,
) {
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
                .is_some_and(|next| gaz.titles.contains_key(&format!("{} {next}", &folded[j])))
    };
    let mut i = 0;
    while i < all_words.len() {
        // Most words are not capitalised: the cheapest test first.
        if !is_capitalised(&text[all_words[i].clone()]) || gaz.first_names.contains_key(&folded[i])
        {
            i += 1;
            continue;
        }
        let end = name_end(text, gaz, all_words, i);
        // "sur BFMTV Jordan Bardella, président du RN": an acronym before a first name is
        // a body or a channel, and the name starts after it.
        let acronym_before_name = || {
            is_acronym(&text[all_words[i].clone()])
                && folded
                    .get(i + 1)
                    .is_some_and(|next| gaz.first_names.contains_key(next))
        };
        if end < i + 2 || acronym_before_name() {
            i += 1;
            continue;
        }
        // The name is followed by ", <role>" or ", de <Capitalised>".
        // The role may come after one word ("Karl Wendt, ancien ministre"), the body only
        // right after the comma: "Poste Parisien, Chansons de Delmet" names no one.
        let after_role = gap(end - 1).trim() == ","
            && ((end..(end + 2).min(all_words.len())).any(is_role)
                || end < all_words.len()
                    && matches!(&folded[end], "d'" | "de" | "du")
                    && all_words
                        .get(end + 1)
                        .is_some_and(|w| is_capitalised(&text[w.clone()])));
        // Or it follows "<role …>, ": the role within the six words before the comma.
        let before_role = i > 0
            && gap(i - 1).trim() == ","
            && (i.saturating_sub(6)..i).any(is_role)
            && !gap(end - 1)
                .trim()
                .starts_with(|c: char| c.is_alphanumeric());
        if after_role || before_role {
            push(text, all_words[i].start..all_words[end - 1].end, 2, out);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Names listed beside a person found by other evidence, with ", " or " et " between them,
/// are people too: "Zariategui, Eflio, Torre et Vargas" once "Torre" or another is known,
/// "Poiret, Madeleine Vionnet, Paquin". Only words no other candidate took, never a word that
/// opens a sentence.
pub(super) fn listed_beside(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    out: &mut Vec<Candidate>,
) {
    let taken = |candidates: &[Candidate], span: &std::ops::Range<usize>| {
        candidates
            .iter()
            .any(|c| c.mention.span.start < span.end && span.start < c.mention.span.end)
    };
    let separator = |from: usize, to: usize| {
        let gap = text[from..to].trim();
        gap == "," || gap == "et" || gap == ", et"
    };
    // Words that open a name right after each person, then right before each.
    let mut pending: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.mention.kind == EntityType::Per && c.strength >= 2)
        .map(|c| (c.mention.span.start, c.mention.span.end))
        .collect();
    // Each name added is a word no candidate held before: the walk ends.
    while let Some((start, end)) = pending.pop() {
        // The next name: after ", " or " et ".
        let next = all_words.partition_point(|w| w.start < end);
        let mut j = next;
        if all_words.folded.get(j).is_some_and(|f| f == "et") {
            j += 1;
        }
        if j < all_words.len() && separator(end, all_words[j].start) {
            let name = name_end(text, gaz, all_words, j);
            if name > j && !gaz.first_names.contains_key(&all_words.folded[j]) {
                let span = all_words[j].start..all_words[name - 1].end;
                if !taken(out, &span) {
                    push(text, span.clone(), 1, out);
                    pending.push((span.start, span.end));
                }
            }
        }
        // The name before: "Roosevelt et Churchill" once Churchill is known.
        let here = all_words.partition_point(|w| w.end <= start);
        if here > 0 {
            let last = here - 1;
            let mut first = last;
            while first > 0
                && last - first + 1 < MAX_LIST_NAME
                && is_capitalised(&text[all_words[first - 1].clone()])
                && text[all_words[first - 1].end..all_words[first].start]
                    .trim()
                    .is_empty()
            {
                first -= 1;
            }
            let span = all_words[first].start..all_words[last].end;
            let opens_sentence = text[..span.start]
                .trim_end()
                .ends_with(['.', '!', '?', ':', '«', '"', '\n', '—'])
                || span.start == 0;
            // "le ministre de l'Intérieur, Bernard Cazeneuve": a complement, not a list.
            let complement = first > 0 && LINKS.contains(&&all_words.folded[first - 1]);
            if separator(span.end, start)
                && !opens_sentence
                && !complement
                && name_end(text, gaz, all_words, first) == last + 1
                && !gaz.first_names.contains_key(&all_words.folded[first])
                && !taken(out, &span)
            {
                push(text, span.clone(), 1, out);
                pending.push((span.start, span.end));
            }
        }
    }
}

/// Longest name taken backwards from a list, in words.
const MAX_LIST_NAME: usize = 3;
