//! Subjects: the words of a clause before its verb → the speaker heading it, by name,
//! pronoun, apposition or description ("Jean Dupont, le maire, a déclaré").

use std::ops::Range;

use crate::gazetteer::Gender;
use crate::mention::EntityType;
use crate::quotes::{Speaker, SpeakerKind, Via};
use crate::words::is_capitalised;

use super::lexicon::{
    imperfect, is_determiner, AUXILIARIES, BOUNDARIES, CLITICS, DESCRIPTION_STOPS, LINKS, MODALS,
    PARTICLES, PREPOSITIONS, PRONOUNS,
};
use super::Reader;

impl<'a> Reader<'a> {
    /// The subject of the clause in words `from..end`: the person named or the subject
    /// pronoun nearest its end that is not a complement ("à Paul Durand", "pour elle"), or
    /// a description heading it ("Le médecin leva les bras").
    pub(super) fn clause_subject(
        &self,
        from: usize,
        end: usize,
        quote_start: usize,
    ) -> Option<Speaker> {
        if from >= end {
            return None;
        }
        let window = self.words[from].start..self.words[end - 1].end;
        let mentions = self.referents.mentions_in(&window);
        let subject = (from..end).rev().find_map(|j| {
            if self.complement(j) {
                return None;
            }
            if let Some(&(pronoun, gender)) = PRONOUNS.iter().find(|(p, _)| *p == &self.folded[j]) {
                return (pronoun != "on")
                    .then(|| self.pronoun(self.words[j].clone(), gender, quote_start));
            }
            mentions
                .iter()
                .find(|m| m.kind == EntityType::Per && m.span.start == self.words[j].start)
                .map(|person| self.named(person))
        });
        if subject.is_some() {
            return subject;
        }
        // "À ses côtés, Nadia hoche la tête :": a first name alone heading the clause, as news
        // names private people, its verb after it.
        let head = (from..end - 1)
            .rev()
            .find(|&j| self.broken(j))
            .map_or(from, |j| j + 1);
        let span = self.words[head].clone();
        let first_name = head + 1 < end
            && is_capitalised(&self.text[span.clone()])
            && self.gaz.first_names.contains_key(&self.folded[head])
            && self.referents.mentions_in(&span).is_empty()
            && self.text[self.words[head + 1].clone()].starts_with(char::is_lowercase);
        if first_name {
            return Some(self.first_named(span, quote_start));
        }
        let k = (from..end).find(|&k| is_determiner(&self.folded[k]))?;
        if self.complement(k) {
            return None;
        }
        let described = self.described(k, self.subject_end(k, end), quote_start);
        // At the head of the clause a description is its subject, whatever it names ("Le
        // communiqué est clair :"); further on it is a person or nothing.
        (k == from || described.kind == SpeakerKind::Per).then_some(described)
    }

    /// A person named by a first name alone at `span`: the person named in full before
    /// `quote_start` with that first name ("Georges Du Roy … Georges songeait :"), among the
    /// last few, else the first name as written, as news names private people ("Nadia").
    fn first_named(&self, span: Range<usize>, quote_start: usize) -> Speaker {
        let name = &self.text[span.clone()];
        let known = self
            .referents
            .mentions_in(&(0..quote_start.min(span.start)))
            .iter()
            .rev()
            .take(64)
            .find(|m| {
                m.kind == EntityType::Per
                    && m.canonical
                        .split_once(' ')
                        .is_some_and(|(first, _)| first == name)
            });
        Speaker {
            canonical: known.map_or_else(|| name.to_string(), |m| m.canonical.clone()),
            span,
            kind: SpeakerKind::Per,
            via: Via::Explicit,
        }
    }

    /// One past the last word of a subject description at word `k` in a clause without a
    /// known verb: the description stops before a pronoun or auxiliary ("Le baron
    /// s'approcha"), and before a word that a determiner or preposition follows, a verb
    /// with its object ("Le médecin leva les bras").
    pub(super) fn subject_end(&self, k: usize, end: usize) -> usize {
        let stop = self.description_end(k, end);
        (k + 1..stop)
            .find(|&j| {
                let word = &self.folded[j];
                let next = self.folded.get(j + 1).unwrap_or("");
                // "de l'ARS" completes the description: its article is no clitic.
                let of = |w: &str| matches!(w, "de" | "d'");
                (CLITICS.contains(&word) && !of(&self.folded[j - 1]))
                    || AUXILIARIES.contains(&word)
                    || (j > k + 1 && imperfect(word))
                    || (j > k + 1
                        && !of(word)
                        && (is_determiner(next)
                            || (PREPOSITIONS.contains(&next) && !self.has(j + 1)))
                        && !matches!(next, "de" | "du" | "des" | "d'"))
            })
            .unwrap_or(stop)
    }

