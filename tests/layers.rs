//! The layering of `src/` stays as ARCHITECTURE.md draws it: each top-level module imports only modules
//! below it in [`LAYERS`], so the pipeline reads one way (text → pack → question → generate → grade →
//! study → export → cli → ui) and no two modules import each other.
//!
//! It reads every `crate::…` path in the sources (unit-test modules, after the first `#[cfg(test)]`,
//! may reach anywhere), as `../shared/tools/layers` does.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules, lowest first. A module may import only modules before it.
const LAYERS: [&str; 11] =
    ["text", "paths", "pack", "question", "generate", "grade", "study", "import", "export", "cli", "ui"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        fs::read_dir(dir).expect("src is readable").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The crate modules a source names: `crate::x…` and each `x` of `crate::{x…, y…}`.
fn named_modules(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|p| ident(p.trim())).filter(|m| !m.is_empty()));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

/// Every import that points up (or sideways) the layers: "generate -> grade (src/generate/mc.rs)".
fn upward_imports(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    sources(src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src");
        let top = rel.components().next().expect("a component").as_os_str().to_string_lossy();
        let top = top.strip_suffix(".rs").unwrap_or(&top).to_string();
        if top == "main" || top == "lib" {
            continue;
        }
        let Some(level) = LAYERS.iter().position(|l| *l == top) else {
            wrong.push(format!("{top} is not in the layer list ({}); add it where it belongs", rel.display()));
            continue;
        };
        let text = fs::read_to_string(&file).expect("source is UTF-8");
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for module in named_modules(text) {
            if module == top {
                continue;
            }
            match LAYERS.iter().position(|l| *l == module) {
                Some(l) if l < level => {}
                _ => wrong.push(format!("{top} -> {module} ({})", rel.display())),
            }
        }
    }
    wrong
}

#[test]
fn every_module_imports_only_modules_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let wrong = upward_imports(&src);
    assert!(wrong.is_empty(), "imports that point up the layers (see ARCHITECTURE.md):\n{}", wrong.join("\n"));
}

#[test]
fn an_upward_import_is_caught() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("pack")).expect("mkdir");
    fs::write(dir.path().join("text.rs"), "//! leaf\n").expect("write");
    fs::write(dir.path().join("pack/mod.rs"), "use crate::text::fold;\nuse crate::{grade::grade, text};\n")
        .expect("write");
    fs::write(dir.path().join("grade.rs"), "use crate::pack::MonthDay;\n#[cfg(test)]\nuse crate::ui::x;\n")
        .expect("write");
    assert_eq!(upward_imports(dir.path()), ["pack -> grade (pack/mod.rs)"]);
}
