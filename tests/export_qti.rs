//! `dossier export --format qti`: a QTI 3.0 content package, opened and read back here, and fed to a real
//! QTI 3 implementation when one is installed.
//!
//! The real reader is Citolab's QTI 3 player (`@citolab/qti-components`) run by our script
//! `scripts/validators/validate_qti`: it checks the manifest and the test, builds every item, answers it
//! right and wrong, and checks the player's own scores. `scripts/install-validators DIR` installs it;
//! set `DOSSIER_VALIDATORS=DIR` to use it. With `DOSSIER_REQUIRE_VALIDATORS=1` (as `.ci/run` sets) a
//! missing reader fails the tests; elsewhere they say it was skipped. Without it, the tests still unzip the
//! package, check every XML file is well-formed, every item of the manifest exists and the test lists
//! them all.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dossier::export::qti::{self, identifier};
use dossier::generate::Bank;
use dossier::pack::LIBRARY;
use dossier::question::{Body, Expected, Question, QuestionKind};
use quick_xml::XmlVersion;
use quick_xml::events::Event;

fn dossier(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("DOSSIER_DATA_DIR", data).output().expect("dossier runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The folder holding `validate_qti`, or `None` (with a note) when it is not installed and not required.
fn validators() -> Option<PathBuf> {
    match std::env::var_os("DOSSIER_VALIDATORS").map(PathBuf::from) {
        Some(dir) if dir.join("validate_qti").is_file() => Some(dir),
        other => {
            assert!(
                std::env::var_os("DOSSIER_REQUIRE_VALIDATORS").is_none(),
                "DOSSIER_REQUIRE_VALIDATORS is set but validate_qti is not at {other:?} (scripts/install-validators)"
            );
            eprintln!("skipped: the QTI 3 player is not installed (DOSSIER_VALIDATORS)");
            None
        }
    }
}

/// What the QTI 3 player read: its count per interaction type, and each item's correct response as it
/// reads it (identifier → "text of the right choice", "left -> right; …", "first < second < …").
#[derive(Debug)]
struct Read {
    counts: BTreeMap<String, usize>,
    keys: BTreeMap<String, String>,
}

/// The QTI 3 player on `file`: what it read, or everything it said when it refused the package.
fn play(dir: &Path, file: &Path) -> Result<Read, String> {
    let o = Command::new("node").arg(dir.join("validate_qti")).arg(file).output().expect("node runs");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    if !o.status.success() {
        return Err(format!("{out}{}", stderr(&o)));
    }
    let counts = out
        .lines()
        .skip_while(|l| !l.starts_with("OK "))
        .skip(1)
        .filter_map(|l| {
            let (k, n) = l.trim().split_once(": ")?;
            Some((k.to_string(), n.parse().ok()?))
        })
        .collect();
    let keys = out
        .lines()
        .filter_map(|l| l.strip_prefix("ok   "))
        .filter_map(|l| {
            let (id, key) = l.get(11..)?.split_once(" = ")?;
            Some((id.to_string(), key.to_string()))
        })
        .collect();
    Ok(Read { counts, keys })
}

/// The package's files, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).expect("an entry");
        let mut text = String::new();
        f.read_to_string(&mut text).expect("UTF-8 text");
        files.insert(f.name().expect("a UTF-8 name").to_string(), text);
    }
    files
}

/// One element of a parsed file: its name, attributes and the text directly inside it (entities read).
#[derive(Debug)]
struct El {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
}

