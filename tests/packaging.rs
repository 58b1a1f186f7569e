//! Packaging: every icon the Debian package (`Cargo.toml`, `[package.metadata.deb]` assets) and
//! `scripts/install-desktop` install exists, is what its hicolor folder says (a PNG of the size the folder
//! names, an SVG under `scalable`), both install the same icons, at 48, 128 and 256 px and scalable, and the
//! `.desktop` entry names them.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).expect("a packaging file of the repository")
}

/// (source in the repository, destination under `hicolor/`) of each icon the Debian package installs.
fn deb_icons() -> Vec<(String, String)> {
    read("Cargo.toml")
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.trim().trim_start_matches('[').split('"').collect();
            let (source, dest) = (fields.get(1)?, fields.get(3)?);
            let dest = dest.strip_prefix("usr/share/icons/hicolor/")?;
            Some(((*source).to_string(), dest.to_string()))
        })
        .collect()
}

/// The same for `scripts/install-desktop` (its `icons` list: `"SOURCE DESTINATION"` lines).
fn script_icons() -> Vec<(String, String)> {
    read("scripts/install-desktop")
        .lines()
        .filter_map(|line| {
            let (source, dest) = line.trim().strip_prefix('"')?.strip_suffix('"')?.split_once(' ')?;
            source.starts_with("assets/").then(|| (source.to_string(), dest.to_string()))
        })
        .collect()
}

/// The width and height of a PNG, from its IHDR chunk; `None` if `bytes` is not a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let be = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    (bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.get(12..16) == Some(b"IHDR")).then_some(())?;
    Some((be(16)?, be(20)?))
}

#[test]
fn every_installed_icon_is_a_png_of_its_folders_size_or_an_svg() {
    let icons = deb_icons();
    let folders: Vec<&str> = icons.iter().filter_map(|(_, dest)| dest.split('/').next()).collect();
    for size in ["48x48", "128x128", "256x256", "scalable"] {
        assert!(folders.contains(&size), "the Debian package installs no {size} icon: {icons:?}");
    }
    for (source, dest) in &icons {
        let bytes = std::fs::read(Path::new(ROOT).join(source)).expect("every listed icon exists");
        let (folder, name) = dest.split_once("/apps/").expect("icons go under <size>/apps/");
        assert!(name.starts_with("org.dossier.Dossier."), "{dest}: named after the app id");
        if folder == "scalable" {
            let text = String::from_utf8(bytes).expect("an SVG is text");
            assert!(
                Path::new(dest).extension().is_some_and(|e| e == "svg") && text.contains("<svg"),
                "{source} is not an SVG"
            );
        } else {
            let (w, h) = folder.split_once('x').expect("a size folder is WxH");
            let want = (w.parse().expect("a width"), h.parse().expect("a height"));
            assert_eq!(png_size(&bytes), Some(want), "{source}, installed in {folder}");
            assert!(Path::new(dest).extension().is_some_and(|e| e == "png"), "{dest}");
        }
    }
}

#[test]
fn install_desktop_installs_the_icons_the_package_does() {
    let mut deb = deb_icons();
    let mut script = script_icons();
    deb.sort();
    script.sort();
    assert_eq!(script, deb);
    let entry = read("assets/desktop/org.dossier.Dossier.desktop");
    assert!(entry.lines().any(|l| l == "Icon=org.dossier.Dossier"), "the .desktop entry names the icons");
}
