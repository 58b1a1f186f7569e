//! Packs: an article plus its fact sheet, loaded, checked and indexed for the generator.

pub mod article;
pub mod check;
pub mod date;
pub mod layout;
pub mod numbers;
pub mod schema;
pub mod when;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use article::Article;
pub use date::MonthDay;
pub use schema::{Claim, Entity, EntityKind, Fact, FactSheet, Topic};
pub use when::{Dateline, When};

/// The bundled article, compiled into the binary so `dossier` works from any folder.
pub const BUNDLED_ARTICLE: &str = include_str!("../../quizzes/lee-china-japan.txt");
/// The bundled fact sheet.
pub const BUNDLED_SHEET: &str = include_str!("../../quizzes/lee-china-japan.ron");
/// The name the bundled fact sheet is reported under.
pub const BUNDLED_SHEET_NAME: &str = "quizzes/lee-china-japan.ron";

/// A pack compiled into the binary: its fact sheet, the article, and the name it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The pack's id, as its sheet's `id` states it (a test holds the two equal).
    pub id: &'static str,
    /// The fact sheet's name in messages (`"quizzes/nk-war.ron"`).
    pub name: &'static str,
    /// The fact sheet's text.
    pub sheet: &'static str,
    /// The article's text.
    pub article: &'static str,
}

impl Bundled {
    /// The pack's id, known without reading its sheet (`dossier import` asks it of every bundled pack before
    /// it saves, and parsing the four sheets for it cost more than the rest of the save).
    pub fn id(&self) -> Option<String> {
        Some(self.id.to_string())
    }
}

/// Every bundled pack, the default one ([`BUNDLED_SHEET`]) first: the library a new user finds. The other
/// three are Wikinews articles (CC BY 2.5), each crediting its source in the sheet's header.
pub const LIBRARY: [Bundled; 4] = [
    Bundled { id: "lee-china-japan", name: BUNDLED_SHEET_NAME, sheet: BUNDLED_SHEET, article: BUNDLED_ARTICLE },
    Bundled {
        id: "nk-war",
        name: "quizzes/nk-war.ron",
        sheet: include_str!("../../quizzes/nk-war.ron"),
        article: include_str!("../../quizzes/nk-war.txt"),
    },
    Bundled {
        id: "asylum",
        name: "quizzes/asylum.ron",
        sheet: include_str!("../../quizzes/asylum.ron"),
        article: include_str!("../../quizzes/asylum.txt"),
    },
    Bundled {
        id: "hk-election",
        name: "quizzes/hk-election.ron",
        sheet: include_str!("../../quizzes/hk-election.ron"),
        article: include_str!("../../quizzes/hk-election.txt"),
    },
];

/// One thing wrong with a fact sheet, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line, 0 if the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, 0 if the problem concerns the whole file.
    pub column: usize,
    /// Which kind of defect it is; the message says the same to a person.
    pub kind: ProblemKind,
    /// What is wrong and how to fix it, as a sentence.
    pub message: String,
}

impl Problem {
    /// A problem that concerns the whole file (line and column 0, shown as `1:1`).
    pub fn whole_file(file: &str, kind: ProblemKind, message: String) -> Self {
        Self { file: file.to_string(), line: 0, column: 0, kind, message }
    }
}

