//! UI time per frame of the reader and the question screen, in a headless egui run (no window, no GPU).
//! A measurement, not a check: run it with
//! `cargo test --release --test ui_perf -- --ignored --nocapture`.

use std::time::Instant;

use dossier::study::session::{Mode, QuizPlan};
use dossier::ui::app::{App, Back, Command, Startup};
use dossier::ui::library::PackEntry;
use eframe::App as _;

const FRAMES: u32 = 500;

fn raw_input(frame: u32) -> egui::RawInput {
    // A pointer that moves a little every frame, so nothing can be skipped as unchanged.
    let pos = egui::pos2(300.0 + (frame % 7) as f32, 300.0);
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        time: Some(f64::from(frame) / 60.0),
        events: vec![egui::Event::PointerMoved(pos)],
        ..Default::default()
    }
}

/// Mean milliseconds per frame over `FRAMES` frames after a warm-up.
fn measure(ctx: &egui::Context, app: &mut App, frame: &mut eframe::Frame) -> f64 {
    for i in 0..20 {
        let _ = ctx.run_ui(raw_input(i), |ui| app.ui(ui, frame));
    }
    let start = Instant::now();
    for i in 0..FRAMES {
        let _ = ctx.run_ui(raw_input(i), |ui| app.ui(ui, frame));
    }
    start.elapsed().as_secs_f64() * 1000.0 / f64::from(FRAMES)
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn frame_time_of_the_reader_and_the_question_screen() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let entry = PackEntry::bundled();
    let id = match &entry.state {
        Ok(loaded) => loaded.pack.id().to_string(),
        Err(e) => {
            eprintln!("the bundled pack does not load, nothing to measure:\n{e}");
            return;
        }
    };
    let startup = Startup { packs: vec![entry], packs_dir: Some(dir.path().to_path_buf()), seed: 1 };
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut frame = eframe::Frame::_new_kittest();
    let mut app = App::new_with(&cc, startup);

    let library = measure(&ctx, &mut app, &mut frame);
    app.apply(Command::Read { pack: id.clone(), evidence: None, back: Back::Library }, &ctx);
    let reader = measure(&ctx, &mut app, &mut frame);
    let settings = dossier::generate::QuizSettings { seed: 1, count: 20, ..Default::default() };
    app.apply(Command::Start(QuizPlan { pack: id, settings, mode: Mode::Practice, minutes: None, focus: None }), &ctx);
    let question = measure(&ctx, &mut app, &mut frame);
    println!("bundled pack, 1280x800, mean UI time per frame over {FRAMES} frames:");
    println!("  library  {library:.3} ms");
    println!("  reader   {reader:.3} ms");
    println!("  question {question:.3} ms");
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn time_to_the_first_frame_against_a_bare_context() {
    let input = || raw_input(0);
    let start = Instant::now();
    let bare = egui::Context::default();
    let _ = bare.run_ui(input(), |ui| {
        egui::CentralPanel::default().show(ui, |ui| ui.heading("A bare window"));
    });
    let bare_ms = start.elapsed().as_secs_f64() * 1000.0;

    let start = Instant::now();
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut frame = eframe::Frame::_new_kittest();
    let startup = Startup::from_disk();
    let loaded_ms = start.elapsed().as_secs_f64() * 1000.0;
    let mut app = App::new_with(&cc, startup);
    let created_ms = start.elapsed().as_secs_f64() * 1000.0;
    let _ = ctx.run_ui(input(), |ui| app.ui(ui, &mut frame));
    let first_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("bare egui context, first frame: {bare_ms:.1} ms");
    println!("dossier: packs loaded {loaded_ms:.1} ms, app created {created_ms:.1} ms, first frame {first_ms:.1} ms");
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn cost_of_the_bundled_fonts_on_the_first_frame() {
    for with_fonts in [false, true, false, true] {
        let start = Instant::now();
        let ctx = egui::Context::default();
        if with_fonts {
            dossier::ui::fonts::install(&ctx);
            dossier::ui::theme::install(&ctx);
        }
        let _ = ctx.run_ui(raw_input(0), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("Library");
                ui.label("A Balancing Act: South Korean President Lee Visits Both China and Japan");
            });
        });
        println!("fonts {with_fonts}: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    }
    let start = Instant::now();
    let packs = Startup::from_disk();
    println!("packs: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    let start = Instant::now();
    let pack = dossier::pack::Pack::bundled().expect("bundled");
    println!("  Pack::bundled: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    let start = Instant::now();
    let bank = dossier::generate::bank(&pack);
    println!("  bank: {:.1} ms ({} questions)", start.elapsed().as_secs_f64() * 1000.0, bank.len());
    let start = Instant::now();
    let marks = dossier::ui::reader::marks(&pack);
    println!("  marks: {:.1} ms ({} marks)", start.elapsed().as_secs_f64() * 1000.0, marks.len());
    drop(packs);
}

/// A named way to build the fonts.
type Fonts = (&'static str, fn() -> egui::FontDefinitions);

/// The bundled fonts with egui's hinting turned off, to see what hinting costs on the first frame.
fn unhinted_fonts() -> egui::FontDefinitions {
    let mut defs = dossier::ui::fonts::definitions();
    for data in defs.font_data.values_mut() {
        let mut font = (**data).clone();
        font.tweak.hinting = Some(false);
        *data = std::sync::Arc::new(font);
    }
    defs
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn first_frame_of_the_library_by_fonts() {
    // Context, app (bundled pack already read) and first frame: fonts are parsed and glyphs rasterised here.
    // The bundled Latin faces have no TrueType instructions (see src/ui/fonts.rs); when they had Noto's
    // ttfautohint bytecode, "bundled" took 7.3 ms here, against 2.2 ms without it and 1.9 ms for "egui default".
    let variants: [Fonts; 3] = [
        ("bundled", dossier::ui::fonts::definitions),
        ("bundled, unhinted", unhinted_fonts),
        ("egui default", egui::FontDefinitions::default),
    ];
    let mut times = vec![Vec::new(); variants.len()];
    for _ in 0..15 {
        for ((_, fonts), times) in variants.iter().zip(&mut times) {
            let startup = Startup { packs: vec![PackEntry::bundled()], packs_dir: None, seed: 1 };
            let start = Instant::now();
            let ctx = egui::Context::default();
            let cc = eframe::CreationContext::_new_kittest(ctx.clone());
            let mut frame = eframe::Frame::_new_kittest();
            let mut app = App::new_with(&cc, startup);
            // Replaces the fonts the app installed before anything is laid out: only these are built.
            ctx.set_fonts(fonts());
            let _ = ctx.run_ui(raw_input(0), |ui| app.ui(ui, &mut frame));
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    println!("first frame of the library, 1280x800, median of 15 (interleaved):");
    for ((name, _), times) in variants.iter().zip(&mut times) {
        times.sort_by(f64::total_cmp);
        println!("  {name:<18} {:.2} ms (min {:.2})", times[times.len() / 2], times[0]);
    }
}
