//! The brackets of a fact sheet: how deep they nest, and, when they do not balance, which one was left
//! open, closed too early or never opened, told by the indentation of the lines around it.

use std::ops::Range;

use super::MAX_NESTING;
use super::lex::{Tok, Token, closer_of, memchr, token_at};
use super::position::{Lines, where_};

/// The opening bracket at which nesting first exceeds [`MAX_NESTING`].
pub(super) fn too_deep(code: &[Token]) -> Option<usize> {
    let mut depth = 0usize;
    for t in code {
        match t.tok {
            Tok::Open(_) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(t.start);
                }
            }
            Tok::Close(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// What a bracket opens, for messages.
#[derive(Debug, Clone)]
enum Label {
    /// The outermost parenthesis.
    Sheet,
    /// `Name(`: a claim or `Some(`.
    Named(Range<usize>),
    /// `field: [`.
    Field(Range<usize>),
    /// An element of the `entities`, `facts` or `topics` list.
    Item(&'static str),
    Bare,
}

#[derive(Debug, Clone)]
struct Opened {
    open: u8,
    label: Label,
    at: usize,
    line: usize,
    indent: usize,
    /// Nothing follows the bracket on its line: its closer is expected on a line of its own.
    block: bool,
}

/// Indentation (in bytes of spaces and tabs) of the line holding byte `at`.
fn indent_of(src: &str, at: usize) -> usize {
    let start = src.as_bytes()[..at.min(src.len())].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    src.as_bytes()[start..].iter().take_while(|&&b| b == b' ' || b == b'\t').count()
}

/// A bracket left open, closed too early or never opened, using indentation to tell which one the author
/// meant; only when the brackets of the file do not balance, and only if the defect comes no later than
/// where RON stopped (`stop_at`).
pub(super) fn bracket_problem(src: &str, code: &[Token], stop_at: usize) -> Option<(usize, String)> {
    if brackets_balance(code) {
        return None;
    }
    let mut stack: Vec<Opened> = Vec::new();
    // Block brackets closed by a closer in the middle of a line, by indentation: (opened, closer).
    let mut closed_inline: Vec<(Opened, usize)> = Vec::new();
    // Line numbers from an index built once: counting from the file's start for every token made a sheet
    // with unbalanced brackets quadratic (a fuzzer's 36 KB input took over a second).
    let lines = Lines::new(src);
    let line_of = |at: usize| lines.line(at);
    // The defect may show only later on the line where RON stopped (`["Xi", role: "…")`).
    let horizon = memchr(b'\n', src.as_bytes(), stop_at.min(src.len())).unwrap_or(src.len());
    for (i, t) in code.iter().enumerate() {
        if t.start > horizon {
            return None;
        }
        let line = line_of(t.start);
        let first = i == 0 || line_of(code[i - 1].start) < line;
        let prev_end = if i == 0 { 0 } else { code[i - 1].end };
        let closes_top = |top: &Opened| t.tok == Tok::Close(closer_of(top.open));
        if first && let Some(top) = stack.last().cloned() {
            let k = indent_of(src, t.start);
            // A closer at a smaller indentation belongs to an outer bracket of that indentation if there
            // is one (the top was left open), else it is the top's, sloppily indented.
            let outer_owner = match t.tok {
                Tok::Close(c) => stack.iter().rev().skip(1).any(|o| o.indent == k && closer_of(o.open) == c),
                _ => false,
            };
            let left_open = top.line < line
                && match top.indent.cmp(&k) {
                    std::cmp::Ordering::Greater => outer_owner || !closes_top(&top),
                    std::cmp::Ordering::Equal if top.block => !matches!(t.tok, Tok::Close(_)),
                    std::cmp::Ordering::Equal => !closes_top(&top),
                    std::cmp::Ordering::Less => false,
                };
            if left_open {
                return Some(unclosed(src, code, &top, prev_end, stop_at));
            }
            if let Tok::Close(c) = t.tok
                && top.block
                && top.indent < k
                && !closes_top(&top)
                && let Some((early, at)) =
                    closed_inline.iter().rev().find(|(o, _)| o.indent == k && closer_of(o.open) == c).cloned()
            {
                return Some((
                    at,
                    format!(
                        "this `{}` closes {} opened at {} too early (the `{}` on line {line} is meant to close it); \
                         remove it.",
                        char::from(c),
                        opened_phrase(src, &early),
                        where_(src, early.at),
                        char::from(c)
                    ),
                ));
            }
        }
        match t.tok {
            Tok::Open(open) => {
                let block = code.get(i + 1).is_none_or(|n| line_of(n.start) > line);
                let label = label_of(code, i, stack.last(), src);
                stack.push(Opened { open, label, at: t.start, line, indent: indent_of(src, t.start), block });
            }
            Tok::Close(c) => match stack.last().cloned() {
                Some(top) if closer_of(top.open) == c => {
                    stack.pop();
                    if top.block && !first {
                        closed_inline.push((top, t.start));
                    }
                }
                Some(top) if stack.iter().any(|o| closer_of(o.open) == c) => {
                    if first && top.block && top.indent == indent_of(src, t.start) {
                        return Some((
                            t.start,
                            format!(
                                "expected `{}` to close {} opened at {}, but found `{}`; change it to `{}`.",
                                char::from(closer_of(top.open)),
                                opened_phrase(src, &top),
                                where_(src, top.at),
                                char::from(c),
                                char::from(closer_of(top.open))
                            ),
                        ));
                    }
                    return Some(unclosed(src, code, &top, prev_end, stop_at));
                }
                _ => {
                    return Some((
                        t.start,
                        format!("this `{}` closes nothing that is open; remove it.", char::from(c)),
                    ));
                }
            },
            _ => {}
        }
    }
    let top = stack.last().cloned()?;
    Some(unclosed(src, code, &top, code.last().map_or(0, |t| t.end), stop_at))
}

fn brackets_balance(code: &[Token]) -> bool {
    let mut stack = Vec::new();
    for t in code {
        match t.tok {
            Tok::Open(o) => stack.push(closer_of(o)),
            Tok::Close(c) if stack.pop() != Some(c) => return false,
            _ => {}
        }
    }
    stack.is_empty()
}

/// "`Meeting(`", "the `entities` list", "the fact sheet".
fn opened_phrase(src: &str, o: &Opened) -> String {
    match &o.label {
        Label::Sheet => "the fact sheet".to_string(),
        Label::Named(name) => format!("`{}(`", &src[name.clone()]),
        Label::Field(name) => format!("the `{}` list", &src[name.clone()]),
        Label::Item(what) => format!("the {what}"),
        Label::Bare => format!("the `{}`", char::from(o.open)),
    }
}

/// What the bracket at token `i` opens, given the bracket it is in.
fn label_of(code: &[Token], i: usize, parent: Option<&Opened>, src: &str) -> Label {
    let Some(parent) = parent else { return Label::Sheet };
    let before = i.checked_sub(1).map(|p| code[p]);
    match (code[i].tok, before) {
        (Tok::Open(b'('), Some(t)) if t.tok == Tok::Ident && t.end == code[i].start => Label::Named(t.start..t.end),
        (Tok::Open(b'['), Some(t)) if t.tok == Tok::Colon && i >= 2 && code[i - 2].tok == Tok::Ident => {
            Label::Field(code[i - 2].start..code[i - 2].end)
        }
        (Tok::Open(b'('), _) => match &parent.label {
            Label::Field(list) => match &src[list.clone()] {
                "entities" => Label::Item("entity"),
                "facts" => Label::Item("fact"),
                "topics" => Label::Item("topic"),
                _ => Label::Bare,
            },
            _ => Label::Bare,
        },
        _ => Label::Bare,
    }
}

/// A bracket opened at `o` and never closed: the closer belongs after the value ending at `end` (or
/// before where RON stopped, if that is earlier).
fn unclosed(src: &str, code: &[Token], o: &Opened, end: usize, stop_at: usize) -> (usize, String) {
    // Right after the value, before a comma that follows it.
    let mut insert = match code.iter().position(|t| t.end == end) {
        Some(p) if p > 0 && code[p].tok == Tok::Comma && code[p - 1].end > o.at => code[p - 1].end,
        _ => end,
    };
    if stop_at > o.at && stop_at < insert {
        let i = token_at(code, stop_at);
        insert = match i.checked_sub(1) {
            Some(p) if p > 0 && code[p].tok == Tok::Comma && code[p - 1].end > o.at => code[p - 1].end,
            Some(p) => code[p].end.max(o.at + 1),
            None => insert,
        };
    }
    let close = char::from(closer_of(o.open));
    let kind = if o.open == b'[' { "bracket" } else { "parenthesis" };
    (
        insert,
        format!(
            "expected `{close}` to close {} opened at {}; add the missing {kind}.",
            opened_phrase(src, o),
            where_(src, o.at)
        ),
    )
}
