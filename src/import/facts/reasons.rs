//! Reasons and purposes a sentence states for an act: "Seoul and Pyongyang issued separate statements
//! because of their disagreement over the agenda", "Relations soured over the shrine visits", "The envoys
//! held talks in Pyongyang to finalize details of the summit", "Because of the storm, the ferry was
//! cancelled" → a [`Claim::Reason`] whose act, link and reason are verbatim spans of the sentence.
//!
//! Precision first: the act is a whole main clause opening the sentence (or following a fronted reason),
//! with a subject that is not a pronoun and no negation or hedge; the reason is an explicit phrase after an
//! unambiguous link ("because", "due to", "in protest at", "in order to", "in the hope that", …), or after a
//! link that is causal only beside certain verbs ("over" after "soured", "after" after "called off",
//! "by" after "been strained", a bare "to" of purpose after "held talks", "visited", "arrived").

use super::clause::Sent;
use crate::pack::{Claim, Fact};

/// Links that give a reason or purpose wherever they stand.
const LINKS: [&str; 21] = [
    "because of",
    "because",
    "due to",
    "owing to",
    "as a result of",
    "in protest at",
    "in protest against",
    "in protest over",
    "in response to",
    "in retaliation for",
    "in order to",
    "so as to",
    "in a bid to",
    "in an effort to",
    "with the aim of",
    "in the hope that",
    "in the hope of",
    "in hopes of",
    "hoping that",
    "hoping to",
    "amid",
];

/// Verbs of falling out, after which "over" gives the cause ("relations soured over the visits").
const OVER_VERBS: [&str; 12] = [
    "soured",
    "strained",
    "worsened",
    "deteriorated",
    "frayed",
    "clashed",
    "protested",
    "quarrelled",
    "quarreled",
    "feuded",
    "sparred",
    "resigned",
];

/// Verbs of stopping, after which "after" gives the cause ("the talks collapsed after …").
const AFTER_VERBS: [&str; 16] = [
    "called off",
    "cancelled",
    "canceled",
    "postponed",
    "suspended",
    "stalled",
    "halted",
    "collapsed",
    "broke down",
    "cut off",
    "closed",
    "pulled out",
    "walked out",
    "withdrew",
    "resigned",
    "was delayed",
];

/// Participles that "been … by" makes a cause of ("have been soured by unresolved issues").
const BY_VERBS: [&str; 8] =
    ["soured", "strained", "damaged", "hurt", "marred", "overshadowed", "complicated", "clouded"];

/// Verbs of going and meeting, after which a bare "to <verb>" is the purpose ("held talks … to finalize
/// details"), where it is not a complement ("agreed to", "plans to").
const PURPOSE_VERBS: [&str; 23] = [
    "held talks",
    "held a meeting",
    "met",
    "visited",
    "arrived",
    "travelled",
    "traveled",
    "flew",
    "went",
    "came",
    "returned",
    "sent",
    "dispatched",
    "gathered",
    "called off",
    "cancelled",
    "canceled",
    "postponed",
    "boycotted",
    "recalled",
    "summoned",
    "staged",
    "marched",
];

/// Verbs a purpose "to" may take: plain verbs of diplomacy and talks.
const PURPOSE_INFINITIVES: [&str; 38] = [
    "discuss",
    "finalize",
    "finalise",
    "attend",
    "sign",
    "negotiate",
    "prepare",
    "arrange",
    "seek",
    "press",
    "push",
    "urge",
    "ask",
    "explain",
    "review",
    "resume",
    "mark",
    "strengthen",
    "improve",
    "ease",
    "end",
    "resolve",
    "restore",
    "repair",
    "settle",
    "meet",
    "hold",
    "celebrate",
    "pay",
    "deliver",
    "protest",
    "show",
    "demand",
    "express",
    "condemn",
    "support",
    "commemorate",
    "avoid",
];

/// Words that make an act hedged, negated or not a main clause of its own.
const REFUSED_IN_ACT: [&str; 17] = [
    "not",
    "never",
    "no",
    "n't",
    "may",
    "might",
    "could",
    "reportedly",
    "allegedly",
    "apparently",
    "possibly",
    "perhaps",
    "probably",
    "which",
    "who",
    "whom",
    "if",
];

