"""Placeholder artwork drawn locally with Pillow (no network), one look per pattern name."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1200, 900)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def draw(pattern: str, palette: list[str], seed: int, portrait: bool = False, detail: bool = False) -> bytes:
    """A JPEG of the given pattern and palette, deterministic for a seed; ``detail`` is a close-up."""
    rng = random.Random(seed)
    colours = [_rgb(c) for c in palette]
    size = (SIZE[1], SIZE[0]) if portrait else SIZE
    image = Image.new("RGB", size, colours[-1])
    painter = _PATTERNS.get(pattern, _geometric)
    painter(ImageDraw.Draw(image), size, colours, rng)
    if pattern in ("ink_landscape", "batik", "sunset"):
        image = image.filter(ImageFilter.GaussianBlur(2))
    if detail:
        w, h = size
        image = image.crop((w // 4, h // 4, w * 3 // 4, h * 3 // 4)).resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def _kente(d, size, colours, rng):
    w, h = size
    band = rng.randint(50, 90)
    for y in range(0, h, band):
        for x in range(0, w, band):
            colour = colours[(x // band + y // band * 2) % len(colours)]
            d.rectangle([x, y, x + band, y + band], fill=colour)
            if (x // band + y // band) % 2:
                for i in range(0, band, 10):
                    d.line([x, y + i, x + band, y + i], fill=colours[(i // 10) % len(colours)], width=4)


def _mudcloth(d, size, colours, rng):
    w, h = size
    d.rectangle([0, 0, w, h], fill=colours[0])
    ink = colours[-1]
    step = 120
    for y in range(0, h, step):
        d.line([0, y, w, y], fill=ink, width=6)
        for x in range(0, w, step):
            kind = rng.randint(0, 2)
            cx, cy = x + step // 2, y + step // 2
            if kind == 0:
                d.ellipse([cx - 12, cy - 12, cx + 12, cy + 12], outline=ink, width=5)
            elif kind == 1:
                d.line([cx - 25, cy - 25, cx + 25, cy + 25], fill=ink, width=5)
                d.line([cx - 25, cy + 25, cx + 25, cy - 25], fill=ink, width=5)
            else:
                for i in range(-30, 31, 15):
                    d.line([cx + i, cy - 20, cx + i, cy + 20], fill=ink, width=4)


def _ink_landscape(d, size, colours, rng):
    w, h = size
    d.rectangle([0, 0, w, h], fill=colours[-1])
    for layer in range(4):
        base = int(h * (0.35 + layer * 0.15))
        colour = colours[layer % (len(colours) - 1)]
        points = [(0, h)]
        for x in range(0, w + 40, 40):
            points.append((x, base - int(120 * abs(math.sin(x / (130 + layer * 40) + rng.random())))))
        points.append((w, h))
        d.polygon(points, fill=colour)


def _porcelain(d, size, colours, rng):
    w, h = size
    d.rectangle([0, 0, w, h], fill=colours[1 % len(colours)])
    cx, cy = w // 2, h // 2
    blue = colours[0]
    for r in range(min(w, h) // 2 - 20, 40, -45):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=blue, width=6)
    for angle in range(0, 360, 30):
        x = cx + int(math.cos(math.radians(angle)) * 200)
        y = cy + int(math.sin(math.radians(angle)) * 200)
        d.ellipse([x - 30, y - 18, x + 30, y + 18], fill=blue)


def _batik(d, size, colours, rng):
    w, h = size
    d.rectangle([0, 0, w, h], fill=colours[0])
    for _ in range(60):
        x, y, r = rng.randint(0, w), rng.randint(0, h), rng.randint(20, 90)
        d.ellipse([x - r, y - r, x + r, y + r], outline=colours[1 % len(colours)], width=8)
        d.ellipse([x - r // 3, y - r // 3, x + r // 3, y + r // 3], fill=colours[-1])


def _geometric(d, size, colours, rng):
    w, h = size
    for _ in range(28):
        x, y = rng.randint(-100, w), rng.randint(-100, h)
        s = rng.randint(80, 300)
        d.polygon([(x, y), (x + s, y), (x + s // 2, y + s)], fill=rng.choice(colours))


def _sunset(d, size, colours, rng):
    w, h = size
    top, bottom = colours[0], colours[1 % len(colours)]
    for y in range(h):
        t = y / h
        d.line([0, y, w, y], fill=tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)))
    d.ellipse([w // 2 - 120, h // 2 - 120, w // 2 + 120, h // 2 + 120], fill=colours[2 % len(colours)])
    for x in range(0, w, 90):
        d.rectangle([x, h - rng.randint(120, 260), x + 12, h], fill=colours[-1])


def _beads(d, size, colours, rng):
    w, h = size
    d.rectangle([0, 0, w, h], fill=colours[-1])
    for ring in range(12, 0, -1):
        r = ring * 34
        for angle in range(0, 360, max(6, 60 // ring)):
            x = w // 2 + int(math.cos(math.radians(angle)) * r)
            y = h // 2 + int(math.sin(math.radians(angle)) * r)
            d.ellipse([x - 11, y - 11, x + 11, y + 11], fill=colours[ring % (len(colours) - 1)])


def _waves(d, size, colours, rng):
    w, h = size
    for i, y0 in enumerate(range(-40, h + 40, 36)):
        colour = colours[i % len(colours)]
        points = [(x, y0 + int(18 * math.sin(x / 60 + i))) for x in range(0, w + 20, 20)]
        d.line(points, fill=colour, width=16)


def _mosaic(d, size, colours, rng):
    w, h = size
    tile = 40
    for y in range(0, h, tile):
        for x in range(0, w, tile):
            d.rectangle([x + 2, y + 2, x + tile - 2, y + tile - 2], fill=rng.choice(colours))


_PATTERNS = {
    "kente": _kente,
    "mudcloth": _mudcloth,
    "ink_landscape": _ink_landscape,
    "porcelain": _porcelain,
    "batik": _batik,
    "geometric": _geometric,
    "sunset": _sunset,
    "beads": _beads,
    "waves": _waves,
    "mosaic": _mosaic,
}
