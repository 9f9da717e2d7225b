//! Sentences around: the sentences before and after a quotation → its speaker when no cue
//! names one ("Le maire ne décolère pas. « … »", "« … » Ces mots sont ceux de X"), and the
//! person a role left unresolved takes up.

use crate::gazetteer::Gender;
use crate::mention::EntityType;
use crate::quotes::{Speaker, SpeakerKind, Via};

use super::lexicon::{
    is_determiner, said_words, GENERIC_ROLES, HYPERNYM_ROLES, LEAD_NOUNS, OPENERS, ORIGINS,
};
use super::Reader;

impl<'a> Reader<'a> {
    /// The subject of a cleft sentence in words `from..end` saying the quotation was their
    /// words: "C'est par ces mots que le maire, Jean Dupont, a mis fin au suspense", "C'est en
    /// ces termes qu'a réagi la CGT".
    fn by_these_words(&self, from: usize, end: usize, quote_start: usize) -> Option<Speaker> {
        let opening = ["c'", "est"];
        if end < from + 6 || !self.folded.slice(from..from + 2).eq(opening) {
            return None;
        }
        let that =
            (from + 2..end.min(from + 8)).find(|&j| matches!(&self.folded[j], "que" | "qu'"))?;
        let words_of_speech = self.folded.slice(from + 2..that).any(|w| w == "ces")
            && self.folded.slice(from + 2..that).any(said_words);
        if !words_of_speech {
            return None;
        }
        // "qu'a réagi la CGT": the subject after the verb.
        if let Some(hit) = self.cue_at(that + 1) {
            return self.speaker_after(hit.next, end, quote_start);
        }
        self.clause_subject(that + 1, end, quote_start)
    }

    /// Whose words the sentence right after the closing mark at `close` says the quotation
    /// was: "« Le pays est au bord de la rupture. » Ces mots sont ceux de François Bayrou",
    /// "Cette phrase est signée du ministre de l'Intérieur", "La formule est de la CGT", "Le
    /// cri d'alarme vient de Marc Dupuis".
    pub fn owner(&self, close: usize, quote_start: usize) -> Option<Speaker> {
        let from = self.word_at(close);
        let first = self.words.get(from)?;
        if self.text[close..first.start].matches('\n').count() > 2 {
            return None;
        }
        let end = self
            .word_at(self.sentence(first.start).end)
            .min(self.words.len());
        if let Some(speaker) = self.by_these_words(from, end, quote_start) {
            return Some(speaker);
        }
        let head = from + usize::from(is_determiner(&self.folded[from]));
        let announced = head + 2 < end && LEAD_NOUNS.contains(&&self.folded[head]);
        let owned = head + 2 < end && said_words(&self.folded[head]);
        if !owned && !announced {
            return None;
        }
        // "Le cri d'alarme vient de Marc Dupuis", "L'appel émane des maires": past a
        // complement of the noun, the words' origin.
        let origin = (head + 1..end.min(head + 5))
            .take_while(|&j| !self.broken(j - 1))
            .find(|&j| ORIGINS.contains(&&self.folded[j]));
        if let Some(verb) = origin {
            return self.whose(verb + 1, end, quote_start);
        }
        if !owned {
            return None;
        }
        if let Some(agent) = self.said_by(head + 1, end) {
            return self.speaker_after(agent, end, quote_start);
        }
        // "Ces mots, ce sont ceux de …".
        let mut k = head + 1 + usize::from(matches!(&self.folded[head + 1], "ce" | "c'"));
        if k >= end
            || !matches!(
                &self.folded[k],
                "sont" | "est" | "etaient" | "etait" | "furent" | "fut"
            )
        {
            return None;
        }
        k += 1;
        if k < end
            && matches!(
                &self.folded[k],
                "ceux" | "celui" | "celles" | "celle" | "signe" | "signes" | "signee" | "signees"
            )
        {
            k += 1;
        }
        self.whose(k, end, quote_start)
    }

