//! Cleaning: paragraphs → the regions no entity or quotation may come from: web boilerplate
//! (menus, share and print links, schedules, site notices, photo credits, lone headings) and
//! repeats of an earlier paragraph, whole or truncated. Returns sorted, non-overlapping byte
//! ranges, each a whole paragraph; the text itself is left alone.
//!
//! The rules read the shape of a line, not its exact words: how long it is, whether it ends
//! like a sentence, whether it has a verb, whether it is made of link words ("Imprimer",
//! "Partager", "Nous suivre") or addresses the reader about the site ("activez les cookies de
//! votre navigateur"). Prose is never furniture: a paragraph of several sentences with verbs
//! is kept whatever words it holds, and the article's title, the longest heading before the
//! first paragraph of prose, is kept too.

use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crate::segment::partition_near;
use crate::words::{FoldedWords, Words};

/// What the clean stage found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Site furniture: navigation, links, notices, credits, lone headings.
    pub boilerplate: Vec<Range<usize>>,
    /// Paragraphs that repeat an earlier one.
    pub repeats: Vec<Range<usize>>,
    pub warnings: Vec<String>,
}

impl Cleaned {
    /// Boilerplate and repeats together, sorted by start.
    pub fn excluded(&self) -> Vec<Range<usize>> {
        let mut all: Vec<Range<usize>> = self
            .boilerplate
            .iter()
            .chain(&self.repeats)
            .cloned()
            .collect();
        all.sort_by_key(|r| (r.start, r.end));
        all
    }

    /// Characters of boilerplate, as `articles.boilerplate_chars` counts them.
    pub fn boilerplate_chars(&self, text: &str) -> usize {
        self.boilerplate
            .iter()
            .chain(&self.repeats)
            .map(|r| text[r.clone()].chars().count())
            .sum()
    }
}

/// Shortest paragraph (in bytes) that counts as a repeat: shorter lines ("Rechercher") repeat
/// legitimately and are handled as boilerplate if at all.
const MIN_REPEAT: usize = 60;

/// Paragraphs longer than this (in bytes) are running text: even a site notice is shorter.
const LONG: usize = 1500;

/// Longest line, in words, that can be a heading or a line of links.
const HEADING_WORDS: usize = 12;

/// Words of site navigation and page tools (folded: lower case, no accents). A short line
/// made mostly of these is a menu or a tool bar.
#[rustfmt::skip]
static LINK_WORDS: List = List::new(&[
    "accueil", "retour", "rechercher", "recherche", "menu", "imprimer", "imprimez", "partager",
    "partagez", "envoyer", "email", "e-mail", "courriel", "facebook", "twitter", "tweeter",
    "linkedin", "whatsapp", "pinterest", "rss", "newsletter", "s'abonner", "abonnez-vous",
    "connexion", "deconnexion", "inscription", "commentaires", "commentaire", "commenter",
    "reagir", "suivre", "suivez-nous", "taille", "texte", "augmenter", "diminuer", "agrandir",
    "reduire", "page", "haut", "fermer", "contact", "contacts", "mentions", "legales", "plan",
    "site", "web", "information", "informations", "videos", "video", "photos", "galerie",
    "diaporama", "publicite", "lire", "aussi", "suite", "voir", "savoir", "plus", "meme", "sujet",
    "articles", "article", "lies", "associes", "chronologie", "chiffres", "cles", "archives",
    "imprimable", "version", "tags", "mots-cles", "partage", "serie", "telecharger", "ecouter",
    "podcast", "en", "sur", "le", "la", "les", "de", "du", "des", "nous", "a", "et",
    "correspondant", "correspondants", "programmes", "grille", "direct", "replay", "actualites",
    "actualite", "une", "fil", "info", "infos",
]);

/// Openings of a link to another article ("Lire aussi : …"), folded.
#[rustfmt::skip]
const RELATED: &[&str] = &[
    "lire aussi", "a lire aussi", "a lire", "voir aussi", "a voir aussi", "a voir",
    "lire la suite", "sur le meme sujet", "en savoir plus", "les plus lus", "les plus partages",
    "dans la meme rubrique",
];

/// Openings of a line about the article rather than of it: dates, byline, reading time
/// (folded). They are never the title.
#[rustfmt::skip]
const META: &[&str] = &[
    "publie", "publiee", "mis a jour", "mise a jour", "modifie", "modifiee", "par",
    "temps de lecture", "lecture",
];

/// Small words no heading ends on; a line ending on one runs on into the next (folded).
static RUN_ON: List = List::new(&[
    "a", "de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "que", "qui",
    "en", "pour", "par", "sur", "dans", "avec", "au", "aux", "ne", "se", "ce", "son", "sa", "ses",
]);

