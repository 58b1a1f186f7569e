//! The learner's unfinished answers: what each question's widget shows until it is submitted (and, in an
//! exam, until the exam ends). Plain data with the rules of editing it; the GUI draws it.

use crate::question::{Body, Question, Response};

/// The learner's unfinished (or, in an exam, submitted and still changeable) answer to one question:
/// what its widget shows. Kept with the session, so it survives leaving the quiz screen and coming back.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Draft {
    /// Nothing to keep (choice questions answer at once).
    #[default]
    None,
    /// Typed text.
    Typed(TypedDraft),
    /// Pairs made.
    Match(MatchDraft),
    /// Items reordered.
    Order(OrderDraft),
}

impl Draft {
    /// A fresh draft for `q`.
    pub fn for_question(q: &Question) -> Self {
        match &q.body {
            Body::Typed { .. } => Self::Typed(TypedDraft::new()),
            Body::Match { left, .. } => Self::Match(MatchDraft::new(left.len())),
            Body::Order { items, .. } => Self::Order(OrderDraft::new(items.len())),
            Body::Choice { .. } | Body::TrueFalse { .. } => Self::None,
        }
    }

    /// In an exam, the answer this draft holds as it stands, confirmed or not: what is in the box is the
    /// answer. `Some(Some(r))`: the draft is the answer `r` (non-blank typed text, a matching with at least
    /// one pair, an ordering the learner has touched). `Some(None)`: the draft says there is no answer (a
    /// blank box, a matching without a pair). `None`: the draft decides nothing, and whatever answer was
    /// given stands (a choice, or an ordering as shown, which is only the order the question came in).
    pub fn held(&self) -> Option<Option<Response>> {
        match self {
            Self::Typed(d) => Some((!d.text.trim().is_empty()).then(|| Response::Text(d.text.clone()))),
            Self::Match(d) => Some((d.missing() < d.pairs.len()).then(|| Response::Pairs(d.pairs.clone()))),
            Self::Order(d) => d.touched.then(|| Some(Response::Order(d.order.clone()))),
            Self::None => None,
        }
    }
}

/// What the learner has typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedDraft {
    /// The text in the field.
    pub text: String,
    /// Whether the field still has to be given focus (the first frame of the question).
    pub focus_pending: bool,
}

impl TypedDraft {
    /// An empty draft whose field takes focus when first drawn.
    pub fn new() -> Self {
        Self { text: String::new(), focus_pending: true }
    }
}

/// The pairs made so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchDraft {
    /// For each left item, the chosen right item.
    pub pairs: Vec<Option<usize>>,
    /// The left item waiting for its partner.
    pub picked: Option<usize>,
    /// Left items in the order they were paired, for undo.
    pub history: Vec<usize>,
}

impl MatchDraft {
    /// No pairs yet; the first left item is picked.
    pub fn new(left: usize) -> Self {
        Self { pairs: vec![None; left], picked: (left > 0).then_some(0), history: Vec::new() }
    }

    /// Picks left item `i`.
    pub fn pick(&mut self, i: usize) {
        if i < self.pairs.len() {
            self.picked = Some(i);
        }
    }

    /// Pairs the picked left item with right item `r`, then picks the next unmatched left item.
    pub fn pair(&mut self, r: usize) {
        let Some(l) = self.picked else { return };
        if let Some(slot) = self.pairs.get_mut(l) {
            *slot = Some(r);
            self.history.retain(|&h| h != l);
            self.history.push(l);
        }
        let n = self.pairs.len();
        self.picked = (1..=n).map(|d| (l + d) % n).find(|&i| self.pairs[i].is_none());
    }

    /// Undoes the last pair made and picks its left item.
    pub fn undo(&mut self) {
        if let Some(l) = self.history.pop() {
            if let Some(slot) = self.pairs.get_mut(l) {
                *slot = None;
            }
            self.picked = Some(l);
        }
    }

    /// How many left items have no partner yet (0: the matching is complete).
    pub fn missing(&self) -> usize {
        self.pairs.iter().filter(|p| p.is_none()).count()
    }
}

/// The order the learner has made so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderDraft {
    /// Indices of the question's items, top (earliest) first.
    pub order: Vec<usize>,
    /// Position (in `order`) of the picked item.
    pub picked: Option<usize>,
    /// Whether the learner has picked or moved an item. Until then the order is only the one shown, and a
    /// key press that checks it (an Enter meant for the screen before) is not an answer.
    pub touched: bool,
}

