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
            *text = without_attribution(text)?;
            *text = said_on(text);
            // "Both countries have put their militaries on alert": each holds it, and "their" means the two.
            let pair = ["both ", "the two "].iter().any(|p| fact.evidence.to_lowercase().contains(p));
            if !pronouns_fit(text, kind(subject), pair) {
                return None;
            }
        }
        // An answer: its pronouns must mean something it names itself.
        Claim::Identity { is: text, .. } | Claim::Event { what: text, .. } if has_any_pronoun(text) => return None,
        // A state since a date is told and asked alone: "has led its party since 2011" names no owner.
        Claim::State { what, state, .. } if has_any_pronoun(what) || has_any_pronoun(state) => return None,
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

/// Common nouns that stand for a place the article named ("the country", "the city").
const UNNAMED: [(&str, EntityKind); 2] = [("the country", EntityKind::Country), ("the city", EntityKind::City)];

/// The fact with "the country" ("the country's") or "the city" in its drafted text — a predicate, an
/// answer, a Quantity's statement and question — replaced by the name of the one country (city) its
/// evidence names, or `None` when the evidence names none or several: a learner reading "Naypyidaw is the
/// remote capital of the country" cannot know which country. Text inside quotation marks is the speaker's
/// own and left as it is. `entities` are the article's, with their aliases.
pub fn unnamed_place(mut fact: Fact, entities: &[crate::pack::Entity]) -> Option<Fact> {
    let evidence = fact.evidence.clone();
    let texts: Vec<&mut String> = match &mut fact.claim {
        Claim::Statement { said: t, .. }
        | Claim::Stance { stance: t, .. }
        | Claim::Report { says: t, .. }
        | Claim::Relation { state: t, .. }
        | Claim::Identity { is: t, .. }
        | Claim::Event { what: t, .. }
        | Claim::Agreement { what: t, .. } => vec![t],
        Claim::Quantity { statement, question, .. } | Claim::State { what: statement, state: question, .. } => {
            vec![statement, question]
        }
        _ => Vec::new(),
    };
    for text in texts {
        if text.contains(['"', '“', '”']) {
            continue;
        }
        for (phrase, kind) in UNNAMED {
            let Some(at) = phrase_at(text, phrase) else { continue };
            // The one entity of that kind the evidence names, outside the phrase itself.
            let named: Vec<&crate::pack::Entity> = entities
                .iter()
                .filter(|e| e.kind == kind)
                .filter(|e| {
                    std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| !crate::generate::cloze::find_words(&evidence, n).is_empty())
                })
                .collect();
            let [one] = named.as_slice() else { return None };
            let name = &one.name;
            let mut at = Some(at);
            while let Some(i) = at {
                text.replace_range(i..i + phrase.len(), name);
                at = phrase_at(text, phrase);
            }
        }
    }
    Some(fact)
}

/// Where `phrase` occurs in `text` as whole words (case aside for its first letter), if it does.
fn phrase_at(text: &str, phrase: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|t| t.find(phrase)).map(|i| i + from) {
        let before = lower[..i].chars().next_back();
        let after = lower[i + phrase.len()..].chars().next();
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if bounded(before) && bounded(after) && lower.len() == text.len() {
            return Some(i);
        }
        from = i + phrase.len();
    }
    None
}

/// Verbs that attribute words to a speaker.
const SAYING: &[&str] = &["said", "says", "noted", "added", "stated", "reported", "announced", "told", "explained"];

/// A predicate without the attribution that closes its sentence (", Spokesman Hong Lei said at a daily
/// press briefing", ", Hong said", ", AFP further noted", ", according to Deputy Chief Cabinet Secretary
/// Koichi Hagiuda"): the speaker named there is the source of the whole sentence, and a statement standing
/// alone reads without it. The last comma opens it; it holds a verb of saying (or is "according to …"),
/// at most ten words, and no comma; `None` when fewer than three words would be left.
pub fn without_attribution(text: &str) -> Option<String> {
    let Some((head, tail)) = text.rsplit_once(", ") else { return Some(text.to_string()) };
    let words: Vec<String> = tail.split_whitespace().map(str::to_lowercase).collect();
    let according = tail.starts_with("according to ");
    // The speaker: a name ("Hong", "Spokesman Hong Lei"), or "the …" ("the agency said").
    let named = tail.chars().next().is_some_and(char::is_uppercase) || tail.starts_with("the ");
    let says = named && words.iter().skip(1).any(|w| SAYING.contains(&w.as_str()));
    if !(according || says) || words.len() > 10 || tail.contains(['“', '”', '"']) {
        return Some(text.to_string());
    }
    (head.split_whitespace().count() >= 3).then(|| head.to_string())
}

