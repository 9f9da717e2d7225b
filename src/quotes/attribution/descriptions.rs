//! Descriptions: a noun phrase naming somebody by what they are ("le ministre singapourien",
//! "le groupe") → where it ends, and the person or body it takes up.

use crate::dates::number_word;
use crate::gazetteer::Gender;
use crate::mention::{EntityType, Mention};
use crate::quotes::{Speaker, SpeakerKind, Via};
use crate::words::is_capitalised;

use super::lexicon::{
    is_determiner, office_names, ADJECTIVE_ENDINGS, BODIES, DESCRIPTION_STOPS, GENERIC_ROLES,
    HYPERNYM_ROLES, LINKS, NEWLY, OFFICE_LOOK_BACK, OTHERS, PARTITIVES, TAKEN_UP_BODIES,
};
use super::Reader;

impl<'a> Reader<'a> {
    /// The gender of a definite role whose determiner is word `k` and whose title words are
    /// `titles`; `None` for a role that is not definite ("un élu" is somebody new).
    pub(super) fn role_gender(&self, k: usize, titles: &[&String]) -> Option<Gender> {
        Some(match &self.folded[k] {
            "le" | "ce" | "cet" => Gender::Masculine,
            "la" | "cette" => Gender::Feminine,
            // "l'élue": the title says what the article does not.
            "l'" => titles
                .iter()
                .map(|w| self.gaz.titles[*w].gender)
                .find(|g| *g != Gender::Either)
                .unwrap_or(Gender::Either),
            _ => return None,
        })
    }

    /// Whether the noun after the determiner at word `k` names a body that speaks through
    /// statements ("la direction", "le gouvernement", "la chaîne").
    pub(super) fn body(&self, k: usize) -> bool {
        self.folded
            .get(k + 1)
            .is_some_and(|noun| self.gaz.is_org_head(noun) || BODIES.contains(&noun))
    }

    /// One past the last word of a description starting at word `k`.
    pub(super) fn description_end(&self, k: usize, end: usize) -> usize {
        let mut j = k + 1;
        while j < end {
            let gap = &self.text[self.words[j - 1].end..self.words[j].start];
            // "le joueur quelques heures après": a time after the noun, not "les quelques mots";
            // "(des urgentistes) est clair": the verb, not the compass point "l'Est".
            let time = j > k + 1 && &self.folded[j] == "quelques";
            let verb = matches!(
                &self.folded[j],
                "est" | "sont" | "etait" | "etaient" | "ont" | "s'" | "se" | "ne" | "n'"
            ) && self.text[self.words[j].clone()].starts_with(char::is_lowercase);
            if gap.contains([',', '.', '(', ')'])
                || DESCRIPTION_STOPS.contains(&&self.folded[j])
                || time
                || verb
            {
                break;
            }
            // "de l'Intérieur", "de la République", "de la victime": a complement naming a
            // body, a place or one thing ends the description, and belongs to it.
            if matches!(&self.folded[j], "de" | "du" | "des" | "d'") {
                let Some(mut after) = self
                    .named_complement(j + 1, end)
                    .or_else(|| self.noun_complement(j, end))
                else {
                    return j;
                };
                while after < end && !self.broken(after - 1) && self.adjective(after) {
                    after += 1;
                }
                // "du conseil départemental de la Gironde": a complement of the complement.
                let chained = after < end
                    && !self.broken(after - 1)
                    && matches!(&self.folded[after], "de" | "du" | "des" | "d'");
                if !chained {
                    return after;
                }
                j = after;
                continue;
            }
            j += 1;
        }
        j
    }

    /// Whether word `j` reads as an adjective after a noun: lower case, with an adjective's
    /// ending, and no verb the lexicon knows ("explique").
    pub(super) fn adjective(&self, j: usize) -> bool {
        let word = &self.folded[j];
        self.text[self.words[j].clone()].starts_with(char::is_lowercase)
            && ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
            && !DESCRIPTION_STOPS.contains(&word)
            && !self.gaz.cues.contains_key(word)
    }

