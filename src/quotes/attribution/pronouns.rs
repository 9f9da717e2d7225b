//! Pronouns: "il", "ce dernier", "la première" and the like → the person they take up, or
//! the role heading the sentence before.

use std::ops::Range;

use crate::fold::fold_str;
use crate::gazetteer::Gender;
use crate::mention::{EntityType, Mention};
use crate::quotes::{Speaker, SpeakerKind, Via};
use crate::words::is_capitalised;

use super::lexicon::{is_determiner, ADVERBS, AUXILIARIES, CLITICS, PREPOSITIONS};
use super::Reader;

impl<'a> Reader<'a> {
    /// A pronoun speaker: the nearest person before the quotation who agrees in gender.
    pub(super) fn pronoun(
        &self,
        span: Range<usize>,
        gender: Gender,
        quote_start: usize,
    ) -> Speaker {
        let written = fold_str(&self.text[span.clone()]);
        // "lui ai-je demandé": the one writing, who is nobody named before.
        if matches!(written.as_str(), "je" | "j'") {
            return Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Pronoun,
            };
        }
        // "confie-t-on": somebody left unnamed, not the last person mentioned.
        let unnamed = written == "on";
        // "Dans l'entourage du ministre, on assure que …", "À Matignon, on reconnaît …":
        // the circle a phrase fronted before a subject "on" names.
        let on = self.word_at(span.start);
        let first = self.word_at(self.sentence(span.start).start);
        if unnamed && on > first + 1 && self.broken(on - 1) {
            let fronted = !(first..on - 1).any(|j| self.broken(j));
            if let Some(circle) = fronted.then(|| self.where_on_speaks(first, on)).flatten() {
                return circle;
            }
        }
        // "Même son de cloche chez Les Républicains, où l'on estime que …": the place a
        // relative "où" takes up.
        if unnamed {
            if let Some(circle) = self.where_relative_on_speaks(on, first) {
                return circle;
            }
        }
        let person = self
            .subject_person_before(quote_start, gender)
            .or_else(|| self.referents.person_before(quote_start, gender));
        match person.filter(|_| !unnamed) {
            Some(person) => Speaker {
                span,
                canonical: person.canonical.clone(),
                kind: SpeakerKind::Per,
                via: Via::Pronoun,
            },
            None => Speaker {
                canonical: match self
                    .role_heading_before(quote_start, gender)
                    .filter(|_| !unnamed)
                {
                    Some(role) => role,
                    None => self.text[span.clone()].to_string(),
                },
                span,
                kind: if unnamed {
                    SpeakerKind::Other
                } else {
                    SpeakerKind::Per
                },
                via: Via::Pronoun,
            },
        }
    }

    /// The body or circle a subject "on" at word `on` speaks for when a relative "où" after
    /// a comma opens its clause ("chez Renault, où l'on assure", "dans l'entourage du
    /// ministre, où on reconnaît"), reading back no further than word `first`.
    fn where_relative_on_speaks(&self, on: usize, first: usize) -> Option<Speaker> {
        let mut at = on;
        if at > first && &self.folded[at - 1] == "l'" {
            at -= 1;
        }
        let relative = at
            .checked_sub(1)
            .filter(|&r| r > first && &self.folded[r] == "ou")?;
        if !self.broken(relative - 1) || self.broken(relative) {
            return None;
        }
        let from = relative.saturating_sub(8).max(first);
        let place = (from..relative).rev().find(|&j| {
            matches!(&self.folded[j], "chez" | "a" | "au" | "aux" | "dans")
                && !(j..relative - 1).any(|g| self.broken(g))
        })?;
        self.where_on_speaks(place, relative)
    }

    /// The words from `j` that take up the person named last, one past their end and their
    /// gender: "ce dernier", "cette dernière", "celui-ci", "celle-ci", "l'intéressé".
    pub(super) fn latter(&self, j: usize) -> Option<(usize, Gender)> {
        let gender = |word: &str| match word {
            "dernier" => Some(Gender::Masculine),
            "derniere" => Some(Gender::Feminine),
            _ => None,
        };
        match self.folded.get(j)? {
            "celui-ci" => Some((j + 1, Gender::Masculine)),
            "celle-ci" => Some((j + 1, Gender::Feminine)),
            // "l'intéressé": the one the article is about.
            "l'" if !self.broken(j) => match self.folded.get(j + 1)? {
                "interesse" => Some((j + 2, Gender::Masculine)),
                "interessee" => Some((j + 2, Gender::Feminine)),
                _ => None,
            },
            "ce" | "cette" if !self.broken(j) => Some((j + 2, gender(self.folded.get(j + 1)?)?)),
            _ => None,
        }
    }

    /// The words from `j` that take up one of a pair just named, one past their end, their
    /// gender and which of the two: "la première" (0), "le second" (1); not "le Premier
    /// ministre", which a noun follows.
    pub(super) fn one_of_two(&self, j: usize) -> Option<(usize, Gender, usize)> {
        let (gender, which) = match (self.folded.get(j)?, self.folded.get(j + 1)?) {
            ("le", "premier") => (Gender::Masculine, 0),
            ("la", "premiere") => (Gender::Feminine, 0),
            ("le", "second" | "deuxieme") => (Gender::Masculine, 1),
            ("la", "seconde" | "deuxieme") => (Gender::Feminine, 1),
            _ => return None,
        };
        let alone = j + 2 >= self.words.len()
            || self.broken(j + 1)
            || AUXILIARIES.contains(&&self.folded[j + 2])
            || CLITICS.contains(&&self.folded[j + 2]);
        (alone && !self.broken(j)).then_some((j + 2, gender, which))
    }

    /// The person "la première" or "le second" (`which` of two, of `gender`) takes up: of the
    /// nearest sentence before `at` naming two people or more, the first or the second.
    pub(super) fn of_the_pair(
        &self,
        words: Range<usize>,
        gender: Gender,
        which: usize,
        at: usize,
    ) -> Speaker {
        let span = self.words[words.start].start..self.words[words.end - 1].end;
        let mut scope = self.sentence(at).start..at.min(span.start);
        let mut person = None;
        for _ in 0..3 {
            let mut people = self
                .referents
                .mentions_in(&scope)
                .iter()
                .filter(|m| m.kind == EntityType::Per);
            if people.clone().nth(1).is_some() {
                person = people
                    .nth(which)
                    .filter(|m| gender.agrees(self.referents.gender_of(m)));
                break;
            }
            match self.sentence_before(scope.start) {
                Some(before) if before.start < scope.start => scope = before,
                _ => break,
            }
        }
        self.standing_for(span, person)
    }

    /// The person the words `words` ("ce dernier") take up: the last one named before them
    /// and the quotation who agrees in gender, unlike a pronoun, which takes up the subject
    /// ("Jean Dupont a croisé Marie Lefèvre. « … », a déclaré cette dernière").
    pub(super) fn latest_person(
        &self,
        words: Range<usize>,
        gender: Gender,
        quote_start: usize,
    ) -> Speaker {
        let span = self.words[words.start].start..self.words[words.end - 1].end;
        let before = quote_start.min(span.start);
        self.standing_for(span, self.referents.person_before(before, gender))
    }

    /// A speaker written `span` that stands for `person`, or for nobody known: as written.
    fn standing_for(&self, span: Range<usize>, person: Option<&Mention>) -> Speaker {
        Speaker {
            canonical: person.map_or_else(
                || self.text[span.clone()].to_string(),
                |m| m.canonical.clone(),
            ),
            span,
            kind: SpeakerKind::Per,
            via: Via::Pronoun,
        }
    }

    /// The role that heads the sentence before `at`, when no one is named there: "Le
    /// Premier ministre s'est exprimé mardi. « … », a-t-il martelé" gives "Le Premier
    /// ministre"; past a sentence a subject pronoun opens, which takes that role up ("Le
    /// préfet a pris la parole. Il a détaillé les mesures. « … »").
    fn role_heading_before(&self, at: usize, gender: Gender) -> Option<String> {
        let mut previous = self.sentence_before(at)?;
        if matches!(
            self.folded.get(self.word_at(previous.start)),
            Some("il" | "elle" | "ils" | "elles")
        ) {
            previous = self
                .sentence_before(previous.start)
                .filter(|before| before.start < previous.start)?;
        }
        let mut from = self.word_at(previous.start);
        let end = self.word_at(previous.end).min(self.words.len());
        if from + 1 >= end {
            return None;
        }
        // "Au micro de France Inter, la maire de Strasbourg a défendu …", "Devant la cour,
        // l'accusé a pris la parole": past a leading complement.
        let leading = PREPOSITIONS.contains(&&self.folded[from])
            || matches!(&self.folded[from], "devant" | "aupres" | "lors" | "face")
            || ADVERBS.contains(&&self.folded[from]);
        if leading {
            if let Some(comma) = (from..end.min(from + 8)).find(|&j| self.broken(j)) {
                from = comma + 1;
            }
            if from + 1 >= end {
                return None;
            }
        }
        // "Cent économistes ont signé une tribune. « … », ont-ils écrit": a counted group.
        let counted = self.counted(from);
        if !is_determiner(&self.folded[from]) && !counted {
            return None;
        }
        // "Le député a été interpellé par une habitante. « … », lui a-t-elle demandé": not
        // the deputy.
        let said = match &self.folded[from] {
            "le" | "un" | "ce" | "cet" => Gender::Masculine,
            "la" | "une" | "cette" => Gender::Feminine,
            _ => Gender::Either,
        };
        if !said.agrees(gender) {
            return self.agent_described(from, end, gender, at);
        }
        let stop = self.subject_end(from, end);
        // "Le Conseil constitutionnel a censuré la loi. « … », a-t-il estimé": the body named.
        let phrase = self.words[from].start..self.words[stop - 1].end;
        if let Some(body) = self
            .entity_heading(&phrase)
            .filter(|m| m.kind == EntityType::Org && self.word_at(m.span.start) == from + 1)
        {
            return Some(body.canonical.clone());
        }
        // "Son père reprit. Elle balbutia : « … »": the role's own gender, where the
        // determiner has none.
        let role_gender = (from + 1..stop)
            .filter_map(|j| self.gaz.title(&self.folded[j]))
            .map(|title| title.gender)
            .find(|g| *g != Gender::Either);
        if role_gender.is_some_and(|g| !g.agrees(gender)) {
            return None;
        }
        // "La mère de la victime, Nathalie, a pris la parole": the first name alone in
        // apposition, as news names private people.
        let apposed = stop + 1 < end
            && self.broken(stop - 1)
            && self.broken(stop)
            && is_capitalised(&self.text[self.words[stop].clone()])
            && self
                .gaz
                .first_names
                .get(&self.folded[stop])
                .is_some_and(|g| g.agrees(gender))
            && self
                .referents
                .mentions_in(&self.words[stop].clone())
                .is_empty();
        if apposed {
            return Some(self.text[self.words[stop].clone()].to_string());
        }
        let described = self.described(from, stop, at);
        // "Le syndicat a dénoncé la fermeture. « … », a-t-il déclaré."
        (described.kind == SpeakerKind::Per || self.body(from) || counted)
            .then_some(described.canonical)
    }

    /// The person a passive clause in words `from..end` describes as its agent, when of
    /// `gender`: "Le député a été interpellé par une habitante" gives "une habitante".
    fn agent_described(
        &self,
        from: usize,
        end: usize,
        gender: Gender,
        at: usize,
    ) -> Option<String> {
        let by =
            (from + 2..end).find(|&j| &self.folded[j] == "par" && &self.folded[j - 2] == "ete")?;
        let k = by + 1;
        let agrees = match self.folded.get(k)? {
            "un" | "le" => gender == Gender::Masculine,
            "une" | "la" => gender == Gender::Feminine,
            _ => false,
        };
        if !agrees || k + 1 >= end {
            return None;
        }
        let described = self.described(k, self.description_end(k, end).max(k + 2), at);
        (described.kind == SpeakerKind::Per).then_some(described.canonical)
    }

    /// The person a pronoun takes up when the sentence it stands in, or the one before, names
    /// one in subject position: the first person there who agrees in gender and is no
    /// complement ("Jean Dupont a rencontré Paul Girard. « … », a-t-il dit": Jean Dupont).
    pub(super) fn subject_person_before(&self, at: usize, gender: Gender) -> Option<&'a Mention> {
        self.scopes_before(at).find_map(|scope| {
            self.referents.mentions_in(&scope).iter().find(|m| {
                m.kind == EntityType::Per
                    && gender.agrees(self.referents.gender_of(m))
                    && !self.complement(self.word_at(m.span.start))
                    && !self.quoted(m.span.start, &scope)
            })
        })
    }

    /// The person a subject pronoun opening the sentence before `at` takes up, named as a
    /// subject in the sentence before that: "Bruno Le Maire était l'invité de RTL. Il a
    /// défendu le budget. « … », a assuré le ministre."
    pub(super) fn pronoun_subject_before(&self, at: usize, gender: Gender) -> Option<&'a Mention> {
        let previous = self.sentence_before(at)?;
        let pronoun = match self.folded.get(self.word_at(previous.start))? {
            "il" => Gender::Masculine,
            "elle" => Gender::Feminine,
            _ => return None,
        };
        if !pronoun.agrees(gender) {
            return None;
        }
        self.subject_person_before(previous.start, gender)
            .filter(|person| {
                self.sentence_before(previous.start)
                    .is_some_and(|s| person.span.start >= s.start)
            })
    }
}
