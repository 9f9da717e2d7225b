//! Resolution: one name per entity within an article. Takes the entity mentions and returns
//! them with surname-only and titled mentions carrying the full name seen elsewhere in the
//! article ("Stock" → "Jürgen Stock"), plus bare surnames of known people that no rule had
//! caught. [`Referents`] answers the quote stage's questions: who is this descriptor ("le
//! ministre singapourien"), who is this pronoun.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::dates::weekday;
use crate::entities::NAMING_RULES;
use crate::fold::fold_str;
use crate::gazetteer::{Gazetteers, Gender};
use crate::mention::{EntityType, Mention, Source};
use crate::words::{is_acronym, is_capitalised, words, Words};

/// How many words on either side of a person's name may describe them.
const DESCRIPTION_WINDOW: usize = 10;

/// How many mentions back a pronoun or a description may reach.
const LOOK_BACK: usize = 64;

/// Participles that give somebody the role after them: "a été nommée directrice", "est
/// devenu maire".
const APPOINTED: &[&str] = &[
    "nomme", "nommee", "elu", "elue", "reelu", "reelue", "designe", "designee", "devenu",
    "devenue", "promu", "promue",
];

/// Verbs and articles that open a predicate or an apposition before its noun.
const PREDICATE_LINKS: &[&str] = &[
    "est", "etait", "fut", "devient", "sera", "reste", "demeure", "le", "la", "l'", "un", "une",
];

/// Forms of "avoir" before a past participle, as written ("a", not "à").
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut",
];

/// Verbs that open a predicate: "Paul Girard est maire".
const COPULAS: &[&str] = &["est", "etait", "fut", "devient", "sera", "reste", "demeure"];

/// Determiners that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "un", "une", "le", "la", "l'", "les", "des", "du", "son", "sa", "ses", "leur", "ce", "cet",
    "cette",
];

/// Words that open an apposition saying when, where or how somebody spoke rather than who
/// they are, besides the days of the week: adverbs, prepositions, pronouns, and the
/// participles of being asked.
const CIRCUMSTANCES: &[&str] = &[
    "hier",
    "aujourd'hui",
    "demain",
    "ce",
    "cette",
    "lors",
    "selon",
    "de",
    "d'",
    "en",
    "a",
    "au",
    "aux",
    "dans",
    "sur",
    "pour",
    "par",
    "apres",
    "avant",
    "depuis",
    "devant",
    "lui",
    "elle",
    "eux",
    "aussi",
    "egalement",
    "encore",
    "toujours",
    "deja",
    "quant",
    "qui",
    "dont",
    "puis",
    "alors",
    "ensuite",
    "enfin",
    "notamment",
    "surtout",
    "pourtant",
    "cependant",
    "toutefois",
    "donc",
    "ainsi",
    "et",
    "ou",
    "mais",
    "interroge",
    "interrogee",
    "contacte",
    "contactee",
    "joint",
    "jointe",
    "cite",
    "citee",
    "sollicite",
    "sollicitee",
];

/// Nouns that say what somebody did or was on one occasion, not who they are: a person
/// described so may still be taken up by their role.
const PASSING: &[&str] = &[
    "invite",
    "invitee",
    "auteur",
    "autrice",
    "hote",
    "hotesse",
    "vainqueur",
    "vainqueure",
    "laureat",
    "laureate",
];

