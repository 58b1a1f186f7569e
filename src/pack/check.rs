//! Checking a fact sheet against its article: size and encoding, RON syntax, ids, slot kinds, evidence
//! quotes, dates and quantities.
//!
//! Every problem is reported with `file:line:column` and one sentence that says what is wrong and how to
//! fix it. RON reports positions only for syntax errors, so [`check`] re-reads the source with a small
//! schema-free RON reader that records where every value is, and points each problem at the value it
//! concerns (the second of two duplicate ids, the misspelt entity id inside a claim, the name that leaks
//! into a free-text slot).
//!
//! Whether every fact yields at least one question is the generator's business; it is not checked here.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::ops::Range;
use std::path::Path;

use ron::error::{Error as RonError, Position, SpannedError};

use super::article::Article;
use super::schema::{Claim, EntityKind, FactSheet, SCHEMA_VERSION};
use super::{MonthDay, Pack, Problem};
use crate::text::{closest, cut, fold, normalise};

/// The largest fact sheet Dossier reads. A sheet for a long article is a few hundred kilobytes; anything
/// bigger is the wrong file, and refusing it before parsing keeps a mistaken choice from stalling the app.
pub const MAX_SHEET_BYTES: usize = 5 * 1024 * 1024;

/// The deepest bracket nesting a fact sheet may have. The schema itself needs six levels (sheet, list of
/// facts, fact, claim, list of parties, `Some(…)`); the limit only stops pathological input.
pub const MAX_NESTING: usize = 64;

/// How similar (normalised Levenshtein, 0–1) an article sentence must be to a misquoted evidence string
/// to be offered as the quote that was probably meant.
const SUGGEST_SENTENCE: f64 = 0.6;

/// How similar (normalised Damerau-Levenshtein, 0–1) a known id, field or kind must be to an unknown one
/// to be offered as "did you mean".
const SUGGEST_ID: f64 = 0.6;

// ---------------------------------------------------------------------------------------------------
// Reading and decoding
// ---------------------------------------------------------------------------------------------------

/// Reads a fact sheet's bytes, refusing a file larger than [`MAX_SHEET_BYTES`] without reading it all.
pub fn read_sheet(path: &Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| cannot_read(&e))?;
    if let Ok(meta) = file.metadata()
        && meta.len() > MAX_SHEET_BYTES as u64
    {
        return Err(too_large(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    file.take(MAX_SHEET_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| cannot_read(&e))?;
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(too_large(None));
    }
    Ok(bytes)
}

fn cannot_read(e: &std::io::Error) -> String {
    format!("cannot read the fact sheet ({e}); check that the path is right and the file is readable.")
}

fn too_large(size: Option<u64>) -> String {
    let limit = MAX_SHEET_BYTES / (1024 * 1024);
    let size = size.map_or_else(|| format!("more than {limit} MB"), |s| format!("{:.1} MB", s as f64 / 1_048_576.0));
    format!(
        "the file is {size}, larger than the {limit} MB a fact sheet may be; check that this is the fact sheet you \
         meant, or split the article into smaller packs."
    )
}

/// Decodes a fact sheet's bytes as UTF-8 text, or says why they cannot be one: too large, binary data,
/// or another encoding (with the line and column of the first byte that is not UTF-8).
pub fn decode_source(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(too_large(Some(bytes.len() as u64)));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(binary(at));
    }
    let controls =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    if controls * 100 > head.len() {
        let at = head.iter().position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).unwrap_or(0);
        return Err(binary(at));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(format!(
                "the file is not UTF-8 text: the byte 0x{byte:02X} at line {line}, column {column} is not valid UTF-8 \
                 (the file was probably saved as Windows-1252 or Latin-1); save it again with the UTF-8 encoding."
            ))
        }
    }
}

fn binary(at: usize) -> String {
    format!(
        "the file holds binary data, not text (byte {at} is a control character); a fact sheet is a plain UTF-8 \
         text file in RON, so choose the `.ron` fact sheet itself."
    )
}

// ---------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------

/// Parses RON text into a fact sheet, or the first syntax or shape problem with its position.
///
/// Before RON sees the text, whole-file problems are caught (too large, empty, nested too deeply) and a
/// sheet of another format version is refused by its `version` alone, so a newer file is not reported
/// as a list of unknown fields.
pub fn parse(name: &str, source: &str) -> Result<FactSheet, Problem> {
    let whole = |message: &str| Problem { file: name.to_string(), line: 0, column: 0, message: message.to_string() };
    if source.len() > MAX_SHEET_BYTES {
        return Err(whole(&too_large(Some(source.len() as u64))));
    }
    let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = &source[bom..];
    if body.is_empty() {
        return Err(whole("the file is empty; a fact sheet starts with `(version: 1, …)`."));
    }
    if body.trim().is_empty() {
        return Err(whole("the file holds only whitespace; a fact sheet starts with `(version: 1, …)`."));
    }
    let tokens = lex(body);
    let code: Vec<Token> = tokens.iter().copied().filter(|t| !t.is_comment()).collect();
    if code.is_empty() && tokens.iter().all(Token::is_closed) {
        return Err(whole("the file holds only comments; a fact sheet starts with `(version: 1, …)`."));
    }
    let at = |offset: usize, message: String| at_offset(name, source, bom + offset, message);
    if let Some(deep) = too_deep(&code) {
        return Err(at(
            deep,
            format!(
                "brackets are nested too deeply here (more than {MAX_NESTING} levels, where a fact sheet needs \
                 at most six); remove the extra brackets."
            ),
        ));
    }
    if let Some(root) = Reader::new(&code).document()
        && let Some(version) = root.field(body, "version")
        && let Some(n) = version.number(body)
        && (n - f64::from(SCHEMA_VERSION)).abs() > f64::EPSILON
    {
        return Err(at(version.span.start, version_message(&body[version.span.clone()], n)));
    }
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    options.from_str::<FactSheet>(body).map_err(|e| {
        let (offset, message) = syntax_problem(body, &tokens, &code, &e);
        at(offset, message)
    })
}

fn version_message(text: &str, n: f64) -> String {
    if n > f64::from(SCHEMA_VERSION) {
        format!(
            "this fact sheet has format version {text}, so it was written by a newer version of Dossier; update \
             Dossier to open it."
        )
    } else {
        format!("format version {text} does not exist; write `version: {SCHEMA_VERSION}`.")
    }
}

/// A problem located at the top-level field `field:` of `source`, or at the start of the file.
pub fn locate_field(name: &str, source: &str, field: &str, message: String) -> Problem {
    let tokens = lex(source);
    let code: Vec<Token> = tokens.into_iter().filter(|t| !t.is_comment()).collect();
    let at = Reader::new(&code)
        .document()
        .and_then(|root| root.field_node(source, field).map(|f| f.value.span.start))
        .or_else(|| source.find(&format!("{field}:")))
        .unwrap_or(0);
    at_offset(name, source, at, message)
}

/// A problem at byte `at` of `source`, with a 1-based line and a column counted in characters (a byte
/// order mark at the start is not counted: editors do not show it).
fn at_offset(name: &str, source: &str, at: usize, message: String) -> Problem {
    let mut at = at.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let last = before.rsplit('\n').next().unwrap_or("");
    let last = if line == 1 { last.trim_start_matches('\u{feff}') } else { last };
    let column = last.chars().count() + 1;
    Problem { file: name.to_string(), line, column, message }
}

// ---------------------------------------------------------------------------------------------------
// A small RON lexer, enough to find brackets, strings and values by position
// ---------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    Comma,
    Colon,
    /// A string, raw string or character literal; `closed` is false if the file ends inside it.
    Str {
        closed: bool,
    },
    Ident,
    Num,
    /// A `//` or `/* */` comment; `closed` is false if a block comment never ends.
    Comment {
        closed: bool,
    },
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

impl Token {
    fn is_comment(&self) -> bool {
        matches!(self.tok, Tok::Comment { .. })
    }

