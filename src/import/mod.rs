//! Drafting a fact sheet from a news article nobody wrote for Dossier (`dossier import`).
//!
//! A pipeline of small steps, each tested on its own:
//! 1. [`text`]: the article as text — headline, dateline, paragraphs and sentences, from plain text,
//!    Markdown or a saved web page; bad input (empty, binary, not UTF-8, too large, not English) is refused
//!    with a sentence.
//! 2. [`entities`]: who and what the article names — people, countries, cities, places, organisations,
//!    groups — with kinds from a gazetteer, roles from titles and appositives, and aliases carried through
//!    the article; and where each is mentioned.
//! 3. [`facts`]: facts drafted from single sentences (meetings, visits, statements, stances, quantities,
//!    roles, events with dates), each with a verbatim span of the article as its evidence.
//! 4. [`sheet`]: the fact sheet assembled and written as RON, then checked by the same checker and question
//!    bank as a hand-written sheet; every fact or entity the checker objects to is left out, so a draft that
//!    is written always passes `dossier check`.
//!
//! The rule over all of it: a smaller true sheet beats a larger doubtful one. A fact is drafted only where a
//! pattern states it in one sentence, and nothing is drafted that the text does not state. The same input
//! gives a byte-identical draft.

pub mod entities;
pub mod facts;
pub mod html;
pub mod mentions;
pub mod sheet;
pub mod text;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use sheet::Draft;

/// Why an article could not be drafted, as a sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file holds nothing but whitespace.
    Empty,
    /// The file holds binary data (NUL bytes or mostly control characters).
    Binary,
    /// The file is not UTF-8; `detail` says where decoding failed.
    NotUtf8 {
        /// Where the first invalid byte is, as a sentence fragment.
        detail: String,
    },
    /// The file is larger than [`text::MAX_ARTICLE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
    },
    /// The text does not read as English.
    NotEnglish,
    /// No sentence of the text yields a fact.
    NothingToQuiz,
    /// Something else, already a sentence (an unreadable file, a pack that exists).
    Other(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the file is empty: there is no article to draft a fact sheet from."),
            Self::Binary => {
                write!(f, "the file is not text (it holds binary data); give a .txt, .md or .html article.")
            }
            Self::NotUtf8 { detail } => {
                write!(f, "the file is not UTF-8 text ({detail}); save the article as UTF-8 and import it again.")
            }
            Self::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, over the {} bytes an article may have; import one article at a time.",
                text::MAX_ARTICLE_BYTES
            ),
            Self::NotEnglish => {
                write!(f, "the text does not read as English; Dossier drafts fact sheets from English articles only.")
            }
            Self::NothingToQuiz => write!(
                f,
                "nothing to quiz on in this text: no sentence states a fact Dossier can draft with confidence."
            ),
            Self::Other(sentence) => write!(f, "{sentence}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// What the user chose on the command line or in the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The title, when the article's headline should not be used.
    pub title: Option<String>,
    /// The pack id, when the one made from the title should not be used.
    pub id: Option<String>,
    /// The topics, when a drafted sheet is edited again (a new draft has none).
    pub topics: Vec<crate::pack::Topic>,
    /// The dateline, when it should not be the one read from the text.
    pub dateline: Option<String>,
    /// The credit line, when it should not be the one read from the text.
    pub credit: Option<String>,
}

/// Drafts a fact sheet from an article's bytes. `file_name` tells the format (`.html`/`.htm` is a saved web
/// page; anything else is plain text or Markdown) and is not read.
pub fn draft(bytes: &[u8], file_name: &str, options: &Options) -> Result<Draft, ImportError> {
    prepare(bytes, file_name)?.assemble(None, options)
}

/// The first three steps of drafting, kept so the user can review the drafted facts and the sheet can be
/// assembled again from the ones they keep.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The article as text.
    pub article: text::Article,
    /// Its entities and their mentions.
    pub found: entities::Found,
    /// Every fact drafted, before the check.
    pub facts: Vec<crate::pack::Fact>,
}

/// A drafted sheet opened again for review: its article (the text saved beside it), its entities and facts
/// as saved. The options keep its title, id, topics, dateline and credit.
pub fn reopen(sheet: &crate::pack::FactSheet, article: &str) -> Result<(Prepared, Options), ImportError> {
    let text = text::read(article.as_bytes(), &sheet.article)?;
    let found = mentions::locate(&text, sheet.entities.clone());
    let options = Options {
        title: Some(sheet.title.clone()),
        id: Some(sheet.id.clone()),
        topics: sheet.topics.clone(),
        dateline: sheet.dateline.clone(),
        credit: sheet.credit.clone(),
    };
    Ok((Prepared { article: text, found, facts: sheet.facts.clone() }, options))
}

/// Reads the article, finds its entities and drafts its facts (steps 1–3).
pub fn prepare(bytes: &[u8], file_name: &str) -> Result<Prepared, ImportError> {
    let article = text::read(bytes, file_name)?;
    let found = entities::find(&article);
    let facts = facts::draft(&article, &found);
    Ok(Prepared { article, found, facts })
}

