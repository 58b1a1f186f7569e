//! What a named subject does, says or is, from one clause: "<X> <verb group> <rest>".
//!
//! The verb decides the claim: a verb of saying gives a Statement ("said that …"), "reported" by a news
//! outlet a Report, "met (with) Y" a Meeting, "visited / arrived in Z" a Visit, "is <complement>" an
//! Identity, any other verb a Stance whose predicate runs from the verb to the end of the sentence. A
//! planned meeting or visit ("is to meet", "will visit") is never a Meeting or Visit, which the questions
//! phrase as done: it is a Stance worded as planned ("is to visit Beijing"). Named happenings with a date
//! ("The election was held on Sunday") are Events, for timelines.

use super::clause::{Named, Sent, VerbGroup, can_act, curly, trim_end, word_count};
use super::speech::SAY_WORDS;
use crate::pack::{Claim, Entity, EntityKind, Fact};

/// The most words a drafted predicate may have: longer ones make stems the generator declines and
/// statements nobody reads to the end.
const MAX_PREDICATE_WORDS: usize = 30;

fn fact(id: String, s: &Sent<'_>, claim: Claim) -> Fact {
    Fact { id, topics: Vec::new(), evidence: s.text.to_string(), claim }
}

/// Facts from every clause of the sentence whose subject is a named entity.
pub fn clauses(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    // "X is arranging a meeting with Y, Kyodo said.": Kyodo's report ([`super::speech::trailing_said`]),
    // not X's deed as the article states it; the predicate would also run on into the attribution.
    if s.closes_attributed() {
        return out;
    }
    // "He said …" / "She urged …" opening a sentence after one that named one person only: that person.
    // "But he insisted …": after a conjunction that opens the sentence, too.
    let at = usize::from(super::speech::LINKING.iter().any(|w| s.is(0, w)));
    if let Some(person) = s.pronoun.filter(|_| (s.is(at, "he") || s.is(at, "she")) && !s.in_quote(0)) {
        let n = Named { entity: person, first: at, end: at + 1 };
        if let Some(f) = s.verb_group(at + 1).and_then(|vg| clause(s, &n, &vg)) {
            out.push(f);
        }
    }
    // "It said …" after a sentence about one country or body only: that body.
    if let Some((n, vg)) = super::it::subject_it(s)
        && let Some(f) = clause(s, &n, &vg)
    {
        out.push(f);
    }
    for n in &s.named {
        if !can_act(n.entity.kind) && !matches!(n.entity.kind, EntityKind::City) {
            continue;
        }
        if !s.opens_clause(n) || s.in_quote(n.first) {
            continue;
        }
        let at = s.after_subject(n);
        let Some(vg) = s.verb_group(at) else { continue };
        if let Some(f) = clause(s, n, &vg) {
            out.push(f);
        }
    }
    out
}

/// Conjunctions after which a comma may start a new clause with its own subject.
const NEW_CLAUSE: [&str; 5] = ["and", "but", "while", "whereas", "as"];

/// The predicate from the verb group's start: to the end of the sentence, a semicolon, or a comma and
/// conjunction that start a clause with its own subject (", and the Indonesian Navy reportedly saved …");
/// quotes curled.
fn predicate(s: &Sent<'_>, vg: &VerbGroup) -> Option<String> {
    let end = (vg.start..s.toks.len())
        .find(|&k| {
            s.tok(k) == ";"
                || (s.tok(k) == ","
                    && NEW_CLAUSE.contains(&s.tok(k + 1).to_lowercase().as_str())
                    && (s.named_at(k + 2).is_some()
                        || s.tok(k + 2).chars().next().is_some_and(char::is_uppercase)
                        || ["the", "a", "an", "it", "they", "he", "she"].contains(&s.tok(k + 2))))
                // "… into a stable one while Putin said …": "while" before a name opens that name's clause.
                || (super::clause::CONTRAST.iter().any(|w| s.is(k, w)) && s.named_at(k + 1).is_some())
        })
        .unwrap_or(s.toks.len());
    // A predicate too long to draft whole loses a closing relative clause set off by a comma (", which had
    // been strained by …"): it only describes the noun before it, so what is left is still stated.
    // So does a second verb of saying joined by "and" ("slammed the visit last Tuesday and said he wants …"):
    // the first verb's predicate is a fact of its own.
    let end = if word_count(s.span(vg.start, end)) > MAX_PREDICATE_WORDS {
        (vg.start + 2..end)
            .find(|&k| {
                !s.in_quote(k)
                    && ((s.tok(k) == "," && ["which", "who"].iter().any(|w| s.is(k + 1, w)))
                        || (s.is(k, "and") && SAY_WORDS.contains(&s.tok(k + 1).to_lowercase().as_str())))
            })
            .unwrap_or(end)
    } else {
        end
    };
    let rest = if end == s.toks.len() { s.rest(vg.start) } else { s.span(vg.start, end) };
    let rest = resolve_this(s, trim_end(rest))?;
    let rest = rest.as_str();
    // "… talks with the rival North - scheduled for Monday will lead to …": an aside between spaced dashes
    // whose other dash is lost cannot be told from the clause it interrupts, when a verb of the clause
    // follows it. A closing aside ("… tension — likely a nod to the dispute") stays.
    let dashes = [" - ", " -- ", " – ", " — "];
    if dashes.iter().map(|d| rest.matches(d).count()).sum::<usize>() % 2 == 1 {
        let tail = dashes.iter().filter_map(|d| rest.rfind(d).map(|at| &rest[at + d.len()..])).min_by_key(|t| t.len());
        let resumes = tail.is_some_and(|t| {
            t.split_whitespace().any(|w| super::clause::AUXILIARIES.contains(&w.to_lowercase().as_str()))
        });
        if resumes {
            return None;
        }
    }
    let words = word_count(rest);
    if !(2..=MAX_PREDICATE_WORDS).contains(&words) {
        return None;
    }
    curly(rest)
}

fn clause(s: &Sent<'_>, n: &Named<'_>, vg: &VerbGroup) -> Option<Fact> {
    let who = n.entity.id.clone();
    let verb = s.tok(vg.verb).to_lowercase();
    let kind = n.entity.kind;
    if vg.copula {
        // "Myanmar is mainly Buddhist": present tense only, a short complement up to a comma or "and".
        let be = s.tok(vg.verb.wrapping_sub(1)).to_lowercase();
        // "is" for one subject, "are" only for a people or group; never the last of a list of subjects ("South
        // Korea, China, and Japan are complex").
        let agrees = be == "is" || (be == "are" && kind == EntityKind::Group);
        let listed = s.is(n.first.wrapping_sub(1), "and") || s.is(n.first.wrapping_sub(2), "and");
        // "is optimistic that …", "was cautiously hopeful about …", "is ready to …": a stance held, with the
        // clause or phrase it is held on; past tense too.
        let adjective = vg.verb + usize::from(s.tok(vg.verb).ends_with("ly"));
        let held = (agrees || be == "was" || (be == "were" && kind == EntityKind::Group))
            && STANCE_ADJECTIVES.contains(&s.tok(adjective).to_lowercase().as_str())
            && ["that", "about", "to", "for", "on", "of"].iter().any(|w| s.is(adjective + 1, w));
        if held && !listed {
            let stance = without_own_name(&predicate(s, vg)?, n)?;
            if word_count(&stance) < 5 {
                return None;
            }
            return Some(fact(format!("stance-{who}"), s, Claim::Stance { actor: who, stance, issue: None }));
        }
        if !agrees || listed || s.named.iter().any(|m| m.first == vg.verb) {
            return None;
        }
        let rest = s.rest(vg.verb);
        let complement = rest.split([',', ';']).next().unwrap_or("").split(" and ").next().unwrap_or("").trim();
        if !(1..=8).contains(&word_count(complement)) || complement.contains(['"', '“', '”']) {
            return None;
        }
        return Some(fact(format!("is-{who}"), s, Claim::Identity { who, is: complement.to_string(), country: None }));
    }
    // "Analysts believe …": a plural present tense only a group takes.
    if super::clause::PLURAL_PRESENT.contains(&verb.as_str()) && vg.start == vg.verb && kind != EntityKind::Group {
        return None;
    }
    let next = s.tok(vg.verb + 1);
    // A person with a plural verb ("…, and Leung Kwok-hung of LSD were elected") is the last of a list of
    // subjects: the predicate is not theirs alone.
    let plural = (vg.start..vg.verb).any(|k| matches!(s.tok(k).to_lowercase().as_str(), "were" | "are" | "have"));
    if kind == EntityKind::Person && plural {
        return None;
    }
    // "Other pan-democrats elected were …": a participle qualifying the subject, not its verb.
    if matches!(next.to_lowercase().as_str(), "was" | "were" | "is" | "are") {
        return None;
    }
    if SAY_WORDS.contains(&verb.as_str()) {
        // A quote that follows is drafted by the speech patterns.
        if matches!(next, "\"" | "“" | ":") || (next == "," && matches!(s.tok(vg.verb + 2), "\"" | "“")) {
            return None;
        }
        let said = predicate(s, vg)?;
        if word_count(&said) < 4 {
            return None;
        }
        return Some(fact(format!("said-{who}"), s, Claim::Statement { speaker: who, said, quote: None }));
    }
    if matches!(verb.as_str(), "reported" | "reports") && matches!(kind, EntityKind::Media | EntityKind::Organisation) {
        let says = predicate(s, vg)?;
        return Some(fact(format!("report-{who}"), s, Claim::Report { source: who, says }));
    }
    if !vg.planned && !vg.passive {
        if let Some(f) = meeting(s, n, vg) {
            return Some(f);
        }
        if let Some(f) = visit(s, n, vg) {
            return Some(f);
        }
    }
    if kind == EntityKind::City {
        return None;
    }
    let stance = without_own_name(&predicate(s, vg)?, n)?;
    if word_count(&stance) < 3 {
        return None;
    }
    Some(fact(format!("stance-{who}"), s, Claim::Stance { actor: who, stance, issue: None }))
}

/// Adjectives of a stance held on something ("optimistic that …", "ready to …", "concerned about …").
const STANCE_ADJECTIVES: [&str; 18] = [
    "optimistic",
    "pessimistic",
    "hopeful",
    "confident",
    "doubtful",
    "skeptical",
    "sceptical",
    "concerned",
    "worried",
    "eager",
    "keen",
    "ready",
    "willing",
    "unwilling",
    "reluctant",
    "determined",
    "prepared",
    "committed",
];

/// Time words after "this" that a reader can place without the article ("this year", "this week").
const THIS_TIME: [&str; 8] = ["year", "week", "month", "time", "morning", "afternoon", "evening", "weekend"];

