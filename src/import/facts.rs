//! Step 3 of drafting: facts from single sentences.
//!
//! Each drafted fact names entities found by [`super::entities`] and carries, as its evidence, the sentence
//! of [`super::text::Article::text`] that states it, verbatim. A pattern that does not match cleanly
//! drafts nothing: the sheet step checks the draft and drops what the checker refuses, but a fact that
//! checks and is wrong cannot be caught there.
//!
//! The patterns, each in its own module with tests on real sentences: [`speech`] (direct quotes with their
//! speaker, "according to X"), [`actions`] (what a named subject says, does, plans or is: Statements,
//! Stances, Meetings, Visits, Identities, dated Events), [`talks`] (talks, meetings and arrivals named by a
//! noun, held, going on or planned), [`plans`] (meetings to come of named parties, with their place and
//! date), [`events`] (happenings with the date the clause states: a day, a month,
//! a year), [`roles`] (titles and appositives), [`quantity`] (numbers that make a clean "How many"
//! question), [`reasons`] (why an act was done, where one sentence says it after an explicit link) and, last,
//! [`passage`] (a sentence about a named party that no other pattern reads, kept whole for its blanks). They share the clause grammar of [`clause`].

pub mod actions;
pub mod clause;
pub mod events;
pub mod it;
pub mod pairs;
pub mod passage;
pub mod plans;
pub mod quantity;
pub mod reasons;
pub mod refer;
pub mod relative;
pub mod results;
pub mod roles;
pub mod since;
pub mod speech;
pub mod talks;
pub mod tidy;

use super::entities::Found;
use super::text::Article;
use crate::pack::{Claim, Fact};
use clause::Sent;

