"""Whatever a reader types into the box, the page answers (and never echoes markup)."""

import pytest
from bs4 import BeautifulSoup
from support.articles import publish_article

NASTY = [
    '"unclosed phrase',
    "apec*",
    "NEAR(apec peru, 3)",
    "apec AND OR NOT",
    "NOT apec",
    "((apec) OR",
    "-",
    '""',
    "title:apec",
    "x" * 10_000,
    "apec\x00peru",
    "🙂 Перу 中文 mezcla ñandú",
    "<script>alert('x')</script>",
    "' OR 1=1 --",
    "\u202e\u200b",
]


@pytest.mark.parametrize("query", NASTY, ids=range(len(NASTY)))
def test_any_query_gets_an_answer(client, demo_site, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select(".search-results li") or page.select_one(".empty")
    assert b"<script>alert" not in response.content


@pytest.mark.parametrize(
    "params",
    [{"page": "abc"}, {"page": "99999"}, {"page": "-1"}, {"year": "20x6"}, {"topic": "nope"},
     {"type": "\x00"}, {"language": "xx"}, {"q": ["a", "b"]}],
    ids=str,
)
def test_bad_parameters_are_ignored_or_explained(client, demo_site, params):
    response = client.get("/search/", {"q": "peru", **params})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select(".search-results li") or page.select_one(".empty") or page.select_one(".form-error")


def test_the_search_box_is_on_every_page(client, demo_site):
    for url in ["/", "/articles/", "/articles/peru-hosts-apec/"]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        form = page.select_one("header form[role=search]")
        assert form["action"] == "/search/" and form.select_one("input[name=q]")


def test_search_pages_cost_a_fixed_number_of_queries(client, demo_site, count_queries):
    def queries():
        client.get("/search/", {"q": "peru"})
        with count_queries() as captured:
            assert client.get("/search/", {"q": "peru", "type": "analysis"}).status_code == 200
        return len(captured)

    before = queries()
    for number in range(15):
        publish_article(f"Peru analysis {number}", body="Peru again.", article_type="analysis")
    assert queries() == before
