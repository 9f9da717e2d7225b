//! After the closing mark: the words right after a quotation → its cue and speaker ("», a
//! déclaré X", "» – Name", "», peut-on lire dans …", "» C'est ce qu'a déclaré X").

use crate::mention::EntityType;
use crate::quotes::{Cue, Speaker, SpeakerKind, Via};
use crate::words::is_capitalised;

use super::lexicon::{is_determiner, AUXILIARIES};
use super::{Attribution, Reader};

impl<'a> Reader<'a> {
    /// Cue and speaker after the closing mark at `close` of the quotation opened at `open`
    /// (what a pronoun or a role takes up stands before `open`).
    pub fn after(&self, open: usize, close: usize) -> Option<Attribution> {
        let mark_end = close + self.text[close..].chars().next().map_or(1, char::len_utf8);
        let rest = &self.text[mark_end..];
        let gap = rest.len()
            - rest
                .trim_start_matches([' ', ',', '\u{a0}', '\u{202f}'])
                .len();
        let start = mark_end + gap;
        let after_gap = &self.text[start..];
        if after_gap.starts_with(['—', '–', '-']) {
            // "» – Bernard Cazeneuve": a dash, then the name; not the sentence going on after
            // an aside ("un doublé - « un moment magique » - face à Lens").
            let i = self.word_at(start);
            if !self
                .words
                .get(i)
                .is_some_and(|w| self.text[w.clone()].starts_with(char::is_uppercase))
            {
                return None;
            }
            let end = self.limit(i);
            if matches!(&self.folded[i], "le" | "la" | "l'" | "les" | "un" | "une") {
                // "» — Le Premier ministre", a signature: nothing follows it in its sentence
                // but after a comma, unlike narration ("» — Une crise est survenue").
                let stop = self.description_end(i, end).max(i + 1);
                let verb = (i + 1..stop).any(|j| {
                    let word = &self.folded[j];
                    AUXILIARIES.contains(&word) || matches!(word, "se" | "s'" | "ne" | "n'")
                });
                if verb || (stop < end && !self.broken(stop - 1)) {
                    return None;
                }
                return Some(Attribution {
                    speaker: Some(self.described(i, stop, open)),
                    cue: None,
                });
            }
            return self
                .entity_between(i, end, true)
                .map(|speaker| Attribution {
                    speaker: Some(speaker),
                    cue: None,
                });
        }
        if after_gap.starts_with(':') && !self.embedded(open) {
            // "» : voilà ce qu'a répondu Nicolas Sarkozy".
            let i = self.word_at(start);
            return self
                .words
                .get(i)
                .and_then(|_| self.cleft(i, open))
                .or_else(|| self.colon_after(i, open));
        }
        let mut i = self.word_at(start);
        if i >= self.words.len() || self.words[i].start != start {
            return None;
        }
        // "», nous a-t-il confié", "», me dit-elle": object pronouns before the verb.
        while i + 1 < self.words.len()
            && matches!(
                &self.folded[i],
                "me" | "m'" | "te" | "t'" | "lui" | "nous" | "vous" | "leur"
            )
            && !self.broken(i)
        {
            i += 1;
        }
        if let Some(hit) = self.cue_at(i).or_else(|| self.modal_cue_at(i)) {
            return Some(self.inverted(hit, open));
        }
        if let Some(found) = self.cue_past_complement(i, open) {
            return Some(found);
        }
        // "», comme l'a rappelé X", "», ainsi que le souligne X": the quotation is the
        // object the clitic takes up, the subject follows the verb.
        let mut k = i;
        if &self.folded[k] == "comme" {
            k += 1;
        } else if &self.folded[k] == "ainsi" && self.folded.get(k + 1) == Some("que") {
            k += 2;
        }
        if k > i && matches!(self.folded.get(k), Some("l'" | "le")) && !self.broken(k - 1) {
            if let Some(hit) = self.cue_at(k + 1).filter(|_| !self.broken(k)) {
                return Some(self.inverted(hit, open));
            }
        }
        if let Some(found) = self.cleft(i, open) {
            return Some(found);
        }
        if matches!(&self.folded[i], "selon" | "d'") || self.anonymous_source(i, i + 2).is_some() {
            return self.source_at(i);
        }
        if let Some(found) = self.read_in(i, open) {
            return Some(found);
        }
        if let Some(speaker) = self.unlisted_inverted(i, open, close) {
            return Some(Attribution {
                speaker: Some(speaker),
                cue: None,
            });
        }
        // "», poursuit-il", "», s'amuse-t-elle": an inverted subject marks the verb as the
        // cue even when the lexicon lacks it.
        let lower = self.text[self.words[i].clone()].starts_with(char::is_lowercase);
        let pronoun = self.split_inverted(i).1.filter(|_| lower).or_else(|| {
            (lower && matches!(&self.folded[i], "s'" | "se"))
                .then(|| self.split_inverted(i + 1).1)
                .flatten()
        })?;
        Some(Attribution {
            speaker: Some(self.pronoun(pronoun.0, pronoun.1, open)),
            cue: None,
        })
    }