impl OrderDraft {
    /// The items as shown, the first one picked.
    pub fn new(items: usize) -> Self {
        Self { order: (0..items).collect(), picked: (items > 0).then_some(0), touched: false }
    }

    /// Picks the item at position `pos` (the learner chose it: the draft is touched).
    pub fn pick(&mut self, pos: usize) {
        self.picked = Some(pos);
        self.touched = true;
    }

    /// Moves the picked item one place up (`up`) or down; it stays picked. Nothing moves past either end.
    pub fn shift(&mut self, up: bool) {
        let Some(at) = self.picked else { return };
        self.touched = true;
        let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&t| t < self.order.len()) };
        if let Some(to) = to {
            self.order.swap(at, to);
            self.picked = Some(to);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairing_picks_the_next_unmatched_item_and_undo_takes_the_last_pair_back() {
        let mut d = MatchDraft::new(3);
        assert_eq!(d.picked, Some(0), "the first item waits for its partner");
        d.pair(2);
        assert_eq!((d.pairs.clone(), d.picked), (vec![Some(2), None, None], Some(1)));
        d.pick(2);
        d.pair(0);
        assert_eq!(d.picked, Some(1), "the next unmatched item, wrapping round");
        d.pair(1);
        assert_eq!((d.pairs.clone(), d.picked), (vec![Some(2), Some(1), Some(0)], None));
        d.pick(0);
        d.pair(1);
        assert_eq!(d.history, vec![2, 1, 0], "re-pairing an item moves it to the end of the undo list");
        assert_eq!(d.missing(), 0);
        d.undo();
        assert_eq!((d.pairs.clone(), d.picked), (vec![None, Some(1), Some(0)], Some(0)));
        d.pick(7);
        assert_eq!(d.picked, Some(0), "no such item");
    }

    #[test]
    fn shifting_moves_the_picked_item_and_keeps_it_picked() {
        let mut d = OrderDraft::new(3);
        assert!(!d.touched, "the order as shown is not yet the learner's");
        d.shift(true);
        assert!(d.touched, "a move, even one that cannot go further, is the learner's doing");
        assert_eq!((d.order.clone(), d.picked), (vec![0, 1, 2], Some(0)), "the top item cannot go higher");
        d.shift(false);
        d.shift(false);
        d.shift(false);
        assert_eq!((d.order.clone(), d.picked), (vec![1, 2, 0], Some(2)), "nor the bottom one lower");
        d.shift(true);
        assert_eq!((d.order, d.picked), (vec![1, 0, 2], Some(1)));
    }

    #[test]
    fn a_draft_holds_an_answer_once_the_learner_has_put_something_in_it() {
        let mut t = TypedDraft::new();
        assert_eq!(Draft::Typed(t.clone()).held(), Some(None), "an empty box is no answer");
        t.text = " \t".into();
        assert_eq!(Draft::Typed(t.clone()).held(), Some(None), "nor a blank one");
        t.text = "5 January".into();
        assert_eq!(Draft::Typed(t).held(), Some(Some(Response::Text("5 January".into()))));
        let mut m = MatchDraft::new(2);
        assert_eq!(Draft::Match(m.clone()).held(), Some(None));
        m.pair(1);
        assert_eq!(Draft::Match(m).held(), Some(Some(Response::Pairs(vec![Some(1), None]))));
        let mut o = OrderDraft::new(2);
        assert_eq!(Draft::Order(o.clone()).held(), None, "the order as shown decides nothing");
        o.shift(false);
        assert_eq!(Draft::Order(o).held(), Some(Some(Response::Order(vec![1, 0]))));
        assert_eq!(Draft::None.held(), None);
    }

    #[test]
    fn picking_an_item_touches_the_order_and_missing_counts_unmatched_items() {
        let mut d = OrderDraft::new(3);
        d.pick(2);
        assert_eq!((d.picked, d.touched, d.order.clone()), (Some(2), true, vec![0, 1, 2]));
        let mut m = MatchDraft::new(4);
        assert_eq!(m.missing(), 4);
        m.pair(1);
        assert_eq!(m.missing(), 3);
        m.undo();
        assert_eq!(m.missing(), 4);
    }
}
