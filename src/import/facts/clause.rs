//! One sentence as the patterns see it: its words (tokens), the entities it mentions, and the clause
//! grammar every pattern shares — who is the subject of a verb, where the verb group starts, what date the
//! sentence states.
//!
//! The grammar is ordinary English news prose, not any one article: a subject is an entity named at the
//! start of its clause (after a leading adverbial such as "On Friday," or "In the New Territories West
//! constituency," and a few modifiers such as "nonpartisan pan-democrat"), optionally followed by an
//! appositive between commas or by "of/from <entity>"; its verb group is optional adverbs, auxiliaries and
//! a verb in the past tense, a participle, or a base form after a modal.

use std::ops::Range;

use crate::pack::{Dateline, Entity, EntityKind, When};

/// A word or a punctuation mark of a sentence, as a byte range in the sentence's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in [`Sent::text`].
    pub range: Range<usize>,
    /// Whether it is a word (letters or digits), not punctuation.
    pub word: bool,
}

/// An entity mentioned in the sentence, with the tokens that name it.
#[derive(Debug, Clone)]
pub struct Named<'a> {
    /// The entity.
    pub entity: &'a Entity,
    /// Index of its first token.
    pub first: usize,
    /// Index one past its last token.
    pub end: usize,
}

/// A sentence of the article with its tokens and mentions.
#[derive(Debug, Clone)]
pub struct Sent<'a> {
    /// The sentence, verbatim from the article.
    pub text: &'a str,
    /// Its paragraph's index.
    pub paragraph: usize,
    /// Its tokens.
    pub toks: Vec<Tok>,
    /// The entities it mentions, in text order.
    pub named: Vec<Named<'a>>,
    /// The article's dateline, which relative days need.
    pub dateline: Option<Dateline>,
    /// Per token, whether it stands inside a quotation (a quote mark: whether a quotation was open before
    /// it, so a closing mark is `true`). What a quotation says is its speaker's claim, never a fact of the
    /// article: no pattern but the quote patterns reads inside one.
    pub quoted: Vec<bool>,
    /// The one person the previous sentence of the paragraph named, whom an opening "He" or "She" means.
    pub pronoun: Option<&'a Entity>,
    /// The only two countries named in this paragraph before the phrase and in the one before, whom "both
    /// countries" or "the two countries" mean; `None` when fewer or more were named there.
    pub pair: Option<(&'a Entity, &'a Entity)>,
    /// The two named parties an opening "They" means: the one plural subject of the sentence before
    /// ([`super::refer::plural_antecedent`]); `None` when there is not exactly one.
    pub they: Option<(&'a Entity, &'a Entity)>,
    /// The one country or body an opening "It" means: the subject of the sentence before, when that
    /// sentence names no other country, city or body ([`super::it::body_antecedent`]).
    pub it: Option<&'a Entity>,
}

impl<'a> Sent<'a> {
    /// Builds the sentence from its text and its mentions as ranges of the sentence's text.
    pub fn new(
        text: &'a str,
        paragraph: usize,
        mentions: impl Iterator<Item = (Range<usize>, &'a Entity)>,
        dateline: Option<Dateline>,
    ) -> Self {
        Self::within_quote(text, paragraph, mentions, dateline, false)
    }

    /// As [`Self::new`], for a sentence that starts inside a quotation opened by an earlier sentence of its
    /// paragraph when `open` is true.
    pub fn within_quote(
        text: &'a str,
        paragraph: usize,
        mentions: impl Iterator<Item = (Range<usize>, &'a Entity)>,
        dateline: Option<Dateline>,
        open: bool,
    ) -> Self {
        let toks = tokens(text);
        let mut inside = open;
        let mut quoted = Vec::with_capacity(toks.len());
        for t in &toks {
            quoted.push(inside);
            match text.get(t.range.clone()) {
                Some("\"") => inside = !inside,
                Some("“") => inside = true,
                Some("”") => inside = false,
                _ => {}
            }
        }
        let mut named = Vec::new();
        for (range, entity) in mentions {
            let first = toks.iter().position(|t| t.range.start >= range.start);
            let end = toks.iter().rposition(|t| t.range.end <= range.end).map(|i| i + 1);
            if let (Some(first), Some(end)) = (first, end)
                && first < end
            {
                named.push(Named { entity, first, end });
            }
        }
        Self { text, paragraph, toks, named, dateline, quoted, pronoun: None, pair: None, they: None, it: None }
    }

    /// The sentence with `person` as the one an opening "He" or "She" means.
    #[must_use]
    pub fn with_pronoun(mut self, person: Option<&'a Entity>) -> Self {
        self.pronoun = person;
        self
    }

    /// The sentence with `pair` as the two countries "both countries" means.
    #[must_use]
    pub fn with_pair(mut self, pair: Option<(&'a Entity, &'a Entity)>) -> Self {
        self.pair = pair;
        self
    }

    /// The sentence with `it` as the country or body an opening "It" means.
    #[must_use]
    pub fn with_it(mut self, it: Option<&'a Entity>) -> Self {
        self.it = it;
        self
    }

    /// The sentence with `they` as the two parties an opening "They" means.
    #[must_use]
    pub fn with_they(mut self, they: Option<(&'a Entity, &'a Entity)>) -> Self {
        self.they = they;
        self
    }

    /// Where a phrase for the two countries just named ("both countries", "the two countries", "the two
    /// nations", "the two Koreas") starts at token `i`: its length in tokens.
    pub fn pair_phrase_at(&self, i: usize) -> Option<usize> {
        let noun = |k: usize| {
            matches!(self.tok(k).to_lowercase().as_str(), "countries" | "nations" | "governments" | "koreas")
        };
        if (self.is(i, "both") && noun(i + 1)) || (self.is(i, "the") && self.is(i + 1, "two") && noun(i + 2)) {
            Some(if self.is(i, "both") { 2 } else { 3 })
        } else {
            None
        }
    }

    /// Tokens `from..to` as a sentence of their own (the words of a quotation, read as its speaker's
    /// sentence), with the mentions that lie wholly inside them; nothing in it counts as quoted. Its text
    /// is a slice of this sentence's text, so whatever is drafted from it quotes the article verbatim.
    #[must_use]
    pub fn part(&self, from: usize, to: usize) -> Sent<'a> {
        let (Some(a), Some(b)) = (self.toks.get(from), to.checked_sub(1).and_then(|t| self.toks.get(t))) else {
            return Sent::new("", self.paragraph, std::iter::empty(), self.dateline);
        };
        let (start, end) = (a.range.start, b.range.end);
        let text = self.text.get(start..end).unwrap_or("");
        let mentions = self.named.iter().filter(|n| n.first >= from && n.end <= to).filter_map(|n| {
            let r = self.toks.get(n.first)?.range.start..self.toks.get(n.end - 1)?.range.end;
            Some((r.start - start..r.end - start, n.entity))
        });
        Sent::new(text, self.paragraph, mentions, self.dateline)
    }

    /// The one person the sentence names (outside quotations), if it names exactly one.
    pub fn only_person(&self) -> Option<&'a Entity> {
        let mut people = self.named.iter().filter(|n| n.entity.kind == EntityKind::Person && !self.in_quote(n.first));
        let first = people.next()?.entity;
        people.all(|n| n.entity.id == first.id).then_some(first)
    }

