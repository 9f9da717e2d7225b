//! Quote marks: article text and paragraphs → the outermost pairs of « », “ ” and "…", in one
//! linear pass. Inner quotes (“ ” or ‹ › inside « », ‘ ’ anywhere, and « » inside « », as
//! in « Il m'a dit : « Non » ») stay inside their pair. A quotation that runs over several
//! paragraphs, French style, reopens with « (or ») at the start of each, or reopens none and
//! closes in a later paragraph: the pieces become one pair with breaks. An unclosed or stray
//! mark costs at most the quotation it touches: an opener never closed runs to the end of its
//! paragraph if nothing else is quoted after it there, and gives way to the pairs inside it
//! otherwise.

use std::ops::Range;

use crate::spans::trim;

/// One outermost pair of marks: byte offsets of the opening and closing marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub open: usize,
    /// The closing mark, or the end of the paragraph where an opener was never closed.
    pub close: usize,
    /// Whether a closing mark ends the quotation.
    pub closed: bool,
    /// Where the quotation leaves off at a paragraph end and where it takes up again.
    breaks: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Guillemet,
    Curly,
    Straight,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    at: usize,
}

/// How deep « » nest in « » before a new « reads as a stray one's replacement: this
/// bounds the marks open at once, whatever the text.
const MAX_NESTING: usize = 3;

/// How many paragraphs a quotation that reopens none may run into before it closes.
const UNMARKED_PARAGRAPHS: usize = 3;

impl Pair {
    /// The quoted text between the marks, trimmed; `None` if there is none.
    pub fn content(&self, text: &str) -> Option<Range<usize>> {
        let start = self.open + text[self.open..].chars().next().map_or(1, char::len_utf8);
        trim(text, start..self.close)
    }

    /// The pieces of the quotation, one per paragraph it covers, each trimmed.
    pub fn parts(&self, text: &str) -> Vec<Range<usize>> {
        let Some(content) = self.content(text) else {
            return Vec::new();
        };
        let mut parts = Vec::new();
        let mut start = content.start;
        for &(end, next) in &self.breaks {
            parts.extend(trim(text, start..end));
            start = next;
        }
        parts.extend(trim(text, start..content.end));
        parts
    }
}

/// The outermost pairs of marks in `text`, in order.
pub fn pair(text: &str, paragraphs: &[Range<usize>]) -> Vec<Pair> {
    let mut pairing = Pairing::default();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.clone()];
        let mut from = 0;
        // A paragraph that takes up a quotation left open by the one before, reopening it
        // with a mark or not.
        if let Some(open) = pairing.stack.first() {
            if reopens(open.kind, body) {
                from = body.chars().next().map_or(1, char::len_utf8);
            }
            let end_of_last = paragraphs[index - 1].end;
            pairing.breaks.push((end_of_last, paragraph.start + from));
        }
        // Every mark starts with one of these bytes (« and » with C2, “ and ” with E2): the
        // text between is skipped unread.
        for offset in memchr::memchr3_iter(b'"', 0xC2, 0xE2, &body.as_bytes()[from..]) {
            let offset = from + offset;
            let at = paragraph.start + offset;
            match body[offset..].chars().next() {
                Some('«') => pairing.open(Kind::Guillemet, at),
                Some('“') => pairing.open(Kind::Curly, at),
                Some('»') => pairing.close(Kind::Guillemet, at),
                Some('”') => pairing.close(Kind::Curly, at),
                Some('"') => {
                    // Right after a reopening mark reads as after a space.
                    let previous = if offset == from && from > 0 {
                        Some(' ')
                    } else {
                        body[..offset].chars().next_back()
                    };
                    let next = body[offset + 1..].chars().next();
                    let is_open = pairing.stack.iter().any(|o| o.kind == Kind::Straight);
                    let after_space =
                        previous.is_none_or(|p| p.is_whitespace() || "([«“'’-–—".contains(p));
                    let before_space = next.is_none_or(|n| n.is_whitespace());
                    // After a figure, the sign of inches or seconds ("un écran de 17".").
                    let unit = previous.is_some_and(|p| p.is_ascii_digit());
                    if is_open && !after_space {
                        pairing.close(Kind::Straight, at);
                    } else if !before_space && !unit {
                        pairing.open(Kind::Straight, at);
                    } else if is_open {
                        pairing.close(Kind::Straight, at);
                    }
                }
                _ => {}
            }
        }
        let carried = pairing.carried(text, &paragraphs[index + 1..]);
        if !carried {
            pairing.end_paragraph(paragraph.end);
        }
    }
    pairing.pairs
}

