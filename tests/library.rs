//! The bundled library: four articles a new user finds, each checked, banked and credited, reachable from
//! the command line by its id and listed in the app.

use dossier::generate::Bank;
use dossier::pack::LIBRARY;

mod run;

use run::{err, out, run};

#[test]
fn every_bundled_pack_checks_banks_at_least_40_questions_and_credits_a_borrowed_article() {
    let mut ids = Vec::new();
    for bundled in &LIBRARY {
        let bank = Bank::from_bundled(bundled).unwrap_or_else(|e| panic!("{}: {e}", bundled.name));
        assert!(bank.questions.len() >= 40, "{}: only {} questions", bundled.name, bank.questions.len());
        let title = &bank.pack.sheet.title;
        assert!(bank.pack.article.text().contains(title.as_str()), "{}: the article is not {title:?}", bundled.name);
        ids.push(bank.pack.id().to_string());
        if ids.len() > 1 {
            // The three borrowed articles (Wikinews, CC BY 2.5) carry the attribution their licence asks for.
            let credit = bank.pack.sheet.credit.as_deref().unwrap_or_default();
            assert!(
                credit.contains("CC BY 2.5") && credit.contains("wikinews.org"),
                "{}: credit {credit:?}",
                bundled.name
            );
        }
    }
    assert_eq!(ids, ["lee-china-japan", "nk-war", "asylum", "hk-election"], "four packs, the default first");
}

#[test]
fn check_with_no_file_checks_every_bundled_pack() {
    let data = tempfile::tempdir().expect("temp dir");
    let o = run(data.path(), &["check"], "");
    assert!(o.status.success(), "{}{}", out(&o), err(&o));
    for name in ["lee-china-japan.ron: ok", "nk-war.ron: ok", "asylum.ron: ok", "hk-election.ron: ok"] {
        assert!(out(&o).contains(name), "{name} missing from:\n{}", out(&o));
    }
}

#[test]
fn pack_takes_a_bundled_packs_id_and_a_wrong_id_is_told_which_exist() {
    let data = tempfile::tempdir().expect("temp dir");
    let o = run(data.path(), &["bank", "--pack", "nk-war"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("KCNA"), "the North Korea article's questions:\n{}", out(&o));
    assert!(!out(&o).contains("Takaichi"), "not the default pack's");

    let o = run(data.path(), &["quiz", "--pack", "nk-wat", "--count", "3"], "");
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let message = err(&o);
    assert!(message.contains("nk-wat") && message.contains("nk-war, asylum, hk-election"), "{message}");
    assert!(!message.contains("panicked"), "{message}");

    // A file of that name still wins: the flag's old meaning is kept.
    std::fs::write(data.path().join("asylum"), "not a fact sheet").expect("write a file");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["bank", "--pack", "asylum"])
        .current_dir(data.path())
        .env("DOSSIER_DATA_DIR", data.path())
        .output()
        .expect("dossier runs");
    assert_eq!(o.status.code(), Some(1), "the file named asylum is read, and refused");
    assert!(err(&o).contains("the pack cannot be used"), "{}", err(&o));
}