    fn is_closed(&self) -> bool {
        !matches!(self.tok, Tok::Comment { closed: false } | Tok::Str { closed: false })
    }
}

fn closer_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn lex(src: &str) -> Vec<Token> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let next = bytes.get(i + 1).copied();
        let tok = match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if next == Some(b'/') => {
                i = memchr(b'\n', bytes, i).unwrap_or(bytes.len());
                Tok::Comment { closed: true }
            }
            b'/' if next == Some(b'*') => {
                let (end, closed) = block_comment(bytes, i);
                i = end;
                Tok::Comment { closed }
            }
            b'"' => {
                let (end, closed) = string_end(bytes, i + 1);
                i = end;
                Tok::Str { closed }
            }
            b'b' if next == Some(b'"') => {
                let (end, closed) = string_end(bytes, i + 2);
                i = end;
                Tok::Str { closed }
            }
            b'r' if raw_string_start(bytes, i + 1).is_some() => {
                let (end, closed) = raw_string_end(bytes, i + 1);
                i = end;
                Tok::Str { closed }
            }
            b'\'' => {
                i += 1;
                if bytes.get(i) == Some(&b'\\') {
                    i += 1;
                }
                i += src[i.min(src.len())..].chars().next().map_or(0, char::len_utf8);
                let closed = bytes.get(i) == Some(&b'\'');
                if closed {
                    i += 1;
                }
                Tok::Str { closed }
            }
            b @ (b'(' | b'[' | b'{') => {
                i += 1;
                Tok::Open(b)
            }
            b @ (b')' | b']' | b'}') => {
                i += 1;
                Tok::Close(b)
            }
            b',' => {
                i += 1;
                Tok::Comma
            }
            b':' => {
                i += 1;
                Tok::Colon
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' => {
                i += 1;
                while i < bytes.len() {
                    let b = bytes[i];
                    let signed_exponent = matches!(b, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E');
                    if b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || signed_exponent {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Tok::Num
            }
            _ => {
                let c = src[i..].chars().next().unwrap_or(' ');
                if c.is_alphabetic() || c == '_' {
                    if src[i..].starts_with("r#") {
                        i += 2;
                    }
                    let len: usize =
                        src[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
                    i += len.max(1);
                    Tok::Ident
                } else if c.is_whitespace() || c == '\u{feff}' {
                    i += c.len_utf8();
                    continue;
                } else {
                    i += c.len_utf8();
                    Tok::Other
                }
            }
        };
        out.push(Token { tok, start, end: i });
    }
    out
}

fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..].iter().position(|&b| b == needle).map(|p| from + p)
}

fn block_comment(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return (i, true);
                }
            }
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// The end (past the closing quote) of a string whose content starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return (i + 1, true),
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// If a raw string starts at `from` (just after the `r`), the number of `#` before its quote.
fn raw_string_start(bytes: &[u8], from: usize) -> Option<usize> {
    let hashes = bytes[from.min(bytes.len())..].iter().take_while(|&&b| b == b'#').count();
    (bytes.get(from + hashes) == Some(&b'"')).then_some(hashes)
}

fn raw_string_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let hashes = raw_string_start(bytes, from).unwrap_or(0);
    let mut i = from + hashes + 1;
    while i < bytes.len() {
        if bytes[i] == b'"' && bytes[i + 1..].iter().take(hashes).filter(|&&b| b == b'#').count() == hashes {
            return (i + 1 + hashes, true);
        }
        i += 1;
    }
    (bytes.len(), false)
}

