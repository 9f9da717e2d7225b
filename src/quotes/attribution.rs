//! Attribution: a quotation's place in its sentence → its cue and speaker.
//!
//! Reads a bounded window of words around the marks, so each quotation costs the same
//! whatever the length of the article:
//! - after the closing mark, with inversion: "», a déclaré le ministre X", "» a expliqué le
//!   ministre", "», déclare-t-elle", "», a souligné hier … James Robinson";
//! - before the opening mark, after a colon: "X a affirmé : «", "Pour X : «";
//! - `selon X`, `d'après X`, or a dash and a name: "» – Name";
//! - an incise inside the marks: "« … , a expliqué X. … »".
//!
//! The speaker is a person or body the entity stage found (named through its full name), a
//! pronoun (the nearest person before who agrees in gender), or a description ("le ministre
//! singapourien": the person last described so; "le communiqué final": kept as written).

use std::ops::Range;

use super::{Cue, Speaker, SpeakerKind, Via};
use crate::dates::number_word;
use crate::fold::fold_str;
use crate::gazetteer::{Gazetteers, Gender};
use crate::mention::{EntityType, Mention, Source};
use crate::resolve::Referents;
use crate::words::{is_capitalised, FoldedWords, Words};

/// Auxiliaries of compound tenses and their inverted forms' bases.
const AUXILIARIES: &[&str] = &[
    "a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient", "eut", "eurent", "est",
    "etait", "sera", "serait", "sont", "etaient", "fut",
];

/// Whether a word reads as a verb in the imperfect or conditional ("semblait",
/// "restaient"): after a description's noun it ends the subject ("la voisine semblait
/// incrédule"). The nouns with that ending are few.
fn imperfect(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "portrait", "souhait", "attrait", "extrait", "retrait", "trait", "bienfait", "mefait",
        "forfait", "parfait", "lait",
    ];
    word.ends_with("aient") || (word.len() > 4 && word.ends_with("ait") && !NOUNS.contains(&word))
}

/// Adverbs that may stand between an auxiliary and its participle, or after an inverted cue.
const ADVERBS: &[&str] = &[
    "tout",
    "aussitot",
    "sobrement",
    "fermement",
    "encore",
    "aussi",
    "egalement",
    "ensuite",
    "alors",
    "bien",
    "deja",
    "notamment",
    "toutefois",
    "pourtant",
    "enfin",
    "meme",
    "ainsi",
    "simplement",
    "plus",
    "tres",
    "vivement",
    "clairement",
    "hier",
    "immediatement",
    "pour",
    "sa",
    "part",
    "lui",
    "leur",
    "nous",
    "vous",
    "me",
    "m'",
    "t'",
    "ne",
    "n'",
    "pas",
    "jamais",
    "toujours",
    "souvent",
    "volontiers",
    "aujourd'hui",
];

/// Bodies that speak through statements, beside the heads of organisation names
/// (gazetteers/org-heads.tsv): "la chaîne", "le gouvernement", "la mairie".
const BODIES: &[&str] = &[
    "gouvernement",
    "chaine",
    "entreprise",
    "mairie",
    "municipalite",
    "club",
    "compagnie",
    "opposition",
    "majorite",
    "police",
    "gendarmerie",
    "armee",
    "hopital",
    "intersyndicale",
    "executif",
    "patronat",
    "constructeur",
    "groupe",
    "syndicat",
    "syndicats",
];

/// Nouns a description takes up a body named just before with ("le groupe" for Orange,
/// "le club" for the PSG).
const TAKEN_UP_BODIES: &[&str] = &[
    "groupe",
    "entreprise",
    "societe",
    "club",
    "compagnie",
    "constructeur",
    "operateur",
    "enseigne",
    "firme",
    "chaine",
    "syndicat",
    "parti",
    "association",
    "federation",
    "organisation",
    "agence",
    "banque",
    "laboratoire",
    "geant",
];

/// Words of a date or a time of day: "jeudi soir", "le 3 mars dernier", "cette semaine".
const TIME_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "matin",
    "midi",
    "apres-midi",
    "soir",
    "soiree",
    "nuit",
    "week-end",
    "semaine",
    "dernier",
    "derniere",
    "prochain",
    "prochaine",
    "hier",
    "demain",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Pronouns of an inverted cue: `a-t-il`, `déclare-t-elle`, `dit-on`.
const PRONOUNS: &[(&str, Gender)] = &[
    ("il", Gender::Masculine),
    ("elle", Gender::Feminine),
    ("on", Gender::Either),
    ("ils", Gender::Masculine),
    ("elles", Gender::Feminine),
    ("je", Gender::Either),
    ("j'", Gender::Either),
];

/// Words that open a noun phrase naming a speaker by description: the definite and
/// demonstrative ones, and those of [`OTHERS`].
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "le" | "la" | "les" | "l'" | "ce" | "cet" | "cette" | "ces"
    ) || OTHERS.contains(&word)
}

/// Determiners that make a description somebody new or somebody's: "son avocate", "un
/// porte-parole", "mon cousin" never name the person last described.
const OTHERS: &[&str] = &[
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "un",
    "une",
    "des",
    "notre",
    "votre",
    "nos",
    "vos",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "plusieurs",
    "quelques",
    "certains",
    "certaines",
];