/// Drafts the facts the article's sentences state, in text order, with unique ids. A claim drafted twice
/// (by two patterns, or from two sentences) is kept once, from its first sentence.
pub fn draft(article: &Article, found: &Found) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    let dateline = article.date();
    // Whether a quotation opened in an earlier sentence of the paragraph is still open.
    let mut open: Option<usize> = None;
    // The one person the previous sentence named, with its paragraph, for an opening "He" or "She".
    let mut person: Option<(usize, &crate::pack::Entity)> = None;
    let mut sents = Vec::new();
    // "the agency", "the spokesman": read as mentions of the entity they refer back to.
    let refs = refer::back_references(article, found);
    // The countries named so far, as (paragraph, entity index), in text order, for "both countries".
    let mut countries: Vec<(usize, usize)> = Vec::new();
    // Countries meant without a mention of their own ("the two Koreas", "Seoul" for its government).
    let meant = crate::import::entities::countries_meant(&article.text, found);
    let meant_within = |r: &std::ops::Range<usize>| {
        meant.iter().filter(|m| m.range.start >= r.start && m.range.end <= r.end).map(|m| m.entity).collect::<Vec<_>>()
    };
    for (paragraph, range) in article.sentences() {
        let text = article.slice(&range);
        let mut here: Vec<(std::ops::Range<usize>, usize)> = found
            .within(&range)
            .map(|m| (m.range.clone(), m.entity))
            .chain(refs.iter().filter(|(r, _)| r.start >= range.start && r.end <= range.end).cloned())
            .collect();
        here.sort_by_key(|(r, _)| r.start);
        let mentions = here.into_iter().filter_map(|(r, e)| {
            let entity = found.entities.get(e)?;
            Some((r.start - range.start..r.end - range.start, entity))
        });
        // The two countries "both countries" means: the only two named before it in this paragraph and the
        // one before (none when fewer or more are named there).
        let phrase_at = text.to_lowercase().find("both countries").or_else(|| {
            ["the two countries", "the two nations", "the two koreas", "both nations", "the two governments"]
                .iter()
                .find_map(|p| text.to_lowercase().find(p))
        });
        let pair = phrase_at.and_then(|at| {
            let before = countries.iter().copied().chain(
                found
                    .within(&range)
                    .filter(|m| m.range.start < range.start + at)
                    .filter(|m| {
                        found.entities.get(m.entity).is_some_and(|e| e.kind == crate::pack::EntityKind::Country)
                    })
                    .map(|m| (paragraph, m.entity))
                    .chain(meant_within(&range).into_iter().map(|e| (paragraph, e))),
            );
            // Exactly two countries in the window: with a third, "the two" could be any two of them.
            let mut named: Vec<usize> = Vec::new();
            for (p, e) in before {
                if p + 1 >= paragraph && !named.contains(&e) {
                    named.push(e);
                }
            }
            match named.as_slice() {
                [a, b] => Some((found.entities.get(*a)?, found.entities.get(*b)?)),
                _ => None,
            }
        });
        countries.extend(
            found
                .within(&range)
                .filter(|m| found.entities.get(m.entity).is_some_and(|e| e.kind == crate::pack::EntityKind::Country))
                .map(|m| (paragraph, m.entity))
                .chain(meant_within(&range).into_iter().map(|e| (paragraph, e))),
        );
        let s = Sent::within_quote(text, paragraph, mentions, dateline, open == Some(paragraph))
            // A paragraph opening with a quotation ("…," she said) or with "He" or "She" ("But he insisted …")
            // may be the person the paragraph before ended on.
            .with_pronoun(
                person
                    .filter(|(p, _)| {
                        *p == paragraph
                            || (*p + 1 == paragraph
                                && (text.starts_with(['"', '“']) || speech::opens_with_pronoun(text)))
                    })
                    .map(|(_, e)| e),
            )
            .with_pair(pair);
        // "They" opening a sentence: the one pair of names that was the subject of the sentence before.
        let they = sents.last().filter(|p: &&Sent<'_>| p.paragraph + 1 >= paragraph).and_then(refer::plural_antecedent);
        let s = s.with_they(they);
        // "It" opening a sentence: the one country or body the sentence before was about.
        let it = sents.last().filter(|p: &&Sent<'_>| p.paragraph + 1 >= paragraph).and_then(|p| it::body_antecedent(p));
        let s = s.with_it(it);
        open = s.open_at_end().then_some(paragraph);
        // "He said …. He added …": a sentence whose "He" or "She" is the person before names them again.
        let named_again = s.pronoun.filter(|_| speech::opens_with_pronoun(text) && s.only_person().is_none());
        person = s.only_person().or(named_again).map(|e| (paragraph, e));
        sents.push(s);
    }
    // Per paragraph, the parties named beside more than one person.
    let mut people: Vec<(usize, String, String)> = Vec::new();
    for s in &sents {
        for (party, person) in results::party_people(s) {
            if !people.iter().any(|(p, a, b)| *p == s.paragraph && *a == party && *b == person) {
                people.push((s.paragraph, party, person));
            }
        }
    }
    let shared = |paragraph: usize| -> Vec<String> {
        let mine: Vec<&String> = people.iter().filter(|(p, _, _)| *p == paragraph).map(|(_, a, _)| a).collect();
        let mut out: Vec<String> =
            mine.iter().filter(|a| mine.iter().filter(|b| b == a).count() > 1).map(|a| (*a).clone()).collect();
        out.dedup();
        out
    };
    let mut speakers = speech::Speakers::default();
    // The electoral area a paragraph's first result named ("In the Kowloon West geographical constituency,
    // …"), for the lists that go on in its next sentences.
    let mut area: Option<(usize, String)> = None;
    for (i, s) in sents.iter().enumerate() {
        let mut facts = roles::identities(s);
        if let Some(own) = results::area_of(s).or_else(|| results::area_in(s)).filter(|_| results::reports_result(s)) {
            area = Some((s.paragraph, own));
        }
        let paragraph_area = area.as_ref().filter(|(p, _)| *p == s.paragraph).map(|(_, a)| a.as_str());
        // An election's place must be named in its own sentence (the checker's rule for a place slot).
        facts.extend(results::election_events(s, results::area_place(s).as_deref()));
        facts.extend(results::results(s, paragraph_area, &shared(s.paragraph)));
        // A sentence wholly inside a quotation that goes on into later sentences is its speaker's, named
        // where the quotation closes: `"… afternoon. They … side. Six shells …", said KCNA.`
        if let Some((from, quoted)) = whole_quote(&sents, i, &speakers) {
            facts.extend(speech::statement(s, &quoted.speaker, &quoted.verb, from, s.toks.len()));
            facts.extend(quantity::quoted(s, &speech::Quoted { from, to: s.toks.len(), ..quoted }));
        }
        let (said, quotations) = speech::quotations(s, &mut speakers);
        facts.extend(said);
        for q in &quotations {
            facts.extend(quantity::quoted(s, q));
        }
        facts.extend(speech::according(s));
        facts.extend(speech::trailing_said(s));
        facts.extend(speech::said_after_leading(s));
        facts.extend(speech::office_spokesman(s));
        facts.extend(actions::clauses(s));
        facts.extend(actions::event(s));
        facts.extend(actions::dated_action(s));
        facts.extend(events::events(s));
        facts.extend(actions::noun_meeting(s));
        facts.extend(actions::agreement(s));
        facts.extend(actions::coordinated(s));
        facts.extend(actions::reported_clause(s));
        facts.extend(actions::relative_according(s));
        facts.extend(actions::relation(s));
        facts.extend(actions::person_visit(s));
        facts.extend(actions::pair_clause(s));
        facts.extend(actions::they_clause(s));
        facts.extend(actions::passive_agent(s));
        facts.extend(quantity::quantities(s));
        // A meeting to come with its parties before one named by its noun alone, which it would repeat.
        facts.extend(plans::planned_meeting(s));
        facts.extend(talks::talks(s));
        facts.extend(talks::agenda(s, &found.entities));
        facts.extend(reasons::reasons(s));
        facts.extend(since::states(s));
        facts.extend(relative::who_clauses(s));
        for fact in facts {
            if !out.iter().any(|f| f.claim == fact.claim) {
                push_unique(&mut out, fact);
            }
        }
    }
    // "has also indicated" → "has indicated"; a pronoun that points outside its fact refuses the fact.
    let kind = |id: &str| found.entities.iter().find(|e| e.id == id).map(|e| e.kind);
    let mut out: Vec<Fact> = out
        .into_iter()
        .filter_map(|f| tidy::tidy(f, kind))
        .filter_map(|f| tidy::unnamed_place(f, &found.entities))
        .collect();
    talks::one_plan_per_place(&mut out);
    // "Who is the DAB candidate elected in …?" has one answer only if one person is so described.
    let shared: Vec<String> = out
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Identity { who, is, .. } => Some((who, is)),
            _ => None,
        })
        .filter(|(who, is)| {
            out.iter().any(|g| matches!(&g.claim, Claim::Identity { who: w, is: i, .. } if i == *is && w != *who))
        })
        .map(|(_, is)| is.clone())
        .collect();
    out.retain(|f| !matches!(&f.claim, Claim::Identity { is, .. } if shared.contains(is)));
    roles::one_holder(&mut out, &found.entities);
    // Last: a sentence about a named party that no pattern above read is kept whole, to be asked by a blank.
    for fact in passage::passages(&sents, &out) {
        push_unique(&mut out, fact);
    }
    out
}