/// The opening bracket at which nesting first exceeds [`MAX_NESTING`].
fn too_deep(code: &[Token]) -> Option<usize> {
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

// ---------------------------------------------------------------------------------------------------
// A schema-free reader: where every value of a well-formed file is
// ---------------------------------------------------------------------------------------------------

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
struct Node {
    /// The name before a parenthesis (`Meeting`, `Some`), if any.
    name: Option<Range<usize>>,
    shape: Shape,
    /// From the name (or the first byte) to past the last byte.
    span: Range<usize>,
}

#[derive(Debug)]
struct Field {
    name: Range<usize>,
    value: Node,
}

impl Node {
    /// The named field of a struct, looking through `Some(…)`.
    fn field_node(&self, src: &str, name: &str) -> Option<&Field> {
        match &self.unwrap_some().shape {
            Shape::Struct(fields) => fields.iter().find(|f| &src[f.name.clone()] == name),
            _ => None,
        }
    }

    fn field(&self, src: &str, name: &str) -> Option<&Node> {
        self.field_node(src, name).map(|f| f.value.unwrap_some())
    }

    fn items(&self) -> &[Node] {
        match &self.unwrap_some().shape {
            Shape::Seq(items) => items,
            _ => &[],
        }
    }

    fn item(&self, i: usize) -> Option<&Node> {
        self.items().get(i).map(Node::unwrap_some)
    }

    fn unwrap_some(&self) -> &Node {
        match (&self.name, &self.shape) {
            (Some(_), Shape::Seq(items)) if items.len() == 1 => &items[0],
            _ => self,
        }
    }

    fn number(&self, src: &str) -> Option<f64> {
        matches!(self.shape, Shape::Leaf(Tok::Num)).then(|| src[self.span.clone()].replace('_', "").parse().ok())?
    }

    fn contains(&self, at: usize) -> bool {
        self.span.start <= at && at < self.span.end
    }
}

struct Reader<'a> {
    toks: &'a [Token],
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn new(toks: &'a [Token]) -> Self {
        Self { toks, pos: 0, depth: 0 }
    }

    /// The whole file as one value, if it reads as RON.
    fn document(mut self) -> Option<Node> {
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

// ---------------------------------------------------------------------------------------------------
// Syntax errors as sentences
// ---------------------------------------------------------------------------------------------------

/// Converts a RON line and column (1-based, columns in characters) to a byte offset of `src`.
fn offset_of(src: &str, pos: Position) -> usize {
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
fn line_no(src: &str, at: usize) -> usize {
    src.as_bytes()[..at.min(src.len())].split(|&b| b == b'\n').count()
}

/// Column (1-based, in characters) of byte `at`.
fn column_no(src: &str, at: usize) -> usize {
    let at = at.min(src.len());
    let start = src.as_bytes()[..at].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    src.get(start..at).map_or(1, |s| s.trim_start_matches('\u{feff}').chars().count() + 1)
}

fn where_(src: &str, at: usize) -> String {
    format!("line {}, column {}", line_no(src, at), column_no(src, at))
}

/// The struct RON was reading, as a phrase: "the fact sheet", "an entity", "a `Meeting` claim".
fn struct_phrase(outer: Option<&str>) -> String {
    match outer {
        Some("FactSheet") | None => "the fact sheet".to_string(),
        Some("Entity") => "an entity".to_string(),
        Some("Topic") => "a topic".to_string(),
        Some("Fact") => "a fact".to_string(),
        Some(variant) => format!("a `{variant}` claim"),
    }
}

/// What a syntax error is about, from the values around it when the file reads as RON.
struct Context {
    /// "fact \"meet-xi\"", "entity \"lee\"", "topic \"history\"".
    owner: Option<String>,
    /// The `Name` and start of the claim containing the error, if any.
    claim: Option<(String, usize)>,
    /// Start of the fact, entity or topic containing the error.
    owner_at: Option<usize>,
}

fn context(src: &str, code: &[Token], at: usize) -> Context {
    let mut ctx = Context { owner: None, claim: None, owner_at: None };
    let Some(root) = Reader::new(code).document() else { return ctx };
    for (list, what) in [("facts", "fact"), ("entities", "entity"), ("topics", "topic")] {
        let Some(items) = root.field(src, list) else { continue };
        let Some(item) = items.items().iter().map(Node::unwrap_some).find(|n| n.contains(at)) else { continue };
        let id = item.field(src, "id").map(|n| unquote(&src[n.span.clone()]));
        ctx.owner = Some(match id {
            Some(id) if !id.is_empty() => format!("{what} \"{id}\""),
            _ => format!("the {what} at line {}", line_no(src, item.span.start)),
        });
        ctx.owner_at = Some(item.span.start);
        if let Some(claim) = item.field(src, "claim")
            && claim.contains(at)
            && let Some(name) = &claim.name
        {
            ctx.claim = Some((src[name.clone()].to_string(), claim.span.start));
        }
    }
    ctx
}

/// The text of a string literal without its quotes (escapes left as written).
fn unquote(literal: &str) -> &str {
    literal.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(literal)
}

/// The struct named `outer` as a phrase, made specific with the fact or entity around `at`.
fn owner_phrase(ctx: &Context, outer: Option<&str>) -> String {
    match (outer, &ctx.owner, &ctx.claim) {
        (Some("FactSheet") | None, _, _) => "the fact sheet".to_string(),
        (Some("Fact" | "Entity" | "Topic"), Some(owner), _) => owner.clone(),
        (Some(variant), Some(owner), Some((claim, _))) if variant == claim => {
            format!("the `{variant}` claim of {owner}")
        }
        (other, _, _) => struct_phrase(other),
    }
}

/// The token RON stopped at, described for a message ("`,`", "the string \"Person\"", "the end of the file").
fn describe(src: &str, t: Option<&Token>) -> String {
    let Some(t) = t else { return "the end of the file".to_string() };
    let text = &src[t.start..t.end];
    match t.tok {
        Tok::Str { .. } => format!("the string {}", cut(text, 41)),
        Tok::Num => format!("the number `{text}`"),
        _ => format!("`{}`", cut(text, 41)),
    }
}

/// Index of the first code token starting at or after `at`.
fn token_at(code: &[Token], at: usize) -> usize {
    code.partition_point(|t| t.end <= at)
}

/// The field a value at token `i` belongs to: the identifier before the colon before it.
fn field_before(src: &str, code: &[Token], i: usize) -> Option<String> {
    let colon = code.get(i.checked_sub(1)?)?;
    let key = code.get(i.checked_sub(2)?)?;
    (colon.tok == Tok::Colon && key.tok == Tok::Ident).then(|| src[key.start..key.end].to_string())
}

fn list_phrase(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// An example of a field for "add …" advice.
fn field_example(field: &str) -> String {
    match field {
        "version" => format!("version: {SCHEMA_VERSION},"),
        "kind" => "kind: Person,".to_string(),
        "claim" => "claim: Meeting(…),".to_string(),
        "entities" | "facts" | "topics" | "aliases" => format!("{field}: [ … ],"),
        "between" | "parties" => format!("{field}: [\"…\", \"…\"],"),
        "value" => "value: 0,".to_string(),
        _ => format!("{field}: \"…\","),
    }
}

/// A sentence for a RON error, at a byte offset of `src`: the defect itself where it can be found (the
/// bracket left open, the comma missing after a value), else where RON stopped.
fn syntax_problem(src: &str, tokens: &[Token], code: &[Token], e: &SpannedError) -> (usize, String) {
    let stop = offset_of(src, e.span.start);
    let i = token_at(code, stop);
    let next = code.get(i);
    // The start of what RON stopped at, and the end of the value before it.
    let stop_at = next.map_or(src.len(), |t| t.start);
    let prev_end = i.checked_sub(1).and_then(|p| code.get(p)).map_or(0, |t| t.end);
    // The end of the value before, not counting a comma after it.
    let value_end = match i.checked_sub(1).and_then(|p| code.get(p)) {
        Some(t) if t.tok == Tok::Comma => i.checked_sub(2).and_then(|p| code.get(p)).map_or(prev_end, |v| v.end),
        _ => prev_end,
    };
    let found = describe(src, next);

    if let Some(p) = unclosed_comment(tokens, e) {
        return p;
    }
    if let Some(p) = string_problem(src, code, stop_at, &e.code) {
        return p;
    }
    let structural = !matches!(
        e.code,
        RonError::InvalidEscape(_)
            | RonError::NoSuchStructField { .. }
            | RonError::DuplicateStructField { .. }
            | RonError::NoSuchEnumVariant { .. }
            | RonError::IntegerOutOfBounds
            | RonError::ExceededRecursionLimit
            | RonError::UnclosedBlockComment
    );
    if structural && let Some(p) = bracket_problem(src, code, stop_at) {
        return p;
    }
    let field = field_before(src, code, i);
    let field_or = |default: &str| field.clone().map_or_else(|| default.to_string(), |f| format!("`{f}`"));
    let value_text = next.map_or("", |t| &src[t.start..t.end]);
    match &e.code {
        RonError::Eof => (
            src.len(),
            "the file ends in the middle of the fact sheet; add what is missing at the end (a value or closing \
             brackets)."
                .to_string(),
        ),
        RonError::ExpectedComma => {
            (prev_end, format!("expected `,` after this value, before {found}; add the missing comma."))
        }
        RonError::ExpectedIdentifier => match next.map(|t| t.tok) {
            Some(Tok::Comma) => (stop_at, "there is an extra `,` here; remove it.".to_string()),
            Some(Tok::Str { .. }) if field.is_some() => (
                stop_at,
                format!(
                    "{} takes a bare name, not a string; write `{}` without the quotes.",
                    field_or("this field"),
                    unquote(value_text)
                ),
            ),
            Some(Tok::Other) if value_text == "#" => {
                (stop_at, "unexpected `#` here; remove it (comments start with `//`).".to_string())
            }
            _ => (
                stop_at,
                format!("expected a field name such as `id:` here, found {found}; write each field as `name: value`."),
            ),
        },
        RonError::ExpectedString | RonError::ExpectedStringEnd => {
            let advice = match next.map(|t| t.tok) {
                Some(Tok::Ident | Tok::Num) => {
                    format!("write it in double quotes, as `\"{}\"`", bare_text(src, code, i))
                }
                _ => "write the value in double quotes".to_string(),
            };
            (stop_at, format!("{} takes text, but found {found}; {advice}.", field_or("this value")))
        }
        RonError::ExpectedInteger | RonError::ExpectedFloat => {
            let whole = matches!(e.code, RonError::ExpectedInteger);
            let number = if whole { "a whole number" } else { "a number" };
            let advice = match next.map(|t| t.tok) {
                Some(Tok::Str { .. }) if unquote(value_text).trim().parse::<f64>().is_ok() => {
                    format!("write `{}` without the quotes", unquote(value_text).trim())
                }
                _ => format!("write {number} such as `1`"),
            };
            (stop_at, format!("{} takes {number}, but found {found}; {advice}.", field_or("this value")))
        }
        RonError::ExpectedBoolean => (
            stop_at,
            format!("{} takes `true` or `false`, but found {found}; write one of them.", field_or("this value")),
        ),
        RonError::ExpectedArray => {
            let advice = match next.map(|t| t.tok) {
                Some(Tok::Str { .. } | Tok::Ident | Tok::Num) => format!("write `[{value_text}]`"),
                _ => "put the entries in `[` … `]`, separated by commas".to_string(),
            };
            (
                stop_at,
                format!("{} takes a list in square brackets, but found {found}; {advice}.", field_or("this value")),
            )
        }
        RonError::ExpectedNamedStructLike(name) => (
            stop_at,
            format!(
                "expected `(` to start {} here, but found {found}; write it as `({})`.",
                struct_phrase(Some(name)),
                struct_skeleton(name)
            ),
        ),
        RonError::ExpectedDifferentStructName { expected, .. } => {
            let advice = if *expected == "FactSheet" {
                "put the whole sheet in parentheses, as `(version: 1, …)`"
            } else {
                "add the missing `(` before it"
            };
            (
                stop_at,
                format!("expected `(` to start {} here, but found {found}; {advice}.", struct_phrase(Some(expected))),
            )
        }
        RonError::ExpectedStructLike if i > 0 && code[i - 1].tok == Tok::Ident => {
            let name = &src[code[i - 1].start..code[i - 1].end];
            (
                prev_end,
                format!("expected `(` after `{name}`, but found {found}; write `{name}(…)` with its fields inside."),
            )
        }
        RonError::ExpectedStructLike | RonError::ExpectedOption => {
            (stop_at, format!("expected a value in parentheses here, but found {found}; correct the value."))
        }
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => {
            (value_end, format!("expected `)` after this value, before {found}; add the missing parenthesis."))
        }
        RonError::ExpectedArrayEnd => {
            (value_end, format!("expected `]` after this value, before {found}; add the missing bracket."))
        }
        RonError::ExpectedMapColon => {
            let key = if prev_end > 0 { i.checked_sub(1).and_then(|p| code.get(p)) } else { None };
            let key = key.map_or("", |t| &src[t.start..t.end]);
            (prev_end, format!("expected `:` after the field name `{key}`; write it as `{key}: …`."))
        }
        RonError::TrailingCharacters => {
            let end = prev_end.saturating_sub(1);
            (
                stop_at,
                format!(
                    "the fact sheet already ended with the `)` at {}, but {found} follows it; remove the extra text \
                     or move it inside the parentheses.",
                    where_(src, end)
                ),
            )
        }
        RonError::InvalidEscape(what) => invalid_escape(src, code, stop, what),
        RonError::IntegerOutOfBounds => {
            let advice = if field.as_deref() == Some("version") {
                format!("write `{SCHEMA_VERSION}`")
            } else {
                "write a whole number from 0 to 4294967295".to_string()
            };
            (stop_at, format!("the number `{value_text}` is out of range for {}; {advice}.", field_or("this field")))
        }
        RonError::NoSuchStructField { expected, found: name, outer } => {
            let ctx = context(src, code, stop);
            let owner = owner_phrase(&ctx, outer.as_deref());
            let all = list_phrase(expected);
            let message = match closest(name, expected.iter().copied(), SUGGEST_ID) {
                Some(near) => format!("{owner} has no field `{name}`; rename it to `{near}` (the fields are {all})."),
                None => format!("{owner} has no field `{name}`; remove it or use one of the fields {all}."),
            };
            (stop_at, message)
        }
        RonError::MissingStructField { field: missing, outer } => {
            let ctx = context(src, code, stop.saturating_sub(1));
            let owner = owner_phrase(&ctx, outer.as_deref());
            let at = match outer.as_deref() {
                Some("FactSheet") | None => code.first().map_or(0, |t| t.start),
                Some("Fact" | "Entity" | "Topic") => ctx.owner_at.unwrap_or(stop_at),
                Some(_) => ctx.claim.as_ref().map_or(stop_at, |c| c.1),
            };
            let note = match (outer.as_deref(), *missing) {
                (Some("FactSheet" | "Fact" | "Entity" | "Topic") | None, _) => "",
                (_, "who" | "whom" | "speaker" | "actor" | "source" | "destination") => " with an entity id",
                _ => "",
            };
            (at, format!("{owner} is missing the field `{missing}`; add `{}`{note}.", field_example(missing)))
        }
        RonError::DuplicateStructField { field: twice, outer } => {
            let ctx = context(src, code, stop);
            let owner = owner_phrase(&ctx, outer.as_deref());
            (stop_at, format!("{owner} has the field `{twice}` twice; keep one of them."))
        }
        RonError::NoSuchEnumVariant { expected, found: name, outer } => {
            let what = match outer.as_deref() {
                Some("Claim") => "a kind of claim".to_string(),
                Some("EntityKind") => "an entity kind".to_string(),
                Some(other) => format!("a variant of `{other}`"),
                None => "a variant here".to_string(),
            };
            let all = list_phrase(expected);
            let message = match closest(name, expected.iter().copied(), SUGGEST_ID) {
                Some(near) => format!("`{name}` is not {what}; change it to `{near}` (the choices are {all})."),
                None => format!("`{name}` is not {what}; use one of {all}."),
            };
            (stop_at, message)
        }
        RonError::ExceededRecursionLimit => (
            stop_at,
            format!("brackets are nested too deeply here (more than {MAX_NESTING} levels); remove the extra brackets."),
        ),
        RonError::UnexpectedChar(c) => (stop_at, format!("unexpected character `{c}` here; remove it.")),
        RonError::InvalidValueForType { expected, found: got } => {
            (stop_at, format!("{} expects {expected}, but found {got}; correct the value.", field_or("this field")))
        }
        RonError::Message(text) => (stop_at, format!("{}; correct the value here.", text.trim_end_matches('.'))),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            let first = chars.next().map(|c| c.to_lowercase().collect::<String>()).unwrap_or_default();
            (stop_at, format!("{first}{}; correct the RON syntax here.", chars.as_str().trim_end_matches('.')))
        }
    }
}

/// Unquoted text starting at token `i`, up to the comma or bracket that ends the value on its line
/// (`January 5` in `date: January 5,`).
fn bare_text<'s>(src: &'s str, code: &[Token], i: usize) -> &'s str {
    let start = code[i].start;
    let line_end = memchr(b'\n', src.as_bytes(), start).unwrap_or(src.len());
    let end = code[i..]
        .iter()
        .take_while(|t| {
            t.start < line_end && !matches!(t.tok, Tok::Comma | Tok::Close(_) | Tok::Open(_) | Tok::Str { .. })
        })
        .last()
        .map_or(code[i].end, |t| t.end);
    &src[start..end]
}

fn struct_skeleton(name: &str) -> &'static str {
    match name {
        "FactSheet" => "version: 1, id: \"…\", …",
        "Entity" => "id: \"…\", kind: Person, name: \"…\"",
        "Topic" => "id: \"…\", name: \"…\"",
        "Fact" => "id: \"…\", evidence: \"…\", claim: …",
        _ => "…",
    }
}

