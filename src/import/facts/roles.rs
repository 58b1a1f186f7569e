//! Who someone is, where the sentence says it: Identities from roles and appositives.
//!
//! Three shapes of English news prose, none tied to a country or an office:
//! * the entity's `role` (from the entities step, or an edited entity) written next to its name: before it
//!   ("Japan's Prime Minister Sanae Takaichi", "Prime Minister, Najib Razak") or after it between commas;
//! * a possessive title before a person: "<Country or body>'s <Capitalised Title>[,] <Person>" ("Malaysia's
//!   Prime Minister, Najib Razak");
//! * an appositive after a name, between commas, that is a noun phrase: "John Kerry, the Secretary of
//!   State, …", "Fuad Basya, spokesman for the Indonesian military, said …", "the Rohingya, a stateless
//!   minority of Muslims from Myanmar".

use super::clause::{Named, Sent, curly, is_past, word_count};
use crate::import::entities::gazetteer::{self, GAZETTEER};
use crate::pack::{Claim, EntityKind, Fact};

fn identity(s: &Sent<'_>, n: &Named<'_>, is: &str, country: Option<String>) -> Option<Fact> {
    let is = curly(is.trim())?;
    if is.is_empty() || word_count(&is) > 12 {
        return None;
    }
    let who = n.entity.id.clone();
    let country = country.or_else(|| n.entity.country.clone()).filter(|c| *c != who);
    Some(Fact {
        id: format!("role-{who}"),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Identity { who, is, country },
    })
}

/// The Identities the sentence states.
pub fn identities(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for n in &s.named {
        if matches!(n.entity.kind, EntityKind::Phrase | EntityKind::Issue | EntityKind::Event) || s.in_quote(n.first) {
            continue;
        }
        let titled = stated_role(s, n).or_else(|| possessive_title(s, n));
        // "Chinese Foreign Minister Wang Yi, also a member of the Political Bureau …,": the title before the
        // name and the appositive after it are two things the article says of the person.
        let described = appositive(s, n).filter(|a| titled.as_ref().is_none_or(|t| !same_role(t, a)));
        let found = [titled, described.or_else(|| relative_office(s, n))];
        for f in found.into_iter().flatten() {
            if !out.iter().any(|o: &Fact| o.claim == f.claim) {
                out.push(f);
            }
        }
    }
    out
}

/// Whether two Identities say one role: the same words but for an article or letter case, or one inside
/// the other ("Foreign Minister" and "the foreign minister of the Republic of Korea").
fn same_role(one: &Fact, other: &Fact) -> bool {
    let (Claim::Identity { is: first, .. }, Claim::Identity { is: second, .. }) = (&one.claim, &other.claim) else {
        return false;
    };
    let fold = |text: &str| {
        let text = text.to_lowercase().replace('’', "'");
        ["the ", "a ", "an "].iter().find_map(|a| text.strip_prefix(a).map(str::to_string)).unwrap_or(text)
    };
    let (first, second) = (fold(first), fold(second));
    first.contains(&second) || second.contains(&first)
}

/// Words that date a role: the person held the office before ("former", "late", "then-", "ex-",
/// "outgoing", "retired") or will hold it ("incoming", "-elect"). Such a role stays on the entity as the article
/// writes it, but no Identity is drafted from it: "Who is the former Prime Minister?" has as many answers as
/// the office had holders, and the office without its word is one the person does not hold.
const DATED: [&str; 7] = ["former", "late", "then", "ex", "outgoing", "incoming", "retired"];

/// Whether a role is dated by one of [`DATED`] or ends in "-elect" ("President-elect").
pub fn dated_role(role: &str) -> bool {
    role.split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| DATED.contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("elect"))
}

