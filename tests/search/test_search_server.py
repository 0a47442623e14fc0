"""The public search through a search server, as configured by TRIBUNA_SEARCH_URL.

No OpenSearch here: the same engine runs against Wagtail's database backend, which
speaks the same modelsearch interface, so what is checked is Tribuna's side of it.
"""

import pytest
from bs4 import BeautifulSoup
from django.db.models.signals import post_delete
from support.articles import publish_article

from tribuna.search import indexing, signals
from tribuna.search.engines import engine, external
from tribuna.search.models import SearchEntry
from tribuna.search.server_config import search_backend


@pytest.fixture
def search_server(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "public": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    }
    assert signals.follow_search_server()
    yield
    post_delete.disconnect(sender=SearchEntry, dispatch_uid="search-server-forget")


def titles(client, **params):
    page = BeautifulSoup(client.get("/search/", params).content, "html.parser")
    return [" ".join(a.get_text().split()) for a in page.select(".search-results h2 a")]


def test_searching_through_a_search_server(client, demo_site, search_server):
    assert engine() is external
    indexing.rebuild()
    assert titles(client, q="APEC")[0] == "Peru hosts APEC"
    article = publish_article("Quinoa and the altiplano", body="Farmers on the altiplano grow quinoa.",
                              article_type="analysis")
    assert titles(client, q="quinoa") == ["Quinoa and the altiplano"]
    assert titles(client, q="quinoa", type="news") == []
    assert titles(client, q="quinoa -altiplano") == []
    article.unpublish()
    assert titles(client, q="quinoa") == []


@pytest.mark.parametrize(
    "url, backend, address, prefix",
    [
        ("opensearch3://search.internal:9200", "modelsearch.backends.opensearch3", "http://search.internal:9200",
         "tribuna-public_"),
        ("elasticsearch8+https://u:p@es.example:9243/psg", "modelsearch.backends.elasticsearch8",
         "https://u:p@es.example:9243", "psg_"),
    ],
)
def test_the_search_url_names_the_server(url, backend, address, prefix):
    config = search_backend(url)
    assert (config["BACKEND"], config["URLS"], config["INDEX_PREFIX"]) == (backend, [address], prefix)


@pytest.mark.parametrize("url", ["solr://x", "opensearch3+ftp://x", "mysql://x"])
def test_an_unknown_search_url_is_refused_with_a_reason(url):
    with pytest.raises(ValueError, match="TRIBUNA_SEARCH_URL"):
        search_backend(url)