/// Words that end a description: relative pronouns and prepositions after its head.
const DESCRIPTION_STOPS: &[&str] = &[
    "qui",
    "que",
    "qu'",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "ou",
    "lors",
    "dans",
    "devant",
    "sur",
    "a",
    "au",
    "aux",
    "en",
    "avec",
    "par",
    "pour",
    "selon",
    "apres",
    "avant",
    "pendant",
    "depuis",
    "mardi",
    "lundi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "et",
    "mais",
    "sous",
    "sans",
    "chez",
    "face",
    "durant",
    "malgre",
    "aupres",
    "parmi",
    "vers",
    "outre",
    "lorsque",
    "lorsqu'",
    "quand",
    "tandis",
    "cette",
    "aujourd'hui",
    "demain",
];

/// Endings of the adjectives that may follow a complement inside a description ("le
/// président du conseil départemental", "la ministre de la Culture italienne").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
    "ais", "aise", "aises", "ois", "oise", "oises", "ique", "iques", "aire", "aires", "if", "ive",
    "ifs", "ives", "ain", "aine", "ains", "aines", "eux", "euse", "euses", "ier", "iere", "iers",
    "ieres", "ien",
];

/// Verbs that take a reporting verb in the infinitive after "à" or "de": "a tenu à
/// préciser", "vient de déclarer", "s'est empressé de démentir".
const MODALS: &[&str] = &[
    "tenu",
    "tient",
    "tenait",
    "tiennent",
    "vient",
    "venait",
    "viennent",
    "empresse",
    "empressee",
    "refuse",
    "refusait",
    "cherche",
    "cherchait",
    "commence",
    "commencait",
    "continue",
    "continuait",
    "manque",
    "oublie",
    "decide",
    "decidait",
    "choisi",
    "accepte",
    "contente",
    "contentee",
    "borne",
    "bornee",
    "limite",
    "limitee",
];

/// Determiners that cannot be object pronouns ("le", "la", "les", "leur" can): what follows
/// them is a noun. "des" is left out, as it is also "de" + "les".
fn is_noun_determiner(word: &str) -> bool {
    matches!(word, "du" | "au" | "aux")
        || (is_determiner(word) && !matches!(word, "le" | "la" | "les" | "l'" | "des" | "leur"))
}

/// Nouns for what somebody said, wrote or published: a description they head speaks through
/// the person or body that follows ("les propos tenus par X", "un communiqué de la CGT",
/// "des chiffres du ministère du Travail").
const SPEECH_NOUNS: &[&str] = &[
    "propos",
    "declaration",
    "declarations",
    "termes",
    "mots",
    "paroles",
    "communique",
    "rapport",
    "lettre",
    "courrier",
    "message",
    "entretien",
    "interview",
    "tweet",
    "discours",
    "etude",
    "note",
    "chiffres",
    "donnees",
    "estimations",
    "sondage",
];

/// Whether a noun names words somebody said ("ces mots", "cette phrase", "la formule"),
/// as a sentence after a quotation calls it.
fn said_words(word: &str) -> bool {
    SPEECH_NOUNS.contains(&word) || matches!(word, "mot" | "phrase" | "formule" | "citation")
}

/// Nouns that head a verbless lead announcing somebody's words before a colon: "Réponse de
/// Gabriel Attal :", "Réaction immédiate de la CGT :".
const LEAD_NOUNS: &[&str] = &[
    "reponse",
    "reaction",
    "commentaire",
    "verdict",
    "constat",
    "explication",
    "avertissement",
    "replique",
    "riposte",
    "analyse",
    "conclusion",
    "temoignage",
    "cri",
    "colere",
    "appel",
    "aveu",
    "plaidoyer",
    "confidences",
];

/// Object pronouns that stand between a subject and its verb ("elle me disait").
const CLITICS: &[&str] = &[
    "me", "m'", "te", "t'", "se", "s'", "lui", "leur", "nous", "vous", "y", "en", "ne", "n'", "l'",
    "le", "la", "les",
];

/// Words that open a clause: a subject's description never reaches back past them.
const BOUNDARIES: &[&str] = &[
    "que", "qu'", "qui", "quand", "lorsque", "lorsqu'", "et", "mais", "puis", "car", "si", "comme",
    "ou", "dont", "alors",
];

/// Words that make what follows a complement, not a name ("de l'Intérieur").
const LINKS: &[&str] = &[
    "de", "d'", "du", "des", "l'", "la", "le", "les", "a", "au", "aux", "en",
];

/// Offices French news names in several ways, each way as the folded words that describe
/// it: "la cheffe du gouvernement" is "la Première ministre", "le locataire de l'Élysée"
/// "le président de la République".
const OFFICES: &[&[&[&str]]] = &[
    &[
        &["premier", "ministre"],
        &["premiere", "ministre"],
        &["chef", "gouvernement"],
        &["cheffe", "gouvernement"],
        &["locataire", "matignon"],
        &["hote", "matignon"],
    ],
    &[
        &["president", "republique"],
        &["presidente", "republique"],
        &["chef", "etat"],
        &["cheffe", "etat"],
        &["locataire", "elysee"],
        &["hote", "elysee"],
    ],
    &[
        &["ministre", "affaires", "etrangeres"],
        &["chef", "diplomatie"],
        &["cheffe", "diplomatie"],
        &["locataire", "quai", "orsay"],
    ],
    &[&["ministre", "justice"], &["garde", "sceaux"]],
    &[
        &["ministre", "interieur"],
        &["locataire", "beauvau"],
        &["locataire", "place", "beauvau"],
    ],
    &[
        &["ministre", "economie"],
        &["locataire", "bercy"],
        &["grand", "argentier"],
    ],
];

/// How many people named before a description of an office are looked at for its holder.
const OFFICE_LOOK_BACK: usize = 30;

