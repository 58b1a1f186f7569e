//! The drafter measured against the hand-written ("gold") fact sheets of the four articles in `quizzes/`
//! (nk-war, asylum, hk-election: news reports; lee-china-japan: an analysis piece, a different style), and
//! the invariants every draft keeps.
//!
//! **Recall and extras, defined.** Every fact's evidence is located in the article text; its *sentences*
//! are the article sentences its evidence overlaps. A gold fact G is *recalled* when some drafted fact D
//! 1. shares a sentence with G,
//! 2. is of a compatible kind: Statement, Stance and Report are one family (something said, held or
//!    reported); Identity with Identity; Meeting with Meeting or Summit; Visit with Visit or Stance; Event
//!    with Event or Stance; Quantity with Quantity; Agreement with Agreement or Stance; Relation with
//!    Relation or Stance; and
//! 3. names the same key: an entity in G's subject slots (speaker, actor, source, who, whom, parties,
//!    participants, between) is in D's subject slots — or, for a Quantity, D has the same value, or for
//!    two Events, the same date.
//!
//! Recall is the share of gold facts recalled; an *extra* is a drafted fact that recalls no gold fact (it
//! may still be true: the gold sheets leave out things a teacher would not ask). Both are printed per
//! article (`cargo test --test import_gold -- --nocapture`), and floors the drafter reaches are asserted.
//! Drafts are made twice: with the gold sheet's entities located in the article
//! (`import::mentions::locate`), which measures the facts step alone, and with `import::entities::find`,
//! which measures the pipeline as it stands.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::process::Command;

use dossier::generate::{Bank, audit};
use dossier::import::{self, Draft, Options, entities, mentions, text};
use dossier::pack::{Claim, Entity, Fact, FactSheet, Pack};
use dossier::text::fold;

/// The articles with gold sheets, by pack id.
const ARTICLES: [&str; 4] = ["nk-war", "asylum", "hk-election", "lee-china-japan"];

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect("a bundled file")
}

fn gold(id: &str) -> FactSheet {
    dossier::pack::check::parse(&format!("{id}.ron"), &read(&format!("quizzes/{id}.ron"))).expect("the gold sheet")
}

fn article(id: &str) -> text::Article {
    text::read(read(&format!("quizzes/{id}.txt")).as_bytes(), &format!("{id}.txt")).expect("the article reads")
}

fn options(id: &str) -> Options {
    Options { id: Some(format!("draft-{id}")), ..Default::default() }
}

/// The draft of article `id` with the gold sheet's entities located in it.
fn draft_with_gold(id: &str) -> Draft {
    let a = article(id);
    let found = mentions::locate(&a, gold(id).entities);
    import::draft_from(&a, &found, &options(id)).expect("a draft with gold entities")
}

/// Where `evidence` lies in `text` (curly quotes read as straight, runs of spaces as one).
fn locate(text: &str, evidence: &str) -> Option<Range<usize>> {
    let straight = |s: &str| s.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let (t, e) = (straight(text), straight(evidence));
    // Straightening keeps byte lengths only for ASCII; the text's quotes are straight in these articles.
    t.find(&e).map(|at| at..at + e.len())
}

fn sentences(a: &text::Article, span: &Range<usize>) -> BTreeSet<usize> {
    a.sentences().enumerate().filter(|(_, (_, s))| s.start < span.end && span.start < s.end).map(|(i, _)| i).collect()
}

