"""Readers move between the English and Spanish sites without meeting a broken link."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from tribuna.news.models import ArticleIndexPage, ArticlePage

APEC_EN = "/articles/peru-hosts-apec/"
APEC_ES = "/es/articulos/peru-anfitrion-del-apec/"


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def switcher(soup) -> dict[str, str]:
    """Language name → the path its link leads to (the current language maps to "")."""
    links = {}
    for item in soup.select("nav.language-switch li"):
        link = item.find("a")
        name = item.find(attrs={"lang": True}).get_text(strip=True)
        links[name] = path(link["href"]) if link else ""
    return links


def alternates(soup) -> dict[str, str]:
    return {link["hreflang"]: path(link["href"]) for link in soup.select('link[rel="alternate"][hreflang]')}


def test_the_apec_article_leads_to_its_spanish_version_and_back(client, demo_site):
    english = page(client, APEC_EN)
    assert english.html["lang"] == "en-gb"
    assert switcher(english) == {"English": "", "Español": APEC_ES}
    assert alternates(english) == {"en-gb": APEC_EN, "es": APEC_ES, "x-default": APEC_EN}

    spanish = page(client, APEC_ES)
    assert spanish.html["lang"] == "es"
    assert spanish.h1.get_text(strip=True) == "El Perú, anfitrión del APEC"
    assert "13 de noviembre de 2016" in spanish.find("time").get_text()
    assert switcher(spanish) == {"English": APEC_EN, "Español": ""}
    assert alternates(spanish) == alternates(english)


def test_spanish_pages_speak_spanish_around_the_content(client, demo_site):
    spanish = page(client, "/es/")
    assert spanish.select_one(".strapline").get_text(strip=True).startswith("Investigación")
    panel_titles = [h2.get_text(strip=True) for h2 in spanish.select("aside.panels h2")]
    assert panel_titles and "Our aims" not in panel_titles
    menu = [a["href"] for a in spanish.select("nav.site-nav a")]
    assert menu and all(href.startswith("/es/") for href in menu)
    assert spanish.select_one("a.skip-link").get_text(strip=True) != "Skip to content"
    # Topics, plans and newsletters show their Spanish names.
    article = page(client, APEC_ES)
    assert "Economía y comercio" in [a.get_text(strip=True) for a in article.select(".article-topics a")]
    join = page(client, "/es/hagase-socio/").get_text()
    assert "Cuota reducida" in join and "Concession" not in join
    assert "Actualidad del Perú" in page(client, "/es/newsletters/").get_text()
    # English pages keep their English panels.
    english_titles = [h2.get_text(strip=True) for h2 in page(client, "/").select("aside.panels h2")]
    assert "Our aims" in english_titles


def test_an_untranslated_page_leads_to_the_other_languages_home(client, demo_site):
    english = page(client, "/articles/conga-two-years-on/")
    links = switcher(english)
    assert links["Español"] == "/es/"
    assert "this page has no translation" in english.select_one("nav.language-switch a").get_text()
    page(client, links["Español"])  # a real page, not a 404
    assert alternates(english) == {}  # no hreflang pointing at a page that is not there


def test_a_translation_in_draft_is_never_public(client, demo_site):
    article = ArticlePage.objects.get(slug="conga-two-years-on")
    draft = article.copy_for_translation(Locale.objects.get(language_code="es"))
    draft.slug = "conga-borrador"
    draft.save_revision()  # saved, not published
    assert not ArticlePage.objects.get(pk=draft.pk).live
    page(client, "/es/articulos/conga-borrador/", status=404)
    links = switcher(page(client, "/articles/conga-two-years-on/"))
    assert "conga-borrador" not in links["Español"]


def test_unknown_language_prefix_is_a_404_in_the_default_language(client, demo_site):
    not_found = page(client, "/fr/articles/peru-hosts-apec/", status=404)
    assert not_found.html["lang"] == "en-gb"
    page(client, "/es/articulos/no-existe/", status=404)


def test_the_archive_topic_list_switches_to_the_same_list(client, demo_site):
    english = page(client, "/articles/topic/politics/")
    spanish_url = switcher(english)["Español"]
    index = ArticleIndexPage.objects.get(locale__language_code="es")
    assert spanish_url.startswith(index.url)
    page(client, spanish_url)


def test_search_switches_with_its_query(client, demo_site):
    links = switcher(page(client, "/search/?q=APEC"))
    assert links["Español"] == "/es/search/?q=APEC"
    results = page(client, "/es/search/?q=APEC")
    titles = [" ".join(a.get_text().split()) for a in results.select(".search-results h2 a")]
    assert titles[0] == "El Perú, anfitrión del APEC"
    assert "Peru hosts APEC" not in titles  # the Spanish search box searches Spanish


@pytest.mark.parametrize("url", ["/es/feeds/articles.rss", "/es/feeds/articles.json"])
def test_each_language_has_its_own_feeds(client, demo_site, url):
    body = client.get(url).content.decode()
    assert "El Perú, anfitrión del APEC" in body
    assert "Peru hosts APEC" not in body
    english = client.get(url.removeprefix("/es")).content.decode()
    assert "Peru hosts APEC" in english and "El Perú, anfitrión del APEC" not in english


def test_spanish_pages_announce_their_own_feeds(client, demo_site):
    feeds = [link["href"] for link in page(client, APEC_ES).select('link[rel="alternate"][type="application/rss+xml"]')]
    assert feeds and all("/es/feeds/" in href for href in feeds)


def test_a_link_in_the_text_leads_to_the_readers_language(client, demo_site):
    from support.articles import publish_article

    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    publish_article(
        "Enlaces",
        slug="enlaces",
        body=f'Véase <a linktype="page" id="{apec.pk}">la cumbre</a>.',
        locale=Locale.objects.get(language_code="es"),
    )
    link = page(client, "/es/articulos/enlaces/").find("a", string="la cumbre")
    assert link["href"] == APEC_ES


def test_a_missing_page_offers_the_other_languages_home(client, demo_site):
    links = switcher(page(client, "/articles/no-such-article/", status=404))
    assert links["Español"] == "/es/"
    assert switcher(page(client, "/es/articulos/no-existe/", status=404))["English"] == "/"


def test_prices_are_written_the_readers_way(client, demo_site):
    spanish = page(client, "/es/hagase-socio/").get_text()
    assert "30,00 £ al año" in spanish and "£30.00" not in spanish
    assert "£30.00 a year" in page(client, "/become-a-member/").get_text()
