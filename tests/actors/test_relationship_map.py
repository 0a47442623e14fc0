"""The relationship map: well-formed, safe, accessible SVG whose labels never collide."""

import itertools
import math
import re
from xml.etree import ElementTree as ET

import pytest

from tribuna.actors import relationship_map
from tribuna.actors.relationship_map import Link, Node, draw

SVG = "{http://www.w3.org/2000/svg}"
GROUPS = ["person", "organisation", "place", "event"]
HOSTILE = ["<script>alert(1)</script>", "Tom & Jerry", "say \"hi\" & 'bye'", "Perú 🇵🇪 👩🏽‍⚖️",
           "A\x00B\x0b\x1fC", "]]><!-- -->", "Pedro Pablo Kuczynski Godard, President of Peru 2016–2018 " * 20]


def centre(label="Pedro Pablo Kuczynski", url="/actors/kuczynski/"):
    return Node("kuczynski", label, url, "person")


def others(n, label=lambda i: f"Actor number {i}", url=lambda i: f"/actors/{i}/"):
    return [Node(f"actor-{i}", label(i), url(i), GROUPS[i % 4]) for i in range(n)]


def links_to(nodes, stated=lambda i: i % 3 == 0, label="president of"):
    return [Link(node.key, label if stated(i) else f"{20 - i} articles together", stated(i), 20 - i)
            for i, node in enumerate(nodes)]


def draw_map(centre_node, nodes, links, **kwargs):
    kwargs = {"title": "Kuczynski and the actors around him", "description": "Who appears with whom.", **kwargs}
    return str(draw(centre_node, nodes, links, **kwargs))


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def node_groups(root):
    return [g for g in root.iter(SVG + "g") if "map-node" in (g.get("class") or "").split()]


def edge_groups(root):
    return [g for g in root.iter(SVG + "g") if "map-edge" in (g.get("class") or "").split()]


def view_box(root):
    return tuple(map(float, root.get("viewBox").split()))


def shape_bounds(group):
    """(left, top, right, bottom) of a node's shape: a circle, rect or polygon."""
    shape = next(el for el in group.iter() if el.tag.removeprefix(SVG) in ("circle", "rect", "polygon"))
    tag, get = shape.tag.removeprefix(SVG), lambda name: float(shape.get(name))
    if tag == "circle":
        return get("cx") - get("r"), get("cy") - get("r"), get("cx") + get("r"), get("cy") + get("r")
    if tag == "rect":
        return get("x"), get("y"), get("x") + get("width"), get("y") + get("height")
    xs, ys = zip(*(map(float, point.split(",")) for point in shape.get("points").split()))
    return min(xs), min(ys), max(xs), max(ys)


def shape_centre(group):
    left, top, right, bottom = shape_bounds(group)
    return (left + right) / 2, (top + bottom) / 2


def outlines(root):
    """Every drawn thing that must not overlap another: shapes, node labels and edge
    labels, as polygons, with the module's own width estimate for text."""
    found = []
    for group in node_groups(root):
        for el in group.iter():
            tag = el.tag.removeprefix(SVG)
            if tag in ("circle", "rect", "polygon"):
                found.append((f"shape of {group.find(f'.//{SVG}title').text}", box(*shape_bounds(group))))
            elif tag == "text":
                size = float(el.get("font-size")) * (1.1 if el.get("font-weight") == "bold" else 1)
                width, x, y = relationship_map._width(el.text, size), float(el.get("x")), float(el.get("y"))
                left = {"start": x, "end": x - width}.get(el.get("text-anchor"), x - width / 2)
                found.append((f"label {el.text}", box(left, y - size, left + width, y + 4)))
    for group in edge_groups(root):
        for el in group.iter(SVG + "text"):
            x, y = float(el.get("x")), float(el.get("y"))
            turn = math.radians(float(re.fullmatch(r"rotate\(([-\d.]+) [-\d.]+ [-\d.]+\)", el.get("transform"))[1]))
            half, (ux, uy) = relationship_map._width(el.text, 12) / 2, (math.cos(turn), math.sin(turn))
            mx, my = x + 8 * uy, y - 8 * ux  # the text sits above its line: 8 units "up"
            found.append((f"edge label {el.text}", [(mx + a * half * ux - b * 7 * uy, my + a * half * uy + b * 7 * ux)
                                                     for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))]))
    return found


def box(left, top, right, bottom):
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


def overlap(p, q) -> bool:
    """Separating axis test for two convex polygons; touching is not overlapping."""
    for polygon in (p, q):
        for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
            nx, ny = y2 - y1, x1 - x2
            a, b = [nx * x + ny * y for x, y in p], [nx * x + ny * y for x, y in q]
            if max(a) <= min(b) + 0.5 or max(b) <= min(a) + 0.5:
                return False
    return True


