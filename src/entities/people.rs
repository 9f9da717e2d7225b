//! People by rule: an honorific, a known first name, an initial or a role before a
//! capitalised name ("M. Robinson", "Jürgen Stock", "S. Iswaran", "le procureur Robinson"),
//! and names set beside a role by a comma ("Karl Wendt, secrétaire général d'Interpol").

use std::ops::Range;

use crate::dates::number_word;
use crate::gazetteer::Gazetteers;
use crate::mention::{EntityType, Source};
use crate::words::{is_acronym, is_capitalised, Words};

use super::classes::{
    Classes, AGE_UNIT, CAPITAL, DETERMINER, DIGIT, KIN, LINK, SPEECH_VERB, STREET, SURNAME_PARTICLE,
};
use super::{
    continues_word, count_byte, is_initial, may_go_on_with_name, name_end, Candidate, LINKS,
};

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
        gaz.is_first_name(folded) && is_capitalised(word)
            || gaz.title(folded).is_some_and(|t| t.honorific)
    }
}

pub(super) fn by_rule(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    // Past the last word, nothing is capitalised: a rule may look one word ahead ("mère de").
    let capitalised = |k: usize| k < all_words.len() && all_words.capitalised(k);
    // The listed places, by start, for the rules that ask whether a span is one.
    let mut listed_places: Vec<Range<usize>> = out
        .iter()
        .filter(|c| c.mention.kind == EntityType::Loc && c.mention.source == Source::Gazetteer)
        .map(|c| c.mention.span.clone())
        .collect();
    listed_places.sort_by_key(|s| (s.start, s.end));
    // The listed bodies' ends, by start: a party between a role and a name is no part of it.
    let mut listed_bodies: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.mention.kind == EntityType::Org && c.mention.source == Source::Gazetteer)
        .map(|c| (c.mention.span.start, c.mention.span.end))
        .collect();
    listed_bodies.sort_unstable();
    let body_at = |start: usize| {
        let k = listed_bodies.partition_point(|b| b.0 < start);
        listed_bodies.get(k).filter(|b| b.0 == start).map(|b| b.1)
    };
    let is_listed_place = |span: &Range<usize>| {
        listed_places
            .binary_search_by_key(&(span.start, span.end), |s| (s.start, s.end))
            .is_ok()
    };
    // The first capitalised word at or after `i`. Every rule below needs one here or among
    // the next three words (a role, then at most two words, then the name): in running text
    // most words fail this at once, before any lexicon is asked.
    let mut capitals = classes.of_class(CAPITAL);
    let mut next_capital = capitals.next().unwrap_or(all_words.len());
    let mut i = 0;
    while i < all_words.len() {
        while next_capital < i {
            next_capital = capitals.next().unwrap_or(all_words.len());
        }
        if next_capital > i + 3 {
            i = next_capital - 3;
            continue;
        }
        let capital = all_words.capitalised(i);
        let folded = &all_words.folded[i];
        let title = gaz.title(folded);
        // A word in lower case opens a rule only as a title, a role or a kinship: most of
        // them are turned away here, before the word is read as written.
        if !capital && title.is_none() && !classes.has(i, KIN) {
            i += 1;
            continue;
        }
        let word = &text[all_words[i].clone()];
        let followed_by_dot = text[all_words[i].end..].starts_with('.');
        let (name_start, strength, rule) = if title.is_some_and(|t| t.honorific)
            && capital
            && (followed_by_dot || !matches!(folded, "m" | "mm"))
            && honorific_stands_alone(text, all_words, i)
        {
            // "M. Jagland", "Mme Ballestrazzi": the name starts after the honorific.
            (i + 1, 2, "honorific")
        } else if capital
            && first_name_at(text, gaz, all_words, i)
            && !gaz.stopwords.contains(folded)
            && !names_a_saint(folded)
            && !place_after_preposition(gaz, all_words, i, &is_listed_place)
        {
            // "Jürgen Stock", "Charles-Albert Cingria": a known first name opens the name.
            (i, 2, "first name")
        } else if !capital
            && classes.has(i, KIN)
            && matches!(all_words.folded.get(i + 1), Some("de" | "d'"))
            && capitalised(i + 2)
        {
            // "le gendre de Laval", "la femme de Gaston": a kinship ties the name to a person,
            // even one spelt like a town or standing alone as a first name.
            (i + 2, 2, "kin")
        } else if !capital
            && matches!(folded, "femme" | "epouse" | "fille" | "fils")
            && i + 1 < all_words.len()
            && capitalised(i + 1)
            && text[all_words[i].end..all_words[i + 1].start]
                .chars()
                .all(|c| c == ' ')
            && !is_listed_place(&all_words[i + 1])
        {
            // "la femme Saugé", "la fille Lorinet", "sa femme Brigitte": the name right after
            // a kinship is the family's or the person's own.
            (i + 1, 2, "kin")
        } else if capital
            // An initial is a char and a full stop: most words are turned away by their length
            // before it is read.
            && all_words[i].len() <= 4
            && is_initial(text, &all_words[i])
            && !abbreviation(text, all_words, i)
        {
            // "S. Iswaran", "J.-M. Dupont"; not "N.Farine", a column's abbreviation.
            (i, 2, "initial")
        } else if title.is_some_and(|t| !t.honorific || is_rank(word)) && !is_headline(word) {
            // "le procureur Robinson", "le ministre singapourien S. Iswaran", "le général
            // Prim" (a rank written in lower case reads as a role).
            let mut j = i + 1;
            while j < all_words.len()
                && j <= i + 2
                && !all_words.capitalised(j)
                && !classes.has(j, LINK)
            {
                j += 1;
            }
            let same_clause = j < all_words.len() && {
                let gap = &text[all_words[i].end..all_words[j].start];
                !gap.contains(|c: char| ".,;:!?()«»\"“”".contains(c)) && count_byte(gap, b'\n') < 2
            };
            if !same_clause {
                i += 1;
                continue;
            }
            // "le député LFI François Ruffin": the party's acronym is not part of the name.
            if j + 1 < all_words.len()
                && is_acronym(&text[all_words[j].clone()])
                && !gaz.stopwords.contains(&all_words.folded[j])
                && all_words.capitalised(j + 1)
            {
                j += 1;
            } else if let Some(after) = body_at(all_words[j].start)
                .map(|end| all_words.partition_point(|w| w.start < end))
                .filter(|&after| {
                    after < all_words.len()
                        && all_words.capitalised(after)
                        && text[all_words[after - 1].end..all_words[after].start]
                            .chars()
                            .all(char::is_whitespace)
                })
            {
                // "le député Renaissance Sacha Houlié": a listed party before the name.
                j = after;
            } else if is_acronym(&text[all_words[j].clone()])
                && all_words.folded[j].chars().count() <= 3
            {
                // "député UNR de la Seine", "le sénateur MRP": a short acronym with no name
                // after it is the party, not a person's name in capitals.
                i += 1;
                continue;
            }
            // The role right before the name says more than a list of places or bodies
            // ("le sommelier Oxford", "la reine Victoria").
            (j, if j == i + 1 { 2 } else { 1 }, "role")
        } else {
            i += 1;
            continue;
        };
        // "M. de Moustier", "Mme d'Harcourt": after an honorific, a particle opens the name.
        let particle_first = name_start == i + 1
            && title.is_some_and(|t| t.honorific)
            && capital
            && matches!(all_words.folded.get(name_start), Some("de" | "d'" | "du"));
        let end = if particle_first {
            let rest = name_end(text, gaz, all_words, classes, name_start + 1);
            if rest > name_start + 1 {
                rest
            } else {
                name_start
            }
        } else {
            name_end(text, gaz, all_words, classes, name_start)
        };
        // A first name alone, or an initial alone, names nobody; nor do initials without
        // a name ("S. M. I.", "C. E. E.": abbreviations, not people).
        let needs_more = name_start == i && strength == 2;
        // A first name cut at a line's end is two words.
        let first_words = 1 + usize::from(continues_word(text, all_words, name_start + 1));
        let named = (name_start..end).any(|k| !is_initial_like(text, &all_words[k]));
        // "le journaliste Américain", "un négociant Genevois": a demonym alone after a role
        // is the role's adjective, which the older press wrote with a capital.
        let demonym = rule == "role"
            && end == name_start + 1
            && gaz.demonyms.contains_key(&all_words.folded[name_start]);
        // "H. C. Chaux-de-Fonds", "S. C. Genève": initials before a listed place are a club's
        // or a society's, not a person's.
        let club = rule == "initial" && {
            (name_start..end)
                .find(|&k| !is_initial_like(text, &all_words[k]))
                .is_some_and(|k| is_listed_place(&(all_words[k].start..all_words[end - 1].end)))
        };
        if club && named {
            let span = all_words[name_start].start..all_words[end - 1].end;
            out.push(Candidate::by_rule(
                EntityType::Org,
                text,
                span,
                strength,
                "initials before a place",
            ));
            i = end;
        } else if end > name_start
            && named
            && !demonym
            && (!needs_more || end > name_start + first_words)
        {
            push(
                text,
                all_words[name_start].start..all_words[end - 1].end,
                strength,
                rule,
                out,
            );
            i = end;
            // "MM. Bertoni, Micheli et Tissières": a plural honorific opens a list of names.
            if matches!(folded, "mm" | "mmes") {
                i = listed_after(text, gaz, all_words, classes, i, out);
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
    classes: &Classes,
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
        let end = name_end(text, gaz, all_words, classes, start);
        let named = (start..end).any(|k| !is_initial_like(text, &all_words[k]));
        if end == start || !named {
            break;
        }
        let span = all_words[start].start..all_words[end - 1].end;
        push(text, span, 2, "plural honorific's list", out);
        at = end;
    }
    at
}

fn push(
    text: &str,
    span: std::ops::Range<usize>,
    strength: u8,
    rule: &'static str,
    out: &mut Vec<Candidate>,
) {
    out.push(Candidate::by_rule(
        EntityType::Per,
        text,
        span,
        strength,
        rule,
    ));
}

/// Whether the honorific at `i` stands before a name as a word of its own: the name follows
/// it with no punctuation between ("M. Dupont", not "M., Palais" nor "M. ; Kôi"), and it is
/// neither the last letter of an abbreviation ("A.P.A.M.") nor part of a compound name
/// ("Pont-l'Abbé").
fn honorific_stands_alone(text: &str, all_words: &Words, i: usize) -> bool {
    // What stands glued before the honorific: "A.P.A." or "Pont-l'".
    let glued = text[..all_words[i].start]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    // One letter then a full stop, after another such: "A.P.A.", not "choses." (a sentence
    // run into the next one by the print).
    let mut last = glued.chars().rev();
    let abbreviation = matches!(
        (last.next(), last.next(), last.next()),
        (Some('.'), Some(c), Some('.')) if c.is_alphabetic()
    );
    let compound = glued.contains('-') && glued.ends_with(['\'', '’']);
    // OCR debris may stand between ("M. < Bayard"), punctuation that parts clauses may not.
    let spaced = all_words.get(i + 1).is_some_and(|next| {
        !text[all_words[i].end..next.start].contains([',', ';', ':', '(', ')', '!', '?'])
    });
    !abbreviation && !compound && spaced
}

/// Whether the first name at `i` is a listed place that a preposition introduces: always
/// after "à" or "en" ("à Nancy Vendredi"), after "de" when a first name or a listed place
/// follows ("le préfet de Lorraine Henri Martin", "le train de Florence Rome"); "la lettre
/// de Nancy Reagan" stays a person.
fn place_after_preposition(
    gaz: &Gazetteers,
    all_words: &Words,
    i: usize,
    is_listed_place: &dyn Fn(&Range<usize>) -> bool,
) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let listed_place = |k: usize| is_listed_place(&all_words[k]);
    let next_is_name = || {
        all_words.capitalised(i + 1)
            && (gaz.is_first_name(&all_words.folded[i + 1]) || listed_place(i + 1))
    };
    match &all_words.folded[before] {
        "a" | "en" | "au" => listed_place(i),
        "de" | "d'" => listed_place(i) && next_is_name(),
        _ => false,
    }
}