/// Words only a site notice about the reader's browser uses (folded).
#[rustfmt::skip]
static BROWSER_WORDS: List = List::new(&[
    "cookies", "cookie", "navigateur", "navigateurs", "javascript", "plugin", "plug-in",
    "bloqueur", "adblock",
]);

/// Words of a notice about the reader's account or connection, which prose uses too: two of
/// them, or one with an apology, make a notice (folded).
#[rustfmt::skip]
static ACCOUNT_WORDS: List = List::new(&[
    "flash", "connexion", "connecte", "session", "abonne", "abonnes", "abonnement", "identifiant",
    "expire",
]);

/// Words that apologise or ask, as a site's messages do (folded).
static APOLOGIES: List = List::new(&["desole", "desolee", "veuillez"]);

/// Words that address the reader (folded).
static READER_WORDS: List = List::new(&[
    "vous", "votre", "vos", "desole", "desolee", "veuillez", "cliquez", "ici",
]);

/// Verbs that call the reader to act on the page (folded): "Signalez-le ici".
#[rustfmt::skip]
static CALLS: List = List::new(&[
    "signalez", "signalez-le", "signalez-nous", "cliquez", "abonnez-vous", "inscrivez-vous",
    "connectez-vous", "partagez", "telechargez", "retrouvez", "decouvrez", "suivez-nous",
]);

/// Words that open a photo caption (folded).
#[rustfmt::skip]
const CAPTION_WORDS: &[&str] = &[
    "media", "photo", "photos", "credit", "credits", "illustration", "image", "legende",
];

/// Month names, folded.
#[rustfmt::skip]
static MONTHS: List = List::new(&[
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
]);

/// How bylines open, folded.
const BYLINES: &[&str] = &[
    "par",
    "avec notre",
    "de notre",
    "notre envoye",
    "notre envoyee",
    "notre correspondant",
    "notre correspondante",
    "propos recueillis",
];

/// Day names and their neighbours, which open the lines of a programme schedule (folded).
const DAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "aujourd'hui",
    "demain",
    "hier",
];

/// Finite verbs common enough to tell a sentence from a heading (lower case, with accents:
/// "a" is a verb, "à" is not).
const VERBS: &[&str] = &[
    "a", "ont", "est", "sont", "était", "étaient", "sera", "seront", "fut", "avait", "avaient",
    "fait", "font", "va", "vont", "doit", "doivent", "peut", "peuvent", "veut", "dit", "disent",
    "déclare", "annonce", "affirme", "estime", "explique", "reste", "devient", "compte",
];

/// Finds boilerplate and repeats among `paragraphs`; `words` are the article's words, which
/// give each paragraph's folded words without splitting or folding it again.
pub fn clean(text: &str, words: &Words, paragraphs: &[Range<usize>]) -> Cleaned {
    let mut first = 0;
    let lines: Vec<Line> = paragraphs
        .iter()
        .map(|p| {
            // No word crosses a line break, so each paragraph's words follow the last one's.
            first += partition_near(&words[first..], |w| w.end <= p.start);
            let count = partition_near(&words[first..], |w| w.start < p.end);
            first += count;
            Line::new(&text[p.clone()], &words.folded, first - count..first)
        })
        .collect();
    let first_prose = lines.iter().position(|l| l.prose).unwrap_or(lines.len());
    let last_prose = lines.iter().rposition(|l| l.prose);
    let title = title(&lines[..first_prose]);
    let mut cleaned = Cleaned::default();
    // Keyed by the paragraphs' openings: hashed the cheap way, as each article has its own.
    let mut seen: HashMap<Opening, usize> =
        HashMap::with_capacity_and_hasher(paragraphs.len(), Default::default());
    let mut runs_on = false;
    let printed = printed_layout(&lines);
    for (index, (paragraph, line)) in paragraphs.iter().zip(&lines).enumerate() {
        let body = &text[paragraph.clone()];
        // After the last prose. A short quotation that ends the article right after its text
        // is the speaker's last word; a motto comes among furniture or before its source line.
        let after_furniture = index
            .checked_sub(1)
            .is_some_and(|before| cleaned.boilerplate.last() == Some(&paragraphs[before]));
        let footer = last_prose.is_some_and(|last| index > last)
            && (!line.lone_quote || after_furniture || index + 1 < lines.len());
        // A line that runs on into the next one is wrapped prose or verse, never a heading;
        // nor is a line that a wrapped sentence runs on into.
        let wrapped = line.open_end
            || lines.get(index + 1).is_some_and(|next| next.starts_lower)
            || runs_on
            // A printed page sets its headings in capitals or in a word or two.
            || printed && line.count >= 3 && !line.upper();
        let furniture =
            Some(index) != title && line.is_furniture(footer, wrapped, last_prose.is_some());
        // Printed text keeps its line breaks: a line that opens or goes on with a sentence
        // and does not end it hands that sentence to the next line.
        runs_on =
            !furniture && !line.ends_sentence && (line.open_end || line.starts_lower || runs_on);
        if furniture {
            cleaned.boilerplate.push(paragraph.clone());
            continue;
        }
        if let Some(earlier) = repeated(text, paragraphs, &seen, body) {
            cleaned.warnings.push(format!(
                "repeat: paragraph {} repeats paragraph {}",
                index + 1,
                earlier + 1
            ));
            cleaned.repeats.push(paragraph.clone());
        }
        if body.len() >= MIN_REPEAT {
            seen.entry(Opening(prefix(body))).or_insert(index);
        }
    }
    cleaned
}

