#!/usr/bin/env python3
"""Rebuilds the bundled font subsets in this folder.

Needs Debian's fonts-noto-core and fonts-noto-cjk, and fontTools from PyPI (`pip install fonttools`):
    python3 assets/fonts/subset.py
The CJK subset keeps every Hangul syllable of KS X 1001 (2,350), the level-1 hanzi of GB 2312 (3,755) and the
level-1 kanji of JIS X 0208 (2,965), kana, CJK punctuation, full-width forms, the arrows and check mark the app
draws, and every character above U+2000 used by a fact sheet in quizzes/.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN = ("U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0300-036F,U+1E00-1EFF,"
         "U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD")


def cjk_chars():
    chars = set()
    for row in range(0xB0, 0xC9):  # KS X 1001 Hangul rows
        for col in range(0xA1, 0xFF):
            try:
                c = bytes([row, col]).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            if 0xAC00 <= ord(c) <= 0xD7A3:
                chars.add(ord(c))
    for codec, rows in (("gb2312", range(16, 56)), ("euc_jp", range(16, 48))):
        for row in rows:
            for col in range(1, 95):
                try:
                    chars.add(ord(bytes([0xA0 + row, 0xA0 + col]).decode(codec)))
                except UnicodeDecodeError:
                    pass
    for lo, hi in ((0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF), (0x3130, 0x318F), (0xFF01, 0xFF5E)):
        chars |= set(range(lo, hi + 1))
    chars |= {ord(c) for c in "✓→←↑↓▲▼⏎│•·—…"}
    for path in glob.glob(os.path.join(ROOT, "quizzes", "*.ron")) + glob.glob(os.path.join(ROOT, "quizzes", "*.txt")):
        with open(path, encoding="utf-8") as f:
            chars |= {ord(c) for c in f.read() if ord(c) > 0x2000}
    return ",".join("U+%04X" % c for c in sorted(chars))


def run(*args):
    subprocess.run(["pyftsubset", *args, "--name-IDs=*", "--notdef-outline"], check=True)


def main():
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSerif-Regular", "NotoSerif-Italic"):
        # --no-hinting: Debian's Noto carries ttfautohint bytecode, and running it in skrifa's TrueType
        # interpreter was half of the first frame; without it egui hints with skrifa's autohinter instead.
        run(os.path.join(NOTO, name + ".ttf"), "--unicodes=" + LATIN,
            "--layout-features=kern,liga,calt,ccmp,mark,mkmk,locl", "--no-hinting",
            "--output-file=" + os.path.join(HERE, name + ".ttf"))
    run(os.path.join(NOTO, "NotoSansSymbols2-Regular.ttf"), "--unicodes=U+2713-2718,U+25B2,U+25BC,U+23CE",
        "--layout-features=", "--output-file=" + os.path.join(HERE, "NotoSansSymbols2-Subset.ttf"))
    run(CJK, "--font-number=2", "--unicodes=" + cjk_chars(), "--layout-features=", "--no-hinting",
        "--output-file=" + os.path.join(HERE, "NotoSansCJKsc-Subset.otf"))


if __name__ == "__main__":
    sys.exit(main())