/// The other ways of naming the office the words of a description name, if they name one.
fn office_names(content: &[String]) -> impl Iterator<Item = &'static [&'static str]> + '_ {
    let names = |way: &[&str]| way.iter().all(|w| content.iter().any(|c| c == w));
    OFFICES
        .iter()
        .filter(move |ways| ways.iter().any(|way| names(way)))
        .flat_map(move |ways| ways.iter().copied().filter(move |way| !names(way)))
}

/// Adjectives that date a role without changing it: "la nouvelle directrice" is the one just
/// named director.
const NEWLY: &[&str] = &["nouveau", "nouvel", "nouvelle", "actuel", "actuelle"];

/// Roles that say no office, only rank: their holder is known by what qualifies them ("le
/// haut responsable européen").
const GENERIC_ROLES: &[&str] = &[
    "haut",
    "haute",
    "hauts",
    "responsable",
    "responsables",
    "dirigeant",
    "dirigeante",
    "fonctionnaire",
];

/// Adverbial phrases that may stand between an auxiliary and its participle, as folded
/// words: "a de son côté appelé", "a une nouvelle fois dénoncé".
const ADVERBIAL_PHRASES: &[&str] = &[
    "de son cote",
    "de leur cote",
    "de notre cote",
    "a son tour",
    "a leur tour",
    "de nouveau",
    "a nouveau",
    "une nouvelle fois",
    "une fois de plus",
    "une fois encore",
    "par ailleurs",
    "en outre",
    "en effet",
    "en substance",
    "en revanche",
    "d' ailleurs",
    "du reste",
    "pour leur part",
    "quant a lui",
    "quant a elle",
    "quant a eux",
];

/// Roles that, like the generic ones, take up a person whatever office they were described
/// by: the mayor, the deputy and the senator are each "l'élu", the prosecutor and the judge
/// "le magistrat", a union's secretary general "le syndicaliste".
const HYPERNYM_ROLES: &[&str] = &[
    "elu",
    "elue",
    "edile",
    "magistrat",
    "magistrate",
    "parlementaire",
    "syndicaliste",
    "technicien",
    "technicienne",
    "coach",
];

/// Particles inside surnames: "de Pavant", "Van Rompuy", "von der Leyen".
const PARTICLES: &[&str] = &[
    "de", "d'", "du", "des", "van", "von", "der", "den", "le", "la",
];

/// Prepositions that make a name a complement.
const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "en", "de", "du", "des", "d'", "dans", "vers", "sur", "pour", "par", "chez",
    "contre", "avec", "sans", "entre", "depuis",
];

/// Prepositions that attribute without a verb.
const SOURCES: &[&str] = &["selon", "d'apres", "pour"];

/// Words before a quotation that make it a title or a name, not somebody's words.
const TITLE_WORDS: &[&str] = &[
    "intitule",
    "intitulee",
    "intitules",
    "intitulees",
    "baptise",
    "baptisee",
    "baptises",
    "surnomme",
    "surnommee",
    "appele",
    "appelee",
    "nomme",
    "nommee",
    "denomme",
    "denommee",
    "titre",
    "film",
    "livre",
    "ouvrage",
    "roman",
    "album",
    "chanson",
    "emission",
    "operation",
    "programme",
    "plan",
    "projet",
    "slogan",
    "mot",
    "terme",
    "expression",
    "rubrique",
    "journal",
    "magazine",
    "quotidien",
    "hebdomadaire",
    "revue",
    "piece",
    "spectacle",
    "exposition",
    // "la loi dite « sécurité globale »": so-called.
    "dite",
    "dites",
    "dits",
];

/// First words of quoted words that say something rather than name it: a negation, a verb,
/// a relative pronoun, or the "à" of "appeler à".
const CLAUSE_OPENERS: &[&str] = &[
    "ne", "n'", "a", "au", "aux", "qui", "que", "qu'", "est", "sont", "sera", "seront", "doit",
    "doivent", "va", "vont", "peut", "peuvent",
];

/// Largest number of words read on either side of a quotation.
const WINDOW: usize = 30;

/// What attributes one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
}

/// An incise found inside the marks: the quotation pauses at `before` and resumes at `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incise {
    pub before: usize,
    pub after: usize,
    pub attribution: Attribution,
}

/// A cue verb found at a word.
#[derive(Debug, Clone)]
struct CueHit {
    span: Range<usize>,
    lemma: String,
    /// The pronoun of an inverted form ("il" in "a-t-il"), with its gender.
    pronoun: Option<(Range<usize>, Gender)>,
    /// The index of the word after the cue.
    next: usize,
}

/// Reads attributions in one article.
pub struct Reader<'a> {
    text: &'a str,
    words: &'a [Range<usize>],
    folded: Folded<'a>,
    sentences: &'a [Range<usize>],
    gaz: &'a Gazetteers,
    referents: &'a Referents<'a>,
}

/// The article's folded words as the reader reads them. Tests count the words read, to bound
/// the work each quotation costs.
struct Folded<'a>(&'a FoldedWords<'a>);

#[cfg(test)]
thread_local! {
    /// Words read by readers on this thread.
    pub static WORDS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> Folded<'a> {
    #[cfg_attr(not(test), allow(unused_variables))]
    fn read(&self, count: usize) {
        #[cfg(test)]
        WORDS_READ.with(|read| read.set(read.get() + count));
    }

    fn get(&self, i: usize) -> Option<&'a str> {
        self.read(1);
        self.0.get(i)
    }

    /// Words `range`, in order.
    fn slice(&self, range: Range<usize>) -> impl Iterator<Item = &'a str> {
        self.read(range.len());
        self.0.slice(range)
    }
}

