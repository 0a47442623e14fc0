"""Pagination, and 400s for every parameter that is wrong, never a 500."""

import pytest

from tribuna.news.models import ArticlePage


def problems(response):
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["detail"] == "Invalid query parameters."
    return {problem["parameter"]: problem["message"] for problem in body["errors"]}


def test_limit_and_offset_walk_the_whole_list(client, demo_site):
    total = ArticlePage.objects.live().count()
    seen, url = [], "/api/v1/articles/?limit=7"
    while url:
        page = client.get(url).json()
        assert page["count"] == total
        assert len(page["results"]) <= 7
        seen += [item["id"] for item in page["results"]]
        url = page["next"] and page["next"].removeprefix("http://testserver")
    assert len(seen) == len(set(seen)) == total


def test_next_and_previous(client, demo_site):
    page = client.get("/api/v1/articles/?limit=5&offset=5&type=news").json()
    assert page["previous"] == "http://testserver/api/v1/articles/?limit=5&type=news"
    assert page["next"] in (None, "http://testserver/api/v1/articles/?limit=5&offset=10&type=news")
    assert client.get("/api/v1/articles/").json()["previous"] is None


def test_default_limit_is_twenty(client, demo_site):
    assert len(client.get("/api/v1/articles/").json()["results"]) == 20
    assert len(client.get("/api/v1/articles/?limit=100").json()["results"]) == ArticlePage.objects.live().count()


def test_an_offset_past_the_end_is_an_empty_page(client, demo_site):
    page = client.get("/api/v1/articles/?offset=1000").json()
    assert page["results"] == [] and page["count"] > 0


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("limit=abc", "limit"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=10000", "limit"),
        ("limit=1.5", "limit"),
        ("limit=5.0", "limit"),
        ("limit=%EF%BC%95", "limit"),  # a full-width 5
        ("limit=", "limit"),
        ("offset=-1", "offset"),
        ("offset=99999999999999999999999", "offset"),
        ("date_from=notadate", "date_from"),
        ("date_from=2016-13-01", "date_from"),
        ("date_to=20161113", "date_to"),
        ("type=unknown", "type"),
        ("topic=" + "a" * 10_000, "topic"),
        ("topic=a%00b", "topic"),
        ("topic=two%20words", "topic"),
        ("author=" + "b" * 121, "author"),
        ("search=" + "c" * 201, "search"),
        ("search=a%00b", "search"),
        ("search=", "search"),
        ("colour=red", "colour"),
        ("format=json", "format"),
        ("topic=politics&topic=economy-and-trade", "topic"),
    ],
)
def test_bad_article_parameters(client, db, query, parameter):
    found = problems(client.get(f"/api/v1/articles/?{query}"))
    assert parameter in found, found


def test_every_wrong_parameter_is_named(client, db):
    found = problems(client.get("/api/v1/articles/?limit=0&type=poem&date_to=soon"))
    assert set(found) == {"limit", "type", "date_to"}
    assert "100" not in found["type"] and "poem" in found["type"]


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/v1/topics/?limit=1000", "limit"),
        ("/api/v1/authors/?offset=x", "offset"),
        ("/api/v1/authors/?topic=politics", "topic"),
        ("/api/v1/pages/?type=article", "type"),
        ("/api/v1/topics/politics/?limit=1", "limit"),
    ],
)
def test_bad_parameters_elsewhere(client, db, url, parameter):
    assert parameter in problems(client.get(url))


def test_bad_parameters_on_a_detail(client, db):
    # Checked before the article is looked up, so even an unknown id gives 400.
    assert "expand" in problems(client.get("/api/v1/articles/1/?expand=body"))


def test_only_get_and_head(client, demo_site):
    response = client.post("/api/v1/articles/", {})
    assert response.status_code == 405
    assert response.json()["detail"]
    assert response["Allow"] == "GET, HEAD"
    assert client.head("/api/v1/articles/").status_code == 200
