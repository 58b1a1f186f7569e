#!/usr/bin/env python3
"""Draws the app icon: assets/icon.png (256 px, for desktop files and the README), icon-48.png and
icon-128.png (scaled from the 256 px one, for the launcher's hicolor sizes), icon.svg (the same shapes, for
the scalable size) and assets/icon-64.rgba (64 x 64 raw RGBA, compiled into the binary as the window icon).
Needs Pillow: `pip install pillow`."""
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


SVG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Dossier's app icon, the drawing of assets/icon.py in its 1024-unit coordinates: a sheet of paper with a
     folded corner and five lines of text on a blue rounded square, and a green check mark badge (the quiz). -->
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 1024 1024">
  <rect x="40" y="40" width="944" height="944" rx="200" ry="200" fill="#1f5f8b"/>
  <polygon points="250,170 580,170 730,320 730,830 250,830" fill="#faf8f2"/>
  <polygon points="580,170 580,320 730,320" fill="#cdd6de"/>
  <g fill="#788a99">
{lines}  </g>
  <circle cx="735" cy="770" r="156" fill="#2e8c57" stroke="#1f5f8b" stroke-width="28"/>
  <polyline points="655,775 715,840 825,705" fill="none" stroke="#ffffff" stroke-width="52"
            stroke-linejoin="round" stroke-linecap="butt"/>
</svg>
"""


def svg():
    """The SVG of draw()'s shapes (the badge's circle is drawn at the middle of its outline)."""
    lines = "".join(
        f'    <rect x="310" y="{330 + i * 85}" width="{w}" height="34" rx="17" ry="17"/>\n'
        for i, w in enumerate([330, 380, 300, 360, 220])
    )
    return SVG.format(lines=lines)


def main():
    img = draw()
    big = img.resize((256, 256), Image.LANCZOS)
    big.save(os.path.join(HERE, "icon.png"))
    for size in (48, 128):
        big.resize((size, size), Image.LANCZOS).save(os.path.join(HERE, f"icon-{size}.png"))
    with open(os.path.join(HERE, "icon.svg"), "w") as f:
        f.write(svg())
    small = img.resize((64, 64), Image.LANCZOS)
    with open(os.path.join(HERE, "icon-64.rgba"), "wb") as f:
        f.write(small.tobytes())


if __name__ == "__main__":
    main()