/// Gives surname-only mentions their full name and finds bare surnames of known people;
/// `all_words` are the words of `text`.
pub fn resolve(
    text: &str,
    all_words: &Words,
    mentions: Vec<Mention>,
    gaz: &Gazetteers,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    let mut mentions = acronyms(text, all_words, mentions, excluded);
    // Surname (folded last word) → the full names that end with it, in text order, with
    // where each is first named.
    let mut full_names: HashMap<String, Vec<(usize, String, String)>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Per) {
        let name_words = words(&m.canonical, 0..m.canonical.len());
        if name_words.len() >= 2 {
            let last = &m.canonical[name_words[name_words.len() - 1].clone()];
            let bearers = full_names.entry(fold_str(last)).or_default();
            if !bearers.iter().any(|(_, _, key)| *key == m.key) {
                bearers.push((m.span.start, m.canonical.clone(), m.key.clone()));
            }
        }
    }
    // Two people of one surname ("Abdou Diouf" and "Sandrine Diouf"): the surname alone
    // names the last one named before it, or the first one if none is yet.
    let bearer = |surname: &str, at: usize| {
        let bearers = full_names.get(surname)?;
        let before = bearers.partition_point(|(start, _, _)| *start < at);
        let (_, canonical, key) = &bearers[before.saturating_sub(1)];
        Some((canonical.clone(), key.clone()))
    };
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Per) {
        let name_words = words(&m.canonical, 0..m.canonical.len());
        if name_words.len() == 1 {
            if let Some((canonical, key)) = bearer(&fold_str(&m.canonical), m.span.start) {
                m.canonical = canonical;
                m.key = key;
                m.source = Source::Resolved;
            }
        }
    }
    surnames_over_places(text, all_words, &mut mentions, gaz, bearer);
    if full_names.is_empty() {
        return mentions;
    }
    add_bare_words(
        text,
        all_words,
        mentions,
        excluded,
        "surname seen before",
        |written, folded, at| {
            // Two letters are an abbreviation ("St. Gall") sooner than a surname.
            if !is_capitalised(written)
                || gaz.stopwords.contains(folded)
                || written.chars().count() < 3
            {
                return None;
            }
            let (canonical, key) = bearer(folded, at)?;
            Some((EntityType::Per, canonical, key))
        },
    )
}

/// Words before a name that keep it a body: articles, determiners and "chez" ("la
/// Renault", "chez Renault").
const BODY_LINKS: &[&str] = &[
    "la", "le", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
    "cette", "notre", "votre", "du", "des", "au", "aux", "chez",
];

/// Words before a name that keep it a place: those and the prepositions of place ("en
/// Hollande", "de Laval", "à Dijon").
const PLACE_LINKS: &[&str] = &[
    "a", "en", "vers", "dans", "de", "d'", "sur", "sous", "depuis", "pres",
];

/// A one-word place or body that the article also gives as a person's surname is that
/// person where it stands as a name of its own: "François Hollande a parlé. Pour Hollande,
/// …", "M. Renault (…) Renault a été condamné, (…) les aveux de Renault". The article must
/// never write it as a place or a body: after an article or a determiner ("la Hollande",
/// "chez Renault"), a place after a preposition of place ("en Hollande", "à Dijon"), or a
/// name after a noun that a determiner opens, unless that noun is a role ("le constructeur
/// Renault", but "son agresseur Renault"). `bearer` gives the full name a surname stands
/// for at an offset.
fn surnames_over_places(
    text: &str,
    all_words: &Words,
    mentions: &mut [Mention],
    gaz: &Gazetteers,
    bearer: impl Fn(&str, usize) -> Option<(String, String)>,
) {
    // Initials alone before a name are weak evidence ("H. C. Lausanne" is a club): a full
    // name counts when a list, a first name or a title found it; a role with words between
    // it and the name does not, as for the surnames named again.
    let role_right_before = |m: &Mention| {
        let at = all_words.partition_point(|w| w.end <= m.span.start);
        at > 0 && gaz.is_title(&all_words.folded[at - 1])
    };
    let named: HashMap<String, (String, String)> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Per && m.rule != "initial")
        .filter_map(|m| {
            let mut name_words = m.canonical.split_whitespace();
            let last = name_words.next_back()?;
            let full = name_words.next().is_some();
            let titled =
                NAMING_RULES.contains(&m.rule) && (m.rule != "role" || role_right_before(m));
            (full || titled).then(|| (fold_str(last), (m.canonical.clone(), m.key.clone())))
        })
        .collect();
    // The one-word places and bodies that bear a person's surname, by index.
    let bearing: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.kind, EntityType::Loc | EntityType::Org))
        .filter_map(|(k, m)| {
            let written = &text[m.span.clone()];
            let one_word = !written.contains(|c: char| !c.is_alphabetic() && c != '-')
                && written.chars().count() >= 3
                && is_capitalised(written)
                && !is_acronym(written);
            let folded = fold_str(written);
            (one_word && named.contains_key(&folded)).then_some((k, folded))
        })
        .collect();
    // A name the article once writes as a place ("à Paris", "l'archevêque de Paris") is the
    // place throughout: the town of "M. Paris" is not his name.
    let places: HashSet<&String> = bearing
        .iter()
        .filter(|(k, _)| {
            let m = &mentions[*k];
            stands_as_place(text, all_words, gaz, m.span.start, m.kind)
        })
        .map(|(_, folded)| folded)
        .collect();
    for (k, folded) in &bearing {
        if places.contains(folded) {
            continue;
        }
        let m = &mut mentions[*k];
        let (canonical, key) =
            bearer(folded, m.span.start).unwrap_or_else(|| named[folded].clone());
        m.kind = EntityType::Per;
        m.canonical = canonical;
        m.key = key;
        m.source = Source::Resolved;
        m.rule = "surname of a person named";
    }
}