/// A kinship noun, folded: after it "de" introduces a person ("le fils de Laval").
pub(super) const KINSHIP: &[&str] = &[
    "fils",
    "fille",
    "gendre",
    "bru",
    "beau-fils",
    "belle-fille",
    "veuve",
    "veuf",
    "femme",
    "epouse",
    "epoux",
    "mari",
    "frere",
    "soeur",
    "pere",
    "mere",
    "beau-pere",
    "belle-mere",
    "beau-frere",
    "belle-soeur",
    "neveu",
    "niece",
    "oncle",
    "tante",
    "cousin",
    "cousine",
    "petit-fils",
    "petite-fille",
    "grand-pere",
    "grand-mere",
];

/// Whether word `i` is a known first name: whole, or cut at a line's end, its pieces at `i`
/// and `i + 1` ("Geor¬\nges"). A word whose rest the next line holds is that longer word.
fn first_name_at(text: &str, gaz: &Gazetteers, all_words: &Words, i: usize) -> bool {
    if continues_word(text, all_words, i + 1) {
        is_first_name(
            gaz,
            &format!("{}{}", &all_words.folded[i], &all_words.folded[i + 1]),
        )
    } else {
        is_first_name(gaz, &all_words.folded[i])
    }
}

/// A saint's name joined by a hyphen ("Sainte-Croix", "St-Jean"): a place or a feast, that
/// no person's name opens.
fn names_a_saint(folded: &str) -> bool {
    split_at_hyphen(folded)
        .is_some_and(|(head, _)| matches!(head, "saint" | "sainte" | "st" | "ste"))
}

