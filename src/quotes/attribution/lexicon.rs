//! The words attribution knows by heart: a folded word → whether it is an auxiliary, an
//! adverb, a determiner, a body, a time, a title's neighbour and the like, and the ways news
//! names the same office.

use crate::gazetteer::Gender;

/// Auxiliaries of compound tenses and their inverted forms' bases.
pub(super) const AUXILIARIES: &[&str] = &[
    "a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient", "eut", "eurent", "est",
    "etait", "sera", "serait", "sont", "etaient", "fut",
];

/// Whether a word reads as a verb in the imperfect or conditional ("semblait",
/// "restaient"): after a description's noun it ends the subject ("la voisine semblait
/// incrédule"). The nouns with that ending are few.
pub(super) fn imperfect(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "portrait", "souhait", "attrait", "extrait", "retrait", "trait", "bienfait", "mefait",
        "forfait", "parfait", "lait",
    ];
    word.ends_with("aient") || (word.len() > 4 && word.ends_with("ait") && !NOUNS.contains(&word))
}

/// Adverbs that may stand between an auxiliary and its participle, or after an inverted cue.
pub(super) const ADVERBS: &[&str] = &[
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
pub(super) const BODIES: &[&str] = &[
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
pub(super) const TAKEN_UP_BODIES: &[&str] = &[
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
pub(super) const TIME_WORDS: &[&str] = &[
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
pub(super) const PRONOUNS: &[(&str, Gender)] = &[
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
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "le" | "la" | "les" | "l'" | "ce" | "cet" | "cette" | "ces"
    ) || OTHERS.contains(&word)
}

/// Determiners that make a description somebody new or somebody's: "son avocate", "un
/// porte-parole", "mon cousin" never name the person last described.
pub(super) const OTHERS: &[&str] = &[
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
pub(super) const DESCRIPTION_STOPS: &[&str] = &[
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
pub(super) const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
    "ais", "aise", "aises", "ois", "oise", "oises", "ique", "iques", "aire", "aires", "if", "ive",
    "ifs", "ives", "ain", "aine", "ains", "aines", "eux", "euse", "euses", "ier", "iere", "iers",
    "ieres", "ien",
];

/// Verbs that take a reporting verb in the infinitive after "à" or "de": "a tenu à
/// préciser", "vient de déclarer", "s'est empressé de démentir".
pub(super) const MODALS: &[&str] = &[
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
pub(super) fn is_noun_determiner(word: &str) -> bool {
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
pub(super) fn said_words(word: &str) -> bool {
    SPEECH_NOUNS.contains(&word) || matches!(word, "mot" | "phrase" | "formule" | "citation")
}

/// Nouns that head a verbless lead announcing somebody's words before a colon: "Réponse de
/// Gabriel Attal :", "Réaction immédiate de la CGT :".
pub(super) const LEAD_NOUNS: &[&str] = &[
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
pub(super) const CLITICS: &[&str] = &[
    "me", "m'", "te", "t'", "se", "s'", "lui", "leur", "nous", "vous", "y", "en", "ne", "n'", "l'",
    "le", "la", "les",
];

/// Words that open a clause: a subject's description never reaches back past them.
pub(super) const BOUNDARIES: &[&str] = &[
    "que", "qu'", "qui", "quand", "lorsque", "lorsqu'", "et", "mais", "puis", "car", "si", "comme",
    "ou", "dont", "alors",
];

/// Words that make what follows a complement, not a name ("de l'Intérieur").
pub(super) const LINKS: &[&str] = &[
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
pub(super) const OFFICE_LOOK_BACK: usize = 30;

/// The other ways of naming the office the words of a description name, if they name one.
pub(super) fn office_names(
    content: &[String],
) -> impl Iterator<Item = &'static [&'static str]> + '_ {
    let names = |way: &[&str]| way.iter().all(|w| content.iter().any(|c| c == w));
    OFFICES
        .iter()
        .filter(move |ways| ways.iter().any(|way| names(way)))
        .flat_map(move |ways| ways.iter().copied().filter(move |way| !names(way)))
}

/// Adjectives that date a role without changing it: "la nouvelle directrice" is the one just
/// named director.
pub(super) const NEWLY: &[&str] = &["nouveau", "nouvel", "nouvelle", "actuel", "actuelle"];

/// Roles that say no office, only rank: their holder is known by what qualifies them ("le
/// haut responsable européen").
pub(super) const GENERIC_ROLES: &[&str] = &[
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
pub(super) const ADVERBIAL_PHRASES: &[&str] = &[
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
pub(super) const HYPERNYM_ROLES: &[&str] = &[
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
pub(super) const PARTICLES: &[&str] = &[
    "de", "d'", "du", "des", "van", "von", "der", "den", "le", "la",
];

/// Prepositions that make a name a complement.
pub(super) const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "en", "de", "du", "des", "d'", "dans", "vers", "sur", "pour", "par", "chez",
    "contre", "avec", "sans", "entre", "depuis",
];

/// Prepositions that attribute without a verb.
pub(super) const SOURCES: &[&str] = &["selon", "d'apres", "pour"];

/// Words before a quotation that make it a title or a name, not somebody's words.
pub(super) const TITLE_WORDS: &[&str] = &[
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
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "ne", "n'", "a", "au", "aux", "qui", "que", "qu'", "est", "sont", "sera", "seront", "doit",
    "doivent", "va", "vont", "peut", "peuvent",
];

/// Words that take one out of a circle, whose complement may go through a possessive: "un de
/// ses proches", "une amie de sa fille", "un membre de son équipe".
pub(super) const PARTITIVES: &[&str] = &[
    "un",
    "une",
    "membre",
    "membres",
    "proche",
    "proches",
    "ami",
    "amie",
    "amis",
    "amies",
    "conseiller",
    "conseillere",
    "conseillers",
    "collaborateur",
    "collaboratrice",
    "collaborateurs",
    "partisan",
    "partisans",
    "soutien",
    "soutiens",
    "entourage",
];

/// Verbs saying where words come from, before "de": "(Le cri d'alarme) vient de Marc Dupuis",
/// "(L'appel) émane des maires".
pub(super) const ORIGINS: &[&str] = &[
    "vient",
    "venait",
    "emane",
    "emanait",
    "provient",
    "provenait",
];

/// Adverbs that open a sentence before its subject, set off by a comma: "Depuis, François
/// Hollande a changé de ton".
pub(super) const OPENERS: &[&str] = &[
    "depuis",
    "ensuite",
    "puis",
    "desormais",
    "pourtant",
    "aujourd'hui",
    "hier",
    "alors",
    "entre-temps",
    "finalement",
];