    /// One past a common noun completing a description after "de" at word `j`, through an
    /// article: "(la famille) de la victime", "(les habitants) du village".
    fn noun_complement(&self, j: usize, end: usize) -> Option<usize> {
        let mut k = j + 1;
        // "(un membre) de son équipe", "(l'un) de ses proches": one of a circle, through a
        // possessive; not "(l'homme) de sa voix".
        let circle = j > 0 && PARTITIVES.contains(&&self.folded[j - 1]);
        let possessive = |w: &str| matches!(w, "son" | "sa" | "ses" | "leur" | "leurs");
        if matches!(&self.folded[j], "de" | "d'")
            && k < end
            && (matches!(&self.folded[k], "l'" | "la" | "le" | "les")
                || circle && possessive(&self.folded[k]))
        {
            k += 1;
        }
        // "(la maire) du 7e arrondissement": an ordinal before the noun.
        let ordinal = |w: &str| {
            let digits = w.trim_end_matches(char::is_alphabetic);
            !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(&w[digits.len()..], "e" | "er" | "ere" | "eme")
        };
        if k + 1 < end && ordinal(&self.folded[k]) && !self.broken(k) {
            k += 1;
        }
        let noun = self.words.get(k).map(|w| &self.text[w.clone()])?;
        let plain = noun.chars().all(char::is_lowercase)
            && !DESCRIPTION_STOPS.contains(&&self.folded[k])
            && !is_determiner(&self.folded[k]);
        (k < end && plain && (j..k).all(|i| !self.broken(i))).then_some(k + 1)
    }

    /// One past the end of a name after "de" at word `j`, through an article: "l'État",
    /// "la République", "Lyon"; `None` if no capitalised word follows.
    fn named_complement(&self, j: usize, end: usize) -> Option<usize> {
        let mut k = j;
        if k < end && matches!(&self.folded[k], "l'" | "la" | "le" | "les") && !self.broken(k) {
            k += 1;
        }
        let first = k;
        while k < end
            && is_capitalised(&self.text[self.words[k].clone()])
            && (k == first || !self.broken(k - 1))
        {
            k += 1;
        }
        // "du Premier ministre": a title of two words, the first capitalised.
        if k > first
            && k < end
            && !self.broken(k - 1)
            && self
                .gaz
                .titles
                .contains_key(&format!("{} {}", &self.folded[k - 1], &self.folded[k]))
        {
            k += 1;
        }
        (k > first && !self.broken(j - 1)).then_some(k)
    }

    /// A speaker given by description: a role names the person last described so; when the
    /// article describes nobody so, the description itself speaks ("le maire" after a
    /// passer-by was named is still the mayor); anything else stays as written.
    pub(super) fn described(&self, k: usize, stop: usize, quote_start: usize) -> Speaker {
        let span = self.words[k].start..self.words[stop - 1].end;
        let content = self.describing(k, stop);
        let office = office_names(&content).next().is_some();
        let role = office || (k + 1..stop).any(|j| self.title_at(j, stop));
        // "son avocate", "leur porte-parole": somebody else's, never the antecedent itself;
        // "un porte-parole", "trois ministres": somebody not named before.
        let someone_else = OTHERS.contains(&&self.folded[k]) || self.counted(k);
        // Who a description takes up was named before it: a name between it and the
        // quotation is a complement ("La ministre, en visite avec Jean Dupont, a déclaré").
        let before = quote_start.min(span.start);
        if role && !someone_else {
            let found = self
                .referents
                .described(&content, before)
                .or_else(|| {
                    // "la cheffe du gouvernement" takes up "la Première ministre".
                    office_names(&content).find_map(|way| {
                        let way: Vec<String> = way.iter().map(|w| w.to_string()).collect();
                        self.referents.described(&way, before)
                    })
                })
                .or_else(|| {
                    // "le ministre singapourien" may take up "Iswaran, ministre": the head
                    // alone; "le chef de l'ONU" not "la négociatrice en chef de l'Aosis": a
                    // complement says whose role it is, and must match.
                    if self
                        .folded
                        .slice(k + 1..stop)
                        .any(|w| matches!(w, "de" | "du" | "des" | "d'"))
                    {
                        return None;
                    }
                    let head: Vec<String> = content
                        .iter()
                        .filter(|w| self.gaz.is_title(w))
                        .cloned()
                        .collect();
                    self.referents.described(&head, before)
                })
                .or_else(|| {
                    // "le haut responsable européen": a generic role says only where its holder
                    // belongs, so the qualifiers alone must describe them ("secrétaire général du
                    // Conseil de l'Europe").
                    if !content.iter().any(|w| GENERIC_ROLES.contains(&w.as_str())) {
                        return None;
                    }
                    let qualifiers: Vec<String> = content
                        .iter()
                        .filter(|w| !GENERIC_ROLES.contains(&w.as_str()))
                        .cloned()
                        .collect();
                    self.referents.described(&qualifiers, before)
                });
            // "L'avocat de Jean Dupont": the person a complement names is somebody else.
            let complement = |person: &&Mention| {
                self.referents.mentions_in(&span).iter().any(|m| {
                    m.kind == EntityType::Per
                        && m.canonical == person.canonical
                        && self.complement(self.word_at(m.span.start))
                })
            };
            let found = found
                .or_else(|| self.office_holder(k, &content, before))
                .or_else(|| self.taken_up(k, stop, &content, before))
                .filter(|person| !complement(person));
            if let Some(person) = found {
                return Speaker {
                    span,
                    canonical: person.canonical.clone(),
                    kind: SpeakerKind::Per,
                    via: Via::Descriptor,
                };
            }
        }
        // "Orange a publié ses résultats. « … », indique le groupe": the body named just
        // before, which the description takes up.
        if !role && stop <= k + 3 && matches!(&self.folded[k], "le" | "la" | "l'") {
            let taken_up = self
                .folded
                .get(k + 1)
                .filter(|noun| TAKEN_UP_BODIES.contains(noun))
                .and_then(|_| self.body_before(before));
            if let Some(body) = taken_up {
                return Speaker {
                    span,
                    canonical: body.canonical.clone(),
                    kind: SpeakerKind::Org,
                    via: Via::Descriptor,
                };
            }
        }
        Speaker {
            canonical: self.text[span.clone()].to_string(),
            span,
            kind: if role {
                SpeakerKind::Per
            } else {
                SpeakerKind::Other
            },
            via: Via::Descriptor,
        }
    }

