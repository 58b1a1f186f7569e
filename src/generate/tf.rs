//! True/false: each fact as a true statement, and once more with one slot swapped for a same-type value
//! that the article contradicts.

use super::distractors::{bound_of_statement, candidates, contradicts, is_false_variant};
use super::phrasing::{Val, is_testable, number_style, statement_styled, swappable, with_slot};
use super::{Gen, question};
use crate::pack::numbers::NumberStyle;
use crate::pack::{Claim, Fact};
use crate::question::{Body, Question, QuestionKind};

/// The true statement of `fact` and its false twin (if a slot can be swapped), as a pair.
pub fn pair(g: &Gen, fact: &Fact) -> Vec<Question> {
    let mut out = Vec::new();
    if !is_testable(&fact.claim) {
        return out;
    }
    // An event whose name holds its own date or place ("The 2014 protests took place in 2014.") states
    // nothing a learner could get wrong.
    if let Claim::Event { what, .. } = &fact.claim
        && swappable(&fact.claim).iter().any(|(_, val)| g.leaks(what, val))
    {
        return out;
    }
    let style = number_style(fact);
    // Written plainly, the fact's statement is the one the pack's truths rendered already.
    let truth = if style == NumberStyle::Plain {
        g.truths.statement_of(g.pack, fact)
    } else {
        statement_styled(g.pack, &fact.claim, style)
    };
    out.push(question(
        format!("{}.tf.true", fact.id),
        QuestionKind::Tf,
        truth,
        Body::TrueFalse { answer: true },
        &[fact],
    ));
    // A number the sheet states as a bound ("over {n}") is swapped only for one that contradicts it.
    let bound = match &fact.claim {
        Claim::Quantity { statement, .. } => {
            statement.split_once("{n}").and_then(|(before, _)| bound_of_statement(before))
        }
        _ => None,
    };
    let false_id = format!("{}.tf.false", fact.id);
    let swapped = swappable(&fact.claim).into_iter().find_map(|(slot, val)| {
        // A number the sheet states as a bound is swapped only for one that contradicts it; a version-2 date
        // only for another of its form that the article states.
        let cand = candidates(g.pack, &g.truths, &fact.claim, slot, &val, &false_id).find(|c| {
            let fits = match (c, &val) {
                (Val::Num(c), Val::Num(v)) => contradicts(bound, *v, *c),
                (Val::When(w), _) => g.truths.states(w),
                _ => true,
            };
            fits && is_false_variant(g.pack, &g.truths, &fact.claim, slot, c)
        })?;
        with_slot(&fact.claim, slot, &cand)
    });
    if let Some(claim) = swapped {
        let lie = statement_styled(g.pack, &claim, style);
        out.push(question(false_id, QuestionKind::Tf, lie, Body::TrueFalse { answer: false }, &[fact]));
    }
    out
}
