"""Every public page costs the same small number of SQL queries with 10 articles or 500."""

from django.test import Client

from tribuna.demo import generator

from tribuna.news.models import ArticlePage
from tribuna.news.views import ARTICLES_PER_PAGE

# Queries for the richest page: an article in the second language (body, topics, authors,
# related articles, the language switch, and each translated wording fetched once).
BUDGET = 40
KEEP = {"peru-hosts-apec", "prior-consultation-at-ten"}  # in the URLs below


def public_pages(last_archive_page: int) -> dict[str, str]:
    return {
        "home": "/",
        "article": "/articles/peru-hosts-apec/",
        "members-only article": "/articles/prior-consultation-at-ten/",
        "archive": "/articles/",
        "archive, last page": f"/articles/?page={last_archive_page}",
        "archive, filtered": "/articles/?type=news&year=2016",
        "topic": "/articles/topic/economy-and-trade/",
        "author": "/articles/author/tomas-arrieta-hale/",
        "key issues": "/key-issues/",
        "key issue": "/key-issues/human-rights/",
        "standard page": "/our-aims/",
        "join": "/become-a-member/",
        "donate": "/support-our-work/",
        "newsletters": "/newsletters/",
        "newsletter archive": "/newsletter-archive/",
        "search": "/search/?q=peru",
        "search, no words": "/search/",
        "feed, RSS": "/feeds/articles.rss",
        "feed, Atom": "/feeds/articles.atom",
        "feed, JSON": "/feeds/articles.json",
        "topic feed": "/feeds/topic/economy-and-trade.rss",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "API articles": "/api/v1/articles/",
        "Spanish home": "/es/",
        "Spanish article": "/es/articulos/peru-anfitrion-del-apec/",
        "Spanish archive": "/es/articulos/",
        "actors": "/actors/",
        "actor": "/actors/peru/",
        "actor's year": "/actors/peru/2016/",
        "actor feed": "/feeds/actor/peru.rss",
        "Spanish actor": "/es/actores/peru/",
    }


def english_articles() -> int:
    return ArticlePage.objects.live().filter(locale__language_code="en-gb").count()


def trim_to(count: int) -> None:
    translated = ArticlePage.objects.filter(locale__language_code="es").values("translation_key")
    spare = (
        ArticlePage.objects.filter(locale__language_code="en-gb")
        .exclude(slug__in=KEEP)
        .exclude(translation_key__in=translated)
        .order_by("date")
    )
    for article in spare[: english_articles() - count]:
        article.delete()


def costs(count_queries, pages: dict[str, str]) -> dict[str, int]:
    reader = Client()
    found = {}
    for name, url in pages.items():
        reader.get(url)  # per-process caches (site root paths, content types) warm up first
        with count_queries() as queries:
            response = reader.get(url)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        found[name] = len(queries)
    return found


def last_page() -> int:
    return -(-english_articles() // ARTICLES_PER_PAGE)


def test_public_pages_cost_the_same_with_10_articles_and_with_500(demo_site, count_queries):
    trim_to(10)
    assert english_articles() == 10
    few = costs(count_queries, public_pages(last_page()))

    generator.add_articles(490)
    assert english_articles() == 500
    many = costs(count_queries, public_pages(last_page()))

    # Search may cost one query less when the best matches are all of one kind of page.
    grew = {name: (few[name], many[name]) for name in few if many[name] > few[name]}
    assert grew == {}, f"queries (10 articles, 500 articles) that grew with the archive: {grew}"
    over = {name: cost for name, cost in many.items() if cost > BUDGET}
    assert over == {}, f"pages over {BUDGET} queries: {over}"