/// A first name the lexicon knows, or two joined by a hyphen ("Charles-Albert").
fn is_first_name(gaz: &Gazetteers, folded: &str) -> bool {
    gaz.is_first_name(folded)
        || split_at_hyphen(folded)
            .is_some_and(|(a, b)| gaz.is_first_name(a) && gaz.is_first_name(b))
}

/// A word split at its first hyphen, as [`str::split_once`] would, read byte by byte: a word
/// is a few bytes, which the general search took longer to set out on than to read.
fn split_at_hyphen(word: &str) -> Option<(&str, &str)> {
    let at = word.bytes().position(|b| b == b'-')?;
    Some((&word[..at], &word[at + 1..]))
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
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let folded = &all_words.folded;
    let gap = |j: usize| {
        all_words
            .get(j + 1)
            .map_or("", |next| &text[all_words[j].end..next.start])
    };
    let is_role = |j: usize| {
        gaz.title(&folded[j]).is_some_and(|t| !t.honorific)
            || folded
                .get(j + 1)
                .is_some_and(|next| gaz.is_title(&format!("{} {next}", &folded[j])))
    };
    // One past the last name found: a word inside it opens none.
    let mut after = 0;
    // Only a capitalised word opens a name: those, found once for the article.
    for i in classes.of_class(CAPITAL) {
        // A name of one word is no apposition's: when the next word cannot go on with it,
        // the name is not read at all.
        if i < after
            || !may_go_on_with_name(text, all_words, classes, i + 1)
            || gaz.is_first_name(&folded[i])
        {
            continue;
        }
        let end = name_end(text, gaz, all_words, classes, i);
        // "sur BFMTV Jordan Bardella, président du RN": an acronym before a first name is
        // a body or a channel, and the name starts after it.
        let acronym_before_name = || {
            is_acronym(&text[all_words[i].clone()])
                && folded
                    .get(i + 1)
                    .is_some_and(|next| gaz.is_first_name(next))
        };
        // "la Deutsche Zeitung, de Vienne", "la Banque Renauld, de Nancy": an article
        // introduces a body or a title, not a person.
        let after_article =
            i > 0 && classes.has(i - 1, DETERMINER) && gap(i - 1).chars().all(char::is_whitespace);
        // "Assassinat de Gabriel Morenos": a first name after a particle opens the name, and
        // the rule for first names finds it.
        let first_name_inside = (i + 1..end)
            .any(|k| gaz.is_first_name(&folded[k]) && matches!(&folded[k - 1], "de" | "d'" | "du"));
        if end < i + 2 || acronym_before_name() || after_article || first_name_inside {
            continue;
        }
        // The name is followed by ", <role>" or ", de <Capitalised>".
        // The role may come after one word ("Karl Wendt, ancien ministre"), the body only
        // right after the comma: "Poste Parisien, Chansons de Delmet" names no one.
        let after_role = gap(end - 1).trim() == ","
            && ((end..(end + 2).min(all_words.len())).any(is_role)
                || end < all_words.len()
                    && matches!(&folded[end], "d'" | "de" | "du")
                    && all_words.capitalised(end + 1));
        // Or it follows "<role …>, ": the role within the six words before the comma.
        let before_role = i > 0
            && gap(i - 1).trim() == ","
            && (i.saturating_sub(6)..i).any(is_role)
            && !gap(end - 1)
                .trim()
                .starts_with(|c: char| c.is_alphanumeric());
        if after_role || before_role {
            let span = all_words[i].start..all_words[end - 1].end;
            push(text, span, 2, "apposition", out);
            after = end;
        }
    }
}