/// The kinds of defect a fact sheet can have, one per rule the checker (or the question bank) keeps.
/// Tests and tools tell problems apart by kind; people read the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    // The file as a whole.
    /// The fact sheet cannot be opened or read.
    Unreadable,
    /// The file is larger than [`check::MAX_SHEET_BYTES`].
    TooLarge,
    /// The file holds binary data or text in another encoding than UTF-8.
    NotText,
    /// The file holds nothing but whitespace or comments.
    Empty,
    /// The article the sheet names cannot be read.
    ArticleUnreadable,

    // The RON text and the shape of the schema.
    /// The text is not well-formed RON: a bracket, comma, quote or escape is wrong, or brackets nest too
    /// deeply.
    Syntax,
    /// A value has the wrong type for its field (text where a number belongs, a string where a bare name does).
    WrongType,
    /// A struct has a field the schema does not know.
    UnknownField,
    /// A struct lacks a field the schema requires.
    MissingField,
    /// A struct has the same field twice.
    DuplicateField,
    /// A claim or entity kind the schema does not know.
    UnknownVariant,
    /// The sheet's format `version` is not the one this Dossier reads.
    Version,

    // The content.
    /// An id that is empty or not lowercase-hyphenated.
    BadId,
    /// A text that must say something is empty (title, name, alias, evidence, a claim's text).
    EmptyText,
    /// Two topics, entities or facts share an id.
    DuplicateId,
    /// One name or alias belongs to two entities, so a typed answer could mean either.
    AmbiguousName,
    /// An id that names no entity of the sheet.
    UnknownEntity,
    /// An entity of a kind the slot does not allow (a City where a Person belongs).
    WrongEntityKind,
    /// A fact tagged with a topic the sheet does not list.
    UnknownTopic,
    /// Evidence that does not occur in the article.
    EvidenceNotFound,
    /// A Relation with fewer than two parties (or more than two in a version-1 sheet), an Agreement or a
    /// Summit with fewer than two, an Agenda with no item.
    PartyCount,
    /// A party named twice in one claim.
    RepeatedParty,
    /// An entity that lies (through `within`) within itself.
    ContainmentCycle,
    /// A date that is not a month and day, or that has a year.
    BadDate,
    /// A date or place slot of a fact that neither its evidence nor the sentence the evidence sits in
    /// states (the article never says when or where).
    Unsupported,
    /// A Quantity whose statement lacks exactly one `{n}`, or whose value or tolerance is not a usable number.
    BadQuantity,
    /// Free text of a fact that contains the name of an entity the fact asks about.
    AnswerLeak,
    /// A fact from which no question is made (found by the question bank, not the checker).
    NoQuestion,
    /// A printed text (name, alias, title, unit, statement…) holding a control character or a
    /// bidirectional control, which would break or invisibly reorder what is shown.
    Unprintable,
    /// A question stem the grammar checker flags (found by `dossier check`): a warning, never a reason to
    /// refuse the pack.
    Grammar,
    /// Two questions the bank yields read the same (stem or statement) and have different answers (found by
    /// `dossier check`; refuses the pack).
    ConflictingKeys,
    /// A slot question or cloze whose fact's evidence does not state its answer (found by `dossier check`;
    /// a warning).
    AnswerNotInEvidence,
    /// A false true/false statement that is true because one place lies within the other (found by
    /// `dossier check`; refuses the pack).
    TrueByContainment,
}

impl fmt::Display for Problem {
    /// `file:line:column: message`, the form editors and terminals link to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line.max(1), self.column.max(1), self.message)
    }
}

/// Why a pack could not be loaded: every problem found, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// The problems, never empty.
    pub problems: Vec<Problem>,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackError {}

/// A checked pack: every id resolves, every quote occurs in the article, every date parses. Whether every
/// fact yields a question is known only once questions are made: the generator's `Bank` checks that.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The fact sheet as written.
    pub sheet: FactSheet,
    /// The article it describes.
    pub article: Article,
    /// Where the fact sheet came from (for messages); `None` for the bundled pack.
    pub path: Option<PathBuf>,
    /// The fact sheet's name in messages (the path as the user gave it, or the bundled sheet's name).
    name: String,
    /// The fact sheet's text, for locating problems found after checking ([`Self::problem_at_fact`]).
    source: String,
    entities: BTreeMap<String, usize>,
    facts: BTreeMap<String, usize>,
    /// [`Self::content_hash`], worked out on first use.
    content_hash: std::sync::OnceLock<u64>,
}

impl Pack {
    /// The bundled pack. It is checked by the test suite, so failing here is a build defect; the error is
    /// still returned rather than panicking.
    pub fn bundled() -> Result<Self, PackError> {
        Self::from_sources(BUNDLED_SHEET_NAME, BUNDLED_SHEET, BUNDLED_ARTICLE, None)
    }

    /// One pack of the [`LIBRARY`], read and checked as any other.
    pub fn from_bundled(b: &Bundled) -> Result<Self, PackError> {
        Self::from_sources(b.name, b.sheet, b.article, None)
    }

    /// Loads and checks the fact sheet at `path` and the article it names (relative to the sheet).
    pub fn load(path: &Path) -> Result<Self, PackError> {
        let name = path.display().to_string();
        let one = |p: Problem| PackError { problems: vec![p] };
        let bytes = check::read_sheet(&name, path).map_err(one)?;
        let source = check::decode_source(&name, &bytes).map_err(one)?;
        let sheet = check::parse(&name, &source).map_err(one)?;
        let article = read_article(path, &sheet.article).map_err(|message| {
            one(check::locate_field(&name, &source, "article", ProblemKind::ArticleUnreadable, message))
        })?;
        Self::from_parts(&name, &source, sheet, &article, Some(path.to_path_buf()))
    }