    /// Whether token `i` stands inside a quotation.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Whether a quotation is still open at the end of the sentence (it goes on in the next one).
    pub fn open_at_end(&self) -> bool {
        let last = self.toks.len().checked_sub(1);
        last.is_some_and(|l| match self.tok(l) {
            "\"" => !self.in_quote(l),
            "“" => true,
            "”" => false,
            _ => self.in_quote(l),
        })
    }

    /// The text of token `i` ("" past the end).
    pub fn tok(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.range.clone())).unwrap_or("")
    }

    /// The text from the start of token `from` to the end of token `to - 1`.
    pub fn span(&self, from: usize, to: usize) -> &'a str {
        let (Some(a), Some(b)) = (self.toks.get(from), to.checked_sub(1).and_then(|t| self.toks.get(t))) else {
            return "";
        };
        self.text.get(a.range.start..b.range.end).unwrap_or("")
    }

    /// The text from the start of token `from` to the end of the sentence, without its closing full stop.
    pub fn rest(&self, from: usize) -> &'a str {
        let Some(t) = self.toks.get(from) else { return "" };
        trim_end(self.text.get(t.range.start..).unwrap_or(""))
    }

    /// The mention that starts at token `i`.
    pub fn named_at(&self, i: usize) -> Option<&Named<'a>> {
        self.named.iter().find(|n| n.first == i)
    }

    /// The mention that ends just before token `i`.
    pub fn named_before(&self, i: usize) -> Option<&Named<'a>> {
        self.named.iter().find(|n| n.end == i)
    }

    /// Whether token `i` is the word `w`, ignoring case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).eq_ignore_ascii_case(w)
    }

    /// Whether tokens from `i` on are the words of `phrase`, ignoring case.
    pub fn is_phrase(&self, i: usize, phrase: &str) -> bool {
        phrase.split(' ').enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// The first date phrase the sentence states, as written ("on Thursday", "August 10", "May 18, 2015"),
    /// that [`When::parse`] reads. A day named relative to the dateline ("yesterday", "on Friday") only
    /// counts when the article has a dateline; "today" never does, as news prose uses it for "nowadays". A
    /// loose date ("earlier this month", "in May", "next week": [`Self::loose_date_at`]) counts only in a
    /// leading adverbial ("Earlier this month, X visited Y", "During a meeting in May, …"), which dates the
    /// clause after it; elsewhere it may belong to another clause ("… following their meeting in
    /// November", "… a summit to be held this month").
    pub fn date(&self) -> Option<String> {
        let leading = self.leading_adverbial_end();
        for i in 0..self.toks.len() {
            for len in (1..=4).rev() {
                let loose = leading.is_some_and(|end| i + len <= end);
                let Some(phrase) = self.read_date(i, len, loose) else { continue };
                return Some(phrase);
            }
        }
        None
    }

    /// Where a leading adverbial ends (its comma): the sentence opens with a date word or a preposition
    /// ("Earlier this month,", "In May,", "During a meeting in Pyongyang in May,") and names no one before
    /// the comma but a place.
    fn leading_adverbial_end(&self) -> Option<usize> {
        let first = self.tok(0).to_lowercase();
        let opener = ["in", "during", "at", "earlier", "later", "last", "next", "this", "since", "early", "late"]
            .contains(&first.as_str());
        let comma = (1..self.toks.len().min(16)).find(|&k| self.tok(k) == ",")?;
        let only_places = self.named.iter().filter(|n| n.first < comma).all(|n| {
            matches!(n.entity.kind, EntityKind::City | EntityKind::Country | EntityKind::Place | EntityKind::Event)
        });
        (opener && only_places).then_some(comma)
    }

    /// The date phrase of `len` tokens at token `i`, as written, under [`Self::date`]'s rules (no loose
    /// date).
    pub fn date_at(&self, i: usize, len: usize) -> Option<String> {
        self.read_date(i, len, false)
    }

    /// [`Self::date_at`], and a loose date as written: "next week", "earlier this month", "June next year",
    /// "the coming weeks", a month alone after "in" ("in December"). For a reader of one clause, whose date
    /// it is.
    pub fn loose_date_at(&self, i: usize, len: usize) -> Option<String> {
        self.read_date(i, len, true)
    }

    fn read_date(&self, i: usize, len: usize, loose: bool) -> Option<String> {
        // Only a month, a weekday, "yesterday", "last" or a day's number can open a date phrase: the cheap
        // test spares the parser most words.
        let head = self.tok(i);
        let opens = head.chars().next().is_some_and(|c| c.is_ascii_digit())
            || head.eq_ignore_ascii_case("yesterday")
            || head.eq_ignore_ascii_case("last")
            || ["next", "this", "earlier", "later"].iter().any(|w| head.eq_ignore_ascii_case(w))
            || (head.eq_ignore_ascii_case("the") && self.is(i + 1, "coming"))
            || crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(head))
            || crate::pack::when::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(head));
        if !opens {
            return None;
        }
        let words: Vec<&str> = (i..i + len).map(|k| self.tok(k)).collect();
        if words.iter().any(|w| w.is_empty()) || words.first().is_some_and(|w| *w == ",") {
            return None;
        }
        // A comma may only stand between a day and its year ("May 18, 2015").
        let commas = words.iter().filter(|w| **w == ",").count();
        if commas > 1 || (commas == 1 && words.get(len - 2) != Some(&",")) {
            return None;
        }
        if words.iter().any(|w| w.chars().all(|c| !c.is_alphanumeric()) && *w != ",") {
            return None;
        }
        let phrase = self.span(i, i + len);
        let first = words.first().copied().unwrap_or("");
        if first.eq_ignore_ascii_case("on") || first.eq_ignore_ascii_case("in") {
            return None;
        }
        // A lone number or a bare year is not a date phrase of its own.
        if len == 1 && first.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let when = When::parse(phrase)?;
        match when {
            When::Relative(crate::pack::when::Relative::Yesterday) if self.dateline.is_some() => {
                Some(phrase.to_string())
            }
            // A weekday reads as the article writes it: "on Thursday". Alone it needs no dateline (it is asked
            // as the weekday, never worked out to a day); "last Thursday" does.
            When::Relative(crate::pack::when::Relative::Weekday { last, .. }) if self.dateline.is_some() || !last => {
                Some(if self.is(i.wrapping_sub(1), "on") { format!("on {phrase}") } else { phrase.to_string() })
            }
            // "next week", "earlier this month", "June next year", "in the coming weeks": as written, unless
            // the phrase is a possessive ("last year's election") or opens a longer noun ("this week's").
            When::Near { .. } | When::MonthNear { .. } | When::Coming(_) if loose && self.tok(i + len) != "'s" => {
                Some(phrase.to_string())
            }
            // "in December": a month alone after "in", capitalised ("may" is a verb), its year not worked out.
            When::MonthOnly(_)
                if loose
                    && self.is(i.wrapping_sub(1), "in")
                    && first.chars().next().is_some_and(char::is_uppercase) =>
            {
                Some(phrase.to_string())
            }
            When::Relative(_)
            | When::Year(_)
            | When::Span { .. }
            | When::Every { .. }
            | When::Deadline { .. }
            | When::Near { .. }
            | When::MonthNear { .. }
            | When::Coming(_)
            | When::MonthOnly(_)
            | When::Since(_)
            | When::PartOfYear { .. } => None,
            When::Day { .. } | When::Month { .. } => {
                // A month name must be capitalised in the text ("may" is a verb).
                words.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase)).then(|| phrase.to_string())
            }
        }
    }
}

