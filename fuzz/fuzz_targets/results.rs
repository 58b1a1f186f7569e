//! libFuzzer target: [`targets::results`] (the body is shared with the stable test `tests/fuzz_stable.rs`).
#![no_main]

#[allow(dead_code)]
#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::results(data));
