//! Cloze: the fact's evidence sentence with a key span blanked — a name, a place, a date, a number or a
//! quoted phrase — to be typed back.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::phrasing::{capitalise, entity_slots, number_style, unnamed_referent};
use super::{Gen, is_unnamed_group, question};
use crate::pack::date::MONTHS;
use crate::pack::{Claim, EntityKind, Fact, When, slot_date, slot_when};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

/// The blank shown in place of the hidden span.
pub const BLANK: &str = "_____";

/// Every cloze the evidence of `fact` supports, one per blankable slot.
pub fn from_fact(g: &Gen, fact: &Fact) -> Vec<Question> {
    let Some(shown) = shown_text(&fact.evidence) else { return Vec::new() };
    // A verbless piece, or one opening on a participle that hangs on the words cut off before it, is shown
    // as the whole sentence it was cut from, when that reads as one.
    let shown = if (reads_as_sentence(&shown) && !opens_on_participle(&shown)) || in_headline(g, &fact.evidence) {
        shown
    } else {
        match whole_sentence(g, &fact.evidence) {
            Some(sentence)
                if reads_as_sentence(&sentence) && sentence.split_whitespace().count() <= MAX_WIDENED_WORDS =>
            {
                sentence
            }
            _ => return Vec::new(),
        }
    };
    // A blank shows a sentence, so it ends as one: evidence cut before its sentence's full stop, or at a
    // clause's comma, takes the stop; one cut inside a clause is shown as its whole sentence, or not at all.
    let Some(shown) = punctuated(g, &fact.evidence, shown) else { return Vec::new() };
    let text = shown.as_str();
    // Each cloze with whether its answer is a person (who a "he" or "her" of the sentence may be).
    let mut out: Vec<(Question, bool)> = Vec::new();
    let mut seen: Vec<&String> = Vec::new();
    for (slot, id) in entity_slots(&fact.claim) {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        if is_unnamed_group(g.pack, id) {
            continue;
        }
        let Some(entity) = g.pack.entity(id) else { continue };
        let mut spans = Vec::new();
        for form in std::iter::once(&entity.name).chain(&entity.aliases) {
            spans.extend(find_words(text, form));
        }
        let spans: Vec<Range<usize>> =
            merge(spans).into_iter().map(|s| past_title(text, s, &entity.name, &entity.aliases)).collect();
        // One blank a question: a sentence naming the answer twice ("Japan's history … Korea-Japan
        // relations") would need two blanks, and with one the other gives the answer away.
        if spans.len() > 1 || spans.iter().any(|s| gives_away_owner(g, text, s, id)) {
            continue;
        }
        let Some(first) = spans.first() else { continue };
        let as_written = text[first.clone()].to_string();
        let expected = g.text_expected(id, std::slice::from_ref(&as_written));
        let expected = super::with_government(g, &fact.claim, id, slot, text, expected);
        let person = entity.kind == EntityKind::Person;
        out.push((build(fact, text, &format!("{slot}-{id}"), &spans, as_written, expected), person));
    }
    let date = match &fact.claim {
        Claim::Meeting { date, .. }
        | Claim::Visit { date, .. }
        | Claim::Event { date, .. }
        | Claim::Summit { date, .. }
        | Claim::Agreement { date, .. } => slot_date(date.as_ref()),
        _ => None,
    };
    if let Some(d) = date
        && let Some(span) = find_date(text, d.month_name())
    {
        out.push((build(fact, text, "date", &[span], d.to_string(), Expected::Date(d)), false));
    }
    let when = match &fact.claim {
        Claim::Meeting { date, .. }
        | Claim::Visit { date, .. }
        | Claim::Event { date, .. }
        | Claim::Summit { date, .. } => slot_when(date.as_ref()),
        Claim::State { date, .. } => slot_when(Some(date)),
        _ => None,
    };
    if let Some(w) = when
        && let Some(span) = when_phrases(&w).iter().find_map(|p| find_word(text, p))
    {
        let dateline = (matches!(w, When::Relative(_)) && !super::phrasing::is_planned(&fact.claim))
            .then(|| g.dateline().and_then(crate::pack::Dateline::when));
        let expected = Expected::When { when: w, dateline: dateline.flatten() };
        let written = text[span.clone()].to_string();
        out.push((build(fact, text, "date", std::slice::from_ref(&span), written, expected), false));
    }
    if let Claim::Quantity { value, tolerance, .. } = &fact.claim {
        let written = number_style(fact).show(*value);
        let spans = find_words(text, &written);
        if spans.len() == 1 {
            let expected = Expected::Number { value: *value, tolerance: *tolerance };
            out.push((build(fact, text, "n", &spans, written, expected), false));
        }
    }
    // A reason, or what a speaker said should be done, blanked in its own sentence.
    for (slot, span, expected) in super::reasons::blanks(&fact.claim, text) {
        let written = text[span.clone()].to_string();
        out.push((build(fact, text, slot, std::slice::from_ref(&span), written, expected), false));
    }
    // A sentence the title states gives no blank at all ([`shown_by_title`]), whatever the blank hides.
    if out.is_empty() || sentence_in_title(g.title(), text) {
        return Vec::new();
    }
    // Whether any blank of the sentence may lean on what it does not show: read once for all its blanks, and
    // only when one comes to that test.
    let pointing = OnceCell::new();
    let leans =
        |body: &str, person: bool| *pointing.get_or_init(|| may_point(text)) && unresolved_reference(g, body, person);
    // The cheap tests first; each only reads the question.
    out.into_iter()
        .filter(|(q, person)| {
            !after_an(&q.prompt)
                && context_words(&q.prompt) >= MIN_CONTEXT_WORDS
                && !answer_in_title(g.title(), g.title_names(), &q.prompt, &q.answer_text())
                && !leans(q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt), *person)
                && !unnamed_referent(g.pack, q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt))
        })
        .map(|(q, _)| q)
        .collect()
}

/// Whether `text` ends as a sentence ends: with a full stop, a question or an exclamation mark, or a closing
/// quotation mark after one ("… an ‘act of aggression.’").
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end().trim_end_matches(CLOSING_QUOTES).ends_with(['.', '!', '?'])
}

/// Quotation marks that may close a sentence after its full stop.
const CLOSING_QUOTES: [char; 4] = ['\u{2019}', '\u{201d}', '"', '\''];