/// Fewest lines of a text whose line breaks can tell print from a web page.
const PRINTED_MIN_LINES: usize = 10;

/// Whether `lines` keep the line breaks of a printed column (OCR of a newspaper): one line in
/// five or more opens in lower case, the rest of a sentence broken by the layout. Web
/// paragraphs open on a capital.
fn printed_layout(lines: &[Line]) -> bool {
    lines.len() >= PRINTED_MIN_LINES
        && lines.iter().filter(|l| l.starts_lower).count() * 5 >= lines.len()
}

/// What the rules need to know of one paragraph. What only a few rules ask (capitals, verbs)
/// is read from `body` when asked, since most paragraphs are prose no rule asks about.
struct Line<'a> {
    body: &'a str,
    /// The article's folded words, of which this line has `words` (letters, digits, inner
    /// hyphens and apostrophes), read as [`line_words`] reads them: most lines are read for
    /// their count, first and last words alone, and a list of them for each line cost more
    /// than all the rules.
    folded: &'a FoldedWords<'a>,
    words: Range<usize>,
    /// How many words [`line_words`] finds.
    count: usize,
    /// The first of them.
    first: Option<&'a str>,
    /// They address the reader ([`READER_WORDS`]) and speak of the browser or the account
    /// ([`BROWSER_WORDS`], [`ACCOUNT_WORDS`]), as every notice does.
    notice_words: bool,
    /// They call the reader to act ([`CALLS`]) and address the reader.
    call_words: bool,
    /// Several words and a sentence end: running text.
    prose: bool,
    /// Ends like a sentence (`.`, `!`, `?`, `…`, maybe before closing marks).
    ends_sentence: bool,
    /// Opens with a bullet or an arrow.
    bullet: bool,
    /// Entirely one quotation between « » or “ ”.
    lone_quote: bool,
    /// Opens with a lower-case letter: the rest of a wrapped sentence.
    starts_lower: bool,
    /// Ends on a comma, colon, dash or a small word ("à", "de", "et"): the sentence runs on.
    open_end: bool,
}

