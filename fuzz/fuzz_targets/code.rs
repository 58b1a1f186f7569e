//! libFuzzer target: [`targets::code`] (the body is shared with the stable test `tests/fuzz_stable.rs`).
#![no_main]

#[allow(dead_code)]
#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::code(data));