/// Whether sentence `i` is wholly a quotation that goes on into the next sentence (it opens with a quote
/// mark or inside a quotation, holds no other quote mark, and the quotation is open at its end): where its
/// words start, and the quotation as its speaker is named by the later sentence of the same paragraph
/// where it closes.
fn whole_quote(sents: &[Sent<'_>], i: usize, speakers: &speech::Speakers) -> Option<(usize, speech::Quoted)> {
    let s = sents.get(i)?;
    let mark = |t: &str| matches!(t, "\"" | "“" | "”");
    let from = usize::from(mark(s.tok(0)) && !s.in_quote(0));
    if !(s.in_quote(0) || from == 1) || !s.open_at_end() || (from..s.toks.len()).any(|k| mark(s.tok(k))) {
        return None;
    }
    let mut speakers = speakers.clone();
    for later in sents.iter().skip(i + 1) {
        if later.paragraph != s.paragraph || !later.in_quote(0) {
            return None;
        }
        let (_, quotations) = speech::quotations(later, &mut speakers);
        if let Some(q) = quotations.into_iter().find(|q| q.continued) {
            return Some((from, q));
        }
        if !later.open_at_end() || (0..later.toks.len()).any(|k| mark(later.tok(k))) {
            return None;
        }
    }
    None
}

/// Adds `fact`, giving it a fresh id (`id-2`, `id-3`, …) when its id is taken.
pub fn push_unique(out: &mut Vec<Fact>, mut fact: Fact) {
    let base = fact.id.clone();
    let mut n = 1;
    while out.iter().any(|f| f.id == fact.id) {
        n += 1;
        fact.id = format!("{base}-{n}");
    }
    out.push(fact);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{mentions, text};
    use crate::pack::{Entity, EntityKind};

    fn entity(id: &str, kind: EntityKind, name: &str) -> Entity {
        Entity::new(id, kind, name)
    }

    #[test]
    fn odd_text_drafts_without_panicking() {
        let bodies = [
            "\"Unclosed quote, said Kim. \" \" \", said Kim.",
            "Kim met with. Kim visited. Kim said: \"",
            "Kim, , , said 5 people. 12,000,000 people were. About 3 élan vital seekers 🎉 were counted by Kim.",
            "“Curly” Kim, the ‘leader’, urged 7 ... Kim's meeting with Kim on 31 February.",
            "According to Kim, . Kim is . Kim was elected with 1,2,3 votes by 9 votes.",
            "Said. He said. Both countries. The agency said. Relations between. No. Which, according to Kim, .",
            "Kim and Seoul have. Relations between Kim and Kim are. The two countries had been. No ships were.",
            "The plan was rejected by Kim. A b c which, according to Kim, Seoul criticised. , he said.",
        ];
        let es = vec![entity("kim", EntityKind::Person, "Kim"), entity("seoul", EntityKind::City, "Seoul")];
        for body in bodies {
            let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
                .expect("an article");
            let found = mentions::locate(&a, es.clone());
            for f in draft(&a, &found) {
                assert!(a.text.contains(&f.evidence), "{f:?}");
            }
        }
    }

    #[test]
    fn a_role_after_an_adverb_in_an_appositive_is_an_identity() {
        let body = "Tomas Berg, now the chief whip of the Green Party, said the vote would be delayed.";
        let a = text::read(format!("Headline\n\n{body}\n").as_bytes(), "a.txt").expect("an article");
        let es = vec![
            entity("berg", EntityKind::Person, "Tomas Berg"),
            entity("greens", EntityKind::Organisation, "Green Party"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        let is: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Identity { who, is, .. } if who == "berg" => Some(is.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(is, vec!["the chief whip of the Green Party".to_string()], "{facts:?}");
        assert!(
            facts
                .iter()
                .any(|f| matches!(&f.claim, crate::pack::Claim::Statement { speaker, .. } if speaker == "berg"))
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_is_its_closing_speaker_s() {
        let body = "\"The enemy and its puppet soldiers made another grave provocation on the front line in the western \
                    sector on Thursday afternoon. They fired 36 shells at the posts. Six shells of them hit the area near the posts\", said \
                    KCNA.\n\nThe end came later that week for many of them.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let facts = draft(&a, &mentions::locate(&a, vec![entity("kcna", EntityKind::Media, "KCNA")]));
        let said: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Statement { speaker, said, .. } if speaker == "kcna" => Some(said.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            said,
            vec![
                "said “The enemy and its puppet soldiers made another grave provocation on the front line in the western sector …”",
                // "They fired 36 shells" is refused: its "They" is the sentence before's "enemy", which a
                // learner reading the statement alone cannot place.
                "said “Six shells of them hit the area near the posts”",
            ]
        );
        let asked: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Quantity { question, .. } => Some(question.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            asked,
            vec!["According to KCNA, how many shells hit the area near the posts?"],
            "\"They fired 36 shells\" has no named subject to ask about"
        );
        assert!(facts.iter().all(|f| a.text.contains(&f.evidence)));
    }

    #[test]
    fn every_evidence_is_a_sentence_of_the_article_and_ids_are_unique() {
        let body = "Lee Jae-myung met with Xi Jinping in Seoul on Friday. Lee Jae-myung met with Xi Jinping again. \
                    Xi Jinping said the talks were \"very useful for both countries today\".";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![
            entity("lee", EntityKind::Person, "Lee Jae-myung"),
            entity("xi", EntityKind::Person, "Xi Jinping"),
            entity("seoul", EntityKind::City, "Seoul"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        let ids: std::collections::BTreeSet<&str> = facts.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), facts.len());
        assert!(facts.len() >= 3, "{facts:#?}");
        assert!(facts.iter().all(|f| a.text.contains(&f.evidence)));
    }

    #[test]
    fn the_agency_speaks_for_the_outlet_named_before() {
        let body = "North Korea's state media KCNA reported the launch on Monday.\n\n\
                    \"The test was a success and a warning to the enemy\", the agency said. The agency also accused Seoul of staging provocations near the border.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![
            entity("kcna", EntityKind::Media, "KCNA"),
            entity("nk", EntityKind::Country, "North Korea"),
            entity("seoul", EntityKind::City, "Seoul"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        let of_kcna: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Statement { speaker, said, .. } if speaker == "kcna" => Some(said.clone()),
                crate::pack::Claim::Stance { actor, stance, .. } if actor == "kcna" => Some(stance.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            of_kcna,
            vec![
                "said “The test was a success and a warning to the enemy”",
                "accused Seoul of staging provocations near the border"
            ]
        );
    }

    #[test]
    fn he_goes_on_meaning_the_speaker_through_several_sentences() {
        let body = "Foreign Minister Paulo Rangel said the talks had cleared the way for a treaty. He added that \
                    inspectors would visit the ports every month.\n\n\
                    He told reporters the quotas would be published in April.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![entity("rangel", EntityKind::Person, "Paulo Rangel")];
        let facts = draft(&a, &mentions::locate(&a, es));
        let said: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Statement { speaker, said, .. } if speaker == "rangel" => Some(said.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            said,
            vec![
                "said the talks had cleared the way for a treaty",
                "added that inspectors would visit the ports every month",
                "told reporters the quotas would be published in April"
            ]
        );
    }

    #[test]
    fn a_paragraph_s_area_may_come_after_its_first_result() {
        let body = "Pan-democrat Anna Wu of the Civic Party was elected with 40,000 votes in the Kowloon Central geographical constituency. \
                    Other candidates elected in this district were DAB's Ben Lau and FTU's Mary Ho.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![
            entity("wu", EntityKind::Person, "Anna Wu"),
            entity("lau", EntityKind::Person, "Ben Lau"),
            entity("ho", EntityKind::Person, "Mary Ho"),
            entity("civic", EntityKind::Organisation, "Civic Party"),
            entity("dab", EntityKind::Organisation, "DAB"),
            entity("ftu", EntityKind::Organisation, "FTU"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        let who_is: Vec<(String, String)> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Identity { who, is, .. } => Some((who.clone(), is.clone())),
                _ => None,
            })
            .collect();
        assert!(
            who_is.contains(&(
                "lau".into(),
                "the DAB candidate elected in the Kowloon Central geographical constituency".into()
            )),
            "{who_is:?}"
        );
        assert!(
            who_is.contains(&(
                "ho".into(),
                "the FTU candidate elected in the Kowloon Central geographical constituency".into()
            )),
            "{who_is:?}"
        );
    }

    #[test]
    fn both_countries_means_the_two_countries_named_just_before() {
        let body = "Japan protested after China sent coast guard ships near the islands.\n\n\
                    Both countries have since sent more patrol boats into the area.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![entity("jp", EntityKind::Country, "Japan"), entity("cn", EntityKind::Country, "China")];
        let facts = draft(&a, &mentions::locate(&a, es));
        let stances: Vec<(String, String)> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Stance { actor, stance, .. } if f.evidence.starts_with("Both") => {
                    Some((actor.clone(), stance.clone()))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            stances,
            vec![
                ("jp".into(), "has since sent, with China, more patrol boats into the area".into()),
                ("cn".into(), "has since sent, with Japan, more patrol boats into the area".into()),
            ]
        );
    }

    #[test]
    fn both_countries_may_be_two_capitals_standing_for_their_governments() {
        let body = "Seoul and Pyongyang issued separate statements on the talks.\n\n\
                    Both countries have since sent more envoys to the border.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let facts = draft(&a, &crate::import::entities::find(&a));
        let mut actors: Vec<String> = facts
            .iter()
            .filter_map(|f| match &f.claim {
                crate::pack::Claim::Stance { actor, .. } if f.evidence.starts_with("Both") => Some(actor.clone()),
                _ => None,
            })
            .collect();
        actors.sort();
        assert_eq!(actors, ["north-korea", "south-korea"], "{facts:#?}");
    }

    #[test]
    fn the_two_countries_mean_nobody_when_three_were_named() {
        let body = "China sent ships near the islands. Japan protested, and the United States backed Japan.\n\n\
                    Relations between the two countries had been warming before the dispute.";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![
            entity("cn", EntityKind::Country, "China"),
            entity("jp", EntityKind::Country, "Japan"),
            entity("us", EntityKind::Country, "United States"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        assert!(!facts.iter().any(|f| matches!(f.claim, crate::pack::Claim::Relation { .. })), "{facts:#?}");
    }
}
