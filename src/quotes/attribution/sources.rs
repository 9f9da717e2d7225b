//! Sources: "selon X", "de source policière", "dit-on à l'Élysée" → the speaker a source
//! names, unless a reporting verb after it has its own subject.

use crate::mention::EntityType;
use crate::quotes::{Cue, Speaker, SpeakerKind, Via};

use super::lexicon::ADVERBS;
use super::{Attribution, Reader};

impl<'a> Reader<'a> {
    /// The attribution of a quotation that a source introduces, unless a reporting verb
    /// between the source and the quotation (before word `end`) has its own subject: "Selon
    /// Le Monde, le ministre aurait déclaré que «…»" quotes the minister, not the paper.
    pub(super) fn reported_after_source(
        &self,
        found: Attribution,
        end: usize,
        open: usize,
    ) -> Attribution {
        let Some(source) = found.speaker.as_ref() else {
            return found;
        };
        let from = self.word_at(source.span.end);
        if source.span.end > open || from >= end {
            return found;
        }
        let reported = self.cues_before(from, end).find_map(|hit| {
            let cue_word = self.word_at(hit.span.start);
            let speaker = self.subject_before(from, cue_word, hit.pronoun.clone(), open)?;
            Some(Attribution {
                speaker: Some(speaker),
                cue: Some(Cue {
                    span: hit.span,
                    lemma: hit.lemma,
                }),
            })
        });
        reported.unwrap_or(found)
    }

    /// The body or circle an unnamed "on" speaks for, at word `i` after the cue: "»,
    /// insiste-t-on à l'Élysée", "précise-t-on chez Renault", "explique-t-on dans
    /// l'entourage du ministre", "assure-t-on du côté de la mairie", reading no further than
    /// word `end`.
    pub(super) fn where_on_speaks(&self, i: usize, end: usize) -> Option<Speaker> {
        let at = i + usize::from(i < end && ADVERBS.contains(&&self.folded[i]));
        if at + 1 >= end || self.broken(at) {
            return None;
        }
        // "au sein du gouvernement", "au sein de la majorité", "du côté de la mairie": the
        // body itself.
        let within = matches!(
            (&self.folded[at], self.folded.get(at + 1)),
            ("au", Some("sein")) | ("du", Some("cote"))
        ) && matches!(self.folded.get(at + 2), Some("de" | "du" | "des" | "d'"))
            && at + 3 < end;
        let mut k = match &self.folded[at] {
            _ if within => at + 3,
            "a" | "au" | "aux" | "chez" | "dans" => at + 1,
            _ => return None,
        };
        let head = k;
        if matches!(&self.folded[k], "l'" | "la" | "le" | "les") && !self.broken(k) {
            k += 1;
        }
        // A body named there speaks: "à l'Élysée", "au ministère de l'Intérieur"; "dit-on à
        // Paris" is what a town says, nobody's words.
        let phrase = self.words[at + 1].start..self.words[self.description_end(k, end) - 1].end;
        if let Some(body) = self
            .referents
            .mentions_in(&phrase)
            .first()
            .filter(|m| matches!(m.kind, EntityType::Org | EntityType::Per))
            .filter(|m| self.word_at(m.span.start) <= k)
        {
            return Some(Speaker {
                via: Via::Descriptor,
                ..self.named(body)
            });
        }
        // A circle described: "dans l'entourage du ministre", "dans les rangs de la
        // majorité", "au sein du gouvernement"; "à Paris" or "au téléphone" name nobody.
        (within || (&self.folded[at] == "dans" && k > at + 1))
            .then(|| self.described(head, self.description_end(k, end), self.words[i].start))
    }

    /// The unnamed source of "de source policière", "de sources proches du dossier" at word
    /// `i` (the "de"), as written without the "de", reading no further than word `end`.
    pub(super) fn anonymous_source(&self, i: usize, end: usize) -> Option<Speaker> {
        if i + 2 > end
            || &self.folded[i] != "de"
            || !matches!(self.folded.get(i + 1), Some("source" | "sources"))
        {
            return None;
        }
        // A source is said by what qualifies it ("policière", "proche du dossier"): bare
        // "de sources « sûres »" is the writer's own phrase around a scare quote.
        let stop = self.description_end(i + 1, end);
        if stop < i + 3 {
            return None;
        }
        let span = self.words[i + 1].start..self.words[stop - 1].end;
        Some(Speaker {
            canonical: self.text[span.clone()].to_string(),
            span,
            kind: SpeakerKind::Other,
            via: Via::Selon,
        })
    }

    /// The speaker after `selon`, `d'après` or `pour` at word `i`, or the unnamed source of
    /// "de source policière".
    pub(super) fn source_at(&self, i: usize) -> Option<Attribution> {
        if &self.folded[i] == "de" {
            let speaker = self.anonymous_source(i, self.limit(i + 1))?;
            return Some(Attribution {
                speaker: Some(speaker),
                cue: Some(Cue {
                    span: self.words[i].start..self.words[i + 1].end,
                    lemma: "de source".to_string(),
                }),
            });
        }
        let mut k = i + 1;
        if &self.folded[i] == "d'" {
            if self.folded.get(k) != Some("apres") {
                return None;
            }
            k += 1;
        }
        let cue = Cue {
            span: self.words[i].start..self.words[k - 1].end,
            lemma: self
                .folded
                .slice(i..k)
                .collect::<Vec<_>>()
                .join(" ")
                .replace("' ", "'"),
        };
        let end = self.limit(k);
        // "Selon nos informations", "d'après notre enquête": the newspaper's own finding,
        // not a source that speaks.
        if k >= end || matches!(&self.folded[k], "nos" | "notre") {
            return None;
        }
        // "Pour Marine Le Pen": a name right after the preposition is the source, whatever
        // article it holds.
        let window = self.words[k].start..self.words[end - 1].end;
        let speaker = match self.referents.mentions_in(&window).first() {
            Some(m) if m.span.start == window.start && m.kind == EntityType::Per => self.named(m),
            _ => self.speaker_after(k, end, self.words[i].start)?,
        };
        Some(Attribution {
            speaker: Some(Speaker {
                via: Via::Selon,
                ..speaker
            }),
            cue: Some(cue),
        })
    }
}
