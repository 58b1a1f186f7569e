//! The banks the question-quality tests read: the four bundled packs, then the drafts `dossier import`
//! makes of the three shared articles, each built once per test binary.

use std::path::Path;
use std::sync::OnceLock;

use dossier::generate::Bank;

const PACKS: [&str; 4] = ["lee-china-japan", "nk-war", "asylum", "hk-election"];
const ARTICLES: [&str; 3] = [
    "wikinews-north-korea-quasi-state-of-war-2015",
    "wikinews-asylum-seekers-indonesia-2015",
    "wikinews-hong-kong-legislative-election-2016",
];

/// The four bundled banks, then the drafts of the three articles, by name.
pub fn banks() -> &'static Vec<(String, Bank)> {
    static BANKS: OnceLock<Vec<(String, Bank)>> = OnceLock::new();
    BANKS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out: Vec<(String, Bank)> = PACKS
            .into_iter()
            .map(|p| {
                let bank = Bank::load(&root.join(format!("quizzes/{p}.ron"))).unwrap_or_else(|e| panic!("{p}: {e}"));
                (p.to_string(), bank)
            })
            .collect();
        for a in ARTICLES {
            let bytes = std::fs::read(root.join(format!("tests/articles/{a}.txt"))).expect("the article is bundled");
            let options = dossier::import::Options { id: Some(format!("draft-{a}")), ..Default::default() };
            let draft = dossier::import::draft(&bytes, &format!("{a}.txt"), &options).expect("a draft");
            let bank = Bank::from_sources(&format!("{a}.ron"), &draft.ron, &draft.article, None)
                .unwrap_or_else(|e| panic!("draft of {a}: {e}"));
            out.push((format!("draft {a}"), bank));
        }
        out
    })
}
