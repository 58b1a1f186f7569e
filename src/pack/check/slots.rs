//! A claim's slots as the checker sees them: which entities each kind of claim names (and of which kinds),
//! which of its texts are free text, and its dates.

use crate::pack::{Claim, EntityKind};

/// An entity slot of a claim.
pub(super) struct Ref<'c> {
    pub(super) slot: &'static str,
    /// Position in a list slot (`between`, `parties`, Event `who`).
    pub(super) item: Option<usize>,
    pub(super) id: &'c str,
    /// The kinds the slot allows; empty for any ([`accepts`]).
    pub(super) kinds: &'static [EntityKind],
    /// Whether free text of the fact may not contain this entity's names (a Statement's `quote` is a
    /// Phrase whose words occur in `said` by design).
    pub(super) leaks: bool,
}

/// A claim's slots: entity references, free text and dates.
pub(super) struct Slots<'c> {
    pub(super) variant: &'static str,
    pub(super) refs: Vec<Ref<'c>>,
    pub(super) texts: Vec<(&'static str, &'c str)>,
    pub(super) dates: Vec<&'c str>,
}

const PERSON: &[EntityKind] = &[EntityKind::Person];
/// Where something happens: a city, a place, a country, or an organisation's seat ("talks at the Blue
/// House", where the article also makes the Blue House speak for its government, so the one entity the
/// article names is an Organisation).
const WHERE: &[EntityKind] = &[EntityKind::City, EntityKind::Place, EntityKind::Country, EntityKind::Organisation];
/// Who or what acts, speaks, takes part, hosts, is visited or is described: anything but a quotation
/// (Phrase) or a subject of debate (Issue), which cannot.
const ACTOR: &[EntityKind] = &[
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Group,
    EntityKind::Event,
    EntityKind::Document,
    EntityKind::Media,
];
const PHRASE: &[EntityKind] = &[EntityKind::Phrase];
const ISSUE: &[EntityKind] = &[EntityKind::Issue];
const COUNTRY: &[EntityKind] = &[EntityKind::Country];
const EVENT: &[EntityKind] = &[EntityKind::Event];
const ANY: &[EntityKind] = &[];

fn one<'c>(slot: &'static str, id: &'c str, kinds: &'static [EntityKind]) -> Ref<'c> {
    Ref { slot, item: None, id, kinds, leaks: true }
}

fn many<'c>(slot: &'static str, ids: &'c [String], kinds: &'static [EntityKind]) -> impl Iterator<Item = Ref<'c>> {
    ids.iter().enumerate().map(move |(j, id)| Ref { slot, item: Some(j), id, kinds, leaks: true })
}

/// Whether a slot that allows `kinds` (empty: any) accepts an entity of `kind`: the one rule both the
/// checker and the review screen's choices follow.
pub(super) fn accepts(kinds: &[EntityKind], kind: EntityKind) -> bool {
    kinds.is_empty() || kinds.contains(&kind)
}

pub(super) fn slots(claim: &Claim) -> Slots<'_> {
    let mut s = Slots { variant: "", refs: Vec::new(), texts: Vec::new(), dates: Vec::new() };
    match claim {
        Claim::Meeting { who, whom, place, date } => {
            s.variant = "Meeting";
            s.refs.push(one("who", who, PERSON));
            s.refs.push(one("whom", whom, PERSON));
            s.refs.extend(place.as_deref().map(|p| one("place", p, WHERE)));
            s.dates.extend(date.as_deref());
        }
        Claim::Identity { who, is, country } => {
            s.variant = "Identity";
            // Anything may be described, an issue or a coined phrase too ("the US-led system is …").
            s.refs.push(one("who", who, ANY));
            // `country` is never asked in a stem (only matched), so `is` may name it.
            s.refs.extend(country.as_deref().map(|c| Ref { leaks: false, ..one("country", c, COUNTRY) }));
            s.texts.push(("is", is));
        }
        Claim::Visit { who, destination, date, first } => {
            s.variant = "Visit";
            s.refs.push(one("who", who, ACTOR));
            // `first` only appears in the question asking who made the visit, so it may name the destination.
            s.refs.push(Ref { leaks: false, ..one("destination", destination, ACTOR) });
            s.dates.extend(date.as_deref());
            s.texts.extend(first.as_deref().map(|f| ("first", f)));
        }
        Claim::Statement { speaker, said, quote } => {
            s.variant = "Statement";
            s.refs.push(one("speaker", speaker, ACTOR));
            s.refs.extend(quote.as_deref().map(|q| Ref { leaks: false, ..one("quote", q, PHRASE) }));
            s.texts.push(("said", said));
        }
        Claim::Stance { actor, stance, issue } => {
            s.variant = "Stance";
            s.refs.push(one("actor", actor, ACTOR));
            // The issue is never asked in a stem, so the stance may name it.
            s.refs.extend(issue.as_deref().map(|i| Ref { leaks: false, ..one("issue", i, ISSUE) }));
            s.texts.push(("stance", stance));
        }
        Claim::Relation { between, state } => {
            s.variant = "Relation";
            s.refs.extend(many("between", between, ACTOR));
            s.texts.push(("state", state));
        }
        Claim::Quantity { statement, question, .. } => {
            s.variant = "Quantity";
            s.texts.push(("statement", statement));
            s.texts.push(("question", question));
        }
        Claim::Agreement { parties, what, date, .. } => {
            s.variant = "Agreement";
            s.refs.extend(many("parties", parties, ACTOR));
            s.texts.push(("what", what));
            s.dates.extend(date.as_deref());
        }
        Claim::Summit { participants, host, event, place, date } => {
            s.variant = "Summit";
            s.refs.extend(many("participants", participants, ACTOR));
            s.refs.extend(host.as_deref().map(|h| one("host", h, ACTOR)));
            s.refs.extend(event.as_deref().map(|e| one("event", e, EVENT)));
            s.refs.extend(place.as_deref().map(|p| one("place", p, WHERE)));
            s.dates.extend(date.as_deref());
        }
        Claim::Agenda { items, at, .. } => {
            s.variant = "Agenda";
            s.refs.extend(many("items", items, ANY));
            s.refs.extend(at.as_deref().map(|e| one("at", e, EVENT)));
        }
        Claim::Report { source, says } => {
            s.variant = "Report";
            s.refs.push(one("source", source, ACTOR));
            s.texts.push(("says", says));
        }
        Claim::Reason { act, link, why } => {
            s.variant = "Reason";
            s.texts.push(("act", act));
            s.texts.push(("link", link));
            s.texts.push(("why", why));
        }
        Claim::Passage { names } => {
            s.variant = "Passage";
            s.refs.extend(many("names", names, ACTOR));
        }
        Claim::State { what, state, date } => {
            s.variant = "State";
            s.texts.push(("what", what));
            s.texts.push(("state", state));
            s.dates.push(date);
        }
        Claim::Event { what, who, place, date, .. } => {
            s.variant = "Event";
            s.texts.push(("what", what));
            s.refs.extend(many("who", who, ACTOR));
            s.refs.extend(place.as_deref().map(|p| one("place", p, WHERE)));
            s.dates.extend(date.as_deref());
        }
    }
    s
}