/// The entity's known role, written right before its name or right after it between commas.
fn stated_role(s: &Sent<'_>, n: &Named<'_>) -> Option<Fact> {
    let role = n.entity.role.as_deref()?.trim();
    // An Identity asks "Who is <role>?": a bare descriptor ("nonpartisan", "DAB's") is not drafted.
    if role.ends_with("'s") || role.ends_with("’s") || role.is_empty() || dated_role(role) {
        return None;
    }
    let start = s.toks.get(n.first)?.range.start;
    let end = s.toks.get(n.end - 1)?.range.end;
    let before = s.text.get(..start)?.trim_end().trim_end_matches(',').trim_end();
    let after = s.text.get(end..)?.trim_start();
    // Curly and straight apostrophes are one ("Japan’s Prime Minister" is the role "Japan's Prime Minister").
    let fold = |t: &str| t.to_lowercase().replace('’', "'");
    // A mention by an alias that holds the title ("Prime Minister Sanae Takaichi") is read up to the name.
    let mention = s.text.get(start..end)?;
    let up_to_name = mention.find(n.entity.name.as_str()).and_then(|off| s.text.get(..start + off)).map(str::trim_end);
    let stated = fold(before).ends_with(&fold(role))
        || up_to_name.is_some_and(|b| b.len() > before.len() && fold(b).ends_with(&fold(role)))
        || after
            .strip_prefix(',')
            .map(str::trim_start)
            .is_some_and(|a| fold(a).starts_with(&format!("{},", fold(role))));
    if !stated {
        return None;
    }
    // "Davies and his Chinese counterpart Wu Dawei": "his" is the person named last before.
    let owner = s
        .named
        .iter()
        .rev()
        .find(|m| m.end <= n.first && m.entity.kind == EntityKind::Person && m.entity.id != n.entity.id)
        .map(|m| m.entity.name.as_str());
    let mut is = with_article(role, before, owner);
    // "President Roh Moo-hyun of the Republic of Korea": a bare title with its country after the name.
    if is.is_empty()
        && s.tok(n.end) == "of"
        && let Some(c) = s.named_at(n.end + 1).filter(|c| c.entity.kind == EntityKind::Country)
    {
        is = format!("the {role} of {}", s.span(c.first, c.end));
    }
    identity(s, n, &is, None)
}

/// A role as the complement of "X is …" and "Who is …?": a definite role as it is ("the supreme commander",
/// "Japan's Prime Minister"); else with the article the text writes before it ("a Unification Ministry
/// senior official, Chun Hae-sung" → "a Unification Ministry senior official"); else, when it starts with a
/// capitalised word that is no title by itself (a demonym, a country, an office: "South Korean President",
/// "Foreign Ministry spokesman"), with "the" — a title with a nation's or an office's name before it names
/// its one holder. A role that is a bare title ("President", "leader", "senior presidential secretary")
/// names nobody by itself and is not drafted (an empty string, which [`identity`] refuses). An office "of" a
/// named body stands as it is ("director of the National Intelligence Service"). After "his" or
/// "her" the role is the `owner`'s, the person the sentence named last before ("Davies and his Chinese
/// counterpart Wu Dawei" → "Glyn Davies's Chinese counterpart"), or nobody's.
fn with_article(role: &str, before: &str, owner: Option<&str>) -> String {
    let definite = role.starts_with("the ") || role.contains("'s ") || role.contains("’s ");
    if definite {
        return role.to_string();
    }
    // The word before the role, where the role is written before the name.
    let written_before = before.to_lowercase().ends_with(&role.to_lowercase());
    let lead = before.len().checked_sub(role.len()).and_then(|cut| before.get(..cut)).unwrap_or("").trim_end();
    let article =
        if written_before { lead.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("") } else { "" };
    if matches!(article, "his" | "her" | "His" | "Her") {
        return owner.map_or_else(String::new, |o| format!("{o}'s {role}"));
    }
    if let Some(a) = ["a", "an", "the"].into_iter().find(|a| article.eq_ignore_ascii_case(a)) {
        return format!("{a} {role}");
    }
    let g = &*GAZETTEER;
    let lower = role.to_lowercase();
    let bare_title = g.titles.get(gazetteer::first_word(&lower)).is_some_and(|l| l.contains(&lower));
    // "director of the National Intelligence Service spy agency": an office of a named body names its holder.
    let of_body =
        role.split(" of ").nth(1).is_some_and(|body| body.starts_with("the ") || body.starts_with(char::is_uppercase));
    if of_body && !bare_title && role.starts_with(char::is_lowercase) && role.split(' ').count() >= 3 {
        return role.to_string();
    }
    let capitalised = role.chars().next().is_some_and(char::is_uppercase);
    if capitalised && !bare_title && role.contains(' ') {
        return format!("the {role}");
    }
    // "Unification Minister Ryoo Kihl-lae": an office with its portfolio names its one holder in the article
    // (the sheet keeps it only if nobody else holds a title ending so: [`one_holder`]).
    if capitalised && bare_title && single_office(role) {
        return format!("the {role}");
    }
    String::new()
}

