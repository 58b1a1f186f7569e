//! The last look at each drafted fact, as English news grammar asks: an "also" after an auxiliary is the
//! article's link to the sentence before, not part of the fact ("has also indicated" → "has indicated"); a
//! pronoun in a drafted statement or answer must point at something the fact itself names, or the fact is
//! refused (a learner reading "South Korea has indicated they can …" cannot know who "they" are).

use crate::pack::{Claim, EntityKind, Fact};

/// Auxiliaries after which an "also" is the article's link to what came before.
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "should",
    "must", "does", "do", "did", "be", "been",
];

/// The fact as drafted, tidied, or `None` when a pronoun in it points outside it. `kind` gives an entity's
/// kind by id.
pub fn tidy(mut fact: Fact, kind: impl Fn(&str) -> Option<EntityKind>) -> Option<Fact> {
    match &mut fact.claim {
        Claim::Statement { speaker: subject, said: text, quote: None }
        | Claim::Stance { actor: subject, stance: text, .. }
        | Claim::Report { source: subject, says: text } => {
            *text = drop_also(text);
            // "Both countries have put their militaries on alert": each holds it, and "their" means the two.
            let pair = ["both ", "the two "].iter().any(|p| fact.evidence.to_lowercase().contains(p));
            if !pronouns_fit(text, kind(subject), pair) {
                return None;
            }
        }
        // An answer: its pronouns must mean something it names itself.
        Claim::Identity { is: text, .. } | Claim::Event { what: text, .. } if has_any_pronoun(text) => return None,
        Claim::Agreement { what: text, .. } => {
            // "agreed to resume their talks": the parties are "they"; "it" has no antecedent in the fact.
            *text = drop_also(text);
            if words(text).any(|w| SINGULAR_THINGS.contains(&w.as_str()) || PEOPLE.contains(&w.as_str())) {
                return None;
            }
        }
        Claim::Relation { state: text, .. } => {
            *text = drop_also(text);
            if words(text).any(|w| SINGULAR_THINGS.contains(&w.as_str()) || PEOPLE.contains(&w.as_str())) {
                return None;
            }
        }
        _ => {}
    }
    Some(fact)
}

/// Pronouns for one person.
const PEOPLE: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];
/// Pronouns for one thing (a country, an organisation).
const SINGULAR_THINGS: &[&str] = &["it", "its", "itself"];
/// Pronouns for several.
const PLURAL: &[&str] = &["they", "them", "their", "theirs", "themselves"];

/// The words of a text, lowercase, without punctuation.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string())
}

/// Whether every pronoun of a predicate can mean its subject ("he"/"she" a person, "it" a country or an
/// organisation, "they" a group or a people) or a word before it in the predicate (a name before "his", a
/// noun before "it", a plural or a number before "they": "a warship was deployed to retrieve them"). Any
/// other pronoun points outside the sentence's fact.
/// `pair`: the sentence names two parties as one ("both countries"), so "they" may mean them.
fn pronouns_fit(predicate: &str, subject: Option<EntityKind>, pair: bool) -> bool {
    let person = subject == Some(EntityKind::Person);
    let group = subject == Some(EntityKind::Group);
    let thing = subject.is_some() && !person && !group;
    let raw: Vec<&str> = predicate.split_whitespace().collect();
    let ws: Vec<String> = words(predicate).collect();
    ws.iter().enumerate().all(|(i, w)| {
        let w = w.as_str();
        let before = ws.get(..i).unwrap_or_default();
        let named_before = raw.iter().take(i).skip(1).any(|r| r.chars().next().is_some_and(char::is_uppercase));
        if PEOPLE.contains(&w) {
            person || named_before
        } else if SINGULAR_THINGS.contains(&w) {
            // "it" may also be the empty subject of "it is likely …", "it became known …".
            thing
                || dummy_it(predicate)
                || named_before
                || before.iter().any(|b| ["the", "a", "an"].contains(&b.as_str()))
        } else if PLURAL.contains(&w) {
            group || pair || before.iter().skip(1).any(|b| plural_noun(b))
        } else {
            true
        }
    })
}

/// Whether a word may be a plural noun or a number ("people", "shells", "200"): what "they" can mean.
fn plural_noun(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || ["people", "more", "both", "others", "men", "women", "children"].contains(&w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !["says", "does", "this", "thus", "always", "perhaps"].contains(&w))
}

/// Whether a text (an answer) holds a pronoun that nothing before it in the text can mean.
fn has_any_pronoun(text: &str) -> bool {
    !pronouns_fit(text, None, false)
}