/// The kind family a claim is compared in, and the kinds a drafted fact may have to recall it.
fn compatible(gold: &Claim, drafted: &Claim) -> bool {
    use Claim::*;
    let said = |c: &Claim| matches!(c, Statement { .. } | Stance { .. } | Report { .. });
    match gold {
        Statement { .. } | Stance { .. } | Report { .. } => said(drafted),
        Identity { .. } => matches!(drafted, Identity { .. }),
        Meeting { .. } | Summit { .. } => matches!(drafted, Meeting { .. } | Summit { .. }),
        Visit { .. } => matches!(drafted, Visit { .. } | Stance { .. }),
        Event { .. } => matches!(drafted, Event { .. } | Stance { .. }),
        Quantity { .. } => matches!(drafted, Quantity { .. }),
        Agreement { .. } => matches!(drafted, Agreement { .. } | Stance { .. }),
        Relation { .. } => matches!(drafted, Relation { .. } | Stance { .. }),
        Agenda { .. } => matches!(drafted, Agenda { .. }),
        Reason { .. } => matches!(drafted, Reason { .. }),
        State { .. } => matches!(drafted, State { .. } | Relation { .. } | Stance { .. }),
        Passage { .. } => matches!(drafted, Passage { .. }),
    }
}

/// The entity ids in a claim's subject slots.
fn keys(claim: &Claim) -> Vec<String> {
    use Claim::*;
    match claim {
        Statement { speaker, .. } => vec![speaker.clone()],
        Stance { actor, .. } => vec![actor.clone()],
        Report { source, .. } => vec![source.clone()],
        Identity { who, .. } | Visit { who, .. } => vec![who.clone()],
        Meeting { who, whom, .. } => vec![who.clone(), whom.clone()],
        Event { who, place, .. } => who.iter().chain(place).cloned().collect(),
        Relation { between, .. } => between.clone(),
        Agreement { parties, .. } => parties.clone(),
        Summit { participants, .. } => participants.clone(),
        Agenda { items, .. } => items.clone(),
        Passage { names } => names.clone(),
        Quantity { .. } | Reason { .. } | State { .. } => Vec::new(),
    }
}

fn same_key(gold: &Claim, drafted: &Claim, ids: &Ids) -> bool {
    if let (Claim::Quantity { value: g, .. }, Claim::Quantity { value: d, .. }) = (gold, drafted) {
        return (g - d).abs() < f64::EPSILON;
    }
    if let (Claim::Event { date: Some(g), .. }, Claim::Event { date: Some(d), .. }) = (gold, drafted)
        && g == d
    {
        return true;
    }
    let d: Vec<String> = keys(drafted).into_iter().map(|k| ids.get(&k).cloned().unwrap_or(k)).collect();
    keys(gold).iter().any(|k| d.contains(k))
}

/// The gold entity id each drafted entity id stands for, where they differ.
type Ids = BTreeMap<String, String>;

/// An entity's names, folded, without a leading "the".
fn names(e: &Entity) -> BTreeSet<String> {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|n| {
            let f = fold(n);
            f.strip_prefix("the ").map_or(f.clone(), str::to_string)
        })
        .collect()
}

/// Matches each drafted entity to the gold entity that shares a name or alias with it (folded), or, for a
/// person, the gold person whose names hold a word of the drafted name ("Najib Razak" is gold's "Najib"). The
/// first gold entity in sheet order wins; an entity that matches none keeps its own id. (Names are
/// written either order — "Najib Razak", "Kim Jong-un" — so any word of a person's name may be the one.)
fn match_ids(drafted: &[Entity], gold: &[Entity]) -> Ids {
    let mut out = Ids::new();
    for d in drafted {
        let dn = names(d);
        let hit = gold.iter().find(|g| !names(g).is_disjoint(&dn)).or_else(|| {
            (d.kind == dossier::pack::EntityKind::Person)
                .then(|| {
                    gold.iter().find(|g| {
                        g.kind == d.kind && dn.iter().flat_map(|n| n.split(' ')).any(|w| names(g).contains(w))
                    })
                })
                .flatten()
        });
        if let Some(g) = hit
            && g.id != d.id
        {
            out.insert(d.id.clone(), g.id.clone());
        }
    }
    out
}

