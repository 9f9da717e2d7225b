//! Quotations: article text, paragraphs, sentences and entity mentions → the quotations in
//! « », “ ” or "…" marks, each with its cue and speaker. Sorted by start; none starts inside
//! an excluded (boilerplate or repeated) region.
//!
//! Three steps. [`marks`] pairs the marks in one linear pass. Each pair is then placed in its
//! sentence: a quotation that opens its sentence (or follows a colon) is `full`; one inside the
//! journalist's sentence is `partial` when it is long enough to be somebody's words rather
//! than a term in scare quotes. Last, [`attribution`] reads the few words around it for a cue
//! ("», a déclaré …", "… a affirmé : «", "selon …") and names the speaker through
//! [`crate::resolve::Referents`]. A whole sentence in marks with no cue is still reported,
//! with the speaker its context gives, or none; but a fragment with no source, or a
//! paragraph made of nothing but words in marks (a motto, an epigraph), is nobody's
//! statement.

mod attribution;
mod marks;

use std::fmt;
use std::ops::Range;

use crate::fold::fold_str;
use crate::gazetteer::{Gazetteers, Gender};
use crate::mention::Mention;
use crate::resolve::Referents;
use crate::words::{words, Words};

/// Whether a quotation is a whole statement or a fragment inside the journalist's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Full,
    Partial,
}

impl QuoteKind {
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Which rule named the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Explicit,
    Surname,
    Title,
    Descriptor,
    Pronoun,
    Selon,
    Inherited,
    Context,
}

impl Via {
    pub fn label(self) -> &'static str {
        match self {
            Via::Explicit => "explicit",
            Via::Surname => "surname",
            Via::Title => "title",
            Via::Descriptor => "descriptor",
            Via::Pronoun => "pronoun",
            Via::Selon => "selon",
            Via::Inherited => "inherited",
            Via::Context => "context",
        }
    }
}

/// What kind of speaker: an entity type, or a document or group named by a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Per,
    Org,
    Loc,
    /// A description that names no listed entity ("le communiqué final", "les organisateurs").
    Other,
}

impl fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpeakerKind::Per => "PER",
            SpeakerKind::Org => "ORG",
            SpeakerKind::Loc => "LOC",
            SpeakerKind::Other => "OTHER",
        })
    }
}

/// Who said it: `span` is where the text names them (a name, a descriptor, a pronoun).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub span: Range<usize>,
    pub canonical: String,
    pub kind: SpeakerKind,
    pub via: Via,
}

/// The verb (or preposition) that attributes the quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub span: Range<usize>,
    pub lemma: String,
}

/// One quotation: `span` runs from the first quoted char to the last, without the marks;
/// `parts` leave out an incise inside the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub span: Range<usize>,
    pub parts: Vec<Range<usize>>,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
}

/// Shortest fragment inside the journalist's sentence (in words) that is reported as a
/// partial quotation; shorter ones are terms in scare quotes ("cloud", «première étape»),
/// unless the verb that attributes them stands right before the marks ("dénonce « une
/// provocation »") or right after them ("« mal ficelé », estime le sénateur").
const MIN_PARTIAL_WORDS: usize = 3;

/// Verbs of a reply, whose speaker is not the one answered.
const REPLIES: &[&str] = &["répondre", "rétorquer", "répliquer", "riposter", "objecter"];

/// How many of the latest speakers a role left unresolved may take up.
const SPEAKERS_RECALLED: usize = 3;

/// Verbs that name rather than quote: what they put in marks is a name ("les ouvriers
/// appelaient « le château »").
const NAMING: &[&str] = &[
    "appeler",
    "surnommer",
    "nommer",
    "dénommer",
    "baptiser",
    "intituler",
    "désigner",
];

/// Verbs of will whose object, in marks right after them, is the subject's own words: "veut
/// « aller vite »", "entend « tout remettre à plat »".
const WILLS: &[&str] = &[
    "veut",
    "veulent",
    "voulait",
    "voulaient",
    "voudrait",
    "voudraient",
    "souhaite",
    "souhaitent",
    "souhaitait",
    "souhaitaient",
    "entend",
    "entendent",
    "entendait",
    "entendaient",
    "compte",
    "comptent",
    "comptait",
    "espere",
    "esperent",
    "esperait",
];

/// The cues of a source opening its sentence ("selon X", "pour X", "d'après X").
const SOURCE_CUES: &[&str] = &["selon", "pour", "d'apres"];

/// What a source's sentence ends with when the fragment right after says what a thing is,
/// folded: "il s'agit d'« une trahison »", "c'est « une erreur »".
const COPULAS_BEFORE: &[&str] = &[
    "c'est",
    "c'etait",
    "ce serait",
    "ce sera",
    "s'agit de",
    "s'agit d'",
    " est",
    " sont",
    " serait",
    " etait",
    " sera",
];

/// Cues whose object is a feeling or a view the speaker owns: "fait part de sa « profonde
/// tristesse »", "a exprimé son « inquiétude »".
const EXPRESSING: &[&str] = &[
    "faire part",
    "exprimer",
    "dire",
    "redire",
    "confier",
    "clamer",
    "crier",
    "avouer",
    "affirmer",
    "réaffirmer",
];

/// Cues that pass a verdict on what they name: "dénonce une « gouvernance douteuse »".
const JUDGING: &[&str] = &[
    "dénoncer",
    "fustiger",
    "saluer",
    "déplorer",
    "regretter",
    "critiquer",
    "condamner",
    "évoquer",
    "réclamer",
    "exiger",
    "brocarder",
    "railler",
    "se moquer",
];

/// Cues that call for something or commit to it, governing "à": "a appelé à « la retenue »",
/// "s'est engagé à « tout reconstruire »".
const CALLS: &[&str] = &["appeler", "exhorter", "s'engager"];

/// Possessive determiners, folded.
const POSSESSIVES: &[&str] = &[
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
];

/// Finds the quotations of one article; `all_words` are its words.
pub fn find(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    all_words: &Words,
    mentions: &[Mention],
    gaz: &Gazetteers,
    excluded: &[Range<usize>],
) -> Vec<Quote> {
    let pairs = marks::pair(text, paragraphs);
    let referents = Referents::new(text, mentions, sentences, all_words, gaz);
    let reader = attribution::Reader::new(text, all_words, sentences, gaz, &referents);
    let mut quotes: Vec<Quote> = Vec::new();
    // The speaker of the last attributed quotation, the paragraph it ended in and its
    // closing mark.
    let mut previous: Option<(Speaker, usize, usize)> = None;
    // The speakers of the last few quotations, whole or partial, oldest first, with the
    // paragraph each ended in: whom a pronoun or a role left unresolved takes up.
    let mut said: Vec<(Speaker, usize)> = Vec::with_capacity(SPEAKERS_RECALLED + 1);
    for pair in pairs {
        if crate::spans::contains(excluded, pair.open) {
            continue;
        }
        let Some(content) = pair.content(text) else {
            continue;
        };
        let paragraph = paragraphs.partition_point(|p| p.end <= pair.open);
        let embedded = reader.embedded(pair.open) && !stamped(text, sentences, pair.open);
        // An opener never closed quotes to the end of its paragraph only where a statement
        // would stand: opening the sentence (or after a colon) and ending it.
        if !pair.closed && (embedded || !ends_statement(&text[content.clone()])) {
            continue;
        }
        let incise = reader
            .incise(&content)
            .or_else(|| dashed_incise(text, &reader, pair.open, &content))
            .or_else(|| source_incise(text, &reader, pair.open, &content));
        let parts = match &incise {
            Some(found) => [content.start..found.before, found.after..content.end]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect(),
            None => pair.parts(text),
        };
        if !embedded && heads_clause(text, &pair, &content) && reader.is_title(pair.open, &content)
        {
            continue; // "« Le Monde » a révélé …": a name, the verb's subject
        }
        let mut attribution = match incise {
            Some(found) => Some(found.attribution),
            None if embedded => reader.partial(pair.open, pair.close),
            None if !pair.closed => reader.before(pair.open),
            None => reader
                .after(pair.open, pair.close)
                .or_else(|| reader.before(pair.open)),
        };
        if !embedded && attribution.as_ref().is_none_or(|a| a.speaker.is_none()) {
            // A whole sentence in marks, alone, is somebody's words: the person the sentence
            // before speaks of said it, or whoever said the quotation just before.
            let found = attribution.is_some();
            let said = (!pair.closed || reader.ends_sentence(pair.close)) && speech(text, &content);
            if !(found || said) {
                continue;
            }
            // "« Oppenheimer » triomphe": a name; not a sentence, which the word before (in
            // the sentence before) says nothing of ("le plan. « Nous … »").
            if !ends_statement(&text[content.clone()]) && reader.is_title(pair.open, &content) {
                continue;
            }
            let inherited = previous
                .as_ref()
                .filter(|(_, at, _)| paragraph <= at + 1)
                .map(|(speaker, _, close)| {
                    let speaker = Speaker {
                        via: Via::Inherited,
                        ..speaker.clone()
                    };
                    (speaker, reader.just_before(*close, pair.open))
                });
            // A sentence right after the closing mark saying whose words these are ("Cette
            // phrase, prononcée par …"); else, right after another quotation, its speaker
            // goes on; else the sentence before tells who speaks, or the one after the
            // closing mark.
            let owner = pair
                .closed
                .then(|| reader.owner(pair.close, pair.open))
                .flatten();
            let speaker = match inherited {
                _ if owner.is_some() => owner,
                Some((speaker, true)) => Some(speaker),
                other => reader
                    .context(pair.open)
                    .or_else(|| {
                        pair.closed
                            .then(|| reader.following(pair.open, pair.close))
                            .flatten()
                    })
                    .or(other.map(|(speaker, _)| speaker)),
            };
            if !found && speaker.is_none() && motto(text, paragraphs, &pair, &content) {
                continue; // a motto or an epigraph: words in marks that nobody says
            }
            let cue = attribution.and_then(|a| a.cue);
            attribution = Some(attribution::Attribution { speaker, cue });
        }
        let Some(mut attribution) = attribution else {
            continue;
        };
        if embedded && attribution.speaker.is_none() {
            continue;
        }
        // "« … », a déclaré la ministre. « … », a-t-elle ajouté": a pronoun that takes up no
        // person named before speaks for whoever was quoted just before.
        if let Some(speaker) = attribution.speaker.as_mut() {
            let pronoun = fold_str(&speaker.canonical);
            // "Selon elle, la direction « … »": a source that is a pronoun takes up as one.
            let stressed = speaker.via == Via::Selon
                && matches!(pronoun.as_str(), "lui" | "elle" | "eux" | "elles");
            let unresolved = (speaker.via == Via::Pronoun || stressed)
                && speaker.canonical == text[speaker.span.clone()]
                && !matches!(pronoun.as_str(), "on" | "je" | "j'");
            let taken_up = said
                .last()
                .filter(|(before, at)| {
                    unresolved
                        && paragraph <= at + 2
                        && agrees(gaz, &pronoun, &text[before.span.clone()])
                })
                .map(|(before, _)| before.clone())
                // "« Cette réforme, a-t-il expliqué, est indispensable. » Le Premier ministre
                // Michel Barnier s'exprimait devant le Sénat", "« … », explique-t-elle, la voix
                // brisée. Marie Lambert a perdu son mari": named just after.
                .or_else(|| {
                    // After the sentence the pronoun stands in, when it follows the quotation.
                    let told = sentences
                        .iter()
                        .find(|s| s.contains(&speaker.span.start))
                        .map_or(pair.close, |s| s.end)
                        .max(pair.close);
                    let after = unresolved
                        .then(|| reader.following(pair.open, told))
                        .flatten()?;
                    agrees(gaz, &pronoun, &text[after.span.clone()]).then_some(after)
                });
            // "« … », souffle Hager, 41 ans. Elle ajoute : « … »": the speaker just quoted,
            // named by no mention, is nearer than the person the pronoun found.
            let nearer = || {
                let (before, at, _) = previous.as_ref()?;
                let candidate = speaker.via == Via::Pronoun
                    && before.via == Via::Explicit
                    && before.kind == SpeakerKind::Per
                    && paragraph <= at + 1
                    && agrees(gaz, &pronoun, &text[before.span.clone()]);
                if !candidate {
                    return None;
                }
                // Mentions are sorted: the last one of the person before the quotation, among
                // a bounded number so that each quotation costs the same.
                let upto = mentions.partition_point(|m| m.span.end <= pair.open);
                let found_at = mentions[..upto]
                    .iter()
                    .rev()
                    .take(64)
                    .find(|m| m.canonical == speaker.canonical)?
                    .span
                    .end;
                let named = mentions.partition_point(|m| m.span.start < before.span.start);
                let unnamed = mentions.get(named).is_none_or(|m| m.span != before.span);
                (unnamed && found_at <= before.span.start).then(|| before.clone())
            };
            if let Some(before) = taken_up.or_else(nearer) {
                speaker.canonical = before.canonical;
                speaker.kind = before.kind;
            } else if let Some(person) =
                role_holder(text, &reader, &said, paragraph, speaker, &pair)
            {
                speaker.canonical = person;
            }
        }
        if let (Some(speaker), Some(cue)) = (attribution.speaker.as_mut(), &attribution.cue) {
            if let Some(canonical) = replier(gaz, text, &said, paragraph, speaker, cue) {
                speaker.canonical = canonical;
            }
        }
        let speaker = attribution.speaker;
        let kind = if embedded {
            let length = parts
                .iter()
                .map(|p| words(text, p.clone()).len())
                .sum::<usize>();
            // Only a short fragment needs the words around it to count as said.
            let short = length < MIN_PARTIAL_WORDS
                && !fragment_said(
                    text,
                    paragraphs,
                    &pair,
                    attribution.cue.as_ref(),
                    speaker.as_ref(),
                );
            if short || reader.is_title(pair.open, &content) {
                continue;
            }
            QuoteKind::Partial
        } else {
            if let Some(speaker) = &speaker {
                let close_paragraph = paragraphs.partition_point(|p| p.end <= pair.close);
                previous = Some((speaker.clone(), close_paragraph, pair.close));
            }
            QuoteKind::Full
        };
        if let Some(speaker) = &speaker {
            let close_paragraph = paragraphs.partition_point(|p| p.end <= pair.close);
            said.push((speaker.clone(), close_paragraph));
            if said.len() > SPEAKERS_RECALLED {
                said.remove(0);
            }
        }
        quotes.push(Quote {
            span: content,
            parts,
            kind,
            speaker,
            cue: attribution.cue,
        });
    }
    quotes
}

