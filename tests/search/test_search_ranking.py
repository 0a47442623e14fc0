"""What a reader finds, and in which order: relevance, stemming, filters, paging."""

import datetime as dt

from bs4 import BeautifulSoup
from wagtail.models import Locale

from support.articles import publish_article

from tribuna.news.models import ArticlePage, Topic
from tribuna.search import indexing, searching
from tribuna.search.engines import engine
from tribuna.search.models import SearchEntry
from tribuna.search.query import parse
from tribuna.search.searching import Filters, content_languages


def results(client, path="/search/", **params):
    response = client.get(path, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page, [" ".join(a.get_text().split()) for a in page.select(".search-results h2 a")]


def test_the_apec_article_comes_first_for_apec(client, demo_site):
    page, titles = results(client, q="APEC")
    assert titles[0] == "Peru hosts APEC"
    # The matched word is marked in the title and in the excerpt.
    first = page.select_one(".search-results li")
    assert first.select_one("h2 mark").get_text() == "APEC"


def test_a_title_match_outranks_a_body_match(client, demo_site):
    publish_article("Harvest notes", body="Lithium lithium lithium: the word many times in the body.")
    publish_article("Lithium", body="A short piece.", date=dt.date(2010, 1, 1))
    _, titles = results(client, q="lithium")
    assert titles == ["Lithium", "Harvest notes"]


def test_recent_pieces_break_ties(client, demo_site):
    for year in (2012, 2019, 2015):
        publish_article(f"Quinoa prices {year}", body="Quinoa exports rose again.", date=dt.date(year, 3, 1))
    _, titles = results(client, q="quinoa")
    assert titles == ["Quinoa prices 2019", "Quinoa prices 2015", "Quinoa prices 2012"]


def test_english_stemming_and_accents(client, demo_site):
    publish_article("Mines at altitude", body="The miners’ union in Perú met the ministry.")
    _, titles = results(client, q="miner peru")
    assert "Mines at altitude" in titles
    _, titles = results(client, q="mining unions")
    assert "Mines at altitude" in titles  # "Mines" and "mining", "union" and "unions" share stems
    _, titles = results(client, q="gold union")
    assert "Mines at altitude" not in titles  # every word must be there


def test_spanish_stemming_finds_derecho_for_derechos(client, demo_site):
    publish_article(
        "La consulta previa en la Amazonía",
        body="Un derecho reconocido por el Convenio 169 que el Estado no siempre respeta en Huancarani.",
        locale=Locale.objects.get(language_code="es"),
    )
    _, titles = results(client, "/es/search/", q="derechos huancarani")
    assert titles == ["La consulta previa en la Amazonía"]
    # Accents do not matter either way.
    _, titles = results(client, "/es/search/", q="amazonia huancarani")
    assert titles == ["La consulta previa en la Amazonía"]
    # Each language's search box searches its own language; the filter can widen it.
    _, titles = results(client, q="derechos huancarani")
    assert titles == []
    _, titles = results(client, q="derechos huancarani", language="")
    assert titles == ["La consulta previa en la Amazonía"]
    _, titles = results(client, q="derechos huancarani", language="es")
    assert titles == ["La consulta previa en la Amazonía"]


def test_filters_combine(client, demo_site):
    water = Topic.objects.create(name="Water", slug="water")
    publish_article("Glacier report", body="Glaciers are melting.", article_type="analysis", topics=[water],
                    date=dt.date(2021, 4, 1))
    publish_article("Glacier news", body="Glaciers again.", article_type="news", topics=[water],
                    date=dt.date(2021, 6, 1))
    publish_article("Glacier analysis, older", body="Glaciers then.", article_type="analysis", topics=[water],
                    date=dt.date(2018, 6, 1))
    publish_article("Glacier elsewhere", body="Glaciers, other topic.", article_type="analysis",
                    date=dt.date(2021, 6, 1))
    _, titles = results(client, q="glacier", topic="water", type="analysis", year="2021")
    assert titles == ["Glacier report"]
    _, titles = results(client, q="glacier", topic="water")
    assert titles == ["Glacier news", "Glacier report", "Glacier analysis, older"]


def test_an_empty_query_shows_the_newest_articles(client, demo_site):
    page, titles = results(client, q="")
    newest = list(ArticlePage.objects.live().filter(locale__language_code="en-gb").order_by("-date").values_list("title", flat=True)[:3])
    assert titles[:3] == newest
    assert "newest" in page.select_one(".result-count").get_text()


def test_members_only_bodies_are_not_searchable(client, demo_site):
    publish_article(
        "Confidential briefing",
        standfirst="A note on water permits.",
        body="Only members read about the zanjón affair.",
        members_only=True,
    )
    _, titles = results(client, q="zanjón")
    assert titles == []
    page, titles = results(client, q="permits")
    assert titles == ["Confidential briefing"]
    assert "zanjón" not in page.get_text()


def test_unpublished_edited_and_deleted_pages_leave_the_results(client, demo_site):
    article = publish_article("Cocoa cooperatives", body="Cocoa growers organise.")
    assert results(client, q="cocoa")[1] == ["Cocoa cooperatives"]

    article.title = "Coffee cooperatives"
    article.body = [("paragraph", "<p>Coffee growers organise.</p>")]
    article.save_revision().publish()
    assert results(client, q="cocoa")[1] == []
    assert results(client, q="coffee")[1] == ["Coffee cooperatives"]

    article.unpublish()
    assert results(client, q="coffee")[1] == []

    article.date = dt.date(2003, 3, 3)  # moves its full-text row, which is keyed by date
    article.save_revision().publish()
    assert results(client, q="coffee")[1] == ["Coffee cooperatives"]
    assert full_text_matches("coffee") == 1
    article.delete()
    assert results(client, q="coffee")[1] == []
    assert full_text_matches("coffee") == 0
    assert not SearchEntry.objects.filter(title="Coffee cooperatives").exists()


def full_text_matches(text) -> int:
    """What the engine itself counts, stale rows included."""
    query = parse(text)
    return sum(engine().count(query, content_languages(), Filters(), scope, cap=100) for scope in ("title", "rest"))


def test_large_groups_of_matches_are_listed_newest_first(client, demo_site, monkeypatch, settings):
    settings.TRIBUNA_PAGE_CACHE = False  # the same search is asked again under other limits
    publish_article("Tarapoto coffee, again and again", body="Tarapoto tarapoto tarapoto.", date=dt.date(2001, 1, 1))
    publish_article("Tarapoto notes", body="Tarapoto once.", date=dt.date(2011, 1, 1))
    publish_article("Tarapoto today", body="Tarapoto.", date=dt.date(2021, 1, 1))
    monkeypatch.setattr(searching, "RELEVANCE_LIMIT", 2)
    page, titles = results(client, q="tarapoto")
    assert titles == ["Tarapoto today", "Tarapoto notes", "Tarapoto coffee, again and again"]
    monkeypatch.setattr(searching, "MAX_RESULTS", 2)
    page, titles = results(client, q="tarapoto")
    assert "More than 2 results" in page.select_one(".result-count").get_text()


def test_phrases_alternatives_and_exclusions(client, demo_site):
    publish_article("Alpaca wool", body="Highland alpaca wool fetches good prices.")
    publish_article("Wool markets", body="Sheep wool and alpaca fibre.")
    assert results(client, q='"alpaca wool"')[1] == ["Alpaca wool"]
    assert results(client, q="wool -sheep")[1] == ["Alpaca wool"]
    assert set(results(client, q="fetches OR fibre")[1]) == {"Alpaca wool", "Wool markets"}


def test_results_are_paginated(client, demo_site):
    for number in range(13):
        publish_article(f"Andean rail {number}", body="The railway reaches Huancayo.", date=dt.date(2000 + number, 1, 1))
    page, titles = results(client, q="huancayo")
    assert len(titles) == 10
    assert "13 results" in page.select_one(".result-count").get_text()
    second, more = results(client, q="huancayo", page="2")
    assert len(more) == 3 and not set(more) & set(titles)
    assert second.select_one("ol.search-results")["start"] == "11"


def test_rebuild_restores_the_index(client, demo_site):
    SearchEntry.objects.all().delete()
    assert results(client, q="APEC")[1] == []
    assert indexing.rebuild() == SearchEntry.objects.count() > 30
    assert results(client, q="APEC")[1][0] == "Peru hosts APEC"


def test_a_site_from_before_search_is_indexed_by_its_next_migrate(client, demo_site):
    from django.core.management import call_command

    SearchEntry.objects.all().delete()
    call_command("migrate", verbosity=0)
    assert results(client, q="APEC")[1][0] == "Peru hosts APEC"