/// Whether `body`, a paragraph, opens with the mark that takes up a quotation of `kind`.
fn reopens(kind: Kind, body: &str) -> bool {
    match kind {
        Kind::Guillemet => body.starts_with(['«', '»']),
        Kind::Curly => body.starts_with('“'),
        Kind::Straight => false,
    }
}

/// Whether the quotation of `kind` left open goes on in the paragraphs `next`, reopening
/// none: the first mark of either kind in them closes it, and none of them is a line of
/// dialogue (a novel opens « before its dashed lines and closes it after the last).
fn closes_later(kind: Kind, text: &str, next: &[Range<usize>]) -> bool {
    let (opener, closer) = match kind {
        Kind::Guillemet => ('«', '»'),
        Kind::Curly => ('“', '”'),
        Kind::Straight => return false,
    };
    for paragraph in next.iter().take(UNMARKED_PARAGRAPHS) {
        let body = &text[paragraph.clone()];
        if body.starts_with(['—', '–', '-']) {
            return false;
        }
        if let Some(at) = body.find([opener, closer]) {
            return body[at..].starts_with(closer);
        }
    }
    false
}

/// The marks open so far and the pairs found.
#[derive(Default)]
struct Pairing {
    pairs: Vec<Pair>,
    stack: Vec<Open>,
    breaks: Vec<(usize, usize)>,
    /// Pairs closed inside a mark still open, the outermost of them only: nested in it if
    /// it closes, the quotations themselves if it turns out stray.
    inner: Vec<(Kind, Pair)>,
}

impl Pairing {
    fn open(&mut self, kind: Kind, at: usize) {
        // French nests « » in « »; of the other kinds (and past a few « deep), a second
        // opener means the one before was stray, so it gives way, and with the outermost go
        // the paragraph breaks it had.
        let open_of_kind = self.stack.iter().filter(|o| o.kind == kind).count();
        let nests = kind == Kind::Guillemet && open_of_kind < MAX_NESTING;
        if !nests {
            if let Some(same) = self.stack.iter().rposition(|o| o.kind == kind) {
                self.stack.truncate(same);
                if same == 0 {
                    self.breaks.clear();
                    self.flush();
                }
            }
        }
        self.stack.push(Open { kind, at });
    }

    fn close(&mut self, kind: Kind, at: usize) {
        let Some(index) = self.stack.iter().rposition(|o| o.kind == kind) else {
            return; // a stray closer
        };
        let opened = self.stack[index];
        self.stack.truncate(index);
        if self.stack.is_empty() {
            self.inner.clear();
            self.pairs.push(Pair {
                open: opened.at,
                close: at,
                closed: true,
                breaks: std::mem::take(&mut self.breaks),
            });
        } else {
            // The pairs closed inside this one are nested in it.
            let nested = self.inner.partition_point(|(_, p)| p.open < opened.at);
            self.inner.truncate(nested);
            let breaks = self
                .breaks
                .iter()
                .copied()
                .filter(|&(end, next)| end > opened.at && next < at)
                .collect();
            let pair = Pair {
                open: opened.at,
                close: at,
                closed: true,
                breaks,
            };
            self.inner.push((kind, pair));
        }
    }

    /// Whether the one quotation open at the end of a paragraph goes on in the next ones
    /// (`next`): not when a quotation of its kind was closed inside it, which says it was
    /// stray.
    fn carried(&self, text: &str, next: &[Range<usize>]) -> bool {
        self.lone_open().is_some_and(|open| {
            next.first().is_some_and(|body| {
                reopens(open.kind, &text[body.clone()]) || closes_later(open.kind, text, next)
            })
        })
    }

    /// The one mark still open, unless a quotation of its kind was closed inside it, which
    /// says it was stray.
    fn lone_open(&self) -> Option<Open> {
        let [open] = self.stack[..] else {
            return None;
        };
        let stray = self.inner.iter().any(|(kind, _)| *kind == open.kind);
        (!stray).then_some(open)
    }

    /// A paragraph ends with marks still open: a lone opener of « or “ with no quotation
    /// of its kind after it runs to the paragraph's end (`end`), the pairs inside it nested;
    /// any other is stray, and the pairs inside it stand alone.
    fn end_paragraph(&mut self, end: usize) {
        if let Some(open) = self.lone_open() {
            if open.kind != Kind::Straight {
                self.inner.clear();
                self.pairs.push(Pair {
                    open: open.at,
                    close: end,
                    closed: false,
                    breaks: std::mem::take(&mut self.breaks),
                });
            }
        }
        self.stack.clear();
        self.breaks.clear();
        self.flush();
    }