def test_the_map_is_named_by_its_title_and_description():
    root = parse(draw_map(centre(), others(5), links_to(others(5)), id_prefix="kuczynski-map"))

    assert root.tag == SVG + "svg"
    # Links may not sit inside an image (ARIA, and axe's nested-interactive): with links the
    # map is a named group of them, its lines hidden from screen readers (the page's list says it).
    assert root.get("role") == "group"
    assert [g.get("aria-hidden") for g in root.iter(SVG + "g") if g.get("class") == "map-edges"] == ["true"]
    pictured = parse(draw_map(centre(url=None), others(5, url=lambda i: None), links_to(others(5))))
    assert pictured.get("role") == "img"
    assert "relationship-map" in root.get("class").split()
    assert root.get("aria-labelledby") == "kuczynski-map-title kuczynski-map-desc"
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert (title.get("id"), title.text) == ("kuczynski-map-title", "Kuczynski and the actors around him")
    assert (desc.get("id"), desc.text) == ("kuczynski-map-desc", "Who appears with whom.")
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)) == 2
    assert view_box(root)[2] == 640


def test_the_map_holds_no_script_style_or_outside_reference():
    svg = draw_map(centre(), others(24), links_to(others(24)))
    root = parse(svg)

    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert tags <= {"svg", "title", "desc", "g", "a", "line", "text", "circle", "rect", "polygon"}
    for el in root.iter():
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on")
            assert "url(" not in value and (name == "href" or "//" not in value)
    assert all(float(el.get("font-size")) >= 12 for el in root.iter(SVG + "text"))


@pytest.mark.parametrize("label", HOSTILE)
def test_hostile_labels_are_escaped_and_kept_whole_in_titles(label):
    nodes = [Node("hostile", label, "/actors/hostile/?a=1&b=<2>", "event"), *others(3)]
    svg = draw_map(centre(label), nodes, [Link("hostile", label, True), Link("actor-0", label, False, 3)],
                   title=label, description=label, id_prefix='map"><script>')

    root = parse(svg)  # well-formed XML, whatever the labels hold
    assert "<script" not in svg and not any(el.tag.endswith("script") for el in root.iter())
    clean = " ".join("".join(c for c in label if c >= " ").split())
    titles = [el.text for el in root.iter(SVG + "title")]
    assert titles.count(clean) >= 3  # the map's title, the centre and the hostile node
    assert root.find(SVG + "desc").text == clean
    for group in node_groups(root)[:2] + edge_groups(root)[:1]:  # the centre, the hostile node and link
        shown = group.find(f".//{SVG}text").text
        assert shown and (shown in clean or clean.startswith(shown.rstrip("…")))


def test_every_node_with_a_url_is_a_link_to_it():
    nodes = others(6, url=lambda i: None if i == 2 else f"/actors/{i}/?from=map&lang=es")
    nodes.append(Node("evil", "Evil", "javascript:alert(1)", "person"))
    nodes.append(Node("sneaky", "Sneaky", " java\tscript:alert(1)", "person"))
    root = parse(draw_map(centre(), nodes, links_to(nodes)))

    links = {group.find(SVG + "a/" + SVG + "title").text: group.find(SVG + "a").get("href")
             for group in node_groups(root) if group.find(SVG + "a") is not None}
    assert links == {"Pedro Pablo Kuczynski": "/actors/kuczynski/",
                     **{f"Actor number {i}": f"/actors/{i}/?from=map&lang=es" for i in range(6) if i != 2}}
    assert "javascript" not in draw_map(centre(), nodes, links_to(nodes))


def test_stated_relationships_are_solid_and_labelled_co_mentions_dashed_by_weight():
    nodes = others(4)
    links = [Link("actor-0", "president of", True), Link("actor-1", "12 articles together", False, 12),
             Link("actor-2", "3 articles together", False, 3), Link("actor-3", "member of", True),
             Link("actor-3", "5 articles together", False, 5), Link("nobody", "ghost", True)]
    root = parse(draw_map(centre(), nodes, links))

    edges = [(g.get("class").split(), g.find(SVG + "line"), g.find(SVG + "text")) for g in edge_groups(root)]
    assert [classes for classes, _, _ in edges] == [["map-edge", k] for k in ("map-stated", "map-co", "map-co",
                                                                               "map-stated", "map-co")]
    for classes, line, text in edges:
        if "map-stated" in classes:
            assert line.get("stroke-dasharray") is None and text.text in ("president of", "member of")
            x1, y1, x2, y2 = (float(line.get(k)) for k in ("x1", "y1", "x2", "y2"))
            at = float(text.get("x")), float(text.get("y"))  # the text runs along its line, between the ends
            assert abs((x2 - x1) * (at[1] - y1) - (y2 - y1) * (at[0] - x1)) / math.dist((x1, y1), (x2, y2)) < 1
            assert min(x1, x2) - 1 <= at[0] <= max(x1, x2) + 1 and min(y1, y2) - 1 <= at[1] <= max(y1, y2) + 1
        else:
            assert line.get("stroke-dasharray") and text is None
    widths = [float(line.get("stroke-width")) for classes, line, _ in edges if "map-co" in classes]
    assert widths[0] > widths[2] > widths[1]  # 12 > 5 > 3 articles
    # A stated relationship and a co-mention of the same actor are drawn side by side.
    assert edges[3][1].get("x1") != edges[4][1].get("x1") or edges[3][1].get("y1") != edges[4][1].get("y1")


