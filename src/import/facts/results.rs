//! Election results: who was elected, re-elected or defeated where, for which party.
//!
//! Election reports list their results in a few shapes of English, whatever the country:
//! * the people, then the verb: "Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party and
//!   Leung Kwok-hung of LSD were successfully elected", "Gary Fan of the Neo Democrats was defeated";
//! * the verb, then the people: "Other candidates elected in this district were FTU's Kwok Wai-keung and
//!   DAB's Horace Cheung".
//!
//! Each person whose party the sentence names right beside them ("<Party>'s <Person>", "<Person> of|from
//! (the) <Party>") and whose constituency is known gets an Identity "the <Party> candidate elected in <the
//! constituency>": the constituency is the sentence's leading "In the … constituency," or, for a list that
//! goes on in the next sentences of the paragraph, the one its first sentence named. A person without a
//! party named beside them, a list with a verb or a relative clause in it, a sentence whose constituency is
//! unknown: nothing is drafted. Two people the rule would describe alike are both left out (by
//! [`super::draft`]), as "Who is …?" would have two answers.

use super::clause::{Named, Sent, is_past, word_count};
use crate::pack::{Claim, EntityKind, Fact};

/// Nouns that name an electoral area, closing a leading "In the … <noun>," adverbial.
const AREAS: [&str; 11] = [
    "constituency",
    "district",
    "riding",
    "ward",
    "electorate",
    "division",
    "seat",
    "province",
    "state",
    "county",
    "region",
];

/// The electoral area a sentence opens with ("In the New Territories West geographical constituency," →
/// "the New Territories West geographical constituency"): a phrase of up to ten words with a capitalised
/// word, ending in an area noun.
pub fn area_of(s: &Sent<'_>) -> Option<String> {
    if !s.is(0, "in") || s.in_quote(0) {
        return None;
    }
    let comma = (2..s.toks.len().min(13)).find(|&k| s.tok(k) == ",")?;
    let phrase = s.span(1, comma);
    let last = s.tok(comma - 1).to_lowercase();
    let capital = (1..comma).any(|k| s.tok(k).chars().next().is_some_and(char::is_uppercase));
    let words = (1..comma).all(|k| s.toks.get(k).is_some_and(|t| t.word) || matches!(s.tok(k), "'s" | "(" | ")"));
    (AREAS.contains(&last.as_str()) && capital && words && phrase.starts_with("the ") && word_count(phrase) <= 10)
        .then(|| phrase.to_string())
}

/// The electoral area a sentence names after its opening ("Eddie Chu was elected with 84,121 votes in the
/// New Territories West geographical constituency." → "the New Territories West geographical constituency"):
/// "in the …" with a capitalised word, up to ten words, ending in an area noun, outside quotations. It
/// gives a paragraph whose first result does not open with its constituency the area its later sentences
/// ("Other candidates elected in this district were …") mean.
pub fn area_in(s: &Sent<'_>) -> Option<String> {
    (1..s.toks.len()).find_map(|i| {
        if !s.is(i, "in") || !s.is(i + 1, "the") || s.in_quote(i) {
            return None;
        }
        let end = (i + 2..(i + 12).min(s.toks.len())).find(|&k| AREAS.contains(&s.tok(k).to_lowercase().as_str()))?;
        let words = (i + 2..end).all(|k| s.toks.get(k).is_some_and(|t| t.word) || matches!(s.tok(k), "'s" | "(" | ")"));
        let capital = (i + 2..end).any(|k| s.tok(k).chars().next().is_some_and(char::is_uppercase));
        // "in the Kowloon West district council election": the area noun must close the phrase.
        let closed = !s.toks.get(end + 1).is_some_and(|t| t.word) || s.tok(end + 1).chars().all(char::is_lowercase);
        let after = s.tok(end + 1).to_lowercase();
        let noun_goes_on = s.toks.get(end + 1).is_some_and(|t| t.word)
            && !["with", "by", "and", "on", "in", "after", "as", "while", "for", "to"].contains(&after.as_str());
        (words && capital && closed && !noun_goes_on).then(|| s.span(i + 1, end + 1).to_string())
    })
}