    /// Parses and checks a fact sheet given as text, with its article text. `name` is used in messages.
    pub fn from_sources(name: &str, source: &str, article: &str, path: Option<PathBuf>) -> Result<Self, PackError> {
        let sheet = check::parse(name, source).map_err(|p| PackError { problems: vec![p] })?;
        Self::from_parts(name, source, sheet, article, path)
    }

    /// [`Self::from_sources`] with the article already wrapped, so a caller that reads sheet after sheet
    /// over one article (the importer settling a draft) normalises and indexes it once and clones it. With
    /// `check` false the content rules are not run: the sheet is parsed and indexed only, for a caller that
    /// has checked a sheet of the same items and more. Rule kept: every problem the content rules find is
    /// about the entity or fact at which it is located (or the sheet's own fields), so a sheet whose items
    /// are a subset of a checked sheet's, references to the items left out removed, has no problem the
    /// larger sheet did not have at an item it keeps.
    pub fn from_source_and_article(name: &str, source: &str, article: Article, check: bool) -> Result<Self, PackError> {
        let sheet = check::parse(name, source).map_err(|p| PackError { problems: vec![p] })?;
        Self::checked(name, source, sheet, article, None, check)
    }

    fn from_parts(
        name: &str,
        source: &str,
        sheet: FactSheet,
        article: &str,
        path: Option<PathBuf>,
    ) -> Result<Self, PackError> {
        Self::checked(name, source, sheet, Article::new(article), path, true)
    }

    /// The pack of a parsed sheet, its content rules run first if `check`.
    fn checked(
        name: &str,
        source: &str,
        sheet: FactSheet,
        article: Article,
        path: Option<PathBuf>,
        check: bool,
    ) -> Result<Self, PackError> {
        let mut pack = Self::index(sheet, article, path);
        if check {
            let problems = check::check(name, source, &pack);
            if !problems.is_empty() {
                return Err(PackError { problems });
            }
        }
        pack.name = name.to_string();
        pack.source = source.to_string();
        Ok(pack)
    }

    /// Builds the indexes without checking anything; `check` works on the result.
    pub(crate) fn index(sheet: FactSheet, article: Article, path: Option<PathBuf>) -> Self {
        let entities = sheet.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let facts = sheet.facts.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
        Self {
            sheet,
            article,
            path,
            name: String::new(),
            source: String::new(),
            entities,
            facts,
            content_hash: std::sync::OnceLock::new(),
        }
    }

    /// A problem of `kind` with fact `id` found after the sheet was checked (by the layer that generates
    /// questions), located at the fact's id in the fact sheet, as the checker locates its own problems.
    pub fn problem_at_fact(&self, id: &str, kind: ProblemKind, message: String) -> Problem {
        check::FactLocator::new(&self.name, &self.source).locate(self.facts.get(id).copied(), kind, message)
    }

    /// [`Self::problem_at_fact`] for many problems at once: the sheet is read once for all of them, so a
    /// sheet with thousands of defective facts is not scanned from the start for each.
    pub fn problems_at_facts<'f>(
        &self,
        found: impl IntoIterator<Item = (&'f str, ProblemKind, String)>,
    ) -> Vec<Problem> {
        let locator = check::FactLocator::new(&self.name, &self.source);
        found
            .into_iter()
            .map(|(id, kind, message)| locator.locate(self.facts.get(id).copied(), kind, message))
            .collect()
    }

    /// The pack's stable id.
    pub fn id(&self) -> &str {
        &self.sheet.id
    }

    /// A hash of the pack's content — the fact sheet's text and the article's — the same on every machine:
    /// two copies of a pack agree on it, and any edit to either file changes it (up to hash collisions).
    /// Quiz codes carry part of it, so a code made from one version of a pack never builds a quiz from
    /// another. Worked out once per pack (the setup screen shows a code every frame).
    pub fn content_hash(&self) -> u64 {
        *self.content_hash.get_or_init(|| {
            let sheet = crate::text::stable_hash(self.source.as_bytes());
            crate::text::stable_hash(&[sheet.to_le_bytes().as_slice(), self.article.text().as_bytes()].concat())
        })
    }