/// Splits a sentence into tokens: words of letters and digits (with inner hyphens, apostrophes other than a
/// possessive "'s", and digit groups such as "84,121" or "2.5"), "'s" on its own, and single punctuation
/// marks.
pub fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let pos = |k: usize| chars.get(k).map_or(text.len(), |&(p, _)| p);
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(c) = at(k) {
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let start = k;
        if is_apostrophe(c) && at(k + 1).is_some_and(|s| s == 's') && !at(k + 2).is_some_and(char::is_alphanumeric) {
            k += 2;
            out.push(Tok { range: pos(start)..pos(k), word: false });
            continue;
        }
        if !c.is_alphanumeric() {
            k += 1;
            out.push(Tok { range: pos(start)..pos(k), word: false });
            continue;
        }
        k += 1;
        while let Some(c) = at(k) {
            let next_alnum = at(k + 1).is_some_and(char::is_alphanumeric);
            let prev_digit = at(k.wrapping_sub(1)).is_some_and(|p| p.is_ascii_digit());
            let next_digit = at(k + 1).is_some_and(|n| n.is_ascii_digit());
            let joins = c.is_alphanumeric()
                || (c == '-' && next_alnum)
                || (is_apostrophe(c)
                    && next_alnum
                    && (at(k + 1) != Some('s') || at(k + 2).is_some_and(char::is_alphanumeric)))
                || (matches!(c, ',' | '.') && prev_digit && next_digit);
            if !joins {
                break;
            }
            k += 1;
        }
        out.push(Tok { range: pos(start)..pos(k), word: true });
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Text without its closing full stop (and any spaces), keeping a closing quote that follows it only if a
/// quote opened before it.
pub fn trim_end(text: &str) -> &str {
    let t = text.trim_end();
    let t = t.trim_end_matches(['.', '!', ';', ':', ',']);
    t.trim_end()
}

/// Whether entity `e` can be where something happens: a City, Country or Place, or a seat of government
/// (the gazetteer's kind `Seat`: "the Blue House", "the Kremlin"), which is an Organisation where the
/// article also makes it speak, and still the place a summit is held at.
pub fn is_place(e: &crate::pack::Entity) -> bool {
    use crate::import::entities::gazetteer::GAZETTEER;
    matches!(e.kind, EntityKind::City | EntityKind::Country | EntityKind::Place)
        || (e.kind == EntityKind::Organisation
            && GAZETTEER.known.iter().enumerate().any(|(i, k)| k.seat && GAZETTEER.id(i) == e.id))
}

/// The entity kinds that can act, speak or hold a position (not a place, a phrase or an issue).
pub fn can_act(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Country | EntityKind::Organisation | EntityKind::Group | EntityKind::Media
    )
}

