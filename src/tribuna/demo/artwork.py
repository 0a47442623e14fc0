"""Illustrations and report PDFs for the demo, drawn here so the demo needs no downloads."""

import functools
import io
import random

from PIL import Image, ImageDraw

PALETTES = {
    "mountains": [(33, 60, 92), (94, 122, 150), (210, 196, 170), (240, 236, 226)],
    "coast": [(16, 78, 112), (64, 145, 170), (226, 206, 160), (246, 240, 225)],
    "city": [(70, 52, 60), (150, 80, 70), (210, 160, 110), (240, 226, 206)],
    "forest": [(22, 60, 40), (50, 110, 60), (150, 170, 90), (232, 236, 214)],
    "river": [(40, 70, 60), (90, 130, 120), (170, 150, 100), (236, 230, 210)],
    "sun": [(140, 40, 30), (210, 110, 40), (240, 180, 70), (250, 240, 220)],
}


# Drawn once per process: the test suite builds the demo site hundreds of times.
@functools.cache
def landscape_jpeg(motif: str, seed: str, size=(1200, 675)) -> bytes:
    """Layered ridges in the motif's colours; the seed makes each picture differ, repeatably."""
    rng = random.Random(seed)
    palette = PALETTES.get(motif, PALETTES["mountains"])
    width, height = size
    image = Image.new("RGB", size, palette[-1])
    draw = ImageDraw.Draw(image)
    if motif == "sun":
        radius = height // 5
        cx, cy = rng.randint(width // 4, 3 * width // 4), height // 3
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=palette[2])
    for layer, colour in enumerate(reversed(palette[:-1])):
        base = height * (0.45 + 0.17 * layer)
        points = [(0, height)]
        for x in range(0, width + 60, 60):
            points.append((x, base - rng.randint(0, int(height * 0.18))))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=78, optimize=True, progressive=True)
    return buffer.getvalue()


def report_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with the report's title and summary, drawn with Pillow."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 120), title, fill="black", font_size=48)
    y = 240
    for line in lines:
        for chunk in _wrap(line, 70):
            draw.text((100, y), chunk, fill=(40, 40, 40), font_size=28)
            y += 40
        y += 20
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current] if current else lines
