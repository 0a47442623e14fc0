"""Every feed is valid in its format: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from syndication_helpers import (
    ATOM,
    FEED_URLS,
    check_atom,
    check_feedparser,
    check_json_feed,
    check_rss,
    first_author,
    first_topic,
    publish_article,
    rich_body,
)
from tribuna.news.models import ArticlePage

CHANNELS = ["articles", "topic", "author"]


def feed_url(channel, fmt):
    slug = {"articles": None, "topic": first_topic, "author": first_author}[channel]
    return FEED_URLS[channel].format(fmt=fmt, slug=slug().slug if slug else "")


@pytest.fixture
def rich_article(demo_site):
    """An article whose body uses images, documents and page links, on the first topic."""
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    return publish_article(
        "A rich article",
        "a-rich-article",
        body=rich_body(image=get_image_model().objects.first(), document=get_document_model().objects.first(), page=apec),
        topics=[first_topic()],
        authors=[first_author()],
        lead_image=apec.lead_image,
    )


@pytest.mark.parametrize("channel", CHANNELS)
def test_rss_is_valid(client, rich_article, channel):
    response = client.get(feed_url(channel, "rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = check_rss(response.content)
    check_feedparser(response.content)
    assert root.findall("channel/item")


@pytest.mark.parametrize("channel", CHANNELS)
def test_atom_is_valid(client, rich_article, channel):
    response = client.get(feed_url(channel, "atom"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = check_atom(response.content)
    check_feedparser(response.content)
    assert root.findall(f"{ATOM}entry")


@pytest.mark.parametrize("channel", CHANNELS)
def test_json_feed_is_valid(client, rich_article, channel):
    response = client.get(feed_url(channel, "json"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/feed+json")
    document = check_json_feed(response.content)
    assert document["items"]


@pytest.mark.parametrize("url", ["/feeds/topic/no-such-topic.rss", "/feeds/author/nobody.atom", "/feeds/topic/nothing.json", "/feeds/articles.xml"])
def test_unknown_feeds_are_not_found(client, demo_site, url):
    assert client.get(url).status_code == 404


def test_feeds_hold_the_twenty_newest_articles(client, demo_site):
    for number in range(22):
        publish_article(f"Filler {number}", f"filler-{number}")
    items = check_feedparser(client.get("/feeds/articles.atom").content).entries
    assert len(items) == 20
    newest = ArticlePage.objects.live().filter(locale__language_code="en-gb").order_by("-date", "-pk")[:20]
    assert [item.link for item in items] == [article.full_url for article in newest]


def test_feed_metadata_comes_from_the_site_identity(client, demo_site):
    parsed = check_feedparser(client.get("/feeds/articles.rss").content)
    assert parsed.feed.title == "Peru Support Group: articles"
    assert parsed.feed.link == "http://localhost/articles/"
    topic = first_topic()
    parsed = check_feedparser(client.get(f"/feeds/topic/{topic.slug}.atom").content)
    assert topic.name in parsed.feed.title
    assert parsed.feed.link == f"http://localhost/articles/topic/{topic.slug}/"
    assert all(topic.name in [tag.term for tag in entry.tags] for entry in parsed.entries)


def test_items_carry_authors_topics_and_the_lead_image(client, rich_article):
    lead = rich_article.lead_image.get_rendition("width-960|format-webp")
    for fmt in ("rss", "atom"):
        parsed = check_feedparser(client.get(f"/feeds/articles.{fmt}").content)
        entry = next(e for e in parsed.entries if e.title == "A rich article")
        assert {author.name for author in entry.authors} == {first_author().name}
        assert [tag.term for tag in entry.tags] == [first_topic().name]
        [enclosure] = entry.enclosures
        assert enclosure.href == "http://localhost" + lead.url
        assert enclosure.type == "image/webp"
        assert int(enclosure.length) == lead.file.size > 0
    document = check_json_feed(client.get("/feeds/articles.json").content)
    item = next(i for i in document["items"] if i["title"] == "A rich article")
    assert item["attachments"] == [
        {"url": "http://localhost" + lead.url, "mime_type": "image/webp", "size_in_bytes": lead.file.size}
    ]
    assert item["tags"] == [first_topic().name]
    assert [a["name"] for a in item["authors"]] == [first_author().name]


def test_full_text_has_absolute_links_and_images(client, rich_article):
    document = check_json_feed(client.get("/feeds/articles.json").content)
    html = next(i for i in document["items"] if i["title"] == "A rich article")["content_html"]
    assert "body-text" in html
    assert 'href="http://localhost/articles/peru-hosts-apec/"' in html  # rich text and call-out
    assert 'src="http://localhost/media/images/' in html
    assert 'href="http://localhost/documents/' in html
    assert 'href="/' not in html and 'src="/' not in html and 'srcset="/' not in html


def test_an_empty_feed_is_valid_and_dated_without_now(client, demo_site):
    from tribuna.news.models import Topic

    Topic.objects.create(name="Nothing yet", slug="nothing-yet")
    check_rss(client.get("/feeds/topic/nothing-yet.rss").content)
    atom = client.get("/feeds/topic/nothing-yet.atom").content
    check_atom(atom)
    assert check_json_feed(client.get("/feeds/topic/nothing-yet.json").content)["items"] == []
    assert client.get("/feeds/topic/nothing-yet.atom").content == atom  # same date on every request
