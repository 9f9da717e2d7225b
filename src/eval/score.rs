//! Counting: gold and predicted spans as plain data → matches, true positives, false
//! positives and false negatives → precision, recall, F1. Two matchers live here, so each can
//! be tested on hand-made spans without the pipeline:
//!
//! - [`pair_entities`]: the HIPE-2022 strict/fuzzy pairing of typed token spans;
//! - [`match_greedy`]: the Gender Gap Tracker's greedy one-to-one matching of quotations by the
//!   share of the gold quotation's characters a prediction covers.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;
use serde_json::{json, Value};

use crate::mention::EntityType;

/// Counts of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

/// Precision, recall and F1, each 0 when undefined.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    pub fn prf(&self) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.tp, self.tp + self.fp);
        let recall = ratio(self.tp, self.tp + self.fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    /// How many predictions were counted (HIPE's "actual").
    pub fn predicted(&self) -> usize {
        self.tp + self.fp
    }

    /// How many gold items were counted (HIPE's "possible").
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// The figures as JSON: `precision`, `recall`, `f1`, and the counts behind them.
    pub fn to_json(&self) -> Value {
        let prf = self.prf();
        json!({
            "precision": prf.precision,
            "recall": prf.recall,
            "f1": prf.f1,
            "correct": self.tp,
            "predicted": self.predicted(),
            "gold": self.gold(),
        })
    }
}

/// A typed entity over a range of token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityType,
    pub tokens: Range<usize>,
}

/// How one prediction or one gold entity fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Same tokens, same type: correct in both regimes.
    Correct,
    /// Same type, other tokens: strict incorrect, fuzzy correct.
    Boundary,
    /// Overlapping (or same tokens) but another type: incorrect in both regimes.
    WrongType,
    /// A prediction that reached no gold entity.
    Spurious,
    /// A gold entity no prediction reached.
    Missed,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Boundary => "boundary",
            Verdict::WrongType => "type",
            Verdict::Spurious => "spurious",
            Verdict::Missed => "missed",
        }
    }
}

/// One outcome: indices into the gold and predicted slices given to [`pair_entities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pairing {
    pub gold: Option<usize>,
    pub pred: Option<usize>,
    pub verdict: Verdict,
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Pairs the predictions of one document with its gold entities as the HIPE-2022 scorer
/// does. Taking predictions in text order: an exact match (tokens and type) is correct;
/// otherwise the first gold entity in text order that has the same tokens or overlaps, and
/// is not yet paired, is paired with it (same type: a boundary error, other type: a type
/// error); otherwise the prediction is spurious. Unpaired gold entities are missed. The
/// pairing is greedy and one-to-one, so every prediction and every gold entity appears once.
pub fn pair_entities(gold: &[Entity], pred: &[Entity]) -> Vec<Pairing> {
    let by_start = |items: &[Entity]| {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| (items[i].tokens.start, items[i].tokens.end));
        order
    };
    let gold_order = by_start(gold);
    let mut paired = vec![false; gold.len()];
    let mut out = Vec::with_capacity(gold.len() + pred.len());
    for p in by_start(pred) {
        let guess = &pred[p];
        let exact = gold_order
            .iter()
            .copied()
            .find(|&g| gold[g].kind == guess.kind && gold[g].tokens == guess.tokens);
        let (gold_index, verdict) = if let Some(g) = exact {
            (Some(g), Verdict::Correct)
        } else if let Some(g) = gold_order.iter().copied().find(|&g| {
            !paired[g]
                && (gold[g].tokens == guess.tokens || overlaps(&gold[g].tokens, &guess.tokens))
        }) {
            let verdict = if gold[g].kind == guess.kind {
                Verdict::Boundary
            } else {
                Verdict::WrongType
            };
            (Some(g), verdict)
        } else {
            (None, Verdict::Spurious)
        };
        if let Some(g) = gold_index {
            paired[g] = true;
        }
        out.push(Pairing {
            gold: gold_index,
            pred: Some(p),
            verdict,
        });
    }
    out.extend(
        gold_order
            .into_iter()
            .filter(|&g| !paired[g])
            .map(|g| Pairing {
                gold: Some(g),
                pred: None,
                verdict: Verdict::Missed,
            }),
    );
    out
}

/// Strict and fuzzy counts of one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Regimes {
    pub strict: Counts,
    pub fuzzy: Counts,
}

impl Regimes {
    pub fn add(&mut self, other: Regimes) {
        self.strict.add(other.strict);
        self.fuzzy.add(other.fuzzy);
    }
}