impl<'a> Line<'a> {
    /// `words` are the indexes in `folded` of the words of `body`.
    fn new(body: &'a str, folded: &'a FoldedWords<'a>, words: Range<usize>) -> Line<'a> {
        if body.len() > LONG {
            return Line::prose(body, folded);
        }
        let Tally {
            count,
            last_joined,
            reader,
            site,
            calls,
        } = Tally::of(folded.slice(words.clone()));
        // The first and last words as split are the first and last words read, unless an
        // elision joins them to a neighbour.
        let first = match folded.get(words.start).filter(|_| !words.is_empty()) {
            Some(word) if !word.ends_with('\'') => Some(word),
            _ => line_words(folded, words.clone()).next(),
        };
        let last = if last_joined {
            line_words(folded, words.clone()).last()
        } else {
            folded
                .get(words.end.wrapping_sub(1))
                .filter(|_| !words.is_empty())
        };
        let ends_sentence = body
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '”' | '"' | ')'))
            .ends_with(['.', '!', '?', '…']);
        let trimmed = body.trim_end();
        Line {
            body,
            folded,
            words,
            count,
            first,
            notice_words: reader && site,
            call_words: reader && calls,
            // The sentence end first: most prose has one, and spares the search for a mark.
            prose: count >= 6 && ends_sentence || count > HEADING_WORDS && has_sentence_mark(body),
            ends_sentence,
            bullet: body.starts_with(['•', '·', '▪', '►', '▸', '>', '|']),
            lone_quote: (body.starts_with('«') && trimmed.ends_with('»')
                || body.starts_with('“') && trimmed.ends_with('”'))
                && body.matches(['«', '“']).count() == 1,
            starts_lower: body.starts_with(char::is_lowercase),
            open_end: trimmed.ends_with([',', ';', ':', '-', '–', '—'])
                || last.is_some_and(|w| RUN_ON.holds(w)),
        }
    }

    /// A paragraph too long for any furniture rule: running text, not read further. With no
    /// words and a sentence end, no rule reaches [`Line::upper`], [`Line::verb`],
    /// [`Line::credit`] or [`Line::quoted`] for it.
    fn prose(body: &'a str, folded: &'a FoldedWords<'a>) -> Line<'a> {
        Line {
            body,
            folded,
            words: 0..0,
            count: 0,
            first: None,
            notice_words: false,
            call_words: false,
            prose: true,
            ends_sentence: true,
            bullet: false,
            lone_quote: false,
            starts_lower: false,
            open_end: false,
        }
    }

    /// Holds a ©, or ends with a slash-joined photo credit ("Reuters/Kacper Pempel/Files").
    fn credit(&self) -> bool {
        self.body.contains('©')
            || self
                .body
                .split_whitespace()
                .rev()
                .take(4)
                .any(is_slash_credit)
    }

    /// Has quotation marks anywhere.
    fn quoted(&self) -> bool {
        self.body.contains(['«', '»', '“', '”', '"'])
    }

    /// All its letters are capitals (three at least).
    fn upper(&self) -> bool {
        let mut letters = self.body.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 3 && letters.all(char::is_uppercase)
    }

    /// Has a common finite verb ("a", "sont", "déclare", "a-t-il").
    fn verb(&self) -> bool {
        self.body
            .to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|w| VERBS.contains(&w) || w.contains("-t-"))
    }

    /// The words, as [`line_words`] reads them.
    fn words(&self) -> LineWords<'a> {
        line_words(self.folded, self.words.clone())
    }

    fn has(&self, list: &List) -> bool {
        self.words().any(|w| list.holds(w))
    }

    /// How many words are link words.
    fn links(&self) -> usize {
        self.words().filter(|w| LINK_WORDS.holds(w)).count()
    }

    /// Shaped like a heading: a few words and no sentence end.
    fn heading(&self) -> bool {
        self.count > 0
            && self.count <= HEADING_WORDS
            && !self.ends_sentence
            && !self.starts_lower
            && !self.open_end
    }

    /// Whether this paragraph is site furniture. `footer`: it comes after the last paragraph
    /// of prose, where a short line is furniture even with a verb (a site motto).
    /// `in_article`: the text has prose, so heading-shaped lines can be told from it; a
    /// snippet with no prose at all ("hier", "Mardi 3 mai") is content, not a page.
    fn is_furniture(&self, footer: bool, wrapped: bool, in_article: bool) -> bool {
        let short = self.count <= HEADING_WORDS;
        // Menus and tool bars: a short line made mostly of link words.
        (short && !self.ends_sentence && self.links() * 3 >= self.count * 2)
            // A bullet list of links; a link to another article.
            || (self.bullet && short)
            || (self.count <= 30 && !self.prose_after_lead() && self.starts(RELATED))
            // "Lundi 3 Octobre", "Aujourd'hui": a schedule line.
            || (in_article && self.count <= 4 && !self.ends_sentence
                && self.first_is(DAYS))
            // Cookie, browser and account notices addressed to the reader.
            || (self.notice() && !self.quoted())
            // "Signalez-le ici", "Cliquez ici pour…": a call to act on the page.
            || (self.count <= 30 && self.call_words
                && !self.quoted())
            // Photo captions with their credit.
            || (!self.ends_sentence && self.count <= 40 && self.credit())
            || (self.first_is(CAPTION_WORDS) && self.count <= 40 && !self.quoted()
                && !self.prose)
            // Lone headings and rubrics; after the article, any short line. A dateline or a
            // byline belongs to the article: its date and its author are facts of it.
            || (in_article && self.heading() && !wrapped && (footer || self.upper() || !self.verb())
                && !self.dateline_or_byline())
            || (footer && short && self.lone_quote)
    }

    /// "Strasbourg 11 juillet 2018", "Publié le 3 mai 2019", "Avec notre envoyé spécial à
    /// Lille, X", "Par Jeanne Dupont".
    fn dateline_or_byline(&self) -> bool {
        let dated = self.has(&MONTHS)
            && self
                .words()
                .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        dated || self.starts(BYLINES)
    }

    /// A message of the site to the reader about the browser or the account.
    fn notice(&self) -> bool {
        if !self.notice_words {
            return false;
        }
        let count = |list: &List| self.words().filter(|w| list.holds(w)).count();
        let browser = count(&BROWSER_WORDS);
        let account = count(&ACCOUNT_WORDS);
        browser >= 2
            || browser == 1 && self.count <= 40
            || account >= 2
            || account == 1 && self.has(&APOLOGIES)
    }

    /// Whether the words open with one of `phrases` (folded words joined by one space).
    fn starts(&self, phrases: &[&str]) -> bool {
        let Some(first) = self.first else {
            return false;
        };
        phrases.iter().any(|phrase| {
            // Most lines open on a word no phrase opens on: turned away on the length of its
            // first word and its first letter, then before splitting.
            phrase
                .as_bytes()
                .get(first.len())
                .map_or(phrase.len() == first.len(), |&b| b == b' ')
                && phrase.starts_with(first)
                && {
                    let mut words = self.words();
                    phrase.split(' ').all(|wanted| words.next() == Some(wanted))
                }
        })
    }

    /// A related-article link is one headline: several sentences after the lead are prose.
    fn prose_after_lead(&self) -> bool {
        self.prose && self.ends_sentence && self.count > 20
    }

    fn first_is(&self, list: &[&str]) -> bool {
        self.first.is_some_and(|w| list.contains(&w))
    }
}