    /// The organisation heading the sentence before `at` or the one `at` stands in, up to
    /// it: the first one named there that is no complement ("Orange a publié …", not "les
    /// résultats d'Orange").
    fn body_before(&self, at: usize) -> Option<&'a Mention> {
        self.scopes_before(at).find_map(|scope| {
            let first = self.referents.mentions_in(&scope).first()?;
            let heads = first.kind == EntityType::Org
                && !self.complement(self.word_at(first.span.start))
                && !self.quoted(first.span.start, &scope);
            heads.then_some(first)
        })
    }

    /// The person a definite role nobody was described by takes up: the one this sentence
    /// or the one before names in subject position, when the role agrees with them in gender
    /// and does not contradict how they were described. News names a speaker once and then
    /// calls them by a role the article never gave them ("Le maire, Paul Martin, réclame
    /// des aides. « … », estime l'élu"; "Emmanuel Macron a réagi. Le chef de l'État a
    /// promis « … »"). A role not definite ("un élu") is somebody new. `k..stop` are the
    /// words of the description, `content` its words that describe.
    fn taken_up(
        &self,
        k: usize,
        stop: usize,
        content: &[String],
        before: usize,
    ) -> Option<&'a Mention> {
        // The role must head the description: "l'entourage du ministre" is not the minister.
        let headed = (k + 1..stop)
            .take_while(|&j| !matches!(&self.folded[j], "de" | "du" | "des" | "d'"))
            .any(|j| self.title_at(j, stop));
        if !headed {
            return None;
        }
        let titles: Vec<&String> = content.iter().filter(|w| self.gaz.is_title(w)).collect();
        let gender = self.role_gender(k, &titles)?;
        let generic = content
            .iter()
            .any(|w| GENERIC_ROLES.contains(&w.as_str()) || HYPERNYM_ROLES.contains(&w.as_str()));
        self.subject_person_before(before, gender)
            .or_else(|| self.pronoun_subject_before(before, gender))
            .filter(|person| {
                // "Jean Dupont a applaudi. Le chef de l'État a promis": an office known by
                // several names is held only by the people the gazetteers list for it.
                if office_names(content).next().is_some()
                    && !self.holds_office(&person.canonical, k, content)
                {
                    return false;
                }
                // "Anne Durand et Marie Petit se sont affrontées. « … », a attaqué la maire":
                // either of them.
                let and = self.word_at(person.span.end);
                let paired = self.folded.get(and) == Some("et")
                    && self.words.get(and + 1).is_some_and(|w| {
                        let rest = w.start..self.sentence(w.start).end;
                        self.referents.mentions_in(&rest).first().is_some_and(|m| {
                            m.kind == EntityType::Per
                                && m.span.start == w.start
                                && gender.agrees(self.referents.gender_of(m))
                        })
                    });
                // "Paul Girard, habitant, témoigne. « … », juge le maire": a person described
                // otherwise is somebody else, unless the role is one that every office holder is
                // ("l'élu", "le responsable").
                !paired
                && (generic || !self
                    .referents
                    .described_otherwise(&person.canonical, &titles, before))
                // "Jean Dupont a rencontré le maire. « … », a promis le maire": a role
                // already met since the name is somebody else.
                && !self
                    .folded
                    .slice(self.word_at(person.span.end)..self.word_at(before))
                    .any(|w| titles.iter().any(|t| *t == w))
            })
    }

    /// Whether word `j` counts the plural noun after it, opening a description of a group:
    /// "Cent économistes", "50 médecins", "plusieurs élus".
    pub(super) fn counted(&self, j: usize) -> bool {
        let word = &self.folded[j];
        let count = number_word(word).is_some_and(|n| n > 1)
            || (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
            || matches!(word, "plusieurs" | "quelques" | "certains" | "certaines");
        count
            && self
                .folded
                .get(j + 1)
                .is_some_and(|w| w.ends_with(['s', 'x']))
    }

    /// Whether a title of one to three words, or the plural of one word, opens at word `j`,
    /// before word `stop`: "maire", "secrétaire général", "tête de liste", "maires".
    pub(super) fn title_at(&self, j: usize, stop: usize) -> bool {
        // "l'ex-commissaire européen": a title held before is a title.
        let word = self.folded[j]
            .strip_prefix("ex-")
            .unwrap_or(&self.folded[j]);
        // "les maires", "les enquêteurs": a plural of a title.
        let singular = word
            .strip_suffix(['s', 'x'])
            .is_some_and(|one| one.len() > 2 && self.gaz.is_title(one));
        self.gaz.is_title(word)
            || singular
            || (j + 2..=(j + 3).min(stop)).any(|last| {
                let mut words: Vec<&str> = self.folded.slice(j..last).collect();
                words[0] = word;
                self.gaz.is_title(&words.join(" "))
            })
    }

    /// The person named before `before` whom the gazetteers know to hold (or to have held)
    /// the office a description at word `k` with the words `content` names, nearest first:
    /// "Emmanuel Macron a reçu le maire. « … », a déclaré le chef de l'État." A description
    /// saying "français" names an office of no other country.
    fn office_holder(&self, k: usize, content: &[String], before: usize) -> Option<&'a Mention> {
        self.referents
            .mentions_in(&(0..before))
            .iter()
            .rev()
            .filter(|m| m.kind == EntityType::Per)
            .take(OFFICE_LOOK_BACK)
            .find(|m| self.holds_office(&m.canonical, k, content))
    }

    /// The words that describe in a description at words `k..stop`: "chef" and "etat" in
    /// "le chef de l'État".
    pub(super) fn describing(&self, k: usize, stop: usize) -> Vec<String> {
        self.folded
            .slice(k + 1..stop)
            .filter(|w| !LINKS.contains(w) && !NEWLY.contains(w))
            .map(str::to_string)
            .collect()
    }

    /// Whether the gazetteers know `person` (a full name) to hold (or to have held) the office
    /// a description at word `k` with the words `content` names, in any of its names, and the
    /// description's article agrees with them in gender.
    pub(super) fn holds_office(&self, person: &str, k: usize, content: &[String]) -> bool {
        let ways: Vec<&[&str]> = office_names(content).collect();
        let french = |w: &str| matches!(w, "francais" | "francaise");
        let holds = |office: &Vec<String>| {
            let has = |w: &str| office.iter().any(|o| o == w);
            let foreign = office.iter().any(|o| self.gaz.demonyms.contains_key(o));
            // "l'ancien Premier ministre": when it was held does not change the office.
            let when = |w: &str| matches!(w, "ancien" | "ancienne" | "ex" | "futur" | "future");
            let described = content
                .iter()
                .all(|w| has(w) || when(w) || (french(w) && !foreign));
            described || ways.iter().any(|way| way.iter().all(|w| has(w)))
        };
        let titles: Vec<&String> = content.iter().filter(|w| self.gaz.is_title(w)).collect();
        let gender = self.role_gender(k, &titles).unwrap_or(Gender::Either);
        gender.agrees(self.referents.gender_of_name(person))
            && self
                .gaz
                .offices
                .get(person)
                .is_some_and(|offices| offices.iter().any(holds))
    }
}