    /// The first word of the run of name words ending before word `verb`, at most four words
    /// back and not before `from`; `verb` when there is none. A particle belongs to the name
    /// between two name words ("Kito de Pavant"), or capitalised at the start of the
    /// clause ("De Gaulle").
    fn name_start(&self, from: usize, verb: usize) -> usize {
        let mut k = verb;
        while k > from && k + 4 > verb {
            let j = k - 1;
            let particle = PARTICLES.contains(&&self.folded[j])
                && k < verb
                && !self.broken(j)
                && (j == from && is_capitalised(&self.text[self.words[j].clone()])
                    || j > from && self.is_name_word(j - 1));
            if !(self.is_name_word(j) || particle) {
                break;
            }
            k = j;
        }
        k
    }

    /// The subject of a cue at word `cue_word`, read backwards from the verb: past object
    /// clitics ("lui dit"), a subject pronoun, a name or a description ending right there;
    /// after an apposition ("X, le maire, a déclaré"), the person the clause named.
    pub(super) fn subject_before(
        &self,
        from: usize,
        cue_word: usize,
        inverted: Option<(Range<usize>, Gender)>,
        quote_start: usize,
    ) -> Option<Speaker> {
        if let Some((span, gender)) = inverted {
            return Some(self.pronoun(span, gender, quote_start));
        }
        if self
            .folded
            .slice(cue_word..(cue_word + 2).min(self.words.len()))
            .any(|w| w.ends_with("ant"))
        {
            // "X a marqué la nuance en se prononçant pour «…»", "Washington pousse …,
            // insistant sur …": a participle's subject is the main clause's.
            let mut stop = cue_word;
            if stop > from && &self.folded[stop - 1] == "en" {
                stop -= 1;
            } else if let Some(k) = (from.max(cue_word.saturating_sub(3))..cue_word)
                .find(|&k| is_determiner(&self.folded[k]))
                .filter(|&k| (k..cue_word).all(|j| !self.broken(j)))
            {
                // "un message disant «…»": the noun the participle follows, unless it names
                // no one and a person leads the clause ("X a réfuté l'idée d'un prêt par
                // l'État affirmant : «…»").
                let noun = self.described(k, cue_word, quote_start);
                if noun.kind != SpeakerKind::Per {
                    let person = self
                        .clause_subject(from, k, quote_start)
                        .filter(|s| s.kind == SpeakerKind::Per && s.via != Via::Pronoun);
                    if person.is_some() {
                        return person;
                    }
                }
                return Some(noun);
            }
            return self.clause_subject(from, stop, quote_start).or_else(|| {
                let window = self.words[from].start..self.words[stop.max(from + 1) - 1].end;
                self.referents
                    .mentions_in(&window)
                    .iter()
                    .rev()
                    .find(|m| {
                        m.kind != EntityType::Date && !self.complement(self.word_at(m.span.start))
                    })
                    .map(|m| self.named(m))
            });
        }
        // "La ministre a défendu son bilan, avant de conclure :": the infinitive's subject is
        // the main clause's.
        if cue_word >= from + 2
            && matches!(&self.folded[cue_word - 1], "de" | "d'")
            && &self.folded[cue_word - 2] == "avant"
        {
            return self.clause_subject(from, cue_word - 2, quote_start);
        }
        let mut verb = cue_word;
        // "a tenu à préciser", "vient de déclarer": the subject is the modal verb's.
        while verb > from + 1
            && matches!(&self.folded[verb - 1], "a" | "de" | "d'")
            && MODALS.contains(&&self.folded[verb - 2])
            && !self.broken(verb - 2)
        {
            verb -= 2;
            while verb > from && AUXILIARIES.contains(&&self.folded[verb - 1]) {
                verb -= 1;
            }
        }
        // "Et le ministre d'ajouter :": a narrative infinitive, its subject right before "de",
        // the whole opened by "Et" ("l'air de dire" is no subject).
        let first = self.word_at(self.sentence(self.words[cue_word].start).start);
        let infinitive = ["er", "ir", "re"]
            .iter()
            .any(|ending| self.folded[cue_word].ends_with(ending));
        if verb == cue_word
            && verb > from + 1
            && infinitive
            && &self.folded[first] == "et"
            && matches!(&self.folded[verb - 1], "de" | "d'")
            && !self.broken(verb - 2)
        {
            verb -= 1;
        }
        while verb > from && CLITICS.contains(&&self.folded[verb - 1]) && !self.broken(verb - 1) {
            verb -= 1;
        }
        if verb <= from {
            return None;
        }
        let prev = verb - 1;
        if matches!(&self.folded[prev], "et" | "puis" | "mais") {
            // "Sa mère se penche vers lui, et dit :": the subject of the first verb.
            return self.clause_subject(from, prev, quote_start);
        }
        if &self.folded[prev] == "qui" && prev > from {
            // "Le maire, qui a déclaré : «", "Il a reçu Anne Durand, qui a déclaré": the
            // relative's subject is its antecedent, the phrase right before it.
            let ante = prev - 1;
            let window = self.words[from].start..self.words[ante].end;
            if let Some(person) = self
                .referents
                .mentions_in(&window)
                .last()
                .filter(|m| m.kind == EntityType::Per && m.span.end == self.words[ante].end)
            {
                return Some(self.named(person));
            }
            let piece = (from..ante)
                .rev()
                .find(|&j| self.broken(j))
                .map_or(from, |j| j + 1);
            if let Some(k) = (piece.max(ante.saturating_sub(6))..=ante)
                .rev()
                .find(|&k| is_determiner(&self.folded[k]) || self.counted(k))
            {
                return Some(self.described(k, ante + 1, quote_start));
            }
            return self.subject_before(from, prev, None, quote_start);
        }
        if BOUNDARIES.contains(&&self.folded[prev]) {
            return None; // "comme le précise X": no subject before the verb
        }
        let window = self.words[from].start..self.words[prev].end;
        let mentions = self.referents.mentions_in(&window);
        let last_person = mentions.iter().rev().find(|m| m.kind == EntityType::Per);
        if self.broken(prev) {
            // "Jean Dupont, le maire, a déclaré": the subject stands before the apposition.
            if let Some(subject) = self.apposed_subject(from, verb, quote_start) {
                return Some(subject);
            }
            if let Some(person) = last_person {
                return Some(self.named(person));
            }
        }
        if let Some(&(_, gender)) = PRONOUNS.iter().find(|(p, _)| *p == &self.folded[prev]) {
            return Some(self.pronoun(self.words[prev].clone(), gender, quote_start));
        }
        // "Ce dernier a affirmé : «", "Celle-ci a répondu : «".
        if let Some((k, gender)) = (from.max(prev.saturating_sub(1))..=prev).find_map(|k| {
            self.latter(k)
                .filter(|&(stop, _)| stop == verb)
                .map(|(_, gender)| (k, gender))
        }) {
            return Some(self.latest_person(k..verb, gender, quote_start));
        }
        // "La première a répliqué : «".
        if let Some((stop, gender, which)) = prev
            .checked_sub(1)
            .filter(|&k| k >= from)
            .and_then(|k| self.one_of_two(k).filter(|&(stop, _, _)| stop == verb))
        {
            return Some(self.of_the_pair(prev - 1..stop, gender, which, quote_start));
        }
        // A name right before the verb, unless it completes a noun: "Le maire de Lyon a
        // déclaré", "L'avocat de Jean Dupont a dit" speak through the description.
        if let Some(m) = mentions.last().filter(|m| {
            m.span.end == self.words[prev].end
                && m.kind != EntityType::Date
                && !self.complement(self.word_at(m.span.start))
        }) {
            return Some(self.named(m));
        }
        // An unknown name right before the verb ("Hu Jintao a indiqué", "Kito de Pavant a
        // dit"), but not a complement ("le ministre de l'Intérieur a dit").
        let k = self.name_start(from, verb);
        let complement = k > 0 && LINKS.contains(&&self.folded[k - 1]) || self.complement(k);
        if k < verb && !complement && (k > from || verb - k >= 2) {
            let span = self.words[k].start..self.words[prev].end;
            // "Plus tard, Claire soupire": a first name alone is whoever bears it in full.
            if k == prev && self.gaz.first_names.contains_key(&self.folded[k]) {
                return Some(self.first_named(span, quote_start));
            }
            return Some(Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Explicit,
            });
        }
        // A description: from the first determiner of the clause to the verb.
        let mut start = None;
        let mut k = prev;
        loop {
            if is_determiner(&self.folded[k]) || self.counted(k) {
                start = Some(k);
            }
            if k == from
                || prev - k >= 10
                || self.broken(k - 1)
                || BOUNDARIES.contains(&&self.folded[k - 1])
            {
                break;
            }
            k -= 1;
        }
        // A description runs straight to the verb: no preposition but "de" inside it, or it
        // is some other phrase ("l'interpellent à Paris sans pouvoir dire").
        let contiguous = |k: usize| {
            (k + 1..verb).all(|j| {
                let word = &self.folded[j];
                !DESCRIPTION_STOPS.contains(&word) || matches!(word, "de" | "du" | "des" | "d'")
            })
        };
        match start.filter(|&k| contiguous(k)) {
            Some(k) => Some(self.described(k, verb, quote_start)),
            None => last_person.map(|person| self.named(person)),
        }
    }

    /// The subject of a verb at word `verb` that an apposition or an aside separates from
    /// it: of the pieces of words `from..verb` between commas, the first that opens with a
    /// person or a determiner ("Jean Dupont, interrogé par Paul Girard, a déclaré", "La
    /// ministre, en visite avec Jean Dupont, a déclaré"); a description followed by a name
    /// alone gives the name ("Le maire de Lyon, Paul Girard, a déclaré").
    pub(super) fn apposed_subject(
        &self,
        from: usize,
        verb: usize,
        quote_start: usize,
    ) -> Option<Speaker> {
        let mut pieces = Vec::new();
        let mut start = from;
        for j in from..verb {
            if self.broken(j) {
                pieces.push(start..j + 1);
                start = j + 1;
            }
        }
        let person_at = |j: usize, piece: &Range<usize>| {
            let window = self.words[j].start..self.words[piece.end - 1].end;
            self.referents
                .mentions_in(&window)
                .first()
                .filter(|m| m.kind == EntityType::Per && m.span.start == self.words[j].start)
        };
        // A first name alone, as news names private people: "Le frère de la victime, Karim,
        // réclame justice", "Karim, 45 ans, chauffeur de taxi, témoigne"; not a place ("Paris,
        // Lyon et Marseille").
        let first_name_alone = |piece: &Range<usize>| {
            let span = self.words[piece.start].clone();
            (piece.len() == 1
                && is_capitalised(&self.text[span.clone()])
                && self.gaz.first_names.contains_key(&self.folded[piece.start])
                && self.referents.mentions_in(&span).is_empty())
            .then(|| self.first_named(span, quote_start))
        };
        for (n, piece) in pieces.iter().enumerate() {
            let head = piece.start;
            if let Some(person) = person_at(head, piece) {
                return Some(self.named(person));
            }
            if n == 0 && pieces.len() > 1 {
                if let Some(speaker) = first_name_alone(piece) {
                    return Some(speaker);
                }
            }
            if !is_determiner(&self.folded[head]) {
                continue;
            }
            // A name filling the next piece is the one the description introduces, titled
            // or not ("Le porte-parole de la police, le commissaire Jean Martin,").
            if let Some(next) = pieces.get(n + 1) {
                let name = (next.start..next.end)
                    .take_while(|&j| {
                        j == next.start
                            || is_determiner(&self.folded[j - 1])
                            || self.gaz.is_title(&self.folded[j - 1])
                    })
                    .find_map(|j| person_at(j, next));
                if let Some(person) = name.filter(|m| self.word_at(m.span.end) >= next.end - 1) {
                    return Some(self.named(person));
                }
                if let Some(speaker) = first_name_alone(next) {
                    return Some(speaker);
                }
            }
            let stop = self.subject_end(head, piece.end);
            let phrase = self.words[head].start..self.words[stop.max(head + 1) - 1].end;
            if let Some(named) = self.entity_heading(&phrase) {
                return Some(self.named(named));
            }
            return Some(self.described(head, stop.max(head + 1), quote_start));
        }
        None
    }
}
