//! Issue 11, session 12: give-aways the judged samples still found between the questions of one quiz and
//! between a question and the title heading it, and blanks cut from the middle of a sentence — each a
//! property over the four bundled banks and the drafts `dossier import` makes of the three shared articles.

mod banks;
#[path = "banks/drawn.rs"]
mod drawn;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use banks::banks;
use dossier::generate::cloze::{BLANK, PROMPT};
use dossier::generate::{Bank, quiz_ranked, supported};
use dossier::question::{Body, Question, QuestionKind};
use dossier::text::fold;
use drawn::{padded, quizzes, settings};

fn bank_of(name: &str) -> &'static Bank {
    &banks().iter().find(|(n, _)| n == name).expect("the bundled pack").1
}

/// Words that say nothing of a fact: a question's frame ("Which city …?", "… take place?"), the blank's
/// instruction, and English function words of four letters or more ("both", "however", "their").
const FRAME_WORDS: [&str; 64] = [
    "fill",
    "blank",
    "which",
    "what",
    "where",
    "whom",
    "when",
    "does",
    "did",
    "true",
    "false",
    "many",
    "that",
    "with",
    "city",
    "country",
    "person",
    "place",
    "take",
    "took",
    "article",
    "says",
    "said",
    "according",
    "have",
    "both",
    "however",
    "also",
    "more",
    "most",
    "than",
    "this",
    "these",
    "those",
    "their",
    "there",
    "they",
    "them",
    "while",
    "about",
    "after",
    "before",
    "other",
    "such",
    "been",
    "were",
    "will",
    "would",
    "could",
    "should",
    "into",
    "over",
    "from",
    "only",
    "even",
    "some",
    "each",
    "very",
    "much",
    "being",
    "then",
    "just",
    "what",
    "whose",
];

/// What makes a word distinctive in one bank: how many of its facts hold it, in their evidence or in the
/// prompt of a question asked of the fact alone. A word held by a few facts (at most one in ten, at least
/// two) says which fact a text is about; "relations", "China" or "South Korean President Lee Jae Myung"
/// (which the prompts of lee-china-japan write all through) say little.
struct Rarity {
    held_by: BTreeMap<String, usize>,
    most: usize,
}

impl Rarity {
    fn of(bank: &Bank) -> Self {
        let mut facts: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for q in &bank.questions {
            for (f, e) in q.facts.iter().zip(&q.evidence) {
                facts.entry(f).or_default().extend(fold(e).split(' ').map(str::to_string));
            }
            if let [f] = q.facts.as_slice() {
                facts.entry(f).or_default().extend(fold(&q.prompt).split(' ').map(str::to_string));
            }
        }
        let mut held_by: BTreeMap<String, usize> = BTreeMap::new();
        for words in facts.values() {
            for w in words {
                *held_by.entry(w.clone()).or_default() += 1;
            }
        }
        Self { held_by, most: (facts.len() / 10).max(2) }
    }

    /// The distinctive words of `text` (folded, four letters or more, not a frame word, not a word of
    /// `answer`): words of the article that few of its quotes hold.
    fn distinctive(&self, text: &str, answer: &[String]) -> BTreeSet<String> {
        fold(text)
            .split(' ')
            .filter(|w| {
                w.len() >= 4 && !FRAME_WORDS.contains(w) && !answer.iter().any(|a| a.split(' ').any(|x| x == *w))
            })
            .filter(|w| self.held_by.get(*w).is_some_and(|&n| n <= self.most))
            .map(str::to_string)
            .collect()
    }
}

/// The rarity of each bank, by name, worked out once.
fn rarity(name: &str) -> &'static Rarity {
    static ALL: OnceLock<Vec<(String, Rarity)>> = OnceLock::new();
    let all = ALL.get_or_init(|| banks().iter().map(|(n, b)| (n.clone(), Rarity::of(b))).collect());
    &all.iter().find(|(n, _)| n == name).expect("a bank").1
}

/// How many distinctive words a text must share with a question to be about what it asks.
const SHARED: usize = 2;

