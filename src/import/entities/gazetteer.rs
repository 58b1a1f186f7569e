//! The gazetteer: countries, places, organisations, news media, titles and word lists, read once from the
//! plain-text tables under `assets/gazetteer/` (compiled in with `include_str!`; nothing is fetched).
//!
//! The tables are data so that a new country name, title or news agency is a line, not a rule: the finder in
//! [`super`] only knows word shapes ("a run of capitalised words", "a title before a name"). A table line that
//! cannot be read is skipped (the tables are tested to read whole in this module's tests).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use crate::pack::EntityKind;

const COUNTRIES: &str = include_str!("../../../assets/gazetteer/countries.txt");
const PLACES: &str = include_str!("../../../assets/gazetteer/places.txt");
const ORGANISATIONS: &str = include_str!("../../../assets/gazetteer/organisations.txt");
const MEDIA: &str = include_str!("../../../assets/gazetteer/media.txt");
const TITLES: &str = include_str!("../../../assets/gazetteer/titles.txt");
const WORDS: &str = include_str!("../../../assets/gazetteer/words.txt");

/// Something the gazetteer knows by name: a country, a place (capitals included), an organisation or a
/// news outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// The common name ("South Korea", "Seoul", "Korean Central News Agency").
    pub name: String,
    /// Its kind: Country, City, Place, Organisation or Media.
    pub kind: EntityKind,
    /// The country it lies in or belongs to, as an index into [`Gazetteer::known`].
    pub country: Option<usize>,
    /// Whether it is the capital of [`Known::country`] (the countries table's capital field).
    pub capital: bool,
    /// Whether it is the seat of a government or its head (the places table's kind `Seat`: "the White
    /// House", "the Kremlin"): a Place that speaks for that government where the article makes it speak.
    pub seat: bool,
}

/// What a phrase of the gazetteer names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A name or alias of [`Gazetteer::known`]`[i]`.
    Known(usize),
    /// A weak alias of a known entity ("the North"): it names it only where the article also names it
    /// another way.
    Weak(usize),
    /// A demonym of the country [`Gazetteer::known`]`[i]` ("South Korean").
    Demonym(usize),
}

/// The tables, parsed.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Countries, places, organisations and media, in table order (countries first).
    pub known: Vec<Known>,
    /// Proper-name phrases (matched with their case), by their first word: (phrase, what it names), the
    /// longest first.
    pub phrases: BTreeMap<String, Vec<(String, Target)>>,
    /// Titles and role nouns, lowercase, by their first word, the longest first.
    pub titles: BTreeMap<String, Vec<String>>,
    /// The titles the table writes in lowercase: common nouns ("spokesman", "pan-democrat"), lowercased in a
    /// role even at the start of a sentence.
    pub lowercase_titles: BTreeSet<String>,
    /// Words that, ending a capitalised run, make it an organisation ("Party", "Navy").
    pub markers: BTreeSet<String>,
    /// Words that, starting a run that goes on with "of", make it an organisation ("Ministry", "Bank").
    pub heads: BTreeSet<String>,
    /// Lowercase organisation words after a demonym ("the Malaysian navy").
    pub lower_markers: Vec<String>,
    /// Acronyms that are not organisations ("GDP").
    pub not_organisations: BTreeSet<String>,
    /// Nouns for groups of people ("analysts").
    pub groups: BTreeSet<String>,
    /// Words that, ending a capitalised run of two or more words, make it a newspaper ("Times", "Herald").
    pub media_markers: BTreeSet<String>,
    /// Peoples named as such, a group wherever the article names them ("Rohingya", "Kurds").
    pub peoples: BTreeSet<String>,
    /// Nouns for a political grouping after its modifier ("the pro-Beijing camp", "the reformist bloc").
    pub blocs: BTreeSet<String>,
    /// Lowercase verbs and auxiliaries that, right after a group noun, make it a clause's subject ("fishermen
    /// have", "officials will"); a verb ending in "-ed" does too.
    pub subject_verbs: BTreeSet<String>,
    /// Verbs of saying ("said").
    pub speech: BTreeSet<String>,
    /// Past tenses of what people do ("met", "arrived"): a name-shaped run at a clause's start before one is a
    /// person's name.
    pub actions: BTreeSet<String>,
    /// Honorifics ("Mr.").
    pub honorifics: BTreeSet<String>,
    /// Common first names ("John").
    pub given: BTreeSet<String>,
    /// East Asian family names ("Kim").
    pub surnames: BTreeSet<String>,
    /// Leaders the press calls by family name alone, by that name: "Putin" → "Vladimir Putin". A family
    /// name two leaders share ("Kim") is not a key.
    pub leaders: BTreeMap<String, String>,
    /// Capitalised words that are not names at the start of a sentence ("The", "However").
    pub common: BTreeSet<String>,
    /// Capitalised words that are never names: days and months ("Monday", "August").
    pub never_names: BTreeSet<String>,
    /// Lowercase words that may stand in a role before a title ("former", "district", "floor").
    pub role_modifiers: BTreeSet<String>,
    /// Lowercase nouns that make the run before them a place ("constituency").
    pub place_nouns: BTreeSet<String>,
    /// Words that, ending a capitalised run, make it a place ("Province", "Island").
    pub place_markers: BTreeSet<String>,
    /// Countries (by [`Known::name`]) whose name takes "the" in running English ("United States",
    /// "Philippines").
    pub the_countries: BTreeSet<String>,
    /// Phrases the tables give twice with different meanings (the first is kept); empty when the tables
    /// are sound.
    pub clashes: Vec<String>,
}