/// `text` parsed as XML: every element in document order; panics naming `file` if it is not well-formed
/// (unbalanced, an unknown entity, a bad attribute, text outside the root).
fn elements(file: &str, text: &str) -> Vec<El> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut out: Vec<El> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut roots = 0;
    loop {
        let event = reader.read_event().unwrap_or_else(|e| panic!("{file} is not well-formed XML: {e}\n{text}"));
        let element = |e: &quick_xml::events::BytesStart<'_>| El {
            name: e.name().as_ref().to_string(),
            attrs: e
                .attributes()
                .map(|a| {
                    let a = a.unwrap_or_else(|e| panic!("{file}: a bad attribute: {e}"));
                    let v = a
                        .normalized_value(XmlVersion::Explicit1_0)
                        .unwrap_or_else(|e| panic!("{file}: a bad attribute value: {e}"));
                    (a.key.as_ref().to_string(), v.into_owned())
                })
                .collect(),
            text: String::new(),
        };
        match event {
            Event::Start(e) => {
                roots += usize::from(open.is_empty());
                out.push(element(&e));
                open.push(out.len() - 1);
            }
            Event::Empty(e) => {
                roots += usize::from(open.is_empty());
                out.push(element(&e));
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(t) => {
                let t = t.xml_content(XmlVersion::Explicit1_0);
                match open.last() {
                    Some(&i) => out[i].text.push_str(&t),
                    None => assert!(t.trim().is_empty(), "{file}: text outside the root element"),
                }
            }
            Event::GeneralRef(r) => {
                let name = r.xml_content(XmlVersion::Explicit1_0).into_owned();
                let c = match name.as_str() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    // A character reference, as `&#39;`.
                    other => other
                        .strip_prefix('#')
                        .and_then(|n| n.parse::<u32>().ok())
                        .and_then(char::from_u32)
                        .unwrap_or_else(|| panic!("{file}: an entity XML does not define: &{other};")),
                };
                if let Some(&i) = open.last() {
                    out[i].text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "{file}: elements left open");
    assert_eq!(roots, 1, "{file}: one root element");
    out
}

/// Checks the package as a reader would open it: every file well-formed, the manifest's resources present,
/// the test listing every item by the identifier its file declares. Returns the count per interaction and
/// each item's parsed elements by identifier.
fn open_package(bytes: &[u8]) -> (BTreeMap<&'static str, usize>, BTreeMap<String, Vec<El>>) {
    let files = unzip(bytes);
    let mut parsed: BTreeMap<&str, Vec<El>> = files.iter().map(|(n, t)| (n.as_str(), elements(n, t))).collect();
    let manifest = parsed.remove("imsmanifest.xml").expect("imsmanifest.xml");
    let test = parsed.remove(qti::TEST_FILE).expect("the test file");
    assert_eq!(manifest[0].name, "manifest");
    assert_eq!(manifest[0].attrs["xmlns"], qti::MANIFEST_NAMESPACE);
    let resources: Vec<&El> = manifest.iter().filter(|e| e.name == "resource").collect();
    let files_named: Vec<&str> =
        manifest.iter().filter(|e| e.name == "file").map(|e| e.attrs["href"].as_str()).collect();
    for f in &files_named {
        assert!(files.contains_key(*f), "the manifest lists {f}, which the zip lacks");
    }
    assert_eq!(files_named.len(), files.len() - 1, "every file but the manifest is listed once");
    let tests: Vec<&&El> = resources.iter().filter(|r| r.attrs["type"] == qti::TEST_TYPE).collect();
    assert_eq!(tests.len(), 1, "one assessment test");
    let item_files: BTreeSet<&str> =
        resources.iter().filter(|r| r.attrs["type"] == qti::ITEM_TYPE).map(|r| r.attrs["href"].as_str()).collect();
    assert_eq!(item_files.len() + 1, resources.len(), "every other resource is an item");
    let mut items = BTreeMap::new();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for href in &item_files {
        let els = parsed.remove(href).unwrap_or_else(|| panic!("{href} is in the zip"));
        let (root, rest) = els.split_first().expect("a root");
        assert_eq!(root.name, "qti-assessment-item", "{href}");
        assert_eq!(root.attrs["xmlns"], qti::NAMESPACE, "{href}");
        for e in rest {
            let kind = match e.name.as_str() {
                "qti-choice-interaction" => "choice",
                "qti-text-entry-interaction" => "text entry",
                "qti-match-interaction" => "match",
                "qti-order-interaction" => "order",
                n if n.ends_with("-interaction") => panic!("{href}: {n}"),
                _ => continue,
            };
            *counts.entry(kind).or_default() += 1;
        }
        let id = root.attrs["identifier"].clone();
        assert!(is_ncname(&id), "{id} is an XML name");
        assert_eq!(*href, format!("items/{id}.xml"));
        assert!(items.insert(id.clone(), els).is_none(), "{id} once");
    }
    assert_eq!(test[0].name, "qti-assessment-test");
    let refs: Vec<&El> = test.iter().filter(|e| e.name == "qti-assessment-item-ref").collect();
    assert_eq!(refs.len(), items.len(), "the test refers to every item");
    for r in refs {
        assert!(items.contains_key(&r.attrs["identifier"]), "{:?}", r.attrs);
        assert_eq!(r.attrs["href"], format!("items/{}.xml", r.attrs["identifier"]));
    }
    (counts, items)
}

fn is_ncname(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// The counts "dossier export" said it wrote: "N kind" pairs inside the summary's parentheses.
fn said_counts(said: &str) -> BTreeMap<String, usize> {
    let inner = said.split_once('(').and_then(|(_, r)| r.split_once(')')).map(|(i, _)| i).expect("counts");
    inner
        .split(", ")
        .map(|part| {
            let (n, kind) = part.split_once(' ').expect("N kind");
            (kind.to_string(), n.parse().expect("a count"))
        })
        .collect()
}

/// `q`'s right answer as the QTI 3 player lists it.
fn key(q: &Question) -> String {
    match &q.body {
        Body::Choice { options, correct } => options[*correct].clone(),
        Body::TrueFalse { answer } => if *answer { "True" } else { "False" }.to_string(),
        Body::Typed { expected: Expected::Number { value, .. }, .. } => dossier::export::forms::number(*value),
        Body::Typed { .. } => dossier::export::forms::typed_forms(q)[0].clone(),
        Body::Match { left, right, pairs } => {
            left.iter().zip(pairs).map(|(l, &r)| format!("{l} -> {}", right[r])).collect::<Vec<_>>().join("; ")
        }
        Body::Order { items, order } => order.iter().map(|&i| items[i].clone()).collect::<Vec<_>>().join(" < "),
    }
}

#[test]
fn every_bundled_bank_is_a_qti_package_the_qti_3_player_reads_and_scores_with_dossiers_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = validators();
    for bundled in &LIBRARY {
        let bank = Bank::from_bundled(bundled).expect("a bundled pack banks");
        let pack = bank.pack.sheet.id.clone();
        let file = dir.path().join(format!("{pack}.zip"));
        let o = dossier(
            &["export", "--pack", &pack, "--all", "--format", "qti", "--out", file.to_str().expect("utf-8")],
            dir.path(),
        );
        assert!(o.status.success(), "{pack}: {}", stderr(&o));
        let said = stderr(&o);
        assert!(said.contains("questions written as a QTI 3.0 package ("), "{pack}: {said}");
        assert!(!said.contains("left out"), "{pack}: every kind has a QTI form: {said}");
        let bytes = std::fs::read(&file).expect("the package");
        let (counts, items) = open_package(&bytes);
        let said = said_counts(&said);
        let ours: BTreeMap<String, usize> = counts.iter().map(|(k, n)| (k.to_string(), *n)).collect();
        assert_eq!(ours, said, "{pack}: the interactions in the package are those the summary names");
        // Every question of the bank is an item, named by its id.
        let all: Vec<&Question> =
            bank.questions.iter().filter(|q| dossier::generate::QuizSettings::default().admits(q)).collect();
        assert_eq!(items.len(), all.len(), "{pack}");
        for kind in ["choice", "text entry", "match"] {
            assert!(counts.get(kind).is_some_and(|&n| n > 0), "{pack}: {kind} in {counts:?}");
        }
        // Each item carries its evidence as feedback, and a typed answer its every form.
        for q in &all {
            let els = items.get(&identifier(&q.id)).unwrap_or_else(|| panic!("{} is an item", q.id));
            let feedback =
                els.iter().find(|e| e.name == "p" && e.text.starts_with("Evidence: ")).map(|e| e.text.clone());
            assert_eq!(feedback, Some(format!("Evidence: \u{201c}{}\u{201d}", q.evidence.join(" / "))), "{}", q.id);
            if matches!(
                &q.body,
                Body::Typed { expected: Expected::Text { .. } | Expected::Date(_) | Expected::When { .. }, .. }
            ) {
                let keys: BTreeSet<String> = els
                    .iter()
                    .filter(|e| e.name == "qti-map-entry")
                    .map(|e| e.attrs["map-key"].to_lowercase())
                    .collect();
                for form in dossier::export::forms::typed_forms(q) {
                    assert!(keys.contains(&form.to_lowercase()), "{}: {form} is accepted", q.id);
                }
            }
        }
        let Some(v) = &v else { continue };
        let read = play(v, &file).unwrap_or_else(|e| panic!("{pack}: the QTI 3 player refused the package: {e}"));
        assert_eq!(read.counts, said, "{pack}: the player read what dossier said it wrote");
        for q in &all {
            assert_eq!(read.keys.get(&identifier(&q.id)), Some(&key(q)), "{}: the player's key is Dossier's", q.id);
        }
    }
}

fn typed(answer: &str, accepted: &[&str]) -> Body {
    Body::Typed {
        answer: answer.to_string(),
        expected: Expected::Text {
            accepted: accepted.iter().map(ToString::to_string).collect(),
            rivals: Vec::<String>::new().into(),
            broader: Vec::new(),
        },
        unit: None,
    }
}

/// One question of every kind, every field holding markup, entities, quotes, a tab, a line break, a
/// control character and a right-to-left override; ids that are no XML names, two of which collide.
fn hostile() -> Vec<Question> {
    let evil = "<script>alert(1)</script> & &amp; \"q\" 'a' ]]> <!-- a\tb\nc \u{1}\u{202e}rtl";
    let q = |id: &str, kind: QuestionKind, prompt: String, body: Body| Question {
        id: id.to_string(),
        kind,
        prompt,
        body,
        facts: vec!["f".to_string()],
        evidence: vec![format!("evidence {evil}")],
        topics: vec!["t".to_string()],
    };
    vec![
        q(
            "9 h/mc",
            QuestionKind::Mc,
            format!("Which {evil}?"),
            Body::Choice { options: vec![format!("right {evil}"), "wrong <b>".into(), "wrong &".into()], correct: 0 },
        ),
        q("h.tf", QuestionKind::Tf, format!("{evil}."), Body::TrueFalse { answer: false }),
        q("h:short", QuestionKind::Short, format!("Who {evil}?"), typed("Kim <Jong> \"Un\"", &["Kim & Un"])),
        q("h short", QuestionKind::Short, "Again?".into(), typed("x", &[])),
        q(
            "h.cloze",
            QuestionKind::Cloze,
            format!("Fill in the blank: The {evil} _____ met {evil}."),
            typed("Chang & Wa \u{202e}Deo", &[]),
        ),
        q(
            "h.match",
            QuestionKind::Match,
            format!("Match {evil}."),
            Body::Match {
                left: vec![format!("one {evil}"), "two".into(), "three".into()],
                right: vec!["A".into(), format!("B {evil}"), "C".into()],
                pairs: vec![1, 0, 2],
            },
        ),
        q(
            "h.order",
            QuestionKind::Order,
            format!("Order {evil}."),
            Body::Order { items: vec![format!("b {evil}"), "a".into(), "c".into()], order: vec![1, 0, 2] },
        ),
        q(
            "h.numeric",
            QuestionKind::Numeric,
            format!("How many {evil}?"),
            Body::Typed {
                answer: "12".into(),
                expected: Expected::Number { value: 12.0, tolerance: 1.0 },
                unit: Some("days".into()),
            },
        ),
    ]
}

#[test]
fn hostile_text_is_shown_as_text_and_the_package_still_reads() {
    let qs = hostile();
    let out = qti::qti("T <b>&\"\u{202e}", &qs);
    assert!(out.left_out.is_empty(), "{:?}", out.left_out);
    assert_eq!(out.written(), qs.len());
    let files = unzip(&out.bytes);
    for (name, text) in &files {
        assert!(!text.contains("<script>"), "{name}: markup raw\n{text}");
        assert!(!text.contains("<b>"), "{name}: markup raw");
        assert!(!text.contains('\u{202e}') && !text.contains('\u{1}'), "{name}: a control character raw");
    }
    let (counts, items) = open_package(&out.bytes);
    assert_eq!(counts.get("choice"), Some(&2));
    assert_eq!(counts.get("text entry"), Some(&4));
    // Ids that are no XML names become names, two that would collide stay apart.
    for id in ["q_9_h_mc", "h_short", "h_short-2", "h.tf"] {
        assert!(items.contains_key(id), "{id} in {:?}", items.keys().collect::<Vec<_>>());
    }
    // The text reads back exactly as it was given, with the unsafe characters as visible escapes.
    let shown = "<script>alert(1)</script> & &amp; \"q\" 'a' ]]> <!-- a\\tb\\nc \\u{1}\\u{202e}rtl";
    let mc = &items["q_9_h_mc"];
    let prompt = mc.iter().find(|e| e.name == "qti-prompt").expect("a prompt");
    assert_eq!(prompt.text, format!("Which {shown}?"));
    let first = mc.iter().find(|e| e.name == "qti-simple-choice").expect("a choice");
    assert_eq!(first.text, format!("right {shown}"));
    let short = &items["h_short"];
    let keys: Vec<&str> =
        short.iter().filter(|e| e.name == "qti-map-entry").map(|e| e.attrs["map-key"].as_str()).collect();
    assert_eq!(keys, ["Kim <Jong> \"Un\"", "Kim & Un"]);
    // Same questions, same bytes.
    assert_eq!(qti::qti("T <b>&\"\u{202e}", &qs).bytes, out.bytes);
    let Some(v) = validators() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("h.zip");
    std::fs::write(&file, &out.bytes).expect("write");
    let read = play(&v, &file).unwrap_or_else(|e| panic!("the QTI 3 player refused hostile text: {e}"));
    let ours: BTreeMap<String, usize> = out.counts.iter().map(|(k, n)| (k.to_string(), *n)).collect();
    assert_eq!(read.counts, ours);
    assert_eq!(read.keys["q_9_h_mc"], format!("right {shown}"));
    assert_eq!(read.keys["h_short"], "Kim <Jong> \"Un\"");
    assert_eq!(read.keys["h.cloze"], "Chang & Wa \\u{202e}Deo");
}

#[test]
fn the_same_quiz_gives_the_same_package_and_holds_that_quizs_questions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = |name: &str, seed: &str| -> Vec<u8> {
        let file = dir.path().join(name);
        let o = dossier(
            &["export", "--seed", seed, "--count", "12", "--format", "qti", "--out", file.to_str().expect("utf-8")],
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains("12 questions written as a QTI 3.0 package"), "{}", stderr(&o));
        std::fs::read(&file).expect("the package")
    };
    let a = export("a.zip", "5");
    assert_eq!(export("b.zip", "5"), a, "byte-identical for the same seed");
    assert_ne!(export("c.zip", "6"), a, "another seed, another quiz");
    let quiz = dossier(&["quiz", "--seed", "5", "--count", "12", "--format", "json"], dir.path());
    let ids: Vec<String> = String::from_utf8_lossy(&quiz.stdout)
        .lines()
        .filter_map(|l| l.split("\"id\":\"").nth(1)?.split('"').next().map(identifier))
        .collect();
    let test = unzip(&a).remove(qti::TEST_FILE).expect("the test");
    let refs: Vec<String> = elements("test.xml", &test)
        .into_iter()
        .filter(|e| e.name == "qti-assessment-item-ref")
        .map(|e| e.attrs["identifier"].clone())
        .collect();
    assert_eq!(refs, ids, "the test asks the quiz's questions in the quiz's order");
    // To standard output, like the other binary format: the same bytes.
    let o = dossier(&["export", "--seed", "5", "--count", "12", "--format", "qti", "--out", "-"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(o.stdout, a);
}

/// `files` written back as a zip.
fn rezip(files: &BTreeMap<String, String>) -> Vec<u8> {
    use std::io::Write as _;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).expect("an entry");
        w.write_all(text.as_bytes()).expect("written");
    }
    w.finish().expect("a zip").into_inner()
}

#[test]
fn the_qti_3_player_refuses_a_package_that_scores_a_right_answer_wrong_or_lacks_an_item() {
    let Some(v) = validators() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let files = unzip(&qti::qti("T", &hostile()).bytes);
    // A typed answer whose accepted forms are worth nothing: the player scores the key 0.
    let mut wrong = files.clone();
    let short = wrong.get_mut("items/h_short.xml").expect("the item");
    *short = short.replace("mapped-value=\"1\"", "mapped-value=\"0\"");
    let file = dir.path().join("wrong.zip");
    std::fs::write(&file, rezip(&wrong)).expect("write");
    let said = play(&v, &file).expect_err("refused");
    assert!(said.contains("items/h_short.xml: the correct response \"Kim <Jong> \\\"Un\\\"\" scores 0"), "{said}");
    // An item the manifest lists but the zip lacks.
    let mut missing = files;
    missing.remove("items/h.order.xml");
    std::fs::write(&file, rezip(&missing)).expect("write");
    let said = play(&v, &file).expect_err("refused");
    assert!(said.contains("items/h.order.xml is not in the package"), "{said}");
}