/// Every form of the answer of `q`, folded: a typed answer's accepted forms; a multiple choice's option
/// and, when it names an entity, the entity's name and aliases. Empty for true/false, matchings and
/// timelines.
fn answer_names(bank: &Bank, q: &Question) -> Vec<String> {
    let mut forms: Vec<String> = dossier::generate::quiz::answer_forms(q).iter().map(|f| fold(f)).collect();
    if let Body::Choice { options, correct } = &q.body
        && let Some(e) = options.get(*correct).and_then(|o| bank.pack.sheet.entities.iter().find(|e| &e.name == o))
    {
        forms.push(fold(&e.name));
        forms.extend(e.aliases.iter().map(|a| fold(a)));
    }
    if let Body::Typed { answer, .. } = &q.body
        && !answer.is_empty()
        && answer.chars().all(|c| c.is_ascii_digit() || c == ',')
    {
        forms.push(fold(answer));
    }
    forms.retain(|f| !f.is_empty());
    forms.sort();
    forms.dedup();
    forms
}

/// What a question states, each folded and padded: its prompt, each pair of a matching (a name with what
/// it is paired with), each item of a timeline. A multiple choice's options state nothing: an option is
/// not said to be right.
fn statements(q: &Question) -> Vec<String> {
    let mut out = vec![padded(&q.prompt)];
    match &q.body {
        Body::Match { left, right, pairs } => {
            out.extend(left.iter().zip(pairs).filter_map(|(l, &r)| right.get(r).map(|r| padded(&format!("{l} {r}")))));
        }
        Body::Order { items, .. } => out.extend(items.iter().map(|i| padded(i))),
        Body::Choice { .. } | Body::TrueFalse { .. } | Body::Typed { .. } => {}
    }
    out
}

/// Why `b` gives the answer of `a` away, if it does: one of its statements ([`statements`]) holds `a`'s
/// answer together with [`SHARED`] or more of the distinctive words of `a`'s prompt ("China and Japan …
/// Lee" beside "Which country …?").
fn shows_answer(name: &str, bank: &Bank, a: &Question, b: &Question) -> Option<String> {
    let forms = answer_names(bank, a);
    let words = rarity(name).distinctive(&a.prompt, &forms);
    statements(b).iter().find_map(|shown| {
        let form = forms
            .iter()
            .find(|f| (f.len() >= 3 || f.chars().all(|c| c.is_ascii_digit())) && shown.contains(&format!(" {f} ")))?;
        let shared: Vec<&String> = words.iter().filter(|w| shown.contains(&format!(" {w} "))).collect();
        (shared.len() >= SHARED).then(|| format!("shows «{form}» with {shared:?}"))
    })
}

/// Why `a` and `b` ask one relation twice, if they do: one answer (a name or a phrase, not a number), and `a`'s prompt shares [`SHARED`] or
/// more distinctive words with what `b` asks or rests on ("Which city has branded Japanese statements on
/// Taiwan an 'act of aggression'?" and "With whom did Sanae Takaichi have the dispute over the Taiwan
/// statements?", both → Beijing).
fn asks_twice(name: &str, bank: &Bank, a: &Question, b: &Question) -> Option<String> {
    let (fa, fb) = (answer_names(bank, a), answer_names(bank, b));
    // Two counts that happen to be equal ask nothing twice.
    let one = fa.iter().find(|f| fb.contains(f) && !f.chars().all(|c| c.is_ascii_digit()))?;
    let told = padded(&format!("{} {}", b.prompt, b.evidence.join(" ")));
    let mut answer = fa.clone();
    answer.extend(fb);
    let words = rarity(name).distinctive(&a.prompt, &answer);
    let shared: Vec<&String> = words.iter().filter(|w| told.contains(&format!(" {w} "))).collect();
    (shared.len() >= SHARED).then(|| format!("both → «{one}», sharing {shared:?}"))
}