/// "said Tuesday she hopes …" → "said on Tuesday that she hopes …": a weekday right after a verb of saying
/// is its day, written with "on", and "that" opens the words said, so a question built on the predicate
/// ("Who said on Tuesday that she hopes …?") reads as English.
pub fn said_on(text: &str) -> String {
    let ws: Vec<&str> = text.split(' ').collect();
    match ws.as_slice() {
        [verb, day, rest @ ..]
            if SAYING.contains(verb)
                && crate::pack::when::WEEKDAYS.contains(day)
                && rest.first().is_some_and(|w| !w.chars().next().is_some_and(|c| c.is_ascii_punctuation())) =>
        {
            let that = if rest.first() == Some(&"that") { "" } else { "that " };
            format!("{verb} on {day} {that}{}", rest.join(" "))
        }
        _ => text.to_string(),
    }
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
    fn the_country_is_named_when_its_sentence_names_one_and_refused_otherwise() {
        let es = [
            crate::pack::Entity::new("myanmar", EntityKind::Country, "Myanmar"),
            crate::pack::Entity::new("thailand", EntityKind::Country, "Thailand"),
            crate::pack::Entity::new("yangon", EntityKind::City, "Yangon"),
        ];
        let identity = |is: &str, evidence: &str| Fact {
            id: "role".into(),
            topics: Vec::new(),
            evidence: evidence.into(),
            claim: Claim::Identity { who: "yangon".into(), is: is.into(), country: None },
        };
        let is = |f: Option<Fact>| match f?.claim {
            Claim::Identity { is, .. } => Some(is),
            _ => None,
        };
        assert_eq!(
            is(unnamed_place(
                identity(
                    "the largest port of the country",
                    "Yangon, the largest port of the country, lies in Myanmar."
                ),
                &es
            ))
            .as_deref(),
            Some("the largest port of Myanmar")
        );
        // Two countries, or none, in the sentence: which one is meant is not known.
        let two = "Yangon, the largest port of the country, trades with Thailand and Myanmar.";
        assert_eq!(is(unnamed_place(identity("the largest port of the country", two), &es)), None);
        let none = "Yangon is the largest port of the country.";
        assert_eq!(is(unnamed_place(identity("the largest port of the country", none), &es)), None);
        // "the countryside" is another word; a text without the phrase is kept as it is.
        assert_eq!(
            is(unnamed_place(identity("a town in the countryside", "Yangon is a town in the countryside."), &es))
                .as_deref(),
            Some("a town in the countryside")
        );
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
    fn an_attribution_closing_the_sentence_is_cut_from_the_predicate() {
        for (text, kept) in [
            (
                "started the visit on Tuesday, Spokesman Hong Lei said at a daily press briefing",
                Some("started the visit on Tuesday"),
            ),
            (
                "has maintained close contact with all members, Hong said",
                Some("has maintained close contact with all members"),
            ),
            (
                "said the meeting was valuable to both sides, AFP further noted",
                Some("said the meeting was valuable to both sides"),
            ),
            (
                "said South Korea intends to implement the deal, according to Deputy Chief Cabinet Secretary Koichi Hagiuda",
                Some("said South Korea intends to implement the deal"),
            ),
            // Not an attribution: a list, a clause of the predicate's own.
            ("discussed trade, energy and security", Some("discussed trade, energy and security")),
            ("met Kim, who said nothing", Some("met Kim, who said nothing")),
            ("left, Kim said", None),
        ] {
            assert_eq!(without_attribution(text).as_deref(), kept, "{text}");
        }
    }

    #[test]
    fn a_weekday_after_said_reads_with_on_and_that() {
        assert_eq!(
            said_on("said Tuesday she hopes the talks succeed"),
            "said on Tuesday that she hopes the talks succeed"
        );
        assert_eq!(
            said_on("announced Wednesday that the summit will go ahead"),
            "announced on Wednesday that the summit will go ahead"
        );
        assert_eq!(said_on("said she hopes the talks succeed"), "said she hopes the talks succeed");
        let mut f = stance("kim", "x");
        f.claim = Claim::Statement {
            speaker: "kim".into(),
            said: "said Tuesday she hopes the talks produce peace".into(),
            quote: None,
        };
        assert!(
            matches!(tidy(f, kinds).map(|f| f.claim), Some(Claim::Statement { said, .. }) if said == "said on Tuesday that she hopes the talks produce peace")
        );
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