/// Words between "is (are)" and "to" that make a plan ("is scheduled to", "are expected to").
pub const PLAN_SET: [&str; 5] = ["scheduled", "slated", "expected", "set", "due"];

/// Conjunctions of contrast that open a second clause with its own subject ("… while Putin said …").
pub const CONTRAST: [&str; 2] = ["while", "whereas"];

/// Words that open a leading adverbial ("On Friday, …", "In the Kowloon West constituency, …"): a subject
/// may follow the comma that closes it. General English prepositions and time words, not any article's.
const OPENERS: [&str; 37] = [
    "in",
    "from",
    "on",
    "at",
    "after",
    "before",
    "during",
    "yesterday",
    "today",
    "earlier",
    "later",
    "last",
    "meanwhile",
    "however",
    "also",
    "since",
    "following",
    "then",
    "now",
    "separately",
    "under",
    "despite",
    "for",
    "with",
    "over",
    "by",
    "within",
    "throughout",
    "thus",
    "still",
    "this",
    "next",
    "as",
    "upon",
    "amid",
    "soon",
    "shortly",
];

/// Words that cannot stand between a leading adverbial and a subject: a conjunction, a relative or a
/// preposition makes the entity something else than the clause's subject ("the leader of X", "which X").
const NOT_MODIFIERS: [&str; 38] = [
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "or",
    "but",
    "if",
    "when",
    "while",
    "as",
    "than",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "about",
    "against",
    "between",
    "into",
    "said",
    "says",
    "according",
    "after",
    "before",
    "because",
    "since",
    "where",
    "not",
    "the",
    "a",
    "an",
];