/// Whether the sentence reports an election result (a person elected or defeated) in one of the module's
/// shapes.
pub fn reports_result(s: &Sent<'_>) -> bool {
    !verbs(s).is_empty()
}

/// What a result verb says of its people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Elected,
    ReElected,
    Defeated,
}

impl Status {
    fn of(word: &str) -> Option<Self> {
        match word.to_lowercase().as_str() {
            "elected" | "elects" => Some(Self::Elected),
            "re-elected" => Some(Self::ReElected),
            "defeated" => Some(Self::Defeated),
            _ => None,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Self::Elected => "elected",
            Self::ReElected => "re-elected",
            Self::Defeated => "defeated",
        }
    }
}

/// The result verbs of the sentence: (first token of the listed people, one past their last token, status).
fn verbs(s: &Sent<'_>) -> Vec<(usize, usize, Status)> {
    let n = s.toks.len();
    let mut out = Vec::new();
    for k in 0..n {
        if s.in_quote(k) || !(s.is(k, "was") || s.is(k, "were")) {
            continue;
        }
        // The people, then the verb: "… were (successfully) elected".
        let mut v = k + 1;
        while ["successfully", "narrowly", "also", "all", "both"].iter().any(|w| s.is(v, w)) {
            v += 1;
        }
        // What follows the verb is where, how or by whom ("in …", "with 84,121 votes"), or a plural noun
        // that names the people ("elected newcomers"), never an office ("elected leader of …").
        let next = s.tok(v + 1);
        let plain = !s.toks.get(v + 1).is_some_and(|t| t.word)
            || ["in", "with", "by", "for", "to"].iter().any(|w| s.is(v + 1, w))
            || (next.len() > 3 && next.ends_with('s') && !s.toks.get(v + 2).is_some_and(|t| t.word));
        if let Some(status) = Status::of(s.tok(v)).filter(|st| *st != Status::Elected || !s.is(v, "elects"))
            && plain
        {
            out.push((clause_start(s, k), k, status));
            continue;
        }
        // The verb, then the people: "… elected (in this district) were <list>".
        let before = (k.saturating_sub(6)..k).rev().find_map(|e| Status::of(s.tok(e)).map(|st| (e, st)));
        if let Some((e, status)) = before
            && status != Status::Defeated
            && (e + 1..k).all(|j| s.toks.get(j).is_some_and(|t| t.word) && !is_past(s.tok(j)))
        {
            let end = (k + 1..n).find(|&j| matches!(s.tok(j), ";" | "." | "\"" | "“" | "”")).unwrap_or(n);
            out.push((k + 1, end, status));
        }
    }
    out
}

/// Where the clause ending at token `k` starts: after the sentence's leading adverbial, a semicolon, or a
/// conjunction that opens a clause of its own (", while", ", and", "but").
fn clause_start(s: &Sent<'_>, k: usize) -> usize {
    let mut start = 0;
    if let Some(comma) = (1..k.min(14)).find(|&j| s.tok(j) == ",")
        && (s.is(0, "in") || s.is(0, "for") || s.is(0, "on"))
    {
        start = comma + 1;
    }
    let boundary =
        (start..k).rev().find(|&j| s.tok(j) == ";" || ["while", "whereas", "but"].iter().any(|w| s.is(j, w)));
    boundary.map_or(start, |j| j + 1)
}

