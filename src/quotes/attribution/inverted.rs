//! Inverted subjects: the words after a cue → the speaker they name ("», a déclaré le
//! ministre de l'Intérieur, Gérald Darmanin", "», dit-il", "», confie Sophie").

use std::ops::Range;

use crate::gazetteer::Gender;
use crate::mention::{EntityType, Mention};
use crate::quotes::{Cue, Speaker, SpeakerKind, Via};
use crate::words::is_capitalised;

use super::lexicon::{is_determiner, said_words, ADVERBS, PREPOSITIONS, PRONOUNS, TIME_WORDS};
use super::{Attribution, CueHit, Reader};

impl<'a> Reader<'a> {
    /// The speaker after an inverted cue ("», a déclaré X").
    pub(super) fn inverted(&self, hit: CueHit, quote_start: usize) -> Attribution {
        let end = self.limit(hit.next);
        self.inverted_until(hit, quote_start, end)
    }

    pub(super) fn inverted_within(
        &self,
        hit: CueHit,
        quote_start: usize,
        end: usize,
    ) -> Attribution {
        self.inverted_until(hit, quote_start, end)
    }

    fn inverted_until(&self, hit: CueHit, quote_start: usize, end: usize) -> Attribution {
        let cue = Cue {
            span: hit.span.clone(),
            lemma: hit.lemma.clone(),
        };
        let speaker = match hit.pronoun {
            // "», indique-t-on de source judiciaire", "a-t-on appris de sources
            // concordantes": the unnamed source speaks, not "on".
            Some((span, _)) if &self.text[span.clone()] == "on" => Some(
                (hit.next..end.min(hit.next + 2))
                    .find_map(|j| self.anonymous_source(j, end))
                    .or_else(|| self.where_on_speaks(hit.next, end))
                    .map_or_else(
                        || self.pronoun(span, Gender::Either, quote_start),
                        |source| Speaker {
                            via: Via::Descriptor,
                            ..source
                        },
                    ),
            ),
            Some((span, gender)) => Some(self.pronoun(span, gender, quote_start)),
            None => self.speaker_after(hit.next, end, quote_start),
        };
        Attribution {
            speaker,
            cue: Some(cue),
        }
    }

