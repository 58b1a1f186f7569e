//! The drafter on real articles nobody tuned it on: each is drafted exactly as `dossier import` drafts it,
//! with the entities the pipeline finds itself. Every draft must pass `dossier check`; the bar for an
//! article of 400–900 words — at least 20 questions of at least 4 kinds — is asserted separately, and
//! figures are printed.
//!
//! The articles' texts are not in the repository: they were read from the stored copies of the `search`
//! tool, whose material is not to be copied verbatim. `tests/articles/heldout/SOURCES.md` lists each one
//! (title, address, date, licence); put their texts as `<id>.txt` in a folder and run
//! `DOSSIER_HELDOUT=DIR cargo test --test import_heldout -- --nocapture --include-ignored`. Without that
//! folder the tests say so and check nothing.
//!
//! No rule of the drafter may be fitted to these texts: they measure, they do not teach.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use dossier::generate::Bank;
use dossier::import::{self, Draft, Options};
use dossier::pack::Pack;

/// The held-out articles of `DOSSIER_HELDOUT` (a folder of `<id>.txt`), or none.
fn articles() -> Vec<PathBuf> {
    let Some(dir) = std::env::var_os("DOSSIER_HELDOUT") else {
        eprintln!("import_heldout: skipped, DOSSIER_HELDOUT names no folder of held-out articles");
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = std::fs::read_dir(Path::new(&dir))
        .expect("the held-out folder DOSSIER_HELDOUT names")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

fn draft(path: &Path) -> Draft {
    let bytes = std::fs::read(path).expect("a held-out article");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("a.txt");
    import::draft(&bytes, name, &Options::default()).expect("a held-out article drafts")
}

/// (questions, kinds, facts, words) of the article's draft, printed.
fn figures(path: &Path) -> (usize, BTreeSet<String>, usize, usize) {
    let d = draft(path);
    let pack =
        Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("a draft reads back");
    let bank = Bank::new(pack).expect("a draft banks");
    let kinds: BTreeSet<String> = bank.questions.iter().map(|q| format!("{:?}", q.kind)).collect();
    let words = d.article.split_whitespace().count();
    println!(
        "{}: {words} words, {} facts, {} questions of {} kinds {kinds:?}",
        path.display(),
        d.sheet.facts.len(),
        bank.questions.len(),
        kinds.len()
    );
    (bank.questions.len(), kinds, d.sheet.facts.len(), words)
}

#[test]
fn every_held_out_draft_passes_dossier_check() {
    let articles = articles();
    if articles.is_empty() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<PathBuf> = articles
        .iter()
        .enumerate()
        // Each in a folder of its own: two headlines may make one id ("north-and-south-korea").
        .map(|(i, a)| {
            let own = dir.path().join(i.to_string());
            std::fs::create_dir_all(&own).expect("a folder per article");
            import::save(&draft(a), &own, false).expect("the draft is saved").sheet
        })
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("check")
        .args(&paths)
        .env("DOSSIER_DATA_DIR", dir.path())
        .output()
        .expect("dossier runs");
    assert!(
        out.status.success(),
        "dossier check failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The bar: at least 20 questions of at least 4 kinds from each held-out article.
#[test]
#[ignore = "not met on never-tuned text: the five blind articles of session 9 (222-321 words, the corpus's opening \
            of each) draft 2-9 facts and 6-29 questions of 3-4 kinds; 2 of 5 reach 20 questions and 3 of 5 four kinds \
            ; the twelve dev articles (tuned on) draft 4-15 facts, 16-56 questions, 9 of 12 at 20 or more"]
fn every_held_out_draft_yields_twenty_questions_of_four_kinds() {
    for a in articles() {
        let (questions, kinds, _, _) = figures(&a);
        assert!(questions >= 20 && kinds.len() >= 4, "{}: {questions} questions of {} kinds", a.display(), kinds.len());
    }
}

/// What the drafter made of each held-out article, for a person reading along: every entity found (kind,
/// role, other names) and every drafted fact with its evidence. Measures nothing.
/// `DOSSIER_HELDOUT=DIR cargo test --test import_heldout dump -- --ignored --nocapture`
#[test]
#[ignore = "prints what was drafted; run by hand"]
fn dump() {
    for a in articles() {
        let bytes = std::fs::read(&a).expect("a held-out article");
        let name = a.file_name().and_then(|n| n.to_str()).unwrap_or("a.txt");
        let article = import::text::read(&bytes, name).expect("a held-out article reads");
        let found = import::entities::find(&article);
        println!("== {}", a.display());
        for e in &found.entities {
            println!("  entity {:?} {:?} role {:?} aliases {:?}", e.kind, e.name, e.role, e.aliases);
        }
        // An article that drafts nothing is reported, and the dump goes on to the next one.
        let d = match import::draft(&bytes, name, &Options::default()) {
            Ok(d) => d,
            Err(e) => {
                println!("{}: drafts nothing ({e:?})", a.display());
                continue;
            }
        };
        for f in &d.sheet.facts {
            println!("  fact {}: {:?}\n      evidence {:?}", f.id, f.claim, f.evidence);
        }
        for why in &d.left_out {
            println!("  left out {why}");
        }
        figures(&a);
    }
}