impl Sent<'_> {
    /// Whether mention `n` opens its clause: it is the first thing in the sentence, or follows a leading
    /// adverbial closed by a comma, or a title such as "Malaysia's Prime Minister," — with at most four
    /// modifier words in between ("nonpartisan pan-democrat Eddie Chu", "pro-Beijing district councillor
    /// Wilson Or").
    pub fn opens_clause(&self, n: &Named<'_>) -> bool {
        let mut i = n.first;
        let mut modifiers = 0;
        loop {
            if i == 0 {
                return true;
            }
            let prev = self.tok(i - 1);
            if prev == "," {
                return self.leading_before(i - 1);
            }
            // ", and South Korea evacuated …", "… on August 10 and South Korea says …": a second clause. A
            // bare "and" only after a lower-case word or a number, so "North and South Korea" and "the
            // United Nations and United States" stay one subject.
            // "… a stable one” while Putin said …": "while" and "whereas" join two clauses, never two names; the
            // second is read when it reports speech (its other verbs may point back: "while the US accused it").
            if CONTRAST.contains(&prev.to_lowercase().as_str()) && modifiers == 0 {
                return super::speech::SAY_WORDS.contains(&self.tok(n.end).to_lowercase().as_str());
            }
            if matches!(prev.to_lowercase().as_str(), "and" | "but") && modifiers == 0 {
                let before = self.tok(i.wrapping_sub(2));
                let lower = before.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                let named = self.named_before(i - 1).is_some();
                return before == "," || before == ";" || (lower && !named);
            }
            if let Some(m) = self.named_before(i) {
                // A name among the modifiers ("New People Party's Regina Ip") counts as one word.
                if m.first < i && m.end == i && i != n.first {
                    modifiers += 1;
                    i = m.first;
                    continue;
                }
            }
            if prev == "\"" || prev == "“" {
                return false;
            }
            let lower = prev.to_lowercase();
            // "Deputy Secretary of State Wendy Sherman": "of" between two capitalised words of a title.
            let capital = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
            let title_of =
                prev == "of" && modifiers > 0 && capital(self.tok(i)) && capital(self.tok(i.wrapping_sub(2)));
            if NOT_MODIFIERS.contains(&lower.as_str()) && !title_of && !(modifiers == 0 && i - 1 == 0 && lower == "the")
            {
                return false;
            }
            // "Analysts believe Beijing is eager …": a clause someone says or believes is theirs, not the
            // article's.
            if BELIEF_WORDS.contains(&lower.as_str()) || super::speech::SAY_WORDS.contains(&lower.as_str()) {
                return false;
            }
            modifiers += 1;
            if modifiers > 5 {
                return false;
            }
            i -= 1;
        }
    }

    /// Whether the tokens before the comma at `comma` open the sentence as a title set before a name ("The
    /// ministry's spokesman, Jorge Santos, said …", "A Foreign Ministry spokeswoman, Ana Costa, …"): "The",
    /// "A" or "An" and at most seven more words, none a verb of the past or of saying or a relative, the last
    /// a title of the gazetteer.
    pub fn title_before(&self, comma: usize) -> bool {
        let titles = &crate::import::entities::gazetteer::GAZETTEER.titles;
        let last = self.tok(comma.wrapping_sub(1)).to_lowercase();
        let title = titles.get(&last).is_some_and(|l| l.contains(&last));
        let plain = (1..comma).all(|k| {
            let w = self.tok(k).to_lowercase();
            (self.toks.get(k).is_some_and(|t| t.word) || matches!(w.as_str(), "'s" | "’s"))
                && !is_past(&w)
                && !super::speech::SAY_WORDS.contains(&w.as_str())
                && !["who", "which", "that"].contains(&w.as_str())
        });
        ["the", "a", "an"].iter().any(|d| self.is(0, d)) && (2..=8).contains(&comma) && title && plain
    }

    /// Whether the tokens before the comma at `comma` are a leading adverbial (the sentence opens with an
    /// opener word or an "-ing" participle) or a title ending a leading adverbial ("…, Malaysia's Prime
    /// Minister,").
    fn leading_before(&self, comma: usize) -> bool {
        if self.title_before(comma) {
            return true;
        }
        let first = self.tok(0).to_lowercase();
        let opener = OPENERS.contains(&first.as_str())
            || (first.ends_with("ing") && first.len() > 5)
            || (first.ends_with("ly") && first.len() > 5)
            || crate::pack::when::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(&first))
            || crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&first));
        if !opener || !self.tok(0).chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // No verb of saying or reporting inside the adverbial: "According to X, …" is a report, not an
        // adverbial, and "After X said …," is a clause of its own.
        !(0..comma).any(|k| matches!(self.tok(k).to_lowercase().as_str(), "according" | "said" | "says"))
    }

    /// Where the verb group of the clause whose subject is mention `n` starts: after an appositive between
    /// commas ("John Kerry, the Secretary of State, contacted …") or "of/from <entity>" ("Gary Fan of the
    /// Neo Democrats failed …").
    pub fn after_subject(&self, n: &Named<'_>) -> usize {
        let mut i = n.end;
        // "The ministry's spokesman, Jorge Santos, said …": the comma after the name closes the title's.
        if self.tok(i) == "," && n.first >= 1 && self.tok(n.first - 1) == "," && self.title_before(n.first - 1) {
            return i + 1;
        }
        if (self.is(i, "of") || self.is(i, "from"))
            && let Some(m) = self.named_at(i + 1).or_else(|| self.named_at(i + 2).filter(|_| self.is(i + 1, "the")))
        {
            i = m.end;
        }
        // "Wendy Sherman on Tuesday (Aug. 23) met with …", "Park on Monday, in a weekly meeting …, said": a
        // day between the subject and its verb (the sentence's date, read by [`Sent::date`]) is passed over.
        i = self.after_day(i);
        if self.tok(i) == "," {
            // An appositive: up to twelve tokens, no quote, closed by a comma.
            let close = (i + 1..(i + 14).min(self.toks.len())).find(|&k| self.tok(k) == ",");
            let quoted = |k: usize| (i + 1..k).any(|j| matches!(self.tok(j), "\"" | "“" | "”"));
            if let Some(close) = close
                && close > i + 1
                && !quoted(close)
            {
                return close + 1;
            }
        }
        i
    }

    /// Token `i`, or the token after "on <Weekday>" or "on <Month> <day>" starting there, with a bracket of
    /// up to six tokens after it ("on Tuesday (Aug. 23)").
    fn after_day(&self, i: usize) -> usize {
        if !self.is(i, "on") {
            return i;
        }
        let day = self.tok(i + 1);
        let end = if crate::pack::when::WEEKDAYS.contains(&day) {
            i + 2
        } else if crate::pack::date::MONTHS.contains(&day)
            && self.tok(i + 2).chars().all(|c| c.is_ascii_digit())
            && !self.tok(i + 2).is_empty()
        {
            i + 3
        } else {
            return i;
        };
        if self.tok(end) == "(" {
            return (end + 1..(end + 8).min(self.toks.len())).find(|&k| self.tok(k) == ")").map_or(i, |k| k + 1);
        }
        end
    }

    /// The verb group starting at token `i`, if there is one.
    pub fn verb_group(&self, i: usize) -> Option<VerbGroup> {
        let mut k = i;
        let mut start = i;
        // Leading "also"/"then" are dropped from the predicate; "reportedly" is kept, it says how sure.
        while matches!(
            self.tok(k).to_lowercase().as_str(),
            "also" | "then" | "later" | "now" | "too" | "himself" | "herself" | "itself" | "themselves"
        ) {
            k += 1;
            start = k;
        }
        let mut aux: Vec<String> = Vec::new();
        let mut after_aux = k;
        loop {
            let w = self.tok(k).to_lowercase();
            if is_adverb(&w) {
                k += 1;
            } else if AUXILIARIES.contains(&w.as_str()) && aux.len() < 3 {
                aux.push(w);
                k += 1;
                after_aux = k;
            } else {
                break;
            }
        }
        let w = self.tok(k);
        let be_last = aux.last().is_some_and(|a| matches!(a.as_str(), "is" | "are" | "was" | "were"));
        // "is hoping for …", "are looking forward to …": a progressive, going on or planned, never a done
        // fact (a meeting it names has not taken place) and no copula.
        if be_last && is_progressive(w) {
            return Some(VerbGroup {
                start,
                verb: k,
                lemma: w.to_string(),
                planned: true,
                passive: false,
                copula: false,
            });
        }
        if be_last && w != "to" && !is_past(w) {
            // "is mainly Buddhist": a copula; the complement starts after the adverbs.
            return (!w.is_empty()).then(|| VerbGroup {
                start,
                verb: after_aux,
                lemma: String::new(),
                planned: false,
                passive: false,
                copula: true,
            });
        }
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') || !w.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        let modal = aux.iter().any(|a| MODALS.contains(&a.as_str()));
        let be = aux.last().is_some_and(|a| matches!(a.as_str(), "is" | "are" | "was" | "were" | "been" | "be"));
        let have = aux.last().is_some_and(|a| matches!(a.as_str(), "has" | "have" | "had"));
        // "is to meet", "are to visit": planned.
        if be && w == "to" {
            let verb = self.tok(k + 1);
            return verb.chars().all(char::is_lowercase).then(|| VerbGroup {
                start,
                verb: k + 1,
                lemma: verb.to_string(),
                planned: true,
                passive: false,
                copula: false,
            });
        }
        let past = is_past(w);
        let planned = modal || aux.iter().any(|a| a == "will");
        let (ok, passive, copula) = if modal && aux.last().is_some_and(|a| MODALS.contains(&a.as_str())) {
            (!NOT_MODIFIERS.contains(&w), false, false)
        } else if be {
            (true, past, !past)
        } else if have {
            (past, false, false)
        } else if aux.is_empty() {
            (past || PRESENT_VERBS.contains(&w) || PLURAL_PRESENT.contains(&w), false, false)
        } else {
            (past, false, false)
        };
        if !ok {
            return None;
        }
        Some(VerbGroup {
            start,
            verb: k,
            lemma: lemma(w).unwrap_or(w).to_string(),
            planned,
            passive,
            copula: copula && !planned,
        })
    }
}

