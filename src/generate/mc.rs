//! Multiple choice: a slot question with the answer and three same-type distractors.

use super::distractors::{Bound, candidates, contradicts, is_false_variant, quantity_bound, same_level};
use super::{Gen, display, question, spread};
use crate::generate::phrasing::{Ask, Val, number_style};
use crate::pack::Fact;
use crate::question::Question;
use crate::question::{Body, QuestionKind};
use crate::text::fold;

/// The multiple-choice question for one slot, if three distractors that differ visibly exist. Exactly one
/// option makes the sentence true: a number stated as a lower or upper bound ("more than {n}", "less than
/// {n}", "the first in {n} months") gets no multiple choice, since any smaller (larger) option would be true
/// as well and the right one would always be the smallest (largest); one stated as an approximation
/// ("about {n}") gets only distractors far enough off to contradict it ([`contradicts`]). A place is offered
/// only beside places of its own level ([`same_level`]), or gets no multiple choice.
pub fn from_ask(g: &Gen, fact: &Fact, ask: &Ask) -> Option<Question> {
    from_padded_ask(g, fact, ask, &super::padded(&ask.stem))
}

/// [`from_ask`] with the stem already folded and padded ([`super::padded`]).
pub fn from_padded_ask(g: &Gen, fact: &Fact, ask: &Ask, stem: &str) -> Option<Question> {
    let bound = quantity_bound(&fact.claim);
    if matches!(bound, Some(Bound::AtLeast | Bound::AtMost)) {
        return None;
    }
    let style = number_style(fact);
    let show = |val: &Val| match val {
        Val::Num(n) => style.show(*n),
        _ => display(g.pack, val),
    };
    let answer = show(&ask.answer);
    let mut options = vec![answer.clone()];
    let mut seen = vec![fold(&answer)];
    let id = format!("{}.mc.{}", fact.id, ask.slot);
    for cand in candidates(g.pack, &g.truths, &fact.claim, ask.slot, &ask.answer, &id) {
        let off = match (&cand, &ask.answer) {
            (Val::Num(c), Val::Num(v)) => contradicts(bound, *v, *c),
            _ => true,
        };
        // The tests that read the candidate alone first; whether the variant is false renders a whole
        // statement, and showing the candidate writes it out.
        if !off
            || !same_level(g.pack, &ask.answer, &cand)
            || g.leaks_folded(stem, &cand)
            || !is_false_variant(g.pack, &g.truths, &fact.claim, ask.slot, &cand)
        {
            continue;
        }
        let text = show(&cand);
        let key = fold(&text);
        if !seen.contains(&key) {
            seen.push(key);
            options.push(text);
        }
        if options.len() == 4 {
            break;
        }
    }
    if options.len() < 4 {
        return None;
    }
    let correct = spread(&mut options, &id);
    Some(question(id, QuestionKind::Mc, ask.stem.clone(), Body::Choice { options, correct }, &[fact]))
}