/// Clause openers after which a clause ended by a comma depends on the words that follow it ("After Lee
/// visited China, …"): given a full stop it would not read as a sentence of its own.
const DEPENDENT_OPENERS: [&str; 8] = ["after", "before", "once", "until", "till", "where", "whenever", "wherever"];

/// Prepositions that open a phrase set before its sentence's subject ("Behind the smiley selfie the two took
/// with their respective wives, there were also disagreements."): such a phrase up to its comma, with no
/// comma of its own, is not the clause.
const FRONTED_PREPOSITIONS: [&str; 30] = [
    "about",
    "across",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "at",
    "behind",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "despite",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "near",
    "on",
    "over",
    "through",
    "throughout",
    "to",
    "under",
    "unlike",
    "with",
    "without",
];

/// Whether `text`, cut at a comma, hangs on the words after the comma: its last sentence opens with a word
/// of [`DEPENDENT_OPENERS`], or with one of [`FRONTED_PREPOSITIONS`] and has no comma before the cut.
fn hangs_on_what_follows(text: &str) -> bool {
    let last = text.rsplit(['.', '!', '?']).next().unwrap_or(text).trim();
    let first = last.split_whitespace().next().unwrap_or("").to_lowercase();
    DEPENDENT_OPENERS.contains(&first.as_str())
        || (FRONTED_PREPOSITIONS.contains(&first.as_str()) && !last.contains(','))
}

/// `shown` (the text a blank of `evidence` shows) ending as a sentence ends ([`ends_sentence`]), or `None`
/// when it cannot. Shown text that ends one already stays. Evidence the article follows with the end of its
/// sentence takes that ending ("… on January 12th" + "."), and evidence the article follows with a
/// clause's comma, semicolon, colon or dash takes a full stop ("The improvement of relations is one of
/// Lee’s core policy priorities, as Beijing …" is shown as "… core policy priorities."), unless it hangs on
/// what follows ([`hangs_on_what_follows`]: "After Lee visited China, …", "Behind the smiley selfie the two
/// took with their respective wives, there were …"). Evidence cut inside a clause ("The
/// rescued members included Bangladeshis" of "… Bangladeshis and Rohingya, …") is shown as its whole
/// sentence when that reads as one and ends as one (at most [`MAX_WIDENED_WORDS`] words), and gives no
/// blank otherwise; so does a headline or a caption, which has no full stop.
fn punctuated(g: &Gen, evidence: &str, shown: String) -> Option<String> {
    if ends_sentence(&shown) {
        return Some(shown);
    }
    let text = g.pack.article.text();
    let found = g.find(evidence)?;
    let cut_at_comma = shown.trim_end().ends_with([',', ';', ':']);
    let trimmed = shown.trim_end().trim_end_matches([',', ';', ':']).trim_end();
    let cut_here = shown.trim() == evidence.trim();
    let after = text.get(found.end..).unwrap_or("");
    let quotes = after.len() - after.trim_start_matches(CLOSING_QUOTES).len();
    let (closing, rest) = after.split_at(quotes);
    // A closing quotation mark is shown only when the shown text opened the quotation.
    let opened = trimmed.matches('\u{201c}').count() > trimmed.matches('\u{201d}').count()
        || trimmed.contains('\u{2018}')
        || trimmed.matches('"').count() % 2 == 1;
    let closing = if opened { closing } else { "" };
    if cut_here && let Some(stop @ ('.' | '!' | '?')) = rest.chars().next() {
        // "… all relevant parties" followed by ".\"": the quotation the shown text opened closes after the stop.
        let after_stop = &rest[stop.len_utf8()..];
        let quoted = after_stop.len() - after_stop.trim_start_matches(CLOSING_QUOTES).len();
        let late = if opened && closing.is_empty() { &after_stop[..quoted] } else { "" };
        return Some(format!("{trimmed}{closing}{stop}{late}"));
    }
    let clause_end = cut_at_comma
        || rest.trim_start_matches(' ').starts_with([',', ';', ':', '\u{2014}', '\u{2013}'])
        || rest.starts_with(" - ");
    if cut_here && clause_end && !hangs_on_what_follows(trimmed) {
        // A quotation the shown text opened and the article goes on with is closed where the text stops.
        let closing = match closing {
            "" if trimmed.matches('\u{201c}').count() > trimmed.matches('\u{201d}').count() => "\u{201d}",
            "" if opened && trimmed.contains('"') => "\"",
            c => c,
        };
        return Some(format!("{trimmed}.{closing}"));
    }
    let sentence = whole_sentence(g, evidence)?;
    (reads_as_sentence(&sentence)
        && ends_sentence(&sentence)
        && sentence.split_whitespace().count() <= MAX_WIDENED_WORDS)
        .then_some(sentence)
}

/// Words that open a dependent clause whose content the article asserts: of reason, time or concession
/// ("As relations … are complex, …", "While trade relations … are good, …").
const ASSERTED_OPENERS: [&str; 8] = ["As", "Because", "Since", "Although", "Though", "Whereas", "While", "When"];

/// Words that open a condition, which the article does not assert ("If talks resume, …").
const CONDITION_OPENERS: [&str; 3] = ["If", "Unless", "Whether"];