/// A clause's verb group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// First token of the predicate (after a dropped "also").
    pub start: usize,
    /// The main verb's token (for a copula, the first token after "is").
    pub verb: usize,
    /// The main verb's base form where known ("met" → "meet"), else the word as written.
    pub lemma: String,
    /// "will meet", "is to visit", "could …": not a done fact.
    pub planned: bool,
    /// "was elected": a passive.
    pub passive: bool,
    /// "is mainly Buddhist": a copula with a complement, not a verb.
    pub copula: bool,
}

/// Auxiliaries and modals a verb group may open with.
pub const AUXILIARIES: [&str; 20] = [
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "been", "be", "not", "never",
];

const MODALS: [&str; 9] = ["will", "would", "could", "can", "may", "might", "should", "must", "did"];

/// Present-tense verbs a news subject takes without an auxiliary ("South Korea says", "Basya believes",
/// "Japan intends to …"): verbs of saying, believing, wanting and planning.
const PRESENT_VERBS: [&str; 26] = [
    "says",
    "believes",
    "wants",
    "plans",
    "hopes",
    "intends",
    "aims",
    "seeks",
    "wishes",
    "vows",
    "pledges",
    "promises",
    "supports",
    "opposes",
    "welcomes",
    "insists",
    "claims",
    "argues",
    "warns",
    "urges",
    "denies",
    "rejects",
    "fears",
    "expects",
    "maintains",
    "reports",
];

/// Present-tense verbs of a plural subject ("Analysts believe", "Officials say"); the patterns take them
/// from a group only, as a name before them is no plural subject.
pub const PLURAL_PRESENT: [&str; 10] =
    ["say", "believe", "fear", "hope", "warn", "expect", "argue", "claim", "insist", "worry"];

/// Verbs of believing and hoping, after which a clause is what someone holds, not what the article states.
const BELIEF_WORDS: [&str; 24] = [
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "fear",
    "fears",
    "feared",
    "hope",
    "hopes",
    "hoped",
    "expect",
    "expects",
    "expected",
    "suspect",
    "suspects",
    "suspected",
    "claim",
    "claims",
    "claimed",
    "doubt",
    "doubts",
    "doubted",
];

/// Words that open a phrase of their own (prepositions and conjunctions): a predicate may be cut before one
/// and still read whole.
pub const PHRASE_WORDS: [&str; 16] = [
    "in", "on", "at", "to", "near", "under", "after", "before", "with", "from", "for", "by", "of", "during", "as",
    "amid",
];

/// Words ending in "-ing" that are no verb's present participle ("is something", "was during").
const NOT_PARTICIPLES: [&str; 12] = [
    "being",
    "something",
    "nothing",
    "anything",
    "everything",
    "during",
    "king",
    "thing",
    "string",
    "spring",
    "morning",
    "evening",
];

/// Whether `w` is a present participle after a form of "be" ("hoping", "looking"): a lower-case word of at
/// least five letters ending in "-ing", not one of [`NOT_PARTICIPLES`].
pub fn is_progressive(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ing")
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !NOT_PARTICIPLES.contains(&w)
}

fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly") && !["only", "early", "reply", "supply", "rally", "italy"].contains(&w))
        || [
            "also", "recently", "already", "again", "still", "first", "just", "since", "later", "then", "now", "not",
            "both",
        ]
        .contains(&w)
}