/// A block comment that never ends, at its `/*`.
fn unclosed_comment(tokens: &[Token], e: &SpannedError) -> Option<(usize, String)> {
    if !matches!(e.code, RonError::UnclosedBlockComment | RonError::Eof) {
        return None;
    }
    let t = tokens.iter().find(|t| t.tok == Tok::Comment { closed: false })?;
    Some((t.start, "this comment is never closed; add `*/` where it should end.".to_string()))
}

/// A string that swallowed the rest of its line and more: never closed, or closed by the opening quote
/// of the next string so that RON stopped right after it.
fn string_problem(src: &str, code: &[Token], stop_at: usize, code_err: &RonError) -> Option<(usize, String)> {
    if let Some(t) = code.iter().find(|t| t.tok == Tok::Str { closed: false })
        && t.start <= stop_at
    {
        return Some((
            t.start,
            "this string is never closed; add the closing `\"` at the end of its text.".to_string(),
        ));
    }
    if matches!(code_err, RonError::InvalidEscape(_)) {
        return None;
    }
    let i = code.iter().position(|t| t.start >= stop_at)?;
    let before = code.get(i.checked_sub(1)?)?;
    let text = &src[before.start..before.end];
    let stopped_after = matches!(before.tok, Tok::Str { .. }) && text.contains('\n');
    if !stopped_after || matches!(code[i].tok, Tok::Comma | Tok::Close(_) | Tok::Colon) {
        return None;
    }
    let line = line_no(src, before.start);
    Some((
        before.start,
        format!(
            "the string that starts here is not closed on line {line}; add the closing `\"` at the end of its text."
        ),
    ))
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
fn bracket_problem(src: &str, code: &[Token], stop_at: usize) -> Option<(usize, String)> {
    if brackets_balance(code) {
        return None;
    }
    let mut stack: Vec<Opened> = Vec::new();
    // Block brackets closed by a closer in the middle of a line, by indentation: (opened, closer).
    let mut closed_inline: Vec<(Opened, usize)> = Vec::new();
    let line_of = |at: usize| line_no(src, at);
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

/// The first escape RON refuses in the string around `stop`, at its backslash.
fn invalid_escape(src: &str, code: &[Token], stop: usize, what: &str) -> (usize, String) {
    let t = code.iter().rev().find(|t| matches!(t.tok, Tok::Str { .. }) && t.start <= stop).copied().unwrap_or(Token {
        tok: Tok::Other,
        start: stop,
        end: stop,
    });
    let text = &src[t.start..t.end];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let Some(&(_, e)) = chars.peek() else { break };
        chars.next();
        let at = t.start + i;
        let rest = &text[i..];
        match e {
            '\'' | '"' | '\\' | 'n' | 'r' | 't' | '0' => {}
            'x' if rest.len() >= 4 && rest[2..4].chars().all(|c| c.is_ascii_hexdigit()) => {}
            'u' => {
                let body = rest.strip_prefix("\\u{").and_then(|r| r.split_once('}')).map(|(d, _)| d);
                let ok = body.is_some_and(|d| {
                    (1..=6).contains(&d.len())
                        && d.chars().all(|c| c.is_ascii_hexdigit())
                        && u32::from_str_radix(d, 16).ok().and_then(char::from_u32).is_some()
                });
                if !ok {
                    let shown: String = rest.chars().take_while(|&c| c != '}' && c != '"').take(10).collect();
                    let shown = if rest[shown.len()..].starts_with('}') { format!("{shown}}}") } else { shown };
                    return (
                        at,
                        format!(
                            "`{shown}` is not a valid Unicode escape; write hex digits in braces, as in `\\u{{2019}}`, \
                             or type the character itself."
                        ),
                    );
                }
            }
            other => {
                return (
                    at,
                    format!(
                        "`\\{other}` is not a valid escape in a string; write `\\\\` for a backslash, or use one of \
                         `\\\"`, `\\n`, `\\t` and `\\u{{…}}`."
                    ),
                );
            }
        }
    }
    (stop, format!("{}; correct the escape sequence in this string.", what.to_lowercase()))
}

// ---------------------------------------------------------------------------------------------------
// Checking a parsed pack
// ---------------------------------------------------------------------------------------------------

/// The source and where its values are, for pointing problems at them.
struct Doc<'a> {
    src: &'a str,
    root: Option<Node>,
}

