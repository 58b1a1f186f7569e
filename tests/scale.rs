//! Banking grows linearly with a sheet's entities: a valid sheet of 2,000 meetings between 2,000 distinct
//! people once took 35 s and 0.5 GB to bank, because every typed question carried its own copy of every
//! same-kind name as rivals and every distractor search sorted every same-kind entity; a sheet at the size
//! cap later took 68 s to bank and `check --explain` five minutes, because every false statement looked at
//! every entity for a place nesting with its own, every quote split the whole article into paragraphs, and
//! every explained fact read the whole sheet again to find its line. Measured here by the bytes the bank
//! allocates (counted by a global allocator, per thread) and by the steps the crate counts where work could
//! grow with the sheet ([`dossier::text::work`]), never by wall-clock time.

#![allow(unsafe_code)] // a counting global allocator is the one way to observe memory from a test

#[path = "../benches/support/big_sheet.rs"]
mod big_sheet;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use dossier::generate::{Bank, Gen, bank};
use dossier::pack::Pack;
use dossier::question::{Body, Expected};

thread_local! {
    /// Bytes allocated so far by this thread.
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

/// The system allocator, counting the bytes each thread asks for.
struct Counting;

// SAFETY: every call is passed on unchanged to the system allocator; counting touches only a thread-local
// `Cell` with a const initialiser and no destructor, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATED.try_with(|n| n.set(n.get() + layout.size() as u64));
        // SAFETY: the caller's contract for `layout` is the system allocator's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn pack_of(people: usize) -> Pack {
    let (sheet, article) = big_sheet::big_sheet(people);
    Pack::from_sources("big.ron", &sheet, &article, None).expect("the generated sheet is valid")
}

/// The bytes allocated while banking a generated sheet of `people` persons (and half as many cities), and
/// how many questions it yields.
fn banked_bytes(people: usize) -> (u64, usize) {
    let pack = pack_of(people);
    let before = ALLOCATED.with(Cell::get);
    let questions = bank(&pack);
    let bytes = ALLOCATED.with(Cell::get) - before;
    (bytes, questions.len())
}

#[test]
fn banking_twice_the_people_takes_about_twice_the_memory() {
    let (small, small_questions) = banked_bytes(150);
    let (big, big_questions) = banked_bytes(300);
    let questions = big_questions as f64 / small_questions as f64;
    let bytes = big as f64 / small as f64;
    // Linear work gives about 2 (as the questions do); giving each question every rival's name, or sorting
    // every entity for each question, gave about 3.5.
    assert!(
        bytes < questions * 1.3,
        "banking 150 people allocated {small} bytes for {small_questions} questions, 300 people {big} bytes for \
         {big_questions} questions: {bytes:.2} times the memory for {questions:.2} times the questions"
    );
}

#[test]
fn typed_questions_share_one_list_of_rival_names_per_kind() {
    let pack = pack_of(60);
    let people: Vec<&String> = pack.sheet.entities.iter().filter(|e| e.id.starts_with('p')).map(|e| &e.name).collect();
    let questions = bank(&pack);
    let rivals: Vec<_> = questions
        .iter()
        .filter_map(|q| match &q.body {
            Body::Typed { expected: Expected::Text { accepted, rivals, .. }, .. }
                if people.iter().any(|p| accepted.contains(p)) =>
            {
                Some((q, accepted, rivals))
            }
            _ => None,
        })
        .collect();
    assert!(rivals.len() > 60, "every meeting asks for a person by name: {} questions", rivals.len());
    let (_, _, first) = rivals[0];
    for (q, accepted, r) in &rivals {
        assert!(r.shares_names_with(first), "{}: its rivals are a copy, not the shared list", q.id);
        assert_eq!(r.len(), 59, "{}: every other person is a rival", q.id);
        assert!(r.iter().all(|name| !accepted.contains(name)), "{}: an accepted form is a rival", q.id);
    }
    // Built on its own, the same question has the same rivals.
    let g = Gen::new(&pack);
    let Expected::Text { rivals: alone, .. } = g.text_expected("p0", &[]) else { panic!("a name is typed text") };
    assert_eq!(alone.len(), 59);
}

/// The steps counted ([`dossier::text::work`]) while checking and banking a generated sheet of `people`
/// persons as `dossier check` does, and how many questions it yields.
fn checked_and_banked_steps(people: usize) -> (u64, usize) {
    let (sheet, article) = big_sheet::big_sheet(people);
    let before = dossier::text::work::steps();
    let bank = Bank::from_sources("big.ron", &sheet, &article, None).expect("the generated sheet is valid");
    (dossier::text::work::steps() - before, bank.questions.len())
}

#[test]
fn checking_and_banking_twice_the_people_takes_about_twice_the_steps() {
    let (small, small_questions) = checked_and_banked_steps(300);
    let (big, big_questions) = checked_and_banked_steps(600);
    let questions = big_questions as f64 / small_questions as f64;
    let steps = big as f64 / small as f64;
    // Linear work gives about 2; scanning the article from its start for each quote, and counting a
    // slot's fillers again for each question's distractors, gave about 4 (a sheet at the size cap banked in
    // 110 s, 2,000 people in 2 s).
    assert!(
        steps < questions * 1.3,
        "300 people took {small} steps for {small_questions} questions, 600 people {big} steps for \
         {big_questions} questions: {steps:.2} times the steps for {questions:.2} times the questions"
    );
}

/// The steps counted while `dossier check --explain` checks, banks, audits and explains a generated sheet
/// of `people` persons ([`dossier::cli::check_sheet`]), and how many lines it prints.
fn explained_steps(people: usize) -> (u64, usize) {
    let (sheet, article) = big_sheet::big_sheet(people);
    let before = dossier::text::work::steps();
    let loaded = Pack::from_sources("big.ron", &sheet, &article, None);
    let mut out = Vec::new();
    let problems = dossier::cli::check_sheet(&mut out, "big.ron", loaded, true).expect("writing to memory");
    let steps = dossier::text::work::steps() - before;
    let printed = String::from_utf8(out).expect("the report is text");
    assert_eq!(problems, 0, "the generated sheet passes the check: {}", &printed[..printed.len().min(2000)]);
    assert!(printed.starts_with("big.ron: ok ("), "{}", &printed[..printed.len().min(2000)]);
    (steps, printed.lines().count())
}

#[test]
fn explaining_twice_the_people_takes_about_twice_the_steps() {
    let (small, small_lines) = explained_steps(200);
    let (big, big_lines) = explained_steps(400);
    let lines = big_lines as f64 / small_lines as f64;
    let steps = big as f64 / small as f64;
    // Linear work gives about 2, as the printed lines do; reading the whole sheet again to locate each fact,
    // splitting the whole article into paragraphs for each question, and looking at every entity for each
    // false statement gave about 4.
    assert!(
        steps < lines * 1.3,
        "explaining 200 people took {small} steps for {small_lines} lines, 400 people {big} steps for {big_lines} \
         lines: {steps:.2} times the steps for {lines:.2} times the lines"
    );
}
