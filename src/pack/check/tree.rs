//! A schema-free reader: where every value of a well-formed file is. It reads the lexer's tokens into a
//! tree of values with byte spans, found by path (`facts`, item 3, `claim`, `who`), so every problem can
//! point at the value it concerns; RON itself reports positions only for syntax errors.

use std::ops::Range;

use super::MAX_NESTING;
use super::lex::{Tok, Token, closer_of, lex, string_end};

#[derive(Debug)]
enum Shape {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(Vec<Field>),
    /// `[a, b]`, `(a, b)`, `Some(a)` or a map's values.
    Seq(Vec<Node>),
    Leaf(Tok),
}

/// One value of the file and where it is.
#[derive(Debug)]
pub(super) struct Node {
    /// The name before a parenthesis (`Meeting`, `Some`), if any.
    pub(super) name: Option<Range<usize>>,
    shape: Shape,
    /// From the name (or the first byte) to past the last byte.
    pub(super) span: Range<usize>,
}

#[derive(Debug)]
pub(super) struct Field {
    pub(super) name: Range<usize>,
    pub(super) value: Node,
}

impl Node {
    /// The named field of a struct, looking through `Some(…)`.
    pub(super) fn field_node(&self, src: &str, name: &str) -> Option<&Field> {
        match &self.unwrap_some().shape {
            Shape::Struct(fields) => fields.iter().find(|f| &src[f.name.clone()] == name),
            _ => None,
        }
    }

    pub(super) fn field(&self, src: &str, name: &str) -> Option<&Node> {
        self.field_node(src, name).map(|f| f.value.unwrap_some())
    }

    pub(super) fn items(&self) -> &[Node] {
        match &self.unwrap_some().shape {
            Shape::Seq(items) => items,
            _ => &[],
        }
    }

    pub(super) fn item(&self, i: usize) -> Option<&Node> {
        self.items().get(i).map(Node::unwrap_some)
    }

    pub(super) fn unwrap_some(&self) -> &Node {
        match (&self.name, &self.shape) {
            (Some(_), Shape::Seq(items)) if items.len() == 1 => &items[0],
            _ => self,
        }
    }

    pub(super) fn number(&self, src: &str) -> Option<f64> {
        matches!(self.shape, Shape::Leaf(Tok::Num)).then(|| src[self.span.clone()].replace('_', "").parse().ok())?
    }

    pub(super) fn contains(&self, at: usize) -> bool {
        self.span.start <= at && at < self.span.end
    }
}

pub(super) struct Reader<'a> {
    toks: &'a [Token],
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(toks: &'a [Token]) -> Self {
        Self { toks, pos: 0, depth: 0 }
    }

    /// The whole file as one value, if it reads as RON.
    pub(super) fn document(mut self) -> Option<Node> {
        let root = self.value()?;
        (self.pos == self.toks.len()).then_some(root)
    }

    fn peek(&self, ahead: usize) -> Option<Tok> {
        self.toks.get(self.pos + ahead).map(|t| t.tok)
    }

    fn bump(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).copied();
        self.pos += 1;
        t
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_NESTING * 2 {
            return None;
        }
        let t = self.bump()?;
        let node = match t.tok {
            Tok::Ident if self.peek(0) == Some(Tok::Open(b'(')) => self.parens(Some(t.start..t.end), t.start)?,
            Tok::Open(b'(') => {
                self.pos -= 1;
                self.parens(None, t.start)?
            }
            Tok::Open(open) => {
                let (items, end) = self.seq(closer_of(open), open == b'{')?;
                Node { name: None, shape: Shape::Seq(items), span: t.start..end }
            }
            Tok::Str { closed: true } | Tok::Ident | Tok::Num => {
                Node { name: None, shape: Shape::Leaf(t.tok), span: t.start..t.end }
            }
            _ => return None,
        };
        self.depth -= 1;
        Some(node)
    }

    /// `(` … `)`, as a struct if it starts with `name:`, else as a tuple.
    fn parens(&mut self, name: Option<Range<usize>>, start: usize) -> Option<Node> {
        self.bump()?;
        let is_struct = self.peek(0) == Some(Tok::Ident) && self.peek(1) == Some(Tok::Colon);
        if !is_struct {
            let (items, end) = self.seq(b')', false)?;
            return Some(Node { name, shape: Shape::Seq(items), span: start..end });
        }
        let mut fields = Vec::new();
        loop {
            if self.peek(0) == Some(Tok::Close(b')')) {
                let end = self.bump()?.end;
                return Some(Node { name, shape: Shape::Struct(fields), span: start..end });
            }
            let key = self.bump().filter(|t| t.tok == Tok::Ident)?;
            self.bump().filter(|t| t.tok == Tok::Colon)?;
            let value = self.value()?;
            fields.push(Field { name: key.start..key.end, value });
            match self.peek(0)? {
                Tok::Comma => self.pos += 1,
                Tok::Close(b')') => {}
                _ => return None,
            }
        }
    }

    /// Items up to `close`; in a map (`pairs`), keys are skipped and values kept.
    fn seq(&mut self, close: u8, pairs: bool) -> Option<(Vec<Node>, usize)> {
        let mut items = Vec::new();
        loop {
            if self.peek(0) == Some(Tok::Close(close)) {
                return Some((items, self.bump()?.end));
            }
            let mut item = self.value()?;
            if pairs {
                self.bump().filter(|t| t.tok == Tok::Colon)?;
                item = self.value()?;
            }
            items.push(item);
            match self.peek(0)? {
                Tok::Comma => self.pos += 1,
                Tok::Close(c) if c == close => {}
                _ => return None,
            }
        }
    }
}