/// Articles, possessives and demonstratives: before a capitalised name they introduce a
/// body, a work or a land ("la Deutsche Zeitung", "ses Dominions d'Amérique"), not a person.
pub(super) const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
    "votre", "vos", "ce", "cet", "cette", "ces",
];

/// Names listed beside a person found by other evidence, with ", " or " et " between them,
/// are people too: "Zariategui, Eflio, Torre et Vargas" once "Torre" or another is known,
/// "Poiret, Madeleine Vionnet, Paquin". Only words no other candidate took, never a word that
/// opens a sentence.
pub(super) fn listed_beside(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
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
            let name = name_end(text, gaz, all_words, classes, j);
            // Initials alone ("B. L. S", "T") name nobody.
            let named = (j..name).any(|k| !is_initial_like(text, &all_words[k]));
            if named && !gaz.is_first_name(&all_words.folded[j]) {
                let span = all_words[j].start..all_words[name - 1].end;
                if !taken(out, &span) {
                    push(text, span.clone(), 1, "list after a person", out);
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
                && all_words.capitalised(first - 1)
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
            let complement = first > 0 && classes.has(first - 1, LINK);
            if separator(span.end, start)
                && !opens_sentence
                && !complement
                && name_end(text, gaz, all_words, classes, first) == last + 1
                && !gaz.is_first_name(&all_words.folded[first])
                && !taken(out, &span)
            {
                push(text, span.clone(), 1, "list before a person", out);
                pending.push((span.start, span.end));
            }
        }
    }
}