fn recalls(a: &text::Article, g: &Fact, d: &Fact, ids: &Ids) -> bool {
    let (Some(gs), Some(ds)) = (locate(&a.text, &g.evidence), locate(&a.text, &d.evidence)) else {
        return false;
    };
    !sentences(a, &gs).is_disjoint(&sentences(a, &ds))
        && compatible(&g.claim, &d.claim)
        && same_key(&g.claim, &d.claim, ids)
}

/// (recalled gold facts, gold facts, extra drafted facts, drafted facts).
fn compare(id: &str, draft: &Draft) -> (usize, usize, usize, usize) {
    let a = article(id);
    let g = gold(id);
    let ids = match_ids(&draft.sheet.entities, &g.entities);
    let read_as: Vec<String> = ids.iter().map(|(d, g)| format!("{d}→{g}")).collect();
    println!("{id}: drafted ids read as gold ids: {}", read_as.join(", "));
    let missed: Vec<&str> = g
        .facts
        .iter()
        .filter(|gf| !draft.sheet.facts.iter().any(|d| recalls(&a, gf, d, &ids)))
        .map(|f| f.id.as_str())
        .collect();
    println!("{id}: gold facts not recalled: {}", missed.join(", "));
    let recalled = g.facts.len() - missed.len();
    let extra = draft.sheet.facts.iter().filter(|d| !g.facts.iter().any(|gf| recalls(&a, gf, d, &ids))).count();
    (recalled, g.facts.len(), extra, draft.sheet.facts.len())
}

fn bank(draft: &Draft) -> Bank {
    let pack = Pack::from_sources(&format!("{}.ron", draft.sheet.id), &draft.ron, &draft.article, None)
        .expect("a draft reads back");
    Bank::new(pack).expect("a draft banks")
}

/// The floors of recall (in percent) the drafter reaches with gold entities, per article. (nk-war was 70: its
/// KCNA quotation "They perpetrated such reckless action …" is refused since a drafted "they" must mean
/// something its own fact names, and here it means the sentence before's "War maniacs"; two gold facts.)
/// hk-election went from 44 % to 43 % in session 10: a drafted fact whose only questions were a verbless
/// fill-in-the-blank or a stem saying "the constituency" without naming one is left out of the draft now.
const RECALL_FLOORS: [(&str, usize); 4] =
    [("nk-war", 64), ("asylum", 70), ("hk-election", 43), ("lee-china-japan", 29)];

/// The floors of recall (in percent) the whole pipeline reaches, with the entities it finds itself, per
/// article; its entities are read as the gold ones they name (see `match_ids`).
const FOUND_FLOORS: [(&str, usize); 4] = [("nk-war", 64), ("asylum", 67), ("hk-election", 43), ("lee-china-japan", 29)];

#[test]
fn drafts_with_gold_entities_recall_the_gold_facts() {
    for (id, floor) in RECALL_FLOORS {
        let draft = draft_with_gold(id);
        let (recalled, total, extra, drafted) = compare(id, &draft);
        let percent = recalled * 100 / total.max(1);
        println!(
            "{id} (gold entities): recalled {recalled}/{total} gold facts ({percent}%), {drafted} drafted, {extra} extra, {} left out, {} questions",
            draft.left_out.len(),
            draft.questions
        );
        assert!(percent >= floor, "{id}: recall {percent}% under the floor {floor}%");
    }
}

#[test]
fn drafts_with_found_entities_recall_the_gold_facts() {
    for (id, floor) in FOUND_FLOORS {
        let a = article(id);
        let found = entities::find(&a);
        let draft = import::draft_from(&a, &found, &options(id)).expect("a draft with found entities");
        let (recalled, total, extra, drafted) = compare(id, &draft);
        let percent = recalled * 100 / total.max(1);
        println!(
            "{id} (found entities): recalled {recalled}/{total} ({percent}%), {drafted} drafted, {extra} extra, {} left out, {} questions",
            draft.left_out.len(),
            draft.questions
        );
        let b = bank(&draft);
        assert!(audit::audit(&b.pack, &b.questions).is_empty(), "{id}: the audit finds fault in a draft");
        assert!(percent >= floor, "{id}: recall with found entities {percent}% under the floor {floor}%");
    }
}

