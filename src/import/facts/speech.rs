//! What people and bodies say: direct quotes with their speaker, and reports ("according to X, …").
//!
//! The forms are those of English news prose generally: a quote followed by its attribution (`"…", said
//! X`, `"…," X said`, `"…", it added` — a pronoun is the last speaker of the same paragraph), and an
//! attribution followed by its quote (`X said: "…"`, `X said, "…"`). Indirect speech ("X said that …")
//! is a clause like any other and is drafted in [`super::actions`].

use super::clause::{Sent, can_act, curly, lower_first, trim_end, word_count};
use crate::pack::when::WEEKDAYS;
use crate::pack::{Claim, Entity, EntityKind, Fact};

/// Verbs that attribute a quote, as written.
pub const SAY_WORDS: [&str; 22] = [
    "said",
    "says",
    "say",
    "stated",
    "states",
    "added",
    "adds",
    "told",
    "announced",
    "declared",
    "noted",
    "explained",
    "commented",
    "remarked",
    "wrote",
    "argued",
    "acknowledged",
    "admitted",
    "confirmed",
    "insisted",
    "warned",
    "tweeted",
];

/// Conjunctions that may open a sentence before its subject ("But he insisted …", "And she added …").
pub const LINKING: [&str; 3] = ["but", "and", "yet"];

/// Whether the sentence opens with "He" or "She" as its subject, after at most one of [`LINKING`] ("He
/// added …", "But she insisted …"): news prose opens a paragraph so with the one person the paragraph
/// before ended on.
pub fn opens_with_pronoun(text: &str) -> bool {
    let mut words = text.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    let first = if LINKING.contains(&first.as_str()) { words.next().unwrap_or_default() } else { first };
    first == "he" || first == "she"
}

/// The longest quote drafted whole, in words; a longer one is drafted by its first clause, or not at all.
const MAX_QUOTE_WORDS: usize = 20;

/// The speaker last quoted, by paragraph, for "it added" and "he said", with the name as the attribution
/// wrote it.
#[derive(Debug, Clone, Default)]
pub struct Speakers {
    last: Option<(usize, Entity, String)>,
    /// The paragraph of the sentence read last, when that sentence quoted [`Speakers::last`]: a paragraph
    /// that is only a quotation, right after it, goes on with that speaker's words.
    ended_quoting: Option<usize>,
}

/// A quotation of the sentence whose speaker is known: its words are tokens `from..to`. `continued` marks
/// one whose opening mark stands in an earlier sentence (it is the end of a quotation of several sentences).
#[derive(Debug, Clone)]
pub struct Quoted {
    /// First token of the quoted words.
    pub from: usize,
    /// One past the last token of the quoted words.
    pub to: usize,
    /// Who said it.
    pub speaker: Entity,
    /// The speaker as the attribution names them ("KCNA"), for "According to KCNA, …".
    pub named: String,
    /// The verb of the attribution ("said", "added").
    pub verb: String,
    /// Whether the quotation opened in an earlier sentence.
    pub continued: bool,
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”")
}

/// Verbs that attribute a direct quote but, before a clause of their own, tell a stance ("Xi emphasised the
/// shared history"): a quote attributed so is its speaker's Statement (`"…," Kim stressed.`).
const QUOTE_WORDS: [&str; 5] = ["stressed", "emphasized", "emphasised", "reiterated", "underlined"];

fn is_say(t: &str) -> bool {
    let t = t.to_lowercase();
    SAY_WORDS.contains(&t.as_str()) || QUOTE_WORDS.contains(&t.as_str())
}

/// Statements from direct quotes in the sentence, and the speaker remembered for the next sentence.
pub fn quotes(s: &Sent<'_>, speakers: &mut Speakers) -> Vec<Fact> {
    quotations(s, speakers).0
}

/// As [`quotes`], with the quotations whose speaker is known.
pub fn quotations(s: &Sent<'_>, speakers: &mut Speakers) -> (Vec<Fact>, Vec<Quoted>) {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let n = s.toks.len();
    for k in 0..n {
        if !is_quote_mark(s.tok(k)) {
            continue;
        }
        // A closing quote: `"…," said X` / `"…", X said` / `"…", it added`.
        let a = if s.tok(k + 1) == "," { k + 2 } else { k + 1 };
        // `"…," X said`, and a question or exclamation closing the quote: `"Why wait?" Lee told reporters`.
        let comma_inside = matches!(s.tok(k.wrapping_sub(1)), "," | "?" | "!");
        let closing = s.in_quote(k);
        if closing
            && (s.tok(k + 1) == "," || comma_inside)
            && let Some((speaker, verb, named)) = attribution(s, a, speakers)
        {
            let opening = (0..k).rev().find(|&j| is_quote_mark(s.tok(j)));
            let open = opening.map_or(0, |j| j + 1);
            if let Some(fact) = statement(s, &speaker, &verb, open, k) {
                out.push(fact);
            }
            out.extend(adding_that(s, &speaker, a));
            spans.push(Quoted {
                from: open,
                to: k,
                speaker: speaker.clone(),
                named: named.clone(),
                verb,
                continued: opening.is_none(),
            });
            speakers.last = Some((s.paragraph, speaker, named));
            continue;
        }
        // An opening quote after `X said:` / `X said,` / `X said`.
        if closing {
            continue;
        }
        let mut v = k;
        if matches!(s.tok(v.wrapping_sub(1)), ":" | ",") {
            v -= 1;
        }
        let verb = s.tok(v.wrapping_sub(1));
        if v >= 2 && is_say(verb) {
            // The speaker's name ends right before the verb, or before an appositive ("Jeff Rathke, the
            // State Department Spokesperson, said, …").
            let speaker = s
                .named
                .iter()
                .find(|m| m.end < v && (m.end == v - 1 || s.after_subject(m) == v - 1))
                .filter(|m| can_act(m.entity.kind))
                .map(|m| (m.entity.clone(), s.span(m.first, m.end).to_string()));
            if let Some((speaker, named)) = speaker {
                let close = (k + 1..n).find(|&j| is_quote_mark(s.tok(j))).unwrap_or(n);
                let verb = verb.to_lowercase();
                if let Some(fact) = statement(s, &speaker, &verb, k + 1, close) {
                    out.push(fact);
                }
                spans.push(Quoted {
                    from: k + 1,
                    to: close,
                    speaker: speaker.clone(),
                    named: named.clone(),
                    verb,
                    continued: false,
                });
                speakers.last = Some((s.paragraph, speaker, named));
            }
        }
    }
    if spans.is_empty()
        && let Some(q) = following_quote(s, speakers)
    {
        out.extend(statement(s, &q.speaker, &q.verb, q.from, q.to));
        if let Some(last) = speakers.last.as_mut() {
            last.0 = s.paragraph;
        }
        spans.push(q);
    }
    speakers.ended_quoting = (!spans.is_empty()).then_some(s.paragraph);
    (out, spans)
}