/// Whether the words right before `at`, in the same clause, make what starts there a place
/// or a body: see [`surnames_over_places`].
fn stands_as_place(
    text: &str,
    all_words: &Words,
    gaz: &Gazetteers,
    at: usize,
    kind: EntityType,
) -> bool {
    let links = |word: &str| {
        BODY_LINKS.contains(&word) || kind == EntityType::Loc && PLACE_LINKS.contains(&word)
    };
    let i = all_words.partition_point(|w| w.end <= at);
    // Words with nothing but spaces or an elision's apostrophe between them ("d'Athènes",
    // "d' Athènes" as some prints space it).
    let gap = |j: usize| text[all_words[j].end..all_words[j + 1].start].trim();
    let linked = |j: usize| matches!(gap(j), "" | "'" | "’");
    let Some(before) = i.checked_sub(1).filter(|&j| linked(j)) else {
        return false;
    };
    let word = &all_words.folded[before];
    let elided = !gap(before).is_empty() && links(&format!("{word}'"));
    if links(word) || elided {
        return true;
    }
    let noun = !all_words.capitalised(before) && !gaz.is_title(word);
    noun && before
        .checked_sub(1)
        .filter(|&j| linked(j))
        .is_some_and(|j| BODY_LINKS.contains(&&all_words.folded[j]))
}

/// Acronyms defined in parentheses after a name ("Comité de la Convention (T-CY)") take that
/// name, there and wherever else the acronym stands in the article.
fn acronyms(
    text: &str,
    all_words: &Words,
    mentions: Vec<Mention>,
    excluded: &[Range<usize>],
) -> Vec<Mention> {
    let mut defined: HashMap<&str, (String, String, EntityType)> = HashMap::new();
    for m in mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityType::Org | EntityType::Loc))
    {
        let rest = &text[m.span.end..];
        let Some(inner) = rest
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(a, _)| a)
        else {
            continue;
        };
        if is_acronym(inner) {
            defined
                .entry(inner)
                .or_insert_with(|| (m.canonical.clone(), m.key.clone(), m.kind));
        }
    }
    if defined.is_empty() {
        return mentions;
    }
    let rule = "acronym defined before";
    add_bare_words(
        text,
        all_words,
        mentions,
        excluded,
        rule,
        |written, _, _| {
            let (canonical, key, kind) = defined.get(written)?;
            Some((*kind, canonical.clone(), key.clone()))
        },
    )
}

