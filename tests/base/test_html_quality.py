"""Public pages are valid HTML (Nu HTML Checker), light, and load nothing from other hosts."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from support.html_checks import validate_html

PAGES = {
    "home": "/",
    "article": "/articles/peru-hosts-apec/",
    "archive": "/articles/",
    "archive-filtered": "/articles/?topic=politics&year=abc",
    "topic": "/articles/topic/politics/",
    "key-issue": "/key-issues/human-rights/",
    "standard": "/our-aims/",
    "privacy": "/privacy/",
    "not-found": "/no-such-page/",
    "join": "/become-a-member/",
    "join-thanks": "/become-a-member/thanks/",
    "sign-in": "/account/sign-in/",
    "members-only": "/articles/prior-consultation-at-ten/",
    "search": "/search/?q=mining+peru",
    "search-nothing": "/search/?q=%22unclosed+NEAR(*&year=abc",
    "actors": "/actors/",
    "actor": "/actors/peru/",
    "actor-year": "/actors/peru/2016/",
    # The Spanish side, held to the same standard.
    "es-home": "/es/",
    "es-article": "/es/articulos/peru-anfitrion-del-apec/",
    "es-archive": "/es/articulos/",
    "es-key-issue": "/es/temas-clave/derechos-humanos/",
    "es-standard": "/es/nuestros-objetivos/",
    "es-join": "/es/hagase-socio/",
    "es-sign-in": "/es/account/sign-in/",
    "es-search": "/es/search/?q=apec",
    "es-not-found": "/es/no-existe/",
    "es-actor": "/es/actores/xi-jinping/",
}


@pytest.fixture
def rendered(client, demo_site):
    return {name: client.get(url).content.decode() for name, url in PAGES.items()}


def test_public_pages_are_valid_html(rendered):
    errors = validate_html(rendered)
    assert errors == {name: [] for name in rendered}


def test_pages_request_nothing_from_other_hosts(rendered):
    for name, html in rendered.items():
        page = BeautifulSoup(html, "html.parser")
        sources = [tag.get("src") or tag.get("href") for tag in page.select("script[src], link[href], img[src], iframe")]
        # Absolute addresses on this site (the canonical link, feeds) are fine.
        assert all(urlsplit(src).netloc in ("", "testserver") for src in sources), (name, sources)


def test_article_page_weighs_under_100_kb_without_images(rendered):
    page = BeautifulSoup(rendered["article"], "html.parser")
    total = len(rendered["article"].encode())
    for link in page.select('link[rel="stylesheet"], link[rel="icon"], script[src]'):
        path = re.sub(r"^/static/", "", link.get("href") or link.get("src"))
        with open(finders.find(path), "rb") as asset:
            total += len(asset.read())
    assert total < 100_000, f"{total} bytes before compression"
