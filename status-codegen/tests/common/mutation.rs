//! Mutations of a document for property tests: inserting one of a list of
//! snippets, deleting a run of bytes, duplicating a line, changing a byte.

use proptest::prelude::*;

/// One edit of a document.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Inserts snippet number `.1` at `.0` (modulo the length).
    Insert(usize, usize),
    /// Deletes up to `.1` bytes from `.0`.
    Delete(usize, usize),
    /// Duplicates the line holding `.0`.
    DuplicateLine(usize),
    /// Sets the byte at `.0` to `.1`.
    Byte(usize, u8),
}

/// Mutations with `snippets` snippets to insert.
pub fn mutation(snippets: usize) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 0..snippets).prop_map(|(at, s)| Mutation::Insert(at, s)),
        3 => (any::<usize>(), 0usize..64).prop_map(|(at, n)| Mutation::Delete(at, n)),
        2 => any::<usize>().prop_map(Mutation::DuplicateLine),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Byte(at, b)),
    ]
}

/// `doc` after `mutations`, whose insertions take their text from
/// `snippets`.
pub fn apply(mut doc: Vec<u8>, mutations: &[Mutation], snippets: &[&str]) -> Vec<u8> {
    for m in mutations {
        let len = doc.len();
        match *m {
            Mutation::Insert(at, s) => {
                let at = at % (len + 1);
                doc.splice(at..at, snippets[s].bytes());
            }
            Mutation::Delete(at, n) if len > 0 => {
                let at = at % len;
                doc.drain(at..(at + n).min(len));
            }
            Mutation::DuplicateLine(at) if len > 0 => {
                let at = at % len;
                let start = doc[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = doc[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |i| at + i + 1);
                let line = doc[start..end].to_vec();
                doc.splice(start..start, line);
            }
            Mutation::Byte(at, b) if len > 0 => doc[at % len] = b,
            _ => {}
        }
    }
    doc
}
