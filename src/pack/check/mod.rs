//! Checking a fact sheet against its article: size and encoding, RON syntax, ids, slot kinds, evidence
//! quotes, dates and quantities.
//!
//! Every problem is reported with `file:line:column`, its [`ProblemKind`] and one sentence that says what
//! is wrong and how to fix it. RON reports positions only for syntax errors, so [`check`] re-reads the source with a small
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
mod within;

#[cfg(test)]
mod fixture;

use brackets::too_deep;
use lex::{Token, lex};
use position::{Found, Lines};
use read::too_large;
pub use read::{ReadError, decode_source, printable, read_capped, read_sheet, reorders_or_hides};
use rules::{Checker, version_message};
pub use rules::{states_date, states_when};
use syntax::syntax_problem;
use tree::{Doc, Reader};

use super::schema::{FactSheet, MIN_SCHEMA_VERSION, SCHEMA_VERSION};
use super::{Pack, Problem, ProblemKind};

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
    let empty = |message: &str| Problem::whole_file(name, ProblemKind::Empty, message.to_string());
    if source.len() > MAX_SHEET_BYTES {
        return Err(Problem::whole_file(name, ProblemKind::TooLarge, too_large(Some(source.len() as u64))));
    }
    let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = &source[bom..];
    if body.is_empty() {
        return Err(empty("the file is empty; a fact sheet starts with `(version: 1, …)`."));
    }
    if body.trim().is_empty() {
        return Err(empty("the file holds only whitespace; a fact sheet starts with `(version: 1, …)`."));
    }
    let tokens = lex(body);
    let code: Vec<Token> = tokens.iter().copied().filter(|t| !t.is_comment()).collect();
    if code.is_empty() && tokens.iter().all(Token::is_closed) {
        return Err(empty("the file holds only comments; a fact sheet starts with `(version: 1, …)`."));
    }
    let at = |offset: usize, kind, message| Found { at: bom + offset, kind, message }.locate(name, source);
    if let Some(deep) = too_deep(&code) {
        return Err(at(
            deep,
            ProblemKind::Syntax,
            format!(
                "brackets are nested too deeply here (more than {MAX_NESTING} levels, where a fact sheet needs \
                 at most six); remove the extra brackets."
            ),
        ));
    }
    if let Some(root) = Reader::new(&code).document()
        && let Some(version) = root.field(body, "version")
        && let Some(n) = version.number(body)
        && !(MIN_SCHEMA_VERSION..=SCHEMA_VERSION).any(|v| (n - f64::from(v)).abs() <= f64::EPSILON)
    {
        return Err(at(version.span.start, ProblemKind::Version, version_message(&body[version.span.clone()], n)));
    }
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    options.from_str::<FactSheet>(body).map_err(|e| {
        let Found { at: offset, kind, message } = syntax_problem(body, &tokens, &code, &e);
        at(offset, kind, message)
    })
}

/// A problem of `kind` located at the top-level field `field:` of `source`, or at the start of the file.
pub fn locate_field(name: &str, source: &str, field: &str, kind: ProblemKind, message: String) -> Problem {
    let at = Doc::read(source)
        .root
        .and_then(|root| root.field_node(source, field).map(|f| f.value.span.start))
        .or_else(|| source.find(&format!("{field}:")))
        .unwrap_or(0);
    Found { at, kind, message }.locate(name, source)
}

/// Locates problems found after checking, each about one fact of the sheet, at that fact's `id` value
/// (or the fact itself, or the start of the file). The source is read and its lines found once, so
/// locating each problem costs no scan of the file.
pub struct FactLocator<'a> {
    name: &'a str,
    doc: Doc<'a>,
    lines: Lines<'a>,
}

impl<'a> FactLocator<'a> {
    /// A locator in fact sheet `name` whose text is `source`. Reading it is counted as its bytes in
    /// [`crate::text::work`]: one locator per problem would cost the problems times the sheet.
    pub fn new(name: &'a str, source: &'a str) -> Self {
        crate::text::work::add(source.len());
        Self { name, doc: Doc::read(source), lines: Lines::new(source) }
    }

