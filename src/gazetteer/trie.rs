//! A byte trie of the folded forms, for the pipeline's anchored searches: the longest form
//! that starts at a given offset. An Aho-Corasick automaton answers the same question, but
//! building one spends most of its time on failure links that an anchored search never
//! follows, and that was most of the start-up; this trie is built from the sorted forms in a
//! single pass.

/// No form ends at this node; no table of children for it.
const NONE: u32 = u32::MAX;

/// Nodes of more children than this have a table of them by byte ([`Trie::wide`]): a
/// hundred or so near the root, where a scan through dozens of labels cost more than the
/// rest of a search.
const WIDE: u32 = 8;

/// One node: its children are nodes `first..first + len`, in increasing order of the byte
/// that leads to each ([`Trie::labels`]).
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    len: u32,
    /// The form that ends here, or [`NONE`].
    form: u32,
    /// Its table of children in [`Trie::wide`], or [`NONE`].
    wide: u32,
}

#[derive(Debug, Clone)]
pub struct Trie {
    nodes: Vec<Node>,
    /// The byte that leads to each node from its parent (0 for the root).
    labels: Vec<u8>,
    /// The root's child for each byte, or [`NONE`]: every search starts there, and the root
    /// has most children.
    root: Box<[u32; 256]>,
    /// For each node of more than [`WIDE`] children, its child for each byte as an offset
    /// from its first one, plus one (0: none).
    wide: Vec<[u8; 256]>,
}

impl Trie {
    /// The trie of `forms`; a match names a form by its index in `forms`. Of equal forms, the
    /// first is the one named.
    pub fn new(forms: &[String]) -> Trie {
        let mut order: Vec<u32> = (0..forms.len() as u32).collect();
        // Stable: equal forms stay in index order.
        order.sort_by(|&a, &b| {
            forms[a as usize]
                .as_bytes()
                .cmp(forms[b as usize].as_bytes())
        });
        let form = |k: usize| forms[order[k] as usize].as_bytes();
        let mut trie = Trie {
            nodes: vec![Node {
                first: 0,
                len: 0,
                form: NONE,
                wide: NONE,
            }],
            labels: vec![0],
            root: Box::new([NONE; 256]),
            wide: Vec::new(),
        };
        // Breadth first: a node's children are made together, so they sit side by side. Each
        // entry is a node, the range of sorted forms that pass through it, and its depth.
        let mut queue = std::collections::VecDeque::from([(0usize, 0usize, forms.len(), 0usize)]);
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            // The forms that end here sort first among those passing through.
            if lo < hi && form(lo).len() == depth {
                trie.nodes[node].form = order[lo];
                while lo < hi && form(lo).len() == depth {
                    lo += 1;
                }
            }
            trie.nodes[node].first = trie.nodes.len() as u32;
            while lo < hi {
                let byte = form(lo)[depth];
                let mut end = lo + 1;
                while end < hi && form(end)[depth] == byte {
                    end += 1;
                }
                queue.push_back((trie.nodes.len(), lo, end, depth + 1));
                trie.nodes.push(Node {
                    first: 0,
                    len: 0,
                    form: NONE,
                    wide: NONE,
                });
                trie.labels.push(byte);
                lo = end;
            }
            trie.nodes[node].len = trie.nodes.len() as u32 - trie.nodes[node].first;
        }
        let root = trie.nodes[0];
        for child in root.first..root.first + root.len {
            trie.root[usize::from(trie.labels[child as usize])] = child;
        }
        for node in &mut trie.nodes[1..] {
            if node.len > WIDE {
                let mut table = [0; 256];
                for offset in 0..node.len {
                    let label = trie.labels[(node.first + offset) as usize];
                    // At most 256 children, one a byte: the offset plus one fits a byte.
                    table[usize::from(label)] = (offset + 1) as u8;
                }
                node.wide = trie.wide.len() as u32;
                trie.wide.push(table);
            }
        }
        trie
    }

    /// The longest form that `text[start..]` starts with: its end and its index.
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut found = match self.nodes[0].form {
            NONE => None,
            form => Some((start, form as usize)),
        };
        let rest = text.get(start..)?;
        let Some((&first, rest)) = rest.split_first() else {
            return found;
        };
        let mut node = self.root[usize::from(first)];
        if node == NONE {
            return found;
        }
        let mut end = start + 1;
        let mut rest = rest.iter();
        loop {
            let here = self.nodes[node as usize];
            if here.form != NONE {
                found = Some((end, here.form as usize));
            }
            let Some(&byte) = rest.next() else { break };
            node = if here.wide != NONE {
                match self.wide[here.wide as usize][usize::from(byte)] {
                    0 => break,
                    offset => here.first + u32::from(offset) - 1,
                }
            } else {
                let children = &self.labels[here.first as usize..(here.first + here.len) as usize];
                match children.iter().position(|&label| label >= byte) {
                    Some(i) if children[i] == byte => here.first + i as u32,
                    _ => break,
                }
            };
            end += 1;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(forms: &[&str]) -> Trie {
        Trie::new(&forms.iter().map(|f| f.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn longest_form_at_a_start() {
        let t = trie(&["paris", "universite de paris", "universite", "pa"]);
        let text = b"universite de paris et paris";
        assert_eq!(t.longest_at(text, 0), Some((19, 1)));
        assert_eq!(t.longest_at(text, 14), Some((19, 0)));
        assert_eq!(t.longest_at(text, 20), None);
        assert_eq!(t.longest_at(b"universite du maine", 0), Some((10, 2)));
        assert_eq!(t.longest_at(b"pau", 0), Some((2, 3)));
        assert_eq!(t.longest_at(b"p", 0), None);
        assert_eq!(t.longest_at(b"paris", 5), None);
    }

    #[test]
    fn equal_forms_name_the_first() {
        let t = trie(&["lyon", "lille", "lyon"]);
        assert_eq!(t.longest_at(b"lyon", 0), Some((4, 0)));
    }
}
