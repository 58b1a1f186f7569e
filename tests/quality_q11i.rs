//! Issue 11, session 13: an audit of give-aways written from what a learner sees, not from the quiz draw's
//! rules. Question A gives question B away when B's answer (any of its forms: an accepted spelling, the
//! entity's name and aliases, a number's digits or its words) stands as whole words in something A shows
//! as said — its prompt, a statement, a matching's pair, a timeline's item — and the two are about one
//! thing: their evidence holds one sentence, or that shown text restates B's prompt (two of its
//! uncommon content words). Two questions whose answer is one entity and whose evidence holds one
//! sentence, or whose prompts share two uncommon content words, also count: whoever answers one knows the
//! other ("Relations between South Korea, China, and _____ are complex." beside "Relations among South
//! Korea, China and which country are generally good on trade?", both Japan).
//!
//! How this differs from the draw's rules (src/generate/quiz.rs): those weigh a word by how many of the
//! bank's facts hold it and need two distinctive words beside the answer, or most of the stem's content
//! words; this audit asks instead whether the two questions rest on one sentence of the article, and
//! counts a word as common when more than a quarter of the bank's prompts say it — a different measure,
//! so the draw's zero is not this audit's zero by construction.

mod banks;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use banks::banks;
use dossier::generate::{Bank, QuizSettings, quiz_ranked};
use dossier::question::{Body, Expected, Question};
use dossier::text::fold;

fn settings(seed: u64, count: usize) -> QuizSettings {
    QuizSettings { seed, count, ..QuizSettings::default() }
}

fn padded(text: &str) -> String {
    format!(" {} ", fold(text))
}

/// Words that carry no content: English function words and the question frames of the generator.
const STOP: [&str; 47] = [
    "country",
    "city",
    "person",
    "outlet",
    "news",
    "place",
    "among",
    "fill",
    "blank",
    "which",
    "what",
    "where",
    "whom",
    "when",
    "does",
    "many",
    "that",
    "with",
    "true",
    "false",
    "have",
    "been",
    "were",
    "will",
    "would",
    "from",
    "into",
    "they",
    "their",
    "them",
    "this",
    "these",
    "those",
    "than",
    "also",
    "about",
    "after",
    "before",
    "while",
    "said",
    "says",
    "according",
    "article",
    "much",
    "there",
    "being",
    "other",
];

const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// A whole number under a hundred in words, folded ("forty eight").
fn number_words(n: u64) -> Option<String> {
    match n {
        0..=19 => Some(SMALL[n as usize].to_string()),
        20..=99 if n.is_multiple_of(10) => Some(TENS[(n / 10) as usize].to_string()),
        20..=99 => Some(format!("{} {}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize])),
        _ => None,
    }
}

/// What a bank's audit needs: its entities' forms by entity and the words common to its prompts.
struct Lexicon {
    /// Folded name or alias → entity id.
    entity_of: BTreeMap<String, String>,
    /// Entity id → its folded name and aliases.
    forms_of: BTreeMap<String, Vec<String>>,
    /// Words said by more than a quarter of the bank's prompts, and the words of its entities' names:
    /// they name what the article is about, not what a question asks of it.
    common: Vec<String>,
    /// The pack's title, folded and padded: it heads every quiz, so it is shown beside every question.
    title: String,
}

impl Lexicon {
    fn of(bank: &Bank) -> Self {
        let mut entity_of = BTreeMap::new();
        let mut forms_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for e in &bank.pack.sheet.entities {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                let f = fold(form);
                if f.is_empty() {
                    continue;
                }
                entity_of.insert(f.clone(), e.id.clone());
                forms_of.entry(e.id.clone()).or_default().push(f);
            }
        }
        let mut said: BTreeMap<String, usize> = BTreeMap::new();
        for q in &bank.questions {
            let mut words: Vec<String> = fold(&q.prompt).split(' ').map(str::to_string).collect();
            words.sort();
            words.dedup();
            for w in words {
                *said.entry(w).or_default() += 1;
            }
        }
        let n = bank.questions.len();
        let mut common: Vec<String> = said.into_iter().filter(|(_, c)| c * 4 > n).map(|(w, _)| w).collect();
        common.extend(entity_of.keys().flat_map(|f| f.split(' ').map(str::to_string).collect::<Vec<_>>()));
        Self { entity_of, forms_of, common, title: padded(&bank.pack.sheet.title) }
    }
}

fn lexicon(name: &str) -> &'static Lexicon {
    static ALL: OnceLock<Vec<(String, Lexicon)>> = OnceLock::new();
    let all = ALL.get_or_init(|| banks().iter().map(|(n, b)| (n.clone(), Lexicon::of(b))).collect());
    &all.iter().find(|(n, _)| n == name).expect("a bank").1
}