/// "this constituency" in a predicate points back to the sentence's leading "In the Kowloon West
/// geographical constituency,": it is replaced by that noun phrase when their head nouns agree. A "this"
/// that cannot be resolved so (but a time: "this year") would leave a question only the article's
/// reader can place: the predicate is cut before the phrase that holds it ("described his visit as a
/// turning point in this process of …" → "described his visit as a turning point"), or dropped when
/// fewer than five words would be left (a short remainder such as "lost her seat" says too little).
fn resolve_this(s: &Sent<'_>, predicate: &str) -> Option<String> {
    resolve_this_whole(s, predicate).or_else(|| {
        let lower = predicate.to_lowercase();
        let at = lower.find(" this ")?;
        let head = predicate.get(..at)?;
        // The preposition or conjunction that opens the phrase holding "this".
        let cut = head
            .rfind(' ')
            .filter(|&i| super::clause::PHRASE_WORDS.contains(&head.get(i + 1..).unwrap_or("").to_lowercase().as_str()))
            .map_or(at, |i| i);
        let kept = predicate.get(..cut)?.trim_end().trim_end_matches([',', ';']);
        (word_count(kept) >= 5 && !kept.to_lowercase().contains(" this ")).then(|| kept.to_string())
    })
}

fn resolve_this_whole(s: &Sent<'_>, predicate: &str) -> Option<String> {
    let lower = predicate.to_lowercase();
    let Some(at) = lower.find("this ").filter(|&i| i == 0 || lower.get(i - 1..i) == Some(" ")) else {
        return Some(predicate.to_string());
    };
    let noun = lower.get(at + 5..)?.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if THIS_TIME.contains(&noun) {
        return Some(predicate.to_string());
    }
    let comma = (1..s.toks.len().min(16)).find(|&k| s.tok(k) == ",")?;
    let place = s.span(1, comma);
    let head = place.rsplit(' ').next().unwrap_or("").to_lowercase();
    if !s.is(0, "in") || head != noun || !place.starts_with("the ") {
        return None;
    }
    let end = at + 5 + noun.len();
    Some(format!("{}{place}{}", predicate.get(..at)?, predicate.get(end..)?))
}