/// The person a role speaker left unresolved turns out to be: named as the subject of the
/// sentence after a quotation opening its paragraph, or among the last speakers `said`, the
/// latest one the role fits ("« … », a attaqué Sophie Garnier. « … », a rétorqué le maire. La
/// candidate a haussé le ton. « … »").
fn role_holder(
    text: &str,
    reader: &attribution::Reader,
    said: &[(Speaker, usize)],
    paragraph: usize,
    role: &Speaker,
    pair: &marks::Pair,
) -> Option<String> {
    let unresolved = matches!(role.via, Via::Descriptor | Via::Context)
        && role.kind == SpeakerKind::Per
        && role.canonical == text[role.span.clone()];
    if !unresolved {
        return None;
    }
    reader
        .role_named_after(role, pair.open)
        .or_else(|| reader.office_named_after(role))
        .or_else(|| {
            let (_, (person, _)) = said.iter().rev().enumerate().find(|(n, (before, at))| {
                // After an inverted cue, the speaker just before only: in an exchange ("demanda
                // le prince. « … », dit le magistrat") the one further back is the other party.
                let latest = *n == 0 && role.via == Via::Descriptor;
                let recalled = role.via == Via::Context && paragraph <= at + 2;
                (latest && paragraph <= at + 1 || recalled)
                    && reader.role_takes_up(role, before, !latest)
            })?;
            Some(person.canonical.clone())
        })
}

/// The name of whoever replies ("a répondu le maire", "a-t-il rétorqué") when a role or a
/// pronoun took up the one just quoted, among the last speakers `said`: never that person
/// ("« Non », a jugé Paul Roux. « Si », a répondu le maire"), but, for a pronoun, the one who
/// spoke before them when a name agrees, as in an exchange; else the words as written.
fn replier(
    gaz: &Gazetteers,
    text: &str,
    said: &[(Speaker, usize)],
    paragraph: usize,
    speaker: &Speaker,
    cue: &Cue,
) -> Option<String> {
    let (answered, at) = said.last()?;
    if !REPLIES.contains(&cue.lemma.as_str())
        || !matches!(speaker.via, Via::Descriptor | Via::Pronoun)
        || paragraph > at + 1
        || answered.canonical != speaker.canonical
    {
        return None;
    }
    let pronoun = fold_str(&text[speaker.span.clone()]);
    let other = said
        .len()
        .checked_sub(2)
        .map(|i| &said[i])
        .filter(|(other, at)| {
            speaker.via == Via::Pronoun
                && paragraph <= at + 2
                && other.kind == SpeakerKind::Per
                && other.canonical != speaker.canonical
                && (other.via == Via::Explicit || other.canonical != text[other.span.clone()])
                && agrees(gaz, &pronoun, &text[other.span.clone()])
                && agrees(gaz, &pronoun, &other.canonical)
        });
    Some(match other {
        Some((other, _)) => other.canonical.clone(),
        None => text[speaker.span.clone()].to_string(),
    })
}

/// Whether a fragment too short to pass for somebody's words on its length alone is theirs
/// all the same, by the words that attribute it: a will governing it, a source saying what a
/// thing is, or a cue right before or right after the marks.
fn fragment_said(
    text: &str,
    paragraphs: &[Range<usize>],
    pair: &marks::Pair,
    cue: Option<&Cue>,
    speaker: Option<&Speaker>,
) -> bool {
    // The few words before the marks, folded.
    let mut from = pair.open.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let lead = fold_str(text[from..pair.open].trim_end());
    // "La ministre veut « aller vite »": what somebody wants, in their own words; the will's
    // subject speaks, not a cue further back ("on disait qu'elle voulait « réfléchir »").
    let will = lead
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|last| WILLS.contains(&last));
    if will && speaker.is_some() && cue.is_none() {
        return true;
    }
    let Some(cue) = cue else {
        return false;
    };
    let between = text.get(cue.span.end..pair.open).map(str::trim);
    // "Pour Marine Le Pen, il s'agit d'« une trahison »", "Selon lui, c'est « une erreur »":
    // what the source says a thing is.
    let source = SOURCE_CUES.contains(&cue.lemma.as_str());
    if source && between.is_some() && COPULAS_BEFORE.iter().any(|c| lead.ends_with(c)) {
        return true;
    }
    // "a appelé à « la retenue »", "appelle au « calme »": a call, which "appeler" naming
    // something is not.
    let urged = CALLS.contains(&cue.lemma.as_str())
        && between.is_some_and(|between| matches!(between, "à" | "au" | "aux"));
    if urged {
        return true;
    }
    let quoted = pair.content(text).map_or("", |content| &text[content]);
    let before = between.is_some_and(|between| cue_before(cue, between, quoted));
    // "Ce texte est « mal ficelé », estime le sénateur"; not a term ending a line of
    // dialogue, whose words the cue after it gives ("— Je n'aime pas le « tout fait », disait
    // Mme Villeroy"), nor a participle.
    let after = pair.closed
        && cue.span.start > pair.close
        && text[pair.close..cue.span.start]
            .trim_start_matches(['»', '”', '"'])
            .trim()
            == ","
        && !text[cue.span.clone()].ends_with("ant")
        && !dialogue_line(text, paragraphs, pair.open);
    // "le projet de loi dit « immigration »": "dit" after a thing is "called".
    let called = before
        && matches!(&text[cue.span.clone()], "dit" | "dite" | "dits" | "dites")
        && speaker.is_none_or(|s| s.kind == SpeakerKind::Other);
    (before || after) && !NAMING.contains(&cue.lemma.as_str()) && !called
}

/// Whether the paragraph holding byte `at` is a line of dialogue, opened by a dash.
fn dialogue_line(text: &str, paragraphs: &[Range<usize>], at: usize) -> bool {
    let index = paragraphs.partition_point(|p| p.end <= at);
    paragraphs
        .get(index)
        .is_some_and(|p| text[p.start..at].trim_start().starts_with(['—', '–', '-']))
}

/// Whether a subject pronoun may take up a speaker written `written`: "elle" not "le
/// ministre", "il" or "Pierre", "il" not "la ministre", "elle" or "Monique"; a surname or a
/// plural says nothing against it.
fn agrees(gaz: &Gazetteers, pronoun: &str, written: &str) -> bool {
    let first = fold_str(written.split_whitespace().next().unwrap_or(""));
    // "Monique, 72 ans": a first name tells too.
    let named = written
        .starts_with(char::is_uppercase)
        .then(|| gaz.first_names.get(&first))
        .flatten();
    let feminine = matches!(first.as_str(), "la" | "une" | "cette" | "sa" | "elle")
        || named == Some(&Gender::Feminine);
    let masculine = matches!(first.as_str(), "le" | "un" | "ce" | "cet" | "son" | "il")
        || named == Some(&Gender::Masculine);
    match pronoun {
        "il" | "lui" => !feminine,
        "elle" => !masculine,
        _ => true,
    }
}

/// Whether the cue before a fragment governs it across the words `between` them:
/// "dénonce « une provocation »", "a promis de « riposter fermement »"; a feeling told as the speaker's own: "a fait part de sa « profonde
/// tristesse »"; a verb that judges, across its object: "a jugé ces propos « inacceptables »".
fn cue_before(cue: &Cue, between: &str, quoted: &str) -> bool {
    let lemma = cue.lemma.as_str();
    let gap = fold_str(between);
    let gap: Vec<&str> = gap.split_whitespace().collect();
    let judged = ["juger", "qualifier", "estimer"].contains(&lemma)
        && gap.len() <= 4
        && !between.contains(|c: char| ",.;:!?«»\"“”".contains(c));
    let owned = EXPRESSING.contains(&lemma)
        && gap.split_last().is_some_and(|(last, lead)| {
            POSSESSIVES.contains(last)
                && lead
                    .iter()
                    .all(|w| matches!(*w, "de" | "d'" | "toute" | "tout" | "toutes" | "tous"))
        });
    // "dénonce une « gouvernance douteuse »": a verdict on something, its article outside
    // the marks; "dit un « bonjour »", "reconnut le « mécréant »" use a word.
    let article = JUDGING.contains(&lemma)
        && matches!(
            gap.as_slice(),
            ["un" | "une" | "des" | "le" | "la" | "les" | "l'"] | ["d'" | "de", "un" | "une"]
        )
        && quoted.trim().contains(char::is_whitespace);
    matches!(gap.as_slice(), [] | ["de" | "d'"]) || judged || owned || article
}

/// Whether words in marks with no cue read as said rather than named: three words or more,
/// or a sentence's final punctuation ("Non !"); "« Oppenheimer »." is a title.
fn speech(text: &str, content: &Range<usize>) -> bool {
    ends_statement(&text[content.clone()]) || words(text, content.clone()).len() >= 3
}

/// Whether the words in marks are the subject of the clause they open: no punctuation at
/// their end, and the clause going on in lower case right after the closing mark, with no
/// comma ("« Le Parisien » a révélé"), as no inverted cue does ("« Non, monsieur, » dit-il").
fn heads_clause(text: &str, pair: &marks::Pair, content: &Range<usize>) -> bool {
    let after = &text[pair.close..];
    let mark = after.chars().next().map_or(0, char::len_utf8);
    pair.closed
        && !text[content.clone()].ends_with(|c: char| c.is_ascii_punctuation() || c == '…')
        && after[mark..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(char::is_lowercase)
}

/// An incise between two dashes inside the marks ("“Nous irons jusqu'au bout — a martelé
/// la secrétaire générale — quoi qu'il en coûte.”"): the first dash read as a closing mark
/// followed by an inverted cue and its speaker. The speaker's own aside ("– je le dis –")
/// has no cue.
fn dashed_incise(
    text: &str,
    reader: &attribution::Reader,
    open: usize,
    content: &Range<usize>,
) -> Option<attribution::Incise> {
    let quoted = &text[content.clone()];
    let spaced_dash = |from: usize| {
        [" — ", " – "]
            .iter()
            .filter_map(|dash| quoted[from..].find(dash).map(|at| from + at + 1))
            .min()
    };
    let first = spaced_dash(0)?;
    let dash_len = quoted[first..].chars().next().map_or(1, char::len_utf8);
    let second = spaced_dash(first + dash_len)?;
    let mut attribution = reader.after(open, content.start + first)?;
    attribution.cue.as_ref()?;
    let speaker = attribution.speaker.as_mut()?;
    // A description ends at the closing dash ("la secrétaire générale — quoi …").
    let closing = content.start + second;
    if speaker.span.end > closing {
        let named = speaker.canonical == text[speaker.span.clone()];
        speaker.span.end = speaker.span.start + text[speaker.span.start..closing].trim_end().len();
        if named {
            speaker.canonical = text[speaker.span.clone()].to_string();
        }
    }
    let resume = second + dash_len;
    let after =
        content.start + resume + (quoted[resume..].len() - quoted[resume..].trim_start().len());
    Some(attribution::Incise {
        before: content.start + quoted[..first].trim_end().len(),
        after,
        attribution,
    })
}

/// Whether all that stands before the opening mark at `open` in its sentence is a time or a
/// dateline and a dash, as a live report or a dispatch heads its entries ("14h32 – « … »",
/// "PARIS (AFP) – « … »"): the quotation opens the statement.
fn stamped(text: &str, sentences: &[Range<usize>], open: usize) -> bool {
    let index = sentences.partition_point(|s| s.start <= open);
    let start = index
        .checked_sub(1)
        .map_or(0, |i| sentences[i].start.min(open));
    let lead = text[start..open].trim_end();
    let Some(stamp) = lead.strip_suffix(['—', '–', '-']) else {
        return false;
    };
    let stamp = stamp.trim_end();
    let time = !stamp.is_empty()
        && stamp.len() <= 8
        && stamp.starts_with(|c: char| c.is_ascii_digit())
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'h' | 'H' | ':' | ' ' | '\u{a0}'));
    let dateline = stamp.ends_with(')') && !stamp.contains(['.', ';', ':']);
    time || dateline
}

/// An incise naming the source by a pronoun between commas inside the marks ("« Le club a
/// manqué d'ambition, selon lui, et les supporters le savent »"): nobody says "selon lui"
/// of their own words.
fn source_incise(
    text: &str,
    reader: &attribution::Reader,
    open: usize,
    content: &Range<usize>,
) -> Option<attribution::Incise> {
    let quoted = &text[content.clone()];
    let (comma, resume) = [", selon ", ", d'après ", ", d’après "]
        .iter()
        .filter_map(|lead| {
            let at = quoted.find(lead)?;
            let rest = &quoted[at + lead.len()..];
            let pronoun = ["lui,", "elle,", "eux,", "elles,"]
                .iter()
                .find(|p| rest.starts_with(**p))?;
            Some((at, at + lead.len() + pronoun.len()))
        })
        .min()?;
    let attribution = reader.after(open, content.start + comma)?;
    attribution.speaker.as_ref()?;
    let after =
        content.start + resume + (quoted[resume..].len() - quoted[resume..].trim_start().len());
    Some(attribution::Incise {
        before: content.start + comma,
        after,
        attribution,
    })
}

/// Whether `quoted` ends as a sentence does, with its final punctuation.
fn ends_statement(quoted: &str) -> bool {
    quoted.ends_with(['.', '!', '?', '…'])
}

/// Whether words in marks with nobody to say them are a motto or an epigraph: a line of
/// their own that ends with no stop ("« Toute personne a droit au respect »"). A paragraph
/// of whole sentences in marks is somebody's statement, as in an interview's answers.
fn motto(
    text: &str,
    paragraphs: &[Range<usize>],
    pair: &marks::Pair,
    content: &Range<usize>,
) -> bool {
    !ends_statement(&text[content.clone()]) && fills_paragraph(text, paragraphs, pair)
}

