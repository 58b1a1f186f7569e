//! Drafting speed (issue 13): `dossier import` on a real 900-word article (the Hong Kong election article,
//! 907 words) and on a 10,000-word one (the four bundled articles' paragraphs, repeated until 10,000 words,
//! under one headline). Each is measured as the steps before the check (text, entities, facts: what the
//! review screen redoes after an edit is the check alone) and as the whole draft, checked and banked as
//! `dossier import` writes it. The goals: under 20 ms for 1,000 words, under 200 ms for 10,000.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::import::{self, Options};
use dossier::pack::LIBRARY;

/// The body of a bundled article: its paragraphs after the headline and dateline.
fn body(article: &str) -> Vec<&str> {
    article.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).skip(2).collect()
}

/// About `words` words of real article paragraphs under one headline and dateline.
fn long_article(words: usize) -> String {
    let mut out = String::from("Four Stories of East Asia\n\nMonday, May 4, 2026\n\n");
    let mut count = 0;
    'fill: loop {
        for b in LIBRARY {
            for p in body(b.article) {
                out.push_str(p);
                out.push_str("\n\n");
                count += p.split_whitespace().count();
                if count >= words {
                    break 'fill;
                }
            }
        }
    }
    out
}

fn drafting(c: &mut Criterion) {
    let hk = LIBRARY.iter().find(|b| b.name.contains("hk-election")).map_or("", |b| b.article);
    let long = long_article(10_000);
    let mut g = c.benchmark_group("import");
    for (name, text) in [("a 907-word article", hk), ("a 10,000-word article", long.as_str())] {
        g.bench_function(format!("text, entities and facts of {name}"), |b| {
            b.iter(|| import::prepare(black_box(text.as_bytes()), "article.txt").map(|p| p.facts.len()));
        });
        g.bench_function(format!("draft of {name}, checked and banked"), |b| {
            b.iter(|| {
                import::draft(black_box(text.as_bytes()), "article.txt", &Options::default()).map(|d| d.questions)
            });
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = drafting
}
criterion_main!(benches);