/// A title of two words or more naming one office by its portfolio ("Foreign Minister", "Chief Cabinet
/// Secretary", "National Security Adviser"), not one of several deputies ("Vice Minister", "Deputy
/// Secretary") nor a head of government, whom every country has ("Prime Minister").
fn single_office(title: &str) -> bool {
    let words: Vec<&str> = title.split(' ').collect();
    let last = words.last().copied().unwrap_or("");
    let first = words.first().copied().unwrap_or("");
    words.len() >= 2
        && ["Minister", "Secretary", "Adviser", "Advisor"].contains(&last)
        && !["Vice", "Deputy", "Assistant", "Under", "Prime"].contains(&first)
}

/// Drops an Identity "the <office>" ([`single_office`]) when another entity's role ends with that office
/// ("the Foreign Minister" beside a "Chinese Foreign Minister"): "Who is the Foreign Minister?" would then
/// have two answers.
pub fn one_holder(facts: &mut Vec<Fact>, entities: &[crate::pack::Entity]) {
    facts.retain(|f| {
        let Claim::Identity { who, is, .. } = &f.claim else { return true };
        let Some(office) = is.strip_prefix("the ").filter(|o| single_office(o)) else { return true };
        let office = office.to_lowercase();
        !entities.iter().any(|e| e.id != *who && e.role.as_deref().is_some_and(|r| r.to_lowercase().ends_with(&office)))
    });
}