/// Irregular past tenses and participles of verbs common in news, with their base forms. General English.
const IRREGULAR: [(&str, &str); 70] = [
    ("met", "meet"),
    ("said", "say"),
    ("told", "tell"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("won", "win"),
    ("lost", "lose"),
    ("held", "hold"),
    ("sent", "send"),
    ("began", "begin"),
    ("begun", "begin"),
    ("left", "leave"),
    ("put", "put"),
    ("set", "set"),
    ("kept", "keep"),
    ("led", "lead"),
    ("sought", "seek"),
    ("struck", "strike"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("wrote", "write"),
    ("written", "write"),
    ("became", "become"),
    ("came", "come"),
    ("went", "go"),
    ("gone", "go"),
    ("saw", "see"),
    ("seen", "see"),
    ("fell", "fall"),
    ("hit", "hit"),
    ("cut", "cut"),
    ("shot", "shoot"),
    ("fought", "fight"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("built", "build"),
    ("paid", "pay"),
    ("found", "find"),
    ("chose", "choose"),
    ("drew", "draw"),
    ("ran", "run"),
    ("stood", "stand"),
    ("felt", "feel"),
    ("meant", "mean"),
    ("spent", "spend"),
    ("broke", "break"),
    ("flew", "fly"),
    ("thought", "think"),
    ("shown", "show"),
    ("known", "know"),
    ("grown", "grow"),
    ("done", "do"),
    ("drawn", "draw"),
    ("thrown", "throw"),
    ("chosen", "choose"),
    ("driven", "drive"),
    ("fallen", "fall"),
    ("broken", "break"),
    ("taught", "teach"),
    ("caught", "catch"),
    ("heard", "hear"),
    ("fled", "flee"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("understood", "understand"),
    ("undertook", "undertake"),
];

/// Regular verbs whose base form a "How many … did X <verb>" question needs, past tense → base. The
/// spelling rules of "-ed" (doubling, a dropped "e") are not guessed: a verb outside these tables yields
/// no such question.
const REGULAR: [(&str, &str); 53] = [
    ("evacuated", "evacuate"),
    ("fired", "fire"),
    ("received", "receive"),
    ("killed", "kill"),
    ("injured", "injure"),
    ("rescued", "rescue"),
    ("saved", "save"),
    ("deployed", "deploy"),
    ("arrested", "arrest"),
    ("raised", "raise"),
    ("gained", "gain"),
    ("secured", "secure"),
    ("earned", "earn"),
    ("pledged", "pledge"),
    ("donated", "donate"),
    ("launched", "launch"),
    ("detained", "detain"),
    ("displaced", "displace"),
    ("hosted", "host"),
    ("attracted", "attract"),
    ("reached", "reach"),
    ("added", "add"),
    ("employed", "employ"),
    ("offered", "offer"),
    ("approved", "approve"),
    ("signed", "sign"),
    ("released", "release"),
    ("captured", "capture"),
    ("seized", "seize"),
    ("recorded", "record"),
    ("registered", "register"),
    ("invested", "invest"),
    ("allocated", "allocate"),
    ("promised", "promise"),
    ("produced", "produce"),
    ("defeated", "defeat"),
    ("visited", "visit"),
    ("collected", "collect"),
    ("counted", "count"),
    ("exported", "export"),
    ("imported", "import"),
    ("obtained", "obtain"),
    ("claimed", "claim"),
    ("announced", "announce"),
    ("dispatched", "dispatch"),
    ("returned", "return"),
    ("stated", "state"),
    ("ordered", "order"),
    ("threatened", "threaten"),
    ("vowed", "vow"),
    ("warned", "warn"),
    ("demanded", "demand"),
    ("elected", "elect"),
];

/// Whether `w` reads as a past tense or participle: an irregular one, or a word ending in "-ed" but not
/// "-eed" ("need", "proceed"), save "agreed" and "disagreed", which are.
pub fn is_past(w: &str) -> bool {
    IRREGULAR.iter().any(|(p, _)| *p == w)
        || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        || matches!(w, "agreed" | "disagreed")
}

/// The base form of a past tense in the table of regular verbs ("fired" → "fire"), whose other forms
/// follow the spelling rules.
pub fn regular_base(w: &str) -> Option<&'static str> {
    REGULAR.iter().find(|(p, _)| *p == w).map(|(_, b)| *b)
}

/// Whether `w` is the base form of a verb the tables know ("elect", "fire").
pub fn is_base(w: &str) -> bool {
    IRREGULAR.iter().chain(REGULAR.iter()).any(|(_, b)| *b == w)
}

/// The base form of a past tense, where a table knows it.
pub fn lemma(w: &str) -> Option<&'static str> {
    IRREGULAR.iter().chain(REGULAR.iter()).find(|(p, _)| *p == w).map(|(_, b)| *b)
}

/// The participle of a gerund whose verb a table knows ("firing" → "fired", "taking" → "taken"): the base
/// form plus "-ing", with a final "e" dropped or a final consonant doubled.
pub fn participle_of_gerund(w: &str) -> Option<&'static str> {
    let stem = w.strip_suffix("ing")?;
    let fits = |base: &str| {
        base == stem
            || base.strip_suffix('e') == Some(stem)
            || (stem.len() == base.len() + 1
                && stem.starts_with(base)
                && base.chars().next_back().is_some_and(|c| stem.ends_with(c)))
    };
    // The last entry of a base is its participle ("took" then "taken").
    IRREGULAR.iter().chain(REGULAR.iter()).filter(|(_, b)| !b.is_empty() && fits(b)).map(|(p, _)| *p).next_back()
}

/// Straight double quotes turned into curly pairs (“…”), as the sheets write quoted words; `None` if the
/// quotes do not pair up.
pub fn curly(text: &str) -> Option<String> {
    let straight = text.matches('"').count();
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    if !straight.is_multiple_of(2) || open != close {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut opening = true;
    for c in text.chars() {
        if c == '"' {
            out.push(if opening { '“' } else { '”' });
            opening = !opening;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Words that may open a clause and are lower-cased when it follows "reported that" ("The report comes …"
/// → "reported that the report comes …"); any other first word is kept, as it may be a name.
const LOWER_FIRST: [&str; 19] = [
    "How", "About", "Over", "The", "A", "An", "This", "These", "That", "Those", "Its", "It", "There", "Some", "Many",
    "Most", "No", "Both", "All",
];

pub fn lower_first(clause: &str) -> String {
    let first = clause.split_whitespace().next().unwrap_or("");
    if LOWER_FIRST.contains(&first) {
        let mut chars = clause.chars();
        chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
    } else {
        clause.to_string()
    }
}

impl Sent<'_> {
    /// Who the whole sentence is attributed to, as an opening for a question or statement drafted from it:
    /// "According to Kyodo News" for "According to Kyodo News, …", "…, according to Kyodo News." and "…,
    /// police said."; `None` when the sentence is the article's own.
    pub fn attribution(&self) -> Option<String> {
        let n = self.toks.len();
        if self.is_phrase(0, "according to") {
            let comma = (2..n.min(10)).find(|&k| self.tok(k) == ",")?;
            return Some(format!("According to {}", self.span(2, comma)));
        }
        let (comma, last) = self.closing_words()?;
        if self.is_phrase(comma + 1, "according to") {
            return Some(format!("According to {}", self.span(comma + 3, last + 1)));
        }
        // "…, Kyodo reported Monday.": the day the source said it may close the sentence.
        let last =
            if crate::pack::when::WEEKDAYS.contains(&self.tok(last)) && last > comma + 2 { last - 1 } else { last };
        let verb = self.tok(last).to_lowercase();
        if matches!(verb.as_str(), "said" | "says" | "reported" | "reports" | "added" | "estimated") && last > comma + 1
        {
            let who = self.span(comma + 1, last);
            if matches!(who.to_lowercase().as_str(), "it" | "he" | "she" | "they" | "we" | "i") {
                return None;
            }
            return Some(format!("According to {}", lower_first(who)));
        }
        None
    }

    /// The comma and the last word of the sentence's closing phrase after its last comma, at most six
    /// words and outside a quotation. A phrase naming where the attribution got it ("…, Kyodo said, quoting
    /// government sources.", "…, the agency reported, citing officials.") is passed over: the phrase
    /// before it is the attribution.
    fn closing_words(&self) -> Option<(usize, usize)> {
        let last = self.closing_end()?;
        let comma = (1..=last).rev().find(|&k| self.tok(k) == ",")?;
        (last - comma <= 6 && !self.in_quote(comma)).then_some((comma, last))
    }

    /// The sentence's last word, or the last before a closing phrase of at most six words naming where an
    /// attribution got it (", quoting government sources", ", citing officials").
    pub fn closing_end(&self) -> Option<usize> {
        let word = |k: usize| self.toks.get(k).is_some_and(|t| t.word);
        let last = (0..self.toks.len()).rev().find(|&k| word(k))?;
        match (last.saturating_sub(6)..last).rev().find(|&k| self.tok(k) == ",") {
            Some(comma) if ["quoting", "citing"].iter().any(|w| self.is(comma + 1, w)) => {
                (0..comma).rev().find(|&k| word(k))
            }
            _ => Some(last),
        }
    }

    /// Token `j` and on, past the adverbs that may stand inside a plan's verb group ("also", "now",
    /// "reportedly", "then", "later").
    pub fn past_plan_adverbs(&self, mut j: usize) -> usize {
        while matches!(self.tok(j).to_lowercase().as_str(), "also" | "now" | "reportedly" | "then" | "later") {
            j += 1;
        }
        j
    }

    /// The verb of a plan whose verb group opens at token `at`: "will (shall) V", "is (are) to V", "is
    /// (are) scheduled (slated, expected, set, due) to V", adverbs passed over after "will". With
    /// `told_past`, also "would V" and "was (were) … to V", a plan as a report or the past tells it.
    pub fn verb_to_come(&self, at: usize, told_past: bool) -> Option<usize> {
        let modal = self.tok(at).to_lowercase();
        if matches!(modal.as_str(), "will" | "shall") || (told_past && modal == "would") {
            return Some(self.past_plan_adverbs(at + 1));
        }
        let be = matches!(modal.as_str(), "is" | "are") || (told_past && matches!(modal.as_str(), "was" | "were"));
        if !be {
            return None;
        }
        if self.is(at + 1, "to") {
            return Some(at + 2);
        }
        let set = PLAN_SET.iter().any(|w| self.is(at + 1, w));
        (set && self.is(at + 2, "to")).then_some(at + 3)
    }

    /// Whether the sentence closes by naming who said it ("…, Kyodo said.", "…, the ministry said on
    /// Monday.", "…, Kyodo said, quoting government sources."): it is that source's report, so a named
    /// party's action in it is not the article's own statement ([`Sent::attribution`] gives the source).
    pub fn closes_attributed(&self) -> bool {
        !self.is_phrase(0, "according to") && self.attribution().is_some()
    }
}

/// The words of `text` (letters and digits), for counting.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| &text[t.range.clone()]).collect()
    }

    #[test]
    fn tokens_keep_numbers_hyphens_and_split_possessives() {
        assert_eq!(
            words("Japan's Kim Jong-un won 84,121 votes, 2.5 times \"more\"."),
            vec![
                "Japan", "'s", "Kim", "Jong-un", "won", "84,121", "votes", ",", "2.5", "times", "\"", "more", "\"", "."
            ]
        );
        assert_eq!(words("don't"), vec!["don't"]);
    }

    #[test]
    fn curly_quotes_pair_up_or_refuse() {
        assert_eq!(curly("a \"b\" c").as_deref(), Some("a “b” c"));
        assert_eq!(curly("a \"b c"), None);
    }
}