    /// The pairs closed inside marks that turned out stray, now quotations of their own.
    fn flush(&mut self) {
        self.pairs
            .extend(self.inner.drain(..).map(|(_, pair)| pair));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quoted(text: &str) -> Vec<String> {
        pair(text, &paragraphs(text))
            .iter()
            .filter(|p| p.content(text).is_some())
            .map(|p| {
                p.parts(text)
                    .into_iter()
                    .map(|r| &text[r])
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($quote:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(quoted($text), vec![$($quote.to_string()),*] as Vec<String>);
            }
        };
    }

    case!(guillemets, "Il a dit « oui » et «non».", ["oui", "non"]);
    case!(nbsp_inside, "«\u{a0}Oui\u{202f}», dit-il.", ["Oui"]);
    case!(
        curly,
        "“La collaboration”, déclare-t-elle.",
        ["La collaboration"]
    );
    case!(
        straight,
        "\"Aucun pays\", a dit M. X. Le \"cloud\" aussi.",
        ["Aucun pays", "cloud"]
    );
    case!(
        nested_curly,
        "« Il a dit “non” hier »",
        ["Il a dit “non” hier"]
    );
    case!(
        nested_single,
        "« Le ‘Global’ complexe »",
        ["Le ‘Global’ complexe"]
    );
    case!(stray_opener, "« perdu. Puis « trouvé » fin.", ["trouvé"]);
    case!(stray_closer, "Fin » puis « oui ».", ["oui"]);
    case!(
        unclosed_runs_to_paragraph_end,
        "« jamais fermé.\nPuis « autre » ici.",
        ["jamais fermé.", "autre"]
    );
    case!(
        over_paragraphs,
        "« Premier point.\n« Second point. »\nSuite.",
        ["Premier point. | Second point."]
    );
    case!(empty_pair, "« » puis « x »", ["x"]);
    case!(
        stray_opener_after_reopening,
        "« Un.\n« Deux « trois » fin.",
        ["trois"]
    );
    case!(
        opener_ends_paragraph,
        "Il dit : «\n« Bien sûr. »",
        ["Bien sûr."]
    );
    case!(reopened_then_closed_at_once, "« Oui.\n« »", ["Oui."]);
    case!(apostrophe_is_not_a_mark, "l’accès à l’État", []);
    case!(
        inches_are_not_a_mark,
        "Un écran de 15\" et un de 17\". « Pas sérieux », dit-il. \"Le score : 3-1\" fin.",
        ["Pas sérieux", "Le score : 3-1"]
    );
    case!(
        guillemets_nested_in_guillemets,
        "« Il m'a dit : « Pars demain ». Je suis parti », raconte-t-il. « Oui », dit-elle.",
        ["Il m'a dit : « Pars demain ». Je suis parti", "Oui"]
    );
    case!(
        stray_opener_before_two_pairs,
        "Le « plan. Il a dit « oui » puis « non » hier.",
        ["oui", "non"]
    );
    case!(
        unclosed_opener_holding_a_pair_of_another_kind,
        "Il a dit : « Le “plan” est prêt.\nSuite.",
        ["Le “plan” est prêt."]
    );
    case!(
        over_paragraphs_reopening_none,
        "Il a dit : « Premier point.\nSecond point.\nTroisième point. »\nSuite « ici ».",
        ["Premier point. | Second point. | Troisième point.", "ici"]
    );
    case!(
        unmarked_run_stops_at_a_new_opener,
        "« Premier point.\nSecond « point » ici.",
        ["Premier point.", "point"]
    );
    case!(
        unmarked_run_stops_at_dialogue_lines,
        "« Bonjour, dit-il.\n— Bonjour.\n— Au revoir. »",
        ["Bonjour, dit-il."]
    );
    case!(
        stray_opener_is_no_quotation_going_on,
        "Le « plan. Il a dit « oui » hier.\n« Non », dit-elle.",
        ["oui", "Non"]
    );

    #[test]
    fn ten_thousand_openers_cost_linear_time() {
        let text = "« ".repeat(10_000) + "fin » et « oui ».";
        let found = quoted(&text);
        assert_eq!(found, vec!["fin", "oui"]);
    }
}
