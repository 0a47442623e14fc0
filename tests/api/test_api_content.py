"""What the content API says about the demo site: shapes, filters, withheld bodies."""


import pytest

from tribuna.base.models import HomePage, KeyIssuePage, StandardPage
from tribuna.news.models import ArticlePage, Author, Topic

ARTICLE_FIELDS = {
    "id", "url", "title", "slug", "date", "type", "standfirst", "authors", "topics",
    "lead_image", "members_only", "first_published_at", "last_published_at", "locale",
}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def slugs(listing):
    return [item["slug"] for item in listing["results"]]


def test_article_list_shape(client, demo_site):
    listing = get(client, "/api/v1/articles/")
    assert listing["count"] == ArticlePage.objects.live().count()
    assert len(listing["results"]) == 20
    first = listing["results"][0]
    assert set(first) == ARTICLE_FIELDS  # no body in lists: it is the detail's job
    dates = [item["date"] for item in listing["results"]]
    assert dates == sorted(dates, reverse=True)
    assert first["url"].startswith("http://testserver/articles/" if first["locale"] == "en-gb" else "http://testserver/es/")
    for author in first["authors"]:
        assert author["url"] == f"http://testserver/articles/author/{author['slug']}/"
    for topic in first["topics"]:
        assert topic["url"] == f"http://testserver/articles/topic/{topic['slug']}/"


def test_article_detail_has_body_with_absolute_urls_and_a_sized_lead_image(client, demo_site):
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    article = get(client, f"/api/v1/articles/{apec.pk}/")
    assert article["id"] == apec.pk
    assert article["title"] == "Peru hosts APEC"
    assert article["date"] == "2016-11-13"
    assert article["type"] == "news"
    assert article["body_withheld"] is None
    assert "<p>" in article["body"]
    assert 'href="/' not in article["body"] and 'src="/' not in article["body"]
    image = article["lead_image"]
    assert image["url"].startswith("http://testserver/media/images/")
    assert image["width"] == 960 and image["height"] > 0
    assert image["alt"] and image["caption"] == apec.lead_image_caption and image["credit"] == apec.lead_image_credit
    rendition = apec.lead_image.renditions.get(file__endswith=image["url"].rsplit("/", 1)[1])
    assert (rendition.width, rendition.height) == (image["width"], image["height"])
    assert rendition.file.storage.exists(rendition.file.name)


def test_members_only_body_is_withheld_even_from_staff(client, demo_site, django_user_model):
    article = ArticlePage.objects.get(members_only=True)
    staff = django_user_model.objects.create_superuser(email="editor@example.org", password="a long passphrase here")
    client.force_login(staff)  # the API ignores sessions: the answer is the same for all
    detail = get(client, f"/api/v1/articles/{article.pk}/")
    assert detail["members_only"] is True
    assert detail["body"] is None
    assert detail["body_withheld"] == "members_only"
    assert detail["standfirst"] == article.standfirst  # the teaser stays, as on the site
    listed = get(client, "/api/v1/articles/?limit=100")["results"]
    assert next(item for item in listed if item["id"] == article.pk)["members_only"] is True


def test_only_live_public_articles(client, demo_site):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    article.unpublish()
    assert "peru-hosts-apec" not in slugs(get(client, "/api/v1/articles/?limit=100"))
    assert get(client, f"/api/v1/articles/{article.pk}/", status=404) == {"detail": "Not found."}


def test_private_articles_are_left_out(client, demo_site):
    from wagtail.models import PageViewRestriction

    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert "peru-hosts-apec" not in slugs(get(client, "/api/v1/articles/?limit=100"))
    get(client, f"/api/v1/articles/{article.pk}/", status=404)


def test_filters_combine(client, demo_site):
    politics = Topic.objects.get(slug="politics")
    author = Author.objects.get(slug="gareth-penhallow")
    expected = (
        ArticlePage.objects.live()
        .filter(topics=politics, authorships__author=author, article_type="analysis", date__gte="2019-01-01")
        .order_by("-date", "-pk")
    )
    assert expected.count() >= 2
    listing = get(
        client,
        "/api/v1/articles/?topic=politics&author=gareth-penhallow&type=analysis&date_from=2019-01-01&limit=100",
    )
    assert slugs(listing) == [article.slug for article in expected]
    for item in listing["results"]:
        assert item["type"] == "analysis" and item["date"] >= "2019-01-01"
        assert "politics" in {topic["slug"] for topic in item["topics"]}
        assert "gareth-penhallow" in {a["slug"] for a in item["authors"]}


