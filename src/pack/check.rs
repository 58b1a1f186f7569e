//! Checking a fact sheet against its article: syntax, ids, evidence quotes, dates, question yield.
//!
//! Every problem is reported with `file:line:column` and a sentence that says how to fix it.

use super::{Pack, Problem, schema::FactSheet};

/// Decodes a fact sheet's bytes as UTF-8 text, or says why it cannot be one.
pub fn decode_source(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!("the file is not UTF-8 text (invalid byte at offset {}); save it as UTF-8.", e.utf8_error().valid_up_to())
    })
}

/// Parses RON text into a fact sheet, or the first syntax or shape problem with its position.
pub fn parse(name: &str, source: &str) -> Result<FactSheet, Problem> {
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str::<FactSheet>(source).map_err(|e| Problem {
        file: name.to_string(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: format!("{}.", e.code),
    })
}

/// A problem located at `field:` in `source` (its first occurrence), or at the start of the file.
pub fn locate_field(name: &str, source: &str, field: &str, message: String) -> Problem {
    let at = source.find(&format!("{field}:")).unwrap_or(0);
    at_offset(name, source, at, message)
}

fn at_offset(name: &str, source: &str, at: usize, message: String) -> Problem {
    let before = &source[..at.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Problem { file: name.to_string(), line, column, message }
}

/// Every problem of a parsed pack, in file order.
pub fn check(name: &str, source: &str, pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    for fact in &pack.sheet.facts {
        if pack.article.find(&fact.evidence).is_none() {
            let at = source.find(&fact.evidence).unwrap_or(0);
            problems.push(at_offset(
                name,
                source,
                at,
                format!("the evidence of fact \"{}\" does not occur in the article; copy the quote from the article exactly.", fact.id),
            ));
        }
    }
    problems
}