impl std::ops::Index<usize> for Folded<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.read(1);
        &self.0[i]
    }
}

impl<'a> Reader<'a> {
    pub fn new(
        text: &'a str,
        words: &'a Words,
        sentences: &'a [Range<usize>],
        gaz: &'a Gazetteers,
        referents: &'a Referents<'a>,
    ) -> Reader<'a> {
        Reader {
            text,
            words: &words.spans,
            folded: Folded(&words.folded),
            sentences,
            gaz,
            referents,
        }
    }

    /// The sentence holding byte `at`.
    fn sentence(&self, at: usize) -> Range<usize> {
        let index = self.sentences.partition_point(|s| s.start <= at);
        match index.checked_sub(1).map(|i| self.sentences[i].clone()) {
            Some(s) if at < s.end.max(s.start + 1) => s,
            _ => at..at,
        }
    }

    /// The index of the first word starting at or after `at`.
    fn word_at(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.start < at)
    }

    /// The words of the quotation's sentence before its opening mark at `open`, without the
    /// spaces and dashes that may lead into it ("Je lui dis :-- «").
    fn lead(&self, open: usize) -> Range<usize> {
        let start = self.sentence(open).start.min(open);
        let before = self.text[start..open]
            .trim_end()
            .trim_end_matches(['—', '–', '-'])
            .trim_end();
        start..start + before.len()
    }

    /// Whether the quotation opening at `open` sits inside the journalist's sentence rather
    /// than opening it (or following a colon or a dash).
    pub fn embedded(&self, open: usize) -> bool {
        let lead = &self.text[self.lead(open)];
        !(lead.is_empty() || lead.ends_with(':'))
    }

    /// Whether the quotation closing at `close` ends its sentence: nothing of the
    /// journalist's follows it but a full stop, a new sentence or another quotation. A term in
    /// marks at the head of a sentence ("« Cybervandales » est le mot …") does not.
    pub fn ends_sentence(&self, close: usize) -> bool {
        let mark_end = close + self.text[close..].chars().next().map_or(1, char::len_utf8);
        let rest = self.text[mark_end..].trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']);
        match rest.chars().next() {
            None => true,
            Some(c) => {
                matches!(
                    c,
                    '\n' | '\r' | '.' | '!' | '?' | '…' | '«' | '“' | '"' | '—' | '–' | '-'
                ) || c.is_uppercase()
            }
        }
    }

    /// Whether an embedded quotation is a title or a name: most of its words capitalised, or a
    /// word such as "intitulé" or "film" right before it.
    pub fn is_title(&self, open: usize, content: &Range<usize>) -> bool {
        let index = self.word_at(open);
        // "le projet « ne verra jamais le jour »", "a appelé « à l'unité »": words that
        // open a clause or a complement are somebody's words, not a name.
        let clause = self
            .folded
            .get(index)
            .is_some_and(|first| CLAUSE_OPENERS.contains(&first));
        let named = index > 0 && TITLE_WORDS.contains(&&self.folded[index - 1]) && !clause;
        // "un rapport sur « Les revenus des ménages »": a capital after a preposition, and no
        // sentence in the marks, is a title.
        let titled = index > 0
            && index < self.words.len()
            && PREPOSITIONS.contains(&&self.folded[index - 1])
            && self.text[self.words[index - 1].end..open].trim().is_empty()
            && self.text[self.words[index].clone()].starts_with(char::is_uppercase)
            && !self.text[content.clone()].contains(['.', '!', '?', '…']);
        let inside = &self.words[index..self.word_at(content.end)];
        let capitals = inside
            .iter()
            .filter(|w| is_capitalised(&self.text[(*w).clone()]))
            .count();
        named || titled || (inside.len() >= 2 && capitals * 2 > inside.len())
    }

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
            return self.colon_after(self.word_at(start), open);
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

    /// A verb the lexicon lacks at word `k`, in lower case with an inverted subject pronoun:
    /// "fit-il", "hasarda-t-elle" read as cues inside the marks (the verb stands for the
    /// lemma the lexicon does not give).
    fn unlisted_inverted_cue(&self, k: usize) -> Option<CueHit> {
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
        let mut speaker = self.subject_before(from, cue_word, hit.pronoun.clone(), open);
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
    fn announcer(&self, from: usize, end: usize, quote_start: usize) -> Option<Speaker> {
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
        self.whose(k, end, quote_start)
    }

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

    /// The person or body named by the complement opening at word `k` ("de", "d'", "du",
    /// "des") in words `..end`: "de Gabriel Attal", "de l'Insee"; or the description it
    /// opens: "d'un diplomate", "de la ministre".
    fn whose(&self, k: usize, end: usize, quote_start: usize) -> Option<Speaker> {
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
            let described =
                self.described(k, self.description_end(k, end).max(det + 1), quote_start);
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

    /// Whose words the sentence right after the closing mark at `close` says the quotation
    /// was: "« Le pays est au bord de la rupture. » Ces mots sont ceux de François Bayrou",
    /// "Cette phrase est signée du ministre de l'Intérieur", "La formule est de la CGT".
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
        let owned = head + 2 < end && said_words(&self.folded[head]);
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
    /// phrase) a été prononcée devant les militants par la ministre".
    fn said_by(&self, k: usize, end: usize) -> Option<usize> {
        if k + 3 >= end {
            return None;
        }
        let passive = matches!(&self.folded[k], "ont" | "a" | "avaient" | "avait")
            && &self.folded[k + 1] == "ete";
        let participle = &self.folded[k + 2];
        let spoken = [
            "tenu", "prononce", "ecrit", "lance", "signe", "rapporte", "publie",
        ]
        .iter()
        .any(|stem| {
            participle
                .strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "" | "s" | "e" | "es"))
        });
        if !passive || !spoken {
            return None;
        }
        // "tenus mardi soir devant les militants par …": the agent after a short adjunct.
        let by = (k + 3..end.min(k + 12)).find(|&j| &self.folded[j] == "par")?;
        (!(k + 3..by).any(|j| self.broken(j))).then_some(by + 1)
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

    /// The cues in words `from..end`, nearest the end first, each whole: found from the
    /// end, "a déclaré" shows first as "déclaré", so its auxiliary, adverbs and a reflexive
    /// pronoun before it are taken in ("a pour sa part ajouté", "s'est prononcé").
    fn cues_before(&self, from: usize, end: usize) -> impl Iterator<Item = CueHit> + '_ {
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
        let from = self.word_at(at);
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

    /// The person a role left unresolved after a quotation that opens its paragraph turns out
    /// to be, named as the subject of the next sentence: "« La France doit se réarmer », a
    /// déclaré le chef de l'État. Emmanuel Macron a annoncé une hausse du budget." The role
    /// must agree in gender and fit how the article describes the person ("Jean Dupont, son
    /// adversaire, n'y croit pas" is somebody else).
    pub fn role_named_after(&self, role: &Speaker, open: usize) -> Option<String> {
        if !self.opens_paragraph(open) || role.span.start < open {
            return None;
        }
        let k = self.word_at(role.span.start);
        let stop = self.word_at(role.span.end);
        let content: Vec<String> = self
            .folded
            .slice(k + 1..stop)
            .filter(|w| self.gaz.is_title(w))
            .map(str::to_string)
            .collect();
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

    /// Whether a definite role left unresolved takes up `previous`, the person quoted just
    /// before, whom no mention names there: "« Mes joueurs ont été parfaits », a-t-il
    /// souligné. Le technicien espagnol a ajouté : « … »". The role must head its
    /// description ("l'entourage du ministre" is not the minister), agree with the person in
    /// gender and fit how the article describes them.
    pub fn role_takes_up(&self, role: &Speaker, previous: &Speaker) -> bool {
        let named =
            previous.via == Via::Explicit || previous.canonical != self.text[previous.span.clone()];
        if previous.kind != SpeakerKind::Per || !named || role.span.start < previous.span.end {
            return false;
        }
        let k = self.word_at(role.span.start);
        let stop = self.word_at(role.span.end);
        let headed = (k + 1..stop)
            .take_while(|&j| !matches!(&self.folded[j], "de" | "du" | "des" | "d'"))
            .any(|j| self.title_at(j, stop));
        let content: Vec<String> = self
            .folded
            .slice(k + 1..stop)
            .filter(|w| self.gaz.is_title(w))
            .map(str::to_string)
            .collect();
        let titles: Vec<&String> = content.iter().collect();
        let generic = content
            .iter()
            .any(|w| GENERIC_ROLES.contains(&w.as_str()) || HYPERNYM_ROLES.contains(&w.as_str()));
        headed
            && self.role_gender(k, &titles).is_some_and(|gender| {
                gender.agrees(self.referents.gender_of_name(&previous.canonical))
            })
            && (generic
                || !self.referents.described_otherwise(
                    &previous.canonical,
                    &titles,
                    role.span.start,
                ))
    }

    /// Whether the mark at `open` is the first thing on its line.
    fn opens_paragraph(&self, open: usize) -> bool {
        let line_start = self.text[..open].rfind('\n').map_or(0, |i| i + 1);
        self.text[line_start..open].trim().is_empty()
    }

    /// The gender of a definite role whose determiner is word `k` and whose title words are
    /// `titles`; `None` for a role that is not definite ("un élu" is somebody new).
    fn role_gender(&self, k: usize, titles: &[&String]) -> Option<Gender> {
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

    /// The sentence before the one holding `open`, in its paragraph or ending the one before.
    fn sentence_before(&self, open: usize) -> Option<Range<usize>> {
        let sentence = self.sentence(open);
        let index = self.sentences.partition_point(|s| s.end <= sentence.start);
        let previous = index.checked_sub(1).map(|i| self.sentences[i].clone())?;
        let gap = &self.text[previous.end.min(open)..sentence.start.min(open)];
        (gap.matches('\n').count() <= 2).then_some(previous)
    }

    /// Whether byte `at` lies in the sentence holding `open` or in the one just before it.
    pub fn just_before(&self, at: usize, open: usize) -> bool {
        let sentence = self.sentence(open);
        at >= sentence.start
            || self
                .sentence_before(open)
                .is_some_and(|previous| at >= previous.start)
    }

    /// The subject of the clause in words `from..end`: the person named or the subject
    /// pronoun nearest its end that is not a complement ("à Paul Durand", "pour elle"), or
    /// a description heading it ("Le médecin leva les bras").
    fn clause_subject(&self, from: usize, end: usize, quote_start: usize) -> Option<Speaker> {
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
        let k = (from..end).find(|&k| is_determiner(&self.folded[k]))?;
        if self.complement(k) {
            return None;
        }
        let described = self.described(k, self.subject_end(k, end), quote_start);
        // At the head of the clause a description is its subject, whatever it names ("Le
        // communiqué est clair :"); further on it is a person or nothing.
        (k == from || described.kind == SpeakerKind::Per).then_some(described)
    }

    /// One past the last word of a subject description at word `k` in a clause without a
    /// known verb: the description stops before a pronoun or auxiliary ("Le baron
    /// s'approcha"), and before a word that a determiner or preposition follows, a verb
    /// with its object ("Le médecin leva les bras").
    fn subject_end(&self, k: usize, end: usize) -> usize {
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

    /// Whether word `j` is the verb "a" (has), which folds like the preposition "à": "La Cour
    /// des comptes a publié" ends its subject at "a", not at "comptes".
    fn has(&self, j: usize) -> bool {
        self.words
            .get(j)
            .is_some_and(|w| &self.text[w.clone()] == "a")
    }

    /// Whether word `j` (or the honorific or determiner before it) follows a preposition,
    /// making it the head of a complement rather than a subject: "à Paris", "auprès de
    /// l'AFP", "de M. Dupont".
    fn complement(&self, j: usize) -> bool {
        let mut before = j.checked_sub(1);
        if let Some(b) = before.filter(|&b| {
            self.gaz
                .titles
                .get(&self.folded[b])
                .is_some_and(|t| t.honorific)
        }) {
            before = b.checked_sub(1);
        }
        if let Some(b) = before
            .filter(|&b| matches!(&self.folded[b], "l'" | "la" | "le" | "les") && !self.broken(b))
        {
            before = b.checked_sub(1);
        }
        before.is_some_and(|b| {
            !self.broken(b)
                && (PREPOSITIONS.contains(&&self.folded[b])
                    || matches!(&self.folded[b], "aupres" | "devant" | "lors"))
        })
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
        let source = (from..to).find_map(|j| match &self.folded[j] {
            "selon" => self.source_at(j),
            "de" => self.source_at(j),
            "d'" if self.folded.get(j + 1).is_some_and(|w| w == "apres") => self.source_at(j),
            // "Pour Karine, « c'était terrifiant »", "Pour la CGT, «…»": a person or body
            // opening the sentence, not "Pour la première fois".
            "pour" if j == first => self.source_at(j).filter(|found| {
                found.speaker.as_ref().is_some_and(|s| match s.kind {
                    SpeakerKind::Per | SpeakerKind::Org => true,
                    SpeakerKind::Loc => false,
                    SpeakerKind::Other => self.names_a_body(&s.span),
                })
            }),
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

    /// Whether the noun after the determiner at word `k` names a body that speaks through
    /// statements ("la direction", "le gouvernement", "la chaîne").
    fn body(&self, k: usize) -> bool {
        self.folded
            .get(k + 1)
            .is_some_and(|noun| self.gaz.is_org_head(noun) || BODIES.contains(&noun))
    }

    /// The attribution of a quotation that a source introduces, unless a reporting verb
    /// between the source and the quotation (before word `end`) has its own subject: "Selon
    /// Le Monde, le ministre aurait déclaré que «…»" quotes the minister, not the paper.
    fn reported_after_source(&self, found: Attribution, end: usize, open: usize) -> Attribution {
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

    /// Whether a description at `span` names a body by its capitalised name or acronym
    /// ("la CGT", "le Medef") rather than a thing ("la première fois").
    fn names_a_body(&self, span: &Range<usize>) -> bool {
        let k = self.word_at(span.start);
        k + 1 < self.words.len()
            && self.words[k + 1].end <= span.end
            && is_determiner(&self.folded[k])
            && is_capitalised(&self.text[self.words[k + 1].clone()])
    }

    /// The last mention of `kind` in `window` that may be a subject: a body or a place after a
    /// preposition ("à Paris", "au-delà du G8") is a complement, and speaks for nobody.
    fn nearest_before(&self, window: &Range<usize>, kind: EntityType) -> Option<&'a Mention> {
        self.referents.mentions_in(window).iter().rev().find(|m| {
            m.kind == kind
                && (kind == EntityType::Per || !self.complement(self.word_at(m.span.start)))
        })
    }

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

    /// One past the last word a speaker after word `i` may use: the end of the sentence, a
    /// semicolon, a colon or a new quotation, and at most [`WINDOW`] words.
    fn limit(&self, i: usize) -> usize {
        let Some(start) = self.words.get(i) else {
            return self.words.len();
        };
        let sentence_end = self.sentence(start.start).end.max(start.end);
        let mut j = i;
        while j < self.words.len() && j < i + WINDOW && self.words[j].start < sentence_end {
            if j > i {
                let gap = &self.text[self.words[j - 1].end..self.words[j].start];
                if gap.contains([';', ':', '«', '“', '»', '”', '"']) {
                    break;
                }
            }
            j += 1;
        }
        j
    }

    /// The speaker after an inverted cue ("», a déclaré X").
    fn inverted(&self, hit: CueHit, quote_start: usize) -> Attribution {
        let end = self.limit(hit.next);
        self.inverted_until(hit, quote_start, end)
    }

    fn inverted_within(&self, hit: CueHit, quote_start: usize, end: usize) -> Attribution {
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
    fn speaker_after(&self, i: usize, end: usize, quote_start: usize) -> Option<Speaker> {
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
    fn entity_heading(&self, phrase: &Range<usize>) -> Option<&'a Mention> {
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
    fn description_or_apposition(&self, k: usize, end: usize, quote_start: usize) -> Speaker {
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
        // The name in apposition: right after the description, or after a comma or a
        // bracket that closes a complement ("la représentante … sur la violence à l'encontre
        // des enfants, Marta Santos Pais", "(Ufip), Jean Louis Schilansky"), not a name
        // completing a noun further on ("à la demande de sa veuve Sandrine Diouf").
        if stop < end {
            let rest = self.words[stop].start..self.words[end - 1].end;
            let apposed = self.referents.mentions_in(&rest).iter().find(|m| {
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
            });
            if let Some(person) = apposed {
                return self.named(person);
            }
        }
        self.described(k, stop, quote_start)
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
    fn entity_between(&self, i: usize, end: usize, dash: bool) -> Option<Speaker> {
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

    /// A capitalised word that may be part of a name: not a listed common word or title.
    fn is_name_word(&self, j: usize) -> bool {
        is_capitalised(&self.text[self.words[j].clone()])
            && !self.gaz.stopwords.contains(&self.folded[j])
            && !self.gaz.is_title(&self.folded[j])
    }

    /// One past the last word of a description starting at word `k`.
    fn description_end(&self, k: usize, end: usize) -> usize {
        let mut j = k + 1;
        while j < end {
            let gap = &self.text[self.words[j - 1].end..self.words[j].start];
            if gap.contains([',', '.', '(', ')']) || DESCRIPTION_STOPS.contains(&&self.folded[j]) {
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
    fn adjective(&self, j: usize) -> bool {
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
        if matches!(&self.folded[j], "de" | "d'")
            && k < end
            && matches!(&self.folded[k], "l'" | "la" | "le" | "les")
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
    fn described(&self, k: usize, stop: usize, quote_start: usize) -> Speaker {
        let span = self.words[k].start..self.words[stop - 1].end;
        // The words that describe: "chef" and "etat" in "le chef de l'État".
        let content: Vec<String> = self
            .folded
            .slice(k + 1..stop)
            .filter(|w| !LINKS.contains(w) && !NEWLY.contains(w))
            .map(str::to_string)
            .collect();
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

    /// Where a subject before byte `at` is looked for, nearest first: the sentence `at`
    /// stands in, up to it, then the sentence before.
    fn scopes_before(&self, at: usize) -> impl Iterator<Item = Range<usize>> {
        let sentence = self.sentence(at);
        [
            Some(sentence.start.min(at)..at),
            self.sentence_before(at).map(|s| s.start..s.end.min(at)),
        ]
        .into_iter()
        .flatten()
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

    /// One past an adverb or an adverbial phrase at word `p` ("aussi", "de son côté", "une
    /// nouvelle fois"), which may stand between an auxiliary and its participle.
    fn adverbial_end(&self, p: usize) -> Option<usize> {
        if ADVERBS.contains(&&self.folded[p]) {
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

    /// A pronoun speaker: the nearest person before the quotation who agrees in gender.
    fn pronoun(&self, span: Range<usize>, gender: Gender, quote_start: usize) -> Speaker {
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

    /// The words from `j` that take up the person named last, one past their end and their
    /// gender: "ce dernier", "cette dernière", "celui-ci", "celle-ci".
    fn latter(&self, j: usize) -> Option<(usize, Gender)> {
        let gender = |word: &str| match word {
            "dernier" => Some(Gender::Masculine),
            "derniere" => Some(Gender::Feminine),
            _ => None,
        };
        match self.folded.get(j)? {
            "celui-ci" => Some((j + 1, Gender::Masculine)),
            "celle-ci" => Some((j + 1, Gender::Feminine)),
            "ce" | "cette" if !self.broken(j) => Some((j + 2, gender(self.folded.get(j + 1)?)?)),
            _ => None,
        }
    }

    /// The words from `j` that take up one of a pair just named, one past their end, their
    /// gender and which of the two: "la première" (0), "le second" (1); not "le Premier
    /// ministre", which a noun follows.
    fn one_of_two(&self, j: usize) -> Option<(usize, Gender, usize)> {
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
    fn of_the_pair(&self, words: Range<usize>, gender: Gender, which: usize, at: usize) -> Speaker {
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
    fn latest_person(&self, words: Range<usize>, gender: Gender, quote_start: usize) -> Speaker {
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
        // "Au micro de France Inter, la maire de Strasbourg a défendu …": past a leading
        // complement.
        if PREPOSITIONS.contains(&&self.folded[from]) || ADVERBS.contains(&&self.folded[from]) {
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

    /// Whether word `j` counts the plural noun after it, opening a description of a group:
    /// "Cent économistes", "50 médecins", "plusieurs élus".
    fn counted(&self, j: usize) -> bool {
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
    fn title_at(&self, j: usize, stop: usize) -> bool {
        let word = &self.folded[j];
        // "les maires", "les enquêteurs": a plural of a title.
        let singular = word
            .strip_suffix(['s', 'x'])
            .is_some_and(|one| one.len() > 2 && self.gaz.is_title(one));
        self.gaz.is_title(word)
            || singular
            || (j + 2..=(j + 3).min(stop)).any(|last| {
                let words: Vec<&str> = self.folded.slice(j..last).collect();
                self.gaz.is_title(&words.join(" "))
            })
    }

    /// The person named before `before` whom the gazetteers know to hold (or to have held)
    /// the office a description at word `k` with the words `content` names, nearest first:
    /// "Emmanuel Macron a reçu le maire. « … », a déclaré le chef de l'État." A description
    /// saying "français" names an office of no other country.
    fn office_holder(&self, k: usize, content: &[String], before: usize) -> Option<&'a Mention> {
        let ways: Vec<&[&str]> = office_names(content).collect();
        let french = |w: &str| matches!(w, "francais" | "francaise");
        let holds = |office: &Vec<String>| {
            let has = |w: &str| office.iter().any(|o| o == w);
            let foreign = office.iter().any(|o| self.gaz.demonyms.contains_key(o));
            let described = content.iter().all(|w| has(w) || (french(w) && !foreign));
            described || ways.iter().any(|way| way.iter().all(|w| has(w)))
        };
        let titles: Vec<&String> = content.iter().filter(|w| self.gaz.is_title(w)).collect();
        let gender = self.role_gender(k, &titles).unwrap_or(Gender::Either);
        self.referents
            .mentions_in(&(0..before))
            .iter()
            .rev()
            .filter(|m| m.kind == EntityType::Per)
            .take(OFFICE_LOOK_BACK)
            .find(|m| {
                gender.agrees(self.referents.gender_of(m))
                    && self
                        .gaz
                        .offices
                        .get(&m.canonical)
                        .is_some_and(|offices| offices.iter().any(holds))
            })
    }

    /// The person a pronoun takes up when the sentence it stands in, or the one before, names
    /// one in subject position: the first person there who agrees in gender and is no
    /// complement ("Jean Dupont a rencontré Paul Girard. « … », a-t-il dit": Jean Dupont).
    fn subject_person_before(&self, at: usize, gender: Gender) -> Option<&'a Mention> {
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
    fn pronoun_subject_before(&self, at: usize, gender: Gender) -> Option<&'a Mention> {
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

    /// Whether byte `at` lies between quote marks opened after `scope.start`: a name inside
    /// a quotation is not the one speaking.
    fn quoted(&self, at: usize, scope: &Range<usize>) -> bool {
        let before = &self.text[scope.start..at];
        before.matches(['«', '“']).count() > before.matches(['»', '”']).count()
    }

    /// The subject of a cue at word `cue_word`, read backwards from the verb: past object
    /// clitics ("lui dit"), a subject pronoun, a name or a description ending right there;
    /// after an apposition ("X, le maire, a déclaré"), the person the clause named.
    fn subject_before(
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
    fn apposed_subject(&self, from: usize, verb: usize, quote_start: usize) -> Option<Speaker> {
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
            .then(|| Speaker {
                canonical: self.text[span.clone()].to_string(),
                span,
                kind: SpeakerKind::Per,
                via: Via::Explicit,
            })
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

    /// Whether punctuation follows word `j`, cutting it from the next one.
    /// The stop after an honorific or an initial ("M. Dupont", "J. Dupont") cuts nothing.
    fn broken(&self, j: usize) -> bool {
        let end = self.words.get(j + 1).map_or(self.text.len(), |w| w.start);
        let gap = &self.text[self.words[j].end..end];
        if gap.trim_end() == "." && self.abbreviation(j) {
            return false;
        }
        gap.contains([',', ';', ':', '.', '!', '?', '(', ')', '«', '»'])
    }

    /// Whether word `j` is an honorific or a one-letter initial, which a stop abbreviates.
    fn abbreviation(&self, j: usize) -> bool {
        let word = &self.text[self.words[j].clone()];
        let mut letters = word.chars();
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
            || self
                .gaz
                .titles
                .get(&self.folded[j])
                .is_some_and(|t| t.honorific)
    }

    /// The body or circle an unnamed "on" speaks for, at word `i` after the cue: "»,
    /// insiste-t-on à l'Élysée", "précise-t-on chez Renault", "explique-t-on dans
    /// l'entourage du ministre", reading no further than word `end`.
    fn where_on_speaks(&self, i: usize, end: usize) -> Option<Speaker> {
        let at = i + usize::from(i < end && ADVERBS.contains(&&self.folded[i]));
        if at + 1 >= end || self.broken(at) {
            return None;
        }
        // "au sein du gouvernement", "au sein de la majorité": the body itself.
        let within = &self.folded[at] == "au"
            && self.folded.get(at + 1) == Some("sein")
            && matches!(self.folded.get(at + 2), Some("de" | "du" | "des" | "d'"))
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
    fn anonymous_source(&self, i: usize, end: usize) -> Option<Speaker> {
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
    fn source_at(&self, i: usize) -> Option<Attribution> {
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

    /// A speaker for an entity mention, saying how its name was found.
    fn named(&self, mention: &Mention) -> Speaker {
        let titled = self
            .word_at(mention.span.start)
            .checked_sub(1)
            .is_some_and(|p| {
                self.gaz
                    .titles
                    .get(&self.folded[p])
                    .is_some_and(|t| t.honorific)
                    && is_capitalised(&self.text[self.words[p].clone()])
            });
        let via = if titled {
            Via::Title
        } else if mention.source == Source::Resolved {
            Via::Surname
        } else {
            Via::Explicit
        };
        Speaker {
            span: mention.span.clone(),
            canonical: mention.canonical.clone(),
            kind: match mention.kind {
                EntityType::Per => SpeakerKind::Per,
                EntityType::Org => SpeakerKind::Org,
                EntityType::Loc => SpeakerKind::Loc,
                EntityType::Date => SpeakerKind::Other,
            },
            via,
        }
    }

    /// A reporting verb at word `i`: a finite form ("déclare", "déclare-t-elle"), or an
    /// auxiliary, adverbs and a participle ("a encore ajouté", "a-t-il déclaré"), or a
    /// reflexive one ("s'est félicité").
    fn cue_at(&self, i: usize) -> Option<CueHit> {
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
    fn modal_cue_at(&self, i: usize) -> Option<CueHit> {
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
    fn split_inverted(&self, k: usize) -> (&str, Option<(Range<usize>, Gender)>) {
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