@pytest.mark.parametrize(
    "query, check",
    [
        ("topic=human-rights", lambda item: "human-rights" in {t["slug"] for t in item["topics"]}),
        ("author=eleanor-whitcombe", lambda item: "eleanor-whitcombe" in {a["slug"] for a in item["authors"]}),
        ("type=report", lambda item: item["type"] == "report"),
        ("date_from=2020-01-01&date_to=2020-12-31", lambda item: item["date"].startswith("2020-")),
    ],
)
def test_each_filter(client, demo_site, query, check):
    listing = get(client, f"/api/v1/articles/?{query}&limit=100")
    assert listing["count"] == len(listing["results"]) > 0
    assert all(check(item) for item in listing["results"])
    assert listing["count"] < ArticlePage.objects.live().count()


def test_unknown_topic_gives_an_empty_list(client, demo_site):
    assert get(client, "/api/v1/articles/?topic=no-such-topic") == {
        "count": 0, "next": None, "previous": None, "results": [],
    }


def test_search_uses_the_site_search(client, demo_site):
    assert set(slugs(get(client, "/api/v1/articles/?search=apec"))) == {"peru-hosts-apec", "peru-anfitrion-del-apec"}
    assert slugs(get(client, "/api/v1/articles/?search=apec&locale=en-gb")) == ["peru-hosts-apec"]
    assert slugs(get(client, "/api/v1/articles/?search=apec&locale=es")) == ["peru-anfitrion-del-apec"]
    # Stemmed like the search page: "summits" finds "summit"; filters still apply.
    assert "peru-hosts-apec" in slugs(get(client, "/api/v1/articles/?search=summits"))
    assert slugs(get(client, "/api/v1/articles/?search=apec&type=report")) == []


def test_topics_and_authors(client, demo_site):
    topics = get(client, "/api/v1/topics/")
    assert topics["count"] == Topic.objects.count()
    human_rights = get(client, "/api/v1/topics/human-rights/")
    assert human_rights == next(t for t in topics["results"] if t["slug"] == "human-rights")
    assert human_rights["article_count"] == ArticlePage.objects.live().filter(topics__slug="human-rights").count()
    assert human_rights["url"] == "http://testserver/articles/topic/human-rights/"
    assert client.get("/articles/topic/human-rights/").status_code == 200
    listed = get(client, human_rights["articles"].removeprefix("http://testserver"))
    assert listed["count"] == human_rights["article_count"]

    author = get(client, "/api/v1/authors/eleanor-whitcombe/")
    assert author["name"] == "Eleanor Whitcombe" and author["bio"]
    assert author["url"] == "http://testserver/articles/author/eleanor-whitcombe/"
    assert author["article_count"] == get(client, "/api/v1/articles/?author=eleanor-whitcombe")["count"] > 0
    assert get(client, "/api/v1/authors/")["count"] == Author.objects.count()


def test_article_counts_leave_out_unpublished_articles(client, demo_site):
    before = get(client, "/api/v1/topics/economy-and-trade/")["article_count"]
    ArticlePage.objects.get(slug="peru-hosts-apec").unpublish()
    assert get(client, "/api/v1/topics/economy-and-trade/")["article_count"] == before - 1


def test_pages(client, demo_site):
    listing = get(client, "/api/v1/pages/?limit=100")
    kinds = {item["type"] for item in listing["results"]}
    assert kinds == {"home", "standard", "key_issue"}
    expected = HomePage.objects.live().count() + StandardPage.objects.live().count() + KeyIssuePage.objects.live().count()
    assert listing["count"] == expected
    assert listing["results"][0]["type"] == "home" and listing["results"][0]["url"] == "http://testserver/"

    key_issues = get(client, "/api/v1/pages/?type=key_issue&limit=100")
    assert key_issues["count"] == KeyIssuePage.objects.live().count()
    issue = KeyIssuePage.objects.live().first()
    detail = get(client, f"/api/v1/pages/{issue.pk}/")
    assert detail["title"] == issue.title and detail["summary"] == issue.summary
    assert detail["body"].startswith("<") and detail["last_published_at"]
    assert get(client, f"/api/v1/pages/{demo_site.pk}/")["body"] is None


def test_articles_are_not_pages(client, demo_site):
    article = ArticlePage.objects.first()
    get(client, f"/api/v1/pages/{article.pk}/", status=404)
    get(client, f"/api/v1/articles/{demo_site.pk}/", status=404)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/999999/",
        "/api/v1/articles/99999999999999999999999999/",
        "/api/v1/articles/abc/",
        "/api/v1/topics/nothing-here/",
        "/api/v1/topics/a%00b/",
        "/api/v1/authors/" + "x" * 10_000 + "/",
        "/api/v1/pages/0/",
        "/api/v1/nowhere/",
        "/api/v2/articles/",
    ],
)
def test_unknown_things_are_json_404s(client, demo_site, url):
    assert get(client, url, status=404) == {"detail": "Not found."}
