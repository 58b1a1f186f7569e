//! A valid fact sheet with many distinct entities, for measuring how banking scales: `people` persons and
//! `people / 2` cities, and one meeting per person (`who` met the next person in a city on a date), each
//! quoted from a generated article. Every entity has a distinct made-up name, so every typed question has
//! every other person (or city) as a rival. Shared by `benches/check.rs` and `tests/scale.rs`.

use std::fmt::Write as _;

/// A pronounceable name for `n`, distinct for every `n` and never a prefix of another's word.
fn name(mut n: usize, first: &str) -> String {
    const SYLLABLES: [&str; 16] =
        ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "do", "fu", "ga", "hi", "jo", "pe", "wu"];
    let mut word = String::from(first);
    for _ in 0..4 {
        word.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    word
}

/// A month and day for fact `n` ("March 7").
fn date(n: usize) -> String {
    format!("{} {}", dossier::pack::date::MONTHS[n % 12], 1 + n % 28)
}

/// The fact sheet (RON) and its article for `people` persons.
pub fn big_sheet(people: usize) -> (String, String) {
    let cities = (people / 2).max(2);
    let person = |i: usize| format!("Tor {}", capital(&name(i, "")));
    let city = |i: usize| format!("Port {}", capital(&name(i, "")));
    let mut sheet = String::from(
        "(\n    version: 1,\n    id: \"big\",\n    title: \"Many meetings\",\n    source: \"Generated\",\n    \
         article: \"big.txt\",\n    topics: [(id: \"meetings\", name: \"Meetings\")],\n    entities: [\n",
    );
    let mut article = String::from("Many meetings\n\n");
    for i in 0..people {
        let _ = writeln!(sheet, "        (id: \"p{i}\", kind: Person, name: \"{}\"),", person(i));
    }
    for i in 0..cities {
        let _ = writeln!(sheet, "        (id: \"c{i}\", kind: City, name: \"{}\"),", city(i));
    }
    sheet.push_str("    ],\n    facts: [\n");
    for i in 0..people {
        let (whom, place) = ((i + 1) % people, i % cities);
        let evidence = format!("{} met with {} in {} on {}.", person(i), person(whom), city(place), date(i));
        article.push_str(&evidence);
        article.push_str(if i % 5 == 4 { "\n\n" } else { " " });
        let _ = write!(
            sheet,
            "        (\n            id: \"meet-{i}\",\n            topics: [\"meetings\"],\n            evidence: \
             \"{evidence}\",\n            claim: Meeting(who: \"p{i}\", whom: \"p{whom}\", place: \"c{place}\", \
             date: \"{}\"),\n        ),\n",
            date(i)
        );
    }
    sheet.push_str("    ],\n)\n");
    (sheet, article)
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
