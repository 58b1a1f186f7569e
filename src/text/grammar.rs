//! A grammar check of English sentences, offline, with Harper (`harper-core`): used by the tests over the whole
//! bank and by `dossier check`, never when the app builds its bank (it costs far more than building one).
//!
//! Only grammar is checked, not spelling: a learner's article is full of names no dictionary holds (Lee Jae
//! Myung, Takaichi, Chang Wa Deo), so spelling lints and lints of style or taste are left out ([`CHECKED`]). The
//! names an author gives are added to the dictionary as proper nouns, so they are read as names when the
//! sentence is parsed.

use std::sync::Arc;

use harper_core::linting::{LintGroup, LintKind, Linter};
use harper_core::spell::{Dictionary, FstDictionary, MergedDictionary, MutableDictionary};
use harper_core::{Dialect, Document, NounData, WordMetadata};

/// The kinds of lint that count as a grammar problem. In harper-core 0.54 most grammar rules (`a`/`an`, and
/// the like) report as `Miscellaneous`, so it is kept. Left out: spelling (names), capitalization, and style,
/// readability, enhancement, redundancy, regionalism, formatting and word choice (in 0.54 word choice also
/// proposes closed compounds such as "coalmine"), which are matters of taste an author may decide otherwise.
const CHECKED: [LintKind; 10] = [
    LintKind::Agreement,
    LintKind::BoundaryError,
    LintKind::Eggcorn,
    LintKind::Grammar,
    LintKind::Malapropism,
    LintKind::Miscellaneous,
    LintKind::Nonstandard,
    LintKind::Punctuation,
    LintKind::Repetition,
    LintKind::Typo,
];

/// Harper's "missing preposition" rule (noun, auxiliary, adjective, noun at the start of a sentence: "The
/// city is famous its beaches") tags a title as an adjective when a question opens with it: "Whom did
/// Premier Wen Jiabao meet?", "Who did Prime Minister Abe welcome?". A question opening with an
/// interrogative word followed by "did/does/will" is that shape, not a missing preposition, so the rule's
/// finding there is dropped; everywhere else it stands.
fn misreads_a_title(lint: &harper_core::linting::Lint, chars: &[char]) -> bool {
    const MESSAGE: &str = "You may be missing a preposition here.";
    const ASKING: [&str; 7] = ["who", "whom", "what", "which", "where", "when", "how"];
    if lint.message != MESSAGE {
        return false;
    }
    let before: String = chars[..lint.span.start.min(chars.len())].iter().collect();
    ASKING.contains(&before.trim().to_lowercase().as_str())
}

/// One grammar problem in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrammarProblem {
    /// Harper's message ("Use `an` instead of `a` before words that start with a vowel sound.").
    pub message: String,
    /// The words the problem is in, as the sentence writes them.
    pub words: String,
    /// Where they start in the sentence, in characters from 0.
    pub start: usize,
}

/// A grammar checker for British English sentences, with the author's names known as proper nouns.
pub struct GrammarChecker {
    linter: LintGroup,
    dictionary: Arc<MergedDictionary>,
}

impl GrammarChecker {
    /// A checker that knows `names` (entity names and aliases; each word of each) as proper nouns.
    pub fn new<S: AsRef<str>>(names: &[S]) -> Self {
        let mut known = MutableDictionary::new();
        let proper = WordMetadata {
            noun: Some(NounData { is_proper: Some(true), ..NounData::default() }),
            ..WordMetadata::default()
        };
        let curated = FstDictionary::curated();
        for word in names.iter().flat_map(|n| n.as_ref().split(|c: char| !c.is_alphanumeric())) {
            let chars: Vec<char> = word.chars().collect();
            if !word.is_empty() && !curated.contains_word(&chars) {
                known.append_word_str(word, proper.clone());
            }
        }
        let mut dictionary = MergedDictionary::new();
        dictionary.add_dictionary(curated);
        dictionary.add_dictionary(Arc::new(known));
        let dictionary = Arc::new(dictionary);
        let linter = LintGroup::new_curated(dictionary.clone(), Dialect::British);
        Self { linter, dictionary }
    }

    /// The grammar problems of `sentence` ([`CHECKED`] kinds only), in the order they occur.
    pub fn check(&mut self, sentence: &str) -> Vec<GrammarProblem> {
        let document = Document::new_plain_english(sentence, &*self.dictionary);
        let chars: Vec<char> = sentence.chars().collect();
        let mut problems: Vec<GrammarProblem> = self
            .linter
            .lint(&document)
            .into_iter()
            .filter(|lint| CHECKED.contains(&lint.lint_kind))
            .filter(|lint| !misreads_a_title(lint, &chars))
            .map(|lint| GrammarProblem {
                words: lint.span.get_content_string(&chars),
                start: lint.span.start,
                message: lint.message,
            })
            .collect();
        problems.sort_by(|a, b| (a.start, &a.message).cmp(&(b.start, &b.message)));
        problems
    }
}