/// The source and where its values are, for pointing problems at them.
pub(super) struct Doc<'a> {
    pub(super) src: &'a str,
    pub(super) root: Option<Node>,
}

impl<'a> Doc<'a> {
    /// Reads `src` (comments set aside) into located values; `root` is `None` if it does not read as RON.
    pub(super) fn read(src: &'a str) -> Self {
        let code: Vec<Token> = lex(src).into_iter().filter(|t| !t.is_comment()).collect();
        Self { src, root: Reader::new(&code).document() }
    }

    pub(super) fn sheet_field(&self, field: &str) -> Option<&Node> {
        self.root.as_ref()?.field(self.src, field)
    }

    pub(super) fn item(&self, list: &str, i: usize) -> Option<&Node> {
        self.sheet_field(list)?.item(i)
    }

    /// Start of field `field` of item `i` of `list`, or of the item, or of the file.
    pub(super) fn item_field_at(&self, list: &str, i: usize, field: &str) -> usize {
        let item = self.item(list, i);
        item.and_then(|n| n.field(self.src, field)).or(item).map_or(0, |n| n.span.start)
    }

    pub(super) fn item_at(&self, list: &str, i: usize) -> usize {
        self.item(list, i).map_or(0, |n| n.span.start)
    }

    /// Start of element `j` of the list in field `field` of item `i` of `list`.
    pub(super) fn item_list_at(&self, list: &str, i: usize, field: &str, j: usize) -> usize {
        let item = self.item(list, i);
        let seq = item.and_then(|n| n.field(self.src, field));
        seq.and_then(|s| s.item(j)).or(seq).or(item).map_or(0, |n| n.span.start)
    }

    /// The claim slot `slot` of fact `i` (element `j` of it if it is a list).
    pub(super) fn slot(&self, i: usize, slot: &str, j: Option<usize>) -> Option<&Node> {
        let claim = self.item("facts", i)?.field(self.src, "claim")?;
        let value = claim.field(self.src, slot);
        match j {
            Some(j) => value.and_then(|v| v.item(j)).or(value),
            None => value,
        }
        .or(Some(claim))
    }

    pub(super) fn slot_at(&self, i: usize, slot: &str, j: Option<usize>) -> usize {
        self.slot(i, slot, j).map_or_else(|| self.item_at("facts", i), |n| n.span.start)
    }

    /// Where `needle` occurs (ASCII case-insensitively) in the string literal starting at `at`, or `at`.
    pub(super) fn inside_string(&self, at: usize, needle: &str) -> usize {
        let end =
            if self.src.as_bytes().get(at) == Some(&b'"') { string_end(self.src.as_bytes(), at + 1).0 } else { at };
        let literal = self.src[at..end].to_ascii_lowercase();
        literal.find(&needle.to_ascii_lowercase()).map_or(at, |p| at + p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::check::lex::lex;

    #[test]
    fn the_reader_finds_values_by_path() {
        let src = "(a: [1, Some(\"x\")], b: M(c: \"d\"))";
        let toks = lex(src);
        let root = Reader::new(&toks).document().expect("reads");
        let a = root.field(src, "a").expect("a");
        assert_eq!(&src[a.item(1).expect("item").span.clone()], "\"x\"");
        let c = root.field(src, "b").and_then(|b| b.field(src, "c")).expect("c");
        assert_eq!(&src[c.span.clone()], "\"d\"");
    }
}