/// `"…," X said, adding that <clause>.`: what the speaker added after the quotation, in the same sentence,
/// is a second Statement ("added that <clause>"). The clause runs from "that" to the sentence's end, holds no
/// quotation mark, and has four to [`MAX_QUOTE_WORDS`] words; `from` is the token after the quotation.
fn adding_that(s: &Sent<'_>, speaker: &Entity, from: usize) -> Option<Fact> {
    let n = s.toks.len();
    let at = (from..n).find(|&k| s.tok(k) == "adding" && s.tok(k.wrapping_sub(1)) == "," && s.tok(k + 1) == "that")?;
    if (from..at).any(|k| is_quote_mark(s.tok(k))) {
        return None;
    }
    let clause = trim_end(s.span(at + 2, n)).trim();
    if clause.contains(['"', '“', '”']) || !(4..=MAX_QUOTE_WORDS).contains(&word_count(clause)) {
        return None;
    }
    Some(Fact {
        id: format!("added-{}", speaker.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Statement { speaker: speaker.id.clone(), said: format!("added that {clause}"), quote: None },
    })
}

/// A sentence that is wholly one quotation (`"I also hope …."`), with no attribution of its own, right
/// after a quotation of the same paragraph whose speaker is known: the same speaker's words, as news
/// prose goes on quoting one speaker without naming them again. So too a new paragraph that opens with such
/// a sentence right after a paragraph whose last sentence quoted the speaker (`"…," Cho said.` ¶ `"We will
/// keep talking."`): nobody else has been named since.
fn following_quote(s: &Sent<'_>, speakers: &Speakers) -> Option<Quoted> {
    let (paragraph, speaker, named) = speakers.last.as_ref()?;
    let next_paragraph = speakers.ended_quoting.is_some_and(|p| p == *paragraph && p + 1 == s.paragraph);
    let paragraph = if next_paragraph { &s.paragraph } else { paragraph };
    let n = s.toks.len();
    let last = (0..n).rev().find(|&k| !matches!(s.tok(k), "." | "!" | "?"))?;
    let opens = is_quote_mark(s.tok(0)) && !s.in_quote(0);
    let closes = is_quote_mark(s.tok(n - 1)) || is_quote_mark(s.tok(last));
    let marks = (0..n).filter(|&k| is_quote_mark(s.tok(k))).count();
    if *paragraph != s.paragraph || !opens || !closes || marks != 2 {
        return None;
    }
    let close = (1..n).find(|&k| is_quote_mark(s.tok(k)))?;
    Some(Quoted {
        from: 1,
        to: close,
        speaker: speaker.clone(),
        named: named.clone(),
        verb: "said".to_string(),
        continued: false,
    })
}

/// The speaker, verb and name as written of an attribution starting at token `a`: `said X`, `X said`,
/// `it added`.
fn attribution(s: &Sent<'_>, a: usize, speakers: &Speakers) -> Option<(Entity, String, String)> {
    let first = s.tok(a);
    let written = |m: &super::clause::Named<'_>| s.span(m.first, m.end).to_string();
    if is_say(first) {
        let m = s.named_at(a + 1).or_else(|| s.named_at(a + 2).filter(|_| s.is(a + 1, "the")))?;
        return can_act(m.entity.kind).then(|| (m.entity.clone(), first.to_lowercase(), written(m)));
    }
    // The speaker may carry a title of up to three capitalised words ("President Lee Myung-bak told …").
    let titled = || {
        s.named.iter().find(|m| {
            m.first > a
                && m.first <= a + 3
                && (a..m.first).all(|k| s.tok(k).chars().next().is_some_and(char::is_uppercase))
        })
    };
    // `"…," a Kremlin spokesman said.`: a body speaking through an unnamed spokesperson.
    if let Some(m) =
        s.named_at(a).or_else(|| s.named_at(a + 1).filter(|_| ["the", "a", "an"].iter().any(|w| s.is(a, w))))
        && SPOKES.iter().any(|w| s.is(m.end, w))
        && is_say(s.tok(m.end + 1))
        && m.entity.kind != EntityKind::Person
        && can_act(m.entity.kind)
    {
        return Some((m.entity.clone(), s.tok(m.end + 1).to_lowercase(), written(m)));
    }
    if let Some(m) = s.named_at(a).or_else(|| s.named_at(a + 1).filter(|_| s.is(a, "the"))).or_else(titled)
        && can_act(m.entity.kind)
    {
        // `"…," Kim Kyou-hyun, senior presidential secretary for foreign affairs, said.`: an appositive
        // between commas, with no quote mark or second name in it, may stand between the name and the verb.
        let appositive = (s.tok(m.end) == ",")
            .then(|| (m.end + 1..(m.end + 14).min(s.toks.len())).find(|&k| s.tok(k) == ","))
            .flatten()
            .filter(|&c| is_say(s.tok(c + 1)) && !(m.end + 1..c).any(|k| is_quote_mark(s.tok(k))));
        if let Some(c) = appositive {
            return Some((m.entity.clone(), s.tok(c + 1).to_lowercase(), written(m)));
        }
        let verb = s.tok(m.end);
        // "told reporters", "told the BBC": "told" takes its object along.
        let object = s.tok(m.end + 1);
        let verb = if verb == "told" && object.chars().all(char::is_lowercase) && !object.is_empty() {
            format!("told {object}")
        } else {
            verb.to_lowercase()
        };
        return is_say(s.tok(m.end)).then(|| (m.entity.clone(), verb, written(m)));
    }
    if matches!(first.to_lowercase().as_str(), "he" | "she") && is_say(s.tok(a + 1)) {
        // `"…," he said` after a sentence that named one person and no quote of this paragraph before it.
        let quoted_here = speakers.last.as_ref().is_some_and(|(p, _, _)| *p == s.paragraph);
        if !quoted_here && let Some(person) = s.pronoun {
            return Some((person.clone(), s.tok(a + 1).to_lowercase(), person.name.clone()));
        }
    }
    if matches!(first.to_lowercase().as_str(), "it" | "he" | "she" | "they") && is_say(s.tok(a + 1)) {
        let (paragraph, speaker, named) = speakers.last.as_ref()?;
        let fits = match first.to_lowercase().as_str() {
            "it" => !matches!(speaker.kind, EntityKind::Person),
            "he" | "she" => speaker.kind == EntityKind::Person,
            _ => speaker.kind == EntityKind::Group,
        };
        return (*paragraph == s.paragraph && fits)
            .then(|| (speaker.clone(), s.tok(a + 1).to_lowercase(), named.clone()));
    }
    None
}

/// Words before which a long quotation may be cut: a preposition or conjunction opens a phrase of its own,
/// so the words before it read whole ("… made another grave provocation to the DPRK …").
const PHRASE_OPENERS: [&str; 22] = [
    "in", "on", "at", "to", "near", "under", "after", "before", "with", "from", "for", "by", "of", "and", "but", "as",
    "if", "while", "when", "that", "which", "because",
];

/// The longest opening of `clause` of at least eight and at most [`MAX_QUOTE_WORDS`] words that ends
/// before a preposition or conjunction; `None` if it has none.
fn cut_at_phrase(clause: &str) -> Option<&str> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let at = (8..=MAX_QUOTE_WORDS.min(words.len().saturating_sub(1))).rev().find(|&i| {
        // "as soon as possible", "as well as": an "as" of a pair opens no phrase of its own.
        let as_pair = |k: usize| words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("as"));
        let pair = as_pair(i) && (as_pair(i + 2) || i.checked_sub(2).is_some_and(as_pair));
        !pair && words.get(i).is_some_and(|w| PHRASE_OPENERS.contains(&w.to_lowercase().as_str()))
    })?;
    let word = words.get(at)?;
    let offset = (word.as_ptr() as usize).checked_sub(clause.as_ptr() as usize)?;
    Some(clause.get(..offset)?.trim_end().trim_end_matches([',', ';', ':']))
}