    /// A problem about the fact at index `fact` of `facts` (`None`: no fact, the start of the file).
    pub fn locate(&self, fact: Option<usize>, kind: ProblemKind, message: String) -> Problem {
        let at = fact.map_or(0, |i| self.doc.item_field_at("facts", i, "id"));
        Found { at, kind, message }.locate_in(self.name, &self.lines)
    }
}

/// Every entity slot of `claim`'s kind as the checker reads it, once each (a list slot once, however many
/// entries it has; an optional slot or a list left empty too): the slot's field name and the kinds it
/// accepts (empty: any), to be asked with [`slot_accepts`]. The review screen offers in each slot exactly
/// the entities this table accepts there, so what it offers is what `dossier check` keeps.
pub fn entity_slot_kinds(claim: &super::Claim) -> Vec<(&'static str, &'static [super::EntityKind])> {
    let filled = every_slot_filled(claim);
    let mut out: Vec<(&'static str, &'static [super::EntityKind])> = Vec::new();
    for r in slots::slots(&filled).refs {
        if !out.iter().any(|(slot, _)| *slot == r.slot) {
            out.push((r.slot, r.kinds));
        }
    }
    out
}

/// Whether a slot that accepts `kinds` (from [`entity_slot_kinds`]) takes an entity of `kind`: the rule the
/// checker reports a wrong kind by.
pub fn slot_accepts(kinds: &[super::EntityKind], kind: super::EntityKind) -> bool {
    slots::accepts(kinds, kind)
}

/// `claim` with every optional entity slot and every empty list naming one (empty) id, so the slot table
/// lists them all.
fn every_slot_filled(claim: &super::Claim) -> super::Claim {
    use super::Claim;
    let mut c = claim.clone();
    let fill = |v: &mut Option<String>| {
        v.get_or_insert_with(String::new);
    };
    let fill_list = |v: &mut Vec<String>| {
        if v.is_empty() {
            v.push(String::new());
        }
    };
    match &mut c {
        Claim::Meeting { place, .. } => fill(place),
        Claim::Event { who, place, .. } => {
            fill_list(who);
            fill(place);
        }
        Claim::Identity { country, .. } => fill(country),
        Claim::Statement { quote, .. } => fill(quote),
        Claim::Stance { issue, .. } => fill(issue),
        Claim::Relation { between: list, .. } | Claim::Agreement { parties: list, .. } => fill_list(list),
        Claim::Summit { participants, host, event, place, .. } => {
            fill_list(participants);
            fill(host);
            fill(event);
            fill(place);
        }
        Claim::Agenda { items, at, .. } => {
            fill_list(items);
            fill(at);
        }
        Claim::Visit { .. }
        | Claim::Quantity { .. }
        | Claim::Report { .. }
        | Claim::Reason { .. }
        | Claim::State { .. } => {}
    }
    c
}