/// The speaker named in an incise after what he said: "— En effet, dit Mario, …", "Quelle
/// chance ! s'écria van Luyten". The verb comes right after the punctuation that closes the
/// words said, and a name right after the verb; "l'a dit Dupont" and "Hespel, dit Le Grand"
/// (a nickname) are no incise.
pub(super) fn speakers(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let folded = &all_words.folded;
    // The verbs, found once for the article; the first word opens no incise.
    for i in classes.of_class(SPEECH_VERB).filter(|&i| i > 0) {
        // "s'écria": the elided pronoun stands before the verb.
        let opens = if matches!(folded[i - 1].as_ref(), "s'" | "s’")
            && all_words[i - 1].end == all_words[i].start
        {
            i - 1
        } else {
            i
        };
        let before = text[..all_words[opens].start].trim_end_matches([' ', '\u{a0}', '\n']);
        if opens == 0 || !before.ends_with([',', '!', '?', '»', '—']) {
            continue;
        }
        let mut start = i + 1;
        // "dit van Luyten", "reprit de Tréville": a particle opens the name.
        if classes.has(start, SURNAME_PARTICLE) && all_words.capitalised(start + 1) {
            start += 1;
        }
        if start >= all_words.len() || text[all_words[i].end..all_words[i + 1].start].trim() != "" {
            continue;
        }
        let end = name_end(text, gaz, all_words, classes, start);
        if end > start {
            push(
                text,
                all_words[i + 1].start..all_words[end - 1].end,
                2,
                "speaker of an incise",
                out,
            );
        }
    }
}

/// The names of a results table, each after its rank and before its country or team in
/// brackets ("3. Ghinetti (Italie)", "9. L. Jalabert (Fr)"), before its time ("25. Camenzind
/// à 2'43", "82. Dufaux m. t.", same time), or in a run of such entries, one after another
/// ("12. Camenzind. 23. Huser. 28. Dufaux"): a single "1. Suppression" is an item of a list,
/// two ranked names in a row are a table. A name some list holds (a town, a club) is left
/// to it.
pub(super) fn ranked(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let listed: Vec<Range<usize>> = out
        .iter()
        .filter(|c| c.mention.source == Source::Gazetteer)
        .map(|c| c.mention.span.clone())
        .collect();
    // Each ranked name: where its rank starts, its span, whether a bracket or a time follows.
    let mut entries: Vec<(usize, Range<usize>, bool)> = Vec::new();
    // The words that open on a digit, found once for the article; the last word ranks none.
    for k in classes.of_class(DIGIT).filter(|&k| k + 1 < all_words.len()) {
        let rank = &text[all_words[k].clone()];
        if !rank.bytes().all(|b| b.is_ascii_digit()) || rank.len() > 3 {
            continue;
        }
        let gap = &text[all_words[k].end..all_words[k + 1].start];
        if gap.trim() != "." || !gap.starts_with('.') {
            continue;
        }
        let end = name_end(text, gaz, all_words, classes, k + 1);
        if end <= k + 1 {
            continue;
        }
        let span = all_words[k + 1].start..all_words[end - 1].end;
        let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
        // "(Italie)", "(Fr)", "(Esp)": a short capitalised word in brackets.
        let bracket = after
            .strip_prefix('(')
            .and_then(|rest| rest.split_once(')'))
            .is_some_and(|(inside, _)| {
                let inside = inside.trim();
                inside.chars().count() <= 15 && inside.starts_with(char::is_uppercase)
            });
        // "à 2'43", "m. t.": the gap to the winner.
        let time = after
            .strip_prefix("à ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            || after.starts_with("m. t.");
        let named = (k + 1..end).any(|j| !is_initial_like(text, &all_words[j]));
        if named
            && !listed
                .iter()
                .any(|l| l.start < span.end && span.start < l.end)
        {
            entries.push((all_words[k].start, span, bracket || time));
        }
    }
    // Two entries in a row: only a full stop or a comma between a name and the next rank.
    let in_a_row =
        |before: &Range<usize>, rank: usize| matches!(text[before.end..rank].trim(), "." | ",");
    for (n, (rank, span, figures)) in entries.iter().enumerate() {
        let after_one = n > 0 && in_a_row(&entries[n - 1].1, *rank);
        let before_one = entries
            .get(n + 1)
            .is_some_and(|(next, _, _)| in_a_row(span, *next));
        if *figures || after_one || before_one {
            push(text, span.clone(), 2, "ranked name", out);
        }
    }
}

/// A first name alone in apposition to a role or a kinship that opens its clause is a
/// person's, as news names the people it meets: "Son voisin, Karim, n'a rien pu sauver", "La
/// sœur de la victime, Nadia, a pris la parole"; not after a complement ("à la demande de son
/// frère, Victor,"), nor a first name that opens a full name, which the rule for first names
/// finds.
pub(super) fn apposed_first_name(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let bytes = text.as_bytes();
    // Only capitalised words with a word on each side, found once for the article.
    for k in classes
        .of_class(CAPITAL)
        .filter(|&k| k > 0 && k + 1 < all_words.len())
    {
        if bytes[all_words[k - 1].end..all_words[k].start] != *b", "
            || bytes[all_words[k].end] != b','
        {
            continue;
        }
        let before = &all_words.folded[k - 1];
        let role = classes.has(k - 1, KIN) || gaz.title(before).is_some_and(|t| !t.honorific);
        if !role || all_words.capitalised(k - 1) {
            continue;
        }
        // The clause the role heads opens at most six words back, after punctuation.
        let broken = |j: usize| {
            j == 0
                || text[all_words[j - 1].end..all_words[j].start]
                    .contains(|c: char| ",;:.!?()«»\"“”\n".contains(c))
        };
        let opens = (k.saturating_sub(6)..k).rev().find(|&j| broken(j));
        let headed = opens.is_some_and(|j| classes.has(j, DETERMINER));
        let folded = &all_words.folded[k];
        if headed && is_first_name(gaz, folded) && !gaz.stopwords.contains(folded) {
            let span = all_words[k].clone();
            push(text, span, 2, "first name in apposition", out);
        }
    }
}

/// A name in apposition with an age is a person's, as news names the people it meets:
/// "Karim, 45 ans, chauffeur de taxi", "Florence, 52 ans," (a first name alone, even one spelt
/// like a town); not "Aujourd'hui, 20 ans après" nor "Paris, 2000 ans d'histoire".
pub(super) fn aged(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let gap = |j: usize| &text[all_words[j - 1].end..all_words[j].start];
    // The few words "ans", found once for the article; only in lower case.
    for k in classes.of_class(AGE_UNIT) {
        if k < 2 || &text[all_words[k].clone()] != "ans" {
            continue;
        }
        let age = &all_words.folded[k - 1];
        let is_age = (age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()))
            || number_word(age).is_some_and(|n| n < 120);
        // The apposition closes after the age: "45 ans, chauffeur", "12 ans."
        let next = all_words.get(k + 1).map_or(text.len(), |w| w.start);
        let rest = text[all_words[k].end..next].trim_start();
        let closed =
            rest.starts_with([',', '.', ')', ';']) || next == text.len() && rest.is_empty();
        if !is_age || gap(k - 1).trim() != "," || !closed {
            continue;
        }
        let last = k - 2;
        let name = |j: usize| {
            let word = &text[all_words[j].clone()];
            all_words.capitalised(j)
                && !word.contains(|c: char| c.is_ascii_digit())
                && !gaz.stopwords.contains(&all_words.folded[j])
                && !gaz.is_title(&all_words.folded[j])
        };
        if !name(last) {
            continue;
        }
        let mut first = last;
        while first > 0 && last - first < 3 && name(first - 1) && gap(first).trim().is_empty() {
            first -= 1;
        }
        if first == last && !is_first_name(gaz, &all_words.folded[last]) {
            continue;
        }
        let span = all_words[first].start..all_words[last].end;
        push(text, span, 2, "aged", out);
    }
}

