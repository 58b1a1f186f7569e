//! A count of the steps of checking and banking whose cost could grow with a sheet beyond its own size:
//! bytes of an article compared while finding a quote or read while splitting it into paragraphs, entities
//! looked up by id or looked at while ordering distractors or finding the places nested with another, bytes
//! of a sheet read to locate facts in it.
//! Tests bound how the count grows when a sheet doubles (`tests/scale.rs`), which a loaded machine cannot
//! disturb as it disturbs a clock. A second count, of the runs of a sheet's content rules, lets tests bound
//! how often drafting an article checks its sheet (`tests/import_work.rs`).
//!
//! Rule kept: counting is per thread and costs one addition; nothing reads it but tests and benchmarks.

use std::cell::Cell;

thread_local! {
    static STEPS: Cell<u64> = const { Cell::new(0) };
    static CHECKS: Cell<u64> = const { Cell::new(0) };
}

/// Counts `n` steps on this thread.
pub fn add(n: usize) {
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
}

/// The steps counted on this thread so far.
pub fn steps() -> u64 {
    STEPS.with(Cell::get)
}

/// Counts one run of a fact sheet's content rules on this thread (`pack::check::check`).
pub fn add_check() {
    CHECKS.with(|s| s.set(s.get().saturating_add(1)));
}

/// The runs of a fact sheet's content rules counted on this thread so far.
pub fn checks() -> u64 {
    CHECKS.with(Cell::get)
}
