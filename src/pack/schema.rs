//! The fact sheet as it is written on disk (RON), before any checking.
//!
//! A fact sheet describes one article: the entities it names and the facts it states, each fact with the
//! evidence quote it rests on. These types mirror the file one to one so that serde can read it; everything
//! that needs the article (quotes occur in it, ids resolve, dates parse) is checked later by
//! [`crate::pack::check`], which turns a `FactSheet` into a validated [`crate::pack::Pack`].
//!
//! # Phrasing conventions (the generator relies on them)
//!
//! Question stems are built from templates per fact kind. Free-text slots are therefore written as
//! phrases of a fixed grammatical shape, named in each field's doc comment:
//!
//! * a **predicate** is a verb phrase without its subject, in the tense the article uses, so that both
//!   "{subject label} {predicate}." and "Who {predicate}?" are grammatical English
//!   (`"described the visit to China as a ‘significant turning point’"`).
//! * a **noun phrase** starts with its article when it needs one (`"the viral drum performance"`).
//! * no free-text slot may contain the name or an alias of an entity the same fact asks about, or the
//!   question would give its answer away; `check` reports it.
//!
//! Dates are written as the article states them. A version-1 sheet writes a month and day only
//! (`"January 5"`); a version-2 sheet may also write a year, a month and year, a span of years, a day named
//! relative to its [`FactSheet::dateline`], a deadline, a recurrence, or a loose date kept as written
//! ("next week", "earlier this month", "June next year", "in the coming weeks", a month alone, "since
//! 1999") ([`crate::pack::When`]), and a year only where the fact's evidence or the dateline states it.

use serde::{Deserialize, Serialize};

/// The newest fact-sheet format version this build reads and writes. Version 2 adds the
/// [`FactSheet::dateline`] and every date form of [`crate::pack::When`].
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest fact-sheet format version this build reads: version-1 sheets load unchanged, under the
/// version-1 rules (dates are a month and day, never a year).
pub const MIN_SCHEMA_VERSION: u32 = 1;

/// The first format version in which a [`Claim::Relation`] may be among three or more parties ("Relations
/// among South Korea, China and Japan are complex"); a version-1 Relation is between exactly two.
pub const RELATION_AMONG_MANY_VERSION: u32 = 2;

/// One article's fact sheet: the root of a `.ron` file in `quizzes/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSheet {
    /// Format version, from [`MIN_SCHEMA_VERSION`] to [`SCHEMA_VERSION`]: version 2 may use the dateline,
    /// every date form, `within`, `Summit`, `Agenda` and an Agreement's `date`.
    pub version: u32,
    /// Short stable identifier of the pack, used in question ids and learner records (`"lee-china-japan"`).
    pub id: String,
    /// The article's headline.
    pub title: String,
    /// Byline or source line shown in the library (`"Anon Yu Henriksen, International News Staff Writer"`).
    pub source: String,
    /// File name of the article text, relative to the fact sheet's folder.
    pub article: String,
    /// An attribution line the article's licence asks for, shown under the article in the Reader
    /// (`"Wikinews, CC BY 2.5: https://en.wikinews.org/wiki/…"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The article's date line as printed (`"Friday, August 21, 2015"`), a day with its year (version 2).
    /// Relative dates ("yesterday", "on Thursday") are resolved against it, and a sheet with any needs it.
    #[serde(default)]
    pub dateline: Option<String>,
    /// Issues and topics facts can be tagged with, for practice by topic and mastery per topic.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Everything the article names that a question may ask about or offer as a distractor.
    pub entities: Vec<Entity>,
    /// What the article states, one claim a fact.
    pub facts: Vec<Fact>,
}

/// An issue or topic (history, security, trade, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Identifier used in `Fact::topics` and on the command line (`--topics history,trade`).
    pub id: String,
    /// Display name (`"History"`).
    pub name: String,
}

/// The semantic type of an entity. Distractors always share the answer's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// A named individual.
    Person,
    /// A state (South Korea, China, Japan).
    Country,
    /// A city, also when the article uses it for a government ("Beijing has branded …").
    City,
    /// A building, site or region that is not a city (Chang Wa Deo, the Chosei Coal Mine).
    Place,
    /// A company, party or institution.
    Organisation,
    /// A group of people without a name of its own ("analysts").
    Group,
    /// A named happening (the Chosei Coal Mine tragedy).
    Event,
    /// A document or policy.
    Document,
    /// A news outlet or platform (the BBC, Unsplash).
    Media,
    /// A phrase the article quotes or coins (‘significant turning point’, ‘act of aggression’).
    Phrase,
    /// An issue the article discusses, as a noun phrase (the ‘history issue’, the US-led security system).
    Issue,
}