/// The unit of an age, folded.
pub(super) const AGE_UNITS: &[&str] = &["ans"];

/// Verbs of saying that open an incise, in the past and present tenses, folded.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "dit",
    "repondit",
    "ecria",
    "ecrie",
    "exclama",
    "exclame",
    "demanda",
    "ajouta",
    "reprit",
    "murmura",
    "repliqua",
    "poursuivit",
    "interrompit",
    "soupira",
    "cria",
    "observa",
    "objecta",
];

/// "van", "de", "d'", "du", "von": a particle that may open a surname said alone.
pub(super) const SURNAME_PARTICLES: &[&str] = &["van", "von", "de", "d'", "du"];

/// Two first names joined by ", " or " et " name two people, even when one of them is also
/// a town's or a country's name: "Maurice et Charlot montent", "Nadia, Florence et Karim".
/// One of the two must be no listed place ("Nancy et Florence" are towns), and a saint's
/// name stays a church's or a feast's ("les saints Pierre et Paul").
pub(super) fn first_names_together(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    out: &mut Vec<Candidate>,
) {
    let listed_place = |span: &Range<usize>| {
        out.iter().any(|c| {
            c.mention.kind == EntityType::Loc
                && c.mention.source == Source::Gazetteer
                && c.mention.span == *span
        })
    };
    let first_name = |k: usize| {
        all_words.capitalised(k)
            && text[all_words[k].clone()].chars().any(char::is_lowercase)
            && is_first_name(gaz, &all_words.folded[k])
            && !gaz.stopwords.contains(&all_words.folded[k])
    };
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    // Only capitalised words, found once for the article; nearly every one is followed by
    // no comma nor "et".
    for a in classes.of_class(CAPITAL) {
        let comma = all_words
            .get(a + 1)
            .is_some_and(|next| bytes[all_words[a].end..next.start].contains(&b','));
        if !comma && all_words.folded.get(a + 1).is_none_or(|f| f != "et") {
            continue;
        }
        if !first_name(a) {
            continue;
        }
        // The next word, after "," or "et" or ", et".
        let mut b = a + 1;
        if all_words.folded.get(b).is_some_and(|f| f == "et") {
            b += 1;
        }
        let Some(next) = all_words.get(b) else {
            continue;
        };
        let gap = text[all_words[a].end..next.start].trim();
        let joined = matches!(gap, "," | "et" | ", et");
        let saints = a > 0 && all_words.folded[a - 1].starts_with("saint");
        // A list that opened on another kind of name is a list of things: "les lignes
        // Maginot, Albert et Siegfried".
        let mixed = a > 0
            && text[all_words[a - 1].end..all_words[a].start].trim() == ","
            && all_words.capitalised(a - 1)
            && !first_name(a - 1);
        // Each name stands alone: "Maurice et Pierre Dupont" leaves "Pierre Dupont" to the
        // rule for first names.
        let alone = |k: usize| !all_words.capitalised(k + 1) || k + 1 == b;
        if joined
            && !saints
            && !mixed
            && first_name(b)
            && alone(a)
            && alone(b)
            && !(listed_place(&all_words[a]) && listed_place(&all_words[b]))
        {
            found.push(a);
            found.push(b);
        }
    }
    found.dedup();
    for k in found {
        push(text, all_words[k].clone(), 2, "first names together", out);
    }
}