/// What every line is asked of its words, found in one pass over them as split.
#[derive(Default)]
struct Tally {
    /// How many words [`line_words`] finds.
    count: usize,
    /// The last word is joined to an elided one before it.
    last_joined: bool,
    /// Some word is one of [`READER_WORDS`].
    reader: bool,
    /// Some word is one of [`BROWSER_WORDS`] or [`ACCOUNT_WORDS`].
    site: bool,
    /// Some word is one of [`CALLS`].
    calls: bool,
}

impl Tally {
    /// An elided word and the word after it, which starts where it ends, count as one, which
    /// holds an apostrophe and so is in no list of the tally. Every word of the article
    /// passes here, in a loop of its own.
    #[inline(never)]
    fn of<'a>(words: impl Iterator<Item = &'a str>) -> Tally {
        let (mut count, mut last_joined) = (0, false);
        let mut listed = Tally::default();
        let mut elision_end = std::ptr::null();
        for word in words {
            let bytes = word.as_bytes();
            last_joined = bytes.as_ptr() == elision_end;
            // No listed word opens or ends with a NUL byte, the stand-in for an empty word's.
            let first = bytes.first().copied().unwrap_or(0);
            let last = bytes.last().copied().unwrap_or(0);
            if !last_joined {
                count += 1;
                if may_address_reader(first, last, bytes.len()) {
                    listed.list(word);
                }
            }
            elision_end = if last == b'\'' {
                bytes.as_ptr_range().end
            } else {
                std::ptr::null()
            };
        }
        Tally {
            count,
            last_joined,
            ..listed
        }
    }

    /// Notes which lists `word` is in.
    #[inline(never)]
    fn list(&mut self, word: &str) {
        self.reader = self.reader || READER_WORDS.holds(word);
        self.site = self.site || BROWSER_WORDS.holds(word) || ACCOUNT_WORDS.holds(word);
        self.calls = self.calls || CALLS.holds(word);
    }
}

/// The folded words `range` of `folded`, an elided word joined to the word after it ("l'etat",
/// "aujourd'hui"): the rules and their lists count and read them so.
fn line_words<'a>(folded: &'a FoldedWords<'a>, range: Range<usize>) -> LineWords<'a> {
    LineWords {
        folded,
        next: range.start,
        end: range.end,
    }
}

/// The words [`line_words`] reads, one at a time.
struct LineWords<'a> {
    folded: &'a FoldedWords<'a>,
    next: usize,
    end: usize,
}

impl<'a> Iterator for LineWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let folded = self.folded;
        if self.next >= self.end {
            return None;
        }
        let word = folded.get(self.next)?;
        self.next += 1;
        // Most words are no elision: taken as they are, without finding them in the text.
        if !word.ends_with('\'') {
            return Some(word);
        }
        let start = folded.start(self.next - 1);
        let mut end = start + word.len();
        while self.next < self.end
            && folded[self.next - 1].ends_with('\'')
            && folded.start(self.next) == end
        {
            end += folded[self.next].len();
            self.next += 1;
        }
        Some(folded.text(start..end))
    }
}