/// A Statement that `speaker` `verb` the quote between tokens `from` and `to`; a quote of more than
/// [`MAX_QUOTE_WORDS`] words is cut after its first clause or phrase and marked with "…".
pub fn statement(s: &Sent<'_>, speaker: &Entity, verb: &str, from: usize, to: usize) -> Option<Fact> {
    let quote = trim_end(s.span(from, to));
    let quote = quote.trim_start_matches(['"', '“']).trim();
    if quote.is_empty() || quote.contains(['"', '“', '”']) {
        return None;
    }
    let words = word_count(quote);
    let said = if (3..=MAX_QUOTE_WORDS).contains(&words) {
        format!("{verb} “{quote}”")
    } else {
        let clause = quote.split([',', ';']).next().unwrap_or("").trim();
        // "On the occasion of the talks, I hope …": a leading phrase that opens with a preposition is not
        // what was said; the clause after it is, marked as cut at both ends.
        let first = clause.split_whitespace().next().unwrap_or("").to_lowercase();
        let (lead, clause) = match quote.split_once(',') {
            Some((_, main)) if PHRASE_OPENERS.contains(&first.as_str()) && word_count(clause) <= 8 => {
                let main = main.trim();
                let main = if word_count(main) > MAX_QUOTE_WORDS { cut_at_phrase(main)? } else { main };
                ("… ", main)
            }
            _ => ("", if word_count(clause) > MAX_QUOTE_WORDS { cut_at_phrase(clause)? } else { clause }),
        };
        let n = word_count(clause);
        if !(5..=MAX_QUOTE_WORDS).contains(&n) {
            return None;
        }
        let end = if quote.ends_with(clause) { "" } else { " …" };
        format!("{verb} “{lead}{clause}{end}”")
    };
    Some(Fact {
        id: format!("quote-{}", speaker.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Statement { speaker: speaker.id.clone(), said, quote: None },
    })
}

/// `<Clause>, X said.` (no quotation marks): a Statement that X "said <clause>". `<Clause>, he said.` is
/// the one person the previous sentence of the paragraph named, when the sentence names no person itself.
pub fn trailing_said(s: &Sent<'_>) -> Option<Fact> {
    // "…, Kyodo said, quoting government sources.": where the source got it is passed over.
    let end = s.closing_end()?;
    // The verb ends the sentence, or is followed by its day or a short phrase of how it was said ("…, the
    // Blue House announced Wednesday.", "…, Yoon said in a statement.", "…, Yoon said without elaborating.").
    let last = (end.saturating_sub(5)..=end).rev().find(|&k| {
        TRAILING.contains(&s.tok(k).to_lowercase().as_str())
            && (k == end
                || (k + 1..=end).all(|j| s.toks.get(j).is_some_and(|t| t.word))
                    && (WEEKDAYS.contains(&s.tok(k + 1)) && k + 1 == end
                        || TAIL_OPENERS.contains(&s.tok(k + 1).to_lowercase().as_str())))
    })?;
    let verb = s.tok(last).to_lowercase();
    let day = WEEKDAYS.contains(&s.tok(last + 1)).then(|| s.tok(last + 1));
    if s.text.contains(['"', '“', '”']) || (last < end && day.is_none() && WEEKDAYS.contains(&s.tok(last + 1))) {
        return None;
    }
    // "…, he said.": the one person the sentence before named (see [`Sent::pronoun`]).
    // "…, a Foreign Ministry spokesman said.": a body speaking through an unnamed spokesperson.
    let spokes = SPOKES.iter().any(|w| s.is(last.wrapping_sub(1), w));
    let named = if spokes {
        s.named_before(last - 1).filter(|m| m.entity.kind != EntityKind::Person)
    } else {
        s.named_before(last)
    };
    let article = |k: usize| ["the", "a", "an"].iter().any(|w| s.is(k, w)) && (spokes || s.is(k, "the"));
    let (speaker, first) = match named.filter(|m| can_act(m.entity.kind)) {
        Some(m) => (m.entity, if article(m.first.wrapping_sub(1)) { m.first - 1 } else { m.first }),
        None if (s.is(last.wrapping_sub(1), "he") || s.is(last.wrapping_sub(1), "she"))
            && !s.named.iter().any(|m| m.entity.kind == EntityKind::Person) =>
        {
            (s.pronoun?, last - 1)
        }
        None => return None,
    };
    // "…, Spokesman Hong Lei said.", "…, Foreign Ministry spokeswoman Hua Chunying said.": a person's title
    // of up to four words may stand between the comma and the name (capitalised words, or a lower-case title
    // of the gazetteer).
    let titles = &crate::import::entities::gazetteer::GAZETTEER.titles;
    let title_word = |k: usize| {
        let w = s.tok(k);
        let lower = w.to_lowercase();
        s.toks.get(k).is_some_and(|t| t.word)
            && (w.chars().next().is_some_and(char::is_uppercase)
                || titles.get(&lower).is_some_and(|l| l.contains(&lower)))
            && s.named_at(k).is_none()
    };
    let person = speaker.kind == EntityKind::Person;
    let titled = (first.saturating_sub(4)..first).rev().take_while(|&k| person && title_word(k)).count();
    let first = if titled > 0 && s.tok(first.wrapping_sub(titled + 1)) == "," { first - titled } else { first };
    if s.tok(first.checked_sub(1)?) != "," {
        return None;
    }
    let clause = sentence_opening(s, first - 1);
    if word_count(&clause) < 4 {
        return None;
    }
    if verb.starts_with("report") {
        return trailing_report(s, speaker, first - 1, &clause);
    }
    let said = match day {
        Some(day) => format!("{verb} on {day} that {clause}"),
        None => format!("{verb} {clause}"),
    };
    Some(Fact {
        id: format!("said-{}", speaker.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Statement { speaker: speaker.id.clone(), said, quote: None },
    })
}

/// The most words of what a trailing "…, X reported." says.
const MAX_REPORT_WORDS: usize = 30;

/// `<Clause>, the BBC reported.`: a Report that the source "reported that <clause>" (its clause ending at
/// token `comma`). A clause too long to ask whole keeps its first part when a comma and "while", "whereas"
/// or "but" open a second clause with its own subject: the source reported the first as much as the whole.
fn trailing_report(s: &Sent<'_>, source: &Entity, comma: usize, clause: &str) -> Option<Fact> {
    let clause = if word_count(clause) > MAX_REPORT_WORDS {
        let cut = (1..comma).find(|&k| {
            s.tok(k) == "," && ["while", "whereas", "but"].iter().any(|w| s.is(k + 1, w)) && !s.in_quote(k)
        })?;
        sentence_opening(s, cut)
    } else {
        clause.to_string()
    };
    let says = curly(&format!("reported that {clause}"))?;
    if !(5..=MAX_REPORT_WORDS).contains(&word_count(&says)) {
        return None;
    }
    Some(Fact {
        id: format!("report-{}", source.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Report { source: source.id.clone(), says },
    })
}

/// Words that open a leading subordinate clause or phrase ("When asked about the talks, …", "Speaking to
/// reporters, …").
const LEADING: [&str; 12] =
    ["when", "as", "after", "before", "while", "asked", "speaking", "answering", "responding", "during", "at", "in"];

/// `When asked about the talks, Hong said information "will be released at an appropriate time."`: after a
/// leading subordinate clause and its comma, a named speaker and a verb of saying (not followed by a quote
/// mark or a colon, which the quote patterns read) — a Statement of what follows, quotes curled. The
/// leading clause is left out: it says when or why, not what was said.
pub fn said_after_leading(s: &Sent<'_>) -> Option<Fact> {
    if !LEADING.contains(&s.tok(0).to_lowercase().as_str()) || s.in_quote(0) {
        return None;
    }
    let comma = (1..s.toks.len()).find(|&k| s.tok(k) == "," && !s.in_quote(k))?;
    // A speaker the shared clause grammar already reads as its clause's subject is drafted there.
    // The speaker may carry a title of capitalised words ("Unification Minister Ryoo Kihl-jae").
    let m = s
        .named
        .iter()
        .find(|m| {
            m.first > comma
                && m.first <= comma + 4
                && (comma + 1..m.first).all(|k| s.tok(k).chars().next().is_some_and(char::is_uppercase))
        })
        .filter(|m| can_act(m.entity.kind) && !s.opens_clause(m))?;
    let verb = s.tok(m.end).to_lowercase();
    if !matches!(verb.as_str(), "said" | "says" | "added" | "stated" | "noted" | "stressed") {
        return None;
    }
    if matches!(s.tok(m.end + 1), "\"" | "“" | ":" | ",") || (1..comma).any(|k| is_quote_mark(s.tok(k))) {
        return None;
    }
    let rest = trim_end(s.rest(m.end + 1));
    let rest = rest.trim_end_matches(['"', '”']).trim_end_matches(['.', ',']).trim_end();
    let closed = if rest.matches(['"', '“']).count() % 2 == 1 { format!("{rest}\"") } else { rest.to_string() };
    let said = curly(&format!("{verb} {closed}"))?;
    if !(5..=30).contains(&word_count(&said)) {
        return None;
    }
    Some(Fact {
        id: format!("said-{}", m.entity.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Statement { speaker: m.entity.id.clone(), said, quote: None },
    })
}

/// Nouns for the one who speaks for a body ("a Foreign Ministry spokesman").
pub const SPOKES: [&str; 3] = ["spokesman", "spokeswoman", "spokesperson"];

/// `A Foreign Ministry spokesman said <clause>.` / `The Kremlin spokeswoman added that <clause>.`: a body
/// that can speak (not a person), named at the start of the sentence after at most "a", "an", "the" and two
/// capitalised words ("The Norwegian Foreign Ministry spokesman"), then a spokesperson noun with no name
/// after it and a verb of saying: the body's Statement of what follows, as a spokesperson speaks for their
/// body. A named spokesperson ("Kremlin spokesman Dmitry Peskov said") is a person, drafted as such; a
/// quotation after the verb is the quote patterns'.
pub fn office_spokesman(s: &Sent<'_>) -> Option<Fact> {
    let m = s.named.iter().find(|m| {
        SPOKES.iter().any(|w| s.is(m.end, w))
            && m.first <= 3
            && (0..m.first).all(|k| {
                ["a", "an", "the"].iter().any(|w| s.is(k, w)) || s.tok(k).chars().next().is_some_and(char::is_uppercase)
            })
    })?;
    if m.entity.kind == EntityKind::Person || !can_act(m.entity.kind) || s.in_quote(m.first) {
        return None;
    }
    let v = m.end + 1 + usize::from(s.is(m.end + 1, "also"));
    let verb = s.tok(v).to_lowercase();
    if !SAY_WORDS.contains(&verb.as_str()) || matches!(s.tok(v + 1), "\"" | "“" | ":" | ",") {
        return None;
    }
    let rest = trim_end(s.rest(v + 1));
    if rest.contains(['"', '“', '”']) {
        return None;
    }
    let said = curly(&format!("{verb} {rest}"))?;
    if !(5..=30).contains(&word_count(&said)) {
        return None;
    }
    Some(Fact {
        id: format!("said-{}", m.entity.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Statement { speaker: m.entity.id.clone(), said, quote: None },
    })
}

/// Verbs of a trailing attribution ("…, X said.").
const TRAILING: [&str; 8] = ["said", "says", "added", "stated", "announced", "noted", "reported", "reports"];

/// Words that open a short phrase after a trailing attribution's verb ("in a statement", "without
/// elaborating", "at a news conference").
const TAIL_OPENERS: [&str; 5] = ["in", "at", "without", "during", "on"];

/// The sentence's words up to token `to`, as they read after "said": its first word lower-cased unless it
/// is part of a name, "I", or an abbreviation ("Additional talks are expected …" → "additional talks are
/// expected …").
fn sentence_opening(s: &Sent<'_>, to: usize) -> String {
    let text = s.span(0, to);
    let first = s.tok(0);
    let keep = s.named.iter().any(|n| n.first == 0)
        || first == "I"
        || s.tok(1).chars().next().is_some_and(char::is_uppercase)
        || first.chars().skip(1).any(char::is_uppercase)
        || !first.chars().next().is_some_and(char::is_uppercase);
    if keep {
        return lower_first(text);
    }
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The source of a closing "according to" phrase that names it after a title or a possessive ("…,
/// according to Blue House press secretary Yoon Young-chan.", "…, according to a Unification Ministry
/// senior official, Chun Hae-sung.", "…, according to China's Foreign Ministry."): the last mention, ending
/// the sentence, after at most eight words of title — no verb, quote or second comma among them.
fn titled_source<'s, 'a>(s: &'s Sent<'a>, from: usize) -> Option<&'s super::clause::Named<'a>> {
    let m = s.named.iter().rev().find(|m| m.first >= from && trim_end(s.rest(m.end)).is_empty())?;
    let words = from..m.first;
    let commas = words.clone().filter(|&k| s.tok(k) == ",").count();
    let plain = words.clone().all(|k| {
        let w = s.tok(k);
        (s.toks.get(k).is_some_and(|t| t.word) || matches!(w, "," | "'s" | "’s"))
            && !super::clause::is_past(&w.to_lowercase())
            && !["said", "says", "who", "which", "that"].contains(&w.to_lowercase().as_str())
    });
    (m.first - from <= 8 && commas <= 1 && plain).then_some(m)
}

/// A clause without a leading phrase that points back in the article ("Beyond that, there was a lack of
/// harmony" → "there was a lack of harmony"): standing alone, "that" would point at nothing.
fn without_pointing_lead(clause: &str) -> String {
    match clause.split_once(", ") {
        Some((lead, rest))
            if lead.split_whitespace().count() <= 3
                && lead
                    .split_whitespace()
                    .any(|w| ["that", "this", "these", "those"].contains(&w.to_lowercase().as_str()))
                && rest.split_whitespace().count() >= 3 =>
        {
            rest.to_string()
        }
        _ => clause.to_string(),
    }
}

/// `According to X, <clause>.` and `<Clause>, according to X.` → a Report whose `says` is "reported that
/// <clause>" ("reported, quoting Y, that <clause>" when the clause opens with "quoting Y," or "citing Y,").
pub fn according(s: &Sent<'_>) -> Option<Fact> {
    let n = s.toks.len();
    if s.in_quote(0) {
        return None;
    }
    let (source, clause) = if s.is_phrase(0, "according to") {
        let m = s.named_at(2).or_else(|| s.named_at(3).filter(|_| s.is(2, "the")))?;
        if s.tok(m.end) != "," {
            return None;
        }
        (m, s.rest(m.end + 1).to_string())
    } else {
        let at = (1..n).find(|&k| s.tok(k) == "," && s.is_phrase(k + 1, "according to"))?;
        let m = s
            .named_at(at + 3)
            .or_else(|| s.named_at(at + 4).filter(|_| s.is(at + 3, "the")))
            .filter(|m| trim_end(s.rest(m.end)).is_empty())
            .or_else(|| titled_source(s, at + 3))?;
        if !trim_end(s.rest(m.end)).is_empty() {
            return None;
        }
        (m, lower_first(&without_pointing_lead(s.span(0, at))))
    };
    if !can_act(source.entity.kind) {
        return None;
    }
    let says = if let Some(rest) = clause.strip_prefix("quoting ").or_else(|| clause.strip_prefix("citing ")) {
        let verb = if clause.starts_with("quoting") { "quoting" } else { "citing" };
        let (who, what) = rest.split_once(", ")?;
        format!("reported, {verb} {who}, that {what}")
    } else {
        format!("reported that {clause}")
    };
    if word_count(&says) < 5 {
        return None;
    }
    Some(Fact {
        id: format!("report-{}", source.entity.id),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Report { source: source.entity.id.clone(), says: curly(&says)? },
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::clause::Sent;
    use super::*;
    use crate::pack::Entity;

    pub(crate) fn entity(id: &str, kind: EntityKind, name: &str) -> Entity {
        Entity::new(id, kind, name)
    }

    /// A sentence with every whole-word occurrence of the entities' names as mentions.
    pub(crate) fn sent<'a>(text: &'a str, entities: &'a [Entity]) -> Sent<'a> {
        let mut mentions = Vec::new();
        for e in entities {
            for (at, _) in text.match_indices(e.name.as_str()) {
                mentions.push((at..at + e.name.len(), e));
            }
        }
        mentions.sort_by_key(|(r, _)| r.start);
        Sent::new(text, 0, mentions.into_iter(), crate::pack::Dateline::parse("Friday, August 21, 2015"))
    }

    fn said(facts: &[Fact]) -> Vec<(String, String)> {
        facts
            .iter()
            .filter_map(|f| match &f.claim {
                Claim::Statement { speaker, said, .. } => Some((speaker.clone(), said.clone())),
                Claim::Report { source, says } => Some((source.clone(), says.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_sentence_may_open_with_he_or_she_after_a_conjunction() {
        assert!(opens_with_pronoun("He added that the talks went well."));
        assert!(opens_with_pronoun("But she insisted on a reply."));
        assert!(!opens_with_pronoun("Hence the delay."));
        assert!(!opens_with_pronoun("But the talks went on."));
    }

    #[test]
    fn what_a_speaker_adds_after_a_quote_is_a_second_statement() {
        let es = [entity("ruiz", EntityKind::Person, "Ruiz")];
        let s = sent("“We will not give up the quota,” Ruiz said, adding that the farmers needed more time.", &es);
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![
                ("ruiz".into(), "said “We will not give up the quota”".into()),
                ("ruiz".into(), "added that the farmers needed more time".into())
            ]
        );
        // Too short to stand as a statement.
        let s = sent("“We will not give up the quota,” Ruiz said, adding that it was.", &es);
        assert_eq!(said(&quotes(&s, &mut Speakers::default())).len(), 1);
    }

    #[test]
    fn a_quote_then_said_x_names_its_speaker() {
        let es = [entity("kcna", EntityKind::Media, "KCNA")];
        let s = sent("\"Foolhardy provocation deserves harsh punishment\", said KCNA.", &es);
        let mut sp = Speakers::default();
        assert_eq!(
            said(&quotes(&s, &mut sp)),
            vec![("kcna".into(), "said “Foolhardy provocation deserves harsh punishment”".into())]
        );
        // "it added" in the same paragraph is the same speaker.
        let s = sent("\"The enemy must stop the broadcasts now\", it added.", &es);
        assert_eq!(
            said(&quotes(&s, &mut sp)),
            vec![("kcna".into(), "added “The enemy must stop the broadcasts now”".into())]
        );
    }

    #[test]
    fn a_paragraph_that_is_only_a_quote_goes_on_with_the_speaker_the_paragraph_before_ended_on() {
        let es = [entity("cho", EntityKind::Person, "Cho"), entity("kim", EntityKind::Person, "Kim")];
        let at = |text: &'static str, paragraph: usize| {
            let mut s = sent(text, &es);
            s.paragraph = paragraph;
            s
        };
        let mut sp = Speakers::default();
        quotes(&at("\"We want peace on the peninsula,\" Cho said.", 0), &mut sp);
        assert_eq!(
            said(&quotes(&at("\"We will keep talking with our neighbours.\"", 1), &mut sp)),
            vec![("cho".into(), "said “We will keep talking with our neighbours”".into())]
        );
        // And the paragraph after that one, too.
        assert_eq!(said(&quotes(&at("\"Talks are the only way.\"", 2), &mut sp)).len(), 1);
        // After a paragraph whose last sentence quoted nobody, the quotation's speaker is not known.
        let mut sp = Speakers::default();
        quotes(&at("\"We want peace,\" Cho said.", 0), &mut sp);
        quotes(&at("Kim did not reply to the offer.", 0), &mut sp);
        assert!(quotes(&at("\"We will keep talking.\"", 1), &mut sp).is_empty());
        // Nor a paragraph further on.
        let mut sp = Speakers::default();
        quotes(&at("\"We want peace,\" Cho said.", 0), &mut sp);
        assert!(quotes(&at("\"We will keep talking.\"", 2), &mut sp).is_empty());
    }

    #[test]
    fn x_said_then_a_quote_and_long_quotes_keep_their_first_clause() {
        let es = [entity("najib", EntityKind::Person, "Najib Razak")];
        let s = sent(
            "Malaysia's Prime Minister, Najib Razak said, \"We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis and more words to make it long\".",
            &es,
        );
        let mut sp = Speakers::default();
        assert_eq!(
            said(&quotes(&s, &mut sp)),
            vec![("najib".into(), "said “We are in contact with all relevant parties …”".into())]
        );
    }

    #[test]
    fn a_clause_then_x_said_is_a_statement() {
        let es = [entity("lee", EntityKind::Person, "Lee")];
        assert_eq!(
            said(
                &trailing_said(&sent("The talks were useful for both sides, Lee said.", &es))
                    .into_iter()
                    .collect::<Vec<_>>()
            ),
            vec![("lee".into(), "said the talks were useful for both sides".into())]
        );
        assert_eq!(trailing_said(&sent("Lee said.", &es)), None);
    }

    #[test]
    fn a_trailing_attribution_may_end_with_its_day_or_how_it_was_said() {
        let es = [entity("bh", EntityKind::Organisation, "Blue House"), entity("yoon", EntityKind::Person, "Yoon")];
        let drafted = |text: &str| said(&trailing_said(&sent(text, &es)).into_iter().collect::<Vec<_>>());
        assert_eq!(
            drafted(
                "President Park will have her first summit with Abe on Monday, the Blue House announced Wednesday."
            ),
            vec![(
                "bh".into(),
                "announced on Wednesday that President Park will have her first summit with Abe on Monday".into()
            )]
        );
        assert_eq!(
            drafted("Additional talks are expected to take place between the officials, Yoon said in a statement."),
            vec![("yoon".into(), "said additional talks are expected to take place between the officials".into())]
        );
        assert_eq!(drafted("The talks will go on for days, Yoon said Blue House officials."), vec![]);
        // A title between the comma and the name.
        assert_eq!(
            drafted("The envoy arrived in the capital on Tuesday, Foreign Ministry spokesman Yoon said at a briefing."),
            vec![("yoon".into(), "said the envoy arrived in the capital on Tuesday".into())]
        );
        assert_eq!(
            drafted("The ferry will sail again on Monday, a Blue House spokesman said."),
            vec![("bh".into(), "said the ferry will sail again on Monday".into())]
        );
        // Where the source got it, after a second comma.
        assert_eq!(
            drafted("The envoy is quietly planning a trip to the border, Yoon said, quoting two aides."),
            vec![("yoon".into(), "said the envoy is quietly planning a trip to the border".into())]
        );
    }

    #[test]
    fn a_quote_may_be_attributed_to_a_body_through_its_spokesperson() {
        let es = [entity("kremlin", EntityKind::Organisation, "Kremlin")];
        let s = sent("\"The ferry will sail again on Monday,\" a Kremlin spokesman said.", &es);
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("kremlin".into(), "said “The ferry will sail again on Monday”".into())]
        );
    }

    #[test]
    fn a_quote_may_be_attributed_by_a_verb_of_emphasis() {
        let es = [entity("lee", EntityKind::Person, "Lee")];
        let s = sent("\"The border must stay open to trade,\" Lee stressed.", &es);
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("lee".into(), "stressed “The border must stay open to trade”".into())]
        );
        let s = sent("Lee reiterated: \"We will not close the border to trade.\"", &es);
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("lee".into(), "reiterated “We will not close the border to trade”".into())]
        );
    }

    #[test]
    fn a_clause_then_an_outlet_reported_is_its_report() {
        let es = [entity("bbc", EntityKind::Media, "BBC"), entity("lima", EntityKind::City, "Lima")];
        let drafted = |text: &str| said(&trailing_said(&sent(text, &es)).into_iter().collect::<Vec<_>>());
        assert_eq!(
            drafted("After the meeting the minister called the talks 'useful', the BBC reported."),
            vec![("bbc".into(), "reported that after the meeting the minister called the talks 'useful'".into())]
        );
        // Too long to ask whole: the first of two clauses joined by ", while".
        assert_eq!(
            drafted(
                "The embassy in Lima did not reveal any details about the meeting, while the ministry only said \
                 that the two sides discussed fishing quotas and touched on port fees, visas, customs rules and \
                 the recently ended ban on night fishing, the BBC reported."
            ),
            vec![(
                "bbc".into(),
                "reported that the embassy in Lima did not reveal any details about the meeting".into()
            )]
        );
    }

    #[test]
    fn a_speaker_after_a_leading_clause_says_what_follows() {
        let es = [entity("hong", EntityKind::Person, "Hong")];
        let s = sent(
            "When asked about the talks, Hong said information about the talks \"will be released at an appropriate time.\"",
            &es,
        );
        assert_eq!(
            said(&said_after_leading(&s).into_iter().collect::<Vec<_>>()),
            vec![("hong".into(), "said information about the talks “will be released at an appropriate time”".into())]
        );
        // A quotation after the verb is the quote patterns' to read.
        let s = sent("When asked, Hong said: \"The talks will go on for a long time.\"", &es);
        assert_eq!(said_after_leading(&s), None);
    }

    #[test]
    fn a_quote_closing_with_a_question_or_exclamation_has_its_speaker_after_it() {
        let es = [entity("lee", EntityKind::Person, "Lee")];
        let s = sent(
            "\"Why should we wait any longer for the North to change?\" Lee told reporters after the meeting.",
            &es,
        );
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("lee".into(), "told reporters “Why should we wait any longer for the North to change?”".into())]
        );
        let s = sent("\"We will never accept a nuclear North Korea!\" Lee said.", &es);
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("lee".into(), "said “We will never accept a nuclear North Korea”".into())]
        );
    }

    #[test]
    fn a_speaker_may_be_followed_by_an_appositive_before_the_verb() {
        let es = [entity("kim", EntityKind::Person, "Kim Kyou-hyun")];
        let s = sent(
            "“President Park will have a bilateral summit with Abe in the morning,” Kim Kyou-hyun, senior presidential \
             secretary for foreign affairs and security, said.",
            &es,
        );
        assert_eq!(
            said(&quotes(&s, &mut Speakers::default())),
            vec![("kim".into(), "said “President Park will have a bilateral summit with Abe in the morning”".into())]
        );
    }

    #[test]
    fn a_quotation_standing_alone_after_a_quoted_speaker_is_theirs() {
        let es = [entity("kim", EntityKind::Person, "Kim")];
        let mut sp = Speakers::default();
        let first = sent(
            "\"On the occasion of the talks, I hope the two Koreas will take a first step towards permanent peace and trust,\" Kim said.",
            &es,
        );
        assert_eq!(
            said(&quotes(&first, &mut sp)),
            vec![(
                "kim".into(),
                "said “… I hope the two Koreas will take a first step towards permanent peace and trust”".into()
            )]
        );
        let next = sent("\"I also hope the South and the North will produce results that the people want.\"", &es);
        assert_eq!(
            said(&quotes(&next, &mut sp)),
            vec![(
                "kim".into(),
                "said “I also hope the South and the North will produce results that the people want”".into()
            )]
        );
        let s = sent(
            "\"Under current circumstances, we hope that relevant parties can show wisdom and come back to the track of \
             dialogue and consultations as soon as possible to promote an early resumption of the talks,\" Kim said.",
            &es,
        );
        assert_eq!(
            said(&quotes(&s, &mut sp)),
            vec![(
                "kim".into(),
                "said “… we hope that relevant parties can show wisdom and come back to the track of dialogue …”"
                    .into()
            )]
        );
        // With no speaker quoted before it in the paragraph, a quotation standing alone is nobody's.
        assert_eq!(said(&quotes(&next, &mut Speakers::default())), vec![]);
    }

    #[test]
    fn according_to_x_is_a_report_that_says_what_x_reported() {
        let es = [entity("yonhap", EntityKind::Media, "Yonhap news agency")];
        let s = sent(
            "According to Yonhap news agency, quoting North Korea's main news agency, the country's military has been placed on high alert.",
            &es,
        );
        assert_eq!(
            said(&according(&s).into_iter().collect::<Vec<_>>()),
            vec![(
                "yonhap".into(),
                "reported, quoting North Korea's main news agency, that the country's military has been placed on high alert".into()
            )]
        );
        let es = [
            entity("chun", EntityKind::Person, "Chun Hae-sung"),
            entity("um", EntityKind::Organisation, "Unification Ministry"),
            entity("fm", EntityKind::Organisation, "Foreign Ministry"),
            entity("cn", EntityKind::Country, "China"),
        ];
        let s = sent(
            "Beyond that, there was a lack of harmony, according to a Unification Ministry senior official, Chun Hae-sung.",
            &es,
        );
        assert_eq!(
            said(&according(&s).into_iter().collect::<Vec<_>>()),
            vec![("chun".into(), "reported that there was a lack of harmony".into())]
        );
        let s = sent("The envoy is in Beijing for a three-day visit, according to China's Foreign Ministry.", &es);
        assert_eq!(
            said(&according(&s).into_iter().collect::<Vec<_>>()),
            vec![("fm".into(), "reported that the envoy is in Beijing for a three-day visit".into())]
        );
        let es = [entity("afp", EntityKind::Media, "AFP")];
        let s = sent("The talks collapsed on Monday, according to AFP.", &es);
        assert_eq!(
            said(&according(&s).into_iter().collect::<Vec<_>>()),
            vec![("afp".into(), "reported that the talks collapsed on Monday".into())]
        );
    }

    #[test]
    fn a_body_speaks_through_its_unnamed_spokesperson() {
        let es = [
            entity("mofa", EntityKind::Organisation, "Foreign Ministry"),
            entity("peskov", EntityKind::Person, "Dmitry Peskov"),
            entity("kremlin", EntityKind::Organisation, "Kremlin"),
        ];
        let drafted = |text: &str| said(&office_spokesman(&sent(text, &es)).into_iter().collect::<Vec<_>>());
        assert_eq!(
            drafted("A Foreign Ministry spokesman said the ministry had received no request for talks."),
            vec![("mofa".into(), "said the ministry had received no request for talks".into())]
        );
        assert_eq!(
            drafted("The Norwegian Foreign Ministry spokeswoman also noted that the ferry would sail on time."),
            vec![("mofa".into(), "noted that the ferry would sail on time".into())]
        );
        // A spokesman with a name is that person; a quotation is the quote patterns'.
        assert_eq!(drafted("Kremlin spokesman Dmitry Peskov said the ferry would sail on time."), vec![]);
        assert_eq!(drafted("A Kremlin spokesman said: \"The ferry will sail on time.\""), vec![]);
    }

    #[test]
    fn a_clause_then_he_said_is_the_person_named_before() {
        let es = [entity("wang", EntityKind::Person, "Wang Yi")];
        let s = sent("The talks had cleared the way for a summit, he said.", &es).with_pronoun(Some(&es[0]));
        assert_eq!(
            said(&trailing_said(&s).into_iter().collect::<Vec<_>>()),
            vec![("wang".into(), "said the talks had cleared the way for a summit".into())]
        );
        // Nobody named before: nothing.
        assert_eq!(trailing_said(&sent("The talks had cleared the way for a summit, he said.", &es)), None);
        let s = sent("\"We hope the talks go well\", he said.", &es).with_pronoun(Some(&es[0]));
        let mut sp = Speakers::default();
        assert_eq!(said(&quotes(&s, &mut sp)), vec![("wang".into(), "said “We hope the talks go well”".into())]);
    }
}