/// Every pair of `quiz` where one gives the other away ([`shows_answer`], [`asks_twice`]).
fn give_aways(name: &str, bank: &Bank, quiz: &[Question]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, a) in quiz.iter().enumerate() {
        for (j, b) in quiz.iter().enumerate().filter(|(j, _)| *j != i) {
            if let Some(why) = shows_answer(name, bank, a, b) {
                found.push(format!("«{}» {why} of «{}»", b.prompt, a.prompt));
            }
            if j > i
                && let Some(why) = asks_twice(name, bank, a, b).or_else(|| asks_twice(name, bank, b, a))
            {
                found.push(format!("«{}» / «{}»: {why}", a.prompt, b.prompt));
            }
        }
    }
    found
}

#[test]
fn the_audit_sees_the_give_aways_of_the_judged_sample() {
    // lee-china-japan seed 60493, 30 questions: #13 and #23 ask who branded and who had the dispute over
    // Japan's Taiwan statements; both are Beijing, and each tells the other.
    let bank = bank_of("lee-china-japan");
    let q =
        |prompt: &str| bank.questions.iter().find(|q| q.prompt.starts_with(prompt)).expect("the question is banked");
    let branded = q("Which city has branded Japanese statements on Taiwan");
    let dispute = bank
        .questions
        .iter()
        .find(|q| {
            q.prompt.starts_with("With whom did") && q.prompt.contains("have the dispute over the Taiwan statements")
        })
        .expect("the question is banked");
    assert!(
        asks_twice("lee-china-japan", bank, branded, dispute).is_some()
            || asks_twice("lee-china-japan", bank, dispute, branded).is_some()
    );
    // Two questions of one answer about different things are not one relation asked twice.
    let met = q("In which city did South Korean President Lee Jae Myung meet China's top leader Xi Jinping");
    assert!(asks_twice("lee-china-japan", bank, branded, met).is_none(), "{}", met.prompt);
}

#[test]
fn no_question_of_a_quiz_shows_another_s_answer_with_its_words_or_asks_its_relation_again() {
    let mut found = Vec::new();
    let mut pairs = 0;
    for (name, bank, seed, count, quiz) in quizzes() {
        pairs += quiz.len() * quiz.len().saturating_sub(1);
        for why in give_aways(name, bank, quiz) {
            found.push(format!("{name} seed {seed} count {count}: {why}"));
        }
    }
    assert!(pairs > 50_000, "only {pairs} pairs of questions compared");
    assert!(found.is_empty(), "{} give-aways, e.g. {:#?}", found.len(), &found[..found.len().min(10)]);
}

/// The two words after a blank, folded, when it has two.
fn blank_trail(q: &Question) -> Option<String> {
    let body = q.prompt.strip_prefix(PROMPT)?;
    let (_, after) = body.split_once(BLANK)?;
    let folded = fold(after);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).take(2).collect();
    (words.len() == 2).then(|| words.join(" "))
}

#[test]
fn no_prompt_of_a_quiz_says_a_blank_s_answer_with_the_two_words_after_it() {
    // lee-china-japan seed 24681: "Relations between _____, China, and Japan are complex." (→ South Korea)
    // beside "Relations among South Korea, China and which country are generally good on trade?".
    let mut found = Vec::new();
    for (name, _, seed, count, quiz) in quizzes() {
        for a in quiz {
            let Some(trail) = blank_trail(a) else { continue };
            let filled = format!(" {} {trail} ", fold(&a.answer_text()));
            for b in quiz.iter().filter(|b| b.id != a.id) {
                if padded(&b.prompt).contains(&filled) {
                    found.push(format!("{name} seed {seed} count {count}: «{}» fills «{}»", b.prompt, a.prompt));
                }
            }
        }
    }
    assert!(found.is_empty(), "{} blanks filled, e.g. {:#?}", found.len(), &found[..found.len().min(8)]);
}