    /// The speaker named in words `i..end` after a cue.
    pub(super) fn speaker_after(
        &self,
        i: usize,
        end: usize,
        quote_start: usize,
    ) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        let stressed = [("lui", Gender::Masculine), ("eux", Gender::Masculine)];
        if let Some(&(_, gender)) = PRONOUNS
            .iter()
            .chain(&stressed)
            .find(|(p, _)| *p == &self.folded[i])
        {
            // "», a-t-il dit", "selon lui", "d'après elle".
            return Some(self.pronoun(self.words[i].clone(), gender, quote_start));
        }
        // Skip adjuncts of time before a description: "hier", "mercredi"; but a possessive
        // opens one ("lui a répondu sa directrice").
        let mut k = i;
        while k < end && self.latter(k).is_none() {
            let word = &self.folded[k];
            // "souffla presque le malade", "répond calmement la ministre".
            let adverb = matches!(word, "presque" | "doucement" | "lentement")
                || (word.len() > 6
                    && word.ends_with("ement")
                    && self.text[self.words[k].clone()].starts_with(char::is_lowercase));
            if (ADVERBS.contains(&word) || adverb) && !is_determiner(word) {
                k += 1;
            } else if let Some(after) = self.time_adjunct(k, end) {
                k = after;
            } else {
                break;
            }
        }
        if let Some((stop, gender)) = self.latter(k).filter(|&(stop, _)| stop <= end) {
            return Some(self.latest_person(k..stop, gender, quote_start));
        }
        if let Some((stop, gender, which)) = self.one_of_two(k).filter(|&(stop, _, _)| stop <= end)
        {
            return Some(self.of_the_pair(k..stop, gender, which, quote_start));
        }
        // A description right after the cue is the subject: a name further on belongs to it
        // only inside it or in apposition ("a déclaré le ministre de l'Intérieur, Gérald
        // Darmanin"), not in a later complement ("a révélé son avocate à l'AFP, à la demande
        // de sa veuve Sandrine Diouf").
        if k < end && is_determiner(&self.folded[k]) && !self.complement(k) {
            return Some(self.description_or_apposition(k, end, quote_start));
        }
        // A person named anywhere in the window but in a complement ("a confié à Mme Durand
        // le ministre"); else a body or place heading the phrase.
        let window = self.words[i].start..self.words[end - 1].end;
        if let Some(person) = self
            .referents
            .mentions_in(&window)
            .iter()
            .find(|m| m.kind == EntityType::Per && !self.complement(self.word_at(m.span.start)))
        {
            if !self.after_relative(i, person.span.start) {
                return Some(self.named(person));
            }
        }
        // The subject stands after any complement of the verb: "a reconnu auprès de l'AFP
        // une source policière".
        if k < end && self.complement_ahead(k, end) {
            // Past the whole complement, to the determiner that opens no complement: "se
            // félicite dans un communiqué le syndicat".
            k = (k + 1..end)
                .find(|&j| {
                    (is_determiner(&self.folded[j]) && !self.complement(j))
                        // "s'insurgent dans une lettre ouverte plus de 200 médecins".
                        || (self.counted(j) && !self.broken(j - 1))
                })
                .unwrap_or(end);
        }
        if k < end && (is_determiner(&self.folded[k]) || self.counted(k)) {
            return Some(self.description_or_apposition(k, end, quote_start));
        }
        // "raconte à l'AFP Nathalie, qui habite le quartier": the name after whom it was said
        // to, not the listener.
        if k < end && matches!(&self.folded[k], "a" | "au" | "aux") {
            let head = k + 1 + usize::from(matches!(self.folded.get(k + 1), Some("l'" | "la")));
            let listener = self.words.get(head).and_then(|w| {
                let window = w.start..self.words[end - 1].end;
                self.referents
                    .mentions_in(&window)
                    .first()
                    .filter(|m| m.span.start == w.start)
            });
            if let Some(listener) = listener {
                let after = self.word_at(listener.span.end);
                if after < end && !self.broken(after - 1) && self.is_name_word(after) {
                    return self.entity_between(after, end, false);
                }
            }
        }
        self.entity_between(k, end, false)
    }

    /// The entity a description in `phrase` names, outside any complement: the person if
    /// there is one ("le conseiller municipal LR Pierre Oliver", "Le député LFI Éric
    /// Coquerel"), not the party that qualifies them; else the first body or place.
    pub(super) fn entity_heading(&self, phrase: &Range<usize>) -> Option<&'a Mention> {
        let head = self.word_at(phrase.start);
        // A name heading the phrase, right after its determiner, is no complement even when
        // a preposition precedes the phrase ("Pour le Medef, «", "selon le ministère").
        let heads = |j: usize| j == head || (j == head + 1 && is_determiner(&self.folded[head]));
        let mut inside = self.referents.mentions_in(phrase).iter().filter(|m| {
            let j = self.word_at(m.span.start);
            heads(j) || !self.complement(j)
        });
        let first = inside.clone().next();
        inside.find(|m| m.kind == EntityType::Per).or(first)
    }

    /// The speaker a description at word `k` names: an entity heading it or inside it ("le
    /// ministre de l'Intérieur Gérald Darmanin"), a person in apposition right after it ("le
    /// ministre, Gérald Darmanin,"), else the description itself.
    pub(super) fn description_or_apposition(
        &self,
        k: usize,
        end: usize,
        quote_start: usize,
    ) -> Speaker {
        let stop = self.description_end(k, end).max(k + 1);
        let phrase = self.words[k].start..self.words[stop - 1].end;
        if let Some(named) = self.entity_heading(&phrase) {
            return self.named(named);
        }
        if self.folded.get(k + 1).is_some_and(said_words) {
            // "les propos tenus par Marie Leblanc", "un communiqué de la CGT": whoever said
            // or wrote them, named in the same phrase.
            let clause = (k..end).find(|&j| self.broken(j)).map_or(end, |j| j + 1);
            let window = self.words[k].start..self.words[clause - 1].end;
            if let Some(author) = self
                .referents
                .mentions_in(&window)
                .iter()
                .find(|m| matches!(m.kind, EntityType::Per | EntityType::Org))
            {
                return self.named(author);
            }
            // "les mots du ministre", "les propos de la maire": the role the complement
            // gives, when it names somebody the article described so; "les termes du
            // communiqué de la préfecture": the body, through the writings it published.
            let mut of = k;
            while of + 3 < stop
                && said_words(&self.folded[of + 1])
                && matches!(&self.folded[of + 2], "de" | "du" | "des" | "d'")
            {
                of += 2 + usize::from(is_determiner(&self.folded[of + 3]));
            }
            if of > k {
                let author = self.described(of, stop, quote_start);
                let resolved = author.kind == SpeakerKind::Per
                    && author.canonical != self.text[author.span.clone()];
                if resolved || (is_determiner(&self.folded[of]) && self.body(of)) {
                    return Speaker {
                        span: self.words[k].start..author.span.end,
                        ..author
                    };
                }
            }
        }
        if let Some(person) = self.apposed(k, stop, end) {
            return self.named(person);
        }
        self.described(k, stop, quote_start)
    }

    /// The person named in apposition to the description in words `k..stop`, reading no
    /// further than word `end`: right after it, or after a comma or a bracket that closes a
    /// complement ("la représentante … sur la violence à l'encontre des enfants, Marta Santos
    /// Pais", "(Ufip), Jean Louis Schilansky"), not a name completing a noun further on ("à
    /// la demande de sa veuve Sandrine Diouf").
    pub(super) fn apposed(&self, k: usize, stop: usize, end: usize) -> Option<&'a Mention> {
        if stop >= end {
            return None;
        }
        let rest = self.words[stop].start..self.words[end - 1].end;
        self.referents.mentions_in(&rest).iter().find(|m| {
            let mut at = self.word_at(m.span.start);
            // ", Me Jean Tamalet": the honorific opens the apposition.
            if at > stop && self.abbreviation(at - 1) {
                at -= 1;
            }
            let gap = &self.text[self.words[at - 1].end..self.words[at].start];
            m.kind == EntityType::Per
                && (at == stop || gap.contains([',', ')']))
                && (gap.trim().is_empty() || gap.contains([',', '(', ')']))
                && !self.complement(at)
                && !self.after_relative(k, m.span.start)
        })
    }

    /// One past a date or time at word `k` ("mardi", "jeudi soir", "ce mardi", "le 3 mars
    /// dernier"), which may stand between an inverted cue and its subject; `None` if there
    /// is none.
    fn time_adjunct(&self, k: usize, end: usize) -> Option<usize> {
        let timely = |j: usize| {
            j < end
                && !self.broken(j - 1)
                && (TIME_WORDS.contains(&&self.folded[j])
                    || self.folded[j].chars().all(|c| c.is_ascii_digit())
                    || &self.folded[j] == "1er")
        };
        let start = match &self.folded[k] {
            word if TIME_WORDS.contains(&word) => k,
            // "ce mardi", "le 3 mars": a determiner, then the date.
            "ce" | "cet" | "cette" | "le" if k + 1 < end && timely(k + 1) => k + 1,
            _ => return None,
        };
        let mut j = start + 1;
        while timely(j) {
            j += 1;
        }
        Some(j)
    }

    /// Whether word `k` is inside a complement that a subject follows in words `..end`: a
    /// preposition, or a word after one, with a determiner further on that starts no
    /// complement.
    fn complement_ahead(&self, k: usize, end: usize) -> bool {
        let word = &self.folded[k];
        let opens = PREPOSITIONS.contains(&word) || matches!(word, "aupres" | "devant" | "lors");
        if !(opens || self.complement(k)) {
            return false;
        }
        (k + 1..end)
            .take_while(|&j| !self.broken(j - 1))
            .any(|j| (is_determiner(&self.folded[j]) && !self.complement(j)) || self.counted(j))
    }

    /// Whether a relative pronoun stands between word `i` and byte `at`: the name then
    /// belongs to another clause ("le haut responsable qui a rappelé … X").
    fn after_relative(&self, i: usize, at: usize) -> bool {
        let to = self.word_at(at);
        (i..to).any(|j| matches!(&self.folded[j], "qui" | "que" | "qu'" | "dont"))
    }

    /// The first entity in words `i..end`, or a capitalised name right at `i`.
    pub(super) fn entity_between(&self, i: usize, end: usize, dash: bool) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        let window = self.words[i].start..self.words[end - 1].end;
        let mentions = self.referents.mentions_in(&window);
        let best = mentions
            .iter()
            .find(|m| m.kind == EntityType::Per)
            .or_else(|| mentions.iter().find(|m| m.kind != EntityType::Date));
        // A name right at the cue comes before any mention further on: "confie Sophie,
        // une usagère rencontrée gare de Lyon".
        let unknown_first = self.is_name_word(i)
            && best.is_some_and(|m| m.span.start > self.words[i].start)
            && mentions
                .first()
                .is_none_or(|m| m.span.start > self.words[i].start);
        if let Some(mention) = best.filter(|_| !unknown_first) {
            return Some(self.named(mention));
        }
        // An unknown capitalised name right after the cue: "», a dit Kowalczyk."
        let mut j = i;
        while j < end && self.is_name_word(j) {
            j += 1;
        }
        (j > i && (j - i <= 4 || dash)).then(|| {
            let span = self.words[i].start..self.words[j - 1].end;
            Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Explicit,
            }
        })
    }

    /// A capitalised word that may be part of a name: not a listed common word or title.
    pub(super) fn is_name_word(&self, j: usize) -> bool {
        is_capitalised(&self.text[self.words[j].clone()])
            && !self.gaz.stopwords.contains(&self.folded[j])
            && !self.gaz.is_title(&self.folded[j])
    }
}
