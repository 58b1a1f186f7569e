//! The two modes the learner's history chooses questions for — Review due (what FSRS says is due today) and
//! Weak spots (one question per weak fact, as `stats` defines them) — and how a quiz is built from the cards
//! they pick.
//!
//! Selection returns cards (pack, family, facts); [`questions_for`] turns them into questions from a pack's
//! bank, one per family, so the GUI and the CLI build quizzes the same way.

use std::cmp::Ordering;

use super::history::History;
use super::schedule::{Card, Now, Scheduler};
use super::stats::weak_facts;
use crate::question::Question;

/// The cards due on `now`'s study day (overdue included), in `pack` or across all packs: the most overdue
/// first, then the least likely to be recalled.
pub fn due_cards<'h>(history: &'h History, scheduler: &Scheduler, now: Now, pack: Option<&str>) -> Vec<&'h Card> {
    let today = now.day();
    let mut due: Vec<(i64, f64, &Card)> = history
        .cards
        .values()
        .filter(|c| pack.is_none_or(|p| c.pack == p))
        .map(|c| (scheduler.due_day(c), c))
        .filter(|&(d, _)| d <= today)
        .map(|(d, c)| (d, scheduler.retrievability(c, now), c))
        .collect();
    due.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then_with(|| a.2.key().cmp(&b.2.key())));
    due.into_iter().map(|(_, _, c)| c).collect()
}

/// The Weak spots cards (in `pack`, or across all packs), at most `count`: one card per weak fact
/// ([`super::stats::weak_facts`], the facts the Progress screen lists), weakest fact first; of a fact's cards
/// the one with the lowest accuracy, then the lowest retrievability now. A card two weak facts share is asked
/// once. A fact that is not weak (answered rightly enough, last answer right) is not asked.
pub fn weak_cards<'h>(
    history: &'h History,
    scheduler: &Scheduler,
    now: Now,
    pack: Option<&str>,
    count: usize,
) -> Vec<&'h Card> {
    let mut out: Vec<&Card> = Vec::new();
    for fact in weak_facts(history, scheduler, now, pack) {
        if out.len() >= count {
            break;
        }
        let weakest = fact
            .families
            .iter()
            .filter_map(|family| history.cards.get(&(fact.pack.clone(), family.clone())))
            .filter(|c| !out.iter().any(|o| o.key() == c.key()))
            .map(|c| (c.accuracy(), scheduler.retrievability(c, now), c))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).then_with(|| a.2.key().cmp(&b.2.key())));
        if let Some((_, _, card)) = weakest {
            out.push(card);
        }
    }
    out
}

/// A quiz for `cards`, in their order, from the bank of the pack with id `pack`: one question per card of
/// that pack whose family the bank still has (a pack edited since may have lost some), at most `count`.
/// Of a family's questions it takes, deterministically, one other than the one asked last time when there
/// is a choice, so a learner does not see the very same wording twice in a row.
pub fn questions_for(bank: &[Question], pack: &str, cards: &[&Card], count: usize) -> Vec<Question> {
    questions_across(&[(pack, bank)], cards, count).into_iter().map(|(_, q)| q).collect()
}

/// A quiz for `cards` across several packs: `banks` holds each pack's id and bank; the result pairs each
/// question with the index in `banks` of the pack it comes from, in the cards' order, at most `count`.
/// Cards of a pack not in `banks` (removed, or broken since) are passed over.
pub fn questions_across(banks: &[(&str, &[Question])], cards: &[&Card], count: usize) -> Vec<(usize, Question)> {
    let mut out = Vec::new();
    for card in cards {
        if out.len() >= count {
            break;
        }
        let Some(at) = banks.iter().position(|(id, _)| *id == card.pack) else { continue };
        if let Some(q) = question_for(banks[at].1, card) {
            out.push((at, q.clone()));
        }
    }
    out
}

/// The question of `bank` that asks `card`'s family: one other than the one asked last time when there is
/// a choice, the first such in bank order.
fn question_for<'b>(bank: &'b [Question], card: &Card) -> Option<&'b Question> {
    bank.iter().filter(|q| q.family() == card.family).min_by(|a, b| {
        match (a.id == card.last_question, b.id == card.last_question) {
            (false, true) => Ordering::Less,
            (true, false) => Ordering::Greater,
            _ => Ordering::Equal,
        }
    })
}

/// The fact ids of `cards`, without repeats, in order: for a quiz filter (`QuizSettings::facts`).
pub fn facts_of(cards: &[&Card]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in cards.iter().flat_map(|c| &c.facts) {
        if !out.contains(f) {
            out.push(f.clone());
        }
    }
    out
}