/// The role a statement "Name is the role." gives a name, folded (two words or more).
fn role_stated(q: &Question) -> Option<String> {
    if !matches!(q.body, Body::TrueFalse { .. }) {
        return None;
    }
    let body = q.prompt.trim().strip_suffix('.')?;
    let (name, role) = [" is the ", " was the ", " are the ", " were the "].iter().find_map(|v| body.split_once(v))?;
    let named = name.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let role = fold(role);
    (named && role.split(' ').count() >= 2).then_some(role)
}

#[test]
fn no_statement_of_who_holds_a_role_stands_beside_a_prompt_naming_the_role() {
    // asylum seed 24681: "Jeff Rathke is the State Department Spokesperson." beside "State Department
    // Spokesperson Jeff Rathke asked the governments of South East Asia …"; lee-china-japan: "Sanae Takaichi is
    // the South Korean President." (false) beside "… South Korean President Lee Jae Myung …".
    let mut found = Vec::new();
    let mut statements = 0;
    for (name, _, seed, count, quiz) in quizzes() {
        for a in quiz {
            let Some(role) = role_stated(a) else { continue };
            statements += 1;
            for b in quiz.iter().filter(|b| b.id != a.id) {
                if padded(&b.prompt).contains(&format!(" {role} ")) {
                    found.push(format!("{name} seed {seed} count {count}: «{}» beside «{}»", a.prompt, b.prompt));
                }
            }
        }
    }
    assert!(statements > 100, "only {statements} statements of a role drawn");
    assert!(found.is_empty(), "{} roles told, e.g. {:#?}", found.len(), &found[..found.len().min(8)]);
}

#[test]
fn no_question_of_any_kind_is_answered_by_the_title_heading_the_quiz() {
    // lee-china-japan seed 60493: "Who performs a balancing act by visiting both China and Japan?" → Lee Jae
    // Myung, under the title "A Balancing Act: South Korean President Lee Visits Both China and Japan". Blanks
    // were kept from it; every other kind now is too: a question whose sentence is the title, or whose
    // answer is a number the title writes or a phrase two of whose words it writes in a row.
    let mut found = Vec::new();
    let mut checked = 0;
    for (name, bank) in banks() {
        let title = padded(&bank.pack.sheet.title);
        for q in &bank.questions {
            checked += 1;
            // A name, a phrase or a number; a statement's verdict, a matching's pairs and a timeline's order are
            // told by the title only when their sentence is the title.
            let answer = if matches!(q.body, Body::Typed { .. } | Body::Choice { .. }) {
                q.answer_text()
            } else {
                String::new()
            };
            let is_title = (q.facts.len() == 1 || matches!(q.body, Body::Match { .. }))
                && q.evidence.iter().any(|e| {
                    let e = fold(e);
                    !e.is_empty() && (title.contains(&format!(" {e} ")) || e.contains(title.trim()))
                });
            let number = !answer.is_empty()
                && answer.chars().all(|c| c.is_ascii_digit())
                && title.contains(&format!(" {answer} "));
            let lower: Vec<String> = answer
                .split_whitespace()
                .filter(|w| {
                    w.starts_with(|c: char| c.is_lowercase())
                        && !["the", "of", "and", "a", "an", "in", "on", "at", "to", "or"].contains(w)
                })
                .map(fold)
                .collect();
            let phrase = lower.windows(2).any(|p| title.contains(&format!(" {} {} ", p[0], p[1])));
            // nk-war: "Which country has told its military to prepare a 'quasi-state of war'?" (→ North Korea)
            // under "North Korea puts military in 'quasi-state of war'".
            let folded = fold(&answer);
            let said: BTreeSet<String> = q
                .prompt
                .split_whitespace()
                .filter(|w| !w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
                .flat_map(|w| fold(w).split(' ').map(str::to_string).collect::<Vec<_>>())
                .filter(|w| w.len() >= 4 && !FRAME_WORDS.contains(&w.as_str()) && !folded.split(' ').any(|a| a == w))
                .collect();
            let named = folded.len() >= 3 && title.contains(&format!(" {folded} "));
            let told = said.iter().filter(|w| title.contains(&format!(" {w} "))).count() >= 2;
            if is_title || number || phrase || (named && told) {
                found.push(format!("{name}: {}: {} → {answer}", q.id, q.prompt));
            }
        }
    }
    assert!(checked > 1000, "only {checked} questions checked");
    assert!(found.is_empty(), "{} questions the title answers: {found:#?}", found.len());
    // The headline's fact is no fault of the sheet: the pack still loads and checks.
    let lee = bank_of("lee-china-japan");
    assert!(lee.pack.sheet.facts.iter().any(|f| f.id == "balancing-act"));
    assert!(lee.questions.iter().all(|q| q.id != "balancing-act.short.subject"));
}

#[test]
fn every_fill_in_the_blank_ends_as_a_sentence_ends() {
    // lee-china-japan: "Fill in the blank: In fact, the improvement of relations is one of _____'s core
    // policy priorities" — evidence cut at a comma was shown without a full stop.
    let mut found = Vec::new();
    let mut checked = 0;
    for (name, bank) in banks() {
        for q in bank.questions.iter().filter(|q| q.kind == QuestionKind::Cloze) {
            checked += 1;
            let body = q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt);
            let end = body.trim_end().trim_end_matches(['\u{2019}', '\u{201d}', '"', '\'']);
            if !end.ends_with(['.', '?', '!']) {
                found.push(format!("{name}: {}: {}", q.id, q.prompt));
            }
        }
    }
    assert!(checked > 200, "only {checked} blanks checked");
    assert!(found.is_empty(), "{} blanks without a full stop: {found:#?}", found.len());
}

