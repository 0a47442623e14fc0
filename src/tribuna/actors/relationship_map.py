"""An actor's relationship map, drawn on the server as SVG: no script, no outside files.

The map shows what the actor page also says as a list, so the SVG is one image with a
title and a description. Groups differ by shape as well as colour, colours pass WCAG 2.2
AA on white, and labels are shortened so that none overlaps another or leaves the
picture; every full label stays in a <title>.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_OTHERS = 24
WIDTH, CX, MARGIN = 640, 320, 6
FONT, EDGE_FONT, LABEL_H, EDGE_H = 13, 12, 17, 16  # heights include the white halo
NODE_R, CENTRE_R, GAP = 14, 20, 3
MAX_LABEL, MAX_CENTRE_LABEL = 112, 220  # widest labels, in user units
RX, INNER, OUTER = 250, (170, 200), (258, 300)  # ellipse radii: one ring is RX wide, or two rings
INK, HALO, STATED, CO = "#1a1a1a", "#fff", "#1a1a1a", "#5f6368"  # 17:1 and 6:1 on white
# Shapes are dark enough (at least 4.5:1 on white) to be seen without an outline.
FILLS = {"person": "#1d4ed8", "organisation": "#047857", "place": "#a3470a", "event": "#7e22ce"}


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    url: str | None
    group: str  # "person" | "organisation" | "place" | "event"


@dataclass(frozen=True)
class Link:
    other: str  # key of a Node around the centre
    label: str
    stated: bool  # recorded by editors (solid line) or co-mentioned (dashed)
    weight: int = 1


def _clean(text: str) -> str:
    """One line of text that XML 1.0 can hold: control characters and lone surrogates go."""
    kept = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs") and c not in "\ufffe\uffff")
    return " ".join(kept.split())


def _width(text: str, size: float) -> float:
    """A generous guess at the drawn width, so that real fonts fit inside it."""
    def em(c: str) -> float:
        if unicodedata.combining(c) or c in "\u200d\ufe0f":
            return 0
        return 1.0 if unicodedata.east_asian_width(c) in "WF" else 0.72 if c.isupper() else 0.6
    return size * sum(em(c) for c in text)


def _fit(text: str, size: float, room: float) -> str:
    if _width(text, size) <= room:
        return text
    text = text[: int(room / (0.6 * size)) + 1]  # no more can fit: spares long labels a slow loop
    while text and _width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip(" \u200d") + "…" if text.strip() else ""


def _safe_url(url: str | None) -> str | None:
    """The URL if it leads to a web page (never javascript: or data:), else None."""
    url = "".join(c for c in url or "" if unicodedata.category(c) != "Cc").strip()
    try:
        return url if url and urlsplit(url).scheme in ("", "http", "https") else None
    except ValueError:  # e.g. a broken IPv6 address
        return None


def _shape(group: str, x: float, y: float, r: float) -> str:
    """Person circle, organisation rounded square, place diamond, event triangle."""
    fill = FILLS[group]
    if group == "person":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}"/>'
    if group == "organisation":
        s = r * 0.85
        return (f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" '
                f'rx="{s / 3:.1f}" fill="{fill}"/>')
    corners = ((0, -1), (1, 0), (0, 1), (-1, 0)) if group == "place" else ((0, -1), (1, 0.8), (-1, 0.8))
    points = " ".join(f"{x + dx * r:.1f},{y + dy * r:.1f}" for dx, dy in corners)
    return f'<polygon points="{points}" fill="{fill}"/>'


def _layout(n: int) -> tuple[float, list[tuple[float, float, float]]]:
    """The centre's y and each other's (x, y, direction from the centre), clockwise from
    the top. Past 12, every other place is on an inner ring, so that no line passes behind
    another node; the first half of the others (the caller's strongest) go there."""
    one_ring = (RX, min(200, 130 + 15 * n))  # a few others need less height
    cy = MARGIN + LABEL_H + GAP + ((OUTER if n > 12 else one_ring)[1] + NODE_R if n else CENTRE_R)
    inner = (n + 1) // 2
    places = []
    for j in range(n):
        i = (2 * j if j < inner else 2 * (j - inner) + 1) if n > 12 else j
        angle = -math.pi / 2 + 2 * math.pi * i / n
        rx, ry = one_ring if n <= 12 else INNER if i % 2 == 0 else OUTER
        x, y = CX + rx * math.cos(angle), cy + ry * math.sin(angle)
        places.append((x, y, math.atan2(y - cy, x - CX)))
    return cy, places


def _clear(box, taken, height: float) -> bool:
    left, top, right, bottom = box
    inside = left >= 0 and top >= 0 and right <= WIDTH and bottom <= height
    return inside and not any(left < r and l < right and top < b and t < bottom for l, t, r, b in taken)


def _place_label(text: str, x: float, y: float, r: float, size: float, room: float, up: bool, taken, height):
    """Above or below the shape (outward first), else beside it; shorter when nothing is
    free. Returns the text shown, where its anchor is (x, baseline, text-anchor), its box."""
    for share in (1, 0.7, 0.45):
        shown = _fit(text, size, room * share)
        w = _width(shown, size)
        ends = [((x - w / 2, y - r - GAP - LABEL_H, x + w / 2, y - r - GAP), x, "middle"),
                ((x - w / 2, y + r + GAP, x + w / 2, y + r + GAP + LABEL_H), x, "middle")][:: 1 if up else -1]
        sides = [((x + r + GAP, y - LABEL_H / 2, x + r + GAP + w, y + LABEL_H / 2), x + r + GAP, "start"),
                 ((x - r - GAP - w, y - LABEL_H / 2, x - r - GAP, y + LABEL_H / 2), x - r - GAP, "end")]
        for box, ax, anchor in ends + sides[:: 1 if x >= CX else -1]:
            if shown and _clear(box, taken, height):
                return shown, (ax, box[3] - 4, anchor), box
    return "", (0, 0, ""), None


def _free_stretch(ox, oy, ux, uy, start: float, end: float, taken) -> tuple[float, float]:
    """The longest part of a line, between start and end, that stays clear of every box
    by half a label's height: a label along the line goes there."""
    blocked, h = [], EDGE_H / 2 + 1  # and a unit more for rounding
    for left, top, right, bottom in taken:
        lo, hi = -math.inf, math.inf
        for o, u, a, b in ((ox, ux, left - h, right + h), (oy, uy, top - h, bottom + h)):
            if abs(u) < 1e-9:
                lo, hi = (lo, hi) if a <= o <= b else (1, 0)
            else:
                t0, t1 = sorted(((a - o) / u, (b - o) / u))
                lo, hi = max(lo, t0), min(hi, t1)
        if lo < hi:
            blocked.append((lo, hi))
    best, at = (start, start), start
    for lo, hi in sorted(blocked) + [(end, end)]:
        if min(lo, end) - at > best[1] - best[0]:
            best = (at, min(lo, end))
        at = max(at, hi)
    return best


def draw(centre: Node, others: list[Node], links: list[Link], *, title: str, description: str,
         id_prefix: str = "map") -> SafeString:
    if unknown := {node.group for node in [centre, *others]} - FILLS.keys():
        raise ValueError(f"no shape for {sorted(unknown)}")
    unique = {centre.key: centre}
    others = [unique.setdefault(node.key, node) for node in others if node.key not in unique][:MAX_OTHERS]
    n = len(others)
    cy, places = _layout(n)
    height = 2 * cy  # labels are placed on this canvas; the viewBox is cropped to them at the end
    placed = {node.key: (node, *place) for node, place in zip(others, places)}

    todo = [(centre, CX, cy, CENTRE_R, 0.0)] + [(node, x, y, NODE_R, a) for node, x, y, a in placed.values()]
    taken = [(x - r, y - r, x + r, y + r) for _, x, y, r, _ in todo]  # every shape, before any label
    node_parts = []
    for node, x, y, r, angle in todo:
        label, bold = _clean(node.label), node is centre
        size, room = (FONT + 1, MAX_CENTRE_LABEL) if bold else (FONT, MAX_LABEL)
        shown, (ax, baseline, anchor), box = _place_label(  # bold text is wider
            label, x, y, r, size * (1.1 if bold else 1), room, math.sin(angle) < -1e-9, taken, height)
        inside = f"<title>{escape(label)}</title>{_shape(node.group, x, y, r)}"
        if shown:
            taken.append(box)
            extra = (' font-weight="bold"' if bold else "") + ("" if anchor == "middle" else f' text-anchor="{anchor}"')
            inside += f'<text x="{ax:.1f}" y="{baseline:.1f}" font-size="{size}"{extra}>{escape(shown)}</text>'
        if url := _safe_url(node.url):
            inside = f'<a href="{escape(url)}">{inside}</a>'
        node_parts.append(f'<g class="map-node map-{node.group}">{inside}</g>')

    edge_parts = []
    heaviest = max((link.weight for link in links if not link.stated), default=1)
    # Edge labels start where neighbouring lines are a label's height apart.
    turns = sorted(a % math.tau for _, _, a in places)
    closest = min((b - a for a, b in zip(turns, turns[1:] + [t + math.tau for t in turns[:1]])), default=math.pi)
    start = (EDGE_H + 2) / math.sin(min(closest, math.pi / 2))
    for link in (link for link in links if link.other in placed):
        node, x, y, angle = placed[link.other]
        label, ux, uy = _clean(link.label), math.cos(angle), math.sin(angle)
        both = len({other.stated for other in links if other.other == link.other}) == 2
        shift = (2.5 if link.stated else -2.5) if both else 0  # both kinds of link: side by side
        x0, y0 = CX - uy * shift, cy + ux * shift
        if link.stated:
            style = f'stroke="{STATED}" stroke-width="2"'
        else:
            width = 1.5 + 2.5 * max(link.weight, 1) / max(heaviest, 1)
            style = f'stroke="{CO}" stroke-width="{width:.1f}" stroke-dasharray="6 4"'
        parts = [f"<title>{escape(_clean(node.label))}: {escape(label)}</title>",
                 f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x0 + x - CX:.1f}" y2="{y0 + y - cy:.1f}" {style}/>']
        if link.stated:
            turn = math.degrees(angle) % 360
            turn -= 180 if 90 < turn < 270 else 0  # keep the text upright
            nx, ny = math.sin(math.radians(turn)), -math.cos(math.radians(turn))  # the text's "up"
            ox, oy = x0 + nx * EDGE_H / 2, y0 + ny * EDGE_H / 2  # the label runs beside the line
            lo, hi = _free_stretch(ox, oy, ux, uy, start, math.hypot(x - CX, y - cy) - NODE_R - GAP, taken)
            shown = _fit(label, EDGE_FONT, hi - lo)
            if shown and (shown == label or len(shown) > 6):  # a stub helps nobody; the <title> has it all
                t, half, h = (lo + hi) / 2, _width(shown, EDGE_FONT) / 2, EDGE_H / 2
                tx, ty = x0 + ux * t, y0 + uy * t
                parts.append(f'<text x="{tx:.1f}" y="{ty:.1f}" dy="-5" font-size="{EDGE_FONT}" '
                             f'transform="rotate({turn:.1f} {tx:.1f} {ty:.1f})">{escape(shown)}</text>')
                mx, my = ox + ux * t, oy + uy * t  # later labels keep clear of this one
                hx, hy = abs(ux) * half + abs(uy) * h, abs(uy) * half + abs(ux) * h
                taken.append((mx - hx, my - hy, mx + hx, my + hy))
        kind = "map-stated" if link.stated else "map-co"
        edge_parts.append(f'<g class="map-edge {kind}">{"".join(parts)}</g>')

    top, bottom = math.floor(min(b[1] for b in taken)) - MARGIN, math.ceil(max(b[3] for b in taken)) + MARGIN
    # An image's parts are presentational in ARIA, so links may not sit in one (axe:
    # nested-interactive): with links the map is a group, its lines hidden (the list says it).
    role = "group" if any("<a " in part for part in node_parts) else "img"
    p = escape(id_prefix)
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {top} {WIDTH} {bottom - top}" role="{role}" '
        f'aria-labelledby="{p}-title {p}-desc" class="relationship-map">'
        f'<title id="{p}-title">{escape(_clean(title))}</title>'
        f'<desc id="{p}-desc">{escape(_clean(description))}</desc>'
        f'<g fill="{INK}" stroke="{HALO}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" '
        f'text-anchor="middle" font-family="system-ui, sans-serif">'
        f'<g class="map-edges" aria-hidden="true">{"".join(edge_parts)}</g>'
        f'<g class="map-nodes">{"".join(node_parts)}</g></g></svg>'
    )
