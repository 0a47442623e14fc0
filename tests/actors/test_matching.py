"""Finding names in text: boundaries, accents and case, the longest name, shared names."""

from tribuna.actors.article_text import article_text
from tribuna.actors.matching import Matcher, Name, fold

PERU, PACIFIC, ALLIANCE, MAY, LIMA, HU_ONE, HU_TWO = 1, 2, 3, 4, 5, 6, 7


def found(matcher, text):
    return [(text[m.start:m.end], m.actor_ids) for m in matcher.find(text)]


def test_a_name_inside_another_word_is_not_a_mention():
    matcher = Matcher([Name(PERU, "Peru")])
    assert found(matcher, "Peruvian exports; Peru’s mines; (Peru) and Peru-China trade") == [
        ("Peru", (PERU,)),
        ("Peru", (PERU,)),
        ("Peru", (PERU,)),
    ]


def test_accents_and_capitals_are_ignored_unless_the_alias_asks_for_exact_case():
    matcher = Matcher([Name(PERU, "Peru"), Name(MAY, "May", exact_case=True), Name(LIMA, "Lima", exact_case=True)])
    text = "PERÚ and perú; May said that prices may rise; lima beans grow near Lima."
    assert found(matcher, text) == [("PERÚ", (PERU,)), ("perú", (PERU,)), ("May", (MAY,)), ("Lima", (LIMA,))]


def test_the_longest_name_wins_where_names_overlap():
    matcher = Matcher([Name(PACIFIC, "Pacific"), Name(ALLIANCE, "Pacific Alliance"), Name(ALLIANCE, "Alianza del Pacífico")])
    text = "The Pacific Alliance, the Alianza del Pacifico and the Pacific."
    assert found(matcher, text) == [
        ("Pacific Alliance", (ALLIANCE,)),
        ("Alianza del Pacifico", (ALLIANCE,)),
        ("Pacific", (PACIFIC,)),
    ]


def test_dashes_apostrophes_and_line_breaks_are_written_one_way():
    matcher = Matcher([Name(ALLIANCE, "Asia-Pacific Forum"), Name(PERU, "O'Neill Group")])
    assert found(matcher, "the Asia–Pacific\nForum and the O’Neill Group") == [
        ("Asia–Pacific\nForum", (ALLIANCE,)),
        ("O’Neill Group", (PERU,)),
    ]


def test_a_name_two_actors_share_names_both_and_guesses_neither():
    matcher = Matcher([Name(HU_ONE, "Hu"), Name(HU_TWO, "Hu")])
    (match,) = matcher.find("Hu spoke.")
    assert match.actor_ids == (HU_ONE, HU_TWO) and match.ambiguous


def test_folding_keeps_every_character_in_its_place():
    for text in ["Perú", "İstanbul ẞtraße", "Ǆemal 𝔄 Ω", "plain ascii\ttext"]:
        assert len(fold(text)) == len(text)


def test_a_megabyte_is_read_in_one_pass_with_every_mention_found():
    matcher = Matcher([Name(PERU, "Peru"), Name(ALLIANCE, "Pacific Alliance")])
    paragraph = "Peru and the Pacific Alliance met in Peruvian waters. " * 20
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    matches = matcher.find(text)
    assert len(text) > 1_000_000
    assert len(matches) == 2 * text.count("Peru and")


def test_the_text_of_an_article_leaves_out_addresses_and_markup():
    body = [
        {"type": "paragraph", "value": "<p>Lima hosts <b>AP</b>EC.</p><p>Peru</p>", "id": "a"},
        {"type": "embed", "value": {"url": "https://www.apec.org/", "title": "APEC site"}, "id": "b"},
        {"type": "image", "value": {"image": {"image": 4, "alt_text": "Chile"}, "caption": "Cusco &amp; Puno"}, "id": "c"},
    ]
    text = article_text("Title", "Standfirst", "Caption", body)
    assert text.split("\n") == ["Title", "Standfirst", "Caption", " Lima hosts APEC.  Peru ", "APEC site", "Cusco & Puno"]