/// The place entity named inside the sentence's electoral area phrase ([`area_of`] or [`area_in`]): "New
/// Territories West" in "In the New Territories West geographical constituency, …".
pub fn area_place(s: &Sent<'_>) -> Option<String> {
    let (from, to) = if area_of(s).is_some() {
        (1, (2..s.toks.len()).find(|&k| s.tok(k) == ",")?)
    } else {
        let phrase = area_in(s)?;
        let i = (1..s.toks.len()).find(|&i| s.is(i, "in") && s.span(i + 1, s.toks.len()).starts_with(&phrase))?;
        (i + 1, i + 1 + super::clause::tokens(&phrase).len())
    };
    s.named
        .iter()
        .find(|m| {
            m.first >= from
                && m.end <= to
                && matches!(m.entity.kind, EntityKind::Place | EntityKind::City | EntityKind::Country)
        })
        .map(|m| m.entity.id.clone())
}

/// Whether tokens `from..to` are a plain list of people: names, their parties and descriptors; never a verb
/// or a relative clause outside a name, which would make someone in it the object of another verb.
fn plain_list(s: &Sent<'_>, from: usize, to: usize) -> bool {
    !(from..to).any(|j| {
        let w = s.tok(j).to_lowercase();
        let named = s.named.iter().any(|m| m.first <= j && j < m.end);
        !named && (is_past(&w) || ["who", "which", "that", "by", "with", "than", "against"].contains(&w.as_str()))
    })
}

/// The election of each person the sentence reports elected or re-elected, where the sentence's own electoral
/// area names a place (`place`, from [`area_place`]): an Event "<Name>'s election" (or "re-election") in that place, for "Where
/// did Eddie Chu's election take place?". The same list rules as [`results`]; a defeat is not drafted.
pub fn election_events(s: &Sent<'_>, place: Option<&str>) -> Vec<Fact> {
    let Some(place) = place else { return Vec::new() };
    let mut out = Vec::new();
    for (from, to, status) in verbs(s) {
        let noun = match status {
            Status::Elected => "election",
            Status::ReElected => "re-election",
            Status::Defeated => continue,
        };
        if !plain_list(s, from, to) {
            continue;
        }
        for p in s.named.iter().filter(|m| m.first >= from && m.end <= to && m.entity.kind == EntityKind::Person) {
            let who = p.entity.id.clone();
            out.push(Fact {
                id: format!("{noun}-{who}"),
                topics: Vec::new(),
                evidence: s.text.to_string(),
                // No `who`: the name is in `what`, and a question asking for it would give it away.
                claim: Claim::Event {
                    what: format!("{}'s {noun}", p.entity.name),
                    who: Vec::new(),
                    place: Some(place.to_string()),
                    date: None,
                    era: None,
                },
            });
        }
    }
    out
}

/// The party named right beside a person: "<Person> of|from (the) <Party>" (not "of respectively …"),
/// else "<Party>'s <Person>"; as the sentence writes it, without a leading "the".
fn party_of<'a>(s: &Sent<'a>, p: &Named<'_>) -> Option<&'a str> {
    let party = |m: &Named<'_>| matches!(m.entity.kind, EntityKind::Organisation);
    let after = if s.is(p.end, "of") || s.is(p.end, "from") {
        s.named_at(p.end + 1).or_else(|| s.named_at(p.end + 2).filter(|_| s.is(p.end + 1, "the"))).filter(|m| party(m))
    } else {
        None
    };
    let before = || {
        let k = p.first.checked_sub(1)?;
        if !matches!(s.tok(k), "'s" | "’s") {
            return None;
        }
        s.named_before(k).filter(|m| party(m))
    };
    let m = after.or_else(before)?;
    let name = s.span(m.first, m.end);
    Some(name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name))
}

/// Each person the sentence names beside a party (in any shape, not only a result), as (party as written,
/// person id): a paragraph that names two people beside one party describes neither as "the <Party>
/// candidate", as a result the rule did not read ("X of the Democratic Party received 491,667 votes") may
/// be the other's.
pub fn party_people(s: &Sent<'_>) -> Vec<(String, String)> {
    s.named
        .iter()
        .filter(|p| p.entity.kind == EntityKind::Person && !s.in_quote(p.first))
        .filter_map(|p| party_of(s, p).map(|party| (party.to_lowercase(), p.entity.id.clone())))
        .collect()
}

