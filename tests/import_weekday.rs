//! A weekday in an article saved without a dateline (sentences written for this test): the day the text
//! names is kept as written ("Tuesday"), drafted, checked clean and asked, and graded as that weekday; it is
//! never worked out to a calendar day. "Yesterday" and "last Tuesday" still need the dateline.

use dossier::generate::Bank;
use dossier::grade::grade;
use dossier::import::{self, Draft, Options};
use dossier::pack::Pack;
use dossier::question::{Body, Question, Response, Voice};

const NO_DATELINE: &str = "Envoys meet in Beijing

US Deputy Secretary of State Wendy Sherman on Tuesday met Chinese Ambassador Qin Gang in Washington.

Japanese Prime Minister Shinzo Abe visited Beijing on Sunday afternoon.

Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Vladivostok yesterday.

The two diplomats discussed trade, climate change and the situation in the region, and they agreed that
the two countries should keep their lines of communication open. The meeting lasted for about two hours,
and both sides said that it had been frank and useful for the relationship between them.
";

fn draft(text: &str) -> Draft {
    import::draft(text.as_bytes(), "weekday.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

fn typed(q: &Question, answer: &str) -> bool {
    grade(q, &Response::Text(answer.to_string())).is_right()
}

#[test]
fn a_weekday_without_a_dateline_is_drafted_asked_and_graded_as_the_weekday() {
    let d = draft(NO_DATELINE);
    assert!(d.sheet.dateline.is_none(), "the article has no dateline");
    assert!(d.ron.contains("date: \"on Tuesday\""), "{}", d.ron);
    assert!(d.ron.contains("date: \"on Sunday afternoon\""), "{}", d.ron);
    // "Yesterday" says nothing without the day the article was written.
    assert!(!d.ron.contains("yesterday\")"), "{}", d.ron);
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    let asked: Vec<&Question> =
        qs.iter().filter(|q| q.prompt.starts_with("On which day") && q.prompt.contains("Qin")).collect();
    assert!(!asked.is_empty(), "{prompts:#?}");
    let mut typed_seen = false;
    for q in &asked {
        assert_eq!(q.response_text(Some(&q.right_response()), Voice::Record), "Tuesday", "{}", q.prompt);
        match &q.body {
            Body::Typed { .. } => {
                typed_seen = true;
                assert!(typed(q, "tuesday") && typed(q, "Tuesday") && typed(q, "on Tuesday"), "{}", q.prompt);
                assert!(!typed(q, "Wednesday") && !typed(q, "August 23"), "{}", q.prompt);
            }
            Body::Choice { options, .. } => {
                let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
                assert!(options.iter().all(|o| weekdays.contains(&o.as_str())), "{options:?}");
                assert_eq!(options.iter().filter(|o| *o == "Tuesday").count(), 1, "{options:?}");
            }
            _ => {}
        }
    }
    assert!(typed_seen, "the day is asked to be typed: {prompts:#?}");
}

#[test]
fn the_draft_without_a_dateline_passes_dossier_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saved = import::save(&draft(NO_DATELINE), dir.path(), false).expect("the draft is saved");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("check")
        .arg(&saved.sheet)
        .env("DOSSIER_DATA_DIR", dir.path())
        .output()
        .expect("dossier runs");
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn with_a_dateline_the_weekday_is_still_worked_out_to_its_day() {
    let text =
        NO_DATELINE.replacen("Envoys meet in Beijing\n", "Envoys meet in Beijing\n\nThursday, August 25, 2022\n", 1);
    let d = draft(&text);
    assert!(d.sheet.dateline.is_some(), "{}", d.ron);
    let qs = questions(&d);
    let q = qs
        .iter()
        .find(|q| {
            q.prompt.starts_with("On which day") && q.prompt.contains("Qin") && matches!(q.body, Body::Typed { .. })
        })
        .expect("the day is asked");
    assert!(typed(q, "Tuesday") && typed(q, "August 23"), "{}", q.prompt);
}