/// The text a cloze of `evidence` shows. Evidence that is a dependent clause cut from its sentence ("As
/// relations between South Korea, China, and Japan are complex") would read as half a sentence; the article
/// asserts what a clause of reason, time or concession says, so it is shown as its own statement, without
/// its opener ("Relations between South Korea, China, and Japan are complex."). A cut condition ("If the
/// talks resume") states nothing, so it gives no cloze (`None`). Other evidence is shown as it is.
fn shown_text(evidence: &str) -> Option<String> {
    let trimmed = evidence.trim();
    let (first, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    let whole = trimmed.trim_end_matches(['\u{201d}', '"']).ends_with(['.', '!', '?']);
    if whole || rest.is_empty() {
        return Some(evidence.to_string());
    }
    let opener = capitalise(first);
    if CONDITION_OPENERS.contains(&opener.as_str()) {
        return None;
    }
    if !ASSERTED_OPENERS.contains(&opener.as_str()) {
        return Some(evidence.to_string());
    }
    let mut chars = rest.chars();
    let head = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    Some(format!("{head}{}.", chars.as_str().trim_end_matches([',', ';', ' '])))
}

/// Verbs of being, having and doing, and modal verbs: a clause holding one outside a relative clause has
/// its own verb.
const FINITE_WORDS: [&str; 24] = [
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should", "won't", "can't", "isn't", "aren't",
];

/// Irregular past tenses common in news ("Lee met", "the broadcasts began", "Kyodo said"). General English.
const IRREGULAR_PAST: [&str; 62] = [
    "met",
    "said",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "saw",
    "told",
    "began",
    "held",
    "led",
    "won",
    "fought",
    "sent",
    "left",
    "kept",
    "found",
    "brought",
    "became",
    "got",
    "stood",
    "ran",
    "fell",
    "thought",
    "knew",
    "wrote",
    "spoke",
    "struck",
    "paid",
    "sought",
    "caught",
    "lost",
    "built",
    "meant",
    "felt",
    "heard",
    "chose",
    "drove",
    "rose",
    "grew",
    "drew",
    "flew",
    "threw",
    "shot",
    "sat",
    "spent",
    "arose",
    "broke",
    "hid",
    "withdrew",
    "sank",
    "fled",
    "sold",
    "bought",
    "taught",
    "stole",
    "woke",
    "forgot",
    "overtook",
    "swore",
    "understood",
];

/// Verbs in the present a news subject takes ("South Korea says", "analysts believe", "Lee walks").
const PRESENT_VERBS: [&str; 24] = [
    "say",
    "says",
    "believe",
    "believes",
    "think",
    "thinks",
    "remain",
    "remains",
    "continue",
    "continues",
    "hope",
    "hopes",
    "fear",
    "fears",
    "want",
    "wants",
    "seek",
    "seeks",
    "walk",
    "walks",
    "face",
    "faces",
    "plan",
    "plans",
];

/// Whether a capitalised word is a demonym, an adjective rather than a name ("Japanese statements",
/// "Korean forced labourers"): it ends in -ese, -ean, -ian, -ish or -can.
fn is_demonym(word: &str) -> bool {
    ["ese", "ean", "ian", "ish", "can"].iter().any(|e| word.ends_with(e))
}

/// Words that open a clause of condition, reason or concession inside a sentence: its verb is not the
/// main clause's.
const SUBORDINATORS: [&str; 7] = ["if", "unless", "because", "although", "though", "whereas", "until"];

/// Pronouns that are a clause's subject ("it added", "they fired").
const PRONOUNS: [&str; 7] = ["it", "he", "she", "they", "we", "i", "you"];

/// The most words a sentence shown in place of a verbless piece of it may have.
const MAX_WIDENED_WORDS: usize = 45;

/// Words after which an -ed word is an adjective, not a verb ("the injured", "a renewed push").
const DETERMINERS: [&str; 11] = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "that", "those"];

/// Prepositions after which an -ed word following a common noun closes a reduced clause ("troops stationed
/// in South Korea"), not a verb of its own.
const PLACE_PREPOSITIONS: [&str; 14] =
    ["in", "at", "on", "near", "by", "from", "to", "into", "across", "along", "for", "with", "during", "under"];

/// The words of `text` that belong to its main clause: without what stands in brackets, and without a
/// relative clause set off by a comma (", which are meant to …" up to the next comma).
fn main_clause_words(text: &str) -> Vec<(Cow<'_, str>, bool)> {
    if !text.contains(['(', ')']) {
        return unbracketed_main_clause_words(text);
    }
    let mut unbracketed = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => unbracketed.push(c),
            _ => {}
        }
    }
    unbracketed_main_clause_words(&unbracketed)
        .into_iter()
        .map(|(w, capital)| (Cow::Owned(w.into_owned()), capital))
        .collect()
}

/// [`main_clause_words`] of a text without brackets; each word borrowed from it unless lowered ([`lower`]).
fn unbracketed_main_clause_words(unbracketed: &str) -> Vec<(Cow<'_, str>, bool)> {
    let mut out: Vec<(Cow<str>, bool)> = Vec::new();
    // ", which are meant to …", ", of which 136 were …", ", among whom …".
    let relative = |w: &str| ["which", "who", "whose", "whom", "where"].contains(&w);
    for (i, part) in unbracketed.split(',').enumerate() {
        if i > 0 {
            let mut opening = part.split_whitespace().map(lower);
            let (one, two) = (opening.next().unwrap_or_default(), opening.next().unwrap_or_default());
            if relative(&one)
                || (PLACE_PREPOSITIONS.contains(&&*one) || one == "of" || one == "among") && relative(&two)
            {
                continue;
            }
        }
        let from = out.len();
        for w in part.split_whitespace() {
            // A blank opening a clause stands for its subject's name ("_____ reports that …").
            let capital = (out.len() == from && has_blank(w))
                || w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
            let bare = lower(trim_ends(w, |c| !c.is_alphanumeric() && c != '\'' && c != '_'));
            // A relative clause without a comma ("statements on Taiwan that Beijing has branded …") ends the
            // main clause's part; "that" after a verb ("highlighted that …") opens what was said instead.
            let before: Option<&(Cow<str>, bool)> = out.last().filter(|_| out.len() > from);
            // Worked out only for a "that": most words are neither it nor a relative word.
            let after_verb = || {
                let two_back = out.len().checked_sub(2).filter(|&j| j >= from).and_then(|j| out.get(j));
                before.is_some_and(|(b, _)| {
                    b.ends_with("ed")
                        || IRREGULAR_PAST.contains(&&**b)
                        || PRESENT_VERBS.contains(&&**b)
                        || (b.ends_with('s') && two_back.is_some_and(|(n, capital)| *capital && !is_demonym(n)))
                })
            };
            // "that" after a preposition is a pronoun ("Before that, …").
            let after_preposition = || {
                before.is_some_and(|(b, _)| {
                    PLACE_PREPOSITIONS.contains(&&**b) || ["of", "after", "before", "like"].contains(&&**b)
                })
            };
            if before.is_some() && (relative(&bare) || (bare == "that" && !after_verb() && !after_preposition())) {
                // "… migrants which, according to AFP, the United Nations … have criticised": a relative
                // word right before a comma runs on past it, to the end.
                if relative(&bare) && part.trim_end().ends_with(w) {
                    return out;
                }
                break;
            }
            // A condition or a reason inside the part ("… tools if the enemy does not stop …") is not it.
            if before.is_some() && SUBORDINATORS.contains(&&*bare) {
                break;
            }
            if !bare.is_empty() {
                out.push((bare, capital));
            }
        }
    }
    out
}

