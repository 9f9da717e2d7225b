//! Before the opening mark: the words leading to a quotation → its cue and speaker, after a
//! colon ("X a affirmé : «", "Réponse de X :") or around a fragment inside the journalist's
//! sentence ("X a dénoncé des « … »").

use std::ops::Range;

use crate::mention::{EntityType, Mention};
use crate::quotes::{Cue, Speaker, SpeakerKind};
use crate::words::is_capitalised;

use super::lexicon::{is_determiner, said_words, AUXILIARIES, LEAD_NOUNS, SOURCES};
use super::{Attribution, CueHit, Reader, WINDOW};

impl<'a> Reader<'a> {
    /// Whether the quotation opening at word `open_word` is the charge a case is brought
    /// for, in the words of the law, not somebody's words: "une enquête pour « mise en danger
    /// de la vie d'autrui »", "mis en examen pour « assassinat »".
    fn charge(&self, open_word: usize, from: usize) -> bool {
        const CASES: &[&str] = &[
            "enquete",
            "examen",
            "poursuivi",
            "poursuivie",
            "poursuivis",
            "condamne",
            "condamnee",
            "condamnes",
            "inculpe",
            "inculpee",
            "ecroue",
            "ecrouee",
            "interpelle",
            "interpellee",
            "juge",
            "jugee",
            "juges",
            "plainte",
            "information",
            "garde",
        ];
        open_word > from
            && &self.folded[open_word - 1] == "pour"
            && self
                .folded
                .slice(open_word.saturating_sub(7).max(from)..open_word - 1)
                .any(|w| CASES.contains(&w))
    }