impl EntityKind {
    /// Every kind, in the order they are declared.
    pub const ALL: [Self; 11] = [
        Self::Person,
        Self::Country,
        Self::City,
        Self::Place,
        Self::Organisation,
        Self::Group,
        Self::Event,
        Self::Document,
        Self::Media,
        Self::Phrase,
        Self::Issue,
    ];
}

/// Something the article names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Identifier used by facts (`"lee"`).
    pub id: String,
    /// Semantic type, which decides distractors and question words.
    pub kind: EntityKind,
    /// Display name in the article's spelling (`"Lee Jae Myung"`).
    pub name: String,
    /// Other names and spellings a learner may type (`"Lee"`, `"President Lee"`, `"Lee Jae-myung"`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Role as the article gives it, written to stand before the name (`"Japan's Prime Minister"`).
    #[serde(default)]
    pub role: Option<String>,
    /// Name in its own script, for display only, never asked (`"이재명"`).
    #[serde(default)]
    pub native: Option<String>,
    /// The country the entity belongs to or leads, as an entity id (for leader ↔ country matching).
    #[serde(default)]
    pub country: Option<String>,
    /// The article's description of the entity as a noun phrase (`"the Presidential residence in Seoul"`).
    #[serde(default)]
    pub description: Option<String>,
    /// Version 2: the id of the City, Place or Country this entity lies inside (`"camp-david"` within
    /// `"maryland"`, `"maryland"` within `"us"`). Only a City, Place, Country or Organisation lies within
    /// something; containment never makes a false statement or a distractor, and a typed containing place
    /// earns partial credit for a Where question.
    #[serde(default)]
    pub within: Option<String>,
}

impl Entity {
    /// An entity with only its id, kind and name; every other field empty.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            role: None,
            native: None,
            country: None,
            description: None,
            within: None,
        }
    }
}

/// One claim of the article, with the quote that supports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Identifier, stable across edits; question ids are built from it (`"meet-xi"`).
    pub id: String,
    /// Topic ids this fact belongs to.
    #[serde(default)]
    pub topics: Vec<String>,
    /// A quote from the article that states the fact. It must occur in the article text (whitespace and
    /// curly quotes are normalised before comparing). Cloze questions blank a span of it.
    pub evidence: String,
    /// What kind of claim this is, with its typed slots.
    pub claim: Claim,
}

