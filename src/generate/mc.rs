//! Multiple choice: a slot question with the answer and three same-type distractors.

use super::distractors::candidates;
use super::{Gen, display, question, spread};
use crate::generate::phrasing::{Ask, Val, number_style};
use crate::pack::Fact;
use crate::question::Question;
use crate::question::{Body, QuestionKind};
use crate::text::fold;

/// The multiple-choice question for one slot, if three distractors that differ visibly exist.
pub fn from_ask(g: &Gen, fact: &Fact, ask: &Ask) -> Option<Question> {
    let style = number_style(fact);
    let show = |val: &Val| match val {
        Val::Num(n) => style.show(*n),
        _ => display(g.pack, val),
    };
    let answer = show(&ask.answer);
    let mut options = vec![answer.clone()];
    let mut seen = vec![fold(&answer)];
    let stem = format!(" {} ", fold(&ask.stem));
    let id = format!("{}.mc.{}", fact.id, ask.slot);
    for cand in candidates(g.pack, &g.truths, &fact.claim, ask.slot, &ask.answer, &id) {
        let text = show(&cand);
        let key = fold(&text);
        if !seen.contains(&key) && !g.leaks_folded(&stem, &cand) {
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