/// Adds the outcomes of [`pair_entities`] to per-type counts, the HIPE way: correct,
/// incorrect and missed are booked to the gold entity's type, spurious to the predicted type.
/// An incorrect pairing is one false positive and one false negative of that regime.
pub fn tally(
    gold: &[Entity],
    pred: &[Entity],
    pairings: &[Pairing],
    into: &mut BTreeMap<EntityType, Regimes>,
) {
    const HIT: Counts = Counts {
        tp: 1,
        fp: 0,
        fn_: 0,
    };
    const WRONG: Counts = Counts {
        tp: 0,
        fp: 1,
        fn_: 1,
    };
    for pairing in pairings {
        let (kind, strict, fuzzy) = match (pairing.verdict, pairing.gold, pairing.pred) {
            (Verdict::Correct, Some(g), _) => (gold[g].kind, HIT, HIT),
            (Verdict::Boundary, Some(g), _) => (gold[g].kind, WRONG, HIT),
            (Verdict::WrongType, Some(g), _) => (gold[g].kind, WRONG, WRONG),
            (Verdict::Missed, Some(g), _) => {
                let missed = Counts {
                    fn_: 1,
                    ..Counts::default()
                };
                (gold[g].kind, missed, missed)
            }
            (Verdict::Spurious, _, Some(p)) => {
                let spurious = Counts {
                    fp: 1,
                    ..Counts::default()
                };
                (pred[p].kind, spurious, spurious)
            }
            // pair_entities never builds another combination.
            _ => continue,
        };
        into.entry(kind).or_default().add(Regimes { strict, fuzzy });
    }
}

/// Sorted, merged, non-empty ranges: a set of character positions.
pub fn normalise(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| r.start < r.end);
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// How many positions two normalised sets share.
pub fn shared(a: &[Range<usize>], b: &[Range<usize>]) -> usize {
    let (mut i, mut j, mut total) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let start = a[i].start.max(b[j].start);
        let end = a[i].end.min(b[j].end);
        total += end.saturating_sub(start);
        if a[i].end < b[j].end {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}

fn size(set: &[Range<usize>]) -> usize {
    set.iter().map(|r| r.len()).sum()
}

/// The share of `gold`'s positions that `pred` covers (0 for an empty gold).
pub fn coverage(gold: &[Range<usize>], pred: &[Range<usize>]) -> f64 {
    match size(gold) {
        0 => 0.0,
        n => shared(gold, pred) as f64 / n as f64,
    }
}

/// When a prediction matches a gold quotation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Criterion {
    /// The same characters exactly.
    Exact,
    /// It covers at least this share of the gold characters.
    Covers(f64),
}

/// Greedy one-to-one matching (the Gender Gap Tracker's): each gold set in order takes, among
/// the predictions not yet taken, the one that covers most of it (the first on a tie), if it
/// meets `criterion`. Sets must be [`normalise`]d. Returns, for each gold set, the index of
/// its prediction.
pub fn match_greedy(
    gold: &[Vec<Range<usize>>],
    pred: &[Vec<Range<usize>>],
    criterion: Criterion,
) -> Vec<Option<usize>> {
    let mut taken = vec![false; pred.len()];
    gold.iter()
        .map(|g| {
            let mut best: Option<(usize, f64)> = None;
            for (p, candidate) in pred.iter().enumerate() {
                if taken[p] {
                    continue;
                }
                let score = coverage(g, candidate);
                let meets = match criterion {
                    Criterion::Exact => !g.is_empty() && g == candidate,
                    Criterion::Covers(share) => score > 0.0 && score >= share,
                };
                if meets && best.is_none_or(|(_, s)| score > s) {
                    best = Some((p, score));
                }
            }
            let (p, _) = best?;
            taken[p] = true;
            Some(p)
        })
        .collect()
}

