//! Reading one paragraph into items (gazetteer phrases, titles, honorifics, capitalised runs, other words)
//! and deciding what each run names. Every rule here is about the shape of English news prose; the words
//! themselves come from the gazetteer.

use std::collections::BTreeMap;

use super::gazetteer::{Gazetteer, Target};
use super::tokens::Token;
use super::{CountryHint, Registry, Single, matched_form};
use crate::pack::EntityKind;

/// Lowercase words that never belong to a role or a place's name: articles, prepositions, pronouns,
/// auxiliaries, quantifiers.
const STOP: [&str; 64] = [
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "which", "who",
    "whom", "whose", "its", "his", "her", "their", "our", "also", "both", "either", "any", "each", "every", "other",
    "another", "such", "than", "then", "there", "here", "while", "when", "where", "after", "before", "into", "some",
    "many", "all", "no", "not", "said",
];

/// What an item of a paragraph is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// A gazetteer phrase naming something ([`Target::Known`]).
    Known(usize),
    /// A weak gazetteer alias ("the North").
    Weak(usize),
    /// A demonym of a country.
    Demonym(usize),
    /// A word or phrase naming one of two coordinated countries whose shared word is written once ("North"
    /// of "North and South Korea", "North" and "South Korean" of "North and South Korean officials"), or a
    /// country's capital named by its demonym ("the Chinese capital"): a mention no form matches.
    Elliptic(usize),
    /// A weak alias with modifiers between its "the" and its noun ("the rival North").
    WeakPhrase(usize),
    /// A title or role noun; `title` is its lowercase singular form.
    Title { plural: bool, title: String },
    /// "Mr.", "Dr." …
    Honorific,
    /// Capitalised words, one after another.
    Run,
    /// Any other word.
    Word,
}

/// Words `first..=last` of a paragraph, read as one item.
#[derive(Debug, Clone)]
struct Item {
    kind: Kind,
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    full_end: usize,
    poss: bool,
}

/// A people a run names ("Rohingya", "Bangladeshis").
struct People {
    /// The country whose demonym it is, as an index into [`Gazetteer::known`].
    country: Option<usize>,
}

/// What a run was found to name.
#[derive(Debug, Clone, Default)]
struct Person {
    role: Option<String>,
    role_title: Option<String>,
    country: Option<CountryHint>,
    description: Option<String>,
    /// The role is a plural title ("councillors Alvin Yeung … and Leung Kwok-hung"): the names that follow in
    /// the same list share it.
    shared: bool,
    /// The person goes on a list of persons begun before.
    listed: bool,
    /// The role is a possessive ("DAB's"): shared only with a name joined by "and" right after.
    possessive: bool,
}

struct Reader<'a> {
    g: &'a Gazetteer,
    text: &'a str,
    tokens: &'a [Token],
    items: Vec<Item>,
}

/// Reads one paragraph's words, drafting what they name into `reg` and noting single capitalised words in
/// `singles`.
pub(super) fn paragraph(g: &Gazetteer, text: &str, tokens: &[Token], reg: &mut Registry, singles: &mut Vec<Single>) {
    let mut r = Reader { g, text, tokens, items: Vec::new() };
    r.segment();
    r.classify(reg, singles);
}