/// The answer B asks for, if it is one name, phrase or number: its folded forms and, when it names an
/// entity, the entity's id.
fn answer_of(lex: &Lexicon, q: &Question) -> Option<(Vec<String>, Option<String>, bool)> {
    let (mut forms, number) = match &q.body {
        Body::Choice { options, correct } => (vec![fold(options.get(*correct)?)], false),
        Body::Typed { answer, expected, .. } => match expected {
            Expected::Text { accepted, .. } => {
                let mut f: Vec<String> = accepted.iter().map(|a| fold(a)).collect();
                f.push(fold(answer));
                (f, false)
            }
            _ => (vec![fold(answer)], true),
        },
        Body::TrueFalse { .. } | Body::Match { .. } | Body::Order { .. } => return None,
    };
    let number = number || forms.iter().all(|f| f.split(' ').all(|w| w.chars().all(|c| c.is_ascii_digit())));
    let entity = forms.iter().find_map(|f| lex.entity_of.get(f)).cloned();
    if let Some(id) = &entity {
        forms.extend(lex.forms_of.get(id).cloned().unwrap_or_default());
    }
    if number && let Some(n) = forms.first().and_then(|f| f.replace(' ', "").parse::<u64>().ok()) {
        forms.extend(number_words(n));
    }
    forms.retain(|f| !f.is_empty());
    forms.sort();
    forms.dedup();
    Some((forms, entity, number))
}

