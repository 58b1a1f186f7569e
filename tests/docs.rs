//! The teacher's guide, `docs/fact-sheets.md`, is kept true: every code block tagged ```` ```ron sheet ```` is a
//! complete fact sheet that parses, checks and yields questions against its article in `tests/packs/`, the
//! guide's minimal sheet is the file `tests/packs/guide-minimal.ron` word for word (its version-2 sheet the
//! file `tests/packs/guide-v2.ron`), and every claim kind has its own section.

use std::fs;
use std::path::{Path, PathBuf};

use dossier::generate::Bank;
use dossier::pack::check;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn guide() -> String {
    fs::read_to_string(root().join("docs/fact-sheets.md")).expect("docs/fact-sheets.md is the teacher's guide")
}

/// The text of every fenced block whose info string is `ron sheet`, in order.
fn sheet_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match current.as_mut() {
            None if line.trim() == "```ron sheet" => current = Some(String::new()),
            None => {}
            Some(_) if line.trim() == "```" => blocks.extend(current.take()),
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
        }
    }
    assert!(current.is_none(), "a ```ron sheet block is never closed");
    blocks
}

fn packs() -> PathBuf {
    root().join("tests/packs")
}

#[test]
fn every_complete_sheet_in_the_guide_checks_and_yields_questions() {
    let blocks = sheet_blocks(&guide());
    assert!(!blocks.is_empty(), "the guide shows at least one complete sheet, tagged ```ron sheet");
    for (i, block) in blocks.iter().enumerate() {
        let name = format!("docs/fact-sheets.md, sheet {}", i + 1);
        let sheet = check::parse(&name, block).unwrap_or_else(|p| panic!("{p}"));
        let article_path = packs().join(&sheet.article);
        let article = fs::read_to_string(&article_path)
            .unwrap_or_else(|e| panic!("{name}: its article {}: {e}", article_path.display()));
        let bank = Bank::from_sources(&name, block, &article, None).unwrap_or_else(|e| {
            let problems: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
            panic!("{name} does not pass `dossier check`:\n{}", problems.join("\n"))
        });
        assert!(!bank.questions.is_empty(), "{name} yields no question");
    }
}

#[test]
fn the_minimal_sheet_is_the_file_the_guide_says_it_is_and_yields_the_count_it_states() {
    let guide = guide();
    let file = fs::read_to_string(packs().join("guide-minimal.ron")).expect("tests/packs/guide-minimal.ron");
    assert!(
        sheet_blocks(&guide).contains(&file),
        "the guide's complete sheet and tests/packs/guide-minimal.ron have drifted apart"
    );
    let article = fs::read_to_string(packs().join("guide-minimal.txt")).expect("tests/packs/guide-minimal.txt");
    assert!(guide.contains(article.trim_end()), "the guide quotes the practice article as it is in tests/packs/");

    let bank = Bank::load(&packs().join("guide-minimal.ron")).unwrap_or_else(|e| panic!("{:?}", e.problems));
    let claim = format!("yields {} questions", bank.questions.len());
    assert!(guide.contains(&claim), "the guide should say the sheet {claim}");
}

/// The guide's version-2 practice sheet is `tests/packs/guide-v2.ron` word for word, quotes its article as it is,
/// shows a dateline, a relative day, `within` and a Summit, and states the number of questions it yields.
#[test]
fn the_version_2_sheet_is_the_file_the_guide_says_it_is_and_shows_what_version_2_adds() {
    let guide = guide();
    let file = fs::read_to_string(packs().join("guide-v2.ron")).expect("tests/packs/guide-v2.ron");
    assert!(
        sheet_blocks(&guide).contains(&file),
        "the guide's version-2 sheet and tests/packs/guide-v2.ron have drifted apart"
    );
    let article = fs::read_to_string(packs().join("guide-v2.txt")).expect("tests/packs/guide-v2.txt");
    assert!(guide.contains(article.trim_end()), "the guide quotes the version-2 practice article as it is");
    for part in ["version: 2,", "dateline: ", "date: \"yesterday\"", "within: ", "claim: Summit("] {
        assert!(file.contains(part), "the version-2 practice sheet should show {part}");
    }

    let bank = Bank::load(&packs().join("guide-v2.ron")).unwrap_or_else(|e| panic!("{:?}", e.problems));
    let claim = format!("yields {}\nquestions", bank.questions.len());
    let claim_one_line = claim.replace('\n', " ");
    assert!(
        guide.contains(&claim) || guide.contains(&claim_one_line),
        "the guide should say the version-2 sheet {claim_one_line}"
    );
}

#[test]
fn every_claim_kind_has_a_section_with_an_example() {
    let guide = guide();
    for kind in [
        "Meeting",
        "Identity",
        "Visit",
        "Statement",
        "Stance",
        "Relation",
        "Quantity",
        "Agreement",
        "Report",
        "Event",
        "Summit",
        "Agenda",
        "Reason",
        "State",
        "Passage",
    ] {
        assert!(guide.contains(&format!("### {kind} ")), "no section for the claim kind {kind}");
        assert!(guide.contains(&format!("claim: {kind}(")), "no example of the claim kind {kind}");
    }
}