#[test]
fn gold_entity_drafts_yield_twenty_questions_of_four_kinds_and_few_refusals() {
    for id in ARTICLES {
        let draft = draft_with_gold(id);
        let drafted = draft.sheet.facts.len() + draft.left_out.iter().filter(|l| l.starts_with("fact")).count();
        assert!(
            draft.left_out.len() * 3 < drafted,
            "{id}: {} of {drafted} drafted items were refused by the checker: {:#?}",
            draft.left_out.len(),
            draft.left_out
        );
        let b = bank(&draft);
        let kinds: BTreeSet<String> = b.questions.iter().map(|q| format!("{:?}", q.kind)).collect();
        assert!(b.questions.len() >= 20, "{id}: {} questions", b.questions.len());
        assert!(kinds.len() >= 4, "{id}: question kinds {kinds:?}");
        // Every question's key occurs in the article: the audit (AnswerNotInEvidence and the rest) is quiet.
        let findings = audit::audit(&b.pack, &b.questions);
        assert!(findings.is_empty(), "{id}: {:?}", findings.iter().map(|f| &f.message).collect::<Vec<_>>());
    }
}

#[test]
fn the_same_article_drafts_byte_identical_ron() {
    for id in ARTICLES {
        assert_eq!(draft_with_gold(id).ron, draft_with_gold(id).ron, "{id}");
        let bytes = read(&format!("quizzes/{id}.txt"));
        let once = import::draft(bytes.as_bytes(), "a.txt", &options(id)).map(|d| d.ron);
        let twice = import::draft(bytes.as_bytes(), "a.txt", &options(id)).map(|d| d.ron);
        assert_eq!(once, twice, "{id}");
    }
}

#[test]
fn dossier_check_passes_on_every_written_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = Vec::new();
    for id in ARTICLES {
        let saved = import::save(&draft_with_gold(id), dir.path(), false).expect("the draft is saved");
        paths.push(saved.sheet);
    }
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

/// Writes the gold-entity drafts to `$DRAFT_DIR` for a person to read (`cargo test --test import_gold --
/// --ignored`); checks nothing.
#[test]
#[ignore = "writes drafts for review"]
fn write_drafts_for_review() {
    let dir = std::env::var("DRAFT_DIR").unwrap_or_else(|_| std::env::temp_dir().join("drafts").display().to_string());
    std::fs::create_dir_all(&dir).expect("the review folder");
    for id in ARTICLES {
        let draft = draft_with_gold(id);
        import::save(&draft, std::path::Path::new(&dir), true).expect("saved");
        std::fs::write(format!("{dir}/draft-{id}.left-out"), draft.left_out.join("\n")).expect("written");
    }
}

/// The whole pipeline as a user runs it (`dossier import`), with whatever entities the entities step finds
/// today: the facts step turns the North Korea article into a quiz of twenty questions.
#[test]
fn the_pipeline_drafts_twenty_questions_from_the_north_korea_article() {
    let bytes = read("quizzes/nk-war.txt");
    let draft = import::draft(bytes.as_bytes(), "nk-war.txt", &options("nk-war")).expect("a draft");
    assert!(draft.questions >= 20, "{} questions from {} facts", draft.questions, draft.sheet.facts.len());
}

/// An event the drafter names after its verb reads with that verb: "On what date did the broadcasts
/// start?", never "On what date did the start of the broadcasts take place?".
#[test]
fn a_dated_start_is_asked_with_its_verb() {
    let b = bank(&draft_with_gold("nk-war"));
    let prompts: Vec<&str> = b.questions.iter().map(|q| q.prompt.as_str()).collect();
    assert!(prompts.iter().any(|p| p.contains("did the broadcasts start?")), "{prompts:#?}");
    assert!(!prompts.iter().any(|p| p.contains("the start of the broadcasts take place")), "{prompts:#?}");
}