/// What A shows as said: its prompt, each pair of a matching (its left item with its right), each item of
/// a timeline; folded and padded. A multiple choice's options are not said to be right.
fn said_by(q: &Question) -> Vec<String> {
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

/// The sentences of a question's evidence, folded (one quote may hold several).
fn sentences(q: &Question) -> Vec<String> {
    q.evidence
        .iter()
        .flat_map(|e| e.split_inclusive(['.', '!', '?']).map(fold).collect::<Vec<_>>())
        .filter(|s| s.len() >= 20)
        .collect()
}

/// Whether A and B rest on one sentence of the article: one's evidence sentence holds the other's, or the
/// two write six words in a row alike (two pieces cut from one sentence: "In the New Territories West
/// geographical constituency, nonpartisan pan-democrat Eddie Chu was elected with 84,121 votes" and
/// "nonpartisan pan-democrat Eddie Chu was elected with 84,121 votes, the most given to any list …").
fn one_sentence(a: &Question, b: &Question) -> bool {
    let (sa, sb) = (sentences(a), sentences(b));
    sa.iter().any(|x| {
        sb.iter().any(|y| {
            let words: Vec<&str> = x.split(' ').collect();
            x.contains(y.as_str())
                || y.contains(x.as_str())
                || words.windows(6).any(|run| format!(" {y} ").contains(&format!(" {} ", run.join(" "))))
        })
    })
}

/// Each number A's statement `text` (folded) writes with the word before it and the word after it, a word
/// of letters: "within 48 hours" → ("within", "hours").
fn numbers_framed(text: &str) -> Vec<(String, String)> {
    let w: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    (1..w.len().saturating_sub(1))
        .filter(|&i| w[i].chars().all(|c| c.is_ascii_digit()) && w[i + 1].chars().all(char::is_alphabetic))
        .filter(|&i| w[i + 1].len() >= 3 && !["and", "the", "for", "with"].contains(&w[i + 1]))
        .map(|i| (w[i - 1].to_string(), w[i + 1].to_string()))
        .collect()
}

/// The day a question's answer names, if it is a weekday or a month and day ("thursday", "august 20").
fn answered_day(q: &Question) -> Option<String> {
    if !matches!(q.body, Body::Choice { .. } | Body::Typed { .. }) {
        return None;
    }
    let answer = fold(&q.answer_text());
    let words: Vec<&str> = answer.split(' ').collect();
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    if let Some(d) = words.iter().find(|w| weekdays.contains(w)) {
        return Some((*d).to_string());
    }
    let months = [
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let m = words.iter().position(|w| months.contains(w))?;
    let day = words.iter().find(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty())?;
    Some(format!("{} {day}", words[m]))
}

/// Why the title, which heads the quiz, gives question `q` away, if it does: the title names `q`'s answer
/// by one of the entity's forms ("Lee" of "Lee Jae Myung") and two words of four letters or more of `q`'s
/// prompt that are neither stop words nor its answer's ("south", "president" of "Who is the South Korean
/// President?").
fn title_gives_away(lex: &Lexicon, q: &Question) -> Option<String> {
    let (forms, _, number) = answer_of(lex, q)?;
    if number {
        return None;
    }
    let form = forms.iter().find(|f| f.len() >= 3 && lex.title.contains(&format!(" {f} ")))?;
    let mut told: Vec<&str> = fold(&q.prompt)
        .split(' ')
        .filter(|w| w.len() >= 4 && !STOP.contains(w) && *w != "blank")
        .filter(|w| !forms.iter().any(|f| f.split(' ').any(|x| x == *w)))
        .filter(|w| lex.title.contains(&format!(" {w} ")))
        .map(|w| lex.title.split(' ').find(|t| t == &w).unwrap_or_default())
        .collect();
    told.sort_unstable();
    told.dedup();
    (told.len() >= 2).then(|| format!("the title shows «{form}» with {told:?} of «{}»", q.prompt))
}

/// B's prompt's uncommon content words: four letters or more, no stop word, no word of its answer, not
/// said by more than a quarter of the bank's prompts.
fn uncommon(lex: &Lexicon, q: &Question, answer: &[String]) -> Vec<String> {
    let mut out: Vec<String> = fold(&q.prompt)
        .split(' ')
        .filter(|w| w.len() >= 4 && !STOP.contains(w))
        .filter(|w| !answer.iter().any(|a| a.split(' ').any(|x| x == *w)))
        .filter(|w| !lex.common.iter().any(|c| c == w))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Where a question's answer slot is in its folded prompt words: the blank, or the question word.
fn slot(words: &[&str]) -> Option<usize> {
    words
        .iter()
        .position(|w| *w == "_____")
        .or_else(|| words.iter().position(|w| ["which", "who", "whom", "what", "where", "when"].contains(w)))
}

/// The folded words of a prompt with the blank kept as one word.
fn prompt_words(q: &Question) -> Vec<String> {
    let body = q.prompt.strip_prefix(dossier::generate::cloze::PROMPT).unwrap_or(&q.prompt);
    body.split(dossier::generate::cloze::BLANK)
        .map(fold)
        .collect::<Vec<_>>()
        .join(" _____ ")
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The two words before a question's answer slot, when it has two: "china and" of "Relations among South
/// Korea, China and which country …?" and of "Relations between South Korea, China, and _____ …".
fn slot_lead(q: &Question) -> Option<String> {
    let words = prompt_words(q);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let at = slot(&w)?;
    (at >= 2).then(|| format!("{} {}", w[at - 2], w[at - 1]))
}

/// Why A gives B away, if it does.
fn gives_away(name: &str, a: &Question, b: &Question) -> Option<String> {
    let lex = lexicon(name);
    // A number of a true/false statement written in its frame by A: "within 48 hours" beside the statement
    // "… within 24 hours" tells it false.
    if matches!(b.body, Body::TrueFalse { .. }) {
        let frames = numbers_framed(&fold(&b.prompt));
        if let Some(f) = said_by(a).iter().flat_map(|s| numbers_framed(s)).find(|f| frames.contains(f)) {
            return Some(format!("«{}» writes a number «{} _ {}» of the statement «{}»", a.prompt, f.0, f.1, b.prompt));
        }
    }
    // One day asked twice.
    if a.id < b.id
        && let Some(day) = answered_day(b).filter(|d| answered_day(a).as_ref() == Some(d))
    {
        return Some(format!("«{}» / «{}»: both «{day}»", a.prompt, b.prompt));
    }
    let (forms, entity, number) = answer_of(lex, b)?;
    // A matching's pair ties B's answer to a name B's prompt writes ("Najib Razak → Malaysia" beside "Who
    // said Malaysia shares … ?").
    if let Body::Match { left, right, pairs } = &a.body {
        let asked = padded(&b.prompt);
        for (l, r) in left.iter().zip(pairs).filter_map(|(l, &r)| right.get(r).map(|r| (padded(l), fold(r)))) {
            if r.len() >= 3
                && asked.contains(&format!(" {r} "))
                && forms.iter().any(|f| f.len() >= 3 && l.contains(&format!(" {f} ")))
            {
                return Some(format!("«{}» pairs «{}» with «{r}» of «{}»", a.prompt, l.trim(), b.prompt));
            }
        }
    }
    // A source named by A ("According to KCNA, …") that B asks for ("Which news outlet called …?").
    let asked = padded(&b.prompt);
    if ["news", "agency", "outlet", "reported", "said", "stated", "called"]
        .iter()
        .any(|w| asked.contains(&format!(" {w} ")))
        && let Some(f) = forms.iter().find(|f| padded(&a.prompt).contains(&format!(" according to {f} ")))
    {
        return Some(format!("«{}» names the source «{f}» of «{}»", a.prompt, b.prompt));
    }
    let same = one_sentence(a, b);
    let words = uncommon(lex, b, &forms);
    for shown in said_by(a) {
        let Some(form) = forms.iter().find(|f| (f.len() >= 3 || number) && shown.contains(&format!(" {f} "))) else {
            continue;
        };
        let restated: Vec<&String> = words.iter().filter(|w| shown.contains(&format!(" {w} "))).collect();
        if same || restated.len() >= 2 {
            let why = if same { "one sentence".to_string() } else { format!("restating {restated:?}") };
            return Some(format!("«{}» shows «{form}» ({why}) of «{}»", a.prompt, b.prompt));
        }
    }
    // One entity asked twice about one thing.
    let (_, other, _) = answer_of(lex, a)?;
    if entity.is_some() && other == entity && a.id < b.id {
        let mine = uncommon(lex, a, &forms);
        let shared: Vec<&String> = mine.iter().filter(|w| words.contains(w)).collect();
        let lead = slot_lead(a).filter(|l| slot_lead(b).as_ref() == Some(l));
        // One opening asked twice ("Which news outlet called …?", "Which news outlet accused …?").
        let opening = |q: &Question| prompt_words(q).into_iter().take(3).collect::<Vec<_>>().join(" ");
        if !a.prompt.starts_with("Fill in") && opening(a) == opening(b) && opening(a).split(' ').count() == 3 {
            return Some(format!(
                "«{}» / «{}»: both «{}» (one opening)",
                a.prompt,
                b.prompt,
                entity.unwrap_or_default()
            ));
        }
        if same || shared.len() >= 2 || lead.is_some() {
            let why = if same {
                "one sentence".to_string()
            } else if let Some(l) = lead {
                format!("one frame «{l} …»")
            } else {
                format!("sharing {shared:?}")
            };
            return Some(format!("«{}» / «{}»: both «{}» ({why})", a.prompt, b.prompt, entity.unwrap_or_default()));
        }
    }
    None
}

/// Every give-away of `quiz`.
fn audit(name: &str, quiz: &[Question]) -> Vec<String> {
    let mut found: Vec<String> = quiz.iter().filter_map(|q| title_gives_away(lexicon(name), q)).collect();
    for a in quiz {
        for b in quiz.iter().filter(|b| b.id != a.id) {
            found.extend(gives_away(name, a, b));
        }
    }
    found
}

#[test]
#[ignore = "a measurement: quizzes of 200 with a give-away pair by this audit, and quiz lengths"]
fn print_the_audit() {
    let seeds = std::env::var("SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(200u64);
    for (name, bank) in banks() {
        let (mut with_pair, mut full) = (0, 0);
        let mut lengths: BTreeMap<usize, usize> = BTreeMap::new();
        for seed in 0..seeds {
            let quiz = quiz_ranked(&bank.questions, &bank.quality, &settings(seed, 30));
            full += usize::from(quiz.len() == 30);
            *lengths.entry(quiz.len()).or_default() += 1;
            let found = audit(name, &quiz);
            if std::env::var("PRINT").is_ok() {
                for f in &found {
                    println!("{name} seed {seed}: {f}");
                }
            }
            with_pair += usize::from(!found.is_empty());
        }
        println!("{name}: {with_pair}/{seeds} with a give-away pair; {full} reach 30; lengths {lengths:?}");
    }
}

#[test]
fn the_audit_sees_the_judged_sample_s_give_aways() {
    // nk-war: the KCNA blank shows "… stop the propaganda broadcast within 48 hours …" beside "Within how
    // many hours did North Korea state it would respond, militarily, if the broadcasts do not stop?".
    let (name, bank) = banks().iter().find(|(n, _)| n == "nk-war").expect("the bundled pack");
    let find = |start: &str, has: &str| {
        bank.questions.iter().find(|q| q.prompt.starts_with(start) && q.prompt.contains(has)).expect("banked")
    };
    let blank = find("Fill in the blank: \"Commanders", "within 48 hours");
    let hours = find("Within how many hours did North Korea", "stop");
    assert!(gives_away(name, blank, hours).is_some());
    // Two questions on other sentences with no word of one another's are no give-away.
    let alert = find("Which country has put", "alert");
    assert!(gives_away(name, blank, alert).is_none() && gives_away(name, alert, hours).is_none());
}

#[test]
fn no_quiz_holds_a_pair_the_audit_calls_a_give_away() {
    // Forty seeds of 30 questions per bank and draft. Before session 13 this audit found a pair in 40 of
    // 40 lee-china-japan quizzes (Lee's attempt to keep relations "with both" asked twice, a matching
    // stating it beside a blank of it), and some of nk-war's and asylum's (the "48 hours" blank beside
    // "Within how many hours …?", the timeline's "hometown, Nara" beside "Which city is Takaichi's
    // hometown?"). The draw now keeps apart what it found; its rules are written apart from this audit
    // (the audit asks whether two questions rest on one sentence or write one frame, and counts a word as
    // common by prompts, not by facts), so zero is a measure here, not a copy.
    let mut with_pair = Vec::new();
    for (name, bank) in banks() {
        for seed in 0..40 {
            let quiz = quiz_ranked(&bank.questions, &bank.quality, &settings(seed, 30));
            if let Some(first) = audit(name, &quiz).into_iter().next() {
                with_pair.push(format!("{name} seed {seed}: {first}"));
            }
        }
    }
    assert!(with_pair.is_empty(), "{} quizzes with a give-away: {with_pair:#?}", with_pair.len());
}

#[test]
fn no_bank_holds_a_question_its_title_answers() {
    // The title heads every quiz. Before session 13's second round lee-china-japan's bank held "Who is the
    // South Korean President?" (Lee Jae Myung, under "A Balancing Act: South Korean President Lee Visits
    // Both China and Japan") and blanks such as "Relations between South Korea, China, and _____ are
    // complex." (Japan, the title writing "South" and "China" beside it).
    let mut told = Vec::new();
    for (name, bank) in banks() {
        told.extend(
            bank.questions.iter().filter_map(|q| title_gives_away(lexicon(name), q)).map(|t| format!("{name}: {t}")),
        );
    }
    assert!(told.is_empty(), "{} questions the title answers: {told:#?}", told.len());
}

#[test]
fn the_audit_sees_the_second_judged_sample_s_give_aways() {
    let bank_of = |name: &str| banks().iter().find(|(n, _)| n == name).expect("the bundled pack");
    let find = |name: &str, start: &str, has: &str| -> &'static Question {
        let (_, bank) = bank_of(name);
        bank.questions.iter().find(|q| q.prompt.starts_with(start) && q.prompt.contains(has)).expect("banked")
    };
    // nk-war: a statement of "24 hours" beside a blank writing "within 48 hours".
    let false_hours = find("nk-war", "According to KCNA, military operations", "within 24 hours");
    let blank = find("nk-war", "Fill in the blank: After the exchange of fire", "within 48 hours");
    assert!(gives_away("nk-war", blank, false_hours).is_some());
    // nk-war: one day asked twice, of two sentences.
    let day = find("nk-war", "On which day did the exchange", "artillery");
    let again = find("nk-war", "On which day did the artillery fire", "loudspeaker");
    assert!(gives_away("nk-war", day, again).is_some() || gives_away("nk-war", again, day).is_some());
    // nk-war: "According to KCNA, …" beside "Which news outlet called …?".
    let outlet = find("nk-war", "Which news outlet called", "puppet");
    let according = find("nk-war", "According to KCNA, how many shells", "");
    assert!(gives_away("nk-war", according, outlet).is_some());
    // hk-election: Eddie Chu's votes asked of one piece of a sentence, "Who …?" of another.
    let votes = find("hk-election", "With how many votes was Eddie Chu", "");
    let who = find("hk-election", "Who is the nonpartisan pan-democrat elected with the most votes", "");
    assert!(gives_away("hk-election", votes, who).is_some());
    // asylum: "Najib Razak → Malaysia" beside "Who said Malaysia shares … ?".
    let (_, asylum) = bank_of("asylum");
    let countries = asylum
        .questions
        .iter()
        .filter(|q| q.prompt == "Match each person to their country.")
        .find(|q| matches!(&q.body, Body::Match { left, .. } if left.iter().any(|l| l == "Najib Razak")))
        .expect("banked");
    let najib = find("asylum", "Who said Malaysia shares", "");
    assert!(gives_away("asylum", countries, najib).is_some());
    // Two questions of other sentences sharing no number frame, day or source stay apart of these rules.
    assert!(gives_away("nk-war", day, outlet).is_none() && gives_away("nk-war", outlet, day).is_none());
}