/// The Identities of the people whose election or defeat the sentence reports, in `area` when the sentence
/// does not name its own. `shared` lists the parties (lower case) the paragraph names beside more than one
/// person: nobody of those is drafted.
pub fn results(s: &Sent<'_>, area: Option<&str>, shared: &[String]) -> Vec<Fact> {
    let own = area_of(s);
    let Some(area) = own.as_deref().or(area) else { return Vec::new() };
    let mut out = Vec::new();
    for (from, to, status) in verbs(s) {
        if !plain_list(s, from, to) {
            continue;
        }
        for p in s.named.iter().filter(|m| m.first >= from && m.end <= to && m.entity.kind == EntityKind::Person) {
            let Some(party) = party_of(s, p).filter(|party| !shared.contains(&party.to_lowercase())) else { continue };
            // "DAB's Ben Chan and Leung Che-cheung": the party is both people's, and would describe either.
            let shared = s.is(p.end, "and")
                && s.named_at(p.end + 1)
                    .is_some_and(|q| q.entity.kind == EntityKind::Person && party_of(s, q).is_none());
            if shared {
                continue;
            }
            let who = p.entity.id.clone();
            let is = format!("the {party} candidate {} in {area}", status.words());
            out.push(Fact {
                id: format!("{}-{who}", status.words()),
                topics: Vec::new(),
                evidence: s.text.to_string(),
                claim: Claim::Identity { who, is, country: None },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn elected(text: &str, area: Option<&str>) -> Vec<(String, String)> {
        let es = [
            entity("yeung", Person, "Alvin Yeung"),
            entity("cheung", Person, "Fernando Cheung"),
            entity("leung", Person, "Leung Kwok-hung"),
            entity("kwok", Person, "Kwok Wai-keung"),
            entity("horace", Person, "Horace Cheung"),
            entity("lee", Person, "Lee Cheuk-yan"),
            entity("ho", Person, "Junius Ho"),
            entity("civic", Organisation, "Civic Party"),
            entity("labour", Organisation, "Labour Party"),
            entity("ftu", Organisation, "FTU"),
            entity("dab", Organisation, "DAB"),
        ];
        results(&sent(text, &es), area, &[])
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Identity { who, is, .. } => Some((who, is)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_list_then_were_elected_names_each_party_and_the_constituency() {
        assert_eq!(
            elected(
                "In the New Territories East geographical constituency, councillors Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party, and Leung Kwok-hung were successfully elected.",
                None
            ),
            vec![
                (
                    "yeung".into(),
                    "the Civic Party candidate elected in the New Territories East geographical constituency".into()
                ),
                (
                    "cheung".into(),
                    "the Labour Party candidate elected in the New Territories East geographical constituency".into()
                ),
            ]
        );
    }

    #[test]
    fn elected_were_a_list_takes_the_paragraph_s_constituency() {
        let area = Some("the Hong Kong Island geographical constituency");
        assert_eq!(
            elected("Other pro-Beijing elected were FTU's Kwok Wai-keung and DAB's Horace Cheung.", area),
            vec![
                ("kwok".into(), "the FTU candidate elected in the Hong Kong Island geographical constituency".into()),
                ("horace".into(), "the DAB candidate elected in the Hong Kong Island geographical constituency".into()),
            ]
        );
        // No constituency known: nothing.
        assert!(elected("Other pro-Beijing elected were FTU's Kwok Wai-keung.", None).is_empty());
        // "DAB's Kwok Wai-keung and Horace Cheung": DAB is both people's party, so it describes neither.
        assert!(elected("Other pro-Beijing elected were DAB's Kwok Wai-keung and Horace Cheung.", area).is_empty());
    }

    #[test]
    fn defeats_count_and_objects_of_other_verbs_do_not() {
        let area = Some("the New Territories West geographical constituency");
        assert_eq!(
            elected(
                "Lee Cheuk-yan of the Labour Party was defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan.",
                area
            ),
            vec![(
                "lee".into(),
                "the Labour Party candidate defeated in the New Territories West geographical constituency".into()
            )]
        );
        assert!(elected("Junius Ho said Lee Cheuk-yan of the Labour Party was defeated.", area).is_empty());
        assert!(elected("Alvin Yeung of the Civic Party was elected leader of his party.", area).is_empty());
    }

    #[test]
    fn a_party_named_beside_two_people_in_a_paragraph_describes_neither() {
        let es = [
            entity("kwong", Person, "Kwong Chun-yu"),
            entity("to", Person, "James To"),
            entity("dp", Organisation, "Democratic Party"),
        ];
        let first = sent("Kwong Chun-yu of the Democratic Party received 491,667 votes.", &es);
        let second = sent("Other pan-democrats elected were James To of the Democratic Party.", &es);
        let people: Vec<(String, String)> = party_people(&first).into_iter().chain(party_people(&second)).collect();
        assert_eq!(people, vec![("democratic party".into(), "kwong".into()), ("democratic party".into(), "to".into())]);
        let area = Some("the District Council (Second) functional constituency");
        assert_eq!(results(&second, area, &[]).len(), 1);
        assert!(results(&second, area, &["democratic party".to_string()]).is_empty());
    }

    #[test]
    fn an_area_is_a_leading_phrase_ending_in_an_area_noun() {
        let s = sent("In the Kowloon West geographical constituency, Ann Chiang was re-elected.", &[]);
        assert_eq!(area_of(&s).as_deref(), Some("the Kowloon West geographical constituency"));
        assert_eq!(area_of(&sent("In traditional functional constituencies, the camp gained a seat.", &[])), None);
        assert_eq!(area_of(&sent("In the morning, Ann Chiang voted.", &[])), None);
        let s = sent("In the District Council (Second) functional constituency, Kwong Chun-yu won.", &[]);
        assert_eq!(area_of(&s).as_deref(), Some("the District Council (Second) functional constituency"));
    }

    #[test]
    fn an_area_named_after_the_opening_is_found_too() {
        let s =
            sent("Eddie Chu was elected with 84,121 votes in the New Territories West geographical constituency.", &[]);
        assert_eq!(area_in(&s).as_deref(), Some("the New Territories West geographical constituency"));
        let s = sent("Anna Wu won in the Kowloon Central district by 300 votes.", &[]);
        assert_eq!(area_in(&s).as_deref(), Some("the Kowloon Central district"));
        assert_eq!(area_in(&sent("Anna Wu won in the Kowloon Central district council election.", &[])), None);
        assert_eq!(area_in(&sent("Anna Wu won in this district.", &[])), None);
        assert_eq!(area_in(&sent("Anna Wu lives in the eastern district.", &[])), None);
    }

    #[test]
    fn each_person_elected_in_a_named_place_has_an_election_there() {
        let es = [
            entity("ntw", Place, "New Territories West"),
            entity("chu", Person, "Eddie Chu"),
            entity("ho", Person, "Junius Ho"),
            entity("lee", Person, "Lee Cheuk-yan"),
        ];
        let s = sent(
            "In the New Territories West geographical constituency, pan-democrat Eddie Chu was elected with 84,121 votes.",
            &es,
        );
        assert_eq!(area_place(&s).as_deref(), Some("ntw"));
        let events: Vec<Claim> = election_events(&s, area_place(&s).as_deref()).into_iter().map(|f| f.claim).collect();
        assert_eq!(
            events,
            vec![Claim::Event {
                what: "Eddie Chu's election".into(),
                who: vec![],
                place: Some("ntw".into()),
                date: None,
                era: None
            }]
        );
        // A defeat, or no place known, is no election.
        let s = sent("Lee Cheuk-yan was defeated in this constituency.", &es);
        assert!(election_events(&s, Some("ntw")).is_empty());
        let s = sent("Junius Ho was re-elected.", &es);
        assert!(election_events(&s, None).is_empty());
        assert_eq!(election_events(&s, Some("ntw")).len(), 1);
    }
}