/// Longest name taken backwards from a list, in words.
const MAX_LIST_NAME: usize = 3;

/// Lower-case nouns of things that are often named after someone: right before a person's
/// name they make it the name of a school, a hall, a ship or a prize ("le lycée Victor
/// Duruy", "le paquebot Jean Bart", "GALERIE PAUL VALLOTTON"), not a mention of the person.
/// Streets are places' business, companies organisations'.
fn names_a_thing(folded: &str) -> bool {
    matches!(
        folded,
        "lycee"
            | "college"
            | "ecole"
            | "stade"
            | "hopital"
            | "hospice"
            | "clinique"
            | "musee"
            | "galerie"
            | "theatre"
            | "cinema"
            | "salle"
            | "hotel"
            | "cafe"
            | "restaurant"
            | "pavillon"
            | "gare"
            | "caserne"
            | "prix"
            | "coupe"
            | "trophee"
            | "paquebot"
            | "navire"
            | "vapeur"
            | "steamer"
            | "cuirasse"
            | "croiseur"
            | "torpilleur"
            | "aviso"
            | "bateau"
            | "yacht"
            | "dirigeable"
    )
}

/// English words of buildings and grounds that end a place's name after a first name
/// ("Victoria Hall", "Albert Park", "Madison Square Garden").
fn names_a_building(folded: &str) -> bool {
    matches!(
        folded,
        "hall"
            | "palace"
            | "park"
            | "square"
            | "garden"
            | "gardens"
            | "building"
            | "center"
            | "stadium"
            | "street"
            | "road"
            | "station"
            | "bridge"
            | "arena"
    )
}

