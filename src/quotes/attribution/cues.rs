//! Cue verbs: words → the reporting verb they hold, taken whole with its auxiliary, adverbs,
//! modal, reflexive pronoun or inverted pronoun ("a encore ajouté", "s'est félicité",
//! "déclare-t-elle").

use std::ops::Range;

use crate::fold::fold_str;
use crate::gazetteer::Gender;

use super::lexicon::{
    is_noun_determiner, ADVERBIAL_PHRASES, ADVERBS, AUXILIARIES, MODALS, PRONOUNS,
};
use super::{CueHit, Reader};

impl<'a> Reader<'a> {
    /// A verb the lexicon lacks at word `k`, in lower case with an inverted subject pronoun:
    /// "fit-il", "hasarda-t-elle" read as cues inside the marks (the verb stands for the
    /// lemma the lexicon does not give).
    pub(super) fn unlisted_inverted_cue(&self, k: usize) -> Option<CueHit> {
        if !self.text[self.words[k].clone()].starts_with(char::is_lowercase) {
            return None;
        }
        let (verb, pronoun) = self.split_inverted(k);
        let pronoun = pronoun.filter(|(span, _)| &self.text[span.clone()] != "on")?;
        Some(CueHit {
            span: self.words[k].clone(),
            lemma: verb.to_string(),
            pronoun: Some(pronoun),
            next: k + 1,
        })
    }

