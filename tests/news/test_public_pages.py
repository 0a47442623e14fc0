"""What a reader sees on the home page, an article, "All articles", topic and author pages."""

import re

import pytest
from bs4 import BeautifulSoup

from tribuna.news.models import ArticlePage, Author, Topic

APEC_URL = "/articles/peru-hosts-apec/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def apec(demo_site):
    return ArticlePage.objects.get(slug="peru-hosts-apec")


def test_article_page_shows_the_seed_structure(client, apec):
    page = soup(client.get(APEC_URL))
    assert text(page.h1) == "Peru hosts APEC"
    assert page.find("time", datetime="2016-11-13").get_text() == "13 November 2016"
    assert page.find("a", string="All articles")["href"] == "/articles/"
    panel_titles = [text(h) for h in page.select("aside.panels h2")]
    assert len(panel_titles) == 4
    assert page.select_one(".join-button a").get_text() == "Become a member"
    assert page.select_one(".lead-image img")["alt"]
    # Topics link to their own pages.
    assert page.select(".article-topics a")[0]["href"].startswith("/articles/topic/")


def test_home_shows_featured_and_newest_articles_and_the_call_to_join(client, demo_site):
    page = soup(client.get("/"))
    featured = page.select(".featured .card-title a")
    latest = page.select(".latest .card-title a")
    assert featured and len(latest) == 6
    assert not {a["href"] for a in featured} & {a["href"] for a in latest}
    dates = [t["datetime"] for t in page.select(".latest time")]
    assert dates == sorted(dates, reverse=True)
    assert page.select_one(".join-call a.button").get_text() == "Become a member"
    assert len(page.select("aside.panels section")) == 4
    nav = [text(a) for a in page.select(".site-nav a")]
    assert "All articles" in nav and "Key issues" in nav and "Become a member" in nav


def test_archive_lists_newest_first_and_paginates(client, demo_site):
    first = soup(client.get("/articles/"))
    dates = [t["datetime"] for t in first.select(".card time")]
    assert len(dates) == 12
    assert dates == sorted(dates, reverse=True)
    total = ArticlePage.objects.live().filter(locale__language_code="en-gb").count()
    assert f"{total} articles" in text(first.select_one(".result-count"))
    second = soup(client.get("/articles/?page=2"))
    assert len(second.select(".card")) == total - 12
    assert second.select_one('a[rel="prev"]')["href"] == "?page=1"


@pytest.mark.parametrize("field", ["topic", "type", "year"])
def test_archive_filters(client, demo_site, field):
    article = ArticlePage.objects.live().filter(locale__language_code="en-gb").order_by("pk").first()
    value = {
        "topic": lambda: article.topics.first().slug,
        "type": lambda: article.article_type,
        "year": lambda: str(article.date.year),
    }[field]()
    page = soup(client.get("/articles/", {field: value}))
    titles = [text(a) for a in page.select(".card-title a")]
    assert article.title in titles
    expected = ArticlePage.objects.live().filter(locale__language_code="en-gb")
    expected = expected.filter(
        **{"topic": {"topics__slug": value}, "type": {"article_type": value}, "year": {"date__year": value}}[field]
    )
    assert len(titles) == min(expected.count(), 12)
    # The form keeps the choice and pagination links keep the filter.
    assert page.select_one(f"select[name={field}] option[selected]")["value"] == value


def test_topic_and_author_pages_list_their_articles(client, demo_site):
    topic = Topic.objects.first()
    page = soup(client.get(f"/articles/topic/{topic.slug}/"))
    assert text(page.h1) == topic.name
    assert len(page.select(".card")) == min(topic.articles.live().filter(locale__language_code="en-gb").count(), 12)
    author = Author.objects.first()
    page = soup(client.get(f"/articles/author/{author.slug}/"))
    assert text(page.h1) == author.name
    assert len(page.select(".card")) == min(
        ArticlePage.objects.live().filter(locale__language_code="en-gb").filter(authorships__author=author).count(), 12
    )


def test_report_offers_its_pdf(client, demo_site):
    report = ArticlePage.objects.filter(article_type="report").first()
    page = soup(client.get(report.url))
    link = page.select_one(".report-download a")
    assert link.get_text() == "Download the full report"
    download = client.get(link["href"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content if download.streaming else [download.content]).startswith(b"%PDF")


def test_related_articles_fall_back_to_shared_topics(client, apec):
    page = soup(client.get(APEC_URL))
    related = page.select(".related .card-title a")
    assert related
    apec_topics = set(apec.topics.values_list("pk", flat=True))
    for link in related:
        other = ArticlePage.objects.get(url_path__endswith=link["href"].split("/articles", 1)[1])
        assert apec_topics & set(other.topics.values_list("pk", flat=True))


def test_key_issue_page_lists_articles_on_its_topic(client, demo_site):
    from tribuna.base.models import KeyIssuePage

    issue = KeyIssuePage.objects.exclude(topic=None).first()
    page = soup(client.get(issue.url))
    assert text(page.h1) == issue.title
    assert page.select(".related .card")


@pytest.mark.parametrize(
    "url",
    [
        "/articles/?page=999999",
        "/articles/?page=abc",
        "/articles/?page=0",
        "/articles/topic/no-such-topic/",
        "/articles/author/nobody/",
        "/no/such/page/",
    ],
)
def test_bad_addresses_get_a_styled_404(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert text(page.h1) == "Page not found"
    assert page.find("a", string="Go to the home page")["href"] == "/"


@pytest.mark.parametrize(
    "query",
    ["topic=<script>alert(1)</script>", "year=abc", "type=%00", "year=99999999999999999999"],
)
def test_bad_filters_are_ignored_and_never_reflected(client, demo_site, query):
    response = client.get(f"/articles/?{query}")
    page = soup(response)
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "not recognised" in text(page.select_one(".form-error"))
    assert len(page.select(".card")) == 12


def test_dates_read_as_british_english(client, apec):
    page = soup(client.get("/articles/?year=2016"))
    assert "13 November 2016" in [t.get_text() for t in page.select("time")]
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", page.select_one("time").get_text())
