//! Positions in a fact sheet: byte offsets as lines and columns the way editors show them (1-based,
//! columns in characters, a byte order mark not counted), and problems found at a byte located there.

use ron::error::Position;

use super::lex::memchr;
use crate::pack::{Problem, ProblemKind};

/// A problem found at a byte offset of the source, before it is given a line and column.
#[derive(Debug)]
pub(super) struct Found {
    /// The byte of the source the problem points at.
    pub(super) at: usize,
    /// Which kind of defect it is.
    pub(super) kind: ProblemKind,
    /// What is wrong and how to fix it.
    pub(super) message: String,
}

impl Found {
    /// The problem in file `name` whose text is `source`, at a 1-based line and a column counted in
    /// characters (a byte order mark at the start is not counted: editors do not show it).
    pub(super) fn locate(self, name: &str, source: &str) -> Problem {
        let mut at = self.at.min(source.len());
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        let before = &source[..at];
        let line = before.matches('\n').count() + 1;
        let last = before.rsplit('\n').next().unwrap_or("");
        let last = if line == 1 { last.trim_start_matches('\u{feff}') } else { last };
        let column = last.chars().count() + 1;
        Problem { file: name.to_string(), line, column, kind: self.kind, message: self.message }
    }
}

/// Converts a RON line and column (1-based, columns in characters) to a byte offset of `src`.
pub(super) fn offset_of(src: &str, pos: Position) -> usize {
    let mut line_start = 0;
    for _ in 1..pos.line {
        match memchr(b'\n', src.as_bytes(), line_start) {
            Some(nl) => line_start = nl + 1,
            None => return src.len(),
        }
    }
    let line = &src[line_start..];
    let line = &line[..memchr(b'\n', line.as_bytes(), 0).unwrap_or(line.len())];
    line_start + line.char_indices().nth(pos.col.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

/// Line number (1-based) of byte `at`.
pub(super) fn line_no(src: &str, at: usize) -> usize {
    src.as_bytes()[..at.min(src.len())].split(|&b| b == b'\n').count()
}

/// Column (1-based, in characters) of byte `at`.
fn column_no(src: &str, at: usize) -> usize {
    let at = at.min(src.len());
    let start = src.as_bytes()[..at].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    src.get(start..at).map_or(1, |s| s.trim_start_matches('\u{feff}').chars().count() + 1)
}

pub(super) fn where_(src: &str, at: usize) -> String {
    format!("line {}, column {}", line_no(src, at), column_no(src, at))
}