    /// The first word of the agent when words `k..end` say in the passive who spoke the words
    /// their subject names: "(Ces propos) ont été tenus mardi par Olivier Faure", "(La
    /// phrase) a été prononcée devant les militants par la ministre", "(Cette phrase),
    /// prononcée par le Premier ministre", "(Le mot) est lâché par un habitant".
    pub(super) fn said_by(&self, k: usize, end: usize) -> Option<usize> {
        let passive = k + 1 < end
            && matches!(&self.folded[k], "ont" | "a" | "avaient" | "avait")
            && &self.folded[k + 1] == "ete";
        // "(Le mot) est lâché par un habitant".
        let present = matches!(
            &self.folded[k],
            "est" | "sont" | "etait" | "etaient" | "fut"
        );
        let at = k + if passive { 2 } else { usize::from(present) };
        if at + 1 >= end {
            return None;
        }
        let participle = &self.folded[at];
        let spoken = [
            "tenu", "prononce", "ecrit", "lance", "signe", "rapporte", "publie", "lache",
            "formule", "assene", "martele", "repete",
        ]
        .iter()
        .any(|stem| {
            participle
                .strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "" | "s" | "e" | "es"))
        });
        if !spoken {
            return None;
        }
        // "tenus mardi soir devant les militants par …": the agent after a short adjunct.
        let by = (at + 1..end.min(at + 10)).find(|&j| &self.folded[j] == "par")?;
        (!(at + 1..by).any(|j| self.broken(j))).then_some(by + 1)
    }

    /// The speaker of a quotation that stands alone with no cue: the person the sentence just
    /// before it speaks of ("Le maire ne décolère pas. « C'est inadmissible. »"), in its
    /// paragraph or ending the one before.
    pub fn context(&self, open: usize) -> Option<Speaker> {
        let sentence = self.sentence(open);
        let index = self.sentences.partition_point(|s| s.end <= sentence.start);
        let previous = index.checked_sub(1).map(|i| self.sentences[i].clone())?;
        if self.text[previous.end..sentence.start.min(open)]
            .matches('\n')
            .count()
            > 2
        {
            return None;
        }
        let from = self.word_at(previous.start);
        let end = self.word_at(previous.end).min(self.words.len());
        let speaker = self
            .clause_subject(from, end, open)
            .filter(|s| s.kind == SpeakerKind::Per)
            .or_else(|| {
                // "Une voisine raconte avoir été réveillée par les cris. « … »": a person, a
                // body, or somebody the text brings in unnamed, made to speak by a cue in the
                // sentence before; not a thing ("Les mémoires du temps racontent").
                let hit = self.cues_before(from, end).next()?;
                let cue_word = self.word_at(hit.span.start);
                self.subject_before(from, cue_word, hit.pronoun, open)
                    .filter(|s| match s.kind {
                        SpeakerKind::Per | SpeakerKind::Org => true,
                        SpeakerKind::Loc => false,
                        SpeakerKind::Other => {
                            let k = self.word_at(s.span.start);
                            matches!(&self.folded[k], "un" | "une" | "des") || self.counted(k)
                        }
                    })
            })?;
        Some(Speaker {
            via: Via::Context,
            ..speaker
        })
    }

    /// The speaker of a quotation that opens its paragraph with no cue, named by the subject
    /// opening the sentence right after its closing mark at `close`: "« Nous avons été pris
    /// de court. » Le maire de Nantes, Johanna Rolland, ne cache pas sa colère." A person
    /// or a role only: "Les habitants sont rentrés chez eux" says nothing of who spoke. A
    /// subject in the sentence before the quotation comes first, even one that is no person
    /// ("Mais la jeune femme semblait incrédule. « … » Le médecin leva les bras.").
    pub fn following(&self, open: usize, close: usize) -> Option<Speaker> {
        if !self.opens_paragraph(open) {
            return None;
        }
        // The sentence before, past stray stops ("incrédule... . « …").
        let mut previous = self.sentence_before(open);
        while let Some(sentence) = previous.clone() {
            let mut from = self.word_at(sentence.start);
            let end = self.word_at(sentence.end).min(self.words.len());
            if from < end {
                // "Mais la jeune femme semblait incrédule": the subject after a conjunction.
                if from + 1 < end && matches!(&self.folded[from], "mais" | "et" | "puis" | "or") {
                    from += 1;
                }
                if self.clause_subject(from, end, open).is_some() {
                    return None;
                }
                break;
            }
            previous = self
                .sentence_before(sentence.start)
                .filter(|before| before.start < sentence.start);
        }
        self.subject_opening(close, open)
    }

    /// The person or role opening the first sentence after byte `at`, in the same paragraph
    /// or the next: "Le maire de Nantes, Johanna Rolland, ne cache pas sa colère."
    fn subject_opening(&self, at: usize, quote_start: usize) -> Option<Speaker> {
        let mut from = self.word_at(at);
        // "Depuis, François Hollande a changé de ton": past an adverb set off by a comma.
        if from + 1 < self.words.len() && self.broken(from) && OPENERS.contains(&&self.folded[from])
        {
            from += 1;
        }
        let first = self.words.get(from)?;
        if self.text[at..first.start].matches('\n').count() > 2 {
            return None;
        }
        let sentence = self.sentence(first.start);
        let end = self.word_at(sentence.end).min(self.words.len());
        let opens_subject = is_determiner(&self.folded[from])
            || self
                .referents
                .mentions_in(&(first.start..sentence.end))
                .first()
                .is_some_and(|m| m.kind == EntityType::Per && m.span.start == first.start);
        if from >= end || !opens_subject {
            return None;
        }
        let speaker = self.apposed_subject(from, end, quote_start)?;
        (speaker.kind == SpeakerKind::Per).then_some(Speaker {
            via: Via::Context,
            ..speaker
        })
    }

    /// The words of a role speaker: its determiner's index, one past its last word, and its
    /// title words folded ("le chef de l'État" → "chef").
    fn role_words(&self, role: &Speaker) -> (usize, usize, Vec<String>) {
        let k = self.word_at(role.span.start);
        let stop = self.word_at(role.span.end).max(k + 1);
        let titles = self
            .folded
            .slice(k + 1..stop)
            .filter(|w| self.gaz.is_title(w))
            .map(str::to_string)
            .collect();
        (k, stop, titles)
    }

    /// The person a role left unresolved after a quotation that opens its paragraph turns out
    /// to be, named as the subject of the next sentence: "« La France doit se réarmer », a
    /// déclaré le chef de l'État. Emmanuel Macron a annoncé une hausse du budget." The role
    /// must agree in gender and fit how the article describes the person ("Jean Dupont, son
    /// adversaire, n'y croit pas" is somebody else).
    pub fn role_named_after(&self, role: &Speaker, open: usize) -> Option<String> {
        if !self.opens_paragraph(open) || role.span.start < open {
            return None;
        }
        let (k, _, content) = self.role_words(role);
        let titles: Vec<&String> = content.iter().collect();
        let gender = self.role_gender(k, &titles)?;
        let end = self.sentence(role.span.start).end;
        let after = self.subject_opening(end, open)?;
        let sentence = self.sentence(after.span.start);
        let person = self
            .referents
            .mentions_in(&(after.span.start..sentence.end))
            .iter()
            .find(|m| m.kind == EntityType::Per && m.canonical == after.canonical)?;
        let fits = !titles.is_empty()
            && gender.agrees(self.referents.gender_of(person))
            && !self
                .referents
                .described_otherwise(&person.canonical, &titles, sentence.end);
        fits.then(|| person.canonical.clone())
    }

    /// The listed holder of the office a role before its quotation names, when the sentence
    /// right after names them first: "Le chef de l'État avait promis « une réponse ferme ».
    /// Emmanuel Macron a tenu parole." Only a holder the gazetteers know, so that a person
    /// the next sentence brings in is not taken for the role.
    pub fn office_named_after(&self, role: &Speaker) -> Option<String> {
        let (k, stop, _) = self.role_words(role);
        let content = self.describing(k, stop);
        let end = self.sentence(role.span.start).end;
        let first = self.words.get(self.word_at(end))?;
        if self.text[end..first.start].matches('\n').count() > 2 {
            return None;
        }
        let next = self.sentence(first.start);
        let person = self
            .referents
            .mentions_in(&next)
            .iter()
            .find(|m| m.kind == EntityType::Per)?;
        self.holds_office(&person.canonical, k, &content)
            .then(|| person.canonical.clone())
    }

    /// Whether a definite role left unresolved takes up `previous`, a person quoted before it
    /// whom no mention names there: "« Mes joueurs ont été parfaits », a-t-il
    /// souligné. Le technicien espagnol a ajouté : « … »". The role must head its
    /// description ("l'entourage du ministre" is not the minister), agree with the person in
    /// gender and fit how the article describes them.
    /// With `named_gender`, the person's first name must tell their gender: a speaker
    /// quoted further back, or only known by a name that says nothing of it ("Jeanne" may be
    /// anybody in a novel's dialogue), is no sure antecedent.
    pub fn role_takes_up(&self, role: &Speaker, previous: &Speaker, named_gender: bool) -> bool {
        let named =
            previous.via == Via::Explicit || previous.canonical != self.text[previous.span.clone()];
        if previous.kind != SpeakerKind::Per || !named || role.span.start < previous.span.end {
            return false;
        }
        let (k, stop, content) = self.role_words(role);
        let headed = (k + 1..stop)
            .take_while(|&j| !matches!(&self.folded[j], "de" | "du" | "des" | "d'"))
            .any(|j| self.title_at(j, stop));
        let titles: Vec<&String> = content.iter().collect();
        let generic = content
            .iter()
            .any(|w| GENERIC_ROLES.contains(&w.as_str()) || HYPERNYM_ROLES.contains(&w.as_str()));
        headed
            && self.role_gender(k, &titles).is_some_and(|gender| {
                let theirs = self.referents.gender_of_name(&previous.canonical);
                gender.agrees(theirs) && !(named_gender && theirs == Gender::Either)
            })
            && (generic
                || !self.referents.described_otherwise(
                    &previous.canonical,
                    &titles,
                    role.span.start,
                ))
    }
}