#[test]
fn a_blank_cut_at_a_comma_is_still_made_and_ends_with_a_stop() {
    // The fix keeps these blanks (it does not drop every cut clause): a clause cut at its comma is shown
    // with a full stop.
    let lee = bank_of("lee-china-japan");
    let blanks: Vec<&str> = lee
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Cloze && q.prompt.contains("core policy priorities"))
        .map(|q| q.prompt.as_str())
        .collect();
    assert!(!blanks.is_empty(), "the blank on Lee's core policy priorities is still made");
    assert!(blanks.iter().all(|b| b.contains(BLANK) && b.ends_with("priorities.")), "{blanks:#?}");
    // A phrase set before its sentence's subject is not a clause: "Behind the smiley selfie the two took with
    // _____." is not shown.
    let fronted = lee
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Cloze)
        .find(|q| q.prompt.trim_end_matches('.').ends_with(&format!("took with {BLANK}")));
    assert!(fronted.is_none(), "{fronted:?}");
}

#[test]
#[ignore = "a measurement: give-away pairs and quiz lengths over 200 quizzes of 30 per bank"]
fn print_give_aways_and_lengths() {
    let seeds = std::env::var("SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(200u64);
    for (name, bank) in banks() {
        let (mut with_pair, mut full, mut total) = (0, 0, 0);
        let mut lengths: BTreeMap<usize, usize> = BTreeMap::new();
        let mut example = None;
        for seed in 0..seeds {
            let quiz = quiz_ranked(&bank.questions, &bank.quality, &settings(seed, 30));
            total += quiz.len();
            full += usize::from(quiz.len() == 30);
            *lengths.entry(quiz.len()).or_default() += 1;
            let found = give_aways(name, bank, &quiz);
            if std::env::var("PRINT").is_ok() {
                for f in &found {
                    println!("{name} seed {seed}: {f}");
                }
            }
            if !found.is_empty() {
                with_pair += 1;
                example.get_or_insert_with(|| format!("seed {seed}: {}", found[0]));
            }
        }
        let most = supported(&bank.questions, &bank.quality, &settings(0, 30));
        println!(
            "{name}: {with_pair}/{seeds} quizzes with a give-away pair; {full} of 30 questions, mean length {:.1}, \
             lengths {lengths:?} (seed 0 supports {most}); e.g. {}",
            total as f64 / seeds as f64,
            example.unwrap_or_default()
        );
    }
}
