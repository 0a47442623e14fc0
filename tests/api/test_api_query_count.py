"""A page of API results costs the same SQL queries whether it holds 3 articles or 30."""

import datetime as dt

import pytest

from tribuna.news.models import ArticleIndexPage, ArticlePage, Author, Topic


def add_articles(count: int) -> None:
    index = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    topics = list(Topic.objects.all())
    authors = list(Author.objects.all())
    picture = ArticlePage.objects.get(slug="peru-hosts-apec").lead_image
    for number in range(count):
        article = ArticlePage(
            title=f"Query budget article {number}",
            slug=f"query-budget-{number}",
            date=dt.date(2001 + number % 20, 1 + number % 12, 1),
            standfirst="Filler.",
            lead_image=picture if number % 2 else None,
        )
        article.topics = topics[number % len(topics) : number % len(topics) + 3]
        for author in authors[number % len(authors) : number % len(authors) + 2]:
            article.authorships.add(article.authorships.model(author=author))
        index.add_child(instance=article)
        article.save_revision().publish()


def queries_for(client, count_queries, url):
    client.get(url)  # warm per-process caches and make the renditions
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries), response.json()


@pytest.mark.parametrize(
    "path",
    ["/api/v1/articles/", "/api/v1/articles/?topic=politics", "/api/v1/topics/", "/api/v1/authors/"],
)
def test_three_results_or_thirty_cost_the_same(client, demo_site, count_queries, path):
    add_articles(30)
    joiner = "&" if "?" in path else "?"
    few, small = queries_for(client, count_queries, f"{path}{joiner}limit=3")
    many, large = queries_for(client, count_queries, f"{path}{joiner}limit=30")
    assert len(small["results"]) == 3
    assert len(large["results"]) >= min(large["count"], 30) and large["count"] > 3
    assert few == many, f"{path}: {few} queries for 3 results, {many} for {len(large['results'])}"
    assert few <= 12, f"{path} needs {few} queries"


def test_pages_cost_one_query_more_per_kind_of_page_not_per_page(client, demo_site, count_queries):
    from tribuna.base.models import StandardPage

    for number in range(30):
        demo_site.add_child(instance=StandardPage(title=f"Extra page {number}", slug=f"extra-page-{number}")).save_revision().publish()
    few, _ = queries_for(client, count_queries, "/api/v1/pages/?type=standard&limit=3")
    many, _ = queries_for(client, count_queries, "/api/v1/pages/?type=standard&limit=30")
    assert few == many
    # Home, key-issue and standard pages all on both pages: one query for each kind.
    mixed, first = queries_for(client, count_queries, "/api/v1/pages/?limit=12")
    more, second = queries_for(client, count_queries, "/api/v1/pages/?limit=40")
    assert {item["type"] for item in first["results"]} == {item["type"] for item in second["results"]}
    assert mixed == more == few + 2


def test_article_detail_cost_does_not_grow_with_the_archive(client, demo_site, count_queries):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    before, _ = queries_for(client, count_queries, f"/api/v1/articles/{article.pk}/")
    add_articles(30)
    after, _ = queries_for(client, count_queries, f"/api/v1/articles/{article.pk}/")
    assert before == after