    /// The subject after a verb the lexicon lacks, in a compound past right after the
    /// closing mark at word `i`: "», a attaqué la maire du 7e arrondissement". The auxiliary,
    /// a past participle and a subject after it say the verb reports the quotation.
    fn unlisted_inverted(&self, i: usize, open: usize, close: usize) -> Option<Speaker> {
        // Three words or more in the marks: "« Les Misérables », a lu Jean Dupont" is a title.
        // Words opening their sentence: after a partial quotation the sentence goes on ("Le
        // préfet, qui avait affirmé que « … », a reçu les habitants").
        let said = self.word_at(close) >= self.word_at(open) + 3 && !self.embedded(open);
        if !said || i + 1 >= self.words.len() || self.broken(i) {
            return None;
        }
        // "», calcule Yann Le Goff": a verb in the present, a person's name right after it.
        let lower = self.text[self.words[i].clone()].starts_with(char::is_lowercase);
        let rest = self.words[i + 1].start..self.sentence(self.words[i].start).end;
        if let Some(person) = self
            .referents
            .mentions_in(&rest)
            .first()
            .filter(|m| lower && m.kind == EntityType::Per && m.span.start == rest.start)
        {
            return Some(self.named(person));
        }
        let participle = i + 1;
        let subject = i + 2;
        if subject >= self.words.len()
            || !(self.has(i) || &self.text[self.words[i].clone()] == "avait")
            || self.broken(i)
            || self.broken(participle)
        {
            return None;
        }
        let verb = &self.text[self.words[participle].clone()];
        let past = verb.starts_with(char::is_lowercase)
            && ["é", "i", "u", "it", "is"]
                .iter()
                .any(|e| verb.ends_with(e));
        let opens = is_determiner(&self.folded[subject])
            || is_capitalised(&self.text[self.words[subject].clone()]);
        if !past || !opens {
            return None;
        }
        self.speaker_after(subject, self.limit(subject), open)
    }

    /// The speaker a clause after a colon following a quotation that opens its sentence
    /// names at its head, from word `i`, as headlines do: "« Nous irons jusqu'au bout » :
    /// Emmanuel Macron défie les syndicats", "« J'ai eu peur » : le témoignage d'une
    /// infirmière", "« Une faute grave » : la ministre recadre le recteur". A thing heading
    /// it says nothing of who spoke ("« Les Misérables » : la comédie musicale revient").
    fn colon_after(&self, i: usize, open: usize) -> Option<Attribution> {
        let end = self.limit(i);
        // "« … » : c'est le cri d'alarme lancé par les urgentistes".
        let i = if i + 2 <= end && self.folded.slice(i..i + 2).eq(["c'", "est"]) {
            i + 2
        } else {
            i
        };
        if i >= end {
            return None;
        }
        let window = self.words[i].start..self.words[end - 1].end;
        let speaker = match self.referents.mentions_in(&window).first() {
            Some(m)
                if m.span.start == window.start
                    && matches!(m.kind, EntityType::Per | EntityType::Org) =>
            {
                Some(self.named(m))
            }
            _ if is_determiner(&self.folded[i]) => self.announcer(i, end, open).or_else(|| {
                let described = self.described(i, self.subject_end(i, end).max(i + 1), open);
                (described.kind == SpeakerKind::Per || self.body(i)).then_some(described)
            }),
            _ => None,
        }?;
        Some(Attribution {
            speaker: Some(speaker),
            cue: None,
        })
    }

    /// A cue with its subject after it, past a complement the quotation takes at word `i`:
    /// "« Ce texte est une avancée » pour les patients, estime la présidente".
    fn cue_past_complement(&self, i: usize, open: usize) -> Option<Attribution> {
        if !matches!(
            &self.folded[i],
            "pour" | "dans" | "sur" | "contre" | "en" | "a" | "avec" | "chez" | "aupres"
        ) || self.broken(i)
        {
            return None;
        }
        let end = self.limit(i);
        let comma = (i + 1..end.min(i + 8)).find(|&j| self.broken(j))?;
        let gap = &self.text[self.words[comma].end..self.words.get(comma + 1)?.start];
        if gap.trim() != "," {
            return None;
        }
        let hit = self.cue_at(comma + 1)?;
        let found = self.inverted(hit, open);
        found.speaker.is_some().then_some(found)
    }

