#!/usr/bin/env python3
"""Draws the app icon: assets/icon.png (256 px, for desktop files and the README) and assets/icon-64.rgba
(64 x 64 raw RGBA, compiled into the binary as the window icon). Needs Pillow: `pip install pillow`."""
import os

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
S = 1024  # drawn large, then scaled down for smooth edges


def draw():
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([40, 40, S - 40, S - 40], radius=200, fill=(31, 95, 139, 255))
    # a sheet of paper with a folded corner
    x0, y0, x1, y1, fold = 250, 170, 730, 830, 150
    d.polygon([(x0, y0), (x1 - fold, y0), (x1, y0 + fold), (x1, y1), (x0, y1)], fill=(250, 248, 242, 255))
    d.polygon([(x1 - fold, y0), (x1 - fold, y0 + fold), (x1, y0 + fold)], fill=(205, 214, 222, 255))
    for i, w in enumerate([330, 380, 300, 360, 220]):
        y = 330 + i * 85
        d.rounded_rectangle([x0 + 60, y, x0 + 60 + w, y + 34], radius=17, fill=(120, 138, 153, 255))
    # a check mark badge: the quiz
    cx, cy, r = 735, 770, 170
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(46, 140, 87, 255), outline=(31, 95, 139, 255), width=28)
    d.line([(cx - 80, cy + 5), (cx - 20, cy + 70), (cx + 90, cy - 65)], fill=(255, 255, 255, 255), width=52, joint="curve")
    return img


def main():
    img = draw()
    img.resize((256, 256), Image.LANCZOS).save(os.path.join(HERE, "icon.png"))
    small = img.resize((64, 64), Image.LANCZOS)
    with open(os.path.join(HERE, "icon-64.rgba"), "wb") as f:
        f.write(small.tobytes())


if __name__ == "__main__":
    main()