/// The gazetteer, parsed on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::parse);

/// The lines of a table that hold data: trimmed, without blank lines and `#` comments.
fn data_lines(table: &str) -> impl Iterator<Item = &str> {
    table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A field's list of `;`-separated values, trimmed, without empty ones.
fn list(field: &str) -> Vec<String> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// The first word of a phrase as the article's words are cut ([`super::tokens::word_at`]), with its
/// possessive: the key phrases are filed under.
pub fn first_word(phrase: &str) -> &str {
    let end = super::tokens::word_at(phrase).map_or(0, |(_, full_end, _)| full_end);
    phrase.get(..end).unwrap_or("")
}

impl Gazetteer {
    fn parse() -> Self {
        let mut g = Gazetteer::default();
        let mut country_ix: BTreeMap<String, usize> = BTreeMap::new();
        // Countries first: places and organisations name them.
        let mut capitals: Vec<(usize, Vec<String>)> = Vec::new();
        for line in data_lines(COUNTRIES) {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(&name) = fields.first().filter(|n| !n.is_empty()) else { continue };
            let kind = match fields.get(4) {
                Some(&"Place") => EntityKind::Place,
                _ => EntityKind::Country,
            };
            let i = g.known.len();
            g.known.push(Known { name: name.to_string(), kind, country: None, capital: false, seat: false });
            country_ix.insert(name.to_string(), i);
            g.add_phrase(name, Target::Known(i));
            for alias in list(fields.get(1).unwrap_or(&"")) {
                match alias.strip_prefix('~') {
                    Some(weak) => {
                        g.add_phrase(weak, Target::Weak(i));
                        if let Some(rest) = weak.strip_prefix("the ") {
                            g.add_phrase(&format!("The {rest}"), Target::Weak(i));
                        }
                    }
                    None => g.add_phrase(&alias, Target::Known(i)),
                }
            }
            for demonym in list(fields.get(2).unwrap_or(&"")) {
                g.add_phrase(&demonym, Target::Demonym(i));
            }
            let names = list(fields.get(3).unwrap_or(&""));
            if !names.is_empty() {
                capitals.push((i, names));
            }
        }
        for (country, names) in capitals {
            let mut names = names.into_iter();
            let Some(name) = names.next() else { continue };
            let i = g.known.len();
            g.known.push(Known {
                name: name.clone(),
                kind: EntityKind::City,
                country: Some(country),
                capital: true,
                seat: false,
            });
            g.add_phrase(&name, Target::Known(i));
            for alias in names {
                g.add_phrase(&alias, Target::Known(i));
            }
        }
        for line in data_lines(PLACES) {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(&name) = fields.first().filter(|n| !n.is_empty()) else { continue };
            let kind = match fields.get(3) {
                Some(&"City") => EntityKind::City,
                _ => EntityKind::Place,
            };
            let seat = fields.get(3) == Some(&"Seat");
            let country = fields.get(1).and_then(|c| country_ix.get(*c)).copied();
            let i = g.known.len();
            g.known.push(Known { name: name.to_string(), kind, country, capital: false, seat });
            g.add_phrase(name, Target::Known(i));
            for alias in list(fields.get(2).unwrap_or(&"")) {
                g.add_phrase(&alias, Target::Known(i));
            }
        }
        let mut section = "";
        for line in data_lines(ORGANISATIONS) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            match section {
                "known" => g.add_known(line, EntityKind::Organisation, &country_ix),
                "markers" => {
                    g.markers.insert(line.to_string());
                }
                "heads" => {
                    g.heads.insert(line.to_string());
                }
                "lowercase-markers" => g.lower_markers.push(line.to_string()),
                "not-organisations" => {
                    g.not_organisations.insert(line.to_string());
                }
                _ => {}
            }
        }
        for line in data_lines(MEDIA) {
            g.add_known(line, EntityKind::Media, &country_ix);
        }
        for line in data_lines(TITLES) {
            let lower = line.to_lowercase();
            if lower == line {
                g.lowercase_titles.insert(lower.clone());
            }
            g.titles.entry(first_word(&lower).to_string()).or_default().push(lower.clone());
        }
        for list in g.titles.values_mut() {
            list.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
            list.dedup();
        }
        let mut section = "";
        let mut leaders: Vec<&str> = Vec::new();
        for line in data_lines(WORDS) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            if section == "leaders" {
                leaders.push(line);
                continue;
            }
            let set = match section {
                "groups" => &mut g.groups,
                "peoples" => &mut g.peoples,
                "media-markers" => &mut g.media_markers,
                "bloc-nouns" => &mut g.blocs,
                "subject-verbs" => &mut g.subject_verbs,
                "speech-verbs" => &mut g.speech,
                "action-verbs" => &mut g.actions,
                "honorifics" => &mut g.honorifics,
                "given-names" => &mut g.given,
                "surnames" => &mut g.surnames,
                "common" => &mut g.common,
                "never-names" => &mut g.never_names,
                "place-nouns" => &mut g.place_nouns,
                "role-modifiers" => &mut g.role_modifiers,
                "place-markers" => &mut g.place_markers,
                "the-countries" => &mut g.the_countries,
                _ => continue,
            };
            set.insert(line.to_string());
        }
        let mut shared: BTreeSet<String> = BTreeSet::new();
        for full in leaders {
            let words: Vec<&str> = full.split(' ').collect();
            let first = words.first().copied().unwrap_or("");
            let family = if g.surnames.contains(first) { first } else { words.last().copied().unwrap_or("") };
            if g.leaders.insert(family.to_string(), full.to_string()).is_some() {
                shared.insert(family.to_string());
            }
        }
        g.leaders.retain(|family, _| !shared.contains(family));
        for list in g.phrases.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
            // A phrase given twice keeps its first meaning: the tables list countries before anything else.
            let mut seen: BTreeMap<String, Target> = BTreeMap::new();
            list.retain(|(p, t)| {
                if let Some(first) = seen.get(p) {
                    if first != t {
                        g.clashes.push(p.clone());
                    }
                    return false;
                }
                seen.insert(p.clone(), *t);
                true
            });
        }
        g
    }

    /// A `name | aliases | country` line of the organisations or media table.
    fn add_known(&mut self, line: &str, kind: EntityKind, country_ix: &BTreeMap<String, usize>) {
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(&name) = fields.first().filter(|n| !n.is_empty()) else { return };
        let country = fields.get(2).and_then(|c| country_ix.get(*c)).copied();
        let i = self.known.len();
        self.known.push(Known { name: name.to_string(), kind, country, capital: false, seat: false });
        self.add_phrase(name, Target::Known(i));
        for alias in list(fields.get(1).unwrap_or(&"")) {
            self.add_phrase(&alias, Target::Known(i));
        }
    }

    fn add_phrase(&mut self, phrase: &str, target: Target) {
        let key = first_word(phrase).to_string();
        if key.is_empty() {
            return;
        }
        self.phrases.entry(key).or_default().push((phrase.to_string(), target));
    }

    /// The id of the known entity `i`: its name's slug.
    pub fn id(&self, i: usize) -> String {
        self.known.get(i).map_or_else(String::new, |k| super::slug(&k.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_read_whole() {
        let g = &*GAZETTEER;
        let countries = g.known.iter().filter(|k| k.kind == EntityKind::Country).count();
        assert!(countries >= 193 + 4, "{countries} countries");
        let find = |name: &str| g.known.iter().position(|k| k.name == name).expect("in the gazetteer");
        let seoul = find("Seoul");
        assert_eq!(g.known[seoul].kind, EntityKind::City);
        assert_eq!(g.known[seoul].country, Some(find("South Korea")));
        assert!(g.known[seoul].capital && !g.known[find("Busan")].capital);
        assert_eq!(g.known[find("Hong Kong")].kind, EntityKind::Place);
        assert_eq!(g.known[find("Korean Central News Agency")].kind, EntityKind::Media);
        assert_eq!(g.known[find("Yeoncheon")].country, Some(find("South Korea")));
        let kremlin = &g.known[find("Kremlin")];
        assert!(kremlin.seat && kremlin.kind == EntityKind::Place && !g.known[find("Yasukuni Shrine")].seat);
        let targets = |phrase: &str| {
            g.phrases.get(first_word(phrase)).and_then(|l| l.iter().find(|(p, _)| p == phrase)).map(|(_, t)| *t)
        };
        assert_eq!(targets("ROK"), Some(Target::Known(find("South Korea"))));
        assert_eq!(targets("South Korean"), Some(Target::Demonym(find("South Korea"))));
        assert_eq!(targets("the North"), Some(Target::Weak(find("North Korea"))));
        assert_eq!(targets("U.S."), Some(Target::Known(find("United States"))));
        assert!(g.titles.get("secretary").is_some_and(|l| l.contains(&"secretary of state".to_string())));
        for set in [
            &g.groups,
            &g.peoples,
            &g.blocs,
            &g.subject_verbs,
            &g.speech,
            &g.actions,
            &g.given,
            &g.surnames,
            &g.common,
            &g.markers,
            &g.heads,
        ] {
            assert!(!set.is_empty());
        }
        assert_eq!(g.leaders.get("Putin").map(String::as_str), Some("Vladimir Putin"));
        assert_eq!(g.leaders.get("Xi").map(String::as_str), Some("Xi Jinping"));
        assert!(!g.leaders.contains_key("Kim"), "two leaders share it");
        // No phrase names two different things.
        assert!(g.clashes.is_empty(), "{:?}", g.clashes);
    }
}