/// Adds a resolved mention for every word outside `mentions` and `excluded` that `name` knows
/// (given the word as written, folded, and where it starts), as `(type, canonical, key)`,
/// found by `rule`; returns all mentions sorted.
fn add_bare_words(
    text: &str,
    all_words: &Words,
    mut mentions: Vec<Mention>,
    excluded: &[Range<usize>],
    rule: &'static str,
    name: impl Fn(&str, &str, usize) -> Option<(EntityType, String, String)>,
) -> Vec<Mention> {
    let mut found = Vec::new();
    // Mentions are sorted and disjoint: one pointer walks them beside the words.
    let mut next = 0;
    for (word, folded) in all_words.spans.iter().zip(all_words.folded.iter()) {
        let word = word.clone();
        while next < mentions.len() && mentions[next].span.end <= word.start {
            next += 1;
        }
        let covered = mentions.get(next).is_some_and(|m| m.span.start < word.end);
        if covered || crate::spans::inside(excluded, &word) {
            continue;
        }
        if let Some((kind, canonical, key)) = name(&text[word.clone()], folded, word.start) {
            found.push(Mention {
                kind,
                span: word,
                canonical,
                key,
                source: Source::Resolved,
                rule,
                value: None,
            });
        }
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// The people and bodies of one article, for naming quote speakers.
pub struct Referents<'a> {
    mentions: &'a [Mention],
    gaz: &'a Gazetteers,
    /// For each person mention (by index in `mentions`): the folded words that describe it,
    /// its clause before it and an apposition or predicate after it, and how many of those
    /// words come before it.
    descriptions: Vec<(usize, Vec<String>, usize)>,
}

impl<'a> Referents<'a> {
    /// `all_words` are the words of the whole text.
    pub fn new(
        text: &str,
        mentions: &'a [Mention],
        sentences: &[Range<usize>],
        all_words: &Words,
        gaz: &'a Gazetteers,
    ) -> Referents<'a> {
        let mut descriptions = Vec::new();
        for (index, m) in mentions.iter().enumerate() {
            if m.kind != EntityType::Per {
                continue;
            }
            let s = sentences.partition_point(|s| s.start <= m.span.start);
            let sentence = match s.checked_sub(1).map(|s| &sentences[s]) {
                Some(sentence) if m.span.end <= sentence.end => sentence,
                _ => continue,
            };
            let at = all_words.partition_point(|w| w.end <= m.span.start);
            let after = all_words.partition_point(|w| w.start < m.span.end);
            let gap = |j: usize| &text[all_words[j - 1].end..all_words[j].start];
            // Before the name, its clause up to the name, across one comma of apposition
            // ("Le maire, Paul Martin"), not two.
            let mut from = at;
            while from > 0 && at - from < DESCRIPTION_WINDOW {
                if from < at && gap(from).contains(',') {
                    break;
                }
                from -= 1;
            }
            // After it, only an apposition ("Paul Martin, maire de Lyon,") or a predicate
            // ("Paul Martin est maire de Lyon"): the object of a verb describes somebody else
            // ("Jean Dupont a rencontré le maire").
            let mut to = after;
            let apposed = after < all_words.len() && gap(after).contains(',');
            let folded = |j: usize| all_words.folded.get(j).unwrap_or("");
            // "Marie Lefèvre a été nommée directrice", "Paul Girard est devenu maire".
            let appointed = |j: usize| APPOINTED.contains(&folded(j));
            let predicate =
                matches!(
                    folded(after),
                    "est" | "etait" | "fut" | "devient" | "sera" | "reste" | "demeure"
                ) || (folded(after) == "a" && folded(after + 1) == "ete" && appointed(after + 2))
                    || (folded(after) == "est" && appointed(after + 1));
            if apposed || predicate {
                to = (after + 1).min(all_words.len());
                while to < all_words.len()
                    && to - after < DESCRIPTION_WINDOW
                    && !gap(to).contains([',', '.', ';', ':', '('])
                {
                    to += 1;
                }
            }
            let in_sentence = |j: &usize| {
                sentence.start <= all_words[*j].start && all_words[*j].end <= sentence.end
            };
            // "a jugé Paul Roux": a participle, whose folded form may be a role ("juge").
            let participle = |j: &usize| {
                *j > 0
                    && AUXILIARIES.contains(&&text[all_words[*j - 1].start..all_words[*j - 1].end])
            };
            let described: Vec<String> = (from..at)
                .chain(after..to)
                .filter(in_sentence)
                .filter(|j| !participle(j))
                .map(|j| all_words.folded[j].to_string())
                .collect();
            let before = (from..at)
                .filter(in_sentence)
                .filter(|j| !participle(j))
                .count();
            descriptions.push((index, described, before));
        }
        Referents {
            mentions,
            gaz,
            descriptions,
        }
    }

    /// The mentions lying wholly inside `range` (mentions are sorted and do not overlap).
    pub fn mentions_in(&self, range: &Range<usize>) -> &'a [Mention] {
        let from = self
            .mentions
            .partition_point(|m| m.span.start < range.start);
        let to = self.mentions.partition_point(|m| m.span.end <= range.end);
        &self.mentions[from..to.max(from)]
    }

    /// The nearest person mentioned before `at` whose first name agrees with `gender`,
    /// looking back at most [`LOOK_BACK`] mentions so that each question costs the same.
    pub fn person_before(&self, at: usize, gender: Gender) -> Option<&'a Mention> {
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|m| m.kind == EntityType::Per)
            .find(|m| gender.agrees(self.gender_of(m)))
    }

    /// The person last described, before `at`, by every content word of `descriptor`
    /// (folded words such as `["ministre", "singapourien"]`); a demonym also matches a
    /// person whose description names its place, by demonym or by the place's own name
    /// ("européen" and "Conseil de l'Europe").
    pub fn described(&self, descriptor: &[String], at: usize) -> Option<&'a Mention> {
        if descriptor.is_empty() {
            return None;
        }
        let before = self
            .descriptions
            .partition_point(|(index, _, _)| self.mentions[*index].span.end <= at);
        self.descriptions[..before]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find(|(_, described, _)| {
                descriptor.iter().all(|word| {
                    described.contains(word)
                        || self.gaz.demonyms.get(word).is_some_and(|place| {
                            described
                                .iter()
                                .any(|d| d == place || self.gaz.demonyms.get(d) == Some(place))
                        })
                })
            })
            .map(|(index, _, _)| &self.mentions[*index])
    }

    /// Whether the article describes `person`, before `at`, as something other than any of
    /// `roles` (folded role words): by another role wherever it describes them, or by an
    /// apposition or predicate that holds none of `roles` ("Paul Girard, habitant du
    /// quartier," is no mayor).
    pub fn described_otherwise(&self, person: &str, roles: &[&String], at: usize) -> bool {
        let is_role = |word: &String| self.gaz.title(word).is_some_and(|t| !t.honorific);
        self.descriptions
            .iter()
            .take_while(|(index, _, _)| self.mentions[*index].span.start < at)
            .filter(|(index, _, _)| self.mentions[*index].canonical == person)
            .any(|(_, described, before)| {
                // "Bruno Le Maire était l'invité de RTL", "Ousmane Dembélé, auteur d'un
                // doublé,": what the person did that day, not who they are.
                let after = &described[*before..];
                let head = after
                    .iter()
                    .find(|w| !PREDICATE_LINKS.contains(&w.as_str()));
                let passing = head.is_some_and(|w| PASSING.contains(&w.as_str()));
                let described = if passing {
                    &described[..*before]
                } else {
                    &described[..]
                };
                let other_role = described.iter().any(|w| is_role(w) && !roles.contains(&w));
                let after = &described[*before..];
                let nominal = match after.first().map(String::as_str) {
                    None => false,
                    // "Kylian Mbappé était radieux": a predicate says who somebody is as a
                    // noun with its article ("est un ancien préfet"); an adjective says how
                    // they were.
                    Some(w) if COPULAS.contains(&w) => after
                        .get(1)
                        .is_some_and(|d| DETERMINERS.contains(&d.as_str())),
                    // "a tonné Marine Le Pen, lundi,", "X, interrogé par franceinfo,": when,
                    // where or how somebody spoke, not who they are.
                    Some(w) => !CIRCUMSTANCES.contains(&w) && weekday(w).is_none(),
                };
                let apposed_otherwise = nominal && !after.iter().any(|w| roles.contains(&w));
                other_role || apposed_otherwise
            })
    }

    /// The gender of a person's first name, when the lexicon knows it.
    pub fn gender_of(&self, mention: &Mention) -> Gender {
        // "Monique, 72 ans,", "Paul et Marie": a first name alone, where a single word
        // elsewhere may be a surname ("Mme Martin").
        if matches!(
            mention.rule,
            "aged" | "first names together" | "first name in apposition"
        ) && !mention.canonical.contains(' ')
        {
            return self
                .gaz
                .first_names
                .get(&fold_str(&mention.canonical))
                .copied()
                .unwrap_or(Gender::Either);
        }
        self.gender_of_name(&mention.canonical)
    }

    /// The gender of the first name of a person's full name `canonical`, when the lexicon
    /// knows it.
    pub fn gender_of_name(&self, canonical: &str) -> Gender {
        let first = canonical.split_whitespace().next().unwrap_or("");
        let words_in = canonical.split_whitespace().count();
        if words_in < 2 {
            return Gender::Either;
        }
        self.gaz
            .first_names
            .get(&fold_str(first))
            .copied()
            .unwrap_or(Gender::Either)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities;
    use crate::fold::fold;
    use crate::segment;

    /// Every mention after resolution, as `type:text=canonical (source)`.
    fn resolved(text: &str) -> Vec<String> {
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        let all_words = Words::new(text, &folded);
        let found = entities::find(text, &folded, &all_words, &gaz, &[]);
        resolve(text, &all_words, found, &gaz, &[])
            .into_iter()
            .map(|m| {
                let source = m.source.label();
                format!(
                    "{}:{}={} ({source})",
                    m.kind.label(),
                    &text[m.span],
                    m.canonical
                )
            })
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($found:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(resolved($text), vec![$($found.to_string()),*] as Vec<String>);
            }
        };
    }

    case!(
        titled_surname_takes_full_name,
        "James Robinson est venu. M. Robinson a parlé.",
        [
            "PER:James Robinson=James Robinson (rule)",
            "PER:Robinson=James Robinson (resolved)"
        ]
    );
    case!(
        bare_surname_is_found_and_named,
        "Jürgen Stock, secrétaire général. Puis Stock a parlé.",
        [
            "PER:Jürgen Stock=Jürgen Stock (gazetteer)",
            "PER:Stock=Jürgen Stock (resolved)"
        ]
    );
    case!(
        full_name_later_in_the_article,
        "M. Robinson a parlé. James Robinson est venu.",
        [
            "PER:Robinson=James Robinson (resolved)",
            "PER:James Robinson=James Robinson (rule)"
        ]
    );
    case!(
        surname_shared_by_nobody_stays,
        "M. Kowalski a parlé.",
        ["PER:Kowalski=Kowalski (rule)"]
    );
    case!(acronym_defined_in_parentheses,
        "Le Comité de la Convention sur la cybercriminalité (T-CY) a siégé. Le T-CY votera.",
        ["ORG:Comité de la Convention sur la cybercriminalité=Comité de la Convention sur la cybercriminalité (rule)",
         "ORG:T-CY=Comité de la Convention sur la cybercriminalité (resolved)",
         "ORG:T-CY=Comité de la Convention sur la cybercriminalité (resolved)"]);
    case!(
        namesakes_take_the_last_one_named,
        "Abdou Diouf a parlé. Diouf a ri. Puis Sandrine Diouf a chanté. Diouf a salué.",
        [
            "PER:Abdou Diouf=Abdou Diouf (rule)",
            "PER:Diouf=Abdou Diouf (resolved)",
            "PER:Sandrine Diouf=Sandrine Diouf (rule)",
            "PER:Diouf=Sandrine Diouf (resolved)"
        ]
    );
    case!(
        place_bearing_a_surname_is_the_person,
        "Georges Dijon, boulanger, a été arrêté hier. Pour Dijon, tout cela est une erreur.",
        [
            "PER:Georges Dijon=Georges Dijon (rule)",
            "PER:Dijon=Georges Dijon (resolved)"
        ]
    );
    case!(
        place_written_as_a_place_stays_one,
        "Georges Dijon est arrivé hier à Dijon. Dijon l'a accueilli.",
        [
            "PER:Georges Dijon=Georges Dijon (rule)",
            "LOC:Dijon=Dijon (gazetteer)",
            "LOC:Dijon=Dijon (gazetteer)"
        ]
    );
    case!(
        place_after_a_spaced_elision_stays_one,
        "Déclarations de Georges Annecy. Le maire d' Annecy a répondu.",
        [
            "PER:Georges Annecy=Georges Annecy (rule)",
            "LOC:Annecy=Annecy (gazetteer)"
        ]
    );
    case!(
        body_bearing_a_titled_surname_is_the_person,
        "Le sieur Renault a été arrêté. Après les aveux de Renault, le jury a délibéré.",
        [
            "PER:Renault=Renault (rule)",
            "PER:Renault=Renault (resolved)"
        ]
    );
    case!(
        body_after_a_determiner_stays_one,
        "Le sieur Renault a été arrêté. Il travaillait chez Renault depuis dix ans.",
        [
            "PER:Renault=Renault (rule)",
            "ORG:Renault=Renault (gazetteer)"
        ]
    );
    case!(
        lower_case_word_is_no_surname,
        "Marie Stock est là. Le stock est plein.",
        ["PER:Marie Stock=Marie Stock (rule)"]
    );

    #[test]
    fn descriptor_finds_the_described_person() {
        let text = "Le ministre singapourien S. Iswaran a parlé. Puis le maire Durand aussi.";
        let gaz = Gazetteers::embedded().unwrap();
        let folded = fold(text);
        let all_words = Words::new(text, &folded);
        let mentions = entities::find(text, &folded, &all_words, &gaz, &[]);
        let sentences = segment::sentences(text, &segment::paragraphs(text));
        let referents = Referents::new(text, &mentions, &sentences, &all_words, &gaz);
        let found = referents.described(&["ministre".into(), "singapourien".into()], text.len());
        assert_eq!(found.map(|m| m.canonical.as_str()), Some("S. Iswaran"));
        let found = referents.described(&["maire".into()], text.len());
        assert_eq!(found.map(|m| m.canonical.as_str()), Some("Durand"));
        assert!(referents.described(&["juge".into()], text.len()).is_none());
        let text = "Jean Dupont, commissaire de l'Europe, a parlé. Puis Paul Girard aussi.";
        let folded = fold(text);
        let all_words = Words::new(text, &folded);
        let mentions = entities::find(text, &folded, &all_words, &gaz, &[]);
        let sentences = segment::sentences(text, &segment::paragraphs(text));
        let referents = Referents::new(text, &mentions, &sentences, &all_words, &gaz);
        let found = referents.described(&["europeen".into()], text.len());
        assert_eq!(found.map(|m| m.canonical.as_str()), Some("Jean Dupont"));
    }
}