impl Prepared {
    /// Step 4: the checked sheet of the drafted facts whose ids `keep` lists (all of them with `None`).
    pub fn assemble(&self, keep: Option<&[String]>, options: &Options) -> Result<Draft, ImportError> {
        let facts = self.facts.iter().filter(|f| keep.is_none_or(|k| k.contains(&f.id))).cloned().collect();
        sheet::assemble(&self.article, &self.found, facts, options)
    }

    /// The drafted fact of `fact.id` replaced by `fact` (an edit in review), if the same check as saving
    /// accepts it: the sheet of the facts `keep` lists and this one, assembled, keeps this fact and every
    /// fact it kept before the edit. Otherwise the reason, as a sentence fragment, and nothing changes.
    /// The fact's evidence is the drafted one's: an edit changes the claim only.
    pub fn edit(&self, fact: &crate::pack::Fact, keep: &[String], options: &Options) -> Result<Self, String> {
        let Some(at) = self.facts.iter().position(|f| f.id == fact.id) else {
            return Err(format!("there is no drafted fact \"{}\" to edit", fact.id));
        };
        let mut edited = self.clone();
        edited.facts[at] = crate::pack::Fact { evidence: self.facts[at].evidence.clone(), ..fact.clone() };
        let checked: Vec<String> = keep.iter().filter(|k| **k != fact.id).cloned().chain([fact.id.clone()]).collect();
        let kept_before: Vec<String> = self
            .assemble(Some(&checked), options)
            .map(|d| d.sheet.facts.into_iter().map(|f| f.id).collect())
            .unwrap_or_default();
        let facts = edited.facts.iter().filter(|f| checked.contains(&f.id)).cloned().collect();
        let draft = sheet::settle(&edited.article, &edited.found, facts, options);
        let (kept, refused) = match draft {
            Ok(d) => (d.sheet.facts.into_iter().map(|f| f.id).collect::<Vec<_>>(), d.refused),
            Err((ImportError::NothingToQuiz, refused)) => (Vec::new(), refused),
            Err((e, _)) => return Err(e.to_string()),
        };
        if !kept.contains(&fact.id) {
            return Err(refused.get(&fact.id).cloned().unwrap_or_else(|| "the check leaves it out".to_string()));
        }
        if let Some(lost) = kept_before.iter().find(|id| *id != &fact.id && !kept.contains(id)) {
            let why = refused.get(lost).map(|w| format!(": {w}")).unwrap_or_default();
            return Err(format!("the check would then leave out fact \"{lost}\"{why}"));
        }
        Ok(edited)
    }
}

/// Drafts a fact sheet from an article already read and entities already located (the gold sheet's, or
/// the user's after review, through [`mentions::locate`]); the same facts and sheet steps as [`draft`].
pub fn draft_from(article: &text::Article, found: &entities::Found, options: &Options) -> Result<Draft, ImportError> {
    let facts = facts::draft(article, found);
    sheet::assemble(article, found, facts, options)
}

/// Reads an article file: only a regular file (a named pipe or device would block or never end), and no
/// more than [`text::MAX_ARTICLE_BYTES`] of it.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    let cannot = |e: std::io::Error| ImportError::Other(format!("cannot read {}: {e}.", path.display()));
    let meta = fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(ImportError::Other(format!(
            "{} is not a regular file (a folder, a named pipe or a device); give an article file.",
            path.display()
        )));
    }
    if meta.len() > text::MAX_ARTICLE_BYTES as u64 {
        return Err(ImportError::TooLarge { bytes: meta.len() });
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(text::MAX_ARTICLE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() > text::MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() as u64 });
    }
    Ok(bytes)
}

/// Where a draft was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The fact sheet, `<dir>/<id>.ron`.
    pub sheet: PathBuf,
    /// The article, `<dir>/<id>.txt`.
    pub article: PathBuf,
}

/// Writes a draft into `dir` as `<id>.ron` and `<id>.txt`, each replaced atomically (temporary file, sync,
/// rename), the article first so the sheet never names a missing article. Without `replace`, a pack that
/// exists (either file) or the id of a bundled pack is refused and nothing is written.
pub fn save(draft: &Draft, dir: &Path, replace: bool) -> Result<Saved, ImportError> {
    let id = &draft.sheet.id;
    let saved = Saved { sheet: dir.join(format!("{id}.ron")), article: dir.join(&draft.sheet.article) };
    if crate::pack::LIBRARY.iter().any(|b| b.id().as_deref() == Some(id.as_str())) {
        return Err(ImportError::Other(format!("\"{id}\" is the id of a bundled pack; choose another with --id.")));
    }
    let taken = [&saved.sheet, &saved.article].into_iter().find(|p| p.exists());
    if let (false, Some(taken)) = (replace, taken) {
        return Err(ImportError::Other(format!(
            "{} already exists; choose another id with --id, or replace it with --replace.",
            taken.display()
        )));
    }
    let write = |path: &Path, bytes: &[u8]| {
        crate::study::store::write_atomic(path, bytes).map_err(|e| ImportError::Other(e.to_string()))
    };
    write(&saved.article, draft.article.as_bytes())?;
    write(&saved.sheet, draft.ron.as_bytes())?;
    Ok(saved)
}