    /// Cue and speaker before the opening mark at `open`, when a colon introduces it: in the
    /// same sentence, or ending the paragraph before one the quotation opens. A colon makes
    /// what follows somebody's words even without a reporting verb ("Le médecin leva les
    /// bras : «"); the speaker is then the subject of the clause, if it names one.
    pub fn before(&self, open: usize) -> Option<Attribution> {
        let mut lead = self.lead(open);
        if lead.is_empty() {
            let previous = self.sentence_before(open)?;
            let gap = &self.text[previous.end..self.sentence(open).start.min(open)];
            if gap.contains(['«', '»', '“', '”']) {
                return None;
            }
            lead = previous;
        }
        let clause = self.text[lead.clone()].trim_end();
        if !clause.ends_with(':') {
            return None;
        }
        let colon = lead.start + clause.len() - 1;
        let first = self.word_at(lead.start);
        let end = self.word_at(colon);
        let from = end.saturating_sub(WINDOW).max(first);
        // "Pour X :", "Selon X :".
        if from == first && first < end && SOURCES.contains(&&self.folded[first]) {
            if let Some(found) = self.source_at(first) {
                return Some(self.reported_after_source(found, end, open));
            }
        }
        let Some(hit) = self.cues_before(from, end).next() else {
            return Some(Attribution {
                speaker: self
                    .announcer(from, end, open)
                    .or_else(|| self.clause_subject(from, end, open))
                    .or_else(|| self.visited(from, end)),
                cue: None,
            });
        };
        let cue_word = self.word_at(hit.span.start);
        // "Il a été précisé par le parquet :": a passive cue's agent speaks, not its
        // (often impersonal) subject.
        if let Some(agent) = self.passive_agent(&hit, end, open) {
            return Some(Attribution {
                speaker: Some(agent),
                cue: Some(Cue {
                    span: hit.span,
                    lemma: hit.lemma,
                }),
            });
        }
        // "Le message est clair, assure l'entourage du président :": an incise after a clause
        // of its own, its subject after the verb.
        let incise = cue_word > from
            && self.broken(cue_word - 1)
            && hit.pronoun.is_none()
            && hit.next < end
            && (from..cue_word).any(|j| AUXILIARIES.contains(&&self.folded[j]));
        if incise {
            // A person or a body: "Le ton est donné, reprit sa voix" names neither.
            let speaker = self
                .speaker_after(hit.next, end, open)
                .filter(|s| matches!(s.kind, SpeakerKind::Per | SpeakerKind::Org));
            if let Some(speaker) = speaker {
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: Some(Cue {
                        span: hit.span,
                        lemma: hit.lemma,
                    }),
                });
            }
        }
        // "Voici ce qu'a déclaré le chef de l'État :": the subject after the verb; not "ne
        // put que répéter ce mot :".
        let object_first = cue_word > from + 1
            && matches!(&self.folded[cue_word - 1], "qu'" | "que")
            && &self.folded[cue_word - 2] == "ce";
        let mut speaker = if object_first && hit.pronoun.is_none() {
            self.speaker_after(hit.next, end, open)
        } else {
            self.subject_before(from, cue_word, hit.pronoun.clone(), open)
        };
        // "La courageuse femme écrivait à sa belle-sœur Rebecca :": whom it is said to is
        // no subject.
        let addressed = hit.next < end && matches!(&self.folded[hit.next], "a" | "au" | "aux");
        if speaker.as_ref().is_none_or(|s| s.kind != SpeakerKind::Per)
            && hit.next < end
            && !addressed
        {
            // "comme le précise l'ambassadeur, Bernard Bajolet :": the subject after the verb.
            let after = self.words[hit.next].start..self.words[end - 1].end;
            if let Some(person) = self
                .referents
                .mentions_in(&after)
                .iter()
                .find(|m| m.kind == EntityType::Per)
            {
                speaker = Some(self.named(person));
            }
        }
        Some(Attribution {
            speaker,
            cue: Some(Cue {
                span: hit.span,
                lemma: hit.lemma,
            }),
        })
    }

    /// Whose words a lead before a colon, in words `from..end`, announces by a noun of speech
    /// and its complement: "Réponse immédiate de Gabriel Attal :", "Le constat de l'Insee est
    /// sans appel :", "Commentaire d'un diplomate :".
    pub(super) fn announcer(&self, from: usize, end: usize, quote_start: usize) -> Option<Speaker> {
        let head = from + usize::from(is_determiner(&self.folded[from]));
        let announced = head < end
            && (LEAD_NOUNS.contains(&&self.folded[head]) || said_words(&self.folded[head]));
        if !announced {
            return None;
        }
        // Past an adjective or two: "Réponse immédiate de", "Premier commentaire de".
        let mut k = head + 1;
        while k < end
            && k < head + 3
            && !self.broken(k - 1)
            && self.text[self.words[k].clone()].starts_with(char::is_lowercase)
            && !matches!(&self.folded[k], "de" | "d'" | "du" | "des")
        {
            k += 1;
        }
        if k >= end || self.broken(k - 1) {
            return None;
        }
        // "Le mot d'ordre de la CGT", "Le cri d'alarme des médecins": past the noun's own
        // complement.
        let compound = k + 2 < end
            && matches!(&self.folded[k], "de" | "d'")
            && self.text[self.words[k + 1].clone()].starts_with(char::is_lowercase)
            && !is_determiner(&self.folded[k + 1])
            && matches!(&self.folded[k + 2], "de" | "d'" | "du" | "des")
            && !self.broken(k)
            && !self.broken(k + 1);
        if compound {
            k += 2;
        }
        self.whose(k, end, quote_start).or_else(|| {
            // "le cri d'alarme lancé par les médecins": the agent of the words.
            (head + 1..end.min(head + 5))
                .take_while(|&j| !self.broken(j - 1))
                .find_map(|j| self.said_by(j, end))
                .and_then(|agent| self.speaker_after(agent, end, quote_start))
        })
    }

    /// The person or body named by the complement opening at word `k` ("de", "d'", "du",
    /// "des") in words `..end`: "de Gabriel Attal", "de l'Insee"; or the description it
    /// opens: "d'un diplomate", "de la ministre".
    pub(super) fn whose(&self, k: usize, end: usize, quote_start: usize) -> Option<Speaker> {
        if k >= end || !matches!(&self.folded[k], "de" | "d'" | "du" | "des") {
            return None;
        }
        let window = self.words[k].start..self.words[end - 1].end;
        if let Some(m) = self.referents.mentions_in(&window).first().filter(|m| {
            matches!(m.kind, EntityType::Per | EntityType::Org)
                && self.word_at(m.span.start) <= k + 3
        }) {
            return Some(self.named(m));
        }
        let det = k + 1;
        if matches!(&self.folded[k], "du" | "des") && det < end {
            // "Réponse cinglante du Premier ministre :": the article is in "du"; the
            // description as written starts after it.
            let stop = self.description_end(k, end).max(det + 1);
            // "Réaction du patron des sénateurs LR, Mathieu Darnaud :": the name apposed.
            if let Some(person) = self.apposed(k, stop, end) {
                return Some(self.named(person));
            }
            let described = self.described(k, stop, quote_start);
            if described.kind != SpeakerKind::Per {
                return None;
            }
            let span = self.words[det].start..described.span.end;
            let unresolved = described.canonical == self.text[described.span.clone()];
            return Some(Speaker {
                canonical: if unresolved {
                    self.text[span.clone()].to_string()
                } else {
                    described.canonical
                },
                span,
                ..described
            });
        }
        (matches!(&self.folded[k], "de" | "d'")
            && det + 1 < end
            && is_determiner(&self.folded[det]))
        .then(|| {
            self.described(
                det,
                self.description_end(det, end).max(det + 2),
                quote_start,
            )
        })
    }

    /// The person or body a verbless lead before a colon visits, in words `from..end`:
    /// "Même son de cloche chez le capitaine Marquinhos :", "Du côté de la CGT :".
    fn visited(&self, from: usize, end: usize) -> Option<Speaker> {
        let at = (from..end).find(|&j| {
            &self.folded[j] == "chez"
                || (&self.folded[j] == "cote" && j > from && &self.folded[j - 1] == "du")
        })?;
        let window = self.words[at].start..self.words[end - 1].end;
        let near = self.words[(at + 4).min(end - 1)].end;
        self.referents
            .mentions_in(&window)
            .iter()
            .find(|m| matches!(m.kind, EntityType::Per | EntityType::Org) && m.span.start < near)
            .map(|m| self.named(m))
    }

    /// The agent after a passive cue ("a été précisé par le parquet", "est annoncé par la
    /// mairie"), reading no further than word `end`.
    fn passive_agent(&self, hit: &CueHit, end: usize, quote_start: usize) -> Option<Speaker> {
        let first = self.word_at(hit.span.start);
        let last = self.word_at(hit.span.end.saturating_sub(1));
        let passive = (first..=last).any(|j| &self.folded[j] == "ete")
            || (matches!(&self.folded[first], "est" | "sont" | "fut" | "etait")
                && !first
                    .checked_sub(1)
                    .is_some_and(|p| matches!(&self.folded[p], "s'" | "se")));
        if !passive {
            return None;
        }
        // The cue takes in the "par" of "a été précisé par", not that of "est précisé par".
        let agent = if hit.next > 0 && &self.folded[hit.next - 1] == "par" {
            hit.next
        } else if self.folded.get(hit.next) == Some("par") {
            hit.next + 1
        } else {
            return None;
        };
        self.speaker_after(agent, end, quote_start)
    }

    /// The source of a fragment inside the journalist's sentence: `selon X` anywhere in the
    /// sentence, else a cue right after it, else the person (or body) the sentence is about.
    pub fn partial(&self, open: usize, close: usize) -> Option<Attribution> {
        if let Some(found) = self.after(open, close) {
            return Some(found);
        }
        let sentence = self.sentence(open);
        let first = self.word_at(sentence.start);
        let open_word = self.word_at(open);
        let last = self.word_at(sentence.end).min(self.words.len());
        let from = open_word.saturating_sub(WINDOW).max(first);
        let to = (open_word + WINDOW).min(last);
        if from >= open_word {
            return None; // no word before it in the sentence
        }
        if self.charge(open_word, from) {
            return None;
        }
        // A word opening the sentence, or after a conjunction that does: "Mais pour la
        // Confédération paysanne, « … »".
        let opening = |j: usize| {
            j == first || (j == first + 1 && matches!(&self.folded[first], "mais" | "et" | "or"))
        };
        let source = (from..to).find_map(|j| match &self.folded[j] {
            "selon" => self.source_at(j),
            "de" => self.source_at(j),
            "d'" if self.folded.get(j + 1).is_some_and(|w| w == "apres") => self.source_at(j),
            // "Pour Karine, « c'était terrifiant »", "Pour la CGT, «…»", "Pour le syndicat,
            // «…»": a person or body opening the sentence, not "Pour la première fois".
            // "Pour sa part, X a jugé …" is no source, only the sentence's subject; nor is
            // "Pour cela, il fallait que Chantal dise « oui »".
            "pour"
                if opening(j) && self.folded.get(j + 2) != Some("part") && self.names_next(j) =>
            {
                self.source_at(j).filter(|found| {
                    found.speaker.as_ref().is_some_and(|s| match s.kind {
                        SpeakerKind::Per | SpeakerKind::Org => true,
                        SpeakerKind::Loc => false,
                        SpeakerKind::Other => self.names_somebody(&s.span),
                    })
                })
            }
            _ => None,
        });
        if let Some(found) = source {
            return Some(self.reported_after_source(found, open_word, open));
        }
        // The nearest cue before it in the sentence whose subject the text gives: "X a
        // indiqué que «…»", "a-t-il lancé, dénonçant des «…»", "X a dénoncé mardi, devant la
        // presse, des «…»".
        let found = self.cues_before(from, open_word).find_map(|hit| {
            let cue_word = self.word_at(hit.span.start);
            let after_quote = cue_word > from
                && self.text[self.words[cue_word - 1].end..hit.span.start].contains(['»', '”']);
            let speaker = if after_quote || self.as_said(cue_word) {
                self.inverted(hit.clone(), open).speaker
            } else if let Some(agent) = self.participle_agent(&hit, close, open) {
                Some(agent)
            } else {
                self.subject_before(from, cue_word, hit.pronoun.clone(), open)
            };
            speaker.map(|speaker| (speaker, hit))
        });
        if let Some((speaker, hit)) = found {
            return Some(Attribution {
                speaker: Some(speaker),
                cue: Some(Cue {
                    span: hit.span,
                    lemma: hit.lemma,
                }),
            });
        }
        // The entity the sentence speaks of: a person first, then a body or a place.
        let window = self.words[from].start..self.words[open_word - 1].end;
        let mention = self.nearest_before(&window, EntityType::Per).or_else(|| {
            self.nearest_before(&window, EntityType::Org)
                .or_else(|| self.nearest_before(&window, EntityType::Loc))
        });
        if let Some(mention) = mention {
            return Some(Attribution {
                speaker: Some(self.named(mention)),
                cue: None,
            });
        }
        // "La chaîne met « tout en œuvre … »": a body heading the sentence, not a thing
        // ("Cette sculpture avait provoqué « un scandale »").
        if from == first && is_determiner(&self.folded[first]) && self.body(first) {
            // The noun and its complement, not the verb after it ("La chaîne met").
            let stop = match self.folded.get(first + 2) {
                Some("de" | "du" | "des" | "d'") => self.description_end(first, open_word),
                _ => first + 2,
            };
            return Some(Attribution {
                speaker: Some(self.described(first, stop, open)),
                cue: None,
            });
        }
        // "Dans un communiqué, la préfecture du Nord « appelle à la prudence »", "Interrogé
        // mardi, le ministre « ne regrette rien »": a body or a role heading the clause the
        // quotation ends, its verb quoted with it.
        let clause = (from..open_word - 1)
            .rev()
            .find(|&j| self.broken(j))
            .map_or(from, |j| j + 1);
        if clause > first
            && is_determiner(&self.folded[clause])
            && self.description_end(clause, open_word) == open_word
        {
            let speaker = self.described(clause, open_word, open);
            if self.body(clause) || speaker.kind == SpeakerKind::Per {
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: None,
                });
            }
        }
        // "Interrogé sur leur nombre, le dirigeant a refusé de « donner un chiffre »", "La
        // ministre veut « aller vite »": a role heading the clause, and between them only
        // the verb that governs the quotation, no object of its own.
        if is_determiner(&self.folded[clause]) {
            let mut stop = self.description_end(clause, open_word);
            // "La ministre veut « … »": a verb the description read on through.
            let head = clause + 1;
            if stop == open_word
                && head + 1 < open_word
                && self.title_at(head, head + 1)
                && !self.adjective(head + 1)
                && !matches!(&self.folded[head + 1], "de" | "du" | "des" | "d'")
            {
                stop = head + 1;
            }
            let governed = stop < open_word
                && open_word - stop <= 4
                && (stop..open_word)
                    .all(|j| !is_determiner(&self.folded[j]) && !self.is_name_word(j))
                && !(stop..open_word - 1).any(|j| self.broken(j));
            let speaker = governed.then(|| self.described(clause, stop, open));
            if let Some(speaker) = speaker.filter(|s| s.kind == SpeakerKind::Per) {
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: None,
                });
            }
        }
        None
    }

    /// Whether the cue at word `cue_word` follows "comme l'" or "ainsi que le", its subject
    /// after it: "Comme l'a rappelé le président, « … »".
    fn as_said(&self, cue_word: usize) -> bool {
        let before = |n: usize| cue_word.checked_sub(n).map(|j| &self.folded[j]);
        matches!(before(1), Some("l'" | "le"))
            && (before(2) == Some("comme")
                || (before(2) == Some("que") && before(3) == Some("ainsi")))
            && !(cue_word - 2..cue_word).any(|j| self.broken(j))
    }

    /// The agent of a participle standing alone before a quotation, named after its closing
    /// mark at `close`: "Le texte, qualifié de « loi travail XXL » par l'opposition" quotes
    /// the opposition, not the text.
    fn participle_agent(&self, hit: &CueHit, close: usize, open: usize) -> Option<Speaker> {
        let cue_word = self.word_at(hit.span.start);
        let alone = self.word_at(hit.span.end) == cue_word + 1
            && hit.pronoun.is_none()
            && cue_word
                .checked_sub(1)
                .is_none_or(|p| !AUXILIARIES.contains(&&self.folded[p]));
        let participle = self.folded[cue_word].ends_with(['e', 's', 't']);
        let by = self.word_at(close);
        if !(alone && participle) || self.folded.get(by) != Some("par") {
            return None;
        }
        // Nothing but the mark and a space between the quotation and "par".
        if !self.text[close..self.words[by].start]
            .trim_start_matches(['»', '”', '"'])
            .trim()
            .is_empty()
        {
            return None;
        }
        self.speaker_after(by + 1, self.limit(by + 1), open)
    }

    /// Whether the word after the preposition at word `j` may open a name or a description:
    /// a capital, a determiner or a stressed pronoun ("pour Karine", "pour la CGT", "pour
    /// lui"), not "pour cela".
    fn names_next(&self, j: usize) -> bool {
        self.words.get(j + 1).is_some_and(|next| {
            let folded = &self.folded[j + 1];
            is_capitalised(&self.text[next.clone()])
                || is_determiner(folded)
                || matches!(folded, "lui" | "elle" | "eux" | "elles")
        })
    }

    /// Whether a description at `span` names somebody rather than a thing ("la première
    /// fois"): a body by its capitalised name or acronym ("la CGT", "le Medef"), a body by
    /// what it is ("le syndicat Alliance", "la préfecture") or a role ("son avocat").
    fn names_somebody(&self, span: &Range<usize>) -> bool {
        let k = self.word_at(span.start);
        k + 1 < self.words.len()
            && self.words[k + 1].end <= span.end
            && is_determiner(&self.folded[k])
            && (is_capitalised(&self.text[self.words[k + 1].clone()])
                || self.body(k)
                || self.gaz.titles.contains_key(&self.folded[k + 1]))
    }

    /// The last mention of `kind` in `window` that may be a subject: a body or a place after a
    /// preposition ("à Paris", "au-delà du G8") is a complement, and speaks for nobody.
    fn nearest_before(&self, window: &Range<usize>, kind: EntityType) -> Option<&'a Mention> {
        self.referents.mentions_in(window).iter().rev().find(|m| {
            m.kind == kind
                && (kind == EntityType::Per || !self.complement(self.word_at(m.span.start)))
        })
    }
}
