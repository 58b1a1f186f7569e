//! RON's syntax and shape errors as sentences: the defect itself where it can be found (the bracket left
//! open, the comma missing after a value, the misspelt field), said in the fact sheet's terms, with how
//! to fix it.

use ron::error::{Error as RonError, SpannedError};

use super::MAX_NESTING;
use super::brackets::bracket_problem;
use super::lex::{Tok, Token, memchr, token_at};
use super::position::{Found, line_no, offset_of, where_};
use super::suggest::SUGGEST_ID;
use super::tree::{Node, Reader};
use crate::pack::ProblemKind;
use crate::pack::schema::SCHEMA_VERSION;
use crate::text::{closest, cut};

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
/// bracket left open, the comma missing after a value), else where RON stopped. Its kind is
/// [`ProblemKind::Syntax`] unless the text is well-formed and only its shape is wrong ([`kind_of`]).
pub(super) fn syntax_problem(src: &str, tokens: &[Token], code: &[Token], e: &SpannedError) -> Found {
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

    let syntax = |(at, message): (usize, String)| Found { at, kind: ProblemKind::Syntax, message };
    if let Some(p) = unclosed_comment(tokens, e) {
        return syntax(p);
    }
    if let Some(p) = string_problem(src, code, stop_at, &e.code) {
        return syntax(p);
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
        return syntax(p);
    }
    let field = field_before(src, code, i);
    let field_or = |default: &str| field.clone().map_or_else(|| default.to_string(), |f| format!("`{f}`"));
    let value_text = next.map_or("", |t| &src[t.start..t.end]);
    let kind = kind_of(&e.code, next.map(|t| t.tok), field.is_some());
    let (at, message) = match &e.code {
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
    };
    Found { at, kind, message }
}

/// The kind of defect the sentence of [`syntax_problem`] for `code` reports, given the kind of token RON
/// stopped at (`next`) and whether that token is the value of a field (`of_field`): a value of the wrong
/// type, an unknown, missing or repeated field, an unknown variant, or else a syntax error.
fn kind_of(code: &RonError, next: Option<Tok>, of_field: bool) -> ProblemKind {
    match code {
        RonError::ExpectedIdentifier if of_field && matches!(next, Some(Tok::Str { .. })) => ProblemKind::WrongType,
        RonError::ExpectedString
        | RonError::ExpectedStringEnd
        | RonError::ExpectedInteger
        | RonError::ExpectedFloat
        | RonError::ExpectedBoolean
        | RonError::ExpectedArray
        | RonError::IntegerOutOfBounds
        | RonError::InvalidValueForType { .. } => ProblemKind::WrongType,
        RonError::NoSuchStructField { .. } => ProblemKind::UnknownField,
        RonError::MissingStructField { .. } => ProblemKind::MissingField,
        RonError::DuplicateStructField { .. } => ProblemKind::DuplicateField,
        RonError::NoSuchEnumVariant { .. } => ProblemKind::UnknownVariant,
        _ => ProblemKind::Syntax,
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

#[cfg(test)]
mod tests {
    use crate::pack::ProblemKind;
    use crate::pack::check::fixture::{ENTITIES, sheet};
    use crate::pack::check::parse;

    /// The kind and message `parse` reports for the fixture sheet with `from` replaced by `to`.
    fn refused(from: &str, to: &str) -> (ProblemKind, String) {
        let src = sheet(ENTITIES, "").replacen(from, to, 1);
        assert_ne!(src, sheet(ENTITIES, ""), "the fixture holds {from:?}");
        let p = parse("t.ron", &src).expect_err("refused");
        (p.kind, p.message)
    }

    #[test]
    fn shape_errors_are_told_apart_from_syntax_errors() {
        let cases = [
            (r#"name: "Beijing""#, r#"nmae: "Beijing""#, ProblemKind::UnknownField, "rename it to `name`"),
            (r#", name: "Beijing""#, "", ProblemKind::MissingField, "missing the field `name`"),
            (r#"name: "China""#, r#"name: "China", name: "PRC""#, ProblemKind::DuplicateField, "`name` twice"),
            ("kind: City", "kind: Cty", ProblemKind::UnknownVariant, "change it to `City`"),
            ("kind: City", r#"kind: "City""#, ProblemKind::WrongType, "without the quotes"),
            ("version: 1", r#"version: "1""#, ProblemKind::WrongType, "write `1` without the quotes"),
            (r#"name: "Beijing""#, "name: Beijing", ProblemKind::WrongType, r#"as `"Beijing"`"#),
            ("version: 1,", "version: 1", ProblemKind::Syntax, "add the missing comma"),
            ("kind: City, ", "kind: City,, ", ProblemKind::Syntax, "extra `,`"),
            ("version: 1,", "/* version: 1,", ProblemKind::Syntax, "comment is never closed"),
            ("entities: [", "entities: ", ProblemKind::WrongType, "takes a list in square brackets"),
            ("\n    ],\n    facts", "\n    facts", ProblemKind::Syntax, "expected `]` to close the `entities` list"),
        ];
        for (from, to, kind, says) in cases {
            let (got, message) = refused(from, to);
            assert_eq!(got, kind, "{to}: {message}");
            assert!(message.contains(says), "{to}: {message}");
        }
    }
}