/// One line per kind: how many entities and facts of each the draft holds ("4 people, 3 countries").
pub fn summary(draft: &Draft) -> (String, String) {
    let mut entities: BTreeMap<String, usize> = BTreeMap::new();
    for e in &draft.sheet.entities {
        *entities.entry(format!("{:?}", e.kind)).or_default() += 1;
    }
    let plural = |kind: &str, n: usize| match (kind, n) {
        (k, 1) => k.to_lowercase(),
        ("Person", _) => "people".to_string(),
        ("Media", _) => "media".to_string(),
        (k, _) if k.ends_with('y') => format!("{}ies", k[..k.len() - 1].to_lowercase()),
        (k, _) => format!("{}s", k.to_lowercase()),
    };
    let mut facts: BTreeMap<String, usize> = BTreeMap::new();
    for f in &draft.sheet.facts {
        *facts.entry(crate::generate::audit::claim_kind(&f.claim)).or_default() += 1;
    }
    let list = |m: BTreeMap<String, usize>| {
        m.iter().map(|(k, n)| format!("{n} {}", plural(k, *n))).collect::<Vec<_>>().join(", ")
    };
    (list(entities), list(facts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{Claim, Fact};

    const ARTICLE: &str = "Leaders Meet in Seoul\n\nMonday, May 4, 2026\n\n\
        South Korean President Lee Jae-myung met Chinese President Xi Jinping in Seoul on May 2. Japan said \
        that it would send a trade delegation to Seoul in June.\n\nChina said that the talks had been useful.\n";

    fn prepared() -> (Prepared, Vec<String>) {
        let prepared = prepare(ARTICLE.as_bytes(), "a.txt").expect("drafted");
        let keep = prepared.facts.iter().map(|f| f.id.clone()).collect();
        (prepared, keep)
    }

    fn fact(prepared: &Prepared, id: &str) -> Fact {
        prepared.facts.iter().find(|f| f.id == id).cloned().expect("the fact is drafted")
    }

    #[test]
    fn an_edit_the_check_keeps_replaces_the_claim_and_keeps_the_evidence() {
        let (prepared, keep) = prepared();
        let mut edited = fact(&prepared, "said-japan");
        let Claim::Statement { said, .. } = &mut edited.claim else { panic!("a statement") };
        *said = "said that it would send two delegations".to_string();
        edited.evidence = "not the article".to_string();
        let after = prepared.edit(&edited, &keep, &Options::default()).expect("accepted");
        let saved = fact(&after, "said-japan");
        assert_eq!(saved.claim, edited.claim);
        assert_eq!(saved.evidence, fact(&prepared, "said-japan").evidence, "the evidence stays the sentence");
        let draft = after.assemble(Some(&keep), &Options::default()).expect("assembles");
        assert!(draft.ron.contains("said that it would send two delegations"), "{}", draft.ron);
    }

    #[test]
    fn an_edit_the_check_refuses_is_not_applied_and_says_why() {
        let (prepared, keep) = prepared();
        let mut blank = fact(&prepared, "said-japan");
        let Claim::Statement { said, .. } = &mut blank.claim else { panic!("a statement") };
        said.clear();
        let why = prepared.edit(&blank, &keep, &Options::default()).expect_err("refused");
        assert!(why.contains("is empty"), "{why}");

        let meeting = prepared.facts.iter().find(|f| matches!(f.claim, Claim::Meeting { .. })).expect("a meeting");
        let mut moved = meeting.clone();
        if let Claim::Meeting { date, .. } = &mut moved.claim {
            *date = Some("May 9".to_string());
        }
        let why = prepared.edit(&moved, &keep, &Options::default()).expect_err("refused");
        assert!(why.contains("neither its evidence nor the sentence"), "{why}");
        // Who met must be a person: a country is refused by the checker's slot kinds.
        let mut country = meeting.clone();
        if let Claim::Meeting { who, .. } = &mut country.claim {
            *who = "japan".to_string();
        }
        let why = prepared.edit(&country, &keep, &Options::default()).expect_err("refused");
        assert!(why.contains("japan"), "{why}");
        // The only kept fact refused: the reason is still given, not only "nothing to quiz on".
        let why = prepared.edit(&blank, &[], &Options::default()).expect_err("refused");
        assert!(why.contains("is empty"), "{why}");
    }

    #[test]
    fn an_edit_that_would_cost_another_fact_its_place_is_refused() {
        let (prepared, keep) = prepared();
        // China's statement made a copy of Japan's: two facts, one claim; the check cannot keep both.
        let copy = Fact { claim: fact(&prepared, "said-japan").claim, ..fact(&prepared, "said-china") };
        let why = prepared.edit(&copy, &keep, &Options::default()).expect_err("refused");
        assert!(!why.is_empty());
        assert_eq!(prepared.facts, self::prepared().0.facts, "nothing changed");
    }
}