/// Words opening a subordinate clause or standing for an antecedent: not the start of a main clause of its
/// own.
const NOT_A_SUBJECT: [&str; 22] = [
    "he", "she", "they", "it", "this", "that", "these", "those", "we", "i", "you", "although", "though", "while",
    "when", "if", "as", "after", "before", "since", "unless", "whereas",
];

/// Words opening a reason that stands for something said before ("that disagreement", "it").
const POINTING: [&str; 11] = ["this", "that", "these", "those", "it", "its", "such", "them", "they", "he", "she"];

/// Words a sentence may open with before its main clause.
const OPENERS: [&str; 5] = ["But ", "And ", "However, ", "Meanwhile, ", "Still, "];

/// A trailing time that is not part of a reason ("… tensions in April", "… on Monday"); a bare "this month"
/// may belong to the reason ("a summit to be held this month") and is kept.
fn cut_time(why: &str) -> &str {
    let words: Vec<&str> = why.split(' ').collect();
    for n in [2usize, 3] {
        if words.len() <= n {
            continue;
        }
        let tail = &words[words.len() - n..];
        let time = match tail {
            [p, t] => {
                (*p == "in" && (crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(t)) || is_year(t)))
                    || (*p == "on" && t.ends_with("day"))
            }
            [a, b, c] => {
                *a == "in" && crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(b)) && is_year(c)
            }
            _ => false,
        };
        if time {
            let keep = words.len() - n;
            let len = words[..keep].iter().map(|w| w.len() + 1).sum::<usize>().saturating_sub(1);
            return &why[..len];
        }
    }
    why
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
}

/// Byte offsets of `needle` in `hay` as whole words (ASCII case ignored).
fn find_all(hay: &str, needle: &str) -> Vec<usize> {
    let lower = hay.to_ascii_lowercase();
    let needle = needle.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|h| h.find(&needle)).map(|i| i + from) {
        let before = lower[..at].chars().next_back();
        let after = lower[at + needle.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push(at);
        }
        from = at + needle.len().max(1);
    }
    out
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether `act` reads as a main clause this pattern may state: a subject that is not a pronoun or a
/// subordinator, 3 to 25 words, no negation, hedge or relative clause, no quotation, no comma.
fn plain_act(act: &str) -> bool {
    let words = words_of(act);
    let first = words.first().map_or("", String::as_str);
    (3..=25).contains(&words.len())
        && act.chars().next().is_some_and(char::is_uppercase)
        && !NOT_A_SUBJECT.contains(&first)
        && !words.iter().any(|w| REFUSED_IN_ACT.contains(&w.as_str()) || w.ends_with("n't"))
        && !act.contains([',', ';', ':', '"', '“', '”', '(', '—'])
}

/// The reason that starts `rest` (text after the link): to the first comma, semicolon, colon, dash,
/// bracket or the sentence's end, less a trailing time; `None` if it points back ("that disagreement"),
/// is quoted, or runs on ("…, and …").
fn reason_phrase(rest: &str) -> Option<&str> {
    let mut end = rest.find([',', ';', ':', '(', '—', '"', '“', '”']).unwrap_or(rest.len());
    // A second link starts a second reason ("… to finalize details amid stalled talks"): the first ends there.
    if let Some(next) = LINKS.iter().flat_map(|l| find_all(&rest[..end], l)).filter(|&at| at > 0).min() {
        end = next;
    }
    let why = rest[..end].trim_end().trim_end_matches(['.', '!', '?']).trim_end();
    let why = cut_time(why);
    let words = words_of(why);
    let first = words.first()?;
    if POINTING.contains(&first.as_str()) || words.len() > 20 || words.iter().any(|w| w == "not") {
        return None;
    }
    // A reason cut at a comma is whole only where the sentence goes on with another part, not mid-phrase.
    let tail = rest[end..].trim_start_matches([',', ';']).trim_start();
    let at_link = LINKS.iter().any(|l| rest[end..].to_ascii_lowercase().starts_with(l));
    if end < rest.len() && !(tail.is_empty() || rest[end..].starts_with(',') || at_link) {
        return None;
    }
    Some(why)
}

