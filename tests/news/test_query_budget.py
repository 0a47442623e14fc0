"""Public pages cost a fixed number of SQL queries however many articles there are."""

import datetime as dt

import pytest

from tribuna.news.models import ArticleIndexPage, ArticlePage, Author, Topic

PAGES = {
    "home": lambda: "/",
    "article": lambda: "/articles/peru-hosts-apec/",
    "archive": lambda: "/articles/",
    "archive page 2": lambda: "/articles/?page=2",
    "filtered archive": lambda: "/articles/?type=news&year=2016",
    "topic": lambda: f"/articles/topic/{Topic.objects.order_by('pk').first().slug}/",
    "author": lambda: f"/articles/author/{Author.objects.order_by('pk').first().slug}/",
}


def add_articles(count: int) -> None:
    index = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    topics = list(Topic.objects.all())
    authors = list(Author.objects.all())
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    for number in range(count):
        article = ArticlePage(
            title=f"Extra article {number}",
            slug=f"extra-{number}",
            date=dt.date(2015 + number % 10, 1 + number % 12, 1),
            standfirst="Filler for the query budget.",
            lead_image=apec.lead_image,
        )
        article.topics = topics[number % len(topics) : number % len(topics) + 2]
        article.authorships.add(article.authorships.model(author=authors[number % len(authors)]))
        index.add_child(instance=article)
        article.save_revision().publish()


def queries_for(client, count_queries, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", PAGES)
def test_queries_do_not_grow_with_the_archive(client, demo_site, count_queries, name):
    before = queries_for(client, count_queries, PAGES[name]())
    add_articles(30)
    after = queries_for(client, count_queries, PAGES[name]())
    assert after == before, f"{name}: {before} queries with the demo, {after} with 30 more articles"
    # 30 for the page itself, 2 for its languages (Wagtail resolving the locale, the switcher).
    assert before <= 32, f"{name} needs {before} queries"