/// The typed slots of a fact, one variant per kind of claim.
///
/// Slots named `who`, `whom`, `speaker`, … hold entity ids; `date` holds a date as the article states it
/// (a month and day in version 1, any form of [`crate::pack::When`] in version 2); free-text slots follow the phrasing conventions of this module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Claim {
    /// `who` met `whom` [in `place`] [on `date`].
    Meeting {
        who: String,
        whom: String,
        #[serde(default)]
        place: Option<String>,
        #[serde(default)]
        date: Option<String>,
    },
    /// Who or what something is, as the article says it: `who` is `is`, a noun phrase
    /// (`Identity(who: "xi", is: "China's top leader", country: "china")`,
    /// `Identity(who: "chang-wa-deo", is: "the Presidential residence in Seoul")`). `country`, if any, is
    /// the country the entity leads or belongs to, for leader ↔ country matching.
    Identity {
        who: String,
        is: String,
        #[serde(default)]
        country: Option<String>,
    },
    /// `who` visited `destination` [on `date`]; `first` is a noun phrase saying what made the visit a first
    /// (`"the first visit to Beijing by a South Korean leader in over five years"`).
    Visit {
        who: String,
        destination: String,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        first: Option<String>,
    },
    /// `speaker` said something: `said` is a predicate (`"described the visit to China as a ‘significant
    /// turning point’"`). `quote`, if any, is the id of a Phrase entity whose words occur in `said`.
    Statement {
        speaker: String,
        said: String,
        #[serde(default)]
        quote: Option<String>,
    },
    /// `actor` holds a position, wish or worry: `stance` is a predicate (`"feared that Lee would tilt too
    /// far towards Beijing"`). `issue`, if any, is an Issue entity the stance is about.
    Stance {
        actor: String,
        stance: String,
        #[serde(default)]
        issue: Option<String>,
    },
    /// How two or more parties stand with each other: relations between (among) the parties of `between` +
    /// `state`, a predicate (`"have long been tensioned by the large number of US troops stationed in South
    /// Korea"`). A version-1 sheet names exactly two parties; from [`RELATION_AMONG_MANY_VERSION`] on, three
    /// or more may be named ("Relations among South Korea, China and Japan are complex").
    Relation { between: Vec<String>, state: String },
    /// A number the article states. `statement` is a sentence with `{n}` where the number goes
    /// (`"{n} of the Chosei Coal Mine tragedy victims were Korean forced labourers"`); `question` asks for
    /// it (`"How many of the Chosei Coal Mine tragedy victims were Korean forced labourers?"`).
    Quantity {
        statement: String,
        question: String,
        value: f64,
        #[serde(default)]
        unit: Option<String>,
        #[serde(default)]
        tolerance: f64,
    },
    /// `parties` agreed `what`, an infinitive predicate (`"to commit joint DNA tests of …"`).
    /// `reported` marks an agreement the article only reports ("have reportedly agreed").
    Agreement {
        parties: Vec<String>,
        what: String,
        #[serde(default)]
        reported: bool,
        /// Version 2: when they agreed, by when (`"by the end of 2023"`) or how often (`"every year"`).
        #[serde(default)]
        date: Option<String>,
    },
    /// `source` reports or believes `claim`: `says` is a predicate starting with its verb
    /// (`"reports that Lee’s pragmatic diplomacy has boosted his approval ratings at home"`).
    Report { source: String, says: String },
    /// A happening: `what` is a noun phrase (`"the viral drum performance"`), with the entities taking part,
    /// where and when. `era` places an undated event before the article's dated ones, in the order given
    /// by its number (smaller is earlier; events with the same era cannot be ordered against each other).
    /// Give two events different eras only when the article itself says which came first.
    Event {
        what: String,
        #[serde(default)]
        who: Vec<String>,
        #[serde(default)]
        place: Option<String>,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        era: Option<u32>,
    },
    /// Version 2: one meeting of several `participants` (two or more entity ids), with an optional `host`,
    /// the `event` entity that names it ("the Camp David summit"), `place` and `date`. Its participant list
    /// counts as complete (so "X attended …" of anyone else is false) only when the evidence states their
    /// number in words ("the three leaders") equal to the number of participants.
    Summit {
        participants: Vec<String>,
        #[serde(default)]
        host: Option<String>,
        #[serde(default)]
        event: Option<String>,
        #[serde(default)]
        place: Option<String>,
        #[serde(default)]
        date: Option<String>,
    },
    /// Version 2: `items` (one or more entity ids, usually Issues) were on the agenda [of the Event `at`], a
    /// passive claim with no actor ("Economic security was on the agenda as well"). It has no false version:
    /// the schema cannot state that an issue was not discussed. `planned` marks an agenda still to come
    /// ("Food aid will be on the agenda", "The ministers are expected to discuss food aid"), told and asked
    /// about as such ("Food aid is to be discussed").
    Agenda {
        items: Vec<String>,
        #[serde(default)]
        at: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        planned: bool,
    },
    /// Version 2: why something was done or happened, as one sentence of the article states it: `act` is a
    /// clause (`"Seoul and Pyongyang issued separate statements"`), `link` the words that tie it to its
    /// reason or purpose (`"because of"`, `"over"`, `"amid"`, `"after"`, `"in protest at"`, `"in response
    /// to"`, `"in the hope that"`, `"in order to"`, `"to"`), and `why` the reason or purpose that follows
    /// the link (`"their disagreement over the agenda"`, `"finalize details of a third summit"`). All three
    /// are verbatim spans of the evidence. It has no false version: the article states no other reason.
    Reason { act: String, link: String, why: String },
    /// Version 2: a state that has lasted from a date to the time of writing: `what`, a noun phrase as the
    /// article names it (`"the six-party talks"`), `state`, a predicate in the perfect without its date,
    /// opening with "has", "have" or "had" (`"have been stalled"`, `"had stalled"`), and `date`, the start
    /// as the article states it after "since" (`"since February"`, a [`crate::pack::When::Since`]). Told
    /// "The six-party talks have been stalled since February." and asked "Since when have the six-party
    /// talks been stalled?"; it has no false version (a later start is true of a state that lasts).
    State { what: String, state: String, date: String },
    /// Version 2: a sentence of the article, whole, that states something about the named parties in
    /// `names` (entity ids of persons, countries, cities, places, organisations, … whose name or alias the
    /// evidence writes) and that no other fact reads. It is asked only as a blank over one of those names in
    /// the evidence itself ("_____ accused Seoul of staging provocations near the border." → North Korea);
    /// it is told as the evidence, and has no false version (the sentence is all it states).
    Passage { names: Vec<String> },
}

/// Whether a flag is unset, so the file leaves it out (`planned: false` is not written).
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}