/// Whether `word` may be one of [`READER_WORDS`], [`BROWSER_WORDS`], [`ACCOUNT_WORDS`] or
/// [`CALLS`]: every word of every line is asked, and hardly any gets past its length and its
/// first and last bytes.
fn may_address_reader(first: u8, last: u8, len: usize) -> bool {
    static SHAPES: Shapes = READER_WORDS
        .shapes
        .union(&BROWSER_WORDS.shapes)
        .union(&ACCOUNT_WORDS.shapes)
        .union(&CALLS.shapes);
    SHAPES.may_hold_parts(first, last, len)
}

/// A list of folded words, and the shapes that tell most other words from all of them.
struct List {
    words: &'static [&'static str],
    shapes: Shapes,
}

impl List {
    const fn new(words: &'static [&'static str]) -> List {
        let mut shapes = Shapes {
            first: [0; 256],
            last: [0; 256],
        };
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            assert!(!word.is_empty() && word.len() < 31);
            shapes.first[word[0] as usize] |= 1 << word.len();
            shapes.last[word[word.len() - 1] as usize] |= 1 << word.len();
            i += 1;
        }
        List { words, shapes }
    }

    /// Whether `word` is one of the list. The rules ask it of every word of a line.
    fn holds(&self, word: &str) -> bool {
        self.shapes.may_hold(word.as_bytes()) && self.words.contains(&word)
    }
}

/// For each byte, a bit for the length of each word of a list that opens with it (`first`)
/// and one for each that ends with it (`last`); all are shorter than 31 bytes.
struct Shapes {
    first: [u32; 256],
    last: [u32; 256],
}

impl Shapes {
    /// Whether some word of the length of `word` opens with its first byte, and some ends
    /// with its last one.
    fn may_hold(&self, word: &[u8]) -> bool {
        match word {
            [first, .., last] | [first @ last] => self.may_hold_parts(*first, *last, word.len()),
            [] => false,
        }
    }

    /// [`Shapes::may_hold`] for a word of `len` bytes from `first` to `last`.
    fn may_hold_parts(&self, first: u8, last: u8, len: usize) -> bool {
        let shapes = self.first[usize::from(first)] & self.last[usize::from(last)];
        // Bit 31 of no word: too long for the list.
        shapes >> len.min(31) & 1 == 1
    }

    const fn union(&self, other: &Shapes) -> Shapes {
        let mut union = Shapes {
            first: self.first,
            last: self.last,
        };
        let mut b = 0;
        while b < 256 {
            union.first[b] |= other.first[b];
            union.last[b] |= other.last[b];
            b += 1;
        }
        union
    }
}

/// Whether `body` holds a `.`, `!`, `?` or `…`: bytes first, as prose has a full stop early.
fn has_sentence_mark(body: &str) -> bool {
    memchr::memchr3(b'.', b'!', b'?', body.as_bytes()).is_some() || body.contains('…')
}

/// "Reuters/Kacper", "AFP/Archives", "Pempel/Files": capitalised names joined by a slash.
fn is_slash_credit(token: &str) -> bool {
    let token = token.trim_matches(['(', ')', '.', ',']);
    token.contains('/')
        && token
            .split('/')
            .all(|p| p.chars().next().is_some_and(char::is_uppercase) && !p.contains(':'))
}

/// The title: the longest heading (not in capitals) before the first paragraph of prose.
fn title(header: &[Line]) -> Option<usize> {
    header
        .iter()
        .enumerate()
        .filter(|(_, line)| line.count >= 2 && !line.upper() && !line.is_link_line())
        .max_by_key(|&(index, line)| (line.count, std::cmp::Reverse(index)))
        .map(|(index, _)| index)
}

impl Line<'_> {
    /// A line that navigation rules would take even as a title: links, schedule, notice.
    fn is_link_line(&self) -> bool {
        self.bullet
            || self.credit()
            || self.first_is(&["retour", "accueil", "rechercher", "menu"])
            || self.first_is(DAYS)
            || self.starts(META)
            || self.starts(RELATED)
            || self.links() * 3 >= self.count * 2
            || self.notice()
    }
}

/// The first [`MIN_REPEAT`] bytes of a paragraph (cut back to a char boundary): the key
/// under which earlier paragraphs are found.
fn prefix(body: &str) -> &str {
    let mut end = MIN_REPEAT.min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    &body[..end]
}

/// A paragraph's [`prefix`] as a key: hashed on its first 16 bytes alone, which tell most
/// paragraphs apart, and compared whole.
#[derive(PartialEq, Eq)]
struct Opening<'a>(&'a str);

impl Hash for Opening<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let bytes = self.0.as_bytes();
        match bytes.first_chunk::<16>() {
            Some(&head) => state.write_u128(u128::from_le_bytes(head)),
            None => state.write(bytes),
        }
    }
}