#[cfg(test)]
// Arrays of ranges are sets of positions here, not ranges to collect.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use EntityType::{Loc, Org, Per};

    #[test]
    fn worked_by_hand() {
        let prf = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        }
        .prf();
        assert_eq!(prf.precision, 0.75);
        assert_eq!(prf.recall, 0.6);
        assert!((prf.f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }

    #[test]
    fn empty_is_zero_not_nan() {
        assert_eq!(Counts::default().prf(), Prf::default());
    }

    fn e(kind: EntityType, tokens: Range<usize>) -> Entity {
        Entity { kind, tokens }
    }

    /// The verdicts in the order pair_entities gives them (predictions, then missed gold).
    fn verdicts(gold: &[Entity], pred: &[Entity]) -> Vec<&'static str> {
        pair_entities(gold, pred)
            .iter()
            .map(|p| p.verdict.label())
            .collect()
    }

    macro_rules! case {
        ($name:ident, gold: [$($g:expr),*], pred: [$($p:expr),*], $verdicts:expr) => {
            #[test]
            fn $name() {
                assert_eq!(verdicts(&[$($g),*], &[$($p),*]), $verdicts);
            }
        };
    }

    case!(exact, gold: [e(Per, 0..2)], pred: [e(Per, 0..2)], ["correct"]);
    case!(shorter, gold: [e(Per, 0..2)], pred: [e(Per, 1..2)], ["boundary"]);
    case!(other_type_same_tokens, gold: [e(Org, 3..5)], pred: [e(Loc, 3..5)], ["type"]);
    case!(other_type_overlap, gold: [e(Org, 3..5)], pred: [e(Loc, 4..6)], ["type"]);
    case!(touching_is_no_overlap, gold: [e(Per, 0..2)], pred: [e(Per, 2..3)],
          ["spurious", "missed"]);
    case!(empty_prediction, gold: [e(Per, 0..1), e(Loc, 5..6)], pred: [],
          ["missed", "missed"]);
    case!(empty_gold, gold: [], pred: [e(Loc, 5..6)], ["spurious"]);
    // Two pieces of one name: the first takes the gold entity, the second finds none left.
    case!(split_name, gold: [e(Per, 0..2)], pred: [e(Per, 0..1), e(Per, 1..2)],
          ["boundary", "spurious"]);
    // A long prediction reaches the first gold entity it overlaps only.
    case!(one_over_two, gold: [e(Per, 0..1), e(Loc, 2..3)], pred: [e(Loc, 0..3)],
          ["type", "missed"]);
    // Predictions are taken in text order whatever order they come in.
    case!(unsorted, gold: [e(Loc, 4..5), e(Per, 0..1)], pred: [e(Loc, 4..5), e(Per, 0..2)],
          ["boundary", "correct"]);

    #[test]
    fn booking_follows_hipe() {
        // gold: PER 0..2, ORG 3..5, LOC 8..9; pred: PER 0..1 (boundary), LOC 3..5 (type),
        // ORG 6..7 (spurious); LOC 8..9 missed.
        let gold = [e(Per, 0..2), e(Org, 3..5), e(Loc, 8..9)];
        let pred = [e(Per, 0..1), e(Loc, 3..5), e(Org, 6..7)];
        let mut by_type = BTreeMap::new();
        tally(&gold, &pred, &pair_entities(&gold, &pred), &mut by_type);
        let c = |tp, fp, fn_| Counts { tp, fp, fn_ };
        // PER: strict incorrect (fp+fn), fuzzy correct.
        assert_eq!(by_type[&Per].strict, c(0, 1, 1));
        assert_eq!(by_type[&Per].fuzzy, c(1, 0, 0));
        // ORG: the LOC prediction on it is booked to ORG; the spurious ORG too.
        assert_eq!(by_type[&Org].strict, c(0, 2, 1));
        assert_eq!(by_type[&Org].fuzzy, c(0, 2, 1));
        // LOC: only its missed gold.
        assert_eq!(by_type[&Loc].strict, c(0, 0, 1));
        let mut micro = Regimes::default();
        by_type.values().for_each(|r| micro.add(*r));
        // Actual = 3 predictions, possible = 3 gold entities.
        assert_eq!((micro.strict.predicted(), micro.strict.gold()), (3, 3));
        assert_eq!((micro.fuzzy.tp, micro.fuzzy.predicted()), (1, 3));
    }

    fn set(ranges: &[Range<usize>]) -> Vec<Range<usize>> {
        normalise(ranges.to_vec())
    }

    #[test]
    fn sets_merge_and_share() {
        assert_eq!(set(&[5..8, 0..2, 1..3, 4..4]), vec![0..3, 5..8]);
        assert_eq!(shared(&set(&[0..10]), &set(&[2..4, 8..12])), 4);
        assert_eq!(coverage(&set(&[0..10]), &set(&[5..20])), 0.5);
        assert_eq!(coverage(&[], &set(&[5..20])), 0.0);
    }

    macro_rules! quotes {
        ($name:ident, gold: [$($g:expr),*], pred: [$($p:expr),*], $criterion:expr, $matched:expr) => {
            #[test]
            fn $name() {
                let gold: Vec<_> = [$(set(&$g)),*].to_vec();
                let pred: Vec<_> = [$(set(&$p)),*].to_vec();
                assert_eq!(match_greedy(&gold, &pred, $criterion), $matched);
            }
        };
    }

    quotes!(exact_hit, gold: [[0..10]], pred: [[0..10]], Criterion::Exact, vec![Some(0)]);
    quotes!(exact_longer_misses, gold: [[0..10]], pred: [[0..11]], Criterion::Exact, vec![None]);
    // A longer prediction covers all of the gold: a match by overlap.
    quotes!(longer_covers, gold: [[0..10]], pred: [[0..11]], Criterion::Covers(0.8),
            vec![Some(0)]);
    quotes!(partial_03, gold: [[0..10]], pred: [[7..20]], Criterion::Covers(0.3),
            vec![Some(0)]);
    quotes!(partial_08, gold: [[0..10]], pred: [[7..20]], Criterion::Covers(0.8), vec![None]);
    // Parts: the incise 4..6 is in neither; coverage counts the parts only (8 of 8).
    quotes!(parts, gold: [[0..4, 6..10]], pred: [[0..4, 6..10]], Criterion::Exact,
            vec![Some(0)]);
    // One prediction over two gold quotations is matched once; the best cover wins.
    quotes!(matched_twice, gold: [[0..10], [12..20]], pred: [[0..20]], Criterion::Covers(0.3),
            vec![Some(0), None]);
    quotes!(best_cover_wins, gold: [[0..10]], pred: [[0..4], [2..10]],
            Criterion::Covers(0.3), vec![Some(1)]);
    quotes!(no_prediction, gold: [[0..10]], pred: [], Criterion::Covers(0.3), vec![None]);
}