/// Whether the pair of marks is all there is in its paragraph.
fn fills_paragraph(text: &str, paragraphs: &[Range<usize>], pair: &marks::Pair) -> bool {
    let index = paragraphs.partition_point(|p| p.end <= pair.open);
    paragraphs.get(index).is_some_and(|p| {
        let mark_end = pair.close + text[pair.close..].chars().next().map_or(1, char::len_utf8);
        text[p.start..pair.open].trim().is_empty()
            && text[mark_end.min(p.end)..p.end]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
                .is_empty()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    /// `(quoted text, kind, speaker canonical, via, cue)` for every quotation found.
    fn found(text: &str) -> Vec<(String, &'static str, String, &'static str, String)> {
        let pipeline = Pipeline::new(Gazetteers::embedded().unwrap(), None);
        let analysis = pipeline.analyse(crate::article::Article::new("t", text));
        analysis
            .quotes
            .iter()
            .map(|q| {
                let quoted: Vec<&str> = q.parts.iter().map(|p| &text[p.clone()]).collect();
                let cue = q.cue.as_ref().map_or("", |c| &text[c.span.clone()]);
                (
                    quoted.join(" | "),
                    q.kind.label(),
                    q.speaker
                        .as_ref()
                        .map_or(String::new(), |s| s.canonical.clone()),
                    q.speaker.as_ref().map_or("", |s| s.via.label()),
                    cue.to_string(),
                )
            })
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$(($quote:expr, $kind:expr, $speaker:expr, $via:expr, $cue:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, &str, String, &str, String)> =
                    vec![$(($quote.to_string(), $kind, $speaker.to_string(), $via, $cue.to_string())),*];
                assert_eq!(found($text), want);
            }
        };
    }

    case!(
        inverted_name,
        "« Nous ne céderons pas », a déclaré Pierre Martin à la presse.",
        [(
            "Nous ne céderons pas",
            "full",
            "Pierre Martin",
            "explicit",
            "a déclaré"
        )]
    );
    case!(adjuncts_before_name,
        "« Le texte sera voté », a assuré hier à l'issue du conseil des ministres Anne Durand, porte-parole du gouvernement.",
        [("Le texte sera voté", "full", "Anne Durand", "explicit", "a assuré")]);
    case!(
        role_nobody_holds_is_no_other_person,
        "Jean Dupont, commerçant, a vu la scène. « C'était terrible », a déclaré le maire.",
        [(
            "C'était terrible",
            "full",
            "le maire",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(role_after_selon_is_no_other_person,
        "Paul Girard, un voisin, a donné l'alerte. Selon la préfète, « la situation est sous contrôle ».",
        [("la situation est sous contrôle", "partial", "la préfète", "selon", "Selon")]);
    case!(role_held_by_apposition_two_sentences_back,
        "Le maire, Paul Martin, était présent. Les pompiers sont arrivés vers minuit. « Nous reconstruirons », a promis le maire.",
        [("Nous reconstruirons", "full", "Paul Martin", "descriptor", "a promis")]);
    case!(generic_role_known_by_its_place,
        "Jean Dupont, secrétaire général du Conseil de l'Europe, a ouvert la conférence. Paul Girard y assistait. « La menace grandit », a déclaré le haut responsable européen.",
        [("La menace grandit", "full", "Jean Dupont", "descriptor", "a déclaré")]);
    case!(generic_role_without_qualifier_names_nobody,
        "Jean Dupont, secrétaire général du Conseil de l'Europe, a ouvert la conférence. « La menace grandit », a déclaré un responsable.",
        [("La menace grandit", "full", "un responsable", "descriptor", "a déclaré")]);
    case!(
        source_de_source_opening_the_sentence,
        "Jean Dupont a été interpellé mardi. De source policière, « il a reconnu les faits ».",
        [(
            "il a reconnu les faits",
            "partial",
            "source policière",
            "selon",
            "De source"
        )]
    );
    case!(source_after_inverted_on,
        "Jean Dupont a été interpellé mardi. « Il a reconnu les faits », indique-t-on de source judiciaire.",
        [("Il a reconnu les faits", "full", "source judiciaire", "descriptor", "indique-t-on")]);
    case!(source_learnt_from,
        "Jean Dupont a été interpellé mardi. « Il a reconnu les faits », a-t-on appris de sources proches de l'enquête.",
        [("Il a reconnu les faits", "full", "sources proches de l'enquête", "descriptor", "a-t-on appris")]);
    case!(source_after_inverted_verb_is_no_person_named_before,
        "Jean Dupont a été interpellé mardi. « Il a reconnu les faits », a indiqué une source proche du dossier.",
        [("Il a reconnu les faits", "full", "une source proche du dossier", "descriptor", "a indiqué")]);
    case!(source_after_selon_is_no_person_named_before,
        "Jean Dupont a été interpellé mardi. « Il a reconnu les faits », selon un proche de l'enquête.",
        [("Il a reconnu les faits", "full", "un proche de l'enquête", "selon", "selon")]);
    case!(
        unqualified_sources_around_a_scare_quote,
        "Le ministre a fait état de sources « sûres » sur ce dossier.",
        []
    );
    case!(passive_agent_before_colon_not_impersonal_il,
        "Jean Dupont a été interpellé mardi. Il a été précisé par le parquet : « L'enquête se poursuit. »",
        [("L'enquête se poursuit.", "full", "le parquet", "descriptor", "a été précisé")]);
    case!(passive_agent_named_before_colon,
        "Jean Dupont a été interpellé mardi. Il a été indiqué par la procureure Anne Durand : « L'enquête se poursuit. »",
        [("L'enquête se poursuit.", "full", "Anne Durand", "explicit", "a été indiqué")]);
    case!(body_subject_past_a_complement_before_colon,
        "Jean Dupont a été interpellé mardi. Le parquet a précisé dans un communiqué : « L'enquête se poursuit. »",
        [("L'enquête se poursuit.", "full", "Le parquet", "descriptor", "a précisé")]);
    case!(elected_role_takes_up_the_mayor_named_before,
        "Le maire de Sommières, Pierre Martin, réclame des aides. « Les dégâts sont immenses », estime l'élu.",
        [("Les dégâts sont immenses", "full", "Pierre Martin", "descriptor", "estime")]);
    case!(
        role_takes_up_the_subject_of_the_sentence_before,
        "Emmanuel Macron a réagi mardi. Le chef de l'État a promis que « l'État sera présent ».",
        [(
            "l'État sera présent",
            "partial",
            "Emmanuel Macron",
            "descriptor",
            "a promis"
        )]
    );
    case!(union_office_taken_up_as_syndicaliste,
        "Laurent Brun, secrétaire général de la CGT, a pris la parole. Le syndicaliste a ajouté : « Nous reconduirons le mouvement. »",
        [("Nous reconduirons le mouvement.", "full", "Laurent Brun", "descriptor", "a ajouté")]);
    case!(prosecutor_taken_up_as_magistrate,
        "Le procureur Jean Martin a pris la parole. Le magistrat a réclamé « une peine exemplaire ».",
        [("une peine exemplaire", "partial", "Jean Martin", "descriptor", "a réclamé")]);
    case!(role_of_another_body_is_somebody_else,
        "Anne Rasmussen, négociatrice en chef de l'Aosis, a pris la parole. Selon le chef de l'ONU, « l'ère des fossiles doit prendre fin ».",
        [("l'ère des fossiles doit prendre fin", "partial", "le chef de l'ONU", "selon", "Selon")]);
    case!(role_of_the_other_gender_is_somebody_else,
        "Jordan Bardella a critiqué la réforme. « C'est une faute », a répondu la ministre du Travail.",
        [("C'est une faute", "full", "la ministre du Travail", "descriptor", "a répondu")]);
    case!(
        indefinite_role_is_somebody_new,
        "Pierre Martin a visité le quartier. « Les dégâts sont immenses », estime un élu.",
        [(
            "Les dégâts sont immenses",
            "full",
            "un élu",
            "descriptor",
            "estime"
        )]
    );
    case!(adverbial_phrase_between_auxiliary_and_participle,
        "Le ministre de l'Intérieur, Jean Dupont, a de son côté appelé « à la retenue et au dialogue ». Anne Durand a une nouvelle fois dénoncé « un scandale ».",
        [
            ("à la retenue et au dialogue", "partial", "Jean Dupont", "explicit", "a de son côté appelé"),
            ("un scandale", "partial", "Anne Durand", "explicit", "a une nouvelle fois dénoncé"),
        ]);
    case!(
        role_in_the_object_describes_nobody_named,
        "Jean Dupont a rencontré le maire mardi. « Nous reconstruirons », a promis le maire.",
        [(
            "Nous reconstruirons",
            "full",
            "le maire",
            "descriptor",
            "a promis"
        )]
    );
    case!(role_after_the_apposition_describes_nobody_named,
        "Jean Dupont, commerçant, a vu la scène avant l'arrivée du maire. « C'était terrible », a déclaré le maire.",
        [("C'était terrible", "full", "le maire", "descriptor", "a déclaré")]);
    case!(
        role_as_predicate_describes_the_subject,
        "Paul Martin est maire de Lyon depuis 2014. « Nous reconstruirons », a promis le maire.",
        [(
            "Nous reconstruirons",
            "full",
            "Paul Martin",
            "descriptor",
            "a promis"
        )]
    );
    case!(
        role_in_apposition_after_the_name,
        "Paul Martin, le maire de Lyon, était présent. « Nous reconstruirons », a promis le maire.",
        [(
            "Nous reconstruirons",
            "full",
            "Paul Martin",
            "descriptor",
            "a promis"
        )]
    );
    case!(role_holder_not_the_last_person_named,
        "Anne Durand, maire de Lyon, a visité le quartier. Jean Dupont, commerçant, a vu la scène. « Nous reconstruirons », a promis la maire.",
        [("Nous reconstruirons", "full", "Anne Durand", "descriptor", "a promis")]);
    case!(
        descriptor_without_comma,
        "Anne Durand est ministre de la Santé. « Il faut agir vite » a expliqué la ministre.",
        [(
            "Il faut agir vite",
            "full",
            "Anne Durand",
            "descriptor",
            "a expliqué"
        )]
    );
    case!(
        inverted_pronoun,
        "Marie Leblanc a pris la parole. « Nous sommes prêts », déclare-t-elle.",
        [(
            "Nous sommes prêts",
            "full",
            "Marie Leblanc",
            "pronoun",
            "déclare-t-elle"
        )]
    );
    case!(
        pronoun_agrees_in_gender,
        "Anne Durand et Pierre Martin étaient présents. « Rien n'est décidé », a-t-elle précisé.",
        [(
            "Rien n'est décidé",
            "full",
            "Anne Durand",
            "pronoun",
            "a-t-elle précisé"
        )]
    );
    case!(
        cue_before_colon,
        "Le maire, Jean Dupont, a affirmé : « La ville est prête. »",
        [(
            "La ville est prête.",
            "full",
            "Jean Dupont",
            "explicit",
            "a affirmé"
        )]
    );
    case!(
        cue_before_with_complement,
        "Jean Dupont a déclaré à l'AFP : « Nous irons jusqu'au bout. »",
        [(
            "Nous irons jusqu'au bout.",
            "full",
            "Jean Dupont",
            "explicit",
            "a déclaré"
        )]
    );
    case!(
        pour_colon,
        "Pour Marie Leblanc : « C'est une victoire. »",
        [(
            "C'est une victoire.",
            "full",
            "Marie Leblanc",
            "selon",
            "Pour"
        )]
    );
    case!(
        selon_after,
        "« La situation est grave », selon Pierre Martin.",
        [(
            "La situation est grave",
            "full",
            "Pierre Martin",
            "selon",
            "selon"
        )]
    );
    case!(
        incise_inside_marks,
        "« Nous avons tout essayé, a expliqué Jean Dupont. Rien n'a marché. »",
        [(
            "Nous avons tout essayé | Rien n'a marché.",
            "full",
            "Jean Dupont",
            "explicit",
            "a expliqué"
        )]
    );
    case!(
        inherited_next_paragraph,
        "« Premier point », a dit Jean Dupont.\n« Second point, tout aussi important. »",
        [
            ("Premier point", "full", "Jean Dupont", "explicit", "a dit"),
            (
                "Second point, tout aussi important.",
                "full",
                "Jean Dupont",
                "inherited",
                ""
            )
        ]
    );
    case!(
        dash_then_name,
        "« Je ne regrette rien » – Marie Leblanc",
        [(
            "Je ne regrette rien",
            "full",
            "Marie Leblanc",
            "explicit",
            ""
        )]
    );
    case!(
        scare_quote,
        "Le \"cloud\" est partout, comme la «nouvelle économie».",
        []
    );
    case!(
        partial_with_selon,
        "Le ministre a dénoncé une «situation totalement inacceptable», selon Pierre Martin.",
        [(
            "situation totalement inacceptable",
            "partial",
            "Pierre Martin",
            "selon",
            "selon"
        )]
    );
    case!(
        partial_with_subject,
        "Jean Dupont s'est prononcé pour «une réforme en profondeur du système».",
        [(
            "une réforme en profondeur du système",
            "partial",
            "Jean Dupont",
            "explicit",
            "s'est prononcé"
        )]
    );
    case!(
        title_and_surname,
        "Jean Dupont arrive. « Merci à tous », a lancé M. Dupont.",
        [("Merci à tous", "full", "Jean Dupont", "title", "a lancé")]
    );
    case!(
        organisation,
        "« Les chiffres sont bons », a indiqué Interpol dans un communiqué.",
        [(
            "Les chiffres sont bons",
            "full",
            "Interpol",
            "explicit",
            "a indiqué"
        )]
    );
    case!(
        document_as_speaker,
        "« Les prix vont baisser », affirme le rapport annuel.",
        [(
            "Les prix vont baisser",
            "full",
            "le rapport annuel",
            "descriptor",
            "affirme"
        )]
    );
    case!(
        motto_is_nobody,
        "Merci de votre visite.\n\n« Toute personne a droit au respect »\n\nArt. 8 du code",
        []
    );
    case!(
        reflexive_cue,
        "« C'est une excellente nouvelle », s'est félicité Jean Dupont.",
        [(
            "C'est une excellente nouvelle",
            "full",
            "Jean Dupont",
            "explicit",
            "s'est félicité"
        )]
    );
    case!(
        adverb_in_cue,
        "« Tout va bien », a encore ajouté Marie Leblanc.",
        [(
            "Tout va bien",
            "full",
            "Marie Leblanc",
            "explicit",
            "a encore ajouté"
        )]
    );
    case!(
        title_in_marks,
        "Jean Dupont a revu le film « La Grande Vadrouille » avec des amis.",
        []
    );
    case!(
        straight_marks,
        "\"Aucun pays n'est à l'abri\", a souligné Jean Dupont.",
        [(
            "Aucun pays n'est à l'abri",
            "full",
            "Jean Dupont",
            "explicit",
            "a souligné"
        )]
    );
    case!(
        curly_marks,
        "“La collaboration est cruciale”, a expliqué Anne Durand.",
        [(
            "La collaboration est cruciale",
            "full",
            "Anne Durand",
            "explicit",
            "a expliqué"
        )]
    );
    case!(
        nbsp_marks,
        "«\u{a0}Oui\u{a0}», répond Anne Durand.",
        [("Oui", "full", "Anne Durand", "explicit", "répond")]
    );
    case!(relative_clause_blocks_later_name,
        "Jean Dupont, haut responsable du ministère, a parlé. « Il faut agir », a déclaré le haut responsable qui a cité Pierre Martin.",
        [("Il faut agir", "full", "Jean Dupont", "descriptor", "a déclaré")]);

    case!(
        d_apres_before,
        "D'après le ministre du Budget, Jean Dupont, « il y a bien une ardoise cachée ».",
        [(
            "il y a bien une ardoise cachée",
            "partial",
            "Jean Dupont",
            "selon",
            "D'après"
        )]
    );
    case!(
        possessive_is_not_the_antecedent,
        "Jean Dupont est mort « des suites d'une longue maladie », a confirmé son avocate.",
        [(
            "des suites d'une longue maladie",
            "partial",
            "son avocate",
            "descriptor",
            "a confirmé"
        )]
    );
    case!(
        unknown_name_after_adverbs,
        "« Nous avons fini », conclut tout simplement Kenji Otaki.",
        [(
            "Nous avons fini",
            "full",
            "Kenji Otaki",
            "explicit",
            "conclut"
        )]
    );
    case!(
        unknown_name_before_cue_que,
        "Hu Jintao a indiqué que « la corruption doit être combattue ».",
        [(
            "la corruption doit être combattue",
            "partial",
            "Hu Jintao",
            "explicit",
            "a indiqué"
        )]
    );

    case!(
        adverbs_inside_compound_cue,
        "Le ministre des Finances, Jean Dupont, a pour sa part ajouté : « Rien ne change. »",
        [(
            "Rien ne change.",
            "full",
            "Jean Dupont",
            "explicit",
            "a pour sa part ajouté"
        )]
    );
    case!(subject_after_verb_before_colon,
        "Rien ne bouge, comme le précise l'ambassadeur de France, Pierre Martin : « Nous restons. »",
        [("Nous restons.", "full", "Pierre Martin", "explicit", "précise")]);
    case!(
        phrase_is_not_a_description,
        "Ils l'interpellent à Paris sans pouvoir dire « mission terminée à Québec » hier.",
        []
    );

    case!(
        selon_stressed_pronoun,
        "Anne Durand dirige la mairie. Selon elle, « rien ne presse ». Selon lui, « tout presse désormais ».",
        [
            ("rien ne presse", "partial", "Anne Durand", "selon", "Selon"),
            ("tout presse désormais", "partial", "lui", "selon", "Selon")
        ]
    );

    case!(
        indefinite_is_someone_new,
        "Jean Dupont est venu. « Rien à signaler », a déclaré un porte-parole de la police.",
        [(
            "Rien à signaler",
            "full",
            "un porte-parole de la police",
            "descriptor",
            "a déclaré"
        )]
    );

    case!(
        context_names_the_previous_subject,
        "Le maire de Lyon, Paul Girard, ne décolère pas. « C'est une décision inadmissible. »",
        [(
            "C'est une décision inadmissible.",
            "full",
            "Paul Girard",
            "context",
            ""
        )]
    );
    case!(
        context_skips_a_complement,
        "Le texte a été remis à Paul Girard. « Nous irons en justice. »",
        [("Nous irons en justice.", "full", "", "", "")]
    );
    case!(
        context_is_the_sentence_just_before,
        "Paul Girard ne décolère pas. Le conseil s'est réuni.\n\n« Nous irons en justice. »",
        [("Nous irons en justice.", "full", "", "", "")]
    );
    case!(
        context_ends_the_paragraph_before,
        "Paul Girard ne décolère pas.\n\n« Nous irons en justice. »",
        [(
            "Nous irons en justice.",
            "full",
            "Paul Girard",
            "context",
            ""
        )]
    );
    case!(
        object_pronoun_before_inverted_cue,
        "Anne Durand a reçu la presse. « Nous allons gagner », nous a-t-elle confié.",
        [(
            "Nous allons gagner",
            "full",
            "Anne Durand",
            "pronoun",
            "a-t-elle confié"
        )]
    );
    case!(
        on_is_nobody_named,
        "Jean Dupont est reçu. « Le président est déterminé », confie-t-on au téléphone.",
        [(
            "Le président est déterminé",
            "full",
            "on",
            "pronoun",
            "confie-t-on"
        )]
    );
    case!(on_speaks_for_the_body_it_is_in,
        "Jean Dupont est reçu. « Le président est déterminé », confie-t-on à l'Élysée. « Rien n'est joué », glisse-t-on dans l'entourage du ministre. « On s'y attendait », assure-t-on au sein de la majorité.",
        [
            ("Le président est déterminé", "full", "Présidence de la République", "descriptor", "confie-t-on"),
            ("Rien n'est joué", "full", "l'entourage du ministre", "descriptor", "glisse-t-on"),
            ("On s'y attendait", "full", "la majorité", "descriptor", "assure-t-on"),
        ]);
    case!(circle_of_a_role_is_not_the_person_named_before,
        "Gérald Darmanin a quitté la réunion. « Le ministre est furieux », confie-t-on dans l'entourage du ministre.",
        [("Le ministre est furieux", "full", "l'entourage du ministre", "descriptor", "confie-t-on")]);
    case!(person_a_party_qualifies_before_an_apposition,
        "Le député LFI Éric Coquerel, président de la commission des Finances, a dénoncé « un passage en force ».",
        [("un passage en force", "partial", "Éric Coquerel", "explicit", "a dénoncé")]);
    case!(verbless_lead_visiting_somebody_before_a_colon,
        "Luis Enrique a parlé : « Nous irons loin. »\n\nMême son de cloche chez le capitaine Marquinhos : « Le groupe vit bien. » Du côté de la CGT : « Nous irons jusqu'au bout. »",
        [
            ("Nous irons loin.", "full", "Luis Enrique", "explicit", ""),
            ("Le groupe vit bien.", "full", "Marquinhos", "explicit", ""),
            ("Nous irons jusqu'au bout.", "full", "Confédération générale du travail", "explicit", ""),
        ]);
    case!(participle_agent_after_the_quotation,
        "Le texte, qualifié de « loi travail XXL » par l'opposition, sera examiné lundi. Jean Dupont a dénoncé « une réforme injuste » par écrit.",
        [
            ("loi travail XXL", "partial", "l'opposition", "descriptor", "qualifié"),
            ("une réforme injuste", "partial", "Jean Dupont", "explicit", "a dénoncé"),
        ]);
    case!(words_of_a_role_speak_through_its_holder,
        "Anne Durand est maire de Lyon. Selon les propos de la maire, « rien ne sera fait ». Selon les mots du ministre, « tout sera fait ».",
        [
            ("rien ne sera fait", "partial", "Anne Durand", "selon", "Selon"),
            ("tout sera fait", "partial", "les mots du ministre", "selon", "Selon"),
        ]);
    case!(
        person_a_party_qualifies_after_an_inverted_cue,
        "« Il n'y a aucun financement », a dénoncé le conseiller municipal LR Pierre Oliver.",
        [(
            "Il n'y a aucun financement",
            "full",
            "Pierre Oliver",
            "explicit",
            "a dénoncé"
        )]
    );
    case!(titled_name_in_apposition_to_the_subject,
        "Le porte-parole de la police, le commissaire Jean Martin, a déclaré : \"L'enquête avance rapidement.\"",
        [("L'enquête avance rapidement.", "full", "Jean Martin", "explicit", "a déclaré")]);
    case!(plural_pronoun_takes_up_a_counted_group,
        "« La situation est grave », estiment les auteurs du rapport. Cent économistes ont signé une tribune. « Il est urgent d'agir », ont-ils écrit.",
        [
            ("La situation est grave", "full", "les auteurs du rapport", "descriptor", "estiment"),
            ("Il est urgent d'agir", "full", "Cent économistes", "pronoun", "ont-ils écrit"),
        ]);
    case!(counted_group_is_the_subject,
        "Dans une tribune, cinquante médecins dénoncent « l'abandon de l'hôpital public ». Le ministre de la Santé a rencontré 12 syndicats, qui ont déploré « un rendez-vous manqué ».",
        [
            ("l'abandon de l'hôpital public", "partial", "cinquante médecins", "descriptor", "dénoncent"),
            ("un rendez-vous manqué", "partial", "12 syndicats", "descriptor", "ont déploré"),
        ]);
    case!(body_or_role_heading_the_clause_the_quotation_ends,
        "Dans un communiqué publié lundi, la préfecture du Nord « appelle à la plus grande prudence ». Interrogé mardi, le ministre de l'Économie « ne regrette rien ». Depuis des années, les habitants « vivent un enfer ».",
        [
            ("appelle à la plus grande prudence", "partial", "la préfecture du Nord", "descriptor", ""),
            ("ne regrette rien", "partial", "le ministre de l'Économie", "descriptor", ""),
            ("vivent un enfer", "partial", "les habitants", "descriptor", ""),
        ]);
    case!(subject_after_a_leading_quotation_speaks,
        "« Nous avons été pris de court. Personne ne s'attendait à une telle décision. » Le maire de Nantes, Johanna Rolland, ne cache pas sa colère.\n\nLe texte sera examiné en juin.\n\nLe conseil se réunira lundi.\n\n« Il faut tenir. » Les grévistes sont rentrés chez eux.",
        [
            ("Nous avons été pris de court. Personne ne s'attendait à une telle décision.", "full", "Johanna Rolland", "context", ""),
            ("Il faut tenir.", "full", "", "", ""),
        ]);
    case!(subject_opening_the_next_paragraph_speaks,
        "« C'est une victoire pour les salariés. »\nSophie Binet ne cachait pas sa joie jeudi soir.",
        [("C'est une victoire pour les salariés.", "full", "Sophie Binet", "context", "")]);
    case!(subject_before_a_quotation_comes_before_the_one_after,
        "Mais la voisine semblait incrédule.\n« Vous plaisantez, docteur. » Le médecin leva les bras.\n\nMais la scène semblait irréelle.\n« Vous plaisantez, docteur. » Le médecin leva les bras.",
        [
            ("Vous plaisantez, docteur.", "full", "la voisine", "context", ""),
            ("Vous plaisantez, docteur.", "full", "", "", ""),
        ]);
    case!(subject_after_comme_and_the_cue,
        "Comme l'a rappelé le président de la République, « la France ne reculera pas ». Ainsi que le souligne Marine Tondelier, « l'écologie n'est pas une option ».",
        [
            ("la France ne reculera pas", "partial", "le président de la République", "descriptor", "a rappelé"),
            ("l'écologie n'est pas une option", "partial", "Marine Tondelier", "explicit", "souligne"),
        ]);
    case!(lead_announcing_somebody_s_words,
        "Réponse immédiate de Gabriel Attal : « Nous ne laisserons pas faire. » Le constat de l'Insee est sans appel : « Le pouvoir d'achat recule. » Commentaire d'un diplomate : « Rien n'est joué. »",
        [
            ("Nous ne laisserons pas faire.", "full", "Gabriel Attal", "explicit", ""),
            ("Le pouvoir d'achat recule.", "full", "Insee", "explicit", ""),
            ("Rien n'est joué.", "full", "un diplomate", "descriptor", ""),
        ]);
    case!(first_name_alone_heading_the_subject,
        "Karim, 45 ans, chauffeur de taxi, témoigne : « Je travaille quatorze heures par jour. » Paris, Lyon, Marseille : « Partout la même colère », a résumé le syndicat.",
        [
            ("Je travaille quatorze heures par jour.", "full", "Karim", "explicit", "témoigne"),
            ("Partout la même colère", "full", "le syndicat", "descriptor", "a résumé"),
        ]);
    case!(pronoun_in_a_leading_quotation_takes_up_the_next_subject,
        "« Cette réforme, a-t-il expliqué, est indispensable. » Le Premier ministre Michel Barnier s'exprimait devant le Sénat.",
        [("Cette réforme | est indispensable.", "full", "Michel Barnier", "pronoun", "a-t-il expliqué")]);
    case!(
        pronoun_of_the_other_gender_takes_up_no_pronoun,
        "« Nous tiendrons », a-t-il assuré. « Moi aussi », a-t-elle répondu.",
        [
            ("Nous tiendrons", "full", "il", "pronoun", "a-t-il assuré"),
            ("Moi aussi", "full", "elle", "pronoun", "a-t-elle répondu"),
        ]
    );
    case!(
        name_after_whom_it_was_said_to,
        "« On a eu très peur », raconte à l'AFP Nathalie, qui habite le quartier depuis vingt ans.",
        [(
            "On a eu très peur",
            "full",
            "Nathalie",
            "explicit",
            "raconte"
        )]
    );
    case!(writings_speak_through_the_body_that_published_them,
        "« La situation est sous contrôle », selon les termes du communiqué de la préfecture. « Rien ne change », selon les termes du communiqué final.",
        [
            ("La situation est sous contrôle", "full", "la préfecture", "selon", "selon"),
            ("Rien ne change", "full", "les termes du communiqué final", "selon", "selon"),
        ]);
    case!(
        two_word_title_after_a_capital_in_a_complement,
        "« Le dialogue n'est pas rompu », assure un conseiller du Premier ministre.",
        [(
            "Le dialogue n'est pas rompu",
            "full",
            "un conseiller du Premier ministre",
            "descriptor",
            "assure"
        )]
    );
    case!(pronoun_takes_up_the_speaker_just_quoted_before_an_earlier_person,
        "« Justice a été rendue », a confié Anne Murris. « On attendait ce jour depuis six ans », souffle Hager, 41 ans. Elle ajoute : « Maintenant, il faut essayer de vivre. »",
        [
            ("Justice a été rendue", "full", "Anne Murris", "explicit", "a confié"),
            ("On attendait ce jour depuis six ans", "full", "Hager", "explicit", "souffle"),
            ("Maintenant, il faut essayer de vivre.", "full", "Hager", "pronoun", "ajoute"),
        ]);
    case!(participle_inside_the_marks_is_no_incise,
        "“Nous avons besoin de plus de défense aérienne, maintenant”, a insisté Volodymyr Zelensky.",
        [("Nous avons besoin de plus de défense aérienne, maintenant", "full", "Volodymyr Zelensky", "explicit", "a insisté")]);
    case!(whom_it_is_said_to_is_no_subject,
        "La courageuse femme écrivait à sa belle-sœur Rebecca Martin : « Je voudrais pouvoir vous écrire une longue lettre. »",
        [("Je voudrais pouvoir vous écrire une longue lettre.", "full", "La courageuse femme", "descriptor", "écrivait")]);
    case!(somebody_a_cue_brings_in_just_before_speaks,
        "« Le feu a pris au troisième étage », précise le commandant Éric Lefèvre. Une cinquantaine de pompiers ont été mobilisés. Une voisine, encore sous le choc, raconte avoir été réveillée par les cris. « J'ai vu des flammes sortir des fenêtres. » Les mémoires du quartier racontent les incendies d'autrefois. « Rien n'a changé depuis. »",
        [
            ("Le feu a pris au troisième étage", "full", "Éric Lefèvre", "explicit", "précise"),
            ("J'ai vu des flammes sortir des fenêtres.", "full", "Une voisine", "context", ""),
            ("Rien n'a changé depuis.", "full", "Une voisine", "inherited", ""),
        ]);
    case!(the_edile_takes_up_the_mayor,
        "Le maire de Roubaix, Guillaume Delbar, s'est rendu sur place. « Toutes les familles seront relogées », a promis l'édile.",
        [("Toutes les familles seront relogées", "full", "Guillaume Delbar", "descriptor", "a promis")]);
    case!(infinitive_after_avant_de_takes_the_main_subject,
        "La ministre Anne Durand a défendu son bilan, avant de conclure : « Je n'ai aucun regret. »",
        [("Je n'ai aucun regret.", "full", "Anne Durand", "explicit", "conclure")]);
    case!(voila_ce_que_after_the_quotation_names_the_speaker,
        "Le salon ouvre samedi. « On ne peut plus continuer comme ça. » Voilà ce que répètent depuis des mois les agriculteurs bretons.",
        [("On ne peut plus continuer comme ça.", "full", "les agriculteurs bretons", "descriptor", "répètent")]);
    case!(role_after_a_leading_quotation_is_the_person_named_next,
        "« Nous allons gagner », a assuré le maire. Jean Dupont, son adversaire, n'y croit pas.\n\nLa séance a été levée.\n\n« Rien n'est joué », a estimé la préfète. Paul Girard a quitté la salle.\n\nLe vote aura lieu lundi.\n\n« La France doit se réarmer », a déclaré le chef de l'État lors de ses vœux. Emmanuel Macron a annoncé une hausse du budget.",
        [
            ("Nous allons gagner", "full", "le maire", "descriptor", "a assuré"),
            ("Rien n'est joué", "full", "la préfète", "descriptor", "a estimé"),
            ("La France doit se réarmer", "full", "Emmanuel Macron", "descriptor", "a déclaré"),
        ]);
    case!(cleft_sentence_after_the_quotation_names_the_speaker,
        "Le préfet Laurent Nuñez était présent. « Je ne commente pas les décisions de justice. » C'est par cette phrase que le garde des Sceaux a balayé les questions. « Nous ne reculerons pas. » C'est ce qu'a déclaré Jean Dupont mardi soir.",
        [
            ("Je ne commente pas les décisions de justice.", "full", "le garde des Sceaux", "descriptor", "a balayé"),
            ("Nous ne reculerons pas.", "full", "Jean Dupont", "explicit", "a déclaré"),
        ]);
    case!(body_heading_a_source_after_its_preposition,
        "Pour le Medef, « cette mesure pénalise les entreprises ». « Le chômage a reculé », d'après des chiffres du ministère du Travail.",
        [
            ("cette mesure pénalise les entreprises", "partial", "Medef", "selon", "Pour"),
            ("Le chômage a reculé", "full", "Ministère du Travail", "selon", "d'après"),
        ]);
    case!(
        first_name_alone_in_apposition_to_the_subject,
        "Le frère de la victime, Karim, réclame justice : « On veut la vérité. »",
        [("On veut la vérité.", "full", "Karim", "explicit", "réclame")]
    );
    case!(
        on_in_a_town_is_nobody_named,
        "Jean Dupont est reçu. « Il pleut », dit-on à Paris.",
        [("Il pleut", "full", "on", "pronoun", "dit-on")]
    );
    case!(
        unknown_name_before_a_place,
        "« On est fatigués », confie Sophie, une usagère rencontrée gare de Lyon.",
        [("On est fatigués", "full", "Sophie", "explicit", "confie")]
    );
    case!(
        pour_opening_the_sentence,
        "Pour Karine, qui habite en face, « c'était terrifiant ». Pour la première fois, « rien ne bouge ».",
        [("c'était terrifiant", "partial", "Karine", "selon", "Pour")]
    );
    case!(
        fragment_after_an_inverted_cue,
        "Paul Girard préside. « C'est insincère », a-t-il lancé, dénonçant des « prévisions bien trop optimistes ».",
        [
            ("C'est insincère", "full", "Paul Girard", "pronoun", "a-t-il lancé"),
            ("prévisions bien trop optimistes", "partial", "Paul Girard", "pronoun", "a-t-il lancé")
        ]
    );
    case!(
        fragment_far_from_its_cue,
        "Jean Dupont a dénoncé mardi, devant Marie Curie, des « prévisions bien trop optimistes ».",
        [(
            "prévisions bien trop optimistes",
            "partial",
            "Jean Dupont",
            "explicit",
            "a dénoncé"
        )]
    );
    case!(
        present_participle_before_colon,
        "Paul Girard a réfuté l'idée d'un prêt, affirmant : « Notre trésorerie est solide. »",
        [(
            "Notre trésorerie est solide.",
            "full",
            "Paul Girard",
            "explicit",
            "affirmant"
        )]
    );
    case!(
        gerund_takes_the_main_subject,
        "Anne Durand a marqué la nuance en se prononçant pour « un certain niveau de coopération ».",
        [("un certain niveau de coopération", "partial", "Anne Durand", "explicit", "se prononçant")]
    );
    case!(
        participle_after_its_noun,
        "La Wikipédia russe est en grève : le lecteur tombe sur un message disant « Imaginez un monde sans savoir libre ».",
        [("Imaginez un monde sans savoir libre", "partial", "un message", "descriptor", "disant")]
    );
    case!(
        noun_after_a_determiner_is_no_cue,
        "Paul Girard a eu cette réplique : « Je reste. »",
        [("Je reste.", "full", "Paul Girard", "explicit", "")]
    );
    case!(
        title_as_a_subject,
        "« Le Monde » a révélé mardi que le ministre avait menti.",
        []
    );
    case!(
        title_alone,
        "Paul Girard est arrivé. « Oppenheimer ». Le film de Christopher Nolan domine. « Non ! »",
        [("Non !", "full", "", "", "")]
    );
    case!(
        pronoun_takes_up_the_subject,
        "Jean Dupont a rencontré Paul Girard. « Rien ne nous arrêtera », a-t-il déclaré.",
        [(
            "Rien ne nous arrêtera",
            "full",
            "Jean Dupont",
            "pronoun",
            "a-t-il déclaré"
        )]
    );
    case!(
        pronoun_takes_up_an_unnamed_role,
        "Le Premier ministre s'est exprimé mardi. « Nous ne reculerons pas », a-t-il martelé.",
        [(
            "Nous ne reculerons pas",
            "full",
            "Le Premier ministre",
            "pronoun",
            "a-t-il martelé"
        )]
    );
    case!(
        term_heading_a_sentence,
        "« Cybervandales » est le mot qu'emploient les enquêteurs.",
        []
    );
    case!(
        colon_without_cue,
        "Le médecin leva les bras : « Que voulez-vous, monsieur ? »",
        [(
            "Que voulez-vous, monsieur ?",
            "full",
            "Le médecin",
            "descriptor",
            ""
        )]
    );
    case!(
        colon_ends_the_previous_paragraph,
        "Le ministre Paul Girard a déclaré :\n\n« Nous tiendrons nos engagements. »",
        [(
            "Nous tiendrons nos engagements.",
            "full",
            "Paul Girard",
            "explicit",
            "a déclaré"
        )]
    );
    case!(
        particle_inside_a_name,
        "Kito de Pavant a indiqué par téléphone : « Le système marche bien. »",
        [(
            "Le système marche bien.",
            "full",
            "Kito de Pavant",
            "explicit",
            "a indiqué"
        )]
    );
    case!(
        complement_before_inverted_subject,
        "« La situation reste tendue », a reconnu auprès de l'AFP une source policière.",
        [(
            "La situation reste tendue",
            "full",
            "une source policière",
            "descriptor",
            "a reconnu"
        )]
    );
    case!(
        description_with_its_complement,
        "« Il n'y aura pas d'impunité », a répété le chef de l'État à Marseille.",
        [(
            "Il n'y aura pas d'impunité",
            "full",
            "le chef de l'État",
            "descriptor",
            "a répété"
        )]
    );
    case!(
        cue_closing_the_marks,
        "Le prêtre entra. « Je vous écoute, dit le prêtre. »",
        [("Je vous écoute", "full", "le prêtre", "descriptor", "dit")]
    );
    case!(
        inverted_incise_before_colon,
        "Jules Ferry entra. « Voici la maison, dit-il : entrons ! »",
        [(
            "Voici la maison | entrons !",
            "full",
            "Jules Ferry",
            "pronoun",
            "dit-il"
        )]
    );
    case!(
        inverted_verb_outside_the_lexicon,
        "Paul Girard sourit. « Nous verrons bien », philosophe-t-il.",
        [("Nous verrons bien", "full", "Paul Girard", "pronoun", "")]
    );
    case!(
        coordinated_verb_takes_the_first_subject,
        "Sa mère se penche vers lui et dit : « Qu'as-tu donc, petit ? »",
        [(
            "Qu'as-tu donc, petit ?",
            "full",
            "Sa mère",
            "descriptor",
            "dit"
        )]
    );
    case!(
        cue_after_a_modal,
        "Le patron des Républicains a tenu à préciser : « Nous ne voterons pas. »",
        [(
            "Nous ne voterons pas.",
            "full",
            "Le patron des Républicains",
            "descriptor",
            "préciser"
        )]
    );
    case!(
        place_in_a_complement_speaks_for_nobody,
        "La direction de la chaîne de la France a condamné les agressions, « qui doivent cesser au plus vite ».",
        [(
            "qui doivent cesser au plus vite",
            "partial",
            "La direction de la chaîne de la France",
            "descriptor",
            "a condamné"
        )]
    );

    case!(
        short_fragment_right_after_its_verb,
        "Le syndicat dénonce « une provocation » et appelle à la grève jeudi.",
        [(
            "une provocation",
            "partial",
            "Le syndicat",
            "descriptor",
            "dénonce"
        )]
    );
    case!(
        short_fragment_after_a_preposition_is_a_term,
        "Les ministres se sont félicités du « consensus » obtenu.",
        []
    );
    case!(
        short_fragment_after_a_naming_verb_is_a_name,
        "Les ouvriers appelaient « le château » la maison du directeur.",
        []
    );
    case!(
        description_with_its_noun_complement,
        "« On a tout perdu », soupirent les habitants du village, encore sous le choc.",
        [(
            "On a tout perdu",
            "full",
            "les habitants du village",
            "descriptor",
            "soupirent"
        )]
    );
    case!(
        the_newspapers_own_findings_speak_for_nobody,
        "Selon nos informations, le ministre aurait confié à ses proches : « Je suis usé. »",
        [(
            "Je suis usé.",
            "full",
            "le ministre",
            "descriptor",
            "aurait confié"
        )]
    );
    case!(
        channel_before_an_inverted_name,
        "« Il faut agir », a déclaré jeudi sur BFMTV Jordan Bardella, président du RN.",
        [(
            "Il faut agir",
            "full",
            "Jordan Bardella",
            "explicit",
            "a déclaré"
        )]
    );
    case!(
        modal_chain_after_the_quotation,
        "« Le tribunal a tranché », s'est contenté de commenter l'avocat de la défense.",
        [(
            "Le tribunal a tranché",
            "full",
            "l'avocat de la défense",
            "descriptor",
            "s'est contenté de commenter"
        )]
    );
    case!(
        pronoun_takes_up_nobody_named_inside_the_quotation,
        "Jean Dupont était furieux. « Paul Girard nous a trahis. Il le paiera », a-t-il lancé.",
        [(
            "Paul Girard nous a trahis. Il le paiera",
            "full",
            "Jean Dupont",
            "pronoun",
            "a-t-il lancé"
        )]
    );
    case!(
        role_of_a_place_before_the_verb,
        "Le maire de Lyon a déclaré : « Nous rouvrirons les écoles lundi. »",
        [(
            "Nous rouvrirons les écoles lundi.",
            "full",
            "Le maire de Lyon",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(
        role_of_a_body_before_the_verb,
        "Le patron de Renault a affirmé que « le groupe tiendra ses objectifs ».",
        [(
            "le groupe tiendra ses objectifs",
            "partial",
            "Le patron de Renault",
            "descriptor",
            "a affirmé"
        )]
    );
    case!(
        person_in_a_complement_is_somebody_else,
        "Jean Dupont a été mis en examen. L'avocat de M. Dupont a dénoncé « une procédure bâclée ».",
        [(
            "une procédure bâclée",
            "partial",
            "L'avocat de M. Dupont",
            "descriptor",
            "a dénoncé"
        )]
    );
    case!(
        addressee_before_an_inverted_subject,
        "« Nous tiendrons », a confié à Mme Durand le ministre.",
        [(
            "Nous tiendrons",
            "full",
            "le ministre",
            "descriptor",
            "a confié"
        )]
    );
    case!(
        description_signing_after_a_dash,
        "« Nous ne céderons pas » – La ministre de la Culture, lors de ses vœux.",
        [(
            "Nous ne céderons pas",
            "full",
            "La ministre de la Culture",
            "descriptor",
            ""
        )]
    );
    case!(
        narration_after_a_dash_names_nobody,
        "« Je pars. » — La porte s'est refermée derrière lui.",
        [("Je pars.", "full", "", "", "")]
    );
    case!(
        sentence_going_on_after_a_dashed_aside,
        "L'attaquant, auteur d'un doublé - « un but magnifique, le plus beau » - face à Lens, a été remplacé.",
        []
    );
    case!(
        description_after_cue_before_later_name,
        "« Le dossier est clos », a affirmé la porte-parole du parquet à l'AFP, au nom de la procureure Anne Durand.",
        [(
            "Le dossier est clos",
            "full",
            "la porte-parole du parquet",
            "descriptor",
            "a affirmé"
        )]
    );
    case!(
        apposition_after_acronym_in_brackets,
        "« Les marges remontent », explique le président de l'Union des industries pétrolières (Ufip), Paul Girard.",
        [("Les marges remontent", "full", "Paul Girard", "explicit", "explique")]
    );
    case!(
        apposition_after_complements_of_description,
        "« Il faut protéger les enfants », a plaidé la rapporteure de l'ONU sur la violence à l'encontre des mineurs, Marie Leblanc.",
        [(
            "Il faut protéger les enfants",
            "full",
            "Marie Leblanc",
            "explicit",
            "a plaidé"
        )]
    );
    case!(
        description_stops_before_sous,
        "« Nous resterons mobilisés », a déclaré la ministre sous les huées de l'opposition.",
        [(
            "Nous resterons mobilisés",
            "full",
            "la ministre",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(
        description_keeps_adjective_after_complement,
        "« Le budget sera tenu », a expliqué le président du conseil départemental devant les élus.",
        [(
            "Le budget sera tenu",
            "full",
            "le président du conseil départemental",
            "descriptor",
            "a expliqué"
        )]
    );
    case!(
        participle_after_complement_speaks_for_subject,
        "Paul Girard a réfuté l'idée d'un prêt par l'État affirmant : « Notre trésorerie est solide. »",
        [(
            "Notre trésorerie est solide.",
            "full",
            "Paul Girard",
            "explicit",
            "affirmant"
        )]
    );
    case!(
        relative_clause_subject_is_antecedent,
        "Le conseil a reçu Anne Durand, qui a déclaré : « Rien n'est perdu. »",
        [(
            "Rien n'est perdu.",
            "full",
            "Anne Durand",
            "explicit",
            "a déclaré"
        )]
    );
    case!(
        relative_clause_with_description,
        "Le préfet, qui avait affirmé que « la ville ne cédera pas », a reçu les habitants.",
        [(
            "la ville ne cédera pas",
            "partial",
            "Le préfet",
            "descriptor",
            "avait affirmé"
        )]
    );
    case!(
        comme_after_quote,
        "« Nous manquons de tout », comme l'a rappelé Marie Leblanc.",
        [(
            "Nous manquons de tout",
            "full",
            "Marie Leblanc",
            "explicit",
            "a rappelé"
        )]
    );
    case!(
        ainsi_que_after_quote,
        "« Rien n'est joué », ainsi que le souligne le directeur de l'hôpital.",
        [(
            "Rien n'est joué",
            "full",
            "le directeur de l'hôpital",
            "descriptor",
            "souligne"
        )]
    );
    case!(
        medium_reports_the_subject_speaks,
        "Selon Le Monde, le ministre aurait déclaré que « la réforme est indispensable ».",
        [(
            "la réforme est indispensable",
            "partial",
            "le ministre",
            "descriptor",
            "aurait déclaré"
        )]
    );
    case!(
        medium_reports_before_colon,
        "Selon Le Parisien, Anne Durand aurait confié : « Je ne me représenterai pas. »",
        [(
            "Je ne me représenterai pas.",
            "full",
            "Anne Durand",
            "explicit",
            "aurait confié"
        )]
    );
    case!(
        pour_an_acronym,
        "Pour la CGT, « cette réforme est injuste ».",
        [(
            "cette réforme est injuste",
            "partial",
            "Confédération générale du travail",
            "selon",
            "Pour"
        )]
    );

    case!(
        cue_in_several_words,
        "« Aucune violence ne sera tolérée », a mis en garde le préfet.",
        [(
            "Aucune violence ne sera tolérée",
            "full",
            "le préfet",
            "descriptor",
            "a mis en garde"
        )]
    );
    case!(
        cue_in_several_words_with_apostrophe,
        "« Ce n'est pas acceptable », a rappelé à l'ordre la présidente de l'Assemblée, Anne Durand.",
        [(
            "Ce n'est pas acceptable",
            "full",
            "Anne Durand",
            "explicit",
            "a rappelé à l'ordre"
        )]
    );
    case!(
        cue_in_several_words_inverted,
        "Paul Girard préside. « Nous resterons vigilants », fait-il savoir.",
        [(
            "Nous resterons vigilants",
            "full",
            "Paul Girard",
            "pronoun",
            "fait-il savoir"
        )]
    );
    case!(
        cue_in_several_words_before_colon,
        "Le syndicat a fait part de son inquiétude : « Les salariés sont épuisés. »",
        [(
            "Les salariés sont épuisés.",
            "full",
            "Le syndicat",
            "descriptor",
            "a fait part"
        )]
    );
    case!(
        chanted_slogan,
        "« Ça suffit ! », scandaient les manifestants devant la préfecture.",
        [(
            "Ça suffit !",
            "full",
            "les manifestants",
            "descriptor",
            "scandaient"
        )]
    );

    case!(
        passive_agent_speaks,
        "« La réforme est indispensable », a été déclaré par le ministre de l'Économie.",
        [(
            "La réforme est indispensable",
            "full",
            "le ministre de l'Économie",
            "descriptor",
            "a été déclaré"
        )]
    );
    case!(
        words_held_by_a_person,
        "Selon les propos tenus par Marie Leblanc, « la réforme est indispensable ».",
        [(
            "la réforme est indispensable",
            "partial",
            "Marie Leblanc",
            "selon",
            "Selon"
        )]
    );
    case!(
        statement_of_a_body,
        "« Aucune victime n'est à déplorer », précise un communiqué d'Interpol.",
        [(
            "Aucune victime n'est à déplorer",
            "full",
            "Interpol",
            "explicit",
            "précise"
        )]
    );
    case!(
        title_after_preposition,
        "Selon un rapport publié par Interpol sur « Les menaces de la cybercriminalité », les attaques doublent.",
        []
    );
    case!(
        several_unnamed_speakers,
        "« Nous sommes inquiets », confient plusieurs salariés, qui souhaitent rester anonymes.",
        [(
            "Nous sommes inquiets",
            "full",
            "plusieurs salariés",
            "descriptor",
            "confient"
        )]
    );

    case!(
        clause_after_a_title_word,
        "Selon Jean Dupont, le projet « ne verra jamais le jour ».",
        [(
            "ne verra jamais le jour",
            "partial",
            "Jean Dupont",
            "selon",
            "Selon"
        )]
    );
    case!(
        call_for_is_not_naming,
        "Emmanuel Macron a parlé. Il a également appelé « à l'unité nationale ».",
        [(
            "à l'unité nationale",
            "partial",
            "Emmanuel Macron",
            "pronoun",
            "a également appelé"
        )]
    );
    case!(
        subject_after_a_whole_complement,
        "« C'est une victoire », se félicite dans un communiqué le syndicat des cheminots.",
        [(
            "C'est une victoire",
            "full",
            "le syndicat des cheminots",
            "descriptor",
            "se félicite"
        )]
    );

    case!(
        possessive_after_inverted_cue,
        "« Attendez la fin de la réunion », lui a répondu sa directrice.",
        [(
            "Attendez la fin de la réunion",
            "full",
            "sa directrice",
            "descriptor",
            "a répondu"
        )]
    );
    case!(
        read_in_a_statement,
        "« Le dialogue reste ouvert », peut-on lire dans le communiqué de la préfecture.",
        [(
            "Le dialogue reste ouvert",
            "full",
            "la préfecture",
            "descriptor",
            "peut-on lire"
        )]
    );

    case!(
        so_called_is_a_name,
        "La loi dite « sécurité globale et libertés » a été adoptée.",
        []
    );

    case!(
        weekday_between_cue_and_subject,
        "« Nous tiendrons », a déclaré jeudi soir la préfète du Rhône.",
        [(
            "Nous tiendrons",
            "full",
            "la préfète du Rhône",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(
        date_and_complement_between_cue_and_subject,
        "« Nous tiendrons », a indiqué le 3 mars dernier à l'AFP le maire.",
        [(
            "Nous tiendrons",
            "full",
            "le maire",
            "descriptor",
            "a indiqué"
        )]
    );

    case!(
        subject_before_an_aside_naming_another,
        "Jean Dupont, interrogé par Paul Girard, a déclaré : « Je ne démissionnerai pas. »",
        [(
            "Je ne démissionnerai pas.",
            "full",
            "Jean Dupont",
            "explicit",
            "a déclaré"
        )]
    );
    case!(
        subject_before_an_apposition_naming_another,
        "Marie Leblanc, la collaboratrice de Paul Girard, a affirmé que « rien n'a été caché ».",
        [(
            "rien n'a été caché",
            "partial",
            "Marie Leblanc",
            "explicit",
            "a affirmé"
        )]
    );
    case!(
        description_before_an_aside_naming_another,
        "La ministre, en visite à Marseille avec Jean Dupont, a déclaré : « Nous serons présents. »",
        [(
            "Nous serons présents.",
            "full",
            "La ministre",
            "descriptor",
            "a déclaré"
        )]
    );

    case!(
        pronoun_takes_up_the_described_speaker,
        "« Nous manquons de lits », a déclaré la ministre de la Santé. Elle a ajouté : « La situation est grave. »",
        [
            (
                "Nous manquons de lits",
                "full",
                "la ministre de la Santé",
                "descriptor",
                "a déclaré"
            ),
            (
                "La situation est grave.",
                "full",
                "la ministre de la Santé",
                "pronoun",
                "a ajouté"
            )
        ]
    );
    case!(
        pronoun_of_another_gender_takes_up_nobody,
        "« Nous manquons de lits », a déclaré la ministre. « C'est grave », a-t-il ajouté.",
        [
            (
                "Nous manquons de lits",
                "full",
                "la ministre",
                "descriptor",
                "a déclaré"
            ),
            ("C'est grave", "full", "il", "pronoun", "a-t-il ajouté")
        ]
    );

    case!(
        body_heading_the_sentence,
        "La chaîne met « tout en œuvre pour rapatrier sa correspondante ».",
        [(
            "tout en œuvre pour rapatrier sa correspondante",
            "partial",
            "La chaîne",
            "descriptor",
            ""
        )]
    );
    case!(
        thing_heading_the_sentence_speaks_for_nobody,
        "Cette sculpture avait provoqué « un scandale monumental » lors de son dévoilement.",
        []
    );
    case!(
        pronoun_takes_up_a_body,
        "Le syndicat a dénoncé la fermeture. « C'est un scandale », a-t-il déclaré.",
        [(
            "C'est un scandale",
            "full",
            "Le syndicat",
            "pronoun",
            "a-t-il déclaré"
        )]
    );

    case!(
        source_asked_speaks,
        "« Aucune piste n'est écartée », a-t-on appris auprès de la préfecture.",
        [(
            "Aucune piste n'est écartée",
            "full",
            "la préfecture",
            "descriptor",
            "a-t-on appris"
        )]
    );
    case!(
        place_in_the_source_asked_speaks_for_nobody,
        "« Aucune piste n'est écartée », a-t-on appris auprès du parquet de Paris.",
        [("Aucune piste n'est écartée", "full", "on", "pronoun", "")]
    );
    case!(
        words_owned_in_the_next_paragraph,
        "La séance a été houleuse.\n\n« Le pays est au bord du gouffre. »\n\nCes mots sont ceux de Jeanne Morel, lundi, au Sénat.",
        [(
            "Le pays est au bord du gouffre.",
            "full",
            "Jeanne Morel",
            "explicit",
            ""
        )]
    );
    case!(
        words_owned_by_a_role,
        "Le débat a repris. « Nous ne céderons pas. » Cette phrase, c'est celle de la ministre de l'Économie.",
        [(
            "Nous ne céderons pas.",
            "full",
            "la ministre de l'Économie",
            "descriptor",
            ""
        )]
    );
    case!(
        words_described_not_owned,
        "« Le pays est au bord du gouffre. » Ces mots sont lourds de sens pour Jeanne Morel.",
        [("Le pays est au bord du gouffre.", "full", "", "", "")]
    );
    case!(
        pronoun_takes_up_the_body_named_before,
        "La Cour des comptes a publié son rapport annuel. « La dette atteint un niveau préoccupant », écrit-elle.",
        [(
            "La dette atteint un niveau préoccupant",
            "full",
            "Cour des comptes",
            "pronoun",
            "écrit-elle"
        )]
    );
    case!(
        subject_with_a_complement_before_the_verb_a,
        "Le syndicat des cheminots a appelé à la grève. « C'est un scandale », a-t-il déclaré.",
        [(
            "C'est un scandale",
            "full",
            "Le syndicat des cheminots",
            "pronoun",
            "a-t-il déclaré"
        )]
    );
    case!(
        description_with_its_complement_before_an_aside,
        "Le directeur de l'hôpital, interrogé par la presse, reconnaît « des tensions très importantes » dans les services.",
        [(
            "des tensions très importantes",
            "partial",
            "Le directeur de l'hôpital",
            "descriptor",
            "reconnaît"
        )]
    );
    case!(
        verb_the_lexicon_lacks_before_an_inverted_subject,
        "« Vous n'avez rien compris », a rembarré Jean Dupont devant les militants.",
        [(
            "Vous n'avez rien compris",
            "full",
            "Jean Dupont",
            "explicit",
            ""
        )]
    );
    case!(
        title_before_an_unlisted_verb_is_nobody_s_words,
        "« Les Misérables », a lu Jean Dupont devant la classe.",
        []
    );
    case!(
        role_either_of_a_pair_takes_up_neither,
        "Anne Durand et Marie Lefèvre se sont affrontées au conseil municipal. « Vous avez ruiné la ville », a tempêté la maire du 7e arrondissement.",
        [(
            "Vous avez ruiné la ville",
            "full",
            "la maire du 7e arrondissement",
            "descriptor",
            "a tempêté"
        )]
    );
    case!(
        role_takes_up_the_person_a_pronoun_took_up,
        "Jean Dupont était l'invité de la radio ce mardi. Il a défendu le budget. « Nous tiendrons nos objectifs », a assuré le ministre.",
        [(
            "Nous tiendrons nos objectifs",
            "full",
            "Jean Dupont",
            "descriptor",
            "a assuré"
        )]
    );
    case!(
        what_somebody_did_once_does_not_describe_them_otherwise,
        "Jean Dupont, auteur d'un doublé, a porté son équipe. « On a montré du caractère », a réagi l'attaquant.",
        [(
            "On a montré du caractère",
            "full",
            "Jean Dupont",
            "descriptor",
            "a réagi"
        )]
    );
    case!(
        pronoun_taking_up_somebody_else_carries_no_role,
        "Jean Dupont a reçu Paul Girard. Il a défendu le budget. « Nous tiendrons nos objectifs », a assuré la ministre.",
        [(
            "Nous tiendrons nos objectifs",
            "full",
            "la ministre",
            "descriptor",
            "a assuré"
        )]
    );
    case!(
        pronoun_takes_up_a_role_after_a_leading_complement,
        "Au micro d'une radio locale, la maire de Strasbourg a défendu sa politique.\n\n« La voiture n'a plus sa place en ville », a-t-elle affirmé.",
        [(
            "La voiture n'a plus sa place en ville",
            "full",
            "la maire de Strasbourg",
            "pronoun",
            "a-t-elle affirmé"
        )]
    );
    case!(
        cleft_saying_whose_words_they_were,
        "« Je ne me représenterai pas. » C'est par ces mots que le maire de la ville, Jean Dupont, a mis fin au suspense.",
        [(
            "Je ne me représenterai pas.",
            "full",
            "Jean Dupont",
            "explicit",
            ""
        )]
    );
    case!(
        counted_group_after_a_complement_of_the_verb,
        "« Ce texte est une trahison », s'insurgent dans une lettre ouverte plus de 200 médecins.",
        [(
            "Ce texte est une trahison",
            "full",
            "200 médecins",
            "descriptor",
            "s'insurgent"
        )]
    );
    case!(
        the_latter_ending_the_text,
        "Jean Dupont a croisé Marie Lefèvre. « Je n'ai rien à lui dire », a déclaré cette dernière.",
        [(
            "Je n'ai rien à lui dire",
            "full",
            "Marie Lefèvre",
            "pronoun",
            "a déclaré"
        )]
    );
    case!(
        the_latter_after_a_day,
        "Le maire a rencontré le préfet, Paul Girard, mardi. « Nous travaillerons ensemble », a assuré mercredi ce dernier.",
        [(
            "Nous travaillerons ensemble",
            "full",
            "Paul Girard",
            "pronoun",
            "a assuré"
        )]
    );
    case!(
        the_latter_as_subject,
        "Le maire a rencontré Anne Durand et Paul Girard. Celle-ci a affirmé : « Nous travaillerons ensemble. »",
        [(
            "Nous travaillerons ensemble.",
            "full",
            "Anne Durand",
            "pronoun",
            "a affirmé"
        )]
    );
    case!(
        the_latter_named_by_nobody,
        "« Je n'ai rien à lui dire », a déclaré ce dernier.",
        [(
            "Je n'ai rien à lui dire",
            "full",
            "ce dernier",
            "pronoun",
            "a déclaré"
        )]
    );
    case!(
        role_given_by_an_appointment,
        "Marie Lefèvre a été nommée directrice de l'Opéra. « C'est un honneur », a réagi la nouvelle directrice.",
        [(
            "C'est un honneur",
            "full",
            "Marie Lefèvre",
            "descriptor",
            "a réagi"
        )]
    );
    case!(
        role_given_by_an_election,
        "Paul Girard est devenu maire de Sète. Anne Durand, son adversaire, a reconnu sa défaite. « Nous ferons mieux », a promis le maire.",
        [("Nous ferons mieux", "full", "Paul Girard", "descriptor", "a promis")]
    );
    case!(
        one_of_a_pair_after_the_cue,
        "Marie Lefèvre et Jean Dupont ont débattu mardi soir. « Votre programme est irréaliste », a lancé la première. « Le vôtre n'existe pas », a rétorqué le second.",
        [
            (
                "Votre programme est irréaliste",
                "full",
                "Marie Lefèvre",
                "pronoun",
                "a lancé"
            ),
            (
                "Le vôtre n'existe pas",
                "full",
                "Jean Dupont",
                "pronoun",
                "a rétorqué"
            )
        ]
    );
    case!(
        one_of_a_pair_as_subject,
        "Marie Lefèvre et Jean Dupont ont débattu mardi soir. La première a répliqué : « Votre programme est irréaliste. »",
        [(
            "Votre programme est irréaliste.",
            "full",
            "Marie Lefèvre",
            "pronoun",
            "a répliqué"
        )]
    );
    case!(
        first_of_a_title_is_no_one_of_a_pair,
        "Marie Lefèvre et Anne Durand ont débattu. « Nous tiendrons le cap », a déclaré le Premier ministre.",
        [(
            "Nous tiendrons le cap",
            "full",
            "le Premier ministre",
            "descriptor",
            "a déclaré"
        )]
    );

    // Which pairs of marks are quotations, and their spans.
    case!(
        guillemets_nested_in_guillemets,
        "« Mon fils m'a dit : « Maman, je pars demain ». Je ne l'ai plus revu », témoigne sa mère, Anne Durand.",
        [(
            "Mon fils m'a dit : « Maman, je pars demain ». Je ne l'ai plus revu",
            "full",
            "Anne Durand",
            "explicit",
            "témoigne"
        )]
    );
    case!(
        quotation_over_paragraphs_reopening_none,
        "Le ministre a déclaré : « Nous allons réformer le système de fond en comble.\nLes premières mesures seront présentées dès la rentrée. »\nLes syndicats ont réagi.",
        [(
            "Nous allons réformer le système de fond en comble. | Les premières mesures seront présentées dès la rentrée.",
            "full",
            "Le ministre",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(
        opener_never_closed_quotes_to_the_paragraph_end,
        "Le préfet a prévenu : « Aucune violence ne sera tolérée ce week-end.\nLes forces de l'ordre resteront mobilisées. Le maire a ajouté : « Le marché est maintenu. »",
        [
            (
                "Aucune violence ne sera tolérée ce week-end.",
                "full",
                "Le préfet",
                "descriptor",
                "a prévenu"
            ),
            (
                "Le marché est maintenu.",
                "full",
                "Le maire",
                "descriptor",
                "a ajouté"
            )
        ]
    );
    case!(
        opener_never_closed_inside_a_sentence_is_stray,
        "Le « plan de relance sera présenté mardi par le ministre.\nIl sera voté en juin.",
        []
    );
    case!(
        answer_in_marks_alone_in_its_paragraph,
        "Que pensez-vous de la réforme ?\n« C'est une erreur historique. Nous la combattrons jusqu'au bout. »",
        [(
            "C'est une erreur historique. Nous la combattrons jusqu'au bout.",
            "full",
            "",
            "",
            ""
        )]
    );
    case!(
        name_in_marks_heading_its_clause,
        "« Le Parisien » a révélé l'affaire jeudi. « Les Échos » confirment.",
        []
    );
    case!(
        word_ending_the_sentence_before_says_nothing_of_a_statement,
        "Le maire, Luc Bernard, a détaillé son plan.\n« Nous allons rénover trois écoles cette année.\n» Le budget sera voté en juin. »",
        [(
            "Nous allons rénover trois écoles cette année. | Le budget sera voté en juin.",
            "full",
            "Luc Bernard",
            "context",
            ""
        )]
    );
    case!(
        incise_between_dashes,
        "« Ce texte – a insisté le rapporteur, Paul Girard – doit être voté avant l'été. »",
        [(
            "Ce texte | doit être voté avant l'été.",
            "full",
            "Paul Girard",
            "explicit",
            "a insisté"
        )]
    );
    case!(
        speakers_own_aside_between_dashes_is_quoted,
        "« Ce texte – je le dis clairement – doit être voté avant l'été », a insisté Paul Girard.",
        [(
            "Ce texte – je le dis clairement – doit être voté avant l'été",
            "full",
            "Paul Girard",
            "explicit",
            "a insisté"
        )]
    );
    case!(
        live_report_time_before_the_quotation,
        "14h32 – « Nous ne retirerons pas ce texte », affirme la Première ministre, Anne Durand.",
        [(
            "Nous ne retirerons pas ce texte",
            "full",
            "Anne Durand",
            "explicit",
            "affirme"
        )]
    );
    case!(
        source_pronoun_between_commas_inside_the_marks,
        "Paul Girard a quitté le club. « L'équipe a manqué d'ambition, selon lui, et les supporters le savent. »",
        [(
            "L'équipe a manqué d'ambition | et les supporters le savent.",
            "full",
            "Paul Girard",
            "selon",
            "selon"
        )]
    );
    case!(
        verb_the_lexicon_lacks_before_a_name,
        "« Un hectare rapporte moins qu'avant », calcule Yann Le Goff, éleveur dans le Finistère.",
        [(
            "Un hectare rapporte moins qu'avant",
            "full",
            "Yann Le Goff",
            "explicit",
            ""
        )]
    );
    case!(
        words_said_by_an_agent_after_the_quotation,
        "« Il faut tout reprendre à zéro. » Ces propos ont été tenus jeudi soir par Paul Girard devant les adhérents.",
        [("Il faut tout reprendre à zéro.", "full", "Paul Girard", "explicit", "")]
    );
    case!(
        pronoun_taking_up_a_role_through_a_pronoun,
        "Le préfet du Gard a réuni les maires. Il a annoncé des renforts. « Les routes resteront coupées. »",
        [("Les routes resteront coupées.", "full", "Le préfet du Gard", "context", "")]
    );
    case!(
        pronoun_of_another_gender_than_the_role,
        "Le sénateur a été interpellé par une riveraine. « Qui va payer ? », lui a-t-elle lancé.",
        [(
            "Qui va payer ?",
            "full",
            "une riveraine",
            "pronoun",
            "a-t-elle lancé"
        )]
    );
    case!(
        pronoun_with_no_one_of_its_gender,
        "Le sénateur a quitté la salle. « Qui va payer ? », a-t-elle lancé.",
        [(
            "Qui va payer ?",
            "full",
            "elle",
            "pronoun",
            "a-t-elle lancé"
        )]
    );
    case!(
        text_read_in_a_report_of_a_body,
        "« Les délais ne sont pas tenus », peut-on lire dans le rapport de la Cour des comptes.",
        [(
            "Les délais ne sont pas tenus",
            "full",
            "Cour des comptes",
            "explicit",
            "peut-on lire"
        )]
    );
    case!(
        honorific_opening_an_apposition,
        "« Nous ferons appel », a annoncé l'avocate du maire, Me Claire Vasseur.",
        [(
            "Nous ferons appel",
            "full",
            "Claire Vasseur",
            "title",
            "a annoncé"
        )]
    );
    case!(
        inverted_cue_past_a_complement_of_the_quotation,
        "« Cette loi est un progrès » pour les familles, juge la présidente de l'association, Anne Morel.",
        [("Cette loi est un progrès", "full", "Anne Morel", "explicit", "juge")]
    );
    case!(
        source_whose_surname_holds_an_article,
        "Pour Yann Le Goff, « la filière est en danger ».",
        [(
            "la filière est en danger",
            "partial",
            "Yann Le Goff",
            "selon",
            "Pour"
        )]
    );
    case!(
        office_named_another_way,
        "La Première ministre, Claire Morel, a reçu les syndicats. « Nous irons au bout », a prévenu la cheffe du gouvernement.\n\nLe chef de l'État, Paul Girard, était à Berlin. « L'Europe doit avancer », a déclaré le président de la République.",
        [
            ("Nous irons au bout", "full", "Claire Morel", "descriptor", "a prévenu"),
            ("L'Europe doit avancer", "full", "Paul Girard", "descriptor", "a déclaré"),
        ]
    );
    case!(
        headline_quotation_before_a_colon,
        "« Nous tiendrons nos promesses » : Claire Morel répond aux agriculteurs\n\n« On a tout perdu » : le témoignage d'une éleveuse du Gers\n\n« Un manque de respect » : le maire de Rodez recadre le préfet\n\n« Les Misérables » : la comédie musicale revient au Châtelet",
        [
            ("Nous tiendrons nos promesses", "full", "Claire Morel", "explicit", ""),
            ("On a tout perdu", "full", "une éleveuse du Gers", "descriptor", ""),
            ("Un manque de respect", "full", "le maire de Rodez", "descriptor", ""),
        ]
    );
    case!(
        office_held_by_a_person_named_before,
        "Donald Trump a appelé Emmanuel Macron mardi. « Nous devons agir vite », a déclaré le président français.\n\nEmmanuel Macron a appelé Donald Trump. « Rien n'est décidé », a répondu le président américain.\n\nLe président du club, Jean Morel, a reçu Emmanuel Macron. « C'est un honneur », a déclaré le président.",
        [
            ("Nous devons agir vite", "full", "Emmanuel Macron", "descriptor", "a déclaré"),
            ("Rien n'est décidé", "full", "Donald Trump", "descriptor", "a répondu"),
            ("C'est un honneur", "full", "Jean Morel", "descriptor", "a déclaré"),
        ]
    );
    case!(
        charge_in_the_words_of_the_law,
        "Le parquet de Lille a ouvert une enquête pour « homicide involontaire aggravé ». Le syndicat a dénoncé « une décision inacceptable et brutale ».",
        [(
            "une décision inacceptable et brutale",
            "partial",
            "Le syndicat",
            "descriptor",
            "a dénoncé"
        )]
    );
    case!(
        the_one_writing_speaks,
        "Le maire de Brest m'a reçu lundi. « Rien n'est décidé », m'a-t-il confié. « Et la suite ? », lui ai-je demandé ensuite.",
        [
            ("Rien n'est décidé", "full", "Le maire de Brest", "pronoun", "a-t-il confié"),
            ("Et la suite ?", "full", "je", "pronoun", ""),
        ]
    );
    case!(
        incise_after_an_exclamation_inside_the_marks,
        "« Jamais ! a répliqué calmement la ministre. Nous ne céderons pas. »",
        [(
            "Jamais ! | Nous ne céderons pas.",
            "full",
            "la ministre",
            "descriptor",
            "a répliqué"
        )]
    );
    case!(
        incise_with_a_verb_the_lexicon_lacks_or_an_object_pronoun,
        "Paul Girard haussa les épaules. « Trop tard ! fit-il en souriant, tout est joué. » Marie Lenoir se tut. « Depuis des années, nous dit Anne Morel, rien n'a changé. »",
        [
            ("Trop tard ! | tout est joué.", "full", "Paul Girard", "pronoun", ""),
            ("Depuis des années | rien n'a changé.", "full", "Anne Morel", "explicit", "dit"),
        ]
    );
    case!(
        short_fragment_right_before_an_inverted_cue,
        "Ce projet est « mal ficelé », juge le sénateur Paul Girard.\n\n— Je n'aime pas le « tout fait », disait Marie Lefèvre.",
        [("mal ficelé", "partial", "Paul Girard", "explicit", "juge")]
    );
    case!(
        whose_words_a_lead_before_a_colon_names,
        "La phrase de Georges Clemenceau résonne encore : « La guerre est une chose trop grave. »\n\nRéponse cinglante du Premier ministre : « Je n'ai de leçons à recevoir de personne. »\n\nLe message est clair, assure l'entourage du président : « Il n'y aura pas de dissolution. »",
        [
            ("La guerre est une chose trop grave.", "full", "Georges Clemenceau", "explicit", ""),
            ("Je n'ai de leçons à recevoir de personne.", "full", "Premier ministre", "descriptor", ""),
            ("Il n'y aura pas de dissolution.", "full", "l'entourage du président", "descriptor", "assure"),
        ]
    );
    case!(
        roles_of_a_debate_by_gender_and_office,
        "Claire Morel et Jordan Bardella ont débattu mardi. « Vous voulez sortir de l'Europe », a lancé la tête de liste centriste. « C'est faux », a répondu le président du RN.",
        [
            ("Vous voulez sortir de l'Europe", "full", "Claire Morel", "descriptor", "a lancé"),
            ("C'est faux", "full", "Jordan Bardella", "descriptor", "a répondu"),
        ]
    );
    case!(
        body_or_group_taken_up_by_a_description,
        "Orange a publié ses résultats. « Le chiffre d'affaires progresse », indique le groupe.\n\nLes maires de la métropole ont écrit au préfet. « Nous demandons des moyens », écrivent-ils.",
        [
            ("Le chiffre d'affaires progresse", "full", "Orange", "descriptor", "indique"),
            ("Nous demandons des moyens", "full", "Les maires de la métropole", "pronoun", "écrivent-ils"),
        ]
    );
    case!(
        first_name_alone_in_apposition_taken_up_by_a_pronoun,
        "La sœur de la victime, Nadia, a pris la parole. « Je veux comprendre », a-t-elle dit.",
        [(
            "Je veux comprendre",
            "full",
            "Nadia",
            "pronoun",
            "a-t-elle dit"
        )]
    );
    case!(
        role_takes_up_a_person_described_by_an_adjective_or_a_day,
        "Léa Martin était soulagée après le vote. « Nous avons gagné », a lancé la députée.\n\n« Rien n'est fini », a prévenu Paul Roux, jeudi, devant la presse. « On continue », a ajouté le syndicaliste.",
        [
            ("Nous avons gagné", "full", "Léa Martin", "descriptor", "a lancé"),
            ("Rien n'est fini", "full", "Paul Roux", "explicit", "a prévenu"),
            ("On continue", "full", "Paul Roux", "descriptor", "a ajouté"),
        ]
    );
    case!(
        role_does_not_take_up_a_person_described_by_a_noun,
        "Jean Dupont est un voisin de la mairie. « Il faut agir », a déclaré le maire.",
        [(
            "Il faut agir",
            "full",
            "le maire",
            "descriptor",
            "a déclaré"
        )]
    );
    case!(
        pronoun_takes_up_the_speaker_of_a_partial_quotation,
        "Selon Amandine, caissière dans un supermarché de Rouen, « les clients sont à bout ». Elle témoigne : « Certains pleurent à la caisse. »",
        [
            ("les clients sont à bout", "partial", "Amandine", "selon", "Selon"),
            ("Certains pleurent à la caisse.", "full", "Amandine", "pronoun", "témoigne"),
        ]
    );
    case!(
        role_takes_up_the_person_a_pronoun_just_quoted,
        "La sélectionneuse des Bleues, Corinne Diacre, a dévoilé sa liste. « Le groupe est prêt », a-t-elle déclaré. La technicienne a précisé : « Tout le monde jouera. »",
        [
            ("Le groupe est prêt", "full", "Corinne Diacre", "pronoun", "a-t-elle déclaré"),
            ("Tout le monde jouera.", "full", "Corinne Diacre", "descriptor", "a précisé"),
        ]
    );
    case!(
        role_after_a_participle_that_folds_to_a_role,
        "« Le projet est mort », a jugé Marc Lefort. « Nous ne signerons rien », a ajouté le maire.",
        [
            ("Le projet est mort", "full", "Marc Lefort", "explicit", "a jugé"),
            ("Nous ne signerons rien", "full", "Marc Lefort", "descriptor", "a ajouté"),
        ]
    );
    case!(
        voila_comment_names_the_speaker_after,
        "« Un naufrage. » Voilà comment une commerçante du centre-ville qualifie la saison.",
        [(
            "Un naufrage.",
            "full",
            "une commerçante du centre-ville",
            "descriptor",
            "qualifie"
        )]
    );
    case!(
        pronoun_takes_up_a_first_name_of_its_gender,
        "« J'ai tout perdu », raconte Sylvie, 60 ans. Son fils, Mehdi, est arrivé trop tard. « Il ne reste rien », lâche-t-il.",
        [
            ("J'ai tout perdu", "full", "Sylvie", "explicit", "raconte"),
            ("Il ne reste rien", "full", "Mehdi", "pronoun", "lâche-t-il"),
        ]
    );
    case!(
        dit_after_a_thing_names_it,
        "Le projet de loi dit « retraites » divise. Le maire dit « non ».",
        [("non", "partial", "Le maire", "descriptor", "dit")]
    );
    case!(
        role_heading_the_verb_that_governs_a_partial_quotation,
        "Interrogée sur le calendrier, la rectrice a refusé de « fixer une date ». Le maire a visité la « maison de quartier ». La sénatrice veut « aller plus loin ».",
        [
            ("fixer une date", "partial", "la rectrice", "descriptor", ""),
            ("aller plus loin", "partial", "La sénatrice", "descriptor", ""),
        ]
    );
    case!(
        cue_then_de_before_a_short_partial_quotation,
        "Le Premier ministre a promis d'« agir vite ». Le ministre a promis de « tout revoir ».",
        [
            (
                "agir vite",
                "partial",
                "Le Premier ministre",
                "descriptor",
                "a promis"
            ),
            (
                "tout revoir",
                "partial",
                "Le ministre",
                "descriptor",
                "a promis"
            ),
        ]
    );
    case!(
        words_said_by_an_agent_after_a_colon_or_in_the_next_sentence,
        "« Nous sommes à bout » : c'est l'appel lancé par les éleveurs du Cantal.\n\n« Le pays tiendra. » Cette phrase, prononcée par Paul Roux devant les maires, a marqué.",
        [
            ("Nous sommes à bout", "full", "les éleveurs du Cantal", "descriptor", ""),
            ("Le pays tiendra.", "full", "Paul Roux", "explicit", ""),
        ]
    );
    case!(
        judging_verb_across_its_object,
        "Pour sa part, la députée Anne Morel a jugé ces mesures « insuffisantes ». Le ministre a qualifié le vote d'« historique ».",
        [
            ("insuffisantes", "partial", "Anne Morel", "explicit", "a jugé"),
            ("historique", "partial", "Le ministre", "descriptor", "a qualifié"),
        ]
    );
    case!(
        fronted_circle_speaks_for_on,
        "Dans l'entourage de la ministre, on assure que « tout est prêt ». À Lyon, on dit que « rien ne presse ».",
        [
            ("tout est prêt", "partial", "l'entourage de la ministre", "descriptor", "assure"),
            ("rien ne presse", "partial", "on", "pronoun", "dit"),
        ]
    );
    case!(
        pronoun_named_in_the_sentence_after_its_incise,
        "« Tout est allé si vite », souffle-t-elle, les yeux rougis. Sandrine Petit, 40 ans, a tout perdu.",
        [("Tout est allé si vite", "full", "Sandrine Petit", "pronoun", "souffle-t-elle")]
    );
    case!(
        role_takes_up_the_latest_speaker_it_fits,
        "« Vous avez échoué », a lancé Claire Morel. « C'est faux », a répondu le maire. La candidate s'est levée. « Je maintiens. »",
        [
            ("Vous avez échoué", "full", "Claire Morel", "explicit", "a lancé"),
            ("C'est faux", "full", "le maire", "descriptor", "a répondu"),
            ("Je maintiens.", "full", "Claire Morel", "context", ""),
        ]
    );
    case!(
        a_reply_is_not_the_one_answered,
        "« Le projet est mort », a jugé Marc Lefort. « Nous signerons », a répondu le maire.\n\n« Tu signes ? », a demandé Paul Roux. « Non », a dit Luc Morel. « Pourquoi ? », a-t-il rétorqué.",
        [
            ("Le projet est mort", "full", "Marc Lefort", "explicit", "a jugé"),
            ("Nous signerons", "full", "le maire", "descriptor", "a répondu"),
            ("Tu signes ?", "full", "Paul Roux", "explicit", "a demandé"),
            ("Non", "full", "Luc Morel", "explicit", "a dit"),
            ("Pourquoi ?", "full", "Paul Roux", "pronoun", "a-t-il rétorqué"),
        ]
    );
    case!(
        office_holder_named_in_the_next_sentence,
        "Le maire a dénoncé « une décision injuste et brutale ». Jean Dupont a applaudi.\n\nLe chef de l'État a promis « une réponse ferme et rapide ». Emmanuel Macron s'exprimait à Lille.",
        [
            ("une décision injuste et brutale", "partial", "Le maire", "descriptor", "a dénoncé"),
            ("une réponse ferme et rapide", "partial", "Emmanuel Macron", "descriptor", "a promis"),
        ]
    );
    case!(
        short_fragment_of_a_will,
        "Le président du conseil régional, Hervé Morin, veut « tout revoir ». On lui disait qu'il voulait « souffler » un peu.",
        [("tout revoir", "partial", "Hervé Morin", "explicit", "")]
    );
    case!(
        short_fragment_a_source_says_a_thing_is,
        "Pour Yannick Jadot, il s'agit d'« un scandale ». Selon lui, c'est « inacceptable ». Selon lui, le « cloud » progresse.",
        [
            ("un scandale", "partial", "Yannick Jadot", "selon", "Pour"),
            ("inacceptable", "partial", "Yannick Jadot", "selon", "Selon"),
        ]
    );
    case!(
        short_fragment_of_a_feeling_owned_or_a_call,
        "La fédération a fait part de sa « vive émotion ». Le préfet a appelé à « la prudence ». Il pensait à « ses affaires ».",
        [
            ("vive émotion", "partial", "La fédération", "descriptor", "a fait part"),
            ("la prudence", "partial", "Le préfet", "descriptor", "a appelé"),
        ]
    );
    case!(
        source_described_by_what_it_is,
        "Pour la fédération, « les clubs ne survivront pas ». Pour la première fois, « le public » a manqué.",
        [("les clubs ne survivront pas", "partial", "la fédération", "selon", "Pour")]
    );
    case!(
        one_of_a_circle_through_a_possessive,
        "« Il ira jusqu'au bout », glisse l'un de ses conseillers. « Encore ? », demanda l'homme de sa voix grave.",
        [
            ("Il ira jusqu'au bout", "full", "l'un de ses conseillers", "descriptor", "glisse"),
            ("Encore ?", "full", "l'homme", "descriptor", "demanda"),
        ]
    );
    case!(
        pronoun_source_takes_up_the_speaker_before,
        "« Personne ne nous écoutait », raconte une infirmière du service. Selon elle, la direction « savait depuis des mois ».",
        [
            ("Personne ne nous écoutait", "full", "une infirmière du service", "descriptor", "raconte"),
            ("savait depuis des mois", "partial", "une infirmière du service", "selon", "Selon"),
        ]
    );
    case!(
        lead_names_the_person_in_apposition,
        "Réponse cinglante du président de la région, Laurent Wauquiez : « Nous ne paierons pas. »",
        [(
            "Nous ne paierons pas.",
            "full",
            "Laurent Wauquiez",
            "explicit",
            ""
        )]
    );
    case!(
        on_after_a_relative_where_speaks_for_the_place,
        "Même ambiance chez Renault, où l'on estime que « les objectifs seront tenus ». À Paris, où l'on dit que « la pluie va durer », il fait froid.",
        [
            ("les objectifs seront tenus", "partial", "Renault", "descriptor", "estime"),
            ("la pluie va durer", "partial", "on", "pronoun", "dit"),
        ]
    );
    case!(
        description_ends_before_a_time,
        "« Je reviendrai vite », a écrit la skieuse quelques heures après sa chute. Le médecin a appelé au « repos ».",
        [
            ("Je reviendrai vite", "full", "la skieuse", "descriptor", "a écrit"),
            ("repos", "partial", "Le médecin", "descriptor", "a appelé"),
        ]
    );
    case!(
        sentence_after_says_where_the_words_come_from,
        "« Nos villages se vident. »\nLe cri d'alarme vient de Sylvie Marchand, maire de Tende.\n\n« Tout va bien. » Le constat vient de loin.",
        [
            ("Nos villages se vident.", "full", "Sylvie Marchand", "explicit", ""),
            ("Tout va bien.", "full", "", "", ""),
        ]
    );
    case!(
        source_after_a_conjunction,
        "« Le plan est solide », salue la direction. Mais pour le syndicat Sud, « rien ne change pour les agents ». Mais pour cela il faudrait que Paul Roux dise « oui ».",
        [
            ("Le plan est solide", "full", "la direction", "descriptor", "salue"),
            ("rien ne change pour les agents", "partial", "le syndicat Sud", "selon", "pour"),
        ]
    );
    case!(
        words_passed_on_in_the_present_passive,
        "« Quelle gabegie ! » Le mot est lâché par une commerçante du quartier.",
        [(
            "Quelle gabegie !",
            "full",
            "une commerçante du quartier",
            "descriptor",
            ""
        )]
    );
    case!(
        what_somebody_said_with_the_subject_after_the_verb,
        "Voici ce qu'a répondu la ministre des Sports, Marie Barsacq : « Les Jeux ont tout changé. »\n\n« Pas de commentaire » : voilà ce qu'a déclaré Luc Ferry en sortant. Il ne put que répéter ces mots : « Pas de commentaire. »",
        [
            ("Les Jeux ont tout changé.", "full", "Marie Barsacq", "explicit", "a répondu"),
            ("Pas de commentaire", "full", "Luc Ferry", "explicit", "a déclaré"),
            ("Pas de commentaire.", "full", "Luc Ferry", "inherited", "répéter"),
        ]
    );
    case!(
        lead_noun_with_its_own_complement,
        "Le cri d'alarme des urgentistes est clair : « Nous ne tiendrons pas l'hiver. »",
        [(
            "Nous ne tiendrons pas l'hiver.",
            "full",
            "urgentistes",
            "descriptor",
            ""
        )]
    );
    case!(
        pronoun_named_after_an_opening_adverb,
        "« C'était une erreur », reconnaissait-elle en 2019. Depuis, Christiane Taubira a pris ses distances.",
        [("C'était une erreur", "full", "Christiane Taubira", "pronoun", "reconnaissait-elle")]
    );
    case!(
        verdict_with_its_article_outside_the_marks,
        "Thierry Breton a claqué la porte. L'ex-commissaire européen dénonce une « gouvernance douteuse ». Il dit un « bonjour » à tous.",
        [("gouvernance douteuse", "partial", "Thierry Breton", "descriptor", "dénonce")]
    );
    case!(
        adverb_in_manner_inside_a_cue,
        "« J'ai fait mon travail », a sobrement commenté Julie Bertin après la finale.",
        [(
            "J'ai fait mon travail",
            "full",
            "Julie Bertin",
            "explicit",
            "a sobrement commenté"
        )]
    );
    case!(
        the_one_concerned_and_a_side,
        "Marie Durand quitte la présidence du club. « Je pars sans regret », sourit l'intéressée. « Rien n'est signé », assure-t-on du côté de la fédération.",
        [
            ("Je pars sans regret", "full", "Marie Durand", "pronoun", "sourit"),
            ("Rien n'est signé", "full", "la fédération", "descriptor", "assure-t-on"),
        ]
    );
    case!(
        repeated_words_have_their_cue,
        "La ministre l'a redit mardi : le budget « ne sera pas amputé ». « Nous tiendrons », a réitéré Paul Roux.",
        [
            ("ne sera pas amputé", "partial", "La ministre", "descriptor", "a redit"),
            ("Nous tiendrons", "full", "Paul Roux", "explicit", "a réitéré"),
        ]
    );
    case!(
        narrative_infinitive,
        "Bruno Retailleau a reçu les syndicats de police. Et le ministre d'ajouter : « Les moyens suivront. »",
        [("Les moyens suivront.", "full", "Bruno Retailleau", "descriptor", "ajouter")]
    );
    case!(
        pronoun_takes_up_a_role_past_a_leading_complement,
        "Devant le tribunal, la prévenue a pris la parole en dernier. « Je regrette », a-t-elle murmuré.",
        [("Je regrette", "full", "la prévenue", "pronoun", "a-t-elle murmuré")]
    );
    case!(
        first_name_alone_heading_a_lead,
        "« On a été trahis », accuse Pierre, ouvrier. À ses côtés, Nadia hoche la tête : « Personne ne nous a prévenus. »",
        [
            ("On a été trahis", "full", "Pierre", "explicit", "accuse"),
            ("Personne ne nous a prévenus.", "full", "Nadia", "explicit", ""),
        ]
    );
    case!(
        first_name_alone_takes_up_the_full_name,
        "Claire Morel a quitté la réunion la première. Plus tard, Claire soupire : « Rien ne bouge. »",
        [("Rien ne bouge.", "full", "Claire Morel", "explicit", "soupire")]
    );
    case!(
        short_fragment_reaffirmed_or_committed_to,
        "La présidente a réaffirmé sa « pleine confiance ». Le maire s'est engagé à « tout reconstruire ».",
        [
            ("pleine confiance", "partial", "La présidente", "descriptor", "a réaffirmé"),
            ("tout reconstruire", "partial", "Le maire", "descriptor", "s'est engagé"),
        ]
    );

    /// Words the attribution reader looks at to find the quotations of `text`, and how many
    /// it finds.
    fn work(text: &str) -> (usize, usize) {
        let before = attribution::WORDS_READ.with(|read| read.get());
        let quotes = found(text).len();
        (
            attribution::WORDS_READ.with(|read| read.get()) - before,
            quotes,
        )
    }

    #[test]
    fn each_quotation_costs_bounded_work() {
        // One long paragraph of quotations, names and scare quotes, then the same twice as
        // long: twice the quotations cost twice the words read, and each a bounded number.
        let unit = "Jean Dupont a parlé. « Il faut agir », a-t-il déclaré. Le « cloud » aussi. ";
        let (small, found_small) = work(&unit.repeat(2_000));
        let (large, found_large) = work(&unit.repeat(4_000));
        assert_eq!((found_small, found_large), (2_000, 4_000));
        assert!(large <= small * 21 / 10, "{small} words read, then {large}");
        assert!(
            small / found_small < 500,
            "{} words a quotation",
            small / found_small
        );
    }

    #[test]
    fn unclosed_marks_cost_bounded_work() {
        // 10,000 opening marks with no closing one, and a 5 MB paragraph of scare quotes.
        let openers = "« ".repeat(10_000) + "fin.";
        let (read, quotes) = work(&openers);
        assert_eq!(quotes, 0);
        assert!(read < 10_000, "{read} words read");
        let paragraph = "Le « cloud » et le « big data » avancent, ".repeat(5_000_000 / 42);
        let (read, _) = work(&paragraph);
        let pairs = 2 * (5_000_000 / 42);
        assert!(read / pairs < 200, "{} words a pair", read / pairs);
    }
}