    /// "», peut-on lire dans le communiqué", "», lit-on sur le site de la préfecture", "»,
    /// a-t-on appris auprès de la préfecture" at word `i`: the text read, or the source
    /// asked, speaks.
    fn read_in(&self, i: usize, open: usize) -> Option<Attribution> {
        let (verb, pronoun) = self.split_inverted(i);
        if pronoun.is_none_or(|(span, _)| &self.text[span] != "on") {
            return None;
        }
        let mut j = i + 1;
        let lemma = match verb {
            "peut" | "pouvait" if self.folded.get(j) == Some("lire") => {
                j += 1;
                "lire"
            }
            "lit" | "lisait" => "lire",
            // "», a-t-on appris auprès de la préfecture": the source asked speaks.
            "a" | "avait" if self.folded.get(j) == Some("appris") => {
                j += 1;
                "apprendre"
            }
            "apprend" => "apprendre",
            _ => return None,
        };
        let mut subject = j + 1;
        if lemma == "apprendre" && !(i..j).any(|k| self.broken(k)) {
            // "», a-t-on appris de source policière".
            if let Some(source) = self.anonymous_source(j, self.limit(j)) {
                return Some(Attribution {
                    speaker: Some(Speaker {
                        via: Via::Descriptor,
                        ..source
                    }),
                    cue: Some(Cue {
                        span: self.words[i].start..self.words[j - 1].end,
                        lemma: lemma.to_string(),
                    }),
                });
            }
        }
        match (lemma, self.folded.get(j)) {
            ("lire", Some("dans" | "sur")) => {}
            ("apprendre", Some("aupres"))
                if matches!(self.folded.get(j + 1), Some("de" | "d'" | "du" | "des")) =>
            {
                subject += 1;
            }
            _ => return None,
        }
        if (i..subject).any(|k| self.broken(k)) {
            return None;
        }
        let end = self.limit(subject);
        // After "du" or "des" the source is a listed body at once ("auprès du ministère de
        // l'Intérieur"), not a place its description names ("auprès du parquet de Paris").
        let contracted = matches!(self.folded.get(subject - 1), Some("du" | "des"));
        // "dans le rapport de la Cour des comptes": the text read, though "dans" makes it a
        // complement.
        if subject >= end {
            return None;
        }
        let speaker = if lemma == "lire" && is_determiner(&self.folded[subject]) {
            self.description_or_apposition(subject, end, open)
        } else {
            self.speaker_after(subject, end, open)
                .filter(|s| !contracted || s.span.start == self.words[subject].start)?
        };
        Some(Attribution {
            speaker: Some(speaker),
            cue: Some(Cue {
                span: self.words[i].start..self.words[j - 1].end,
                lemma: lemma.to_string(),
            }),
        })
    }

    /// A cleft sentence right after the quotation, at word `i`, saying who spoke it: "» C'est
    /// par ces mots que le ministre a conclu", "» C'est ce qu'a déclaré Jean Dupont", "» Voilà
    /// ce que répètent les agriculteurs".
    fn cleft(&self, i: usize, open: usize) -> Option<Attribution> {
        let cleft = &self.folded[i] == "c'" && self.folded.get(i + 1) == Some("est");
        // "» Voilà ce que répètent depuis des mois les agriculteurs", "» Voilà comment un
        // viticulteur résume la saison."
        let presented = matches!(&self.folded[i], "voila" | "voici");
        let how = presented && self.folded.get(i + 1) == Some("comment");
        if !(cleft || how || presented && self.folded.get(i + 1) == Some("ce")) {
            return None;
        }
        let end = self.limit(i);
        let que = if how {
            i + 1
        } else {
            (i + 2..end.min(i + 8)).find(|&j| matches!(&self.folded[j], "que" | "qu'"))?
        };
        if (i..que).any(|j| self.broken(j)) {
            return None;
        }
        let hit = (que + 1..end).find_map(|j| self.cue_at(j))?;
        let cue_word = self.word_at(hit.span.start);
        let speaker = self
            .subject_before(que + 1, cue_word, hit.pronoun.clone(), open)
            .or_else(|| self.speaker_after(hit.next, end, open))?;
        Some(Attribution {
            speaker: Some(speaker),
            cue: Some(Cue {
                span: hit.span,
                lemma: hit.lemma,
            }),
        })
    }
}