    /// The cues in words `from..end`, nearest the end first, each whole: found from the
    /// end, "a déclaré" shows first as "déclaré", so its auxiliary, adverbs and a reflexive
    /// pronoun before it are taken in ("a pour sa part ajouté", "s'est prononcé").
    pub(super) fn cues_before(&self, from: usize, end: usize) -> impl Iterator<Item = CueHit> + '_ {
        (from..end).rev().filter_map(move |j| {
            let mut hit = self.cue_at(j).filter(|h| h.next <= end)?;
            for back in 1..=5 {
                if let Some(longer) = j
                    .checked_sub(back)
                    .filter(|&k| k >= from)
                    .and_then(|k| self.cue_at(k))
                    .filter(|h| h.span.end == hit.span.end)
                {
                    hit = longer;
                }
            }
            Some(hit)
        })
    }

    /// One past an adverb or an adverbial phrase at word `p` ("aussi", "de son côté", "une
    /// nouvelle fois", "modestement"), which may stand between an auxiliary and its
    /// participle.
    fn adverbial_end(&self, p: usize) -> Option<usize> {
        // "a modestement commenté", "a sobrement réagi": an adverb in "-ment".
        let word = &self.folded[p];
        let manner = word.len() > 6
            && word.ends_with("ment")
            && self.text[self.words[p].clone()].starts_with(char::is_lowercase);
        if ADVERBS.contains(&word) || manner {
            return Some(p + 1);
        }
        ADVERBIAL_PHRASES.iter().find_map(|phrase| {
            let mut end = p;
            for word in phrase.split(' ') {
                if self.folded.get(end) != Some(word) || (end > p && self.broken(end - 1)) {
                    return None;
                }
                end += 1;
            }
            Some(end)
        })
    }

    /// A reporting verb at word `i`: a finite form ("déclare", "déclare-t-elle"), or an
    /// auxiliary, adverbs and a participle ("a encore ajouté", "a-t-il déclaré"), or a
    /// reflexive one ("s'est félicité").
    pub(super) fn cue_at(&self, i: usize) -> Option<CueHit> {
        if matches!(self.folded.get(i)?, "s'" | "se") {
            return self.reflexive_cue_at(i);
        }
        let k = i;
        let word = self.folded.get(k)?;
        if !self.text[self.words[k].clone()].starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        // After a determiner that is never a pronoun, a noun: "une réplique", "sa remarque".
        if k > 0 && is_noun_determiner(&self.folded[k - 1]) && !self.broken(k - 1) {
            return None;
        }
        let (base, pronoun) = self.split_inverted(k);
        if AUXILIARIES.contains(&base) {
            let mut p = k + 1;
            while p < self.words.len() && p <= k + 5 {
                match self.adverbial_end(p) {
                    Some(end) => p = end,
                    None => break,
                }
            }
            // "a été déclaré par le ministre": the agent after "par" speaks.
            let passive = self.folded.get(p)? == "ete"
                && self.folded.get(p + 2) == Some("par")
                && !self.broken(p + 1);
            if passive {
                p += 1;
            }
            let participle = self.folded.get(p)?;
            let (lemma, last) = self.phrase_cue(participle, p)?;
            // "à" before an infinitive is a preposition ("a tenu à préciser"); before a
            // participle, a misspelt auxiliary ("De Pavant à indiqué").
            if self.text[self.words[k].clone()].starts_with('à') && *participle == fold_str(lemma)
            {
                return None;
            }
            return Some(CueHit {
                span: self.words[i].start..self.words[last].end,
                lemma: lemma.clone(),
                pronoun,
                next: last + 1 + usize::from(passive),
            });
        }
        let (lemma, last) = self
            .phrase_cue(base, k)
            .or_else(|| self.phrase_cue(word, k))?;
        Some(CueHit {
            span: self.words[i].start..self.words[last].end,
            lemma: lemma.clone(),
            pronoun,
            next: last + 1,
        })
    }

    /// The cue whose first word, written `head`, is word `p`, taken whole when the lexicon
    /// lists it in several words ("fait savoir", "mis en garde", "rappelé à l'ordre"): its
    /// lemma and its last word.
    fn phrase_cue(&self, head: &str, p: usize) -> Option<(&'a String, usize)> {
        let mut best = self.gaz.cues.get(head).map(|lemma| (lemma, p));
        if !self.gaz.cue_heads.contains(head) {
            return best;
        }
        let mut phrase = head.to_string();
        for q in p + 1..(p + 4).min(self.words.len()) {
            if self.broken(q - 1) {
                break;
            }
            if !phrase.ends_with('\'') {
                phrase.push(' ');
            }
            phrase.push_str(&self.folded[q]);
            if let Some(lemma) = self.gaz.cues.get(&phrase) {
                best = Some((lemma, q));
            }
        }
        best
    }

    /// A reporting verb after a modal chain at word `i`, taken whole: "», s'est contenté de
    /// commenter l'avocat", "», a tenu à préciser le ministre".
    pub(super) fn modal_cue_at(&self, i: usize) -> Option<CueHit> {
        let mut k = i;
        if matches!(self.folded.get(k)?, "s'" | "se") {
            k += 1;
        }
        if AUXILIARIES.contains(&self.folded.get(k)?) {
            k += 1;
        }
        let modal = MODALS.contains(&self.folded.get(k)?)
            && matches!(self.folded.get(k + 1)?, "a" | "de" | "d'")
            && (i..k + 1).all(|j| !self.broken(j));
        let hit = self.cue_at(k + 2).filter(|_| modal)?;
        Some(CueHit {
            span: self.words[i].start..hit.span.end,
            ..hit
        })
    }

    /// A reflexive reporting verb, which the lexicon lists whole with its pronoun and any
    /// auxiliary: "se félicite", "s'est félicité", "s'est-il exclamé".
    fn reflexive_cue_at(&self, i: usize) -> Option<CueHit> {
        let mut phrase = self.folded[i].to_string();
        let mut best = None;
        for k in i + 1..(i + 3).min(self.words.len()) {
            if !phrase.ends_with('\'') {
                phrase.push(' ');
            }
            phrase.push_str(&self.folded[k]);
            if let Some(lemma) = self.gaz.cues.get(&phrase) {
                let pronoun = (i + 1..=k).find_map(|j| self.split_inverted(j).1);
                best = Some(CueHit {
                    span: self.words[i].start..self.words[k].end,
                    lemma: lemma.clone(),
                    pronoun,
                    next: k + 1,
                });
            }
        }
        // A verb the lexicon lists without its reflexive forms: "s'est prononcé", "se
        // prononce".
        best.or_else(|| {
            let hit = self.cue_at(i + 1)?;
            let word = &self.folded[i + 1];
            (AUXILIARIES.contains(&word) || hit.span.end == self.words[i + 1].end).then(|| CueHit {
                span: self.words[i].start..hit.span.end,
                ..hit
            })
        })
    }

    /// A word without its inverted pronoun ("declare-t-elle" → "declare" and "elle").
    pub(super) fn split_inverted(&self, k: usize) -> (&str, Option<(Range<usize>, Gender)>) {
        let Some(word) = self.folded.get(k) else {
            return ("", None); // a reflexive "se" ending the text
        };
        for &(pronoun, gender) in PRONOUNS {
            for joint in ["-t-", "-"] {
                let suffix_len = joint.len() + pronoun.len();
                if word.len() > suffix_len
                    && word.ends_with(pronoun)
                    && word[..word.len() - pronoun.len()].ends_with(joint)
                {
                    let span = self.words[k].end - pronoun.len()..self.words[k].end;
                    return (&word[..word.len() - suffix_len], Some((span, gender)));
                }
            }
        }
        (word, None)
    }
}