/// Every problem of a parsed pack, in file order.
pub fn check(name: &str, source: &str, pack: &Pack) -> Vec<Problem> {
    crate::text::work::add_check();
    let lines = Lines::new(source);
    Checker::new(Doc::read(source), &lines, pack).run().into_iter().map(|f| f.locate_in(name, &lines)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fixture::{ENTITIES, sheet};

    #[test]
    fn a_byte_order_mark_is_not_counted() {
        let src = format!("\u{feff}{}", sheet(ENTITIES, ""));
        assert!(parse("t.ron", &src).is_ok());
        let at = src.find('(').expect("paren") + 1;
        let p = Found { at, kind: ProblemKind::Syntax, message: String::new() }.locate("t", &src);
        assert_eq!((p.line, p.column), (1, 2));
    }

    #[test]
    fn oversized_sources_are_refused_before_parsing() {
        let big = " ".repeat(MAX_SHEET_BYTES + 1);
        let p = parse("t.ron", &big).expect_err("too large");
        assert!(p.message.starts_with("the file is 5.0 MB"), "{}", p.message);
        assert_eq!(p.kind, ProblemKind::TooLarge);
        assert_eq!(decode_source("t.ron", big.as_bytes()).map_err(|p| p.kind), Err(ProblemKind::TooLarge));
    }

    #[test]
    fn whole_file_problems_have_their_kinds() {
        let kind = |src: &str| parse("t.ron", src).map(|_| ()).map_err(|p| p.kind);
        assert_eq!(kind(""), Err(ProblemKind::Empty));
        assert_eq!(kind(" \n\t"), Err(ProblemKind::Empty));
        assert_eq!(kind("// nothing\n/* here */"), Err(ProblemKind::Empty));
        assert_eq!(kind(&sheet(ENTITIES, "").replace("version: 1", "version: 3")), Err(ProblemKind::Version));
        assert_eq!(kind(&sheet(ENTITIES, "").replace("version: 1", "version: 2")), Ok(()));
        assert_eq!(kind(&"[".repeat(MAX_NESTING + 1)), Err(ProblemKind::Syntax));
        assert_eq!(kind(&sheet(ENTITIES, "")), Ok(()));
    }

    #[test]
    fn a_problem_shows_as_file_line_column_message_whatever_its_kind() {
        let whole = Problem::whole_file("t.ron", ProblemKind::Empty, "the file is empty.".to_string());
        assert_eq!(whole.to_string(), "t.ron:1:1: the file is empty.");
        let at = Found { at: 3, kind: ProblemKind::Syntax, message: "here.".to_string() }.locate("t.ron", "ab\ncd");
        assert_eq!(at.to_string(), "t.ron:2:1: here.");
    }

    #[test]
    fn loading_names_an_unreadable_sheet_or_article_by_kind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing.ron");
        let kinds = |path: &std::path::Path| match Pack::load(path) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems.iter().map(|p| p.kind).collect(),
        };
        assert_eq!(kinds(&missing), [ProblemKind::Unreadable]);
        let sheet_path = dir.path().join("t.ron");
        std::fs::write(&sheet_path, sheet(ENTITIES, "")).expect("write the sheet");
        assert_eq!(kinds(&sheet_path), [ProblemKind::ArticleUnreadable], "a.txt is not there");
        std::fs::write(dir.path().join("a.txt"), fixture::ARTICLE).expect("write the article");
        assert_eq!(kinds(&sheet_path), []);
    }

    /// Each case of the malformed corpus (`tests/malformed`, whose sentences `tests/malformed.rs` checks)
    /// with the kind of its one problem.
    #[test]
    fn the_malformed_corpus_reports_each_defect_with_its_kind() {
        use ProblemKind as K;
        let cases = [
            ("alias-clash", K::AmbiguousName),
            ("answer-leak", K::AnswerLeak),
            ("bad-id-characters", K::BadId),
            ("barren-fact", K::NoQuestion),
            ("binary-garbage", K::NotText),
            ("date-with-year", K::Version),
            ("deep-nesting", K::Syntax),
            ("duplicate-entity-id", K::DuplicateId),
            ("duplicate-fact-id", K::DuplicateId),
            ("empty-fact-id", K::BadId),
            ("empty", K::Empty),
            ("evidence-not-in-article", K::EvidenceNotFound),
            ("evidence-unrelated", K::EvidenceNotFound),
            ("expected-string", K::WrongType),
            ("extra-paren", K::Syntax),
            ("invalid-escape", K::Syntax),
            ("missing-bracket", K::Syntax),
            ("missing-comma", K::Syntax),
            ("missing-field", K::MissingField),
            ("missing-paren", K::Syntax),
            ("not-utf8", K::NotText),
            ("quantity-without-n", K::BadQuantity),
            ("quoted-kind", K::WrongType),
            ("relation-three-parties", K::Version),
            ("trailing-characters", K::Syntax),
            ("unclosed-comment", K::Syntax),
            ("unclosed-string", K::Syntax),
            ("unknown-entity", K::UnknownEntity),
            ("unknown-field", K::UnknownField),
            ("unknown-topic", K::UnknownTopic),
            ("unknown-variant", K::UnknownVariant),
            ("unparsable-date", K::BadDate),
            ("unresolved-country", K::UnknownEntity),
            ("version-3", K::Version),
            ("whitespace-only", K::Empty),
            ("wrong-slot-kind", K::WrongEntityKind),
        ];
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed");
        for (case, kind) in cases {
            let path = corpus.join(format!("{case}.ron"));
            let problems = match crate::generate::Bank::load(&path) {
                Ok(_) => Vec::new(),
                Err(e) => e.problems,
            };
            assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [kind], "{case}: {problems:?}");
        }
    }
}