impl Doc<'_> {
    fn sheet_field(&self, field: &str) -> Option<&Node> {
        self.root.as_ref()?.field(self.src, field)
    }

    fn item(&self, list: &str, i: usize) -> Option<&Node> {
        self.sheet_field(list)?.item(i)
    }

    /// Start of field `field` of item `i` of `list`, or of the item, or of the file.
    fn item_field_at(&self, list: &str, i: usize, field: &str) -> usize {
        let item = self.item(list, i);
        item.and_then(|n| n.field(self.src, field)).or(item).map_or(0, |n| n.span.start)
    }

    fn item_at(&self, list: &str, i: usize) -> usize {
        self.item(list, i).map_or(0, |n| n.span.start)
    }

    /// Start of element `j` of the list in field `field` of item `i` of `list`.
    fn item_list_at(&self, list: &str, i: usize, field: &str, j: usize) -> usize {
        let item = self.item(list, i);
        let seq = item.and_then(|n| n.field(self.src, field));
        seq.and_then(|s| s.item(j)).or(seq).or(item).map_or(0, |n| n.span.start)
    }

    /// The claim slot `slot` of fact `i` (element `j` of it if it is a list).
    fn slot(&self, i: usize, slot: &str, j: Option<usize>) -> Option<&Node> {
        let claim = self.item("facts", i)?.field(self.src, "claim")?;
        let value = claim.field(self.src, slot);
        match j {
            Some(j) => value.and_then(|v| v.item(j)).or(value),
            None => value,
        }
        .or(Some(claim))
    }

    fn slot_at(&self, i: usize, slot: &str, j: Option<usize>) -> usize {
        self.slot(i, slot, j).map_or_else(|| self.item_at("facts", i), |n| n.span.start)
    }

    /// Where `needle` occurs (ASCII case-insensitively) in the string literal starting at `at`, or `at`.
    fn inside_string(&self, at: usize, needle: &str) -> usize {
        let end =
            if self.src.as_bytes().get(at) == Some(&b'"') { string_end(self.src.as_bytes(), at + 1).0 } else { at };
        let literal = self.src[at..end].to_ascii_lowercase();
        literal.find(&needle.to_ascii_lowercase()).map_or(at, |p| at + p)
    }
}

/// Collected problems: byte offset and message.
type Found = Vec<(usize, String)>;

/// Every problem of a parsed pack, in file order.
pub fn check(name: &str, source: &str, pack: &Pack) -> Vec<Problem> {
    let tokens = lex(source);
    let code: Vec<Token> = tokens.into_iter().filter(|t| !t.is_comment()).collect();
    let doc = Doc { src: source, root: Reader::new(&code).document() };
    let sheet = &pack.sheet;
    let mut found: Found = Vec::new();

    if sheet.version != SCHEMA_VERSION {
        let at = doc.sheet_field("version").map_or(0, |n| n.span.start);
        found.push((at, version_message(&sheet.version.to_string(), f64::from(sheet.version))));
    }
    check_id(&mut found, doc.sheet_field("id").map_or(0, |n| n.span.start), "the pack id", &sheet.id, &sheet.title);
    if sheet.title.trim().is_empty() {
        let at = doc.sheet_field("title").map_or(0, |n| n.span.start);
        found.push((at, "the `title` is empty; write the article's headline.".to_string()));
    }
    check_topics(&doc, sheet, &mut found);
    check_entities(&doc, sheet, &mut found);
    check_facts(&doc, pack, &mut found);

    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(at, message)| at_offset(name, source, at, message)).collect()
}

/// Lowercase letters and digits in words joined by single hyphens (`"south-korea"`).
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// `text` as a lowercase-hyphenated id.
fn slug(text: &str) -> String {
    let mapped: String =
        text.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    mapped.split_whitespace().collect::<Vec<_>>().join("-")
}

/// An id that is empty or not lowercase-hyphenated. `what` names its owner ("entity id"), `hint` is
/// text to derive a suggested id from.
fn check_id(found: &mut Found, at: usize, what: &str, id: &str, hint: &str) {
    if id.trim().is_empty() {
        let example = Some(slug(hint)).filter(|s| !s.is_empty()).unwrap_or_else(|| "south-korea".to_string());
        found.push((at, format!("{what} is empty; give it a lowercase-hyphenated id such as \"{example}\".")));
    } else if !is_slug(id) {
        let advice = match slug(id) {
            s if s.is_empty() => "use lowercase letters, digits and hyphens only".to_string(),
            s => format!("write \"{s}\" instead, and use that id wherever it is referred to"),
        };
        found.push((at, format!("{what} \"{id}\" is not lowercase-hyphenated; {advice}.")));
    }
}

/// Duplicate ids within one list: the second and later uses are reported, naming the first.
fn check_duplicates<'s>(doc: &Doc, found: &mut Found, list: &str, what: &str, ids: impl Iterator<Item = &'s str>) {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            continue;
        }
        match seen.get(id) {
            Some(&first) => {
                let line = line_no(doc.src, doc.item_at(list, first));
                found.push((
                    doc.item_field_at(list, i, "id"),
                    format!(
                        "{what} id \"{id}\" is already used by the {what} at line {line}; give each {what} its own id."
                    ),
                ));
            }
            None => {
                seen.insert(id, i);
            }
        }
    }
}

fn check_topics(doc: &Doc, sheet: &FactSheet, found: &mut Found) {
    for (i, topic) in sheet.topics.iter().enumerate() {
        let id_at = doc.item_field_at("topics", i, "id");
        check_id(found, id_at, "topic id", &topic.id, &topic.name);
        if topic.name.trim().is_empty() {
            found.push((
                doc.item_field_at("topics", i, "name"),
                format!("topic \"{}\" has an empty `name`; write a display name such as \"History\".", topic.id),
            ));
        }
    }
    check_duplicates(doc, found, "topics", "topic", sheet.topics.iter().map(|t| t.id.as_str()));
}

fn kind_name(kind: EntityKind) -> String {
    format!("{kind:?}")
}