/// A predicate that names its own subject ("fired at a loudspeaker in South Korea that broadcasts
/// propaganda into the North", of North Korea) would give the answer away: it is cut before the relative
/// clause or comma that leads to the name, or dropped when nothing of three words is left.
fn without_own_name(predicate: &str, n: &Named<'_>) -> Option<String> {
    let lower = predicate.to_lowercase();
    let names = std::iter::once(&n.entity.name).chain(&n.entity.aliases);
    let at = names
        .filter_map(|name| {
            let name = name.to_lowercase();
            lower.match_indices(&name).map(|(i, _)| i).find(|&i| {
                let before = lower.get(..i).and_then(|b| b.chars().next_back());
                let after = lower.get(i + name.len()..).and_then(|a| a.chars().next());
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .min();
    let Some(at) = at else { return Some(predicate.to_string()) };
    let head = predicate.get(..at)?;
    let cut = [" that ", " which ", " who ", ", "].iter().filter_map(|m| head.rfind(m)).max()?;
    let kept = head.get(..cut)?.trim_end();
    (word_count(kept) >= 3).then(|| kept.to_string())
}

/// A place mention after "in" somewhere after token `from`, or after "in <a short noun phrase>," as its
/// appositive ("in her hometown, Nara").
fn place_after(s: &Sent<'_>, from: usize) -> Option<String> {
    s.named
        .iter()
        .filter(|m| m.first > from)
        .find(|m| {
            let appositive = s.tok(m.first - 1) == ","
                && (2..=4).any(|len| {
                    let at = m.first.wrapping_sub(len + 2);
                    s.is(at, "in")
                        && (at + 1..m.first - 1)
                            .all(|k| s.toks.get(k).is_some_and(|t| t.word) && s.tok(k).chars().all(char::is_lowercase))
                });
            super::clause::is_place(m.entity)
                && (s.is(m.first - 1, "in")
                    || (s.is(m.first - 1, "the") && s.is(m.first.wrapping_sub(2), "in"))
                    || appositive)
        })
        .map(|m| m.entity.id.clone())
}

/// "X visited <a person> in <a place>": the visit to the person is also a visit to the place, with the
/// sentence's date. A plan ("will visit") or a visit with no place named is not drafted.
pub fn person_visit(s: &Sent<'_>) -> Option<Fact> {
    s.named.iter().find_map(|n| {
        if n.entity.kind != EntityKind::Person || !s.opens_clause(n) || s.in_quote(n.first) {
            return None;
        }
        let vg = s.verb_group(s.after_subject(n))?;
        if vg.planned || vg.passive || !s.is(vg.verb, "visited") {
            return None;
        }
        let whom =
            (vg.verb + 1..vg.verb + 7).filter_map(|i| s.named_at(i)).find(|m| m.entity.kind == EntityKind::Person)?;
        let destination = place_after(s, whom.end.saturating_sub(1))?;
        let who = n.entity.id.clone();
        Some(fact(format!("visit-{who}"), s, Claim::Visit { who, destination, date: s.date(), first: None }))
    })
}

/// "X met (with) Y [in Z] [on D]", "X held talks with Y", "X hosted Y".
pub(super) fn meeting(s: &Sent<'_>, n: &Named<'_>, vg: &VerbGroup) -> Option<Fact> {
    let verb = s.tok(vg.verb).to_lowercase();
    let mut k = vg.verb + 1;
    match verb.as_str() {
        "met" | "meets" | "hosted" => {
            if s.is(k, "with") {
                k += 1;
            }
        }
        "held" if s.is_phrase(k, "talks with") => k += 2,
        // "held bilateral talks with", "had a meeting with", "held a summit with": up to three plain words
        // before the meeting noun.
        "held" | "had" => {
            let noun = (k..k + 4).find(|&j| {
                matches!(
                    s.tok(j).to_lowercase().as_str(),
                    "talks" | "meeting" | "meetings" | "summit" | "negotiations" | "discussions" | "consultations"
                )
            })?;
            let plain = (k..noun).all(|j| {
                s.toks.get(j).is_some_and(|t| t.word)
                    && s.tok(j).chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
                    && !matches!(s.tok(j), "no" | "not" | "further" | "more")
            });
            if !plain || !s.is(noun + 1, "with") {
                return None;
            }
            k = noun + 2;
        }
        // "visited Japan's Prime Minister Sanae Takaichi": a person visited is met; so is one received,
        // welcomed or greeted ("received visiting Chinese Foreign Minister Wang Yi").
        "visited" | "received" | "welcomed" | "greeted" => {}
        _ => return None,
    }
    // "met with China's Xi Jinping": skip a possessive and up to three title words before the person.
    let near: Vec<&Named<'_>> = (k..k + 6).filter_map(|i| s.named_at(i)).collect();
    let direct = |m: &&&Named<'_>| (m.first == k || (m.first == k + 1 && s.is(k, "the"))) && !possessive(s, m);
    // "met with Chinese Ambassador to the U.S. Qin Gang": a longer title of capitalised words, "to the" or
    // "of" and the country it names may stand before the person.
    let title_word = |j: usize| {
        let t = s.tok(j);
        t.chars().next().is_some_and(char::is_uppercase)
            || matches!(t, "to" | "the" | "of" | ".")
            || s.named.iter().any(|m| m.first <= j && j < m.end && m.entity.kind == EntityKind::Country)
    };
    let titled_far = (k + 6..k + 12)
        .filter_map(|i| s.named_at(i))
        .find(|m| m.entity.kind == EntityKind::Person)
        .filter(|m| (k..m.first).all(title_word));
    let person = near.iter().copied().find(|m| m.entity.kind == EntityKind::Person).or(titled_far);
    // Only titles stand between "received" and the person: "received a letter from Kim" met nobody.
    let titled = |m: &&Named<'_>| {
        (k..m.first).all(|j| {
            !matches!(s.tok(j).to_lowercase().as_str(), "a" | "an" | "from" | "of" | "by" | "to" | "with" | "," | "and")
        })
    };
    let whom = match verb.as_str() {
        "visited" => person,
        "received" | "welcomed" | "greeted" => person.filter(titled),
        _ => person.or_else(|| near.iter().find(direct).copied()),
    }?;
    if whom.entity.id == n.entity.id || !can_act(whom.entity.kind) {
        return None;
    }
    let (who, whom_id) = (n.entity.id.clone(), whom.entity.id.clone());
    let place = place_after(s, whom.end.saturating_sub(1)).filter(|p| *p != who && *p != whom_id);
    let date = s.date();
    Some(fact(format!("meet-{who}-{whom_id}"), s, Claim::Meeting { who, whom: whom_id, place, date }))
}

/// Whether mention `m` is followed by a possessive "'s" ("Japan's Prime Minister").
fn possessive(s: &Sent<'_>, m: &Named<'_>) -> bool {
    matches!(s.tok(m.end), "'s" | "’s")
}

/// "X visited Z", "X arrived in Z" (a city, country or place), with the sentence's date.
fn visit(s: &Sent<'_>, n: &Named<'_>, vg: &VerbGroup) -> Option<Fact> {
    let verb = s.tok(vg.verb).to_lowercase();
    let mut k = vg.verb + 1;
    match verb.as_str() {
        "visited" => {}
        "arrived" if s.is(k, "in") => k += 1,
        "travelled" | "traveled" | "flew" | "went" if s.is(k, "to") => k += 1,
        // "paid a three-day state visit to Japan", "made an official visit to Seoul".
        "paid" | "made" => {
            let at = (k..k + 6).find(|&i| s.is_phrase(i, "visit to"))?;
            k = at + 2;
        }
        _ => return None,
    }
    // A mention may hold its "the" ("the Yasukuni Shrine") or not ("the Chinese capital, Beijing").
    let named = s.named_at(k).or_else(|| s.named_at(k + 1).filter(|_| s.is(k, "the")));
    // "visited Japan's Prime Minister": the country names whose minister, not where the visit went.
    let dest = named.filter(|m| !possessive(s, m))?;
    if !matches!(dest.entity.kind, EntityKind::City | EntityKind::Country | EntityKind::Place) {
        return None;
    }
    let who = n.entity.id.clone();
    Some(fact(
        format!("visit-{who}"),
        s,
        Claim::Visit { who, destination: dest.entity.id.clone(), date: s.date(), first: None },
    ))
}

/// Words that mark a sentence as about the future or a plan: a meeting it names has not taken place.
const PLANNED: [&str; 9] = ["will", "would", "plans", "planned", "expected", "scheduled", "upcoming", "next", "to be"];

/// "talks between X and Y", "a meeting between X and Y", "X's meeting with Y", "X's talks with Y": a
/// Meeting, unless the sentence speaks of the future or a plan ("will hold talks", "the planned meeting").
pub fn noun_meeting(s: &Sent<'_>) -> Option<Fact> {
    if (0..s.toks.len()).any(|k| PLANNED.iter().any(|p| s.is_phrase(k, p))) {
        return None;
    }
    let pair = (0..s.toks.len()).find_map(|k| {
        if s.in_quote(k) {
            return None;
        }
        let noun = ["talks", "meeting", "summit"].iter().any(|w| s.is(k, w));
        if noun && s.is(k + 1, "between") {
            let a = s.named_at(k + 2)?;
            let b = s.named_at(a.end + 1).filter(|_| s.is(a.end, "and"))?;
            return Some((a, b));
        }
        if noun && matches!(s.tok(k.wrapping_sub(1)), "'s" | "’s") && s.is(k + 1, "with") {
            let a = s.named_before(k - 1)?;
            let b = (k + 2..k + 7)
                .filter_map(|i| s.named_at(i))
                .find(|m| m.entity.kind == EntityKind::Person || m.first == k + 2)?;
            return Some((a, b));
        }
        None
    })?;
    let (a, b) = pair;
    if !can_act(a.entity.kind) || !can_act(b.entity.kind) || a.entity.id == b.entity.id {
        return None;
    }
    let (who, whom) = (a.entity.id.clone(), b.entity.id.clone());
    // The place right after the pair ("talks between X and Y in Z"); a place further on may be another
    // meeting's ("the second meeting between X and Y … following their meeting in Washington").
    let place = s
        .named
        .iter()
        .find(|m| m.first > b.end)
        .filter(|m| {
            // Only "took place", "was held" and a weekday may stand between the pair and "in Z".
            let between = (b.end..m.first).all(|k| {
                matches!(
                    s.tok(k).to_lowercase().as_str(),
                    "in" | "the" | "took" | "place" | "was" | "were" | "held" | "on" | "has" | "have" | "been"
                ) || crate::pack::when::WEEKDAYS.iter().any(|d| s.is(k, d))
            });
            super::clause::is_place(m.entity)
                && between
                && (s.is(m.first - 1, "in") || (s.is(m.first - 1, "the") && s.is(m.first - 2, "in")))
        })
        .map(|m| m.entity.id.clone())
        .filter(|p| *p != who && *p != whom);
    Some(fact(format!("meet-{who}-{whom}"), s, Claim::Meeting { who, whom, place, date: s.date() }))
}

/// "X and Y agreed to …", "X and Y have (reportedly) agreed to …", "X agreed with Y to …": an Agreement
/// whose `what` is the infinitive predicate; "reportedly" marks it reported. Two parties named at the start
/// of the clause, as in any summit report.
pub fn agreement(s: &Sent<'_>) -> Option<Fact> {
    let (a, b, mut k) = s.named.iter().find_map(|a| {
        let said = super::pairs::reported_by_speaker(s, a);
        if !(s.opens_clause(a) || said) || s.in_quote(a.first) || !can_act(a.entity.kind) {
            return None;
        }
        if s.is(a.end, "and") {
            // "X and Y", or "X and <title> Y" ("… and South Korean President Park Geun-hye agreed").
            let b = s.named_at(a.end + 1).or_else(|| super::pairs::second_party(s, a.end, a))?;
            return Some((a, b, b.end));
        }
        None
    })?;
    // "Hagiuda said Abe and Park agreed to …": the speaker's report, told as reported.
    let mut reported = super::pairs::reported_by_speaker(s, a);
    while matches!(s.tok(k).to_lowercase().as_str(), "have" | "has" | "had" | "reportedly" | "also" | "both") {
        reported |= s.is(k, "reportedly");
        k += 1;
    }
    if !s.is(k, "agreed") || !s.is(k + 1, "to") || !can_act(b.entity.kind) || a.entity.id == b.entity.id {
        return None;
    }
    let what = trim_end(s.rest(k + 1));
    // A relative clause after a comma ("…, of which 136 were …") says more about a noun than what was agreed.
    let what =
        [", of which ", ", which ", ", who ", ", whose "].iter().fold(what, |w, r| w.split(r).next().unwrap_or(w));
    let what = curly(what.split(';').next().unwrap_or(""))?;
    if !(3..=MAX_PREDICATE_WORDS).contains(&word_count(&what)) {
        return None;
    }
    let parties = vec![a.entity.id.clone(), b.entity.id.clone()];
    let date = s.date();
    Some(fact(format!("agree-{}-{}", a.entity.id, b.entity.id), s, Claim::Agreement { parties, what, reported, date }))
}

/// Verbs that say a happening took place, with or without "was".
const HAPPENED: [&str; 10] =
    ["held", "began", "started", "ended", "opened", "closed", "occurred", "happened", "took", "concluded"];

/// "The <happening> was held / began / took place … on <date>": an Event with its date and place, for
/// timelines. The happening is the sentence's opening noun phrase ("The Hong Kong legislative election",
/// "The broadcasts"), at most eight words; a verb that "took place" would lose is kept in its name ("The
/// broadcasts began on August 10" → "the start of the broadcasts").
pub fn event(s: &Sent<'_>) -> Option<Fact> {
    if !s.is(0, "the") || s.in_quote(0) {
        return None;
    }
    let end = (1..9).find(|&k| {
        let w = s.tok(k).to_lowercase();
        matches!(w.as_str(), "was" | "were") || HAPPENED.contains(&w.as_str())
    })?;
    if (0..end).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) {
        return None;
    }
    let verb = s.tok(end).to_lowercase();
    // "The two sides held talks": an active "held" has an object; "was held" or a reduced "held in Seoul"
    // says a happening was.
    if verb == "held" && !matches!(s.tok(end + 1).to_lowercase().as_str(), "in" | "on" | "at" | "last" | "yesterday") {
        return None;
    }
    let verb = if matches!(verb.as_str(), "was" | "were") { s.tok(end + 1).to_lowercase() } else { verb };
    if !HAPPENED.contains(&verb.as_str()) || (verb == "took" && !s.is(end + 1, "place")) {
        return None;
    }
    let date = s.date()?;
    // The verb is kept in the happening's name where "took place" would lose it: "The broadcasts began on
    // August 10" is the start of the broadcasts, not the broadcasts.
    let what = match verb.as_str() {
        "began" | "started" => format!("the start of the {}", s.span(1, end)),
        "ended" | "concluded" => format!("the end of the {}", s.span(1, end)),
        "opened" => format!("the opening of the {}", s.span(1, end)),
        "closed" => format!("the closing of the {}", s.span(1, end)),
        _ => format!("the {}", s.span(1, end)),
    };
    let place = place_after(s, end);
    let who = Vec::new();
    let slug: String = s
        .span(1, end)
        .split_whitespace()
        .map(|w| w.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Some(fact(format!("event-{slug}"), s, Claim::Event { what, who, place, date: Some(date), era: None }))
}

/// Words that cannot be part of a dated action's object: pronouns, determiners, auxiliaries.
const NOT_OBJECT: [&str; 24] = [
    "it", "they", "them", "he", "she", "we", "that", "this", "these", "those", "to", "would", "will", "not", "and",
    "or", "but", "its", "their", "his", "her", "the", "a", "an",
];

/// Words after which a dated action's object has ended: prepositions.
const AFTER_OBJECT: [&str; 16] = [
    "at", "in", "on", "into", "from", "to", "for", "with", "near", "across", "over", "toward", "towards", "against",
    "after", "during",
];

/// "<X> <regular past verb> <object> … <date>" ("Yesterday, North Korea fired artillery rounds aimed at a
/// loudspeaker"): an Event for timelines, named by the verb's gerund and its object ("the firing of
/// artillery rounds"), with X taking part and the sentence's date (never a place: "in …" after the object
/// may say where the target was). Only verbs of the tables' regular list,
/// whose "-ing" form is spelt by rule, and an object of one to three plain words.
pub fn dated_action(s: &Sent<'_>) -> Option<Fact> {
    if s.text.contains(['"', '“', '”']) {
        return None;
    }
    let date = s.date()?;
    s.named.iter().find_map(|n| {
        if !can_act(n.entity.kind) || !s.opens_clause(n) || s.in_quote(n.first) {
            return None;
        }
        let vg = s.verb_group(s.after_subject(n))?;
        if vg.planned || vg.passive || vg.copula || vg.start != vg.verb {
            return None;
        }
        let verb = s.tok(vg.verb).to_lowercase();
        let base = super::clause::regular_base(&verb)?;
        let first = vg.verb + 1;
        let mut end = first;
        while end < first + 3
            && s.toks.get(end).is_some_and(|t| t.word)
            && s.tok(end).chars().all(|c| c.is_lowercase() || c == '-')
            && !NOT_OBJECT.contains(&s.tok(end))
            && !AFTER_OBJECT.contains(&s.tok(end))
            && !super::clause::is_past(s.tok(end))
        {
            end += 1;
        }
        let next = s.tok(end);
        let ends = !s.toks.get(end).is_some_and(|t| t.word)
            || AFTER_OBJECT.contains(&next)
            || super::clause::is_past(next)
            || s.is(end, "yesterday");
        if end == first || !ends {
            return None;
        }
        let gerund = match base.strip_suffix('e') {
            Some(stem) if !base.ends_with("ee") => format!("{stem}ing"),
            _ => format!("{base}ing"),
        };
        let what = format!("the {gerund} of {}", s.span(first, end));
        // No place: "fired rounds at a loudspeaker in South Korea" names where the target was, not where the
        // firing took place.
        let who = n.entity.id.clone();
        Some(fact(
            format!("event-{who}-{gerund}"),
            s,
            Claim::Event { what, who: vec![who], place: None, date: Some(date.clone()), era: None },
        ))
    })
}

/// The auxiliary of a plural subject as one of its parties takes it ("have" → "has"): the words of the verb
/// group before its main verb, "both" and "all" dropped.
fn singular_aux(s: &Sent<'_>, vg: &VerbGroup) -> String {
    (vg.start..vg.verb)
        .map(|k| s.tok(k))
        .filter(|w| !matches!(w.to_lowercase().as_str(), "both" | "all" | "together" | "jointly"))
        .map(|w| match w.to_lowercase().as_str() {
            "have" => "has".to_string(),
            "are" => "is".to_string(),
            "were" => "was".to_string(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first token of a relative clause that says more about a noun of the predicate ("… a policy of
/// turning away boats which, according to AFP, …"), where the predicate is cut.
fn relative_at(s: &Sent<'_>, from: usize) -> Option<usize> {
    (from..s.toks.len()).find(|&k| s.is(k, "which") || (s.is(k, "who") && s.tok(k.wrapping_sub(1)) == ","))
}

/// Two parties as the subject of one clause: "X and Y <verb group> …" (or "X and the Y", "X and Y both").
/// Each party is drafted a Stance of its own, the other named beside the verb ("Malaysia and Indonesia have
/// maintained a policy of …" → Malaysia "has maintained, with Indonesia, a policy of …"), so the stance is
/// true of each and the question names the partner. "X and Y met …" or "… held (bilateral) talks" is a
/// Meeting of the two. A copula, a
/// present tense without an auxiliary ("X and Y say") and "agreed to" (an Agreement) are left out; a
/// relative clause at the end of the predicate is cut off, as it says more about a noun, not about X.
pub fn coordinated(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for a in &s.named {
        if !can_act(a.entity.kind) || !s.opens_clause(a) || s.in_quote(a.first) || !s.is(a.end, "and") {
            continue;
        }
        let Some(b) = s
            .named_at(a.end + 1)
            .or_else(|| s.named_at(a.end + 2).filter(|_| s.is(a.end + 1, "the")))
            .or_else(|| super::pairs::second_party(s, a.end, a))
        else {
            continue;
        };
        if !can_act(b.entity.kind) || a.entity.id == b.entity.id || a.entity.kind != b.entity.kind {
            continue;
        }
        // A third party ("X, Y and Z") or a longer subject is not two parties.
        let listed = s.tok(a.first.wrapping_sub(1)) == "," && s.named_before(a.first - 1).is_some();
        if listed || s.tok(b.end) == "," || s.is(b.end, "and") {
            continue;
        }
        let Some(vg) = s.verb_group(b.end + usize::from(s.is(b.end, "both"))) else { continue };
        let verb = s.tok(vg.verb).to_lowercase();
        let has_aux = vg.start < vg.verb;
        if vg.copula || vg.passive || verb == "agreed" || (!has_aux && !super::clause::is_past(&verb)) {
            continue;
        }
        if SAY_WORDS.contains(&verb.as_str()) {
            continue;
        }
        // "X and Y held talks", "… held a summit": a meeting of the two, as "met".
        let talks_at =
            |k: usize| matches!(s.tok(k).to_lowercase().as_str(), "talks" | "meeting" | "summit" | "negotiations");
        let held_talks = verb == "held"
            && (vg.verb + 1..vg.verb + 4).any(talks_at)
            && (vg.verb + 1..vg.verb + 4).take_while(|&k| !talks_at(k)).all(|k| {
                s.toks.get(k).is_some_and(|t| t.word)
                    && s.tok(k).chars().all(|c| c.is_lowercase() || c == '-')
                    && !matches!(s.tok(k), "no" | "not" | "further" | "more" | "any")
            });
        if (verb == "met" || held_talks) && !vg.planned {
            // "X and Y held talks with Z": each of the two met Z, not each other.
            let with = (vg.verb + 1..vg.verb + 6).find(|&k| s.is(k, "with"));
            let third = with.and_then(|k| {
                let near: Vec<&Named<'_>> = (k + 1..k + 6).filter_map(|i| s.named_at(i)).collect();
                near.iter()
                    .find(|m| m.entity.kind == EntityKind::Person)
                    .or_else(|| near.iter().find(|m| m.first == k + 1 && !possessive(s, m)))
                    .copied()
            });
            if with.is_some() && third.is_none() {
                continue;
            }
            match third {
                // One meeting of three: a Summit of all of them.
                Some(z) if can_act(z.entity.kind) && z.entity.id != a.entity.id && z.entity.id != b.entity.id => {
                    let participants = vec![a.entity.id.clone(), b.entity.id.clone(), z.entity.id.clone()];
                    let place = place_after(s, vg.verb).filter(|p| !participants.contains(p));
                    let id = format!("summit-{}", participants.join("-"));
                    let date = s.date();
                    out.push(fact(id, s, Claim::Summit { participants, host: None, event: None, place, date }));
                }
                Some(_) => {}
                None => {
                    let (who, whom) = (a.entity.id.clone(), b.entity.id.clone());
                    let place = place_after(s, vg.verb).filter(|p| *p != who && *p != whom);
                    out.push(fact(
                        format!("meet-{who}-{whom}"),
                        s,
                        Claim::Meeting { who, whom, place, date: s.date() },
                    ));
                }
            }
            continue;
        }
        let end = relative_at(s, vg.verb + 1)
            .into_iter()
            .chain((vg.verb + 1..s.toks.len()).find(|&k| s.tok(k) == ";"))
            .min()
            .unwrap_or(s.toks.len());
        let object = trim_end(if end == s.toks.len() { s.rest(vg.verb + 1) } else { s.span(vg.verb + 1, end) });
        let aux = singular_aux(s, &vg);
        let head = if aux.is_empty() { verb.clone() } else { format!("{aux} {verb}") };
        let written = |m: &Named<'_>| {
            let the = if s.is(m.first.wrapping_sub(1), "the") { "the " } else { "" };
            format!("{the}{}", s.span(m.first, m.end))
        };
        // The partner is named as the entity is named, not by a word read out of a shared name ("North and
        // South Korea are …" would make "with North").
        let own_name = |m: &Named<'_>| {
            let w = written(m);
            std::iter::once(&m.entity.name).chain(&m.entity.aliases).any(|n| n.eq_ignore_ascii_case(&w))
        };
        for (me, other) in [(a, b), (b, a)] {
            if !own_name(other) {
                continue;
            }
            let stance = if object.is_empty() {
                format!("{head} with {}", written(other))
            } else {
                format!("{head}, with {}, {object}", written(other))
            };
            let Some(stance) = curly(&stance) else { continue };
            if !(3..=MAX_PREDICATE_WORDS).contains(&word_count(&stance)) || object.contains(['"', '“', '”']) {
                continue;
            }
            let actor = me.entity.id.clone();
            out.push(fact(format!("stance-{actor}"), s, Claim::Stance { actor, stance, issue: None }));
        }
    }
    out
}

/// "Both countries <verb group> …" / "The two countries <verb group> …" (after a leading adverbial too):
/// the only two countries just named ([`Sent::pair`]) each hold the stance with the other, as in
/// [`coordinated`] ("Both countries have put their militaries on high alert" → South Korea "has put, with
/// North Korea, their militaries on high alert"). Nothing when the article did not name exactly two
/// countries just before.
pub fn pair_clause(s: &Sent<'_>) -> Vec<Fact> {
    let Some((a, b)) = s.pair else { return Vec::new() };
    let Some(k) = (0..s.toks.len().min(8)).find(|&k| s.pair_phrase_at(k).is_some()) else { return Vec::new() };
    let opens = k == 0 || (s.tok(k - 1) == "," && !(0..k).any(|j| s.named_at(j).is_some()));
    if !opens || s.in_quote(k) {
        return Vec::new();
    }
    let len = s.pair_phrase_at(k).unwrap_or(0);
    let Some(vg) = s.verb_group(k + len) else { return Vec::new() };
    pair_stances(s, &vg, (a, b), &[], 3)
}

/// Each of two parties' Stance with the other named beside it, from the verb group `vg` they are the
/// subject of ([`pair_clause`], [`they_clause`]): the object runs to a relative clause or a semicolon. A
/// copula, a passive, "agreed", a verb of saying, a verb in the present without an auxiliary, a verb of
/// `skip`, and an object with a quotation are left out, and so is a stance of fewer than `min_words` words.
fn pair_stances(
    s: &Sent<'_>,
    vg: &VerbGroup,
    (a, b): (&Entity, &Entity),
    skip: &[&str],
    min_words: usize,
) -> Vec<Fact> {
    let verb = s.tok(vg.verb).to_lowercase();
    let has_aux = vg.start < vg.verb;
    if vg.copula
        || vg.passive
        || verb == "agreed"
        || skip.contains(&verb.as_str())
        || SAY_WORDS.contains(&verb.as_str())
    {
        return Vec::new();
    }
    if !has_aux && !super::clause::is_past(&verb) {
        return Vec::new();
    }
    let end = relative_at(s, vg.verb + 1)
        .into_iter()
        .chain((vg.verb + 1..s.toks.len()).find(|&j| s.tok(j) == ";"))
        .min()
        .unwrap_or(s.toks.len());
    let object = trim_end(if end == s.toks.len() { s.rest(vg.verb + 1) } else { s.span(vg.verb + 1, end) });
    if object.is_empty() || object.contains(['"', '“', '”']) {
        return Vec::new();
    }
    let aux = singular_aux(s, vg);
    let head = if aux.is_empty() { verb.clone() } else { format!("{aux} {verb}") };
    let mut out = Vec::new();
    for (me, other) in [(a, b), (b, a)] {
        let Some(stance) = curly(&format!("{head}, with {}, {object}", other.name)) else { continue };
        if !(min_words..=MAX_PREDICATE_WORDS).contains(&word_count(&stance)) {
            continue;
        }
        let actor = me.id.clone();
        out.push(fact(format!("stance-{actor}"), s, Claim::Stance { actor, stance, issue: None }));
    }
    out
}

/// "They <verb group> …" opening a sentence (after at most "But" or "And"), where "they" are the two named
/// parties that were the one plural subject of the sentence before ([`Sent::they`]: "Kim and Lee met in
/// Seoul. They agreed to …"): "They agreed to …" is the Agreement of both; another verb in the past or with
/// an auxiliary is each party's Stance with the other named beside it, as in [`coordinated`]. What they
/// said, a copula, a passive, a meeting and a quotation are left out.
pub fn they_clause(s: &Sent<'_>) -> Vec<Fact> {
    let Some((a, b)) = s.they else { return Vec::new() };
    let at = usize::from(super::speech::LINKING.iter().any(|w| s.is(0, w)));
    if !s.is(at, "they") || s.in_quote(at) || s.text.contains(['"', '“', '”']) {
        return Vec::new();
    }
    let mut k = at + 1;
    let mut reported = false;
    while matches!(s.tok(k).to_lowercase().as_str(), "have" | "has" | "had" | "reportedly" | "also" | "both") {
        reported |= s.is(k, "reportedly");
        k += 1;
    }
    if s.is(k, "agreed") && s.is(k + 1, "to") {
        let Some(what) = curly(trim_end(s.rest(k + 1)).split(';').next().unwrap_or("")) else { return Vec::new() };
        if !(3..=MAX_PREDICATE_WORDS).contains(&word_count(&what)) {
            return Vec::new();
        }
        let parties = vec![a.id.clone(), b.id.clone()];
        let claim = Claim::Agreement { parties, what, reported, date: s.date() };
        return vec![fact(format!("agree-{}-{}", a.id, b.id), s, claim)];
    }
    let Some(vg) = s.verb_group(at + 1) else { return Vec::new() };
    pair_stances(s, &vg, (a, b), &["met"], 4)
}

/// "<A noun phrase> was <participle> by X …" (or "has been"): X's Stance in the active voice ("The plan
/// was criticised by China on Monday" → China "criticised the plan on Monday"). The noun phrase opens the
/// sentence with "The", "A" or "An" and has no punctuation; X is a named party that can act, right after
/// "by"; a plan ("will be"), a quotation or an unnamed agent is left out.
pub fn passive_agent(s: &Sent<'_>) -> Option<Fact> {
    if !matches!(s.tok(0).to_lowercase().as_str(), "the" | "a" | "an") || s.text.contains(['"', '“', '”']) {
        return None;
    }
    let be =
        (2..s.toks.len().min(12)).find(|&k| matches!(s.tok(k).to_lowercase().as_str(), "was" | "were" | "been"))?;
    let perfect = s.is(be, "been");
    if perfect && !matches!(s.tok(be - 1).to_lowercase().as_str(), "has" | "have") {
        return None;
    }
    let np_end = if perfect { be - 1 } else { be };
    if (1..np_end).any(|k| !s.toks.get(k).is_some_and(|t| t.word) || s.named_at(k).is_some()) {
        return None;
    }
    let pp = s.tok(be + 1);
    if !super::clause::is_past(pp) || !s.is(be + 2, "by") {
        return None;
    }
    let agent = s.named_at(be + 3).or_else(|| s.named_at(be + 4).filter(|_| s.is(be + 3, "the")))?;
    if !can_act(agent.entity.kind) {
        return None;
    }
    let np = format!("the {}", s.span(1, np_end));
    let rest = trim_end(s.rest(agent.end));
    let rest = rest.split(", which").next().unwrap_or(rest);
    let head = if perfect { format!("has {pp}") } else { pp.to_string() };
    let stance = if rest.is_empty() { format!("{head} {np}") } else { format!("{head} {np} {rest}") };
    let stance = curly(stance.trim_end_matches(','))?;
    if !(3..=MAX_PREDICATE_WORDS).contains(&word_count(&stance)) {
        return None;
    }
    let actor = agent.entity.id.clone();
    Some(fact(format!("stance-{actor}"), s, Claim::Stance { actor, stance, issue: None }))
}

/// "…, X said Y <verb> …" / "X said that Y <verb> …": what a named party says a second named party did is
/// that party's Stance, marked "reportedly" — the article reports it, it does not state it ("The State
/// Department said John Kerry contacted Thailand's foreign minister …" → John Kerry "reportedly contacted
/// Thailand's foreign minister …"). The speaker's own Statement is drafted by [`clauses`].
pub fn reported_clause(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for n in &s.named {
        if !can_act(n.entity.kind) || !s.opens_clause(n) || s.in_quote(n.first) {
            continue;
        }
        let Some(vg) = s.verb_group(s.after_subject(n)) else { continue };
        if !matches!(s.tok(vg.verb).to_lowercase().as_str(), "said" | "says" | "stated" | "announced" | "confirmed") {
            continue;
        }
        let mut k = vg.verb + 1;
        k += usize::from(s.is(k, "that"));
        k += usize::from(s.is(k, "the"));
        let Some(y) = s.named_at(k) else { continue };
        if !can_act(y.entity.kind) || y.entity.id == n.entity.id || s.in_quote(y.first) {
            continue;
        }
        let Some(yv) = s.verb_group(s.after_subject(y)) else { continue };
        let verb = s.tok(yv.verb).to_lowercase();
        if yv.copula || yv.passive || yv.planned || yv.start != yv.verb || !super::clause::is_past(&verb) {
            continue;
        }
        if SAY_WORDS.contains(&verb.as_str()) {
            continue;
        }
        let Some(rest) = predicate(s, &yv) else { continue };
        let Some(stance) = without_own_name(&rest, y) else { continue };
        if word_count(&stance) < 3 {
            continue;
        }
        let actor = y.entity.id.clone();
        out.push(fact(
            format!("stance-{actor}"),
            s,
            Claim::Stance { actor, stance: format!("reportedly {stance}"), issue: None },
        ));
    }
    out
}

/// "… <a noun phrase> which, according to X, Y (and Z) have criticised." — a relative clause whose verb
/// takes the noun before "which" as its object, attributed mid-sentence. X's Report says what Y did to the
/// noun ("reported that the United Nations and United States have both criticised the policy of turning
/// away boats of migrants"), and each of Y and Z has a Stance marked "reportedly" ("has reportedly
/// criticised the policy of …"). The noun phrase is the words from its article to "which" (at most ten, no
/// punctuation), read with "the". The clause must end with its verb, so the noun is its object; its subject
/// is capitalised words, "the" and "and" (names the entities step may not have read, as a misspelt one).
pub fn relative_according(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    let Some(w) =
        (1..s.toks.len()).find(|&k| s.is(k, "which") && s.tok(k + 1) == "," && s.is_phrase(k + 2, "according to"))
    else {
        return out;
    };
    if s.in_quote(w) {
        return out;
    }
    let Some(src) = s.named_at(w + 4).or_else(|| s.named_at(w + 5).filter(|_| s.is(w + 4, "the"))) else {
        return out;
    };
    if s.tok(src.end) != "," || !can_act(src.entity.kind) {
        return out;
    }
    let det = (w.saturating_sub(10)..w).rev().find(|&k| matches!(s.tok(k).to_lowercase().as_str(), "a" | "an" | "the"));
    let Some(det) = det else { return out };
    if (det..w).any(|k| !s.toks.get(k).is_some_and(|t| t.word)) || w - det < 2 {
        return out;
    }
    let noun = format!("the {}", s.span(det + 1, w));
    // The clause's verb is its last word; its verb group reaches back over auxiliaries and adverbs, and the
    // words before that, back to the attribution, are its subject (named parties, or words the entities
    // step did not read as one, such as a misspelt name).
    let start = src.end + 1;
    let Some(last) = (0..s.toks.len()).rev().find(|&k| s.toks.get(k).is_some_and(|t| t.word)) else { return out };
    if last <= start || !super::clause::is_past(s.tok(last)) {
        return out;
    }
    let mut from = last;
    while from > start + 1
        && (matches!(
            s.tok(from - 1).to_lowercase().as_str(),
            "have" | "has" | "had" | "both" | "all" | "also" | "reportedly" | "jointly"
        ) || s.tok(from - 1).to_lowercase().ends_with("ly"))
    {
        from -= 1;
    }
    let Some(vg) = s.verb_group(from) else { return out };
    if vg.copula || vg.passive || vg.verb != last {
        return out;
    }
    let after = from;
    let subject_words = (start..after).all(|k| {
        let w = s.tok(k);
        s.toks.get(k).is_some_and(|t| t.word)
            && (w.chars().next().is_some_and(char::is_uppercase) || matches!(w.to_lowercase().as_str(), "the" | "and"))
    });
    if !subject_words || after - start > 8 {
        return out;
    }
    let subjects: Vec<&Named<'_>> = s.named.iter().filter(|m| m.first >= start && m.end <= after).collect();
    let verb = s.tok(vg.verb);
    let subject_text = s.span(start, after);
    let says = format!("reported that {} {} {noun}", lower_first_the(subject_text), s.span(vg.start, vg.verb + 1));
    if let Some(says) = curly(&says)
        && word_count(&says) <= MAX_PREDICATE_WORDS + 4
    {
        let source = src.entity.id.clone();
        out.push(fact(format!("report-{source}"), s, Claim::Report { source, says }));
    }
    let aux = singular_aux(s, &vg);
    for m in subjects {
        if !can_act(m.entity.kind) {
            continue;
        }
        let stance = if aux.contains("reportedly") {
            format!("{aux} {verb} {noun}")
        } else if aux.is_empty() {
            format!("reportedly {verb} {noun}")
        } else {
            format!("{aux} reportedly {verb} {noun}")
        };
        let Some(stance) = curly(&stance) else { continue };
        let actor = m.entity.id.clone();
        out.push(fact(format!("stance-{actor}"), s, Claim::Stance { actor, stance, issue: None }));
    }
    out
}

/// A subject as it stands inside a clause: a leading "The" lower-cased.
fn lower_first_the(text: &str) -> String {
    text.strip_prefix("The ").map_or_else(|| text.to_string(), |rest| format!("the {rest}"))
}

/// Words that may stand before "relations" opening a clause ("As relations between …", "But relations
/// among …"); any other word ("trade relations") narrows the relations, and the sentence is left out.
const BEFORE_RELATIONS: [&str; 10] =
    ["as", "while", "although", "though", "because", "since", "but", "and", "however", "the"];

/// Copulas after which a relation's state follows ("are complex", "remain tense", "have been strained").
const RELATION_COPULAS: [&str; 6] = ["are", "were", "remain", "remained", "became", "seem"];

/// "Relations between X and Y are <state>" / "… among X, Y and Z remain <state>" / "… have been <state>":
/// a Relation of the parties named (two or more, each one that can act, or a city; "the two countries" are
/// the only two just named, [`Sent::pair`]), whose state is the copula and its complement up to the next comma,
/// semicolon or the end.
pub fn relation(s: &Sent<'_>) -> Option<Fact> {
    let k = (0..s.toks.len()).find(|&k| s.is(k, "relations") && (s.is(k + 1, "between") || s.is(k + 1, "among")))?;
    if s.in_quote(k)
        || (k > 0 && !BEFORE_RELATIONS.contains(&s.tok(k - 1).to_lowercase().as_str()) && s.tok(k - 1) != ",")
    {
        return None;
    }
    let mut parties = Vec::new();
    let mut i = k + 2;
    let pair = s.pair_phrase_at(i).zip(s.pair);
    if let Some((len, (a, b))) = pair {
        parties = vec![a.id.clone(), b.id.clone()];
        i += len;
    }
    while pair.is_none() {
        let m = s.named_at(i).or_else(|| s.named_at(i + 1).filter(|_| s.is(i, "the")))?;
        if !(can_act(m.entity.kind) || m.entity.kind == EntityKind::City) {
            return None;
        }
        parties.push(m.entity.id.clone());
        i = m.end;
        if s.tok(i) == "," && s.is(i + 1, "and") {
            i += 2;
        } else if s.tok(i) == "," || s.is(i, "and") {
            i += 1;
        } else {
            break;
        }
    }
    let mut dedup = parties.clone();
    dedup.sort();
    dedup.dedup();
    if dedup.len() != parties.len() || parties.len() < 2 {
        return None;
    }
    let copula = if RELATION_COPULAS.contains(&s.tok(i).to_lowercase().as_str()) {
        1
    } else if (s.is(i, "have") || s.is(i, "had")) && s.is(i + 1, "been") {
        2
    } else {
        return None;
    };
    let end = (i + copula..s.toks.len())
        .find(|&j| matches!(s.tok(j), "," | ";" | "." | "—" | "\"" | "“" | "”" | "("))
        .unwrap_or(s.toks.len());
    let state = s.span(i, end);
    if end <= i + copula || !(2..=10).contains(&word_count(state)) {
        return None;
    }
    let id = format!("relations-{}", parties.join("-"));
    Some(fact(id, s, Claim::Relation { between: parties, state: state.to_string() }))
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn claims(text: &str, es: &[crate::pack::Entity]) -> Vec<Claim> {
        let s = sent(text, es);
        clauses(&s).into_iter().chain(event(&s)).map(|f| f.claim).collect()
    }

    fn statements(facts: Vec<Fact>) -> Vec<(String, String)> {
        facts
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Statement { speaker, said, .. } => Some((speaker, said)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_day_between_the_subject_and_its_verb_and_a_long_title_before_a_name_are_read_through() {
        let es = [
            entity("us", Country, "U.S."),
            entity("sherman", Person, "Wendy Sherman"),
            entity("qin", Person, "Qin Gang"),
            entity("park", Person, "Park"),
        ];
        let met = Claim::Meeting { who: "sherman".into(), whom: "qin".into(), place: None, date: None };
        let on_tuesday =
            Claim::Meeting { who: "sherman".into(), whom: "qin".into(), place: None, date: Some("on Tuesday".into()) };
        for (text, want) in [
            ("U.S. Deputy Secretary of State Wendy Sherman met with Chinese Ambassador to the U.S. Qin Gang.", &met),
            ("Wendy Sherman on Tuesday (Aug. 23) met with Chinese Ambassador Qin Gang.", &on_tuesday),
            ("Wendy Sherman on Tuesday met with Qin Gang.", &on_tuesday),
        ] {
            assert_eq!(claims(text, &es), vec![want.clone()], "{text}");
        }
        // Words that are no title before the person: nobody met.
        let claimed = claims("Wendy Sherman met with officials of the U.S. to talk about Qin Gang.", &es);
        assert!(!claimed.iter().any(|c| matches!(c, Claim::Meeting { .. })), "{claimed:?}");
        // A day, then an adverbial between commas, before "said".
        assert_eq!(
            statements(clauses(&sent(
                "Park on Monday, in a weekly meeting with secretaries, said the talks matter.",
                &es
            ))),
            vec![("park".into(), "said the talks matter".into())]
        );
    }

    #[test]
    fn a_deed_a_source_reports_at_the_close_is_not_the_articles_own() {
        let es = [entity("ramos", Person, "Jorge Ramos"), entity("efe", Media, "EFE")];
        // The closing attribution makes the sentence EFE's report: no stance of Ramos that runs on into it.
        for text in [
            "Jorge Ramos is quietly arranging an informal meeting with the mayor in Lima, EFE said.",
            "Jorge Ramos is quietly arranging an informal meeting with the mayor in Lima, EFE said, quoting aides.",
            "Jorge Ramos is quietly arranging an informal meeting with the mayor in Lima, EFE reported Monday.",
        ] {
            assert_eq!(claims(text, &es), vec![], "{text}");
        }
        // The article's own sentence keeps its stance.
        assert_eq!(
            claims("Jorge Ramos is quietly arranging an informal meeting with the mayor in Lima.", &es).len(),
            1
        );
    }

    #[test]
    fn a_long_reported_clause_loses_its_closing_relative_clause() {
        let es = [entity("ramos", Person, "Jorge Ramos")];
        let s = sent(
            "Jorge Ramos said the two neighbours agreed to widen cooperation on fishing to protect their coastal towns, \
             which had suffered badly during years of quarrels over the precise line of the sea border and the quotas.",
            &es,
        );
        assert_eq!(
            statements(clauses(&s)),
            vec![(
                "ramos".into(),
                "said the two neighbours agreed to widen cooperation on fishing to protect their coastal towns".into()
            )]
        );
    }

    #[test]
    fn a_long_predicate_ends_before_a_second_verb_of_saying() {
        let es = [entity("lopez", Person, "Maria Lopez")];
        let s = sent(
            "Maria Lopez criticised the fishing quotas in a speech last Monday and said she wants Peru \"to think \
             again about its unfair position on the sea border, take back the quotas and refrain from sending more \
             patrol boats.\"",
            &es,
        );
        assert_eq!(
            clauses(&s).into_iter().map(|f| f.claim).collect::<Vec<_>>(),
            vec![Claim::Stance {
                actor: "lopez".into(),
                stance: "criticised the fishing quotas in a speech last Monday".into(),
                issue: None
            }]
        );
    }

    #[test]
    fn while_before_a_name_opens_that_speakers_own_clause() {
        let es = [entity("lopez", Person, "Maria Lopez"), entity("ramos", Person, "Jorge Ramos")];
        let s = sent(
            "Maria Lopez said she hoped to turn the old rivalry into a partnership while Jorge Ramos said the meeting \
             would give new energy to trade ties.",
            &es,
        );
        assert_eq!(
            statements(clauses(&s)),
            vec![
                ("lopez".into(), "said she hoped to turn the old rivalry into a partnership".into()),
                ("ramos".into(), "said the meeting would give new energy to trade ties".into()),
            ]
        );
    }

    #[test]
    fn he_after_an_opening_but_is_the_person_named_before() {
        let es = [entity("ramos", Person, "Jorge Ramos")];
        let s = sent("But he insisted that the border must stay open to trade.", &es).with_pronoun(Some(&es[0]));
        assert_eq!(
            statements(clauses(&s)),
            vec![("ramos".into(), "insisted that the border must stay open to trade".into())]
        );
    }

    #[test]
    fn one_party_agreeing_to_discuss_a_topic_is_its_stance() {
        // What a party agreed to discuss is the topic of talks to come: with no Issue entity to put on an
        // Agenda, it is the party's Stance, asked as "Who agreed to discuss …?".
        let es = [entity("north-korea", Country, "North Korea")];
        assert_eq!(
            claims("North Korea agreed on Tuesday to discuss resuming meetings of separated families.", &es),
            vec![Claim::Stance {
                actor: "north-korea".into(),
                stance: "agreed on Tuesday to discuss resuming meetings of separated families".into(),
                issue: None
            }]
        );
        assert_eq!(
            claims("North Korea has agreed to resume the suspended dialogue with the South.", &es),
            vec![Claim::Stance {
                actor: "north-korea".into(),
                stance: "has agreed to resume the suspended dialogue with the South".into(),
                issue: None
            }]
        );
        // "agreed" is a past tense; "proceed" is still none, though it ends in "-eed".
        assert!(super::super::clause::is_past("agreed"));
        assert!(!super::super::clause::is_past("proceed"));
    }

    #[test]
    fn a_stance_is_the_predicate_from_the_verb_on() {
        let es = [entity("south-korea", Country, "The South")];
        assert_eq!(
            claims("The South retaliated by firing dozens of rounds of artillery into the north.", &es),
            vec![Claim::Stance {
                actor: "south-korea".into(),
                stance: "retaliated by firing dozens of rounds of artillery into the north".into(),
                issue: None
            }]
        );
        let es = [entity("rathke", Person, "Rathke")];
        assert_eq!(
            claims("Rathke also asked the governments of South East Asia not to turn away boats.", &es),
            vec![Claim::Stance {
                actor: "rathke".into(),
                stance: "asked the governments of South East Asia not to turn away boats".into(),
                issue: None
            }]
        );
    }

    #[test]
    fn hopes_plans_and_expectations_are_stances_with_their_whole_predicate() {
        let es = [entity("vega", Person, "Luis Vega"), entity("peru", Country, "Peru"), entity("lima", City, "Lima")];
        let stance = |text: &str| -> Vec<String> {
            claims(text, &es)
                .into_iter()
                .filter_map(|c| match c {
                    Claim::Stance { stance, .. } => Some(stance),
                    _ => None,
                })
                .collect()
        };
        // A progressive is no copula: the stance is what is going on or hoped for.
        assert_eq!(
            stance("Luis Vega is hoping for a chance to visit the southern ports before the winter."),
            ["is hoping for a chance to visit the southern ports before the winter"]
        );
        assert_eq!(
            stance("Luis Vega is looking forward to the next round of talks in Lima."),
            ["is looking forward to the next round of talks in Lima"]
        );
        // A stance adjective with the clause it is held on.
        assert_eq!(
            stance("Luis Vega is optimistic that a lasting fishing agreement can be reached this year."),
            ["is optimistic that a lasting fishing agreement can be reached this year"]
        );
        assert_eq!(
            stance("Peru was cautiously hopeful about the outcome of the vote on quotas."),
            ["was cautiously hopeful about the outcome of the vote on quotas"]
        );
        // Present verbs of intending.
        assert_eq!(
            stance("Peru intends to raise the question of fishing subsidies at the next meeting."),
            ["intends to raise the question of fishing subsidies at the next meeting"]
        );
        // A plan to meet is not a meeting.
        let es = [entity("vega", Person, "Luis Vega"), entity("ruiz", Person, "Ana Ruiz")];
        assert_eq!(
            claims("Luis Vega is meeting Ana Ruiz in the capital on Friday.", &es),
            vec![Claim::Stance {
                actor: "vega".into(),
                stance: "is meeting Ana Ruiz in the capital on Friday".into(),
                issue: None
            }]
        );
        // An aside whose closing dash is lost cannot be cut from the clause it interrupts; a closing aside can.
        assert_eq!(
            stance("Luis Vega is hoping the talks - set for Lima on Monday will end the quarrel over quotas."),
            Vec::<String>::new()
        );
        assert_eq!(
            stance("Luis Vega praised the fishing deal — likely a nod to the voters of the south."),
            ["praised the fishing deal — likely a nod to the voters of the south"]
        );
        // A short copula complement is still an identity, and "is something" no progressive.
        let es = [entity("peru", Country, "Peru")];
        assert!(
            claims("Peru is something of a puzzle to its neighbours.", &es)
                .iter()
                .all(|c| !matches!(c, Claim::Stance { .. }))
        );
    }

    #[test]
    fn they_after_two_named_parties_is_both_of_them() {
        let es = [entity("vega", Person, "Luis Vega"), entity("ruiz", Person, "Ana Ruiz")];
        let they = |text: &str| -> Vec<Claim> {
            let s = sent(text, &es).with_they(Some((&es[0], &es[1])));
            they_clause(&s).into_iter().map(|f| f.claim).collect()
        };
        assert_eq!(
            they("They agreed to hold another round of talks in May."),
            vec![Claim::Agreement {
                parties: vec!["vega".into(), "ruiz".into()],
                what: "to hold another round of talks in May".into(),
                reported: false,
                date: None
            }]
        );
        assert_eq!(
            they("But they also signed a short declaration on fishing."),
            vec![
                Claim::Stance {
                    actor: "vega".into(),
                    stance: "signed, with Ana Ruiz, a short declaration on fishing".into(),
                    issue: None
                },
                Claim::Stance {
                    actor: "ruiz".into(),
                    stance: "signed, with Luis Vega, a short declaration on fishing".into(),
                    issue: None
                },
            ]
        );
        // What they said is left out; with no pair before, "they" is nobody.
        assert!(they("They said the talks went well.").is_empty());
        let s = sent("They agreed to hold another round of talks in May.", &es);
        assert!(they_clause(&s).is_empty());
    }

    #[test]
    fn a_name_after_its_title_and_a_comma_is_the_subject() {
        let es = [entity("santos", Person, "Jorge Santos")];
        assert_eq!(
            claims("The ministry's spokesman, Jorge Santos, said the treaty would run for ten years.", &es),
            vec![Claim::Statement {
                speaker: "santos".into(),
                said: "said the treaty would run for ten years".into(),
                quote: None
            }]
        );
        // A clause before the comma is no title.
        assert!(claims("The ministry that hired him, Jorge Santos, said nothing new.", &es).is_empty());
    }

    #[test]
    fn a_subject_after_a_leading_adverbial_and_with_an_appositive() {
        let es = [entity("kerry", Person, "John Kerry"), entity("dept", Organisation, "The US State Department")];
        let got = claims("On Friday, John Kerry, the Secretary of State, urged Thailand to act quickly.", &es);
        assert_eq!(
            got,
            vec![Claim::Stance { actor: "kerry".into(), stance: "urged Thailand to act quickly".into(), issue: None }]
        );
        // An entity that is not the clause's subject is not an actor.
        assert!(claims("The leader of The US State Department urged calm.", &es).is_empty());
    }

    #[test]
    fn said_that_is_a_statement_and_planned_visits_stay_planned() {
        let es = [entity("basya", Person, "Fuad Basya"), entity("seoul", City, "Seoul")];
        assert_eq!(
            claims("Fuad Basya said fishermen first noticed the people.", &es),
            vec![Claim::Statement {
                speaker: "basya".into(),
                said: "said fishermen first noticed the people".into(),
                quote: None
            }]
        );
        assert_eq!(
            claims("Fuad Basya is to visit Seoul next week.", &es),
            vec![Claim::Stance { actor: "basya".into(), stance: "is to visit Seoul next week".into(), issue: None }]
        );
        assert_eq!(
            claims("Fuad Basya visited Seoul on Thursday.", &es),
            vec![Claim::Visit {
                who: "basya".into(),
                destination: "seoul".into(),
                date: Some("on Thursday".into()),
                first: None
            }]
        );
    }

    #[test]
    fn meetings_name_both_sides_the_place_and_the_date() {
        let es = [
            entity("lee", Person, "Lee Jae Myung"),
            entity("xi", Person, "Xi Jinping"),
            entity("china", Country, "China"),
            entity("beijing", City, "Beijing"),
        ];
        assert_eq!(
            claims("Lee Jae Myung met with China's Xi Jinping in Beijing on January 5.", &es),
            vec![Claim::Meeting {
                who: "lee".into(),
                whom: "xi".into(),
                place: Some("beijing".into()),
                date: Some("January 5".into())
            }]
        );
        assert_eq!(
            claims("Lee Jae Myung will meet Xi Jinping in Beijing.", &es),
            vec![Claim::Stance { actor: "lee".into(), stance: "will meet Xi Jinping in Beijing".into(), issue: None }]
        );
    }

    #[test]
    fn two_parties_holding_talks_with_a_third_are_one_meeting_of_three() {
        let es = [
            entity("kim", Person, "Kim Sung"),
            entity("ri", Person, "Ri Yong"),
            entity("wu", Person, "Wu Dawei"),
            entity("beijing", City, "Beijing"),
        ];
        let meetings =
            |text: &str| -> Vec<Claim> { coordinated(&sent(text, &es)).into_iter().map(|f| f.claim).collect() };
        let met = |who: &str, whom: &str| Claim::Meeting {
            who: who.into(),
            whom: whom.into(),
            place: Some("beijing".into()),
            date: None,
        };
        assert_eq!(
            meetings("Kim Sung and Ri Yong held talks with Wu Dawei in Beijing on the same day."),
            vec![Claim::Summit {
                participants: vec!["kim".into(), "ri".into(), "wu".into()],
                host: None,
                event: None,
                place: Some("beijing".into()),
                date: None
            }]
        );
        assert_eq!(meetings("Kim Sung and Ri Yong held lengthy bilateral talks in Beijing."), vec![met("kim", "ri")]);
        // Talks with people the article does not name: no meeting of the two with each other.
        assert!(meetings("Kim Sung and Ri Yong held talks with senior officials in Beijing.").is_empty());
    }

    #[test]
    fn summit_sentences_give_meetings_and_visits_and_plans_stay_plans() {
        let es = [
            entity("xi", Person, "Xi Jinping"),
            entity("lee", Person, "Lee Jae-myung"),
            entity("gyeongju", City, "Gyeongju"),
            entity("japan", Country, "Japan"),
        ];
        let claims_of = |text: &str| {
            let s = sent(text, &es);
            let mut out: Vec<Claim> = clauses(&s).into_iter().map(|f| f.claim).collect();
            out.extend(noun_meeting(&s).map(|f| f.claim));
            out
        };
        assert_eq!(
            claims_of("Talks between Xi Jinping and Lee Jae-myung took place in Gyeongju on Saturday."),
            vec![Claim::Meeting {
                who: "xi".into(),
                whom: "lee".into(),
                place: Some("gyeongju".into()),
                date: Some("on Saturday".into())
            }]
        );
        assert_eq!(
            claims_of("Xi Jinping's meeting with Lee Jae-myung lasted ninety minutes."),
            vec![Claim::Meeting { who: "xi".into(), whom: "lee".into(), place: None, date: None }]
        );
        assert!(claims_of("Xi Jinping's meeting with Lee Jae-myung will take place in Gyeongju.").is_empty());
        // A place further on is another meeting's.
        assert_eq!(
            claims_of(
                "This is the second meeting between Xi Jinping and Lee Jae-myung following their meeting in Gyeongju."
            ),
            vec![Claim::Meeting { who: "xi".into(), whom: "lee".into(), place: None, date: None }]
        );
        assert_eq!(
            claims_of("Lee Jae-myung paid a three-day state visit to Japan."),
            vec![Claim::Visit { who: "lee".into(), destination: "japan".into(), date: None, first: None }]
        );
        assert_eq!(
            claims_of("Xi Jinping hosted Lee Jae-myung in Gyeongju."),
            vec![Claim::Meeting { who: "xi".into(), whom: "lee".into(), place: Some("gyeongju".into()), date: None }]
        );
    }

    #[test]
    fn a_person_visited_is_met_and_a_list_s_last_subject_is_not_described() {
        let es = [
            entity("lee", Person, "Lee"),
            entity("takaichi", Person, "Sanae Takaichi"),
            entity("japan", Country, "Japan"),
            entity("china", Country, "China"),
        ];
        assert_eq!(
            claims(
                "Shortly after his visit to China, Lee visited Japan’s Prime Minister Sanae Takaichi in her hometown, Nara, on January 12th.",
                &es
            ),
            vec![Claim::Meeting {
                who: "lee".into(),
                whom: "takaichi".into(),
                place: None,
                date: Some("January 12th".into())
            }]
        );
        assert!(claims("As relations between Korea, China, and Japan are complex, visits are hard.", &es).is_empty());
        let s = sent(
            "China and Japan have reportedly agreed to commit joint DNA tests of the remains, of which 136 were taken to Japan.",
            &es,
        );
        assert_eq!(
            agreement(&s).map(|f| f.claim),
            Some(Claim::Agreement {
                parties: vec!["china".into(), "japan".into()],
                what: "to commit joint DNA tests of the remains".into(),
                reported: true,
                date: None
            })
        );
    }

    #[test]
    fn nothing_is_read_inside_a_quotation() {
        let es = [entity("nk", Country, "North Korea")];
        assert!(claims("\"North Korea fired 36 shells at the posts\", said a source.", &es).is_empty());
    }

    #[test]
    fn this_constituency_is_the_one_the_sentence_opened_with() {
        let es = [entity("cyd", Person, "Cyd Ho"), entity("leung", Person, "Leung Kwok-hung")];
        assert_eq!(
            claims(
                "In the Hong Kong Island geographical constituency, Cyd Ho lost her seat in this constituency.",
                &es
            ),
            vec![Claim::Stance {
                actor: "cyd".into(),
                stance: "lost her seat in the Hong Kong Island geographical constituency".into(),
                issue: None
            }]
        );
        assert!(claims("Cyd Ho lost her seat in this district.", &es).is_empty());
        // The last of a list of subjects does not take the list's verb alone.
        assert!(claims("Ann Lee, Bo Chan, and Leung Kwok-hung were successfully elected.", &es).is_empty());
    }

    #[test]
    fn two_parties_agreeing_is_an_agreement() {
        let es = [entity("kr", Country, "South Korea"), entity("jp", Country, "Japan")];
        let s = sent("South Korea and Japan have reportedly agreed to resume shuttle diplomacy.", &es);
        assert_eq!(
            agreement(&s).map(|f| f.claim),
            Some(Claim::Agreement {
                parties: vec!["kr".into(), "jp".into()],
                what: "to resume shuttle diplomacy".into(),
                reported: true,
                date: None
            })
        );
        assert_eq!(agreement(&sent("South Korea and Japan disagreed.", &es)), None);
    }

    #[test]
    fn he_is_the_one_person_of_the_sentence_before() {
        let es = [entity("lee", Person, "Lee Jae-myung")];
        let s = sent("He urged Japan to face history.", &es).with_pronoun(Some(&es[0]));
        assert_eq!(
            clauses(&s).into_iter().map(|f| f.claim).collect::<Vec<_>>(),
            vec![Claim::Stance { actor: "lee".into(), stance: "urged Japan to face history".into(), issue: None }]
        );
        assert!(clauses(&sent("He urged Japan to face history.", &es)).is_empty());
    }

    #[test]
    fn a_dated_action_is_an_event_named_by_its_verb() {
        let es = [entity("nk", Country, "North Korea"), entity("sk", Country, "South Korea")];
        assert_eq!(
            dated_action(&sent(
                "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea.",
                &es
            ))
            .map(|f| f.claim),
            Some(Claim::Event {
                what: "the firing of artillery rounds".into(),
                who: vec!["nk".into()],
                place: None,
                date: Some("Yesterday".into()),
                era: None
            })
        );
        // No date, an irregular verb, or a pronoun object: no event.
        assert!(dated_action(&sent("North Korea fired artillery rounds at a loudspeaker.", &es)).is_none());
        assert!(dated_action(&sent("Yesterday, North Korea shot artillery rounds at a loudspeaker.", &es)).is_none());
        assert!(dated_action(&sent("Yesterday, North Korea stated it would attack.", &es)).is_none());
        assert_eq!(
            claims("The broadcasts began on August 10 and South Korea says they will go on.", &es)
                .into_iter()
                .find(|c| matches!(c, Claim::Event { .. })),
            Some(Claim::Event {
                what: "the start of the broadcasts".into(),
                who: vec![],
                place: None,
                date: Some("August 10".into()),
                era: None
            })
        );
    }

    #[test]
    fn a_dated_happening_is_an_event() {
        let es = [entity("hk", City, "Hong Kong")];
        assert_eq!(
            claims("The Hong Kong legislative election was held on Sunday, with a record turnout.", &es),
            vec![Claim::Event {
                what: "the Hong Kong legislative election".into(),
                who: vec![],
                place: None,
                date: Some("on Sunday".into()),
                era: None
            }]
        );
        assert_eq!(
            claims(
                "Myanmar is mainly Buddhist and the United Nations rates it.",
                &[entity("myanmar", Country, "Myanmar")]
            ),
            vec![Claim::Identity { who: "myanmar".into(), is: "mainly Buddhist".into(), country: None }]
        );
    }

    #[test]
    fn two_parties_as_one_subject_each_hold_the_stance_with_the_other() {
        let es = [
            entity("my", Country, "Malaysia"),
            entity("id", Country, "Indonesia"),
            entity("un", Organisation, "United Nations"),
        ];
        let got: Vec<Claim> = coordinated(&sent(
            "Malaysia and Indonesia have maintained a policy of turning away boats of migrants which the United Nations criticised.",
            &es,
        ))
        .into_iter()
        .map(|f| f.claim)
        .collect();
        assert_eq!(
            got,
            vec![
                Claim::Stance {
                    actor: "my".into(),
                    stance: "has maintained, with Indonesia, a policy of turning away boats of migrants".into(),
                    issue: None
                },
                Claim::Stance {
                    actor: "id".into(),
                    stance: "has maintained, with Malaysia, a policy of turning away boats of migrants".into(),
                    issue: None
                },
            ]
        );
        let es = [
            entity("jp", Country, "Japan"),
            entity("ph", Country, "the Philippines"),
            entity("manila", City, "Manila"),
        ];
        let got: Vec<Claim> =
            coordinated(&sent("On Tuesday, Japan and the Philippines signed a defence pact in Manila.", &es))
                .into_iter()
                .map(|f| f.claim)
                .collect();
        assert_eq!(
            got.first(),
            Some(&Claim::Stance {
                actor: "jp".into(),
                stance: "signed, with the Philippines, a defence pact in Manila".into(),
                issue: None
            })
        );
        assert_eq!(
            coordinated(&sent("Japan and the Philippines met in Manila on Tuesday.", &es))
                .first()
                .map(|f| f.claim.clone()),
            Some(Claim::Meeting {
                who: "jp".into(),
                whom: "ph".into(),
                place: Some("manila".into()),
                date: Some("on Tuesday".into())
            })
        );
        // A partner read out of a shared name ("North" of "North and South Sudan") is no name to write.
        let sudans = [entity("ns", Country, "North Sudan"), entity("ss", Country, "South Sudan")];
        let text = "North and South Sudan are making final preparations for two days of talks.";
        let mentions = [(0..5, &sudans[0]), (10..21, &sudans[1])];
        let s = Sent::new(text, 0, mentions.into_iter(), None);
        assert_eq!(
            coordinated(&s).into_iter().map(|f| f.claim).collect::<Vec<_>>(),
            vec![Claim::Stance {
                actor: "ns".into(),
                stance: "is making, with South Sudan, final preparations for two days of talks".into(),
                issue: None
            }]
        );
        // A present tense, a copula, a third party or a plan stays out, or keeps its "will".
        assert!(coordinated(&sent("Japan and the Philippines say the pact is fair.", &es)).is_empty());
        assert!(coordinated(&sent("Japan and the Philippines are close allies.", &es)).is_empty());
        assert!(coordinated(&sent("Manila, Japan and the Philippines signed a pact.", &es)).is_empty());
        assert_eq!(
            coordinated(&sent("Japan and the Philippines will sign a defence pact.", &es))
                .first()
                .map(|f| f.claim.clone()),
            Some(Claim::Stance {
                actor: "jp".into(),
                stance: "will sign, with the Philippines, a defence pact".into(),
                issue: None
            })
        );
    }

    #[test]
    fn what_x_says_y_did_is_y_s_stance_reportedly() {
        let es = [
            entity("dept", Organisation, "US State Department"),
            entity("kerry", Person, "John Kerry"),
            entity("seoul", City, "Seoul"),
        ];
        let got: Vec<Claim> = reported_clause(&sent(
            "The US State Department said John Kerry, the Secretary of State, contacted South Korea's foreign minister over the talks.",
            &es,
        ))
        .into_iter()
        .map(|f| f.claim)
        .collect();
        assert_eq!(
            got,
            vec![Claim::Stance {
                actor: "kerry".into(),
                stance: "reportedly contacted South Korea's foreign minister over the talks".into(),
                issue: None
            }]
        );
        let es = [entity("min", Organisation, "Foreign Ministry"), entity("kim", Person, "Kim Yo-jong")];
        assert_eq!(
            reported_clause(&sent("The Foreign Ministry said that Kim Yo-jong ordered the envoys home.", &es))
                .into_iter()
                .map(|f| f.claim)
                .collect::<Vec<_>>(),
            vec![Claim::Stance {
                actor: "kim".into(),
                stance: "reportedly ordered the envoys home".into(),
                issue: None
            }]
        );
        // A plan, a passive or a second "said" is not a deed.
        assert!(
            reported_clause(&sent("The Foreign Ministry said Kim Yo-jong will order the envoys home.", &es)).is_empty()
        );
        assert!(reported_clause(&sent("The Foreign Ministry said Kim Yo-jong was ordered home.", &es)).is_empty());
        assert!(reported_clause(&sent("The Foreign Ministry said Kim Yo-jong said nothing.", &es)).is_empty());
    }

    #[test]
    fn which_according_to_x_reports_what_y_did_to_the_noun_before() {
        let es = [
            entity("afp", Media, "AFP"),
            entity("un", Organisation, "United Nations"),
            entity("us", Country, "United States"),
            entity("cn", Country, "China"),
            entity("reuters", Media, "Reuters"),
            entity("jp", Country, "Japan"),
        ];
        let got: Vec<Claim> = relative_according(&sent(
            "Malaysia has kept a policy of turning away boats of migrants which, according to AFP, the United Nations and United States have both criticised.",
            &es,
        ))
        .into_iter()
        .map(|f| f.claim)
        .collect();
        assert_eq!(
            got,
            vec![
                Claim::Report {
                    source: "afp".into(),
                    says: "reported that the United Nations and United States have both criticised the policy of turning away boats of migrants".into()
                },
                Claim::Stance {
                    actor: "un".into(),
                    stance: "has reportedly criticised the policy of turning away boats of migrants".into(),
                    issue: None
                },
                Claim::Stance {
                    actor: "us".into(),
                    stance: "has reportedly criticised the policy of turning away boats of migrants".into(),
                    issue: None
                },
            ]
        );
        let got: Vec<Claim> = relative_according(&sent(
            "China announced an air defence zone which, according to Reuters, Japan rejected.",
            &es,
        ))
        .into_iter()
        .map(|f| f.claim)
        .collect();
        assert_eq!(
            got,
            vec![
                Claim::Report {
                    source: "reuters".into(),
                    says: "reported that Japan rejected the air defence zone".into()
                },
                Claim::Stance {
                    actor: "jp".into(),
                    stance: "reportedly rejected the air defence zone".into(),
                    issue: None
                },
            ]
        );
        // A misspelt name the entities step did not read is still part of the subject the report quotes.
        let got: Vec<Claim> = relative_according(&sent(
            "Thailand kept a ban on fishing boats which, according to AFP, the Untied Nations and China have criticised.",
            &es,
        ))
        .into_iter()
        .map(|f| f.claim)
        .collect();
        assert_eq!(
            got,
            vec![
                Claim::Report {
                    source: "afp".into(),
                    says: "reported that the Untied Nations and China have criticised the ban on fishing boats".into()
                },
                Claim::Stance {
                    actor: "cn".into(),
                    stance: "has reportedly criticised the ban on fishing boats".into(),
                    issue: None
                },
            ]
        );
        // A clause that goes on after its verb has an object of its own: nothing is drafted.
        assert!(
            relative_according(&sent(
                "China announced an air defence zone which, according to Reuters, Japan rejected at once.",
                &es
            ))
            .is_empty()
        );
    }

    #[test]
    fn relations_between_parties_are_a_relation_with_its_state() {
        let es = [
            entity("kr", Country, "South Korea"),
            entity("cn", Country, "China"),
            entity("jp", Country, "Japan"),
            entity("ph", Country, "the Philippines"),
        ];
        let rel = |text: &str| relation(&sent(text, &es)).map(|f| f.claim);
        assert_eq!(
            rel("As relations between South Korea, China, and Japan are complex, such visits are hard to arrange."),
            Some(Claim::Relation { between: vec!["kr".into(), "cn".into(), "jp".into()], state: "are complex".into() })
        );
        assert_eq!(
            rel("Relations between Japan and the Philippines have been warm since the treaty."),
            Some(Claim::Relation {
                between: vec!["jp".into(), "ph".into()],
                state: "have been warm since the treaty".into()
            })
        );
        assert_eq!(
            rel("But relations among China and Japan remain tense over the islands."),
            Some(Claim::Relation {
                between: vec!["cn".into(), "jp".into()],
                state: "remain tense over the islands".into()
            })
        );
        // Narrowed relations ("trade relations"), a verb that is no copula, or one party: nothing.
        assert_eq!(rel("Trade relations between China and Japan are good."), None);
        assert_eq!(rel("Relations between China and Japan improved."), None);
        assert_eq!(rel("Relations between China and China are good."), None);
    }

    #[test]
    fn an_unplaceable_this_cuts_the_predicate_before_its_phrase() {
        let es = [entity("lee", Person, "Lee")];
        assert_eq!(
            claims("Lee described his visit to China as a turning point in this process of improving ties.", &es),
            vec![Claim::Stance {
                actor: "lee".into(),
                stance: "described his visit to China as a turning point".into(),
                issue: None
            }]
        );
        assert!(claims("Lee backed this plan.", &es).is_empty());
    }

    #[test]
    fn a_group_takes_a_plural_verb_and_a_single_party_does_not() {
        let es =
            [entity("analysts", Group, "Analysts"), entity("beijing", City, "Beijing"), entity("jp", Country, "Japan")];
        assert_eq!(
            claims("Analysts believe Beijing is eager to improve relations with Seoul.", &es),
            vec![Claim::Stance {
                actor: "analysts".into(),
                stance: "believe Beijing is eager to improve relations with Seoul".into(),
                issue: None
            }]
        );
        assert!(claims("Japan believe Beijing is eager to improve relations with Seoul.", &es).is_empty());
    }

    #[test]
    fn visiting_a_person_in_a_place_is_a_meeting_and_a_visit() {
        let es = [
            entity("lee", Person, "Lee"),
            entity("takaichi", Person, "Sanae Takaichi"),
            entity("japan", Country, "Japan"),
            entity("nara", City, "Nara"),
        ];
        let s = sent("Lee visited Japan's Prime Minister Sanae Takaichi in her hometown, Nara, on January 12th.", &es);
        let mut got: Vec<Claim> = clauses(&s).into_iter().map(|f| f.claim).collect();
        got.extend(person_visit(&s).map(|f| f.claim));
        assert_eq!(
            got,
            vec![
                Claim::Meeting {
                    who: "lee".into(),
                    whom: "takaichi".into(),
                    place: Some("nara".into()),
                    date: Some("January 12th".into())
                },
                Claim::Visit {
                    who: "lee".into(),
                    destination: "nara".into(),
                    date: Some("January 12th".into()),
                    first: None
                },
            ]
        );
        assert_eq!(person_visit(&sent("Lee visited Sanae Takaichi on Monday.", &es)), None);
        assert_eq!(person_visit(&sent("Lee will visit Sanae Takaichi in Nara.", &es)), None);
    }

    #[test]
    fn both_countries_are_the_two_named_last() {
        let es = [entity("jp", Country, "Japan"), entity("cn", Country, "China")];
        let s = sent("Both countries have recalled their ambassadors for consultations.", &es)
            .with_pair(Some((&es[0], &es[1])));
        assert_eq!(
            pair_clause(&s).into_iter().map(|f| f.claim).collect::<Vec<_>>(),
            vec![
                Claim::Stance {
                    actor: "jp".into(),
                    stance: "has recalled, with China, their ambassadors for consultations".into(),
                    issue: None
                },
                Claim::Stance {
                    actor: "cn".into(),
                    stance: "has recalled, with Japan, their ambassadors for consultations".into(),
                    issue: None
                },
            ]
        );
        let s = sent("Relations between the two countries had been warming, but the talks stopped.", &es)
            .with_pair(Some((&es[0], &es[1])));
        assert_eq!(
            relation(&s).map(|f| f.claim),
            Some(Claim::Relation { between: vec!["jp".into(), "cn".into()], state: "had been warming".into() })
        );
        // Without two countries named before, "both countries" means nobody.
        assert!(pair_clause(&sent("Both countries have recalled their ambassadors.", &es)).is_empty());
    }

    #[test]
    fn a_passive_with_a_named_agent_is_the_agent_s_stance() {
        let es = [entity("cn", Country, "China"), entity("un", Organisation, "United Nations")];
        let got = |text: &str| passive_agent(&sent(text, &es)).map(|f| f.claim);
        assert_eq!(
            got("The proposal was rejected by China on Monday."),
            Some(Claim::Stance { actor: "cn".into(), stance: "rejected the proposal on Monday".into(), issue: None })
        );
        assert_eq!(
            got("The sanctions have been condemned by the United Nations."),
            Some(Claim::Stance { actor: "un".into(), stance: "has condemned the sanctions".into(), issue: None })
        );
        assert_eq!(got("The proposal will be rejected by China."), None);
        assert_eq!(got("The proposal was rejected by officials."), None);
        let es = [entity("jp", Country, "Japan"), entity("kr", Country, "South Korea")];
        assert_eq!(
            coordinated(&sent("Japan and South Korea held bilateral talks in Tokyo on Friday.", &es))
                .into_iter()
                .map(|f| f.claim)
                .collect::<Vec<_>>(),
            vec![Claim::Meeting { who: "jp".into(), whom: "kr".into(), place: None, date: Some("on Friday".into()) }]
        );
    }
}