def test_groups_have_their_own_shapes_and_colours_that_pass_wcag():
    root = parse(draw_map(centre(), others(4), []))

    shapes = {}
    for group in node_groups(root):
        shape = next(el for el in group.iter() if el.tag.removeprefix(SVG) in ("circle", "rect", "polygon"))
        kind = group.get("class").split()[1]
        corners = len(shape.get("points").split()) if shape.get("points") else 0
        shapes.setdefault(kind, set()).add((shape.tag.removeprefix(SVG), corners))
    assert shapes == {"map-person": {("circle", 0)}, "map-organisation": {("rect", 0)},
                      "map-place": {("polygon", 4)}, "map-event": {("polygon", 3)}}

    def luminance(colour):
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def on_white(colour):
        return 1.05 / (luminance(colour) + 0.05)

    assert on_white(relationship_map.INK) >= 4.5
    assert on_white(relationship_map.STATED) >= 3 and on_white(relationship_map.CO) >= 3
    assert all(on_white(fill) >= 4.5 for fill in relationship_map.FILLS.values())
    with pytest.raises(ValueError):
        draw(centre(), [Node("x", "X", None, "planet")], [], title="t", description="d")


def test_long_labels_are_shortened_in_the_drawing_and_whole_in_the_title():
    long_name = "Trans-Pacific Partnership Agreement between twelve Pacific Rim economies"
    nodes = [Node("tpp", long_name, "/actors/tpp/", "organisation"), *others(3)]
    root = parse(draw_map(centre(), nodes, [Link("tpp", "signed by the president of the republic", True)]))

    tpp = next(g for g in node_groups(root) if g.find(f".//{SVG}title").text == long_name)
    shown = tpp.find(f".//{SVG}text").text
    assert shown.endswith("…") and long_name.startswith(shown[:-1]) and len(shown) < 25
    edge = edge_groups(root)[0]
    assert edge.find(SVG + "title").text == f"{long_name}: signed by the president of the republic"


@pytest.mark.parametrize("n", [1, 2, 5, 12, 13, 17, 24])
@pytest.mark.parametrize("label", [lambda i: f"Actor number {i}", lambda i: "W" * 40, lambda i: "中国" * 15])
def test_nodes_and_labels_stay_inside_the_picture_and_apart(n, label):
    nodes = others(n, label=label)
    root = parse(draw_map(centre("Y" * 60), nodes, links_to(nodes, label="president of the republic")))

    x0, y0, width, height = view_box(root)
    centres = [shape_centre(group) for group in node_groups(root)]
    assert len(centres) == n + 1
    assert all(math.dist(a, b) >= 2 * relationship_map.NODE_R for a, b in itertools.combinations(centres, 2))
    drawn = outlines(root)
    for name, polygon in drawn:
        assert all(x0 <= x <= x0 + width and y0 <= y <= y0 + height for x, y in polygon), name
    clashes = [(a, b) for (a, p), (b, q) in itertools.combinations(drawn, 2) if overlap(p, q)]
    assert clashes == []


def test_in_two_rings_the_first_others_are_nearer_the_centre():
    nodes = others(20)
    root = parse(draw_map(centre(), nodes, []))

    middle, *around = [shape_centre(group) for group in node_groups(root)]
    distances = [math.dist(middle, place) for place in around]
    assert max(distances[:10]) < min(distances[10:])


def test_most_stated_relationships_keep_a_visible_label():
    nodes = others(12)
    root = parse(draw_map(centre(), nodes, links_to(nodes, stated=lambda i: True, label="member of")))

    assert sum(g.find(SVG + "text") is not None for g in edge_groups(root)) >= 10


def test_the_map_is_capped_at_24_others_without_duplicates():
    nodes = others(30)
    root = parse(draw_map(centre(), nodes[:3] + nodes + [Node("kuczynski", "Again", None, "person")], []))

    titles = [group.find(f".//{SVG}title").text for group in node_groups(root)]
    assert titles == ["Pedro Pablo Kuczynski"] + [f"Actor number {i}" for i in range(24)]


def test_without_others_only_the_centre_is_drawn_small():
    root = parse(draw_map(centre(), [], []))

    assert len(node_groups(root)) == 1 and edge_groups(root) == []
    assert view_box(root)[3] < 100


def test_the_same_input_draws_the_same_map():
    nodes = others(20)
    first = draw_map(centre(), nodes, links_to(nodes))
    assert draw_map(centre(), list(nodes), list(links_to(nodes))) == first
    assert first != draw_map(centre(), nodes[::-1], links_to(nodes))