/// Whether `text` (a cloze's shown text) reads as a sentence: its main clause (outside brackets and
/// relative clauses, [`main_clause_words`]) has a finite verb — a verb of being, having or doing or a
/// modal ([`FINITE_WORDS`]), an irregular past ([`IRREGULAR_PAST`]), a present verb of a news subject
/// ([`PRESENT_VERBS`]), or a word in -ed or -s after a name ("North Korea fired", "Lee walks") or an -ed
/// word that is neither an adjective after a determiner nor a common noun's reduced clause ("troops
/// stationed in …"). Rule kept: a fill-in-the-blank shows a sentence, never a verbless fragment: not a
/// photo caption ("_____, the Presidential residence in Seoul."), not a noun phrase cut from its sentence
/// ("The large number of _____ troops stationed in South Korea, which are meant to …").
pub fn reads_as_sentence(text: &str) -> bool {
    // A verb phrase cut from its subject ("would respond, militarily, within _____ hours …").
    let opening = text.split_whitespace().next().unwrap_or("");
    if opening.starts_with(char::is_lowercase) && FINITE_WORDS.contains(&opening) {
        return false;
    }
    let words = main_clause_words(text);
    words.iter().enumerate().any(|(i, (w, _))| {
        let before = i.checked_sub(1).and_then(|j| words.get(j));
        let after = words.get(i + 1).map(|(a, _)| &**a);
        // Worked out only for the words that need them: most words are none of the verbs looked for.
        let after_name = || {
            before.is_some_and(|(b, capital)| {
                (*capital && !DETERMINERS.contains(&&**b) && !is_demonym(b)) || PRONOUNS.contains(&&**b)
            })
        };
        let after_determiner = || before.is_some_and(|(b, _)| DETERMINERS.contains(&&**b) || b == "to");
        if finite_or_past(w) {
            return true;
        }
        if PRESENT_VERBS.contains(&&**w) {
            return i > 0 && !after_determiner();
        }
        if w.len() > 4 && w.ends_with("ed") {
            let reduced =
                before.is_some_and(|(_, capital)| !capital) && after.is_none_or(|a| PLACE_PREPOSITIONS.contains(&a));
            return i > 0 && !after_determiner() && (after_name() || !reduced);
        }
        if !(w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && i > 0) {
            return false;
        }
        // "The election elects 70 members", "Foolhardy provocation deserves _____": a verb in -s before its
        // object.
        let object = after
            .is_some_and(|a| DETERMINERS.contains(&a) || a.starts_with(|c: char| c.is_ascii_digit()) || has_blank(a));
        let common = before
            .is_some_and(|(b, _)| !DETERMINERS.contains(&&**b) && !PLACE_PREPOSITIONS.contains(&&**b) && b != "of");
        // "Lee walks on …", not "International News Staff" or "International Relations and Korean".
        // Nor "US troops stationed in …", a noun with its reduced clause.
        let joined = words.get(i + 1).is_none_or(|(a, capital)| {
            *capital || ["and", "or", "of"].contains(&&**a) || (a.len() > 4 && a.ends_with("ed"))
        });
        (after_name() && !joined) || (common && object)
    })
}

/// Whether the pack's title (`title`, folded and padded with spaces), which heads every quiz and handout,
/// shows the answer of a question asked from `text` (a blank's sentence, another question's evidence) whose
/// prompt is `prompt` and answer `answer` (empty for a true/false statement): the sentence is the title, so the title states the
/// fact whole ("Over _____ asylum seekers rescued off Indonesian coast" under the title "Over 900 asylum
/// seekers rescued off Indonesian coast"; "Who performs a balancing act by visiting both China and Japan?"
/// under "A Balancing Act: South Korean President Lee Visits Both China and Japan"), or the answer is a
/// number the title writes, or a phrase (not a name: a word of it in lower case) two of whose words stand in
/// the title in a row ("Young and new faces" under "New faces emerge as …", "quasi-state of war" under
/// "North Korea puts military in 'quasi-state of war'"), or a name the title gives beside two words the
/// prompt writes in lower case ("Which country has told its military to prepare a 'quasi-state of war'?").
/// A name the title gives ("Lee") is otherwise the article's subject, asked all through it, and stays. Rule kept: no
/// question of any kind is made that this says the title shows ([`super::fact_questions`]).
pub fn shown_by_title(title: &str, text: &str, prompt: &str, answer: &str) -> bool {
    sentence_in_title(title, text) || answer_in_title(title, &[], prompt, answer)
}

/// The first half of [`shown_by_title`], which depends on the text alone: whether the sentence `text` is
/// the title (`title`, folded and padded), or the title stands whole in it. Worked out once for a fact's
/// evidence or a blank's sentence, not once for each question asked from it.
pub fn sentence_in_title(title: &str, text: &str) -> bool {
    let sentence = super::padded(text);
    let folded = &sentence[1..sentence.len() - 1];
    let heading = title.trim();
    if folded.is_empty() || heading.is_empty() {
        return false;
    }
    // A title padded as it always is ([`Gen::title`]) is looked for as a padded word, by its spaces.
    let inner = title.strip_prefix(' ').and_then(|t| t.strip_suffix(' ')).filter(|t| !t.is_empty());
    super::has_padded(title, folded)
        || inner.map_or_else(|| sentence.contains(title), |t| super::has_padded(&sentence, t))
}