/// Drops the people that are something else by where they stand: after a noun of a thing
/// named after someone ("le lycée Victor Duruy", see [`names_a_thing`]), before an English
/// word of a building ("Victoria Hall", see [`names_a_building`]), after a common word
/// in capitals in a heading or a caption ("INJECTION PIERRE DIVINE", "(ARCHIVES CHRISTIAN
/// GALLEY)"), or right after a time of day in a list of shows ("AMBIGU. — 8 h. 30 : Mlle
/// Josette", "SCALA, 8.30, Louis XIV"): the title of a play.
pub(super) fn drop_things(
    text: &str,
    gaz: &Gazetteers,
    all_words: &Words,
    classes: &Classes,
    candidates: &mut Vec<Candidate>,
) {
    // The people's spans by start, to ask whether a word is in one.
    let mut people: Vec<Range<usize>> = candidates
        .iter()
        .filter(|c| c.mention.kind == EntityType::Per)
        .map(|c| c.mention.span.clone())
        .collect();
    people.sort_by_key(|s| s.start);
    // Spans may overlap: the longest end among the spans that start before each one.
    let mut reach = Vec::with_capacity(people.len());
    let mut furthest = 0;
    for span in &people {
        furthest = furthest.max(span.end);
        reach.push(furthest);
    }
    let person_at = |word: &Range<usize>| {
        let before = people.partition_point(|s| s.start < word.end);
        before > 0 && reach[before - 1] > word.start
    };
    let mut dropped = Vec::new();
    for (n, c) in candidates.iter().enumerate() {
        if c.mention.kind != EntityType::Per {
            continue;
        }
        let first = all_words.partition_point(|w| w.end <= c.mention.span.start);
        if first >= all_words.len() {
            continue;
        }
        // The time may stand before an honorific: "8 h. 30 : Mlle Josette".
        let titled = first > 0 && gaz.is_title(&all_words.folded[first - 1]);
        let opening = if titled {
            all_words[first - 1].start
        } else {
            c.mention.span.start
        };
        // "Bd Haussmann", "Lycée Condorcet": the name opens with a street or a thing.
        let thing = classes.has(first, STREET) || names_a_thing(&all_words.folded[first]);
        // "Victoria Hall", "Albert Park": a first name before an English word of a building
        // or a ground names the place.
        let last = all_words.partition_point(|w| w.start < c.mention.span.end) - 1;
        let building = last > first && names_a_building(&all_words.folded[last]);
        // « Joe Williams », “Mary Dugan”: a name alone between quotes is a work's title.
        let quoted = text[..opening].trim_end().ends_with(['«', '“'])
            && text[c.mention.span.end..]
                .trim_start()
                .starts_with(['»', '”']);
        // "Franco Canadien .... 5190": leader dots after a name lead to its figures in a
        // table of prices.
        // An ellipsis after a name ("SERGE JAROFF...Concert") leads to no figure.
        let after = text[c.mention.span.end..].trim_start();
        let leaders = after.starts_with("..")
            && after
                .trim_start_matches(['.', ' '])
                .starts_with(|c: char| c.is_ascii_digit());
        if thing
            || building
            || quoted
            || leaders
            || after_showtime(&text[..c.mention.span.start])
            || after_showtime(&text[..opening])
        {
            dropped.push(n);
            continue;
        }
        let Some(before) = first.checked_sub(1) else {
            continue;
        };
        let spaced = text[all_words[before].end..all_words[first].start]
            .chars()
            .all(|c| c == ' ');
        if !spaced {
            continue;
        }
        let word = &text[all_words[before].clone()];
        let folded = &all_words.folded[before];
        let name = &text[all_words[first].clone()];
        // A word in capitals written in full, before a name in capitals that is more than
        // an initial ("Col EMG G. de Loës" is a rank).
        let heading = is_upper(word)
            && is_upper(name)
            && name.chars().count() >= 2
            && word.chars().count() >= 4
            && !gaz.is_title(folded)
            && !gaz.is_first_name(folded)
            && !LINKS.contains(&folded)
            && !is_function_word(folded)
            && !person_at(&all_words[before]);
        if names_a_thing(folded) || heading {
            dropped.push(n);
        }
    }
    let mut n = 0;
    let mut dropped = dropped.into_iter().peekable();
    candidates.retain(|_| {
        let drop = dropped.next_if_eq(&n).is_some();
        n += 1;
        !drop
    });
}

/// Prepositions and conjunctions of four letters or more, that may stand before a name in
/// a heading in capitals ("AVEC JEAN JAURÈS", "SELON PAUL REYNAUD").
fn is_function_word(folded: &str) -> bool {
    matches!(
        folded,
        "avec"
            | "pour"
            | "chez"
            | "selon"
            | "sans"
            | "entre"
            | "contre"
            | "dans"
            | "sous"
            | "vers"
            | "apres"
            | "avant"
            | "depuis"
            | "mais"
            | "donc"
            | "comme"
            | "quand"
            | "lorsque"
            | "aupres"
            | "devant"
            | "derriere"
    )
}

/// A word of letters all in capitals.
fn is_upper(word: &str) -> bool {
    word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && word.chars().any(char::is_uppercase)
}

/// Whether `before` ends with a time of day, and maybe a colon, a comma or a full stop, that
/// does not follow a preposition: "8 h. 45 :", "9 h,", "20 h 30.", "8.45,"; not "à 20 h,".
fn after_showtime(before: &str) -> bool {
    let s = before.trim_end();
    let s = s.strip_suffix([':', ',', '.']).map_or(s, str::trim_end);
    let minutes = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let minute_digits = s.len() - minutes.len();
    let rest = minutes.trim_end_matches([' ', '.', '\u{a0}']);
    let (rest, hour_mark) = match rest.strip_suffix('h') {
        Some(r) => (r.trim_end(), true),
        None => (rest, false),
    };
    // "8.45": hours and minutes with a full stop and nothing else between them.
    let dotted = !hour_mark
        && minute_digits == 2
        && minutes.ends_with('.')
        && rest.len() + 1 == minutes.len();
    if minute_digits > 2 || (!hour_mark && !dotted) {
        return false;
    }
    let hours = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let hour_digits = rest.len() - hours.len();
    let word_before = hours
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic() && c != '\'')
        .next()
        .unwrap_or("")
        .to_lowercase();
    (1..=2).contains(&hour_digits)
        && !hours.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',')
        && !matches!(
            word_before.as_str(),
            "à" | "a" | "vers" | "dès" | "de" | "et" | "avant" | "après" | "jusqu'à" | "entre"
        )
}
