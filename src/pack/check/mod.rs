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
//!
//! The pipeline, one module a step: [`read_sheet`] and [`decode_source`] (`read`) turn a file into text;
//! `lex` cuts it into tokens and `tree` reads them into located values; [`parse`] hands the text to RON
//! and, if RON refuses it, `syntax` (with `brackets`) says why as a sentence; [`check`] runs the content
//! rules (`rules`, with the claim anatomy of `slots`) on the parsed sheet, and `suggest` offers what was
//! probably meant; `position` turns byte offsets into lines and columns.

mod brackets;
mod lex;
mod position;
mod read;
mod rules;
mod slots;
mod suggest;
mod syntax;
mod tree;

#[cfg(test)]
mod fixture;

use brackets::too_deep;
use lex::{Token, lex};
use position::at_offset;
use read::too_large;
pub use read::{decode_source, read_sheet};
use rules::{Checker, version_message};
use syntax::syntax_problem;
use tree::{Doc, Reader};

use super::schema::{FactSheet, SCHEMA_VERSION};
use super::{Pack, Problem};

/// The largest fact sheet Dossier reads. A sheet for a long article is a few hundred kilobytes; anything
/// bigger is the wrong file, and refusing it before parsing keeps a mistaken choice from stalling the app.
pub const MAX_SHEET_BYTES: usize = 5 * 1024 * 1024;

/// The deepest bracket nesting a fact sheet may have. The schema itself needs six levels (sheet, list of
/// facts, fact, claim, list of parties, `Some(…)`); the limit only stops pathological input.
pub const MAX_NESTING: usize = 64;

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

/// A problem located at the top-level field `field:` of `source`, or at the start of the file.
pub fn locate_field(name: &str, source: &str, field: &str, message: String) -> Problem {
    let at = Doc::read(source)
        .root
        .and_then(|root| root.field_node(source, field).map(|f| f.value.span.start))
        .or_else(|| source.find(&format!("{field}:")))
        .unwrap_or(0);
    at_offset(name, source, at, message)
}

/// Every problem of a parsed pack, in file order.
pub fn check(name: &str, source: &str, pack: &Pack) -> Vec<Problem> {
    let found = Checker::new(Doc::read(source), pack).run();
    found.into_iter().map(|f| at_offset(name, source, f.at, f.message)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fixture::{ENTITIES, sheet};

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
