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
        self.locate_in(name, &Lines::new(source))
    }

    /// [`Self::locate`] with the lines of the source already found, so locating every problem of a sheet
    /// costs a binary search each rather than a scan from the start of the file.
    pub(super) fn locate_in(self, name: &str, lines: &Lines) -> Problem {
        let (line, column) = lines.line_column(self.at);
        Problem { file: name.to_string(), line, column, kind: self.kind, message: self.message }
    }
}

/// Where each line of a source starts, found once, so that any byte's line and column take a binary
/// search and a walk along its own line (never a scan from the start of the file).
pub(super) struct Lines<'a> {
    src: &'a str,
    /// The byte each line starts at: 0, then the byte after each newline.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// The lines of `src`.
    pub(super) fn new(src: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(src.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1))
            .collect();
        Self { src, starts }
    }

    /// The 1-based line of byte `at` (the last line for an offset past the end).
    pub(super) fn line(&self, at: usize) -> usize {
        let at = at.min(self.src.len());
        self.starts.partition_point(|&s| s <= at).max(1)
    }

    /// The 1-based line and column (in characters, a byte order mark on the first line not counted) of
    /// byte `at`, moved back to the start of the character it falls inside.
    pub(super) fn line_column(&self, at: usize) -> (usize, usize) {
        let mut at = at.min(self.src.len());
        while !self.src.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.line(at);
        let last = &self.src[self.starts[line - 1]..at];
        let last = if line == 1 { last.trim_start_matches('\u{feff}') } else { last };
        (line, last.chars().count() + 1)
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