impl Reader<'_> {
    fn word(&self, t: usize) -> &str {
        self.tokens.get(t).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    /// Whether words `a` and `a + 1` are joined by one space (and `a` has no possessive).
    fn joined(&self, a: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(a + 1)) {
            (Some(x), Some(y)) => !x.poss && self.text.get(x.full_end..y.start) == Some(" "),
            _ => false,
        }
    }

    /// A capitalised word that is not a common word or an honorific.
    fn name_word(&self, t: usize) -> bool {
        let w = self.word(t);
        let initial = self.tokens.get(t).is_some_and(|t| t.initial);
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let common = initial && self.g.common.contains(w);
        capitalised && !common && !self.g.honorifics.contains(w) && !self.g.never_names.contains(w)
    }

    /// The gazetteer phrase at word `i`: its last word and what it names.
    fn phrase_at(&self, i: usize) -> Option<(usize, Target)> {
        let t = self.tokens.get(i)?;
        let keys = [self.text.get(t.start..t.full_end), self.text.get(t.start..t.end)];
        for key in keys.into_iter().flatten() {
            for (phrase, target) in self.g.phrases.get(key).into_iter().flatten() {
                if let Some(last) = matched_form(self.text, self.tokens, i, phrase) {
                    return Some((last, *target));
                }
            }
        }
        None
    }

    fn title_at(&self, i: usize) -> Option<(usize, bool, String)> {
        title_at(self.g, self.text, self.tokens, i)
    }

    fn item(&self, kind: Kind, first: usize, last: usize) -> Item {
        let (f, l) = (&self.tokens[first], &self.tokens[last]);
        Item { kind, first, last, start: f.start, end: l.end, full_end: l.full_end, poss: l.poss }
    }

    /// The country a word names when it is coordinated with a country's name or demonym that shares the rest
    /// ("North" in "North and South Korea": "North Korea"), and the second phrase's last word and country;
    /// both must be phrases of one sort (two names or two demonyms) of two different countries.
    fn elliptic_at(&self, i: usize) -> Option<(usize, usize, usize, bool)> {
        if !self.name_word(i) || !matches!(self.word(i + 1), "and" | "or") || !self.joined(i) || !self.joined(i + 1) {
            return None;
        }
        if self.phrase_at(i).is_some() || self.title_at(i).is_some() {
            return None;
        }
        let (last, second) = self.phrase_at(i + 2)?;
        let (from, to) = (self.tokens.get(i + 2)?, self.tokens.get(last)?);
        let phrase = self.text.get(from.start..to.end)?;
        let rest = phrase.strip_prefix(self.word(i + 2))?.strip_prefix(' ')?;
        let wanted = format!("{} {rest}", self.word(i));
        let (_, first) = self.g.phrases.get(self.word(i))?.iter().find(|(p, _)| *p == wanted)?;
        let country = |c: usize| self.g.known.get(c).is_some_and(|k| k.kind == EntityKind::Country);
        match (*first, second) {
            (Target::Known(one), Target::Known(other)) if one != other && country(one) && country(other) => {
                Some((one, last, other, false))
            }
            (Target::Demonym(one), Target::Demonym(other)) if one != other => Some((one, last, other, true)),
            _ => None,
        }
    }

    /// "the rival North", "the impoverished North": "the", one or two lowercase modifiers, and the noun of a
    /// weak alias ("the North") used as a noun (no capitalised word joined after it). The alias's target and
    /// the noun's word.
    fn weak_phrase_at(&self, i: usize) -> Option<(usize, usize)> {
        if !matches!(self.word(i), "the" | "The") {
            return None;
        }
        let modifier = |t: usize| {
            let w = self.word(t);
            !w.is_empty()
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !STOP.contains(&w)
                && !self.tokens.get(t).is_some_and(|t| t.poss)
        };
        for j in [i + 2, i + 3] {
            if !(i + 1..j).all(|t| modifier(t) && self.joined(t - 1)) || !self.joined(j - 1) {
                return None;
            }
            let wanted = format!("the {}", self.word(j));
            let weak = self.g.phrases.get("the").into_iter().flatten().find_map(|(p, t)| match t {
                Target::Weak(k) if *p == wanted => Some(*k),
                _ => None,
            });
            if let Some(k) = weak {
                let noun = !(self.joined(j) && self.name_word(j + 1));
                return noun.then_some((k, j));
            }
        }
        None
    }

    /// Cuts the paragraph into items.
    fn segment(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            if let Some((first, last, second, demonyms)) = self.elliptic_at(i) {
                self.items.push(self.item(Kind::Elliptic(first), i, i));
                self.items.push(self.item(Kind::Word, i + 1, i + 1));
                if demonyms {
                    // "North and South Korean officials": the second demonym names its country too, not a
                    // group of that one country's officials.
                    self.items.push(self.item(Kind::Elliptic(second), i + 2, last));
                    i = last + 1;
                } else {
                    i += 2;
                }
                continue;
            }
            // "the Chinese capital": the capital city of the demonym's country (a fact of the gazetteer).
            if let Some((Target::Demonym(c), last)) = self.phrase_at(i).map(|(l, t)| (t, l))
                && self.joined(last)
                && self.word(last + 1) == "capital"
                && !(self.joined(last + 1) && self.name_word(last + 2))
                && let Some(city) = self.g.known.iter().position(|k| k.capital && k.country == Some(c))
            {
                let the = self.items.last().filter(|it| {
                    it.kind == Kind::Word
                        && matches!(self.word(it.first), "the" | "The")
                        && it.first + 1 == i
                        && self.joined(it.first)
                });
                // Only with its "the": "Chinese capital flowed in" is money.
                if let Some(first) = the.map(|it| it.first) {
                    self.items.pop();
                    self.items.push(self.item(Kind::Elliptic(city), first, last + 1));
                    i = last + 2;
                    continue;
                }
            }
            if let Some((k, last)) = self.weak_phrase_at(i) {
                self.items.push(self.item(Kind::WeakPhrase(k), i, last));
                i = last + 1;
                continue;
            }
            if let Some((last, target)) = self.phrase_at(i) {
                // A country or place followed by a capitalised word that is neither a title nor another
                // phrase starts a longer name ("Seoul National University", "Indonesian Navy").
                // Not before a person's name ("Ambassador to the U.S. Qin Gang").
                let person_next =
                    self.g.surnames.contains(self.word(last + 1)) || self.g.given.contains(self.word(last + 1));
                let longer = self.joined(last)
                    && self.name_word(last + 1)
                    && self.title_at(last + 1).is_none()
                    && self.phrase_at(last + 1).is_none()
                    && !person_next;
                // A phrase that starts inside this one and goes on past it wins ("the South China Sea" is not
                // "the South").
                let overlapped = (i + 1..=last).any(|j| self.phrase_at(j).is_some_and(|(l, _)| l > last));
                if overlapped {
                    self.items.push(self.item(Kind::Word, i, i));
                    i += 1;
                    continue;
                }
                if !longer {
                    let kind = match target {
                        Target::Known(k) => Kind::Known(k),
                        Target::Weak(k) => Kind::Weak(k),
                        Target::Demonym(k) => Kind::Demonym(k),
                    };
                    self.items.push(self.item(kind, i, last));
                    i = last + 1;
                    continue;
                }
            } else if let Some((last, plural, title)) = self.title_at(i).filter(|&(last, _, _)| {
                // "Justice Party", "Labour Party": a capitalised title before a marker word names an organisation.
                !(self.word(i).chars().next().is_some_and(char::is_uppercase)
                    && self.joined(last)
                    && self.g.markers.contains(self.word(last + 1)))
            }) {
                self.items.push(self.item(Kind::Title { plural, title }, i, last));
                i = last + 1;
                continue;
            }
            if self.g.honorifics.contains(self.word(i)) {
                self.items.push(self.item(Kind::Honorific, i, i));
                i += 1;
                continue;
            }
            if !self.name_word(i) {
                self.items.push(self.item(Kind::Word, i, i));
                i += 1;
                continue;
            }
            let last = self.run_from(i);
            // A sentence's first word before a name is often a verb or an adverb ("Meeting Kim Jong-un, …").
            let w = self.word(i);
            let start =
                if last > i && self.tokens[i].initial && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
                {
                    self.items.push(self.item(Kind::Word, i, i));
                    i + 1
                } else {
                    i
                };
            self.items.push(self.item(Kind::Run, start, last));
            i = last + 1;
        }
    }

    /// The last word of the capitalised run starting at word `i`.
    fn run_from(&self, first: usize) -> usize {
        let mut j = first;
        let mut after_of = false;
        loop {
            let Some(t) = self.tokens.get(j) else { return j.saturating_sub(1) };
            if j + 1 >= self.tokens.len() || self.text.get(t.full_end..self.tokens[j + 1].start) != Some(" ") {
                return j;
            }
            if t.poss && !self.possessive_inside(j) {
                return j;
            }
            // A marker word ends a run even where it could be a title ("the Neo Democrats").
            let next_plain = self.name_word(j + 1)
                && (self.title_at(j + 1).is_none() || self.g.markers.contains(self.word(j + 1)))
                && !self.g.honorifics.contains(self.word(j + 1));
            if next_plain {
                j += 1;
                continue;
            }
            // "Ministry of Foreign Affairs", "Bank of Korea", "University of the Philippines".
            let w = self.word(j);
            if matches!(self.word(j + 1), "of" | "for")
                && (self.g.heads.contains(w) || self.g.markers.contains(w))
                && self.joined(j + 1)
            {
                let mut k = j + 2;
                if self.word(k) == "the" && self.joined(k) {
                    k += 1;
                }
                if self.name_word(k) {
                    j = k;
                    after_of = true;
                    continue;
                }
            }
            // "Ministry of Internal Affairs and Communications".
            // Not "the Bank of Korea and DAB's Ben Chan": no acronym, possessive or gazetteer name after "and".
            let joins_name = self.name_word(j + 2)
                && !is_acronym(self.word(j + 2))
                && !self.tokens.get(j + 2).is_some_and(|t| t.poss)
                && self.phrase_at(j + 2).is_none();
            if after_of && self.word(j + 1) == "and" && self.joined(j + 1) && joins_name {
                j += 2;
                continue;
            }
            return j;
        }
    }

    /// Whether the possessive word `j` is inside an organisation's name ("Korean People's Army", "New
    /// People's Party"): one to three capitalised words after it end in a marker word.
    fn possessive_inside(&self, j: usize) -> bool {
        let mut k = j + 1;
        while k <= j + 3 && self.name_word(k) {
            if self.g.markers.contains(self.word(k)) {
                return true;
            }
            if !self.joined(k) {
                return false;
            }
            k += 1;
        }
        false
    }

    fn text_of(&self, a: usize, b: usize) -> &str {
        match (self.items.get(a), self.items.get(b)) {
            (Some(x), Some(y)) => self.text.get(x.start..y.end).unwrap_or(""),
            _ => "",
        }
    }

    /// The text between items `a` and `a + 1`.
    fn gap(&self, a: usize) -> &str {
        match (self.items.get(a), self.items.get(a + 1)) {
            (Some(x), Some(y)) => self.text.get(x.full_end..y.start).unwrap_or(""),
            _ => "",
        }
    }

    fn item_word(&self, k: usize) -> &str {
        self.items.get(k).map_or("", |it| if it.kind == Kind::Word { self.word(it.first) } else { "" })
    }

    fn run_words(&self, k: usize) -> Vec<&str> {
        self.items.get(k).map_or_else(Vec::new, |it| (it.first..=it.last).map(|t| self.word(t)).collect())
    }

    fn is_run(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|it| it.kind == Kind::Run)
    }

    /// A lowercase word that may stand in a role before a title ("pro-Beijing", "nonpartisan", "district").
    fn modifier(&self, k: usize) -> bool {
        let Some(it) = self.items.get(k) else { return false };
        let w = self.word(it.first);
        let hyphenated = w.contains('-') && it.first == it.last;
        // A sentence's first word is capitalised for that only ("Acting President Choi Sang-mok").
        let initial =
            it.kind == Kind::Run && it.first == it.last && self.tokens.get(it.first).is_some_and(|t| t.initial);
        let listed = (it.kind == Kind::Word || initial) && self.g.role_modifiers.contains(&w.to_lowercase());
        (hyphenated || listed) && !STOP.contains(&w) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !it.poss
    }

    /// The country of a run that is a role's modifier and a demonym ("Former Japanese", "Outgoing South
    /// Korean" opening a sentence, where the capital joins the words into one run).
    fn dated_demonym_run(&self, k: usize) -> Option<CountryHint> {
        let it = self.items.get(k).filter(|it| it.kind == Kind::Run && it.last > it.first)?;
        if !self.g.role_modifiers.contains(&self.word(it.first).to_lowercase()) {
            return None;
        }
        let (last, target) = self.phrase_at(it.first + 1)?;
        match target {
            Target::Demonym(c) if last == it.last => Some(CountryHint { known: c, strong: true }),
            _ => None,
        }
    }

    /// Whether run `k` is a newspaper's name: two words or more, the last a media marker ("The Straits Times",
    /// "South China Morning Post").
    fn media_run(&self, k: usize) -> bool {
        let words = self.run_words(k);
        self.is_run(k) && words.len() >= 2 && words.last().is_some_and(|w| self.g.media_markers.contains(*w))
    }

    /// Whether item `k` is an organisation or news outlet of the gazetteer.
    fn known_organisation(&self, k: usize) -> bool {
        matches!(self.items.get(k).map(|it| &it.kind), Some(Kind::Known(o))
            if self.g.known.get(*o).is_some_and(|o| matches!(o.kind, EntityKind::Organisation | EntityKind::Media)))
    }

    /// Whether run `k` looks like an organisation's name: an acronym, a run ending in a marker word, or a
    /// head word with "of".
    fn org_run(&self, k: usize) -> bool {
        let words = self.run_words(k);
        if !self.is_run(k) || words.is_empty() {
            return false;
        }
        let text = self.text_of(k, k);
        // "the Sanseito party": a lowercase "party" after a name.
        if self.gap(k) == " " && self.item_word(k + 1) == "party" {
            return true;
        }
        if let [w] = words[..] {
            // "TOKYO —" in a dateline is a city in capitals, not an acronym.
            let titlecase: String = w.chars().take(1).chain(w.chars().skip(1).flat_map(char::to_lowercase)).collect();
            return is_acronym(w) && !self.g.not_organisations.contains(w) && !self.g.phrases.contains_key(&titlecase);
        }
        let last = words.last().copied().unwrap_or("");
        self.g.markers.contains(last)
            || self.g.markers.iter().any(|m| m.contains(' ') && text.ends_with(&format!(" {m}")))
            || words
                .windows(2)
                .any(|w| matches!(w[1], "of" | "for") && (self.g.heads.contains(w[0]) || self.g.markers.contains(w[0])))
    }

    /// Whether run `k` has the shape of a person's name: two or three alphabetic capitalised words, no
    /// marker word.
    fn name_shaped(&self, k: usize) -> bool {
        let words = self.run_words(k);
        self.is_run(k)
            && (2..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
            && !self.org_run(k)
            && !words.last().is_some_and(|w| self.g.place_markers.contains(*w))
    }

    /// Whether a name-shaped run reads as a person's name by itself: a known first name or East Asian family
    /// name first, a romanised given name last ("Jae-in", "Chung-tai"), or two words that are both romanised
    /// Japanese ("Shigeru Yokota", "Kenichiro Sasae").
    fn person_by_name(&self, k: usize) -> bool {
        let words = self.run_words(k);
        self.name_shaped(k)
            && (words.first().is_some_and(|w| self.g.given.contains(*w) || self.g.surnames.contains(*w))
                || words.last().is_some_and(|w| romanised_given_name(w))
                || (words.len() == 2 && words.iter().all(|w| romanised_japanese(w))))
    }

    fn country_hint(&self, k: usize, strong: bool) -> Option<CountryHint> {
        match self.items.get(k).map(|it| &it.kind) {
            Some(Kind::Demonym(c)) => Some(CountryHint { known: *c, strong }),
            Some(Kind::Known(c)) => {
                let known = self.g.known.get(*c)?;
                match known.kind {
                    EntityKind::Country => Some(CountryHint { known: *c, strong }),
                    EntityKind::Organisation | EntityKind::Media => {
                        known.country.map(|c| CountryHint { known: c, strong: false })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The country a run of several words starts with ("Chinese Foreign Ministry", "China Coast Guard").
    fn run_country(&self, k: usize) -> Option<CountryHint> {
        let it = self.items.get(k).filter(|it| it.kind == Kind::Run && it.last > it.first)?;
        // "Constitutional Democratic Party of Japan": the country after the last "of".
        let of = (it.first..it.last).rev().find(|&t| self.word(t) == "of");
        // "Armed Forces of the Philippines": "the" may stand between.
        let of = of.map(|t| if self.word(t + 1) == "the" { t + 1 } else { t });
        if let Some((last, Target::Known(c))) = of.and_then(|t| self.phrase_at(t + 1))
            && last == it.last
            && self.g.known.get(c).is_some_and(|c| c.kind == EntityKind::Country)
        {
            return Some(CountryHint { known: c, strong: true });
        }
        let (last, target) = self.phrase_at(it.first)?;
        match target {
            Target::Known(c) | Target::Demonym(c)
                if last < it.last && self.g.known.get(c).is_some_and(|c| c.kind == EntityKind::Country) =>
            {
                Some(CountryHint { known: c, strong: true })
            }
            _ => None,
        }
    }

    /// A run's words after the country or demonym it starts with ("Foreign Ministry" of "Chinese Foreign
    /// Ministry"), when they start with a capital and are two words or more: one word alone ("Navy" of
    /// "Indonesian Navy") would name every country's.
    fn without_country(&self, k: usize) -> Option<&str> {
        self.run_country(k)?;
        let it = self.items.get(k)?;
        // Only after a demonym: a country's name may be the office's subject, not its owner ("Taiwan Affairs
        // Office" is no "Affairs Office").
        let (last, Target::Demonym(_)) = self.phrase_at(it.first)? else { return None };
        let rest = self.tokens.get(last + 1)?;
        let text = self.text.get(rest.start..it.end)?;
        (text.chars().next().is_some_and(char::is_uppercase) && text.contains(' ')).then_some(text)
    }

    /// The role a title right before run `k` gives (`Japan's Prime Minister`, `pro-Beijing district
    /// councillor`, `State Department Spokesperson`).
    fn role_before(&self, k: usize) -> Option<Person> {
        let end = k.checked_sub(1)?;
        // "Chinese Ambassador to the U.S. Qin Gang": a title with its complement, a named country or body.
        let t = self.complement_before(end).unwrap_or(end);
        let Kind::Title { plural, title } = &self.items.get(t)?.kind else { return None };
        // "the Prime Minister's Office" names no person.
        if !matches!(self.gap(end), " " | ", ") || self.items[end].poss {
            return None;
        }
        // "Taliban officials, Voice of America reported": a plural title shares itself only with names
        // right after it.
        if *plural && self.gap(end) == ", " {
            return None;
        }
        let mut start = t;
        let mut country = None;
        let mut mods = 0;
        // "Democratic Progressive Party (DPP) candidate": the acronym in brackets is left out of the role.
        let mut bracket: Option<(usize, usize)> = None;
        while let Some(mut p) = start.checked_sub(1) {
            if bracket.is_none()
                && self.gap(p) == ") "
                && p >= 1
                && self.gap(p - 1) == " ("
                && self.items[p].first == self.items[p].last
                && is_acronym(self.word(self.items[p].first))
                && (self.org_run(p - 1) || self.known_organisation(p - 1))
            {
                bracket = Some((self.items[p - 1].end, self.items[p].full_end + 1));
                p -= 1;
                start = p;
                country = self.run_country(p).or_else(|| self.country_hint(p, false));
                if let Some(q) = p.checked_sub(1).filter(|&q| self.gap(q) == " ") {
                    // "Taiwan's ruling Democratic Progressive Party (DPP) candidate".
                    let mut q = q;
                    let mut mods2 = 0;
                    loop {
                        if self.modifier(q) && mods2 < 2 {
                            start = q;
                            mods2 += 1;
                        } else if matches!(self.items[q].kind, Kind::Demonym(_) | Kind::Known(_)) {
                            if let Some(c) = self.country_hint(q, true) {
                                country = Some(c);
                                start = q;
                            }
                            break;
                        } else {
                            break;
                        }
                        match q.checked_sub(1).filter(|&r| self.gap(r) == " ") {
                            Some(r) => q = r,
                            None => break,
                        }
                    }
                }
                break;
            }
            if self.gap(p) != " " {
                break;
            }
            match &self.items[p].kind {
                Kind::Title { .. } => start = p,
                Kind::Demonym(_) | Kind::Known(_) => {
                    country = self.country_hint(p, true);
                    // "UN Secretary-General": an organisation belongs to the role even without a country;
                    // so does a seat of government ("Blue House press secretary", "White House spokesman").
                    let organisation = matches!(self.items[p].kind, Kind::Known(o)
                        if self.g.known.get(o).is_some_and(|o| matches!(o.kind, EntityKind::Organisation | EntityKind::Media | EntityKind::Place)));
                    if country.is_some() || organisation {
                        start = p;
                        // "former Japanese Prime Minister", "the late North Korean leader": a word that
                        // dates the role stays in it, or the role would name an office the person no
                        // longer (or not yet) holds.
                        while let Some(q) = start.checked_sub(1).filter(|&q| self.gap(q) == " ") {
                            if !(self.modifier(q) && mods < 2) {
                                break;
                            }
                            start = q;
                            mods += 1;
                        }
                    }
                    break;
                }
                Kind::Run if self.org_run(p) => {
                    start = p;
                    country = self.run_country(p);
                    break;
                }
                // "Former Japanese Prime Minister" opening a sentence: "Former Japanese" is read as one run.
                Kind::Run if let Some(hint) = self.dated_demonym_run(p) => {
                    start = p;
                    country = Some(hint);
                    break;
                }
                _ if self.modifier(p) && mods < 2 => {
                    start = p;
                    mods += 1;
                }
                _ => break,
            }
        }
        // "Wang Yi, Chinese vice-foreign minister, Kim Yong Il, …": a role between commas after a name is
        // that name's appositive, not a title before the next.
        if self.gap(end) == ", "
            && start.checked_sub(1).is_some_and(|p| self.gap(p) == ", " && (self.is_run(p) || self.person_item(p)))
        {
            return None;
        }
        let mut role = self.text_of(start, end).to_string();
        if let Some((from, to)) = bracket {
            let base = self.items[start].start;
            if let (Some(a), Some(b)) = (role.get(..from - base), role.get(to - base..)) {
                role = format!("{a}{b}");
            }
        }
        if *plural {
            role.pop();
        }
        // "Pan-democrat Lam Cheuk-ting", "Nonpartisan Paul Tse": capitalised only for starting the sentence.
        let first = &self.items[start];
        let first_word = self.word(first.first).to_lowercase();
        let common_noun = match &first.kind {
            Kind::Title { title, .. } => self.g.lowercase_titles.contains(title),
            Kind::Word | Kind::Run => {
                first_word.contains('-') || first.kind == Kind::Word || self.g.role_modifiers.contains(&first_word)
            }
            _ => false,
        };
        if self.tokens.get(first.first).is_some_and(|t| t.initial) && common_noun {
            role = lowercase_first(&role);
        }
        Some(Person {
            role: Some(role),
            role_title: Some(title.clone()),
            country,
            description: None,
            shared: *plural,
            listed: false,
            possessive: false,
        })
    }

    /// Whether item `p` ends a name a person's role may follow ("Wang Yi" in "Wang Yi, Chinese vice-foreign
    /// minister,"): a run of capitalised words.
    fn person_item(&self, p: usize) -> bool {
        self.is_run(p) && self.name_shaped(p)
    }

    /// The title before a complement that ends at item `end` right before a name: "Ambassador to the U.S." of
    /// "Chinese Ambassador to the U.S. Qin Gang", "Special Representative for North Korea" — "to", "for",
    /// "of" or "at", perhaps "the", and one named country, body or place.
    fn complement_before(&self, end: usize) -> Option<usize> {
        let named = matches!(self.items.get(end)?.kind, Kind::Known(_)) || self.org_run(end);
        if !named || self.gap(end) != " " {
            return None;
        }
        let mut j = end.checked_sub(1)?;
        if self.item_word(j) == "the" {
            j = j.checked_sub(1)?;
        }
        let t = j.checked_sub(1)?;
        let joined = (t..end).all(|x| self.gap(x) == " ");
        (matches!(self.item_word(j), "to" | "for" | "of" | "at")
            && joined
            && matches!(self.items[t].kind, Kind::Title { plural: false, .. }))
        .then_some(t)
    }

    /// The role a title with a complement gives, before a comma and run `k`: "the national security chief at
    /// the presidential Blue House, Chung Eui-yong", "Pyongyang's chief envoy to the six-party talks, Ri
    /// Yong-ho". The phrase starts with "the", "a" or a possessive name (or a bare title right after a verb:
    /// "included director of the National Intelligence Service, Suh Hoon"), has up to three modifiers before
    /// its title, and a complement of up to eight words after it that starts with a preposition.
    fn role_with_complement_before(&self, k: usize) -> Option<Person> {
        let c = k.checked_sub(1).filter(|&c| self.gap(c) == ", ")?;
        let mut t = None;
        for j in (c.saturating_sub(9)..c).rev() {
            if self.gap(j) != " " {
                return None;
            }
            if matches!(self.items[j].kind, Kind::Title { plural: false, .. })
                && matches!(self.item_word(j + 1), "to" | "for" | "at" | "of" | "on" | "in")
            {
                t = Some(j);
                break;
            }
        }
        let t = t?;
        let Kind::Title { title, .. } = &self.items[t].kind else { return None };
        // The complement: plain words and names, no person and no verb of saying.
        if (t + 1..=c).any(|j| self.person_by_name(j) || self.g.speech.contains(self.item_word(j))) {
            return None;
        }
        let mut start = t;
        let mut mods = 0;
        let mut country = None;
        let mut after_verb = false;
        while let Some(p) = start.checked_sub(1) {
            if self.gap(p) != " " {
                return None;
            }
            let it = &self.items[p];
            if it.poss && matches!(it.kind, Kind::Known(_) | Kind::Run | Kind::Demonym(_)) {
                country = self.country_hint(p, true);
                start = p;
                break;
            }
            if matches!(self.item_word(p), "the" | "a" | "an") {
                break;
            }
            let w = self.item_word(p);
            // "… and included director of the National Intelligence Service spy agency, Suh Hoon": a verb
            // before a bare title ends the phrase.
            if mods == 0 && start == t && (self.g.actions.contains(w) || (w.len() > 4 && w.ends_with("ed"))) {
                after_verb = true;
                break;
            }
            let plain = !w.is_empty() && w.chars().all(|ch| ch.is_lowercase() || ch == '-') && !STOP.contains(&w);
            if mods < 3 && (plain || matches!(it.kind, Kind::Title { plural: false, .. } | Kind::Demonym(_))) {
                if let Some(hint) = self.country_hint(p, true) {
                    country = Some(hint);
                }
                start = p;
                mods += 1;
                continue;
            }
            return None;
        }
        // Not "…, Wang Yi, the envoy to China, Kim …": the phrase must not be an appositive of a name before.
        let lead = if self.items[start].poss { start } else { start.checked_sub(1)? };
        if !after_verb && lead.checked_sub(1).is_some_and(|p| self.gap(p).contains(',') && self.person_item(p)) {
            return None;
        }
        let role = self.text_of(start, c).to_string();
        Some(Person { role: Some(role), role_title: Some(title.clone()), country, ..Person::default() })
    }

    /// The role "[the] Title of [the] Country, " right before run `k` gives ("The president of the
    /// Philippines, Benigno Aquino III"): "president of the Philippines", with the country.
    fn role_of_country_before(&self, k: usize) -> Option<Person> {
        let c = k.checked_sub(1).filter(|&c| self.gap(c) == ", ")?;
        let country = self.country_hint(c, true)?;
        let mut j = c.checked_sub(1)?;
        if self.item_word(j) == "the" {
            j = j.checked_sub(1)?;
        }
        let t = j.checked_sub(1).filter(|_| self.item_word(j) == "of")?;
        let Kind::Title { plural: false, title } = &self.items.get(t)?.kind else { return None };
        if (t..c).any(|x| self.gap(x) != " ") || !matches!(self.items[c].kind, Kind::Known(_)) {
            return None;
        }
        let role = self.text_of(t, c);
        let role = if self.g.lowercase_titles.contains(title)
            || self.tokens.get(self.items[t].first).is_some_and(|x| x.initial)
        {
            lowercase_first(role)
        } else {
            role.to_string()
        };
        Some(Person { role: Some(role), role_title: Some(title.clone()), country: Some(country), ..Person::default() })
    }

    /// The role an appositive after run `k` gives: `, [the] [country's|demonym] Title [of Country],`.
    fn appositive(&self, k: usize) -> Option<Person> {
        // "Hwang Pyong So (left in photo), the newly elected vice chairman …": a bracket after the name is
        // passed over.
        let k = if self.gap(k) == " (" {
            (k + 1..(k + 8).min(self.items.len())).find(|&j| self.gap(j) == "), ").unwrap_or(k)
        } else {
            k
        };
        if !matches!(self.gap(k), ", " | "), ") {
            return None;
        }
        let mut first = k + 1;
        let article = matches!(self.item_word(first), "the" | "a" | "an");
        if article {
            first += 1;
        }
        if first >= self.items.len() {
            return None;
        }
        let mut last = first;
        while last < first + 10 && self.gap(last) == " " && last + 1 < self.items.len() {
            last += 1;
        }
        let after = self.items.get(last).and_then(|it| self.text.get(it.full_end..)).unwrap_or("");
        // "…, foreign minister of the Republic of Korea (ROK).": a bracketed abbreviation is passed over.
        let after = after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .filter(|(inner, _)| {
                (2..=6).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            })
            .map_or(after, |(_, rest)| rest);
        if !(after.is_empty() || after.starts_with([',', '.', ';', ')', '"', '”'])) {
            return None;
        }
        let mut title_at = None;
        let mut country = None;
        for j in first..=last {
            match &self.items[j].kind {
                Kind::Title { .. } => {
                    title_at = Some(j);
                    // The title ends at the last of consecutive titles.
                    if self.items.get(j + 1).is_some_and(|n| matches!(n.kind, Kind::Title { .. })) && j < last {
                        continue;
                    }
                    break;
                }
                Kind::Demonym(_) | Kind::Known(_) => country = country.or_else(|| self.country_hint(j, true)),
                Kind::Run if self.org_run(j) => {}
                _ if self.modifier(j) => {}
                // "the newly elected vice chairman".
                Kind::Word
                    if title_at.is_none() && {
                        let w = self.word(self.items[j].first);
                        w.chars().all(char::is_lowercase) && (w.ends_with("ly") || w.ends_with("ed")) && w.len() > 4
                    } => {}
                _ => return None,
            }
        }
        let t = title_at?;
        let Kind::Title { plural: false, title } = &self.items[t].kind else { return None };
        // "…, the president of South Korea,": the country after the title.
        if country.is_none() && self.item_word(t + 1) == "of" && t + 2 <= last {
            country = self.country_hint(t + 2, true);
        }
        for j in t + 1..=last {
            if country.is_none() {
                country = self.country_hint(j, false);
            }
        }
        let role = self.text_of(first, t).to_string();
        let description = (last > t).then(|| {
            let phrase = self.text_of(first, last);
            if article { format!("{} {phrase}", self.item_word(k + 1)) } else { format!("the {phrase}") }
        });
        Some(Person {
            role: Some(role),
            role_title: Some(title.clone()),
            country,
            description,
            shared: false,
            listed: false,
            possessive: false,
        })
    }

    /// Classifies every run and drafts what the items name.
    fn classify(&self, reg: &mut Registry, singles: &mut Vec<Single>) {
        let mut forced: BTreeMap<usize, EntityKind> = BTreeMap::new();
        // The last person of a list being read: its item and the role it shares.
        let mut list: Option<(usize, Option<Person>)> = None;
        for k in 0..self.items.len() {
            let it = &self.items[k];
            let form = self.text.get(it.start..it.end).unwrap_or("");
            match &it.kind {
                Kind::Known(i) => {
                    let e = reg.known(self.g, *i, form, it.start);
                    self.acronym_after(k, e, reg, &mut forced);
                    if let Some(country) = self.capital_as_government(k) {
                        reg.drafts[e].within = reg.drafts[e].within.or(Some(country));
                    }
                }
                Kind::Weak(i) => reg.pending_weak.push((*i, form.to_string())),
                Kind::WeakPhrase(i) => reg.weak_spans.push((*i, it.start..it.end)),
                Kind::Elliptic(c) => {
                    let name = self.g.known.get(*c).map_or("", |k| k.name.as_str());
                    let e = reg.known(self.g, *c, name, it.start);
                    reg.explicit.push((e, it.start..it.end));
                    // "the Chinese capital" is a name of the city the sentence can be checked against (a
                    // visit drafted from "Abe arrived in the Chinese capital" names Beijing by it); the
                    // "North" of "North and South Korea" is not.
                    if form.ends_with(" capital") {
                        let form = form.strip_prefix("The ").map_or(form.to_string(), |f| format!("the {f}"));
                        if !reg.drafts[e].weak.contains(&form) {
                            reg.drafts[e].weak.push(form);
                        }
                    }
                }
                Kind::Demonym(c) => self.demonym_organisation(k, *c, reg),
                // "Analysts said": a plural role noun may be a group of people too.
                Kind::Word | Kind::Title { plural: true, .. } => {
                    self.group(k, reg);
                    self.bloc(k, reg);
                }
                // "Fishermen rescued …": a group noun capitalised for starting the sentence.
                Kind::Run if it.first == it.last && self.tokens[it.first].initial && self.group(k, reg) => {}
                Kind::Run => {
                    if let Some(kind) = forced.get(&k) {
                        if *kind == EntityKind::Event {
                            continue; // an acronym given as another entity's alias
                        }
                        let e = reg.named(*kind, form, it.start);
                        self.acronym_after(k, e, reg, &mut forced);
                        continue;
                    }
                    if let Some(people) = self.people(k) {
                        let e = reg.named(EntityKind::Group, form, it.start);
                        if let Some(c) = people.country {
                            reg.drafts[e].country =
                                reg.drafts[e].country.or(Some(CountryHint { known: c, strong: false }));
                        }
                        continue;
                    }
                    if let Some(person) = self.person(k, list.as_ref(), &mut forced) {
                        let words = self.run_words(k);
                        let e = reg.named(EntityKind::Person, form, it.start);
                        if let (1, Some(prefix)) = (words.len(), self.prefix(k)) {
                            let titled = format!("{prefix} {form}");
                            reg.drafts[e].add_form(&titled);
                            singles.push(Single {
                                word: form.to_string(),
                                prefix: Some(prefix.to_string()),
                                says: false,
                            });
                        }
                        let d = &mut reg.drafts[e];
                        if d.kind == EntityKind::Person {
                            if d.role.is_none() {
                                d.role.clone_from(&person.role);
                                d.role_title.clone_from(&person.role_title);
                            }
                            d.country = d.country.or(person.country);
                            if d.description.is_none() {
                                d.description.clone_from(&person.description);
                            }
                        }
                        let shared = if person.shared {
                            Some(person)
                        } else if person.listed {
                            list.and_then(|(_, s)| s)
                        } else {
                            None
                        };
                        list = Some((k, shared));
                        continue;
                    }
                    if let Some((kind, name_end, within)) = self.place(k) {
                        let name = self.text.get(it.start..name_end).unwrap_or(form);
                        let e = reg.named(kind, name, it.start);
                        // "the Hong Kong Island constituency" is also "Hong Kong Island"; but an adjective of a
                        // people ("Korean" of "the Korean peninsula") names no place by itself.
                        if name != form && !people_adjective(form) {
                            reg.drafts[e].add_form(form);
                        }
                        reg.drafts[e].within = reg.drafts[e].within.or(within);
                        continue;
                    }
                    if self.media_run(k) {
                        reg.named(EntityKind::Media, form, it.start);
                        continue;
                    }
                    if self.org_run(k) || self.possessive_organisation(k) {
                        let e = reg.named(EntityKind::Organisation, form, it.start);
                        // "China's Taiwan Affairs Office": a country's possessive before the name is its owner.
                        let owner = k
                            .checked_sub(1)
                            .filter(|&p| self.items[p].poss && self.gap(p) == " ")
                            .and_then(|p| self.country_hint(p, true));
                        reg.drafts[e].country = reg.drafts[e].country.or(owner).or(self.run_country(k));
                        // "Chinese Foreign Ministry" is also "the Foreign Ministry": the name without its
                        // country, when that is a name too (a capitalised word or more).
                        if let Some(rest) = self.without_country(k) {
                            reg.drafts[e].add_form(rest);
                            reg.claim(rest, e);
                        }
                        self.acronym_after(k, e, reg, &mut forced);
                        continue;
                    }
                    let words = self.run_words(k);
                    if words.len() == 1 {
                        let says = self.says_after(k) || self.does_after(k);
                        singles.push(Single { word: form.to_string(), prefix: None, says });
                    } else {
                        if self.name_shaped(k) {
                            reg.loose_runs.push((form.to_string(), it.start));
                        }
                        // A name left out may still share a word with a person's ("Starry Lee"): that word is
                        // no short form of anyone.
                        reg.loose_words.extend(words.into_iter().map(str::to_string));
                    }
                }
                Kind::Title { .. } | Kind::Honorific => {}
            }
        }
    }

    /// The title or honorific right before run `k`, as written, when it is capitalised ("President", "Mr.").
    fn prefix(&self, k: usize) -> Option<&str> {
        let p = k.checked_sub(1)?;
        let it = self.items.get(p)?;
        if !matches!(it.kind, Kind::Title { .. } | Kind::Honorific) || self.gap(p) != " " {
            return None;
        }
        let text = self.text.get(it.start..it.end)?;
        text.chars().next().is_some_and(char::is_uppercase).then_some(text)
    }

    /// Whether a verb of saying follows item `k` ("Kamiya said").
    fn says_after(&self, k: usize) -> bool {
        self.items.get(k + 1).is_some_and(|n| n.kind == Kind::Word && self.g.speech.contains(self.word(n.first)))
            && self.gap(k) == " "
    }

    /// The country whose capital item `k` names when the capital stands for its government: its possessive
    /// ("Pyongyang's nuclear programs"), the subject of a verb of saying ("Beijing said"), or coordinated with
    /// another capital ("Seoul and Pyongyang have issued statements"). The city stays a city; its country
    /// becomes an entity the city lies within.
    fn capital_as_government(&self, k: usize) -> Option<usize> {
        let capital_at = |j: usize| match self.items.get(j).map(|it| &it.kind) {
            Some(Kind::Known(c)) => self.g.known.get(*c).filter(|c| c.capital).and_then(|c| c.country),
            _ => None,
        };
        let country = capital_at(k)?;
        let possessive = self.items[k].poss && self.gap(k) == " ";
        let says = self.says_after(k);
        let paired = (self.item_word(k + 1) == "and" && capital_at(k + 2).is_some())
            || (k >= 2 && self.item_word(k - 1) == "and" && capital_at(k - 2).is_some());
        (possessive || says || paired).then_some(country)
    }

    /// Whether a verb of a person's doing follows run `k` at the start of its clause ("Kenichiro Sasae
    /// arrived in Seoul", "…, and Christopher Hill met …").
    fn does_after(&self, k: usize) -> bool {
        self.gap(k) == " "
            && self.items.get(k + 1).is_some_and(|n| n.kind == Kind::Word)
            && self.g.actions.contains(self.item_word(k + 1))
            && self.clause_start(k)
    }

    /// Whether a verb of saying follows run `k` after an appositive ("Evan Laksmana, a senior fellow at the
    /// Institute, told Reuters").
    fn says_after_appositive(&self, k: usize) -> bool {
        if self.gap(k) != ", " {
            return false;
        }
        for j in k + 1..(k + 14).min(self.items.len()) {
            let gap = self.gap(j);
            if gap.contains(['.', ';', ':', '"', '“', '”', '(']) {
                return false;
            }
            // The word right after the closing comma is the verb of saying ("…, said"); the gap before it is
            // the comma, so [`Self::says_after`] (a verb after a space) does not apply here.
            if gap.contains(',') {
                return gap == ", "
                    && self
                        .items
                        .get(j + 1)
                        .is_some_and(|n| n.kind == Kind::Word && self.g.speech.contains(self.word(n.first)));
            }
        }
        false
    }

    /// Whether run `k` names a person, and the role the text gives it.
    fn person(
        &self,
        k: usize,
        list: Option<&(usize, Option<Person>)>,
        forced: &mut BTreeMap<usize, EntityKind>,
    ) -> Option<Person> {
        let words = self.run_words(k);
        let alphabetic = !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')));
        if !alphabetic || self.org_run(k) || self.media_run(k) || self.place(k).is_some() {
            return None;
        }
        let prev = k.checked_sub(1);
        let prev_item = prev.and_then(|p| self.items.get(p));
        let appositive = self.appositive(k);
        // A title before it: "Prime Minister Najib Razak", "Malaysia's Prime Minister, Najib Razak".
        if let Some(mut person) = self.role_before(k) {
            // "President Lee Jae Myung of South Korea".
            if person.country.is_none() && self.item_word(k + 1) == "of" && self.gap(k) == " " {
                person.country = self.country_hint(k + 2, true);
            }
            if let Some(a) = appositive {
                person.country = person.country.or(a.country);
                person.description = a.description.or_else(|| a.role.map(|r| format!("the {r}")));
            }
            return Some(person);
        }
        // "The president of the Philippines, Benigno Aquino III,": a title with its country, then the name.
        if let Some(person) = self.role_of_country_before(k) {
            return Some(person);
        }
        // "the national security chief at the presidential Blue House, Chung Eui-yong,".
        if self.name_shaped(k)
            && let Some(mut person) = self.role_with_complement_before(k)
        {
            if let Some(a) = &appositive {
                person.country = person.country.or(a.country);
            }
            return Some(person);
        }
        // An honorific before it: "Mr. Lee".
        if prev_item.is_some_and(|p| p.kind == Kind::Honorific) && prev.is_some_and(|p| self.gap(p) == " ") {
            return Some(appositive.unwrap_or_default());
        }
        // An appositive with a title after it: "John Kerry, the Secretary of State,".
        if let Some(a) = appositive {
            return Some(a);
        }
        if !self.name_shaped(k) {
            return None;
        }
        // An organisation's or a bloc's possessive before it: "DAB's Ben Chan", "Civic Party's Jeremy Tam",
        // "localist camp's Cheng Chung-tai". A list after it shares it ("DAB's Ben Chan and Leung Che-cheung").
        if let Some(p) = prev.filter(|&p| self.gap(p) == " " && self.items[p].poss) {
            let org = self.org_run(p)
                || self.possessive_organisation(p)
                || matches!(self.items[p].kind, Kind::Known(o) if self.g.known.get(o).is_some_and(|o| o.kind == EntityKind::Organisation));
            let bloc = self.bloc_at(p);
            if org || bloc.is_some() {
                let start = bloc.map_or(self.items[p].start, |m| self.items[m].start);
                let role = self.text.get(start..self.items[p].full_end);
                let role = if bloc.is_some() { role.map(lowercase_bloc) } else { role.map(str::to_string) };
                return Some(Person { role, shared: true, possessive: true, ..Person::default() });
            }
            if let Some(country) = self.country_hint(p, true) {
                return Some(Person { country: Some(country), ..Person::default() });
            }
        }
        // A verb of saying after it: "Jeff Rathke said".
        // Not "Analysts at Nomura Securities said": after a preposition a name is more often a place's or a
        // company's.
        let placed = prev.is_some_and(|p| matches!(self.item_word(p), "at" | "in" | "of" | "from" | "near" | "on"));
        let says = (self.says_after(k) || self.says_after_appositive(k) || self.does_after(k)) && !placed;
        // "X of/from [the] Y": a name with its party or country.
        let affiliation = matches!(self.item_word(k + 1), "of" | "from") && self.gap(k) == " ";
        let listed = self.continues_list(k, list);
        if self.person_by_name(k) || says || listed.is_some() || (affiliation && self.affiliation_is_name(k)) {
            let mut person = listed.unwrap_or_default();
            // "Gary Chan of DAB" is DAB's Gary Chan, unless a list gave a role ("councillors A of X and B of Y").
            if affiliation && self.affiliation_is_name(k) && person.role.is_none() {
                let y = if self.item_word(k + 2) == "the" { k + 3 } else { k + 2 };
                let org = self.items.get(y).and_then(|it| self.text.get(it.start..it.end));
                person.role = org.filter(|o| !o.ends_with(['s', '\'', '’'])).map(|o| format!("{o}'s"));
                person.role_title = None;
                person.listed = false;
                person.shared = false;
            }
            if affiliation {
                let y = if self.item_word(k + 2) == "the" { k + 3 } else { k + 2 };
                // Not "of the Architectural, Surveying, Planning and Landscape constituency": a list inside a name.
                let listing = self.gap(y).trim() == "," && self.is_run(y + 1);
                if self.is_run(y) && self.place(y).is_none() && !self.person_by_name(y) && !listing {
                    forced.entry(y).or_insert(EntityKind::Organisation);
                }
            }
            return Some(person);
        }
        None
    }

    /// "X of Y" makes X a person when Y is an organisation's name (a party, a union) and X has a name's
    /// shape.
    fn affiliation_is_name(&self, k: usize) -> bool {
        let y = if self.item_word(k + 2) == "the" { k + 3 } else { k + 2 };
        self.org_run(y)
            || matches!(self.items.get(y).map(|i| &i.kind), Some(Kind::Known(o)) if self.g.known.get(*o).is_some_and(|o| o.kind == EntityKind::Organisation))
    }

    /// Whether run `k` goes on a list of persons ("Ben Chan and Leung Che-cheung", "Alvin Yeung from the
    /// Civic Party, Fernando Cheung of the Labour Party, …"), and the role the list shares.
    fn continues_list(&self, k: usize, list: Option<&(usize, Option<Person>)>) -> Option<Person> {
        let (p, shared) = list?;
        if !self.name_shaped(k) || *p >= k || k - p > 8 {
            return None;
        }
        let between = self.text.get(self.items[*p].full_end..self.items[k].start).unwrap_or("");
        if between.contains(['.', ';', ':', '"', '“', '”', '(']) {
            return None;
        }
        let and = self.item_word(k - 1) == "and";
        let joins = and || self.gap(k - 1).trim() == ",";
        if shared.as_ref().is_some_and(|s| s.possessive) && !(and && *p + 2 == k) {
            return None;
        }
        let clean = (p + 1..k).all(|j| {
            matches!(self.item_word(j), "of" | "from" | "the" | "and" | "respectively")
                || self.is_run(j)
                || matches!(self.items[j].kind, Kind::Known(_))
        });
        (joins && clean).then(|| Person { listed: true, ..shared.clone().unwrap_or_default() })
    }

    /// A possessive run right before a person's name is that person's organisation ("Youngspiration's Baggio
    /// Leung"), unless it is itself a person's name.
    fn possessive_organisation(&self, k: usize) -> bool {
        self.is_run(k)
            && self.items[k].poss
            && self.gap(k) == " "
            && self.name_shaped(k + 1)
            && !self.person_by_name(k)
            && self.run_words(k).len() <= 4
    }

    /// Whether run `k` names a place, with its kind, where its name ends, and the country it lies in.
    fn place(&self, k: usize) -> Option<(EntityKind, usize, Option<usize>)> {
        let it = self.items.get(k)?;
        if it.kind != Kind::Run {
            return None;
        }
        let words = self.run_words(k);
        let last = words.last().copied().unwrap_or("");
        if words.len() >= 2 && self.g.place_markers.contains(last) {
            let kind = if matches!(last, "City" | "Town" | "Village") { EntityKind::City } else { EntityKind::Place };
            return Some((kind, it.end, None));
        }
        // "the Social Welfare constituency", "the New Territories West geographical constituency".
        if self.gap(k) == " " && k >= 1 && self.item_word(k - 1) == "the" {
            let noun = self.item_word(k + 1);
            if self.g.place_nouns.contains(noun) {
                let end = self.items.get(k + 1).map_or(it.end, |n| n.end);
                return Some((EntityKind::Place, end, None));
            }
            let adjective = self.item_word(k + 1);
            let adjective =
                adjective.chars().all(char::is_lowercase) && !adjective.is_empty() && !STOP.contains(&adjective);
            if adjective && self.gap(k + 1) == " " && self.g.place_nouns.contains(self.item_word(k + 2)) {
                return Some((EntityKind::Place, it.end, None));
            }
        }
        // "from Zambales province", "in Gyeonggi province": a place noun right after, a preposition before.
        let before = k.checked_sub(1).map_or("", |p| self.item_word(p));
        if self.gap(k) == " "
            && matches!(before, "in" | "at" | "near" | "to" | "from" | "into" | "across")
            && self.g.place_nouns.contains(self.item_word(k + 1))
            && words.len() <= 3
        {
            let end = self.items.get(k + 1).map_or(it.end, |n| n.end);
            return Some((EntityKind::Place, end, None));
        }
        // "the town of Yeoncheon".
        if k >= 2
            && self.item_word(k - 1) == "of"
            && matches!(self.item_word(k - 2), "town" | "city" | "village")
            && words.len() <= 3
        {
            return Some((EntityKind::City, it.end, None));
        }
        // "in Aceh, Indonesia".
        let after_preposition = k >= 1 && matches!(self.item_word(k - 1), "in" | "at" | "near" | "to");
        if let Some(Kind::Known(c)) = self.items.get(k + 1).map(|n| &n.kind)
            && after_preposition
            && words.len() <= 3
            && self.gap(k) == ", "
            && self.g.known.get(*c).is_some_and(|c| c.kind == EntityKind::Country)
            && !self.person_by_name(k)
        {
            return Some((EntityKind::Place, it.end, Some(*c)));
        }
        // "a polling station in Taikoo of the Hong Kong Island constituency": a place within a larger one.
        if after_preposition && words.len() <= 3 && self.gap(k) == " " && self.item_word(k + 1) == "of" {
            let y = if self.item_word(k + 2) == "the" { k + 3 } else { k + 2 };
            let known = match self.items.get(y).map(|n| &n.kind) {
                Some(Kind::Known(c))
                    if self.g.known.get(*c).is_some_and(|c| {
                        matches!(c.kind, EntityKind::Country | EntityKind::City | EntityKind::Place)
                    }) =>
                {
                    Some(*c)
                }
                _ => None,
            };
            let larger = known.is_some() || (self.is_run(y) && self.place(y).is_some());
            if larger && !self.org_run(k) && !self.person_by_name(k) {
                return Some((EntityKind::Place, it.end, known));
            }
        }
        None
    }

    /// "Korean Central News Agency (KCNA)", "the Korean People's Army [KPA]": the acronym in brackets right
    /// after a name is that entity's alias.
    fn acronym_after(&self, k: usize, e: usize, reg: &mut Registry, forced: &mut BTreeMap<usize, EntityKind>) {
        let gap = self.gap(k);
        if !matches!(gap, " (" | " [") || !self.is_run(k + 1) {
            return;
        }
        let words = self.run_words(k + 1);
        let [acronym] = words[..] else { return };
        let close = self.items.get(k + 1).and_then(|n| self.text.get(n.full_end..)).unwrap_or("");
        if is_acronym(acronym) && close.starts_with([')', ']']) {
            reg.drafts[e].add_form(acronym);
            reg.claim(acronym, e);
            forced.insert(k + 1, EntityKind::Event);
        }
    }

    /// "the Malaysian navy": a demonym and a lowercase marker name the country's service.
    fn demonym_organisation(&self, k: usize, country: usize, reg: &mut Registry) {
        let it = &self.items[k];
        if self.gap(k) != " " {
            return;
        }
        let rest = self.text.get(it.full_end + 1..).unwrap_or("");
        for marker in &self.g.lower_markers {
            let after = rest.get(marker.len()..).and_then(|r| r.chars().next());
            if rest.starts_with(marker.as_str()) && !after.is_some_and(char::is_alphanumeric) {
                let end = it.full_end + 1 + marker.len();
                let name = self.text.get(it.start..end).unwrap_or("");
                let e = reg.named(EntityKind::Organisation, name, it.start);
                reg.drafts[e].country = reg.drafts[e].country.or(Some(CountryHint { known: country, strong: true }));
                return;
            }
        }
    }

    /// "analysts said", "South Korean officials warned", "according to observers", "fishermen rescued":
    /// a group of people as the subject of a verb (of saying or another), or a source. Whether it was
    /// drafted.
    fn group(&self, k: usize, reg: &mut Registry) -> bool {
        let Some(it) = self.items.get(k).filter(|it| it.first == it.last) else { return false };
        let noun = self.word(it.first).to_lowercase();
        if !self.g.groups.contains(&noun) {
            return false;
        }
        let says = self.gap(k) == " " && self.g.speech.contains(self.item_word(k + 1));
        let according =
            k >= 2 && self.item_word(k - 2).eq_ignore_ascii_case("according") && self.item_word(k - 1) == "to";
        let start = match k.checked_sub(1) {
            Some(p) if matches!(self.items[p].kind, Kind::Demonym(_)) && self.gap(p) == " " => p,
            _ => k,
        };
        // "the routes by which people-smugglers transport migrants": after a relative word or a
        // conjunction, the lowercase word after a group noun is its verb.
        let after_relative = start == k
            && k.checked_sub(1).is_some_and(|p| {
                self.gap(p) == " "
                    && matches!(
                        self.item_word(p),
                        "which" | "whom" | "where" | "that" | "while" | "because" | "after" | "before" | "when"
                    )
            })
            && self.gap(k) == " "
            && {
                let w = self.item_word(k + 1);
                !w.is_empty() && w.chars().all(char::is_lowercase) && !STOP.contains(&w) && !w.ends_with("ly")
            };
        if !(says || according || after_relative || (self.acts_after(k) && self.clause_start(start))) {
            return false;
        }
        // A sentence's first word is capitalised only for being first: the group's name is lowercase.
        let name = if start == k { noun } else { self.text_of(start, k).to_string() };
        let e = reg.named(EntityKind::Group, &name, self.items[start].start);
        // "Ukrainian officials" are Ukraine's.
        if let Some(Kind::Demonym(c)) = self.items.get(start).map(|it| &it.kind).filter(|_| start != k) {
            reg.drafts[e].country = reg.drafts[e].country.or(Some(CountryHint { known: *c, strong: true }));
        }
        true
    }
}

impl Reader<'_> {
    /// Whether a verb follows item `k` as its subject's: a listed verb or auxiliary ("have", "will"), or a
    /// lowercase word ending in "-ed", perhaps after an adverb in "-ly" ("reportedly saved").
    fn acts_after(&self, k: usize) -> bool {
        let verb = |j: usize| {
            let w = self.item_word(j);
            w.chars().all(char::is_lowercase)
                && (self.g.subject_verbs.contains(w) || (w.len() > 4 && w.ends_with("ed") && !STOP.contains(&w)))
        };
        let adverb = self.item_word(k + 1).ends_with("ly") && self.gap(k + 1) == " ";
        self.gap(k) == " " && (verb(k + 1) || (adverb && verb(k + 2)))
    }

    /// Whether item `k` may start a clause's subject: it starts a sentence, follows a comma, or follows a
    /// determiner or conjunction ("the fishermen", "and soldiers"); not after a number ("700 soldiers
    /// killed" counts them).
    fn clause_start(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else { return true };
        let initial = self.items.get(k).and_then(|it| self.tokens.get(it.first)).is_some_and(|t| t.initial);
        initial
            || self.gap(p).contains(',')
            || matches!(
                self.item_word(p).to_lowercase().as_str(),
                "the" | "some" | "many" | "most" | "several" | "and" | "but" | "local"
            )
    }

    /// Whether run `k` names a people: a name of the peoples table ("Rohingya") or a demonym with a plural
    /// "s" ("Bangladeshis", "South Koreans"), with that demonym's country.
    fn people(&self, k: usize) -> Option<People> {
        let it = self.items.get(k).filter(|it| it.kind == Kind::Run)?;
        let text = self.text.get(it.start..it.end)?;
        if self.g.peoples.contains(text) {
            return Some(People { country: None });
        }
        let singular = text.strip_suffix('s')?;
        let list = self.g.phrases.get(super::gazetteer::first_word(singular))?;
        list.iter().find_map(|(p, t)| match t {
            Target::Demonym(c) if p == singular => Some(People { country: Some(*c) }),
            _ => None,
        })
    }

    /// Whether item `k` is a bloc noun after a modifier ("pro-Beijing camp"): the modifier's item.
    fn bloc_at(&self, k: usize) -> Option<usize> {
        let it = self.items.get(k).filter(|it| it.kind == Kind::Word)?;
        if !self.g.blocs.contains(self.word(it.first)) || k == 0 || self.gap(k - 1) != " " {
            return None;
        }
        let m = &self.items[k - 1];
        let w = self.word(m.first);
        let modifier = m.first == m.last
            && !m.poss
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && (w.contains('-') || self.g.role_modifiers.contains(&w.to_lowercase()))
            && !STOP.contains(&w);
        modifier.then_some(k - 1)
    }

    /// "the pro-Beijing camp", "the localist camp's": a modifier and a bloc noun name a political grouping.
    fn bloc(&self, k: usize, reg: &mut Registry) {
        let Some(m) = self.bloc_at(k) else { return };
        let it = &self.items[k];
        let the = m >= 1 && self.item_word(m - 1).eq_ignore_ascii_case("the") && self.gap(m - 1) == " ";
        if !(the || it.poss) {
            return;
        }
        // Named with its "the", as a subject reads ("The pan-democracy camp gained a seat"); the bare form,
        // as in "localist camp's Cheng Chung-tai", is an alias.
        let bare = lowercase_bloc(self.text_of(m, k));
        let e = reg.named(EntityKind::Group, &format!("the {bare}"), self.items[m].start);
        reg.drafts[e].add_form(&bare);
    }
}

/// The title at word `i` (any case; a plural "s" allowed): its last word, whether plural, and the title in
/// lowercase.
pub(super) fn title_at(g: &Gazetteer, text: &str, tokens: &[Token], i: usize) -> Option<(usize, bool, String)> {
    let t = tokens.get(i)?;
    let lower = text.get(t.start..t.end)?.to_lowercase();
    let keys = [lower.as_str(), lower.strip_suffix('s').unwrap_or("")];
    for key in keys {
        for title in g.titles.get(key).into_iter().flatten() {
            let end = t.start + title.len();
            if !text.get(t.start..end).is_some_and(|s| s.eq_ignore_ascii_case(title)) {
                continue;
            }
            let rest = text.get(end..).unwrap_or("");
            let plural = rest.starts_with('s')
                && !rest.get(1..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric);
            let end = if plural { end + 1 } else { end };
            let found = (i..tokens.len()).take_while(|&j| tokens[j].start < end).find(|&j| tokens[j].end == end);
            if let Some(last) = found {
                return Some((last, plural, title.clone()));
            }
        }
    }
    None
}

/// Whether a word is an adjective of a people or a language ("Korean", "Japanese", "Polish"): one capitalised
/// word ending in "-an", "-ese" or "-ish".
fn people_adjective(form: &str) -> bool {
    !form.contains(' ')
        && form.chars().next().is_some_and(char::is_uppercase)
        && (form.ends_with("an") || form.ends_with("ese") || form.ends_with("ish"))
}

/// The text with its first letter in lowercase.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// A bloc's name or possessive with its first letter lowercase when only the sentence made it a capital
/// ("Pan-democracy camp's" → "pan-democracy camp's"; "Pro-Beijing camp" → "pro-Beijing camp").
fn lowercase_bloc(text: &str) -> String {
    let second = text.chars().nth(1);
    if second.is_some_and(char::is_lowercase) { lowercase_first(text) } else { text.to_string() }
}

/// An acronym: two to six capitals or digits, at least two of them letters ("UN", "KCNA", "G20").
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Whether a capitalised word is romanised Japanese of three syllables or more ("Shigeru", "Yokota",
/// "Kenichiro", "Hagiuda"): made wholly of Hepburn syllables — an optional consonant (or "sh", "ch", "ts",
/// a consonant with "y") before a vowel, a syllabic "n", or a doubled consonant.
fn romanised_japanese(w: &str) -> bool {
    if !w.chars().next().is_some_and(char::is_uppercase) || w.chars().skip(1).any(|c| !c.is_ascii_lowercase()) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    let b = lower.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'i' | b'u' | b'e' | b'o');
    let consonant = |c: u8| b"kgsztdnhbpmyrwfj".contains(&c);
    let (mut i, mut syllables) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if vowel(c) {
            i += 1;
        } else if c == b'n' && b.get(i + 1).is_none_or(|&d| !vowel(d) && d != b'y') {
            i += 1; // syllabic n
        } else if b.get(i + 1) == Some(&c) && matches!(c, b'k' | b's' | b't' | b'p') {
            i += 1; // a doubled consonant
            continue;
        } else {
            let onset = match (c, b.get(i + 1).copied()) {
                (b's' | b'c', Some(b'h')) | (b't', Some(b's')) => 2,
                (c, Some(b'y')) if b"kgnhmrbp".contains(&c) => 2,
                (c, _) if consonant(c) => 1,
                _ => return false,
            };
            if !b.get(i + onset).copied().is_some_and(vowel) {
                return false;
            }
            i += onset + 1;
        }
        syllables += 1;
    }
    syllables >= 3
}

/// [`romanised_japanese`], for the finder's tests.
#[cfg(test)]
pub(super) fn tests_romanised(w: &str) -> bool {
    romanised_japanese(w)
}

/// A romanised East Asian given name: a capitalised syllable, a hyphen, a lowercase syllable ("Jae-in",
/// "Chung-tai", "Jong-un").
fn romanised_given_name(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    a.len() >= 2
        && b.len() >= 2
        && a.chars().next().is_some_and(char::is_uppercase)
        && a.chars().skip(1).all(char::is_lowercase)
        && b.chars().all(char::is_lowercase)
}
