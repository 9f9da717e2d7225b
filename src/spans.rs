//! Span helpers shared by the stages: questions about sorted, non-overlapping byte ranges,
//! answered by binary search so that each costs the same however many regions there are.

use std::ops::Range;

/// `range` without leading and trailing white space, or `None` if nothing is left.
pub fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    if range.start >= range.end {
        return None;
    }
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

/// Whether `span` lies wholly inside one of `regions` (sorted by start, non-overlapping).
pub fn inside(regions: &[Range<usize>], span: &Range<usize>) -> bool {
    let index = regions.partition_point(|r| r.start <= span.start);
    index > 0 && span.end <= regions[index - 1].end
}

/// Whether byte `at` falls inside one of `regions` (sorted by start, non-overlapping).
pub fn contains(regions: &[Range<usize>], at: usize) -> bool {
    let index = regions.partition_point(|r| r.start <= at);
    index > 0 && at < regions[index - 1].end
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! case {
        ($name:ident, $span:expr, $inside:expr) => {
            #[test]
            fn $name() {
                let regions = [2..5, 10..20];
                assert_eq!(inside(&regions, &$span), $inside);
            }
        };
    }

    case!(before_all, 0..1, false);
    case!(within_first, 2..5, true);
    case!(straddles, 4..11, false);
    case!(within_second, 12..13, true);
    case!(after_all, 20..21, false);

    #[test]
    fn points() {
        let regions = [2..5, 10..20];
        assert!(!contains(&regions, 1));
        assert!(contains(&regions, 2));
        assert!(!contains(&regions, 5));
        assert!(contains(&regions, 19));
        assert!(!contains(&[], 0));
    }
}