/// "a Person", "a City, Place or Country".
fn kinds_phrase(kinds: &[EntityKind]) -> String {
    let names: Vec<String> = kinds.iter().map(|&k| kind_name(k)).collect();
    let joined = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    let article = if joined.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
    format!("{article} {joined}")
}

fn check_entities(doc: &Doc, sheet: &FactSheet, found: &mut Found) {
    // Folded name or alias -> (entity index, the form as written).
    let mut names: BTreeMap<String, (usize, &str)> = BTreeMap::new();
    for (i, entity) in sheet.entities.iter().enumerate() {
        let id_at = doc.item_field_at("entities", i, "id");
        check_id(found, id_at, "entity id", &entity.id, &entity.name);
        let who = if entity.id.is_empty() {
            format!("the entity at line {}", line_no(doc.src, doc.item_at("entities", i)))
        } else {
            format!("entity \"{}\"", entity.id)
        };
        if entity.name.trim().is_empty() {
            found.push((
                doc.item_field_at("entities", i, "name"),
                format!("{who} has an empty `name`; write its name as the article spells it."),
            ));
        }
        let forms =
            std::iter::once((None, &entity.name)).chain(entity.aliases.iter().enumerate().map(|(j, a)| (Some(j), a)));
        for (j, form) in forms {
            let at = match j {
                Some(j) => doc.item_list_at("entities", i, "aliases", j),
                None => doc.item_field_at("entities", i, "name"),
            };
            let folded = fold(form);
            if folded.is_empty() {
                if j.is_some() {
                    found.push((at, format!("{who} has an empty alias; remove it.")));
                }
                continue;
            }
            match names.get(&folded) {
                Some(&(other, other_form)) if other != i => {
                    let other_entity = &sheet.entities[other];
                    let this = if j.is_some() { "alias" } else { "name" };
                    let that = if fold(&other_entity.name) == folded { "the name" } else { "an alias" };
                    let line = line_no(doc.src, doc.item_at("entities", other));
                    let written = if other_form == form { String::new() } else { format!(", as \"{other_form}\"") };
                    found.push((
                        at,
                        format!(
                            "the {this} \"{form}\" of {who} is also {that} of entity \"{}\" (line {line}{written}), so \
                             a typed answer \"{form}\" could mean either; remove it from one of them or make it more \
                             specific.",
                            other_entity.id
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    names.insert(folded, (i, form));
                }
            }
        }
    }
    check_duplicates(doc, found, "entities", "entity", sheet.entities.iter().map(|e| e.id.as_str()));

    let by_id = entity_index(sheet);
    for (i, entity) in sheet.entities.iter().enumerate() {
        let Some(country) = &entity.country else { continue };
        let at = doc.item_field_at("entities", i, "country");
        let owner = format!("entity \"{}\"", entity.id);
        match by_id.get(country.as_str()) {
            None => found.push((at, unknown_entity(&owner, "has country", country, sheet, &[EntityKind::Country]))),
            Some(target) if target.kind != EntityKind::Country => found.push((
                at,
                format!(
                    "the `country` of {owner} is \"{country}\", {}, but it must be a Country; correct the id, or \
                     change that entity's `kind` if it is wrong.",
                    kinds_phrase(&[target.kind])
                ),
            )),
            Some(_) => {}
        }
    }
}

/// Entities by id, with their names and aliases folded as the grader and generator compare them.
struct Index<'s> {
    by_id: BTreeMap<&'s str, &'s super::Entity>,
    /// Per entity id: each non-empty name or alias folded and padded with spaces (`" president lee "`),
    /// with the form as written.
    names: BTreeMap<&'s str, Vec<(String, &'s str)>>,
}

impl<'s> Index<'s> {
    fn new(sheet: &'s FactSheet) -> Self {
        let by_id = entity_index(sheet);
        let names = by_id
            .iter()
            .map(|(&id, e)| {
                let forms = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|f| (fold(f), f.as_str()))
                    .filter(|(folded, _)| !folded.is_empty())
                    .map(|(folded, f)| (format!(" {folded} "), f))
                    .collect();
                (id, forms)
            })
            .collect();
        Self { by_id, names }
    }
}

/// Entities by id; the first of duplicates wins (the duplicate itself is reported).
fn entity_index(sheet: &FactSheet) -> BTreeMap<&str, &super::Entity> {
    let mut by_id = BTreeMap::new();
    for e in &sheet.entities {
        by_id.entry(e.id.as_str()).or_insert(e);
    }
    by_id
}

/// "`owner` `verb` entity \"xii\", which is not in `entities`; add it or correct the id (did you mean
/// \"xi\"?)." Suggestions prefer entities of the kinds the slot allows.
fn unknown_entity(owner: &str, verb: &str, id: &str, sheet: &FactSheet, kinds: &[EntityKind]) -> String {
    let fits = |k: EntityKind| kinds.is_empty() || kinds.contains(&k);
    let lower = id.to_lowercase();
    let best = sheet
        .entities
        .iter()
        .filter(|e| fits(e.kind) && !e.id.is_empty())
        .map(|e| {
            let by_id = strsim::normalized_damerau_levenshtein(&lower, &e.id);
            let by_name = strsim::normalized_damerau_levenshtein(&slug(id), &slug(&e.name));
            (by_id.max(by_name), e.id.as_str())
        })
        .filter(|(score, _)| *score >= SUGGEST_ID)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = best.map_or_else(String::new, |(_, near)| format!(" (did you mean \"{near}\"?)"));
    let noun = if verb == "names" { "entity " } else { "" };
    format!("{owner} {verb} {noun}\"{id}\", which is not in `entities`; add it or correct the id{hint}.")
}

/// An entity slot of a claim.
struct Ref<'c> {
    slot: &'static str,
    /// Position in a list slot (`between`, `parties`, Event `who`).
    item: Option<usize>,
    id: &'c str,
    /// The kinds the slot allows; empty for any.
    kinds: &'static [EntityKind],
    /// Whether free text of the fact may not contain this entity's names (a Statement's `quote` is a
    /// Phrase whose words occur in `said` by design).
    leaks: bool,
}

/// A claim's slots: entity references, free text and dates.
struct Slots<'c> {
    variant: &'static str,
    refs: Vec<Ref<'c>>,
    texts: Vec<(&'static str, &'c str)>,
    dates: Vec<&'c str>,
}

const PERSON: &[EntityKind] = &[EntityKind::Person];
const WHERE: &[EntityKind] = &[EntityKind::City, EntityKind::Place, EntityKind::Country];
const PHRASE: &[EntityKind] = &[EntityKind::Phrase];
const ISSUE: &[EntityKind] = &[EntityKind::Issue];
const COUNTRY: &[EntityKind] = &[EntityKind::Country];
const ANY: &[EntityKind] = &[];

fn one<'c>(slot: &'static str, id: &'c str, kinds: &'static [EntityKind]) -> Ref<'c> {
    Ref { slot, item: None, id, kinds, leaks: true }
}

fn many<'c>(slot: &'static str, ids: &'c [String]) -> impl Iterator<Item = Ref<'c>> {
    ids.iter().enumerate().map(move |(j, id)| Ref { slot, item: Some(j), id, kinds: ANY, leaks: true })
}

