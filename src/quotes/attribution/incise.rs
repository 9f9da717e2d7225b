//! Incises: the words inside the marks → an incise that attributes them, and where the
//! quotation pauses and resumes ("« … , a expliqué X. … »").

use std::ops::Range;

use super::{Incise, Reader};

impl<'a> Reader<'a> {
    /// An incise inside the marks: ", a expliqué X. Nous …" — a comma, a cue, a speaker,
    /// then more quoted words.
    pub fn incise(&self, content: &Range<usize>) -> Option<Incise> {
        let first = self.word_at(content.start);
        let last = self.word_at(content.end);
        for i in first + 1..last {
            let gap = &self.text[self.words[i - 1].end..self.words[i].start];
            // "« Vrai ! dit-elle, … »": after an exclamation or a question, the incise goes
            // on in lower case.
            let exclaimed = gap.trim().starts_with(['!', '?'])
                && self.text[self.words[i].clone()].starts_with(char::is_lowercase);
            if !gap.trim().starts_with(',') && !exclaimed {
                continue;
            }
            // ", nous dit Rosalie,": object pronouns before the verb.
            let mut verb = i;
            while verb + 1 < last
                && matches!(
                    &self.folded[verb],
                    "me" | "m'" | "nous" | "vous" | "lui" | "leur"
                )
                && !self.broken(verb)
            {
                verb += 1;
            }
            // A participle is no incise: "« … de défense aérienne, maintenant »".
            let listed = self.cue_at(verb);
            let unlisted = listed.is_none();
            let Some(hit) = listed
                .or_else(|| self.unlisted_inverted_cue(verb))
                .filter(|_| !self.folded[verb].ends_with("ant"))
            else {
                continue;
            };
            let end = self.limit(hit.next).min(last);
            // The incise ends with its inverted pronoun ("dit-il :"), or else at the first
            // stop after the speaker.
            let stop = if hit.pronoun.is_some() {
                // "fit-il en souriant, tout est joué": the incise runs on to its comma.
                let runs_on = hit.next < end && !self.broken(hit.next - 1);
                (hit.next..end.min(hit.next + 6))
                    .find(|&j| self.broken(j))
                    .filter(|_| runs_on)
                    .map_or(hit.next, |j| j + 1)
            } else {
                (hit.next..end)
                    .find(|&j| {
                        let next = self.words.get(j + 1).map_or(content.end, |w| w.start);
                        self.text[self.words[j].end..next.min(content.end).max(self.words[j].end)]
                            .contains([',', '.', '!', '?', ';', ':'])
                    })
                    .map(|j| j + 1)
                    .unwrap_or(end)
            };
            let quoted_end = if exclaimed {
                self.words[i - 1].end + gap.trim_end().len()
            } else {
                let comma = self.words[i - 1].end + gap.find(',').unwrap_or(0);
                self.text[content.start..comma].trim_end().len() + content.start
            };
            let mut attribution = self.inverted_within(hit, content.start, stop);
            if unlisted {
                attribution.cue = None; // a verb the lexicon lacks has no lemma to give
            }
            // Nothing quoted after it: the cue closes the quotation ("…, dit le prêtre. »").
            let resume = self
                .words
                .get(stop)
                .filter(|_| stop < last)
                .map_or(content.end, |w| w.start);
            return Some(Incise {
                before: quoted_end,
                after: resume,
                attribution,
            });
        }
        None
    }
}