/// The reasons `s` states, each as one fact.
pub fn reasons(s: &Sent<'_>) -> Vec<Fact> {
    let text = s.text.trim_end();
    if s.in_quote(0) || s.closes_attributed() || text.contains(['"', '“', '”', '?']) {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The main clause starts after an opener ("But …") and a time said first ("Since then, …", "On Monday,
    // …").
    let start = OPENERS.iter().find(|o| text.starts_with(*o)).map_or(0, |o| o.len());
    let main = start + leading_time(&text[start..]);
    let lower = text.to_ascii_lowercase();
    // Fronted: "Because of the storm, the ferry was cancelled."
    for link in LINKS {
        if !lower[start..].starts_with(link) || !lower[start + link.len()..].starts_with(' ') {
            continue;
        }
        let Some(comma) = text[start..].find(", ").map(|c| c + start) else { continue };
        let why = text[start + link.len() + 1..comma].trim();
        let act = text[comma + 2..].trim_end_matches(['.', '!']).trim_end();
        let act_cap = act.chars().next().is_some_and(char::is_lowercase);
        // The act after a fronted reason opens in lower case: read it as a clause from its second word on.
        if reason_phrase(why) == Some(why) && plain_act(&capitalised(act)) && act_cap {
            out.push(fact(act, &text[start..start + link.len()], why, s));
        }
        return out;
    }
    // Every link in text order: the first that fits is the act's reason.
    let mut links: Vec<(usize, &str)> = LINKS
        .iter()
        .copied()
        .chain(["over", "after", "following", "by", "to", "as"])
        .flat_map(|link| find_all(text, link).into_iter().map(move |at| (at, link)))
        .collect();
    links.sort_by_key(|&(at, link)| (at, std::cmp::Reverse(link.len())));
    {
        for (at, link) in links {
            if at <= start {
                continue;
            }
            // The act leaves out a time said first: "Since then" or "On Monday" would point outside it when
            // told alone; the clause is true without it.
            let act = text[main..at].trim_end();
            // ", as they were unhappy with …": the act ends before the comma.
            let act = if link == "as" { act.strip_suffix(',').unwrap_or(act) } else { act };
            let act_lower = act.to_ascii_lowercase();
            let fits = match link {
                "over" => OVER_VERBS.iter().any(|v| act_lower.ends_with(v)),
                "after" | "following" => AFTER_VERBS.iter().any(|v| act_lower.ends_with(v)),
                "by" => BY_VERBS.iter().any(|v| act_lower.ends_with(&format!("been {v}"))),
                "to" => purpose_to(act, &text[at + 2..]),
                "as" => text[..at].ends_with(", ") && causal_as(&text[at + 2..]),
                // "because" before "of" is the longer link's.
                "because" => !lower[at..].starts_with("because of"),
                _ => true,
            };
            let clause = capitalised(text[main..at].trim_end().trim_end_matches(','));
            if !fits || at <= main || !plain_act(&clause) {
                continue;
            }
            let Some(why) = reason_phrase(text[at + link.len()..].trim_start()) else { continue };
            // A hedge before the link ("partly because", "apparently over") is not stated as the reason.
            let before = words_of(act).last().cloned().unwrap_or_default();
            if matches!(before.as_str(), "partly" | "possibly" | "perhaps" | "probably" | "apparently" | "allegedly") {
                continue;
            }
            out.push(fact(act, &text[at..at + link.len()], why, s));
            return out;
        }
    }
    out
}

/// Time phrases a sentence may open with before its subject ("Since then, ", "On Monday, ", "Last year, "):
/// the length of the one `text` opens with, comma and space included, or 0.
fn leading_time(text: &str) -> usize {
    let Some((phrase, _)) = text.split_once(", ") else { return 0 };
    let words: Vec<&str> = phrase.split(' ').collect();
    let first = words.first().copied().unwrap_or("");
    let timely = matches!(first, "Since" | "On" | "In" | "Last" | "Earlier" | "Later" | "Yesterday" | "Previously")
        && words.len() <= 4
        && !phrase.contains(['"', '“', '”', ';', ':']);
    if timely { phrase.len() + 2 } else { 0 }
}

/// Whether a clause after ", as" gives a cause: a subject, then a state ("were unhappy with …", "had been
/// engaged in …"), not an action going on ("as the talks were ending", "as he arrived").
fn causal_as(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(be) = words.iter().position(|w| matches!(*w, "was" | "were" | "is" | "are" | "remained" | "remain"))
    else {
        return false;
    };
    let state = words.get(be + 1).copied().unwrap_or("");
    let state = if state == "still" || state == "both" { words.get(be + 2).copied().unwrap_or("") } else { state };
    (1..=6).contains(&be)
        && !state.is_empty()
        && !state.ends_with("ing")
        && !matches!(state, "not" | "never" | "to" | "due" | "expected" | "scheduled" | "about")
        && !words[..be].iter().any(|w| {
            let w = w.to_lowercase();
            POINTING.contains(&w.as_str()) || matches!(w.as_str(), "who" | "which" | "whom" | "what")
        })
        // "as well as", "as if", "as much as", "as part of": not a cause.
        && !matches!(words[0], "well" | "if" | "though" | "much" | "long" | "soon" | "far" | "such" | "part" | "usual")
}

/// Whether "to" after `act` starts a purpose: the act ends (save places, dates and objects after it) on a
/// verb of going or meeting, and the infinitive is one of [`PURPOSE_INFINITIVES`].
fn purpose_to(act: &str, after: &str) -> bool {
    let verb = words_of(after).into_iter().next().unwrap_or_default();
    if !PURPOSE_INFINITIVES.contains(&verb.as_str()) {
        return false;
    }
    let padded = format!(" {act} ");
    let lower = padded.to_ascii_lowercase();
    let Some(at) = PURPOSE_VERBS.iter().filter_map(|v| lower.find(&format!(" {v} "))).min() else { return false };
    // The verb is the act's first verb: no infinitive ("to" before a lower-case word) or second clause
    // anywhere in the act; "to" before a name is a place ("flew to Oslo to discuss").
    let infinitive = padded.match_indices(" to ").any(|(i, _)| padded[i + 4..].starts_with(char::is_lowercase));
    !infinitive && !lower[at..].contains(" and ")
}

fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn fact(act: &str, link: &str, why: &str, s: &Sent<'_>) -> Fact {
    let slug: Vec<String> = words_of(why)
        .into_iter()
        .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    Fact {
        id: format!("why-{}", slug.join("-")),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Reason { act: act.to_string(), link: link.to_string(), why: why.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons_of(text: &str) -> Vec<(String, String, String)> {
        let s = Sent::new(text, 0, std::iter::empty(), None);
        reasons(&s)
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Reason { act, link, why } => Some((act, link, why)),
                _ => None,
            })
            .collect()
    }

    fn one(act: &str, link: &str, why: &str) -> Vec<(String, String, String)> {
        vec![(act.to_string(), link.to_string(), why.to_string())]
    }

    #[test]
    fn explicit_links_give_the_reason_after_them() {
        assert_eq!(
            reasons_of("The ferry company cancelled the crossing because of the storm."),
            one("The ferry company cancelled the crossing", "because of", "the storm")
        );
        assert_eq!(
            reasons_of("The border crossing was closed amid heightened military tensions in April."),
            one("The border crossing was closed", "amid", "heightened military tensions")
        );
        assert_eq!(
            reasons_of("Norway recalled its ambassador in protest at the arrests of two fishermen."),
            one("Norway recalled its ambassador", "in protest at", "the arrests of two fishermen")
        );
        assert_eq!(
            reasons_of("The delegation came hoping that the visit would ease tensions."),
            one("The delegation came", "hoping that", "the visit would ease tensions")
        );
        assert_eq!(
            reasons_of("The delegation came in the hope that the visit would ease tensions."),
            one("The delegation came", "in the hope that", "the visit would ease tensions")
        );
    }

    #[test]
    fn links_causal_only_beside_some_verbs() {
        assert_eq!(
            reasons_of("Relations between the two neighbours soured over a disputed fishing zone."),
            one("Relations between the two neighbours soured", "over", "a disputed fishing zone")
        );
        assert_eq!(
            reasons_of("The talks stalled after the minister cancelled his trip in May."),
            one("The talks stalled", "after", "the minister cancelled his trip")
        );
        assert_eq!(
            reasons_of("Ties between the two countries have been strained by a row over fishing rights."),
            one("Ties between the two countries have been strained", "by", "a row over fishing rights")
        );
        assert_eq!(
            reasons_of("The envoys held talks in Oslo on Monday to finalize details of the treaty."),
            one("The envoys held talks in Oslo on Monday", "to", "finalize details of the treaty")
        );
        assert_eq!(
            reasons_of("The envoys met in Oslo to prepare a summit to be held this month."),
            one("The envoys met in Oslo", "to", "prepare a summit to be held this month")
        );
        assert_eq!(
            reasons_of("Iceland recalled its ambassador to protest the arrest of two fishermen."),
            one("Iceland recalled its ambassador", "to", "protest the arrest of two fishermen")
        );
        assert_eq!(
            reasons_of("The summit was postponed following the death of the king."),
            one("The summit was postponed", "following", "the death of the king")
        );
        assert_eq!(
            reasons_of("The envoys flew to Oslo to discuss the quota."),
            one("The envoys flew to Oslo", "to", "discuss the quota")
        );
        assert_eq!(
            reasons_of("The delegation arrived to attend the ceremony."),
            one("The delegation arrived", "to", "attend the ceremony")
        );
        assert!(reasons_of("Iceland decided to protest the arrest of two fishermen.").is_empty());
        assert!(reasons_of("The envoys agreed to meet in Oslo to discuss the quota.").is_empty());
        assert!(reasons_of("The minister spoke following the meeting of the cabinet.").is_empty());
        // A cause after ", as" when it is a state, after a time said first.
        assert_eq!(
            reasons_of("Since then, the annual meeting was suspended, as both sides were unhappy with the quota."),
            one("the annual meeting was suspended", "as", "both sides were unhappy with the quota")
        );
        assert!(reasons_of("The annual meeting was suspended, as the ministers were leaving the hall.").is_empty());
        assert!(reasons_of("The annual meeting was suspended as a precaution.").is_empty());
        assert!(reasons_of("The meeting was suspended, as expected.").is_empty());
        assert!(reasons_of("The minister met the envoys, as well as those who were injured.").is_empty());
        // A second link ends the first reason.
        assert_eq!(
            reasons_of("The envoys held talks in Oslo to finalize the treaty amid stalled talks on fishing."),
            one("The envoys held talks in Oslo", "to", "finalize the treaty")
        );
        // "over" after another verb, "after" of time, "to" as a complement: no reason.
        assert!(reasons_of("The minister presided over a meeting of the cabinet.").is_empty());
        assert!(reasons_of("The minister spoke after the meeting of the cabinet.").is_empty());
        assert!(reasons_of("The two countries agreed to finalize the treaty.").is_empty());
        assert!(reasons_of("The envoys flew to Oslo.").is_empty());
    }

    #[test]
    fn a_fronted_reason_is_read_before_its_act() {
        assert_eq!(
            reasons_of("Because of the storm, the ferry crossing was cancelled."),
            one("the ferry crossing was cancelled", "Because of", "the storm")
        );
    }

    #[test]
    fn hedged_negated_pointing_or_subordinate_reasons_are_not_drafted() {
        for text in [
            "The ferry company did not cancel the crossing because of the storm.",
            "The ferry company cancelled the crossing partly because of the storm.",
            "The ferry company may have cancelled the crossing because of the storm.",
            "The ferry company cancelled the crossing because of that.",
            "He cancelled the crossing because of the storm.",
            "Although the ferry was cancelled because of the storm, the bridge stayed open.",
            "The port, which was closed amid heightened tensions, reopened on Monday.",
            "\"We cancelled the crossing because of the storm,\" the captain said.",
            "The ferry company cancelled the crossing because of the storm, the coastguard said.",
        ] {
            assert!(reasons_of(text).is_empty(), "{text}: {:?}", reasons_of(text));
        }
    }
}