/// Whether an "it" of the predicate is the empty subject of a phrase ("it is unlikely", "it became known").
fn dummy_it(predicate: &str) -> bool {
    let lower = predicate.to_lowercase();
    ["it is ", "it was ", "it will be ", "it became ", "it would be ", "it has been "].iter().any(|p| lower.contains(p))
        && !lower.contains(" its ")
}

/// The text without an "also" right after an auxiliary and before a lowercase word ("has also indicated" →
/// "has indicated", "will also be" → "will be"); any other "also" is kept, and "too" always ("were too late").
pub fn drop_also(text: &str) -> String {
    let ws: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(ws.len());
    for (i, w) in ws.iter().enumerate() {
        let after_aux = i > 0 && ws.get(i - 1).is_some_and(|p| AUXILIARIES.contains(&p.to_lowercase().as_str()));
        let followed = ws.get(i + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        if *w == "also" && after_aux && followed {
            continue;
        }
        out.push(w);
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(actor: &str, text: &str) -> Fact {
        Fact {
            id: "f".into(),
            evidence: "e".into(),
            topics: vec![],
            claim: Claim::Stance { actor: actor.into(), stance: text.into(), issue: None },
        }
    }

    fn kinds(id: &str) -> Option<EntityKind> {
        match id {
            "japan" => Some(EntityKind::Country),
            "kim" => Some(EntityKind::Person),
            "analysts" => Some(EntityKind::Group),
            _ => None,
        }
    }

    fn told(f: Option<Fact>) -> Option<String> {
        match f?.claim {
            Claim::Stance { stance, .. } => Some(stance),
            _ => None,
        }
    }

    #[test]
    fn an_also_after_an_auxiliary_is_dropped() {
        assert_eq!(drop_also("has also indicated it will help"), "has indicated it will help");
        assert_eq!(drop_also("will also be on the agenda"), "will be on the agenda");
        assert_eq!(drop_also("were too late"), "were too late");
        assert_eq!(drop_also("also met the envoy"), "also met the envoy");
        assert_eq!(drop_also("met the envoy and also the minister"), "met the envoy and also the minister");
        assert_eq!(
            told(tidy(stance("japan", "has also protested the move"), kinds)).as_deref(),
            Some("has protested the move")
        );
    }

    #[test]
    fn a_pronoun_that_cannot_mean_the_subject_refuses_the_fact() {
        // "they" after a country: the two countries of the sentence before, or the country? Nobody can tell.
        assert_eq!(told(tidy(stance("japan", "has indicated they can use the meeting"), kinds)), None);
        assert_eq!(told(tidy(stance("japan", "said he would not attend"), kinds)), None);
        assert_eq!(told(tidy(stance("kim", "said their plan had failed"), kinds)), None);
        assert_eq!(told(tidy(stance("kim", "criticised it"), kinds)), None);
    }

    #[test]
    fn a_pronoun_that_means_the_subject_or_an_earlier_word_is_kept() {
        assert!(
            told(tidy(
                stance("kim", "said fishermen noticed the people and a warship was deployed to retrieve them"),
                kinds
            ))
            .is_some()
        );
        assert!(told(tidy(stance("japan", "reports that Lee's diplomacy has boosted his ratings"), kinds)).is_some());
        assert!(told(tidy(stance("kim", "emphasised the shared history and its relevance"), kinds)).is_some());
        assert!(told(tidy(stance("kim", "said she hopes the talks succeed"), kinds)).is_some());
        assert!(told(tidy(stance("japan", "said its navy would patrol the islands"), kinds)).is_some());
        assert!(told(tidy(stance("analysts", "say they expect more launches"), kinds)).is_some());
        assert!(told(tidy(stance("kim", "said it is unlikely the talks resume"), kinds)).is_some());
        // Each of a pair holds the stance, and "their" means the two.
        let mut both = stance("japan", "have put their militaries on high levels of alert");
        both.evidence = "Both countries have put their militaries on high levels of alert.".into();
        assert!(told(tidy(both, kinds)).is_some());
        // … and "it" still means the one subject when the sentence names a pair elsewhere.
        let mut one = stance("japan", "said that it welcomed the two delegations");
        one.evidence = "Japan said that it welcomed the two delegations.".into();
        assert!(told(tidy(one, kinds)).is_some());
    }

    #[test]
    fn a_pronoun_in_an_answer_refuses_the_fact() {
        let f = Fact {
            id: "f".into(),
            evidence: "e".into(),
            topics: vec![],
            claim: Claim::Identity { who: "kim".into(), is: "their leader".into(), country: None },
        };
        assert!(tidy(f, kinds).is_none());
    }
}
