"""Routes remembered until the content changes: the same page as Wagtail's own walk finds,
for fewer queries, and never a page that has moved, gone or become private."""

import re

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from wagtail.models import PageViewRestriction

from tribuna.news.models import ArticlePage

PAGES = [
    "/",
    "/articles/peru-hosts-apec/",
    "/articles/topic/economy-and-trade/",  # a route of the archive page's own
    "/key-issues/human-rights/",
    "/become-a-member/",
    "/es/articulos/peru-anfitrion-del-apec/",
]


@pytest.mark.parametrize("url", PAGES)
def test_a_remembered_route_serves_the_same_page_for_fewer_queries(client, demo_site, count_queries, url):
    with count_queries() as walked:
        first = client.get(url)
    with count_queries() as remembered:
        second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert _without_tokens(first) == _without_tokens(second)
    assert len(remembered) < len(walked)


def test_the_article_costs_four_queries_once_its_route_is_known(client, demo_site, count_queries):
    """The page, its lead image, its authors and its topics: nothing that grows with the site."""
    client.get(PAGES[1])
    with count_queries() as queries:
        assert client.get(PAGES[1]).status_code == 200
    assert len(queries) <= 4, [query["sql"][:80] for query in queries]


def test_an_unknown_address_stays_not_found_and_leaves_nothing_behind(client, demo_site, count_queries):
    """A bot trying made-up addresses must not fill the cache the real pages need."""
    client.get("/")
    kept = _cached_keys()
    for number in range(20):
        assert client.get(f"/articles/no-such-article-{number}/").status_code == 404
    assert client.get("/articles/no-such-article-0/").status_code == 404
    if kept is not None:
        assert _cached_keys() == kept


def test_a_moved_slug_and_an_unpublished_page_are_followed_at_once(client, demo_site, count_queries):
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    client.get(PAGES[1])
    apec.slug = "lima-hosts-apec"
    apec.save_revision().publish()
    assert client.get(PAGES[1]).status_code == 404
    assert client.get("/articles/lima-hosts-apec/").status_code == 200
    apec.refresh_from_db()
    apec.unpublish()
    assert client.get("/articles/lima-hosts-apec/").status_code == 404


def test_a_private_page_stays_private_on_a_remembered_route(client, demo_site, count_queries):
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    PageViewRestriction.objects.create(page=apec, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(PAGES[1])
        assert response.status_code == 302 and "Peru hosts APEC" not in response.content.decode()


def _cached_keys():
    """The keys in this process's page cache; None with Redis (tests/deploy covers it)."""
    store = caches["pages"]
    return set(store._cache) if isinstance(store, LocMemCache) else None


def _without_tokens(response) -> str:
    """The page, less what is made afresh for each response (a form's CSRF token)."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