/// The index of an earlier paragraph that `body` repeats, whole or cut off ("…", "...").
fn repeated(
    text: &str,
    paragraphs: &[Range<usize>],
    seen: &HashMap<Opening, usize>,
    body: &str,
) -> Option<usize> {
    if body.len() < MIN_REPEAT {
        return None;
    }
    let stem = body
        .trim_end_matches(['.', '…', ' ', '\u{a0}'])
        .trim_end_matches([',', ';', ':']);
    let &earlier = seen.get(&Opening(prefix(body)))?;
    let other = &text[paragraphs[earlier].clone()];
    (other == body
        || (stem.len() >= MIN_REPEAT && other.starts_with(stem) && stem.len() < other.len()))
    .then_some(earlier)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use crate::segment::paragraphs;

    /// [`clean`] as the pipeline calls it.
    fn clean_text(text: &str) -> Cleaned {
        let folded = fold(text);
        clean(text, &Words::new(text, &folded), &paragraphs(text))
    }

    /// The paragraphs of `text` marked boilerplate (`B`) or repeat (`R`), in order.
    fn marked(text: &str) -> Vec<String> {
        let paragraphs = paragraphs(text);
        let cleaned = clean_text(text);
        paragraphs
            .iter()
            .filter_map(|p| {
                let tag = if cleaned.boilerplate.contains(p) {
                    "B"
                } else if cleaned.repeats.contains(p) {
                    "R"
                } else {
                    return None;
                };
                Some(format!("{tag} {}", &text[p.clone()]))
            })
            .collect()
    }

    const PROSE: &str = "Les ministres réunis à Bruxelles ont adopté hier un texte sur la protection des données personnelles.";

    const MORE: &str =
        "Le texte entrera en vigueur dans deux ans, après sa transposition par chaque État membre.";

    macro_rules! case {
        ($name:ident, $text:expr, [$($marked:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(marked(&$text), vec![$($marked.to_string()),*] as Vec<String>);
            }
        };
    }

    case!(
        prose_is_kept,
        format!("{PROSE}\nIl a ajouté qu'il partagerait le texte."),
        []
    );
    case!(
        exact_repeat,
        format!("{PROSE}\nAutre chose.\n{PROSE}"),
        [format!("R {PROSE}")]
    );
    case!(
        truncated_repeat,
        format!("{PROSE}\n{}...", &PROSE[..70]),
        [format!("R {}...", &PROSE[..70])]
    );
    case!(
        truncated_repeat_ellipsis,
        format!("{PROSE}\n{}…", &PROSE[..72]),
        [format!("R {}…", &PROSE[..72])]
    );
    case!(
        short_lines_repeat_freely,
        format!("{PROSE}\nOui.\nOui."),
        []
    );
    case!(
        tool_bar,
        format!("{PROSE}\nImprimer\nPartager sur Facebook"),
        ["B Imprimer", "B Partager sur Facebook"]
    );
    case!(
        bullets,
        format!("{PROSE}\n  • Agrandir le texte"),
        ["B • Agrandir le texte"]
    );
    case!(
        schedule,
        format!("Samedi 4 Mars\nDemain\n{PROSE}"),
        ["B Samedi 4 Mars", "B Demain"]
    );
    case!(
        browser_notice,
        format!(
            "Pour voir cette vidéo, vous devez activer JavaScript dans votre navigateur.\n{PROSE}"
        ),
        ["B Pour voir cette vidéo, vous devez activer JavaScript dans votre navigateur."]
    );
    case!(
        notice_words_in_a_quotation_are_prose,
        format!("{PROSE}\n« Protégez votre navigateur et vos cookies », a conseillé l'expert devant les députés."),
        []
    );
    case!(
        caption_credit,
        format!("{PROSE}\nmedia Des manifestants devant le Parlement. AFP/Marc Dupuis"),
        ["B media Des manifestants devant le Parlement. AFP/Marc Dupuis"]
    );
    case!(
        copyright,
        format!("{PROSE}\n© Le Journal du Nord 2019"),
        ["B © Le Journal du Nord 2019"]
    );
    case!(
        related,
        format!("{PROSE}\nÀ lire aussi : Le gouvernement présente son budget"),
        ["B À lire aussi : Le gouvernement présente son budget"]
    );
    case!(
        title_kept_rubric_dropped,
        format!(
            "INTERNATIONAL\nLe Parlement européen adopte la réforme du droit d'auteur\n{PROSE}"
        ),
        ["B INTERNATIONAL"]
    );
    case!(
        subheading_dropped,
        format!("Un titre de l'article sur les données\n{PROSE}\nUn vote serré\n{MORE}"),
        ["B Un vote serré"]
    );
    case!(
        sentence_without_period_kept,
        format!("{PROSE}\nLe ministre a promis une réponse avant lundi\n{MORE}"),
        []
    );
    case!(
        footer_motto,
        format!("{PROSE}\n« Chacun a droit au respect de sa vie privée »\nArt. 8 de la Convention"),
        [
            "B « Chacun a droit au respect de sa vie privée »",
            "B Art. 8 de la Convention"
        ]
    );
    case!(
        call_to_act,
        format!("{PROSE}\nUne erreur dans cet article ? Signalez-la en cliquant ici"),
        ["B Une erreur dans cet article ? Signalez-la en cliquant ici"]
    );
    case!(
        wrapped_lines_are_prose,
        format!("{PROSE}\nLe maire, qui ne s'occupe de rien, répond à\nchacun par une lettre.\nVoici la liste :"),
        []
    );
    case!(
        printed_lines_carry_a_sentence,
        format!("{PROSE}\nLe conseil a élu au bureau de la\ncommission des écoles, savoir\nMM. Paul Girard, Louis Morel\nEmile Junod et Henri Favre."),
        []
    );
    case!(
        printed_column_keeps_its_lines,
        concat!(
            "Le conseil communal s'est réuni hier soir sous la\n",
            "présidence du syndic, qui a ouvert la séance à huit heures.\n",
            "Il a entendu le rapport de la commission\n",
            "des travaux publics sur la route du lac.\n",
            "Ont été nommés au bureau de la commission\n",
            "Aldo Bianchi, Ugo Ferrari et Paolo\n",
            "Rossi, tous trois conseillers.\n",
            "DERNIÈRES NOUVELLES\n",
            "La séance du conseil a été levée\n",
            "à dix heures, après un long débat.\n",
            "Un vote aura lieu\n",
            "dimanche prochain dans toutes les communes."
        ),
        ["B DERNIÈRES NOUVELLES"]
    );
    case!(
        heading_after_a_finished_sentence,
        format!("{PROSE}\nle texte sera publié demain.\nLA SESSION D'AUTOMNE\n{MORE}"),
        ["B LA SESSION D'AUTOMNE"]
    );
    case!(
        slash_in_prose_is_no_credit,
        format!("{PROSE}\nLa ligne Paris/Lyon restera fermée jusqu'à lundi, a indiqué la SNCF."),
        []
    );
    case!(
        account_word_in_prose_is_no_notice,
        format!(
            "{PROSE}\nSi vous prenez le train, la connexion à Lyon est supprimée jusqu'en mars."
        ),
        []
    );
    case!(empty, "", []);

    /// The words the rules read in `text`.
    fn words_of(text: &str) -> Vec<String> {
        let folded = fold(text);
        let words = Words::new(text, &folded);
        line_words(&words.folded, 0..words.len())
            .map(String::from)
            .collect()
    }

    #[test]
    fn line_words_join_elisions_and_trim_joiners() {
        let found = words_of("L’État -- a-t-il 'dit' x2, ça\u{a0}va. aujourd'hui- d'");
        assert_eq!(
            found,
            [
                "l'etat",
                "a-t-il",
                "dit",
                "x2",
                "ca",
                "va",
                "aujourd'hui",
                "d"
            ]
        );
    }

    /// [`line_words`] as defined on the folded text: letters and digits, joined by single
    /// hyphens and apostrophes.
    fn line_words_by_chars(folded: &str) -> Vec<String> {
        let word = regex::Regex::new(r"[\p{Alphabetic}\p{Nd}]+(?:['-][\p{Alphabetic}\p{Nd}]+)*")
            .expect("a valid pattern");
        word.find_iter(folded)
            .map(|m| m.as_str().to_string())
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn line_words_agree_with_their_definition(text in "[a-z0-9 '\\-.,«»éœ×😀\n]{0,30}") {
            proptest::prop_assert_eq!(words_of(&text), line_words_by_chars(&fold(&text).text));
        }
    }

    #[test]
    fn repeats_are_warned_and_counted() {
        let text = format!("{PROSE}\n{PROSE}\nImprimer");
        let cleaned = clean_text(&text);
        assert_eq!(
            cleaned.warnings,
            vec!["repeat: paragraph 2 repeats paragraph 1"]
        );
        assert_eq!(
            cleaned.boilerplate_chars(&text),
            PROSE.chars().count() + "Imprimer".len()
        );
        assert_eq!(cleaned.excluded().len(), 2);
    }
}