/// The second half of [`shown_by_title`], for one question: whether the title shows its answer (a number
/// the title writes, a phrase two of whose words stand in it in a row, or a name it gives beside two words
/// the prompt writes). `names` holds, for each entity the title names by one of its forms, all its forms
/// folded ([`Gen::title_names`]): an answer the title names by another of its names ("Lee Jae Myung" under
/// "South Korean President Lee …") is named all the same.
pub fn answer_in_title(title: &str, names: &[Vec<String>], prompt: &str, answer: &str) -> bool {
    let folded = fold(answer);
    if !folded.is_empty() && folded.chars().all(|c| c.is_ascii_digit()) {
        return super::has_padded(title, &folded);
    }
    // The words the answer writes in lower case, in order: a name's words ("Hong Kong") are not the phrase.
    let lower: Vec<String> = answer
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .flat_map(|w| fold(w).split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty() && !TITLE_FILLERS.contains(&w.as_str()))
        .collect();
    if lower.windows(2).any(|pair| title.contains(&format!(" {} {} ", pair[0], pair[1]))) {
        return true;
    }
    // A name the title gives beside what the prompt asks of it: "Which country has told its military to
    // prepare a 'quasi-state of war'?" (→ North Korea) under "North Korea puts military in 'quasi-state of
    // war'"; "Who is the South Korean President?" (→ Lee Jae Myung) under "South Korean President Lee
    // Visits Both China and Japan". Two words of the prompt, of four letters or more and not the answer's
    // own, stand in the title.
    let entity = names.iter().find(|forms| forms.contains(&folded));
    let named = !folded.is_empty() && ((folded.len() >= 3 && super::has_padded(title, &folded)) || entity.is_some());
    if !named {
        // Most answers are not in the title: the prompt's words are not folded for nothing.
        return false;
    }
    let own = |piece: &str| match entity {
        Some(forms) => forms.iter().any(|f| f.split(' ').any(|a| a == piece)),
        None => folded.split(' ').any(|a| a == piece),
    };
    // The distinct words found in the title so far: two are enough.
    let mut told: Vec<String> = Vec::new();
    for w in prompt.split_whitespace() {
        // An ASCII word under four letters folds to pieces under four letters.
        if w.is_ascii() && w.len() < 4 {
            continue;
        }
        for piece in fold(w).split(' ') {
            if piece.len() >= 4
                && !TITLE_COMMON.contains(&piece)
                && !own(piece)
                && in_title(title, piece)
                && !told.iter().any(|t| t == piece)
            {
                told.push(piece.to_string());
                if told.len() >= 2 {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether `word` stands in the title (folded, padded), or its plural or singular does ("visit" in "Lee
/// Visits Both China and Japan").
fn in_title(title: &str, word: &str) -> bool {
    super::has_padded(title, word)
        || super::has_padded(title, &format!("{word}s"))
        || word.strip_suffix('s').is_some_and(|w| w.len() >= 3 && super::has_padded(title, w))
}

/// Words of four letters or more that tell nothing when a prompt shares them with the title: the blank's
/// instruction and English function words ("both" tells: "However, _____'s visits signal an attempt to
/// improve relations with both …" under "… Lee Visits Both China and Japan").
const TITLE_COMMON: [&str; 19] = [
    "fill", "blank", "with", "that", "this", "from", "into", "over", "their", "they", "have", "were", "been", "after",
    "which", "what", "when", "where", "whose",
];

/// Words that tell nothing when a phrase answer shares them with the title: articles, prepositions, "and".
const TITLE_FILLERS: [&str; 10] = ["the", "a", "an", "of", "in", "on", "at", "to", "and", "or"];

/// Whether `text` opens with a participle in -ing written in lower case: a piece cut from its sentence
/// after a comma ("quoting North Korea's main news agency …, the country's military has been placed on
/// high alert"), whose participle belongs to the words cut off ("According to Yonhap news agency, quoting
/// …"). Shown with a capital it would say the military did the quoting.
fn opens_on_participle(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    first.chars().all(|c| c.is_ascii_lowercase()) && first.len() > 4 && first.ends_with("ing")
}

/// Whether `word` is one of [`FINITE_WORDS`] or [`IRREGULAR_PAST`], looked up in one set of both built once
/// (every word of every shown text is looked up).
fn finite_or_past(word: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| FINITE_WORDS.iter().chain(&IRREGULAR_PAST).copied().collect()).contains(word)
}

/// The article's sentence holding all of `evidence`, when it is longer than the evidence: a piece cut from
/// it without a verb of its own ("the Chosei Coal Mine tragedy victims, of which 136 were …") is shown as
/// the sentence it belongs to.
fn whole_sentence(g: &Gen, evidence: &str) -> Option<String> {
    let found = g.find(evidence)?;
    let mut sentence = g.pack.article.sentence_around(found.start);
    // Evidence ending a sentence ends it, even before a closing quotation mark ("… ‘act of aggression.’").
    if evidence.trim_end().trim_end_matches(['\u{2019}', '\u{201d}', '"', '\'']).ends_with(['.', '!', '?']) {
        sentence.end = sentence.end.min(found.end);
    }
    let text = g.pack.article.text().get(sentence.clone())?.trim();
    (sentence.start <= found.start && found.end <= sentence.end && text.len() > evidence.trim().len())
        .then(|| text.to_string())
}

/// Whether `evidence` stands in the article's first paragraph, its headline, which may be verbless.
fn in_headline(g: &Gen, evidence: &str) -> bool {
    let Some(found) = g.find(evidence) else { return false };
    g.pack.article.first_paragraph().is_some_and(|p| p.start <= found.start && found.end <= p.end)
}

/// A name's span without the title before it when the entity's forms name it without one: "President Lee
/// Jae Myung" (an alias) blanks as "President _____" and "Prime Minister Sanae Takaichi" as "Prime Minister
/// _____", so the sentence keeps the words that tell what is asked ("South Korean President _____", not
/// "South Korean _____"). The title is one or more capitalised [`TITLES`].
fn past_title(text: &str, span: Range<usize>, name: &str, aliases: &[String]) -> Range<usize> {
    let written = &text[span.clone()];
    let mut skipped = 0;
    for word in written.split(' ') {
        let titled =
            word.chars().next().is_some_and(char::is_uppercase) && TITLES.contains(&word.to_lowercase().as_str());
        if !titled {
            return span;
        }
        skipped += word.len() + 1;
        let rest = written.get(skipped..).unwrap_or("");
        if std::iter::once(name).chain(aliases.iter().map(String::as_str)).any(|f| f.eq_ignore_ascii_case(rest)) {
            return span.start + skipped..span.end;
        }
    }
    span
}

/// Title words that stand before a name ("President Lee", "Prime Minister Sanae Takaichi").
const TITLES: [&str; 15] = [
    "president",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "general",
    "major",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "secretary",
    "foreign",
];

/// Words that point outside their sentence when they open it: personal pronouns, demonstratives, and the
/// determiners of a pair or group named before ("They perpetrated such reckless action …", "This places
/// _____ in a difficult position …", "Both countries have put their militaries on _____.").
const POINTING_OPENERS: [&str; 16] = [
    "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "that", "those", "both",
    "such",
];

/// Two-word openers that point back as [`POINTING_OPENERS`] do.
const POINTING_PAIRS: [&str; 4] = ["the two", "the three", "the latter", "the former"];

/// Nouns after "this" that point at the time of the article, which the learner knows, not at something
/// named before ("this week", "this year").
const TIME_NOUNS: [&str; 13] = [
    "year",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "time",
    "day",
    "summer",
    "winter",
    "spring",
    "autumn",
];

/// Pronouns that stand for one person.
const PERSONAL: [&str; 5] = ["he", "his", "him", "she", "her"];

/// Whether the shown text `body` of a cloze (its evidence with the blank) leans on something the learner
/// cannot see in it, so that what belongs in the blank is not told by the sentence alone. It does when it
/// opens with a pronoun, a demonstrative or a determiner of a group named before ([`POINTING_OPENERS`],
/// [`POINTING_PAIRS`]); when it says "such" before anything but "as" ("committing such high level visits"); when
/// it says "this" or "these" before a noun it has not named already ("Other
/// candidates elected in this constituency were _____", not "In the Kowloon East constituency, … the
/// highest in this constituency"; time nouns such as "this week" and a noun told by "of", "this process of
/// improving bilateral ties", excepted); and when it says "he", "his",
/// "him", "she" or "her" while naming no person and blanking none (`answer_is_person`): "a nod to the
/// dispute with _____ over her Taiwan statements". Such a cloze is not made: the rule is the English of
/// reference, not a list of one pack's phrases.
pub fn unresolved_reference(g: &Gen, body: &str, answer_is_person: bool) -> bool {
    let words: Vec<Cow<str>> = body.split_whitespace().map(reference_word).collect();
    let first = words.first().map_or("", |w| w);
    // The first two words against each pair, without joining them ("the two" is two words).
    let pair =
        |p: &&str| p.split_once(' ').is_some_and(|(one, two)| first == one && words.get(1).is_some_and(|w| w == two));
    if POINTING_OPENERS.contains(&first) || POINTING_PAIRS.iter().any(pair) {
        return true;
    }
    for (i, w) in words.iter().enumerate().skip(1) {
        // "committing such high level visits": "such" points back at what came before, unless it begins an
        // example ("such as").
        if w == "such" && words.get(i + 1).is_some_and(|n| n != "as") {
            return true;
        }
        if w != "this" && w != "these" {
            continue;
        }
        let Some(noun) = words.get(i + 1).filter(|n| n.chars().all(char::is_alphabetic) && !n.is_empty()) else {
            continue;
        };
        let noun = if w == "these" { noun.strip_suffix('s').unwrap_or(noun) } else { noun };
        // "this process of improving bilateral ties" names what it points at.
        if TIME_NOUNS.contains(&noun) || words.get(i + 2).is_some_and(|w| w == "of") {
            continue;
        }
        if !words[..i].iter().any(|before| before.starts_with(noun)) {
            return true;
        }
    }
    if answer_is_person || !words.iter().any(|w| PERSONAL.contains(&&**w)) {
        return false;
    }
    let named_person = g
        .pack
        .sheet
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .any(|e| std::iter::once(&e.name).chain(&e.aliases).any(|form| find_word(body, form).is_some()));
    !named_person
}

/// A word as [`unresolved_reference`] reads it: lowered, less the punctuation at its ends.
fn reference_word(word: &str) -> Cow<'_, str> {
    lower(trim_ends(word, |c| !c.is_alphanumeric() && c != '_'))
}

/// Whether some blank of `text` (a cloze's shown sentence) may lean on what it does not show
/// ([`unresolved_reference`]): the sentence opens with a pointing word or pair, or says "such", "this",
/// "these" or a personal pronoun ([`PERSONAL`]). A blank puts one word holding "_____" in place of the
/// words it hides and leaves the others as they are, so a sentence without any of these gives no blank
/// that has one, and its blanks need not be read word by word.
fn may_point(text: &str) -> bool {
    const POINTING: [&str; 8] = ["such", "this", "these", "he", "his", "him", "she", "her"];
    let mut words = text.split_whitespace();
    let first = words.next().map(reference_word).unwrap_or_default();
    let second = words.next().map(reference_word).unwrap_or_default();
    let pair = |p: &&str| p.split_once(' ').is_some_and(|(one, two)| first == one && second == two);
    if POINTING_OPENERS.contains(&&*first) || POINTING_PAIRS.iter().any(pair) {
        return true;
    }
    POINTING.contains(&&*first)
        || POINTING.contains(&&*second)
        || words.any(|w| {
            let bare = trim_ends(w, |c| !c.is_alphanumeric() && c != '_');
            // An ASCII word lowers to ASCII: one of two to five letters is compared without being lowered.
            if bare.is_ascii() {
                (2..=5).contains(&bare.len()) && POINTING.iter().any(|p| p.eq_ignore_ascii_case(bare))
            } else {
                POINTING.contains(&&*lower(bare))
            }
        })
}

/// `word` less the characters `strip` matches at its ends ([`str::trim_matches`]), borrowed at once for a
/// word that opens and closes on an ASCII letter or digit (most words), which no caller strips.
fn trim_ends(word: &str, strip: impl Fn(char) -> bool) -> &str {
    let bytes = word.as_bytes();
    let plain = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    if plain(bytes.first())
        && plain(bytes.last())
        && !strip(char::from(bytes[0]))
        && !strip(char::from(bytes[bytes.len() - 1]))
    {
        return word;
    }
    word.trim_matches(strip)
}

/// Whether `word` holds the blank ([`BLANK`]): a byte compare, as every word of every shown text is asked
/// (a substring search is set up afresh on each call).
fn has_blank(word: &str) -> bool {
    word.as_bytes().windows(BLANK.len()).any(|w| w == BLANK.as_bytes())
}

/// `word` in lower case, borrowed when it has no capital (most words of a sentence): compared in hot loops,
/// so only a word with a capital is written out again.
fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether the blank follows "an" ("after an _____-year lull"): the article tells the answer's first sound
/// and reads wrong before the blank, so such a blank is not made.
fn after_an(prompt: &str) -> bool {
    // " an " (in any case) right before a blank, without lowering the whole prompt (": an _____" holds it).
    prompt
        .match_indices(BLANK)
        .any(|(at, _)| at >= 4 && prompt.as_bytes().get(at - 4..at).is_some_and(|b| b.eq_ignore_ascii_case(b" an ")))
}

/// How many words after "_____’s" (or "_____'s") are read for the name the possessive is attached to: enough
/// for a description before the name ("_____'s main news agency Korean Central News Agency").
const OWNED_WINDOW: usize = 10;

/// Whether the blank at `span` is a possessive ("_____’s Xi Jinping", with a curly or a straight
/// apostrophe) attached to an entity whose country is the answer `id` (by `Entity::country` or an Identity
/// fact), within [`OWNED_WINDOW`] words: the learner reads "China" off "Xi Jinping" (the article calls him
/// "China’s Xi Jinping" throughout), so the blank gives its answer away.
fn gives_away_owner(g: &Gen, text: &str, span: &Range<usize>, id: &str) -> bool {
    let rest = &text[span.end..];
    let Some(after) = ["’s ", "'s "].iter().find_map(|p| rest.strip_prefix(p)) else { return false };
    let window: Vec<&str> = after.split_whitespace().take(OWNED_WINDOW).collect();
    let padded = format!(" {} ", fold(&window.join(" ")));
    g.pack
        .sheet
        .entities
        .iter()
        .filter(|e| e.country.as_deref() == Some(id) || g.truths.country_of(&e.id) == Some(id))
        .any(|e| g.truths.names(&e.id).iter().any(|n| !n.is_empty() && padded.contains(&format!(" {n} "))))
}

/// A blank needs this many words around it, or the sentence no longer says what belongs in it
/// ("Japan’s _____").
const MIN_CONTEXT_WORDS: usize = 3;

fn context_words(prompt: &str) -> usize {
    let body = prompt.strip_prefix(PROMPT).unwrap_or(prompt);
    body.split_whitespace().filter(|w| !has_blank(w) && w.chars().any(char::is_alphanumeric)).count()
}

/// Where the first blank sits in the article: the start of its sentence. Two clozes that blank the same
/// answer in the same sentence are one question, even when their evidence quotes differ in length.
pub fn blank_sentence(g: &Gen, q: &Question) -> Option<usize> {
    let evidence = q.evidence.first()?;
    let body = q.prompt.strip_prefix(PROMPT)?;
    let at = body.find(BLANK)?;
    let found = g.find(evidence)?;
    // A cloze shown as the whole sentence its evidence was cut from counts from the sentence's start.
    let sentence = g.pack.article.sentence_around(found.start).start;
    let text = g.pack.article.text();
    // The shown text may open with a capital the article does not have ([`sentence_case`]).
    let starts_there = |from: usize| text.get(from..from + at).is_some_and(|t| t.eq_ignore_ascii_case(&body[..at]));
    let base = if !starts_there(found.start) && starts_there(sentence) { sentence } else { found.start };
    Some(g.pack.article.sentence_around(base + at).start)
}

/// What every cloze prompt starts with.
/// What every fill-in-the-blank prompt starts with.
pub const PROMPT: &str = "Fill in the blank: ";

fn build(fact: &Fact, text: &str, slot: &str, spans: &[Range<usize>], answer: String, expected: Expected) -> Question {
    let mut blanked = String::with_capacity(text.len());
    let mut at = 0;
    for span in spans {
        blanked.push_str(&text[at..span.start]);
        blanked.push_str(BLANK);
        at = span.end;
    }
    blanked.push_str(&text[at..]);
    let prompt = format!("{PROMPT}{}", sentence_case(blanked.trim()));
    let body = Body::Typed { answer, expected, unit: None };
    question(format!("{}.cloze.{slot}", fact.id), QuestionKind::Cloze, prompt, body, &[fact])
}

/// `shown` (a blanked sentence) with its first letter a capital, as a sentence begins: evidence cut from the
/// middle of a sentence ("the first boat rescued on Friday was turned around twice, …") is shown as a
/// sentence ("The first boat …"). Leading quotation marks and brackets are passed over; a blank or a digit
/// first is left as it is. Only an ASCII letter is raised, so the byte length stays.
fn sentence_case(shown: &str) -> String {
    let Some((at, c)) = shown.char_indices().find(|(_, c)| c.is_alphanumeric() || *c == '_') else {
        return shown.to_string();
    };
    if !c.is_ascii_lowercase() {
        return shown.to_string();
    }
    let mut out = String::with_capacity(shown.len());
    out.push_str(&shown[..at]);
    out.push(c.to_ascii_uppercase());
    out.push_str(&shown[at + 1..]);
    out
}

/// Byte ranges where `word` occurs in `text` as a whole word, ignoring ASCII case.
/// Byte ranges where `word` occurs in `text` as a whole word, ignoring ASCII case (overlapping ones too).
pub fn find_words(text: &str, word: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = find_word_from(text, word, from) {
        from = found.start + 1;
        out.push(found);
    }
    out
}

/// The first range [`find_words`] gives, without the others: whether and where `word` stands in `text`.
pub fn find_word(text: &str, word: &str) -> Option<Range<usize>> {
    find_word_from(text, word, 0)
}

/// The first whole-word occurrence of `word` in `text` starting at byte `from` or later, ignoring ASCII
/// case. Candidates are found by their first byte (in either case), so a text is read once, not once per
/// byte of the word.
fn find_word_from(text: &str, word: &str, from: usize) -> Option<Range<usize>> {
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    let (&first, rest) = needle.split_first()?;
    let last = hay.len().checked_sub(needle.len())?;
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    let mut i = from;
    while i <= last {
        let at = i + hay.get(i..=last)?.iter().position(|&b| b == lower || b == upper)?;
        let end = at + needle.len();
        if hay[at + 1..end].eq_ignore_ascii_case(rest)
            && boundary(at.checked_sub(1).and_then(|j| hay.get(j)))
            && boundary(hay.get(end))
            && text.is_char_boundary(at)
            && text.is_char_boundary(end)
        {
            return Some(at..end);
        }
        i = at + 1;
    }
    None
}

/// The span of "January 5th" (month name, then a day number with any ordinal suffix) in `text`.
fn find_date(text: &str, month: &str) -> Option<Range<usize>> {
    debug_assert!(MONTHS.contains(&month));
    let start = find_word(text, month)?;
    let rest = &text[start.end..];
    let spaces = rest.len() - rest.trim_start().len();
    let digits = rest[spaces..].bytes().take_while(u8::is_ascii_digit).count();
    if spaces == 0 || digits == 0 {
        return None;
    }
    let mut end = start.end + spaces + digits;
    let suffix: String = text[end..].chars().take_while(char::is_ascii_alphabetic).collect();
    if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
        end += 2;
    }
    Some(start.start..end)
}

/// The ways an article may write a version-2 date, to find it in the evidence: "June 13, 2000" and "13 June
/// 2000", "March 2015", "2004", "1950–1953" and "1950 to 1953", "yesterday", "by August 22", "every year".
/// A weekday is found alone ("Thursday" of "on Thursday afternoon").
fn when_phrases(when: &When) -> Vec<String> {
    match when {
        When::Day { date, year: Some(y) } => {
            vec![format!("{date}, {y}"), format!("{date} {y}"), format!("{} {} {y}", date.day, date.month_name())]
        }
        When::Day { date, year: None } => vec![date.to_string(), format!("{} {}", date.day, date.month_name())],
        When::Span { from, to } => vec![format!("{from}–{to}"), format!("{from}-{to}"), format!("{from} to {to}")],
        When::Deadline { by, end_of } => {
            let lead = if *end_of { "by the end of" } else { "by" };
            when_phrases(by).into_iter().map(|p| format!("{lead} {p}")).collect()
        }
        When::Since(from) => when_phrases(from).into_iter().map(|p| format!("since {p}")).collect(),
        When::Month { .. }
        | When::Year(_)
        | When::Relative(_)
        | When::Every { .. }
        | When::Near { .. }
        | When::MonthNear { .. }
        | When::Coming(_)
        | When::MonthOnly(_)
        | When::PartOfYear { .. } => vec![when.to_string()],
    }
}

/// Sorts spans and joins the ones that overlap or touch.
fn merge(mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_read_for_every_word_a_blank_may_lean_on() {
        // The quick read of a whole sentence finds each word the full test reads, in any case and beside
        // punctuation, or a sentence holding it would skip that test.
        for word in PERSONAL.iter().chain(&["such", "this", "these"]) {
            let upper = word.to_uppercase();
            for text in [
                format!("Talks ended, and later {word} spoke."),
                format!("Talks ended (\u{201c}{upper},\u{201d} later)."),
            ] {
                assert!(may_point(&text), "{text}");
            }
        }
        assert!(may_point("The two leaders met in Seoul."));
        assert!(may_point("They met in Seoul."));
        assert!(!may_point("Lee met Takaichi in Nara on January 13, hoping to mend ties."));
        assert!(!may_point("The heads of the three nations met in Tokyo."));
    }

    #[test]
    fn a_clause_cut_from_its_sentence_is_shown_as_the_statement_it_asserts() {
        let shown = |e: &str| shown_text(e);
        assert_eq!(
            shown("As relations between South Korea, China, and Japan are complex").as_deref(),
            Some("Relations between South Korea, China, and Japan are complex.")
        );
        assert_eq!(shown("Although Seoul protested,").as_deref(), Some("Seoul protested."));
        // A condition is not asserted: no cloze.
        assert_eq!(shown("If the talks resume next week"), None);
        // A whole sentence, a clause opener used otherwise, or no opener: shown as written.
        assert_eq!(shown("As expected, Seoul protested.").as_deref(), Some("As expected, Seoul protested."));
        assert_eq!(shown("Asia watched as Seoul protested").as_deref(), Some("Asia watched as Seoul protested"));
        assert_eq!(shown("If").as_deref(), Some("If"));
    }

    #[test]
    fn a_shown_text_reads_as_a_sentence_only_with_a_verb_of_its_main_clause() {
        for sentence in [
            "_____ reports that Lee’s pragmatic diplomacy has boosted his approval ratings at home.",
            "The election elects _____ members of the Legislative Council.",
            "\"Foolhardy provocation deserves _____\", it added",
            "Lee met with China’s Xi Jinping in _____ on January 5th",
            "In a web of commonalities and antagonisms, President _____ walks on a diplomatic tightrope.",
            "January was a busy month for South Korean President _____",
            "North Korea fired at the loudspeaker",
            "the South Korean military fired 36 shells",
            "Relations between _____, China, and Japan are complex.",
            "The report comes after North and _____ exchanged artillery fire yesterday.",
            "Before that, the two leaders had held the first shuttle summit in _____ in March 2023.",
            "Also, an independent who does not claim to belong to either camp, _____ of the Architectural, Surveying, Planning and Landscape constituency, defeated his opponents and was elected.",
            "The large number of US troops stationed in South Korea, which are meant to defend the country from China, Russia, and North Korea, have long tensioned _____-Beijing bilateral ties.",
        ] {
            assert!(reads_as_sentence(sentence), "{sentence}");
        }
        for fragment in [
            "_____, the Presidential residence in Seoul.",
            "Chang Wa Deo, the Presidential residence in Seoul. (Credit: _____, Unsplash)",
            "The large number of _____ troops stationed in South Korea, which are meant to defend the country from China, Russia, and North Korea",
            "the Chosei Coal Mine tragedy victims, of which _____ were Korean forced labourers",
            "Japanese statements on Taiwan that _____ has branded an ‘act of aggression.’",
            "China’s top leader _____",
            "The large number of US troops stationed in South Korea, which are meant to defend the country from China, Russia, and North Korea",
            "marking the first visit to _____ by a South Korean leader in over five years",
            "_____, International News Staff Writer, BA International Relations and Korean",
            "a policy of turning away boats of migrants which, according to AFP, the Untied Nations and _____ have both criticised",
            "to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within _____ hours",
            "would respond, militarily, within _____ hours if the broadcasts do not stop",
        ] {
            assert!(!reads_as_sentence(fragment), "{fragment}");
        }
    }

    #[test]
    fn a_title_before_a_name_stays_beside_the_blank() {
        let aliases = ["President Lee Jae Myung".to_string(), "Lee".to_string()];
        let text = "for South Korean President Lee Jae Myung";
        let at = text.find("President").expect("a title");
        let span = past_title(text, at..text.len(), "Lee Jae Myung", &aliases);
        assert_eq!(&text[span], "Lee Jae Myung");
        let text = "Japan’s Prime Minister Sanae Takaichi";
        let at = text.find("Prime").expect("a title");
        let span = past_title(text, at..text.len(), "Sanae Takaichi", &[]);
        assert_eq!(&text[span], "Sanae Takaichi");
    }

    #[test]
    fn finds_whole_words_only() {
        let t = "Lee met Leeds fans; lee’s wife and LEE.";
        let found: Vec<&str> = find_words(t, "Lee").into_iter().map(|r| &t[r]).collect();
        assert_eq!(found, ["Lee", "lee", "LEE"]);
    }

    #[test]
    fn finds_dates_with_ordinals() {
        let t = "met in Beijing on January 5th, marking";
        assert_eq!(find_date(t, "January").map(|r| &t[r]), Some("January 5th"));
        assert_eq!(find_date("in January alone", "January"), None);
    }

    #[test]
    fn merges_overlapping_names() {
        assert_eq!(merge(vec![10..13, 0..13, 20..25, 24..30]), vec![0..13, 20..30]);
    }
}
