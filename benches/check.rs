//! Checking speed: a fact sheet at the size cap ([`MAX_SHEET_BYTES`]), made of the bundled pack's facts
//! repeated under new ids (about 11,000 facts), checked and banked as `dossier check` does. The copies
//! ask the same questions as the originals, so every copy is reported as yielding no question: the
//! sheet that once took 21 s because each problem was located by scanning the file from its start.

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
}

criterion_group!(benches, check);
criterion_main!(benches);