fn slots(claim: &Claim) -> Slots<'_> {
    let mut s = Slots { variant: "", refs: Vec::new(), texts: Vec::new(), dates: Vec::new() };
    match claim {
        Claim::Meeting { who, whom, place, date } => {
            s.variant = "Meeting";
            s.refs.push(one("who", who, PERSON));
            s.refs.push(one("whom", whom, PERSON));
            s.refs.extend(place.as_deref().map(|p| one("place", p, WHERE)));
            s.dates.extend(date.as_deref());
        }
        Claim::Identity { who, is, country } => {
            s.variant = "Identity";
            s.refs.push(one("who", who, ANY));
            // `country` is never asked in a stem (only matched), so `is` may name it.
            s.refs.extend(country.as_deref().map(|c| Ref { leaks: false, ..one("country", c, COUNTRY) }));
            s.texts.push(("is", is));
        }
        Claim::Visit { who, destination, date, first } => {
            s.variant = "Visit";
            s.refs.push(one("who", who, ANY));
            // `first` only appears in the question asking who made the visit, so it may name the destination.
            s.refs.push(Ref { leaks: false, ..one("destination", destination, ANY) });
            s.dates.extend(date.as_deref());
            s.texts.extend(first.as_deref().map(|f| ("first", f)));
        }
        Claim::Statement { speaker, said, quote } => {
            s.variant = "Statement";
            s.refs.push(one("speaker", speaker, ANY));
            s.refs.extend(quote.as_deref().map(|q| Ref { leaks: false, ..one("quote", q, PHRASE) }));
            s.texts.push(("said", said));
        }
        Claim::Stance { actor, stance, issue } => {
            s.variant = "Stance";
            s.refs.push(one("actor", actor, ANY));
            // The issue is never asked in a stem, so the stance may name it.
            s.refs.extend(issue.as_deref().map(|i| Ref { leaks: false, ..one("issue", i, ISSUE) }));
            s.texts.push(("stance", stance));
        }
        Claim::Relation { between, state } => {
            s.variant = "Relation";
            s.refs.extend(many("between", between));
            s.texts.push(("state", state));
        }
        Claim::Quantity { statement, question, .. } => {
            s.variant = "Quantity";
            s.texts.push(("statement", statement));
            s.texts.push(("question", question));
        }
        Claim::Agreement { parties, what, .. } => {
            s.variant = "Agreement";
            s.refs.extend(many("parties", parties));
            s.texts.push(("what", what));
        }
        Claim::Report { source, says } => {
            s.variant = "Report";
            s.refs.push(one("source", source, ANY));
            s.texts.push(("says", says));
        }
        Claim::Event { what, who, place, date, .. } => {
            s.variant = "Event";
            s.texts.push(("what", what));
            s.refs.extend(many("who", who));
            s.refs.extend(place.as_deref().map(|p| one("place", p, WHERE)));
            s.dates.extend(date.as_deref());
        }
    }
    s
}

fn check_facts(doc: &Doc, pack: &Pack, found: &mut Found) {
    let sheet = &pack.sheet;
    let index = Index::new(sheet);
    // Split only when some evidence needs a suggestion.
    let mut sentences: Option<Vec<String>> = None;
    for (i, fact) in sheet.facts.iter().enumerate() {
        let s = slots(&fact.claim);
        let hint = format!("{} {}", s.variant, s.refs.first().map_or("", |r| r.id));
        check_id(found, doc.item_field_at("facts", i, "id"), "fact id", &fact.id, &hint);
        let owner = if fact.id.is_empty() {
            format!("the fact at line {}", line_no(doc.src, doc.item_at("facts", i)))
        } else {
            format!("fact \"{}\"", fact.id)
        };

        for (j, topic) in fact.topics.iter().enumerate() {
            if pack.topic(topic).is_none() {
                let near = closest(topic, sheet.topics.iter().map(|t| t.id.as_str()), SUGGEST_ID);
                let hint = near.map_or_else(String::new, |n| format!(" (did you mean \"{n}\"?)"));
                found.push((
                    doc.item_list_at("facts", i, "topics", j),
                    format!(
                        "{owner} is tagged with topic \"{topic}\", which is not in `topics`; add it there or correct \
                         the id{hint}."
                    ),
                ));
            }
        }

        check_evidence(doc, i, &owner, &fact.evidence, &pack.article, &mut sentences, found);
        check_claim(doc, i, &owner, &fact.claim, &s, sheet, &index, found);
    }
    check_duplicates(doc, found, "facts", "fact", sheet.facts.iter().map(|f| f.id.as_str()));
}

fn check_evidence(
    doc: &Doc,
    i: usize,
    owner: &str,
    evidence: &str,
    article: &Article,
    sentences: &mut Option<Vec<String>>,
    found: &mut Found,
) {
    let at = doc.item_field_at("facts", i, "evidence");
    if evidence.trim().is_empty() {
        found.push((
            at,
            format!("the evidence of {owner} is empty; copy the sentence that states the fact from the article."),
        ));
        return;
    }
    if article.find(evidence).is_some() {
        return;
    }
    let sentences = sentences.get_or_insert_with(|| self::sentences(article));
    let message = match closest_sentence(evidence, sentences) {
        Some(sentence) => format!(
            "the evidence of {owner} does not occur in the article; copy the quote from the article exactly (the \
             closest sentence in the article is: “{sentence}”)."
        ),
        None => format!(
            "the evidence of {owner} does not occur in the article, and no sentence of the article is close to it; \
             copy the sentence that states the fact from the article."
        ),
    };
    found.push((at, message));
}

/// The article's sentences, whitespace collapsed.
fn sentences(article: &Article) -> Vec<String> {
    let text = article.text();
    let mut out = Vec::new();
    for para in article.paragraphs() {
        let mut at = para.start;
        while at < para.end {
            let range = article.sentence_around(at);
            let sentence =
                text[range.start.max(at)..range.end.min(para.end)].split_whitespace().collect::<Vec<_>>().join(" ");
            if !sentence.is_empty() {
                out.push(sentence);
            }
            if range.end <= at {
                break;
            }
            at = range.end;
            while at < para.end && text.as_bytes()[at].is_ascii_whitespace() {
                at += 1;
            }
        }
    }
    out
}

/// The sentence most like `evidence`, comparing the whole sentence and, for a quote shorter than the
/// sentence, every run of whole words about as long as the quote.
fn closest_sentence<'s>(evidence: &str, sentences: &'s [String]) -> Option<&'s str> {
    let needle = normalise(evidence);
    let len = needle.chars().count();
    let mut best: Option<(f64, &str)> = None;
    for sentence in sentences {
        let hay = normalise(sentence);
        let mut score = strsim::normalized_levenshtein(&needle, &hay);
        if hay.chars().count() > len {
            let starts = std::iter::once(0).chain(hay.match_indices(' ').map(|(p, _)| p + 1));
            for start in starts {
                let rest = &hay[start..];
                let end = rest.char_indices().skip(len).find(|&(_, c)| c == ' ').map_or(rest.len(), |(p, _)| p);
                score = score.max(strsim::normalized_levenshtein(&needle, &rest[..end]));
                if rest.len() == end {
                    break;
                }
            }
        }
        if score >= SUGGEST_SENTENCE && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, sentence));
        }
    }
    best.map(|(_, s)| s)
}