const TITLE_STOP: [&str; 16] =
    ["the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "was", "that"];

/// "<X>'s <Title>[,] <Person>": the title is one to four capitalised words (and "of"), right before the
/// person's name; X is a named entity.
fn possessive_title(s: &Sent<'_>, n: &Named<'_>) -> Option<Fact> {
    if !matches!(n.entity.kind, EntityKind::Person | EntityKind::Organisation | EntityKind::Media) {
        return None;
    }
    let mut k = n.first.checked_sub(1)?;
    if s.tok(k) == "," {
        k = k.checked_sub(1)?;
    }
    let title_end = k + 1;
    let mut words = 0;
    while words < 5 && s.tok(k) != "'s" && s.tok(k) != "’s" {
        let w = s.tok(k);
        // Title words: capitalised ("Prime Minister") or, right before a name, lower-case nouns ("main news
        // agency"); never a function word or a verb.
        let titled = w.chars().next().is_some_and(char::is_uppercase)
            || w == "of"
            || (w.chars().all(char::is_lowercase) && !TITLE_STOP.contains(&w) && !w.ends_with("ed"));
        if !titled || s.named.iter().any(|m| m.first <= k && k < m.end) {
            return None;
        }
        words += 1;
        k = k.checked_sub(1)?;
    }
    if words == 0 || !matches!(s.tok(k), "'s" | "’s") || s.is(title_end - 1, "of") {
        return None;
    }
    let owner = s.named_before(k)?;
    let country = (owner.entity.kind == EntityKind::Country).then(|| owner.entity.id.clone());
    identity(s, n, s.span(owner.first, title_end), country)
}

/// "<Name>, <noun phrase>, …": an appositive of up to ten words that starts with an article or a lower-case
/// noun and holds no verb of saying or quote.
fn appositive(s: &Sent<'_>, n: &Named<'_>) -> Option<Fact> {
    // "Hwang Pyong So (left in photo), the vice chairman …": a bracket after the name is passed over.
    let after = if s.tok(n.end) == "(" {
        (n.end + 1..(n.end + 8).min(s.toks.len())).find(|&k| s.tok(k) == ")").map_or(n.end, |k| k + 1)
    } else {
        n.end
    };
    if s.tok(after) != "," || (s.is(n.first.wrapping_sub(1), "to") && s.is(n.first.wrapping_sub(2), "according")) {
        return None;
    }
    // "X, also the head of …," / "X, now the party's whip,": the adverb before the article is not the role.
    let adverb = ["also", "now", "currently", "formerly", "still"];
    let from = after + 1;
    let from =
        if adverb.contains(&s.tok(from)) && matches!(s.tok(from + 1), "the" | "a" | "an") { from + 1 } else { from };
    let close = (from..(from + 16).min(s.toks.len())).find(|&k| matches!(s.tok(k), "," | "." | ";"))?;
    let ends_with_comma = s.tok(close) == ",";
    // "…, foreign minister of the Republic of Korea (ROK)." — a bracketed acronym ends the phrase.
    let close =
        if close >= from + 3 && s.tok(close - 1) == ")" && s.tok(close - 3) == "(" && is_acronym(s.tok(close - 2)) {
            close - 3
        } else {
            close
        };
    let phrase = s.span(from, close);
    let first = s.tok(from);
    // "Choe Ryong Hae, one of the supreme leader's confidants,".
    let article = matches!(first, "the" | "a" | "an") || (first == "one" && s.tok(from + 1) == "of");
    let quantifier = ["both", "all", "each", "some", "many", "most", "several", "none", "other", "others", "including"];
    // "…, held talks here on Monday with …": a verb (irregular past tenses too) opens a clause, not a noun phrase.
    let noun = first.chars().all(char::is_lowercase)
        && first.len() > 3
        && !first.ends_with("ing")
        && !first.ends_with("ed")
        && !is_past(first)
        && !quantifier.contains(&first);
    // An appositive that ends the sentence must be a noun phrase with its article.
    // (or an office of a named body: "…, foreign minister of the Republic of Korea.").
    let of_named = (from + 1..close).any(|k| {
        let body = if s.tok(k + 1) == "the" { k + 2 } else { k + 1 };
        s.tok(k) == "of" && s.named_at(body).or_else(|| s.named_at(k + 1)).is_some_and(|m| m.end == close)
    });
    if !(article || (noun && (ends_with_comma || of_named))) || !(2..=12).contains(&word_count(phrase)) {
        return None;
    }
    let bad = ["said", "says", "who", "which", "that", "but", "was", "were", "is", "are", "has", "had"];
    // "and" joins two names or clauses, except between lowercase words of an office ("senior presidential
    // secretary for foreign affairs and security").
    let joins_words = |k: usize| {
        let lower = |t: &str| !t.is_empty() && t.chars().all(char::is_lowercase);
        k > from && lower(s.tok(k - 1)) && lower(s.tok(k + 1)) && s.named_at(k + 1).is_none()
    };
    if (from..close).any(|k| {
        bad.contains(&s.tok(k).to_lowercase().as_str())
            || (s.tok(k).eq_ignore_ascii_case("and") && !joins_words(k))
            || !s.toks.get(k).is_some_and(|t| t.word) && s.tok(k) != "'s"
    }) {
        return None;
    }
    // A past tense after a noun ("the two governments signed …") is a clause, not an appositive.
    // ("the newly elected vice chairman": a participle after an adverb is no clause's verb.)
    if (from + 1..close)
        .any(|k| is_past(s.tok(k)) && !matches!(s.tok(k - 1), "the" | "a" | "an") && !s.tok(k - 1).ends_with("ly"))
    {
        return None;
    }
    // After the closing comma comes the clause's verb or its end: not a list of names ("X, Y, Z").
    if s.tok(close) == "," && s.named_at(close + 1).is_some() {
        return None;
    }
    identity(s, n, phrase, None)
}

/// A short capitalised abbreviation as an article writes it in brackets ("ROK", "DPRK", "U.S.").
fn is_acronym(t: &str) -> bool {
    (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// "<Person>, who heads <the …>," — the office a relative clause gives: "head of <…>" ("Kim Yang Gon, who heads
/// the ruling party's United Front Department," → "head of the ruling party's United Front Department"); also
/// "chairs" (chair of) and "leads" (leader of). The object starts with "the" or a possessive and runs to the
/// next comma or the sentence's end, at most ten words.
fn relative_office(s: &Sent<'_>, n: &Named<'_>) -> Option<Fact> {
    if n.entity.kind != EntityKind::Person || s.tok(n.end) != "," || s.tok(n.end + 1) != "who" {
        return None;
    }
    let office = match s.tok(n.end + 2) {
        "heads" => "head",
        "chairs" => "chair",
        "leads" => "leader",
        _ => return None,
    };
    let from = n.end + 3;
    let close = (from..(from + 16).min(s.toks.len())).find(|&k| matches!(s.tok(k), "," | "." | ";"))?;
    let object = s.span(from, close);
    let definite = s.tok(from) == "the" || (from + 1..close).any(|k| matches!(s.tok(k), "'s" | "’s"));
    let plain = (from..close).all(|k| s.toks.get(k).is_some_and(|t| t.word) || matches!(s.tok(k), "'s" | "’s" | "-"));
    if !definite || !plain || !(1..=10).contains(&word_count(object)) || s.in_quote(from) {
        return None;
    }
    identity(s, n, &format!("{office} of {object}"), None)
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn roles(text: &str, es: &[crate::pack::Entity]) -> Vec<(String, String, Option<String>)> {
        identities(&sent(text, es))
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Identity { who, is, country } => Some((who, is, country)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_office_with_its_portfolio_names_its_one_holder() {
        let mut vega = entity("vega", Person, "Luis Vega");
        vega.role = Some("Fisheries Minister".into());
        let es = [vega];
        assert_eq!(
            roles("The other official at the talks was Fisheries Minister Luis Vega.", &es),
            vec![("vega".into(), "the Fisheries Minister".into(), None)]
        );
        // A bare title or a deputy's names nobody by itself.
        let mut vice = entity("vega", Person, "Luis Vega");
        vice.role = Some("Vice Minister".into());
        assert!(roles("The other official at the talks was Vice Minister Luis Vega.", &[vice]).is_empty());
        // With a second holder of a title ending so, the identity is dropped.
        let mut ruiz = entity("ruiz", Person, "Ana Ruiz");
        ruiz.role = Some("Chilean Fisheries Minister".into());
        let mut facts = identities(&sent("The other official at the talks was Fisheries Minister Luis Vega.", &es));
        one_holder(&mut facts, &[es[0].clone(), ruiz]);
        assert!(facts.is_empty());
    }

    #[test]
    fn possessive_titles_and_appositives_are_identities() {
        let es = [entity("malaysia", Country, "Malaysia"), entity("najib", Person, "Najib Razak")];
        assert_eq!(
            roles("Discussing his concern, Malaysia's Prime Minister, Najib Razak said, \"We are here\".", &es),
            vec![("najib".into(), "Malaysia's Prime Minister".into(), Some("malaysia".into()))]
        );
        let es = [entity("kerry", Person, "John Kerry"), entity("dept", Organisation, "State Department")];
        assert_eq!(
            roles(
                "The State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister.",
                &es
            ),
            vec![("kerry".into(), "the Secretary of State".into(), None)]
        );
        let es = [entity("basya", Person, "Fuad Basya")];
        assert_eq!(
            roles("Major general Fuad Basya, spokesman for the Indonesian military, said fishermen saw them.", &es),
            vec![("basya".into(), "spokesman for the Indonesian military".into(), None)]
        );
    }

    #[test]
    fn a_role_before_a_name_is_an_identity_with_the_article_it_needs() {
        let with_role = |id: &str, name: &str, role: &str| {
            let mut e = entity(id, Person, name);
            e.role = Some(role.into());
            e
        };
        // A nation's title before the name names its one holder: "Who is the South Korean President?"
        let park = with_role("park", "Park Geun-hye", "South Korean President");
        assert_eq!(
            roles(
                "South Korean President Park Geun-hye said Tuesday she hopes for peace.",
                std::slice::from_ref(&park)
            ),
            vec![("park".into(), "the South Korean President".into(), None)]
        );
        // The article the text writes before the role is kept.
        let chun = with_role("chun", "Chun Hae-sung", "Unification Ministry senior official");
        assert_eq!(
            roles("There was no harmony, according to a Unification Ministry senior official, Chun Hae-sung.", &[chun]),
            vec![("chun".into(), "a Unification Ministry senior official".into(), None)]
        );
        // A bare title or a lowercase descriptor names nobody by itself.
        let lee = with_role("lee", "Lee Jae-myung", "President");
        assert!(roles("President Lee Jae-myung spoke.", &[lee]).is_empty());
        let kim = with_role("kim", "Kim Kyou-hyun", "senior presidential secretary");
        assert!(roles("It was announced by senior presidential secretary Kim Kyou-hyun.", &[kim]).is_empty());
        let abe = with_role("abe", "Shinzo Abe", "Prime Minister");
        assert!(roles("Prime Minister Shinzo Abe spoke.", &[abe]).is_empty());
    }

    #[test]
    fn an_appositive_may_follow_a_bracket_start_with_one_of_or_hold_a_participle() {
        let es =
            [entity("hwang", Person, "Hwang Pyong So"), entity("ndc", Organisation, "National Defense Commission")];
        assert_eq!(
            roles(
                "The delegation was led by Hwang Pyong So (left in photo), the newly elected vice chairman of the \
                 National Defense Commission, who is seen as the second official.",
                &es
            ),
            vec![("hwang".into(), "the newly elected vice chairman of the National Defense Commission".into(), None)]
        );
        // An adverb of time or addition before the article is no part of the role.
        let es = [entity("berg", Person, "Tomas Berg"), entity("greens", Organisation, "Green Party")];
        assert_eq!(
            roles("Tomas Berg, now the chief whip of the Green Party, said the vote would wait.", &es),
            vec![("berg".into(), "the chief whip of the Green Party".into(), None)]
        );
        assert_eq!(
            roles("Tomas Berg, also the head of the harbour board, said the vote would wait.", &es),
            vec![("berg".into(), "the head of the harbour board".into(), None)]
        );
        let es = [entity("choe", Person, "Choe Ryong Hae")];
        assert_eq!(
            roles("With him was Choe Ryong Hae, one of the supreme leader's confidants, and others.", &es),
            vec![("choe".into(), "one of the supreme leader's confidants".into(), None)]
        );
        // "and" between the lowercase words of an office.
        let es = [entity("kim", Person, "Kim Kyou-hyun")];
        assert_eq!(
            roles("Kim Kyou-hyun, senior presidential secretary for foreign affairs and security, said so.", &es),
            vec![("kim".into(), "senior presidential secretary for foreign affairs and security".into(), None)]
        );
        assert!(roles("Kim Kyou-hyun, the envoy and Lee Jae-myung, said so.", &es).is_empty());
        // A past tense after a noun is still a clause, not an appositive.
        let es = [entity("kim", Person, "Kim Yong Il")];
        assert!(roles("Kim Yong Il, the two governments signed, will lead.", &es).is_empty());
    }

    #[test]
    fn a_title_before_a_name_and_an_appositive_after_it_are_two_identities() {
        let mut wang = entity("wang", Person, "Wang Yi");
        wang.role = Some("Chinese Foreign Minister".into());
        let es = [wang, entity("cho", Person, "Cho Tae-yul"), entity("bureau", Organisation, "Political Bureau")];
        assert_eq!(
            roles(
                "Chinese Foreign Minister Wang Yi, also a member of the Political Bureau, held talks with Cho Tae-yul.",
                &es
            ),
            vec![
                ("wang".into(), "the Chinese Foreign Minister".into(), None),
                ("wang".into(), "a member of the Political Bureau".into(), None)
            ]
        );
        // One role written twice is one Identity.
        assert_eq!(
            roles("Chinese Foreign Minister Wang Yi, the Chinese foreign minister, met Cho Tae-yul.", &es).len(),
            1
        );
    }

    #[test]
    fn an_office_of_a_named_body_may_close_the_sentence_before_its_abbreviation() {
        let es = [entity("cho", Person, "Cho Tae-yul"), entity("rok", Country, "Republic of Korea")];
        assert_eq!(
            roles("Wang held talks here with Cho Tae-yul, foreign minister of the Republic of Korea (ROK).", &es),
            vec![("cho".into(), "foreign minister of the Republic of Korea".into(), None)]
        );
        // A bare noun phrase closing the sentence may be an object's complement: not drafted.
        assert!(roles("Wang held talks here with Cho Tae-yul, foreign minister.", &es).is_empty());
    }

    #[test]
    fn a_clause_after_a_name_is_no_appositive_even_with_an_irregular_verb() {
        let es = [entity("bureau", Organisation, "Political Bureau"), entity("cho", Person, "Cho Tae-yul")];
        assert!(
            roles(
                "Wang Yi, also a member of the Political Bureau, held talks here on Monday with Cho Tae-yul, in Seoul.",
                &es
            )
            .is_empty()
        );
    }

    #[test]
    fn a_relative_clause_of_office_and_a_pronouns_role_are_identities() {
        let es = [entity("kim", Person, "Kim Yang Gon"), entity("ufd", Organisation, "United Front Department")];
        assert_eq!(
            roles(
                "With him was Kim Yang Gon, who heads the ruling party's United Front Department, which is in charge.",
                &es
            ),
            vec![("kim".into(), "head of the ruling party's United Front Department".into(), None)]
        );
        assert!(roles("With him was Kim Yang Gon, who heads home tomorrow.", &es).is_empty());
        let mut wu = entity("wu", Person, "Wu Dawei");
        wu.role = Some("Chinese counterpart".into());
        let es = [entity("davies", Person, "Glyn Davies"), wu];
        assert_eq!(
            roles("He was asked about talks between Glyn Davies and his Chinese counterpart Wu Dawei.", &es),
            vec![("wu".into(), "Glyn Davies's Chinese counterpart".into(), None)]
        );
        let mut choe = entity("choe", Person, "Choe Son-hui");
        choe.role = Some("deputy".into());
        let es = [entity("ri", Person, "Ri Yong-ho"), choe];
        assert_eq!(
            roles("Ri Yong-ho, and his deputy, Choe Son-hui, arrived.", &es),
            vec![("choe".into(), "Ri Yong-ho's deputy".into(), None)]
        );
        // A role written after the name takes no word before the name for its article.
        let mut wang = entity("wang", Person, "Wang Yi");
        wang.role = Some("Chinese vice-foreign minister".into());
        assert_eq!(
            roles("Heads are his Wang Yi, Chinese vice-foreign minister, and others.", &[wang]),
            vec![("wang".into(), "the Chinese vice-foreign minister".into(), None)]
        );
        // "his" with nobody named before it names no one.
        assert!(roles("He met his Chinese counterpart Wu Dawei.", &es[1..]).is_empty());
    }

    #[test]
    fn a_bare_title_with_its_country_after_the_name_and_an_office_of_a_body_are_identities() {
        let mut roh = entity("roh", Person, "Roh Moo-hyun");
        roh.role = Some("President".into());
        let es = [roh, entity("rok", Country, "the Republic of Korea")];
        assert_eq!(
            roles("Abe flew to Seoul for talks with President Roh Moo-hyun of the Republic of Korea (ROK).", &es),
            vec![("roh".into(), "the President of the Republic of Korea".into(), None)]
        );
        let mut suh = entity("suh", Person, "Suh Hoon");
        suh.role = Some("director of the National Intelligence Service spy agency".into());
        assert_eq!(
            roles("The envoys included director of the National Intelligence Service spy agency, Suh Hoon.", &[suh]),
            vec![("suh".into(), "director of the National Intelligence Service spy agency".into(), None)]
        );
    }

    #[test]
    fn a_list_of_names_is_not_an_appositive_and_a_known_role_needs_its_words() {
        let es = [entity("a", Person, "Ann Lee"), entity("b", Person, "Bo Chan")];
        assert!(roles("Ann Lee, Bo Chan, and others won.", &es).is_empty());
        let mut kim = entity("kim", Person, "Kim Jong-un");
        kim.role = Some("the supreme commander".into());
        assert_eq!(
            roles("Kim Jong-un, the supreme commander, issued an order.", std::slice::from_ref(&kim)),
            vec![("kim".into(), "the supreme commander".into(), None)]
        );
        assert!(roles("Kim Jong-un issued an order.", &[kim]).is_empty());
        let mut takaichi = entity("takaichi", Person, "Sanae Takaichi");
        takaichi.role = Some("Japan's Prime Minister".into());
        assert_eq!(
            roles("Lee met Japan’s Prime Minister Sanae Takaichi.", std::slice::from_ref(&takaichi)),
            vec![("takaichi".into(), "Japan's Prime Minister".into(), None)]
        );
        // The same, when the mention is an alias holding the title.
        let mut es = vec![takaichi];
        es[0].name = "Prime Minister Sanae Takaichi".into();
        es[0].aliases = vec!["Sanae Takaichi".into()];
        let s = sent("Lee met Japan’s Prime Minister Sanae Takaichi.", &es);
        let mut t = es[0].clone();
        t.name = "Sanae Takaichi".into();
        let n = Named { entity: &t, first: s.named[0].first, end: s.named[0].end };
        assert_eq!(
            stated_role(&s, &n).map(|f| f.claim),
            Some(Claim::Identity { who: "takaichi".into(), is: "Japan's Prime Minister".into(), country: None })
        );
    }
}
