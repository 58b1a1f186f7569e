//! Checking and banking speed. A fact sheet at the size cap ([`MAX_SHEET_BYTES`]), made of the bundled pack's facts
//! repeated under new ids (about 11,000 facts), checked and banked as `dossier check` does. The copies
//! ask the same questions as the originals, so every copy is reported as yielding no question: the
//! sheet that once took 21 s because each problem was located by scanning the file from its start.
//!
//! Then banking a valid sheet of many distinct entities ([`big_sheet`]: one meeting per person, every
//! person a rival of every other), at 2,000 people (the sheet that took 35 s and 0.5 GB in a debug build
//! when every typed question copied every same-kind name and every distractor search sorted every entity)
//! and at the size cap.

#[path = "support/big_sheet.rs"]
mod big_sheet;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::generate::Bank;
use dossier::pack::check::MAX_SHEET_BYTES;
use dossier::pack::{BUNDLED_ARTICLE, BUNDLED_SHEET};

/// The bundled sheet with its facts repeated, each copy's fact ids suffixed `-cN`, as many times as fit
/// under `limit` bytes.
fn repeated_sheet(limit: usize) -> String {
    let open = "    facts: [\n";
    let Some(start) = BUNDLED_SHEET.find(open).map(|at| at + open.len()) else { return String::new() };
    let Some(end) = BUNDLED_SHEET.rfind("    ],\n)") else { return String::new() };
    let (head, facts, tail) = (&BUNDLED_SHEET[..start], &BUNDLED_SHEET[start..end], &BUNDLED_SHEET[end..]);
    let mut sheet = head.to_string();
    for copy in 0.. {
        let facts: String = facts
            .lines()
            .map(|line| match line.strip_prefix("            id: \"").and_then(|rest| rest.split_once('"')) {
                Some((id, rest)) => format!("            id: \"{id}-c{copy}\"{rest}\n"),
                None => format!("{line}\n"),
            })
            .collect();
        if sheet.len() + facts.len() + tail.len() > limit {
            break;
        }
        sheet.push_str(&facts);
    }
    sheet.push_str(tail);
    sheet
}

fn check(c: &mut Criterion) {
    let sheet = repeated_sheet(MAX_SHEET_BYTES);
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.bench_function("a sheet at the size cap (5 MB, 11,000 facts)", |b| {
        b.iter(|| {
            Bank::from_sources("big.ron", black_box(&sheet), BUNDLED_ARTICLE, None).map_err(|e| e.problems.len())
        });
    });
    // The same sheet with the last fact's closing bracket missing: the brackets no longer balance, so the
    // bracket pass runs over every token (a fuzzer found it counting lines from the file's start for each).
    let broken =
        sheet.rfind("        ),\n").map_or_else(String::new, |at| format!("{}{}", &sheet[..at], &sheet[at + 9..]));
    group.bench_function("a sheet at the size cap with a bracket missing near its end", |b| {
        b.iter(|| {
            Bank::from_sources("big.ron", black_box(&broken), BUNDLED_ARTICLE, None).map_err(|e| e.problems.len())
        });
    });
    group.finish();

    let mut group = c.benchmark_group("bank");
    group.sample_size(10);
    let (sheet, article) = big_sheet::big_sheet(2000);
    group.bench_function("bank of a valid sheet of 2,000 meetings of 2,000 people", |b| {
        b.iter(|| Bank::from_sources("big.ron", black_box(&sheet), &article, None).map(|b| b.questions.len()));
    });
    let people = people_at_cap();
    let (sheet, article) = big_sheet::big_sheet(people);
    eprintln!("a valid sheet at the size cap: {people} people, {} bytes", sheet.len());
    group.bench_function("bank of a sheet at the size cap (valid, one meeting per person)", |b| {
        b.iter(|| Bank::from_sources("big.ron", black_box(&sheet), &article, None).map(|b| b.questions.len()));
    });
    group.finish();
}

/// The most people whose generated sheet fits under [`MAX_SHEET_BYTES`].
fn people_at_cap() -> usize {
    let (mut low, mut high) = (2, 100_000);
    while low + 1 < high {
        let mid = usize::midpoint(low, high);
        if big_sheet::big_sheet(mid).0.len() <= MAX_SHEET_BYTES {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

criterion_group!(benches, check);
criterion_main!(benches);
