//! Hostile text in a fact sheet: control characters and bidirectional overrides are refused by `check`
//! at their string, and what a sheet may hold (`<script>`, `#`, `|`) comes out escaped in every output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dossier::export::text;
use dossier::question::{Body, Question, QuestionKind};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

/// The corpus's valid sheet with `from` replaced by `to`, written beside its article in `dir`.
fn sheet_with(dir: &Path, from: &str, to: &str) -> PathBuf {
    let base = std::fs::read_to_string(corpus().join("valid.ron")).expect("the valid sheet");
    assert!(base.contains(from), "{from} is in the valid sheet");
    std::fs::copy(corpus().join("article.txt"), dir.join("article.txt")).expect("copy the article");
    let path = dir.join("hostile.ron");
    std::fs::write(&path, base.replacen(from, to, 1)).expect("write the sheet");
    path
}

fn dossier(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("DOSSIER_DATA_DIR", data).output().expect("dossier runs")
}

/// `line:column` (1-based, columns in characters) of the first occurrence of `needle` in `path`.
fn position(path: &Path, needle: &str) -> String {
    let text = std::fs::read_to_string(path).expect("read the sheet");
    let at = text.find(needle).expect("needle in the sheet");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{column}")
}

#[test]
fn check_refuses_control_and_bidi_characters_at_their_string() {
    let cases = [
        (
            "title: \"Lee Visits Beijing and Nara\"",
            "title: \"<script>alert(1)</script>\\n# injected\"",
            "\"<script>",
            "the `title` contains U+000A LINE FEED (a line break), a control character",
        ),
        (
            "aliases: [\"Xi\"]",
            "aliases: [\"X\u{202e}i\"]",
            "\"X\u{202e}i\"",
            "an alias of entity \"xi\" contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control",
        ),
        (
            "name: \"Sanae Takaichi\"",
            "name: \"Sanae\\tTakaichi\"",
            "\"Sanae\\t",
            "the `name` of entity \"takaichi\" contains U+0009 CHARACTER TABULATION (a tab)",
        ),
    ];
    for (from, to, at, sentence) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = sheet_with(dir.path(), from, to);
        let o = dossier(&["check", path.to_str().expect("utf-8 path")], dir.path());
        let out = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
        assert!(!o.status.success(), "{to}: {out}");
        let expected = format!("{}:{}: {sentence}", path.display(), position(&path, at));
        assert!(out.contains(&expected), "{to}: expected {expected}\n{out}");
        assert!(out.contains("delete it"), "the sentence says how to fix it: {out}");
    }
}

#[test]
fn markup_a_sheet_may_hold_comes_out_escaped_in_markdown_and_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sheet_with(
        dir.path(),
        "title: \"Lee Visits Beijing and Nara\"",
        "title: \"<script>alert(1)</script> # injected | cell & *bold* [link](x)\"",
    );
    let path = path.to_str().expect("utf-8 path");
    let o = dossier(&["quiz", "--pack", path, "--seed", "1", "--count", "3", "--format", "markdown"], dir.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = String::from_utf8_lossy(&o.stdout);
    let first = md.lines().next().expect("a heading");
    assert_eq!(
        first, "# \\<script\\>alert(1)\\</script\\> \\# injected \\| cell \\& \\*bold\\* \\[link\\](x) (seed 1)",
        "{md}"
    );
    assert!(!md.contains("<script>"), "{md}");
}

fn hostile_question() -> Question {
    Question {
        id: "t.mc".to_string(),
        kind: QuestionKind::Mc,
        prompt: "Who met\n# injected <b>Lee</b>\u{202e}?".to_string(),
        body: Body::Choice { options: vec!["Xi\tJinping".to_string(), "Lee | `x`".to_string()], correct: 0 },
        facts: vec!["f".to_string()],
        evidence: vec!["Xi\u{2066} met\r\nLee".to_string()],
        topics: Vec::new(),
    }
}

#[test]
fn no_output_format_prints_a_control_or_bidi_character_raw() {
    let q = hostile_question();
    let md = text::markdown("Quiz\n# two", std::slice::from_ref(&q), true);
    let plain = text::quiz("Quiz\n# two", std::slice::from_ref(&q), true);
    for out in [&md, &plain] {
        assert!(!out.chars().any(|c| c == '\t' || c == '\r' || c == '\u{202e}' || c == '\u{2066}'), "{out}");
        assert!(!out.lines().any(|l| l.starts_with("# injected") || l.starts_with("# two")), "{out}");
    }
    assert!(md.starts_with("# Quiz\\\\n\\# two\n"), "{md}");
    assert!(md.contains("Who met\\\\n\\# injected \\<b\\>Lee\\</b\\>\\\\u{202e}?"), "{md}");
    assert!(md.contains("A) Xi\\\\tJinping"), "{md}");
    assert!(md.contains("B) Lee \\| \\`x\\`"), "{md}");
    assert!(plain.starts_with("Quiz\\n# two\n"), "{plain}");
    assert!(plain.contains("Who met\\n# injected <b>Lee</b>\\u{202e}?"), "{plain}");
    assert!(plain.contains("Evidence: \u{201c}Xi\\u{2066} met\\r\\nLee\u{201d}"), "{plain}");
}
