//! Short answer and numeric: a slot question answered by typing a name, a date or a number.

use super::phrasing::{Ask, Val, number_style};
use super::{Gen, question};
use crate::pack::{Claim, Fact, When};
use crate::question::{Body, Expected, Question, QuestionKind};

/// The typed question for one slot: short answer for names and dates, numeric for numbers.
pub fn from_ask(g: &Gen, fact: &Fact, ask: &Ask) -> Option<Question> {
    let (kind, answer, expected, unit) = match &ask.answer {
        Val::Ent(id) => {
            let e = g.pack.entity(id)?;
            // "Which city …?" asks for the city; "With whom …?" a party, which its country is as well.
            let asks_city = ask.stem.contains(super::phrasing::kind_noun(e.kind));
            let mut expected = g.text_expected(id, &[]);
            if !asks_city {
                expected = super::with_government(g, &fact.claim, id, ask.slot, &ask.stem, expected);
            }
            if matches!(ask.slot, "place" | "destination")
                && let Expected::Text { broader, .. } = &mut expected
            {
                *broader = super::summit::broader(g.pack, id);
            }
            (QuestionKind::Short, e.name.clone(), expected, None)
        }
        Val::Date(d) => (QuestionKind::Short, d.to_string(), Expected::Date(*d), None),
        Val::When(w) => {
            // A relative day is graded against the dateline, so the day worked out is right too.
            // A day to come is never worked out from the dateline: only the day the article names is right.
            let dateline = (matches!(w, When::Relative(_)) && !super::phrasing::is_planned(&fact.claim))
                .then(|| g.dateline().and_then(crate::pack::Dateline::when))
                .flatten();
            (
                QuestionKind::Short,
                super::display(g.pack, &ask.answer),
                Expected::When { when: w.clone(), dateline },
                None,
            )
        }
        Val::Num(n) => {
            let (unit, tolerance) = match &fact.claim {
                Claim::Quantity { unit, tolerance, .. } => (unit.clone(), *tolerance),
                _ => (None, 0.0),
            };
            (QuestionKind::Numeric, number_style(fact).show(*n), Expected::Number { value: *n, tolerance }, unit)
        }
    };
    let id = format!("{}.{}.{}", fact.id, kind.code(), ask.slot);
    Some(question(id, kind, ask.stem.clone(), Body::Typed { answer, expected, unit }, &[fact]))
}