#[allow(clippy::too_many_arguments)]
fn check_claim(
    doc: &Doc,
    i: usize,
    owner: &str,
    claim: &Claim,
    s: &Slots,
    sheet: &FactSheet,
    index: &Index,
    found: &mut Found,
) {
    let by_id = &index.by_id;
    let variant = s.variant;
    let article = if variant.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };

    for r in &s.refs {
        let at = doc.slot_at(i, r.slot, r.item);
        match by_id.get(r.id) {
            None => found.push((at, unknown_entity(owner, "names", r.id, sheet, r.kinds))),
            Some(e) if !r.kinds.is_empty() && !r.kinds.contains(&e.kind) => found.push((
                at,
                format!(
                    "the `{}` of {owner} is \"{}\", {}, but {article} {variant}'s `{}` must be {}; correct the id, or \
                     change that entity's `kind` if it is wrong.",
                    r.slot,
                    r.id,
                    kinds_phrase(&[e.kind]),
                    r.slot,
                    kinds_phrase(r.kinds)
                ),
            )),
            Some(_) => {}
        }
    }

    let list_slot = match claim {
        Claim::Relation { between, .. } => Some(("between", between)),
        Claim::Agreement { parties, .. } => Some(("parties", parties)),
        _ => None,
    };
    if let Some((slot, ids)) = list_slot {
        let at = doc.item("facts", i).and_then(|f| f.field(doc.src, "claim")).and_then(|c| c.field(doc.src, slot));
        let at = at.map_or_else(|| doc.slot_at(i, slot, None), |n| n.span.start);
        if slot == "between" && ids.len() != 2 {
            found.push((
                at,
                format!(
                    "a Relation is between exactly two parties, but {owner} names {}; keep two, or split it into one \
                     Relation per pair.",
                    ids.len()
                ),
            ));
        } else if slot == "parties" && ids.len() < 2 {
            found.push((
                at,
                format!(
                    "an Agreement needs at least two parties, but {owner} names {}; add the other party.",
                    ids.len()
                ),
            ));
        }
        for (j, id) in ids.iter().enumerate() {
            if ids[..j].contains(id) {
                found.push((
                    doc.slot_at(i, slot, Some(j)),
                    format!("{owner} names \"{id}\" twice in `{slot}`; name each party once."),
                ));
            }
        }
    }

    for date in &s.dates {
        check_date(found, doc.slot_at(i, "date", None), owner, date);
    }

    if let Claim::Quantity { statement, value, tolerance, .. } = claim {
        let count = statement.matches("{n}").count();
        if count != 1 {
            let has = if count == 0 { "has no `{n}`".to_string() } else { format!("has `{{n}}` {count} times") };
            found.push((
                doc.slot_at(i, "statement", None),
                format!(
                    "the `statement` of {owner} {has}; write `{{n}}` exactly once, where the number goes (\"{{n}} of \
                     the victims were Korean\")."
                ),
            ));
        }
        if !value.is_finite() {
            found.push((
                doc.slot_at(i, "value", None),
                format!("the `value` of {owner} is not a finite number; write the number the article states."),
            ));
        }
        if !tolerance.is_finite() || *tolerance < 0.0 {
            found.push((
                doc.slot_at(i, "tolerance", None),
                format!(
                    "the `tolerance` of {owner} is {tolerance}; write 0 or a positive number (how far a typed answer \
                     may be from the value)."
                ),
            ));
        }
    }

    for &(slot, text) in &s.texts {
        let at = doc.slot_at(i, slot, None);
        if text.trim().is_empty() {
            found.push((at, format!("the `{slot}` of {owner} is empty; write it as the article states it.")));
            continue;
        }
        let folded = format!(" {} ", fold(text));
        for r in s.refs.iter().filter(|r| r.leaks) {
            let (Some(e), Some(forms)) = (by_id.get(r.id), index.names.get(r.id)) else { continue };
            let Some(&(_, form)) = forms.iter().find(|(padded, _)| folded.contains(padded.as_str())) else {
                continue;
            };
            let how = if *form == e.name { "the name" } else { "an alias" };
            found.push((
                doc.inside_string(at, form),
                format!(
                    "the `{slot}` of {owner} contains \"{form}\", {how} of \"{}\", the fact's `{}`, so questions \
                     would give the answer away; rephrase it without that name.",
                    r.id, r.slot
                ),
            ));
        }
    }
}

fn check_date(found: &mut Found, at: usize, owner: &str, date: &str) {
    let has_year = date.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4);
    if has_year {
        let without: String = date
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !(w.is_empty() || w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join(" ");
        let suggestion = MonthDay::parse(&without).map_or_else(String::new, |d| format!(" (\"{d}\")"));
        found.push((
            at,
            format!(
                "the date \"{date}\" of {owner} has a year, but the article never states a year; write the month and \
                 day only{suggestion}."
            ),
        ));
    } else if MonthDay::parse(date).is_none() {
        let numeric = date.chars().any(|c| c == '/' || c == '.') && !date.chars().any(char::is_alphabetic);
        let advice = if numeric {
            "numeric dates are ambiguous between month-first and day-first, so write the month's name, such as \
             \"January 5\""
                .to_string()
        } else if let Some((near, Some(_))) = MonthDay::parse_forgiving(date) {
            format!("write the month's name in full, as in \"{near}\"")
        } else {
            "write a month and a day as the article gives them, such as \"January 5\"".to_string()
        };
        found.push((at, format!("the date \"{date}\" of {owner} is not a month and day; {advice}.")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str =
        "Lee met Xi Jinping in Beijing on January 5. Xi called it a ‘new chapter’.\n\nTakaichi welcomed Lee in Nara.";

    fn sheet(entities: &str, facts: &str) -> String {
        format!(
            "(\n    version: 1,\n    id: \"t\",\n    title: \"T\",\n    source: \"S\",\n    article: \"a.txt\",\n    \
             topics: [(id: \"history\", name: \"History\")],\n    entities: [\n{entities}\n    ],\n    facts: [\n{facts}\n    ],\n)\n"
        )
    }

    const ENTITIES: &str = r#"        (id: "lee", kind: Person, name: "Lee Jae Myung", aliases: ["Lee"]),
        (id: "xi", kind: Person, name: "Xi Jinping", aliases: ["Xi"], country: "china"),
        (id: "china", kind: Country, name: "China"),
        (id: "beijing", kind: City, name: "Beijing"),
        (id: "new-chapter", kind: Phrase, name: "new chapter"),"#;

    fn problems(facts: &str) -> Vec<String> {
        let src = sheet(ENTITIES, facts);
        match Pack::from_sources("t.ron", &src, ARTICLE, None) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems.iter().map(|p| format!("{}:{}: {}", p.line, p.column, p.message)).collect(),
        }
    }

    #[test]
    fn a_clean_sheet_has_no_problems() {
        let facts = r#"        (id: "meet", evidence: "Lee met Xi Jinping in Beijing on January 5.", claim: Meeting(who: "lee", whom: "xi", place: Some("beijing"), date: "January 5")),
        (id: "said", evidence: "Xi called it a 'new chapter'.", claim: Statement(speaker: "xi", said: "called it a ‘new chapter’", quote: "new-chapter")),"#;
        assert_eq!(problems(facts), Vec::<String>::new());
    }

    #[test]
    fn leaks_are_found_in_free_text_at_the_name() {
        let facts = r#"        (id: "said", evidence: "Xi called it a 'new chapter'.", claim: Statement(speaker: "xi", said: "Xi called it a new chapter")),"#;
        let p = problems(facts);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("16:104: the `said` of fact \"said\" contains \"Xi\""), "{p:?}");
    }

    #[test]
    fn numeric_and_empty_dates_are_refused_with_advice() {
        let facts = r#"        (id: "meet", evidence: "Lee met Xi Jinping", claim: Meeting(who: "lee", whom: "xi", date: "1/5")),"#;
        let p = problems(facts);
        assert!(p[0].contains("numeric dates are ambiguous"), "{p:?}");
    }

    #[test]
    fn agreements_need_two_distinct_parties() {
        let facts = r#"        (id: "agree", evidence: "Lee met Xi Jinping", claim: Agreement(parties: ["lee", "lee"], what: "to meet")),"#;
        let p = problems(facts);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("names \"lee\" twice in `parties`"), "{p:?}");
    }

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

    #[test]
    fn lexer_skips_comments_and_strings() {
        let src = "( /* a ( */ x: \"(\\\"\", // )\n r#\"[\"#, 'c')";
        let opens = lex(src).iter().filter(|t| matches!(t.tok, Tok::Open(_) | Tok::Close(_))).count();
        assert_eq!(opens, 2);
    }

    #[test]
    fn a_byte_order_mark_is_not_counted() {
        let src = format!("\u{feff}{}", sheet(ENTITIES, ""));
        assert!(parse("t.ron", &src).is_ok());
        let p = at_offset("t", &src, src.find('(').expect("paren") + 1, String::new());
        assert_eq!((p.line, p.column), (1, 2));
    }

    #[test]
    fn oversized_sources_are_refused_before_parsing() {
        let big = " ".repeat(MAX_SHEET_BYTES + 1);
        let p = parse("t.ron", &big).expect_err("too large");
        assert!(p.message.starts_with("the file is 5.0 MB"), "{}", p.message);
        assert!(decode_source(big.as_bytes()).is_err());
    }
}