    /// The entity with this id. Each lookup is a step of [`crate::text::work`]: a caller that looks up every
    /// entity for each question grows with questions times entities.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        crate::text::work::add(1);
        self.entities.get(id).map(|&i| &self.sheet.entities[i])
    }

    /// The fact with this id.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.get(id).map(|&i| &self.sheet.facts[i])
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.sheet.topics.iter().find(|t| t.id == id)
    }

    /// An entity's display name, or the id itself if it does not resolve (only possible before `check`).
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.entity(id).map_or(id, |e| e.name.as_str())
    }

    /// An entity named with its role as the article gives it ("Japan's Prime Minister Sanae Takaichi").
    pub fn label(&self, id: &str) -> String {
        match self.entity(id) {
            Some(Entity { role: Some(role), name, .. }) => format!("{role} {name}"),
            Some(e) => e.name.clone(),
            None => id.to_string(),
        }
    }

    /// All entities of one kind, in fact-sheet order.
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.sheet.entities.iter().filter(move |e| e.kind == kind)
    }
}

/// Reads the article `named` by the fact sheet at `sheet`, or says why not, as a sentence. The rule kept:
/// the article is a regular file beside its fact sheet, named by a plain file name (no folder, no `..`, no
/// absolute path, so a sheet cannot make Dossier read `/etc/passwd` or `/dev/zero`), read with the same size
/// cap as the sheet ([`check::MAX_SHEET_BYTES`]), and UTF-8 text.
fn read_article(sheet: &Path, named: &str) -> Result<String, String> {
    use std::path::Component;
    let shown = check::printable(named);
    let mut parts = Path::new(named).components();
    let plain =
        matches!((parts.next(), parts.next()), (Some(Component::Normal(_)), None)) && !named.contains(['/', '\\']);
    if !plain {
        return Err(format!(
            "the article \"{shown}\" is not a file name beside the fact sheet; put the article in the fact sheet's \
             folder and write only its file name (no folder, no `..`, no absolute path)."
        ));
    }
    let folder = sheet.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let path = folder.join(named);
    // A link beside the sheet may only lead to a file in the same folder.
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        let inside = match (std::fs::canonicalize(&path), std::fs::canonicalize(folder)) {
            (Ok(target), Ok(folder)) => target.parent() == Some(folder.as_path()),
            _ => false,
        };
        if !inside {
            return Err(format!(
                "the article \"{shown}\" is a link to a file outside the fact sheet's folder; copy the article \
                 into the folder instead of linking to it."
            ));
        }
    }
    let bytes = check::read_capped(&path).map_err(|e| match e {
        check::ReadError::NotRegular(what) => format!(
            "cannot read the article \"{shown}\": it is {what}, not a regular file; put the article text next to \
             the fact sheet."
        ),
        check::ReadError::TooLarge(_) => format!(
            "the article \"{shown}\" is larger than the {} MB an article may be; split it into smaller packs.",
            check::MAX_SHEET_BYTES / (1024 * 1024)
        ),
        check::ReadError::Io(e) => format!(
            "cannot read the article \"{}\" ({e}); put the article next to the fact sheet or correct the file name.",
            path.display()
        ),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "cannot read the article \"{shown}\": the byte at offset {} is not UTF-8 text; save the article again \
             with the UTF-8 encoding.",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Parses an optional date slot that is a month and day (the one form of version 1); `check` has already
/// refused dates that do not parse. Other forms are read by [`slot_when`].
pub fn slot_date(date: Option<&String>) -> Option<MonthDay> {
    date.and_then(|d| MonthDay::parse(d))
}

/// Parses an optional date slot of a version-2 form other than a month and day (a year, a relative day, a
/// deadline, …); `None` for a month and day, which [`slot_date`] reads, so each slot is read one way.
pub fn slot_when(date: Option<&String>) -> Option<When> {
    date.filter(|d| MonthDay::parse(d).is_none()).and_then(|d| When::parse(d))
}

#[cfg(test)]
mod bundled_tests {
    use super::*;

    #[test]
    fn each_bundled_pack_is_known_by_the_id_its_sheet_states() {
        for b in LIBRARY {
            let sheet = check::parse(b.name, b.sheet).expect("a bundled sheet parses");
            assert_eq!(b.id, sheet.id, "{}", b.name);
        }
    }
}
