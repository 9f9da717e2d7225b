//! Quote marks: article text and paragraphs → the outermost pairs of « », “ ” and "…", in one
//! linear pass. Inner quotes (“ ” or ‹ › inside « », ‘ ’ anywhere) stay inside their pair.
//! A quotation that runs over several paragraphs, French style, reopens with « (or ») at
//! the start of each: the pieces become one pair with breaks. An unclosed or stray mark costs
//! at most the quotation it touches: an opener never closed is dropped at the end of its
//! paragraph, and a second opener of the same kind replaces the first.

use std::ops::Range;

use crate::spans::trim;

/// One outermost pair of marks: byte offsets of the opening and closing marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub open: usize,
    pub close: usize,
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
    let mut pairs = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.clone()];
        let mut from = 0;
        // A paragraph that reopens a quotation left open by the one before.
        if let Some(open) = stack.first() {
            let reopens = match open.kind {
                Kind::Guillemet => body.starts_with(['«', '»']),
                Kind::Curly => body.starts_with('“'),
                Kind::Straight => false,
            };
            if reopens {
                let end_of_last = paragraphs[index - 1].end;
                let mark = body.chars().next().map_or(1, char::len_utf8);
                breaks.push((end_of_last, paragraph.start + mark));
                from = mark;
            }
        }
        // Every mark starts with one of these bytes (« and » with C2, “ and ” with E2): the
        // text between is skipped unread.
        for offset in memchr::memchr3_iter(b'"', 0xC2, 0xE2, &body.as_bytes()[from..]) {
            let offset = from + offset;
            let at = paragraph.start + offset;
            match body[offset..].chars().next() {
                Some('«') => open(&mut stack, &mut breaks, Kind::Guillemet, at),
                Some('“') => open(&mut stack, &mut breaks, Kind::Curly, at),
                Some('»') => close(&mut stack, &mut breaks, &mut pairs, Kind::Guillemet, at),
                Some('”') => close(&mut stack, &mut breaks, &mut pairs, Kind::Curly, at),
                Some('"') => {
                    // Right after a reopening mark reads as after a space.
                    let previous = if offset == from && from > 0 {
                        Some(' ')
                    } else {
                        body[..offset].chars().next_back()
                    };
                    let next = body[offset + 1..].chars().next();
                    let is_open = stack.iter().any(|o| o.kind == Kind::Straight);
                    let after_space =
                        previous.is_none_or(|p| p.is_whitespace() || "([«“'’-–—".contains(p));
                    let before_space = next.is_none_or(|n| n.is_whitespace());
                    // After a figure, the sign of inches or seconds ("un écran de 17".").
                    let unit = previous.is_some_and(|p| p.is_ascii_digit());
                    if is_open && !after_space {
                        close(&mut stack, &mut breaks, &mut pairs, Kind::Straight, at);
                    } else if !before_space && !unit {
                        open(&mut stack, &mut breaks, Kind::Straight, at);
                    } else if is_open {
                        close(&mut stack, &mut breaks, &mut pairs, Kind::Straight, at);
                    }
                }
                _ => {}
            }
        }
        // Carry an open quotation over only if the next paragraph reopens it.
        let reopened = stack.len() == 1
            && paragraphs.get(index + 1).is_some_and(|next| {
                let body = &text[next.clone()];
                match stack[0].kind {
                    Kind::Guillemet => body.starts_with(['«', '»']),
                    Kind::Curly => body.starts_with('“'),
                    Kind::Straight => false,
                }
            });
        if !reopened {
            stack.clear();
            breaks.clear();
        }
    }
    pairs
}

fn open(stack: &mut Vec<Open>, breaks: &mut Vec<(usize, usize)>, kind: Kind, at: usize) {
    // French nests with other marks; a second opener of the same kind means the first was
    // stray, so it gives way, and with the outermost go the paragraph breaks it had.
    if let Some(same) = stack.iter().position(|o| o.kind == kind) {
        stack.truncate(same);
        if same == 0 {
            breaks.clear();
        }
    }
    stack.push(Open { kind, at });
}

fn close(
    stack: &mut Vec<Open>,
    breaks: &mut Vec<(usize, usize)>,
    pairs: &mut Vec<Pair>,
    kind: Kind,
    at: usize,
) {
    let Some(index) = stack.iter().rposition(|o| o.kind == kind) else {
        return; // a stray closer
    };
    let opened = stack[index];
    stack.truncate(index);
    if stack.is_empty() {
        pairs.push(Pair {
            open: opened.at,
            close: at,
            breaks: std::mem::take(breaks),
        });
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
        unclosed_costs_one,
        "« jamais fermé.\nPuis « autre » ici.",
        ["autre"]
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

    #[test]
    fn ten_thousand_openers_cost_linear_time() {
        let text = "« ".repeat(10_000) + "fin » et « oui ».";
        let found = quoted(&text);
        assert_eq!(found, vec!["fin", "oui"]);
    }
}
