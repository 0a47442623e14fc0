"""Browsers and feed readers find the feeds from any page's <head>."""

from bs4 import BeautifulSoup
from wagtail.models import Site

from tribuna.base.models import SiteIdentity
from tribuna.news.models import Author, Topic

TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json"]


def feed_links(client, url):
    response = client.get(url)
    assert response.status_code == 200
    head = BeautifulSoup(response.content, "html.parser").head
    return [(link["type"], link["title"], link["href"]) for link in head.find_all("link", rel="alternate") if link.get("type") in TYPES]


def test_every_page_links_the_site_feeds(client, demo_site):
    for url in ("/", "/articles/peru-hosts-apec/", "/key-issues/"):
        links = feed_links(client, url)
        assert [link[0] for link in links] == TYPES
        assert [link[2] for link in links] == [
            "http://testserver/feeds/articles.rss",
            "http://testserver/feeds/articles.atom",
            "http://testserver/feeds/articles.json",
        ]
        assert all("Peru Support Group" in link[1] for link in links)
    for _type, _title, href in feed_links(client, "/"):
        assert client.get(href).status_code == 200


def test_topic_and_author_archives_add_their_own_feeds(client, demo_site):
    topic = Topic.objects.order_by("pk").first()
    links = feed_links(client, f"/articles/topic/{topic.slug}/")
    assert [link[2] for link in links[3:]] == [f"http://testserver/feeds/topic/{topic.slug}.{fmt}" for fmt in ("rss", "atom", "json")]
    assert all(topic.name in link[1] for link in links[3:])

    author = Author.objects.order_by("pk").first()
    links = feed_links(client, f"/articles/author/{author.slug}/")
    assert [link[2] for link in links[3:]] == [f"http://testserver/feeds/author/{author.slug}.{fmt}" for fmt in ("rss", "atom", "json")]
    for _type, _title, href in links:
        assert client.get(href).status_code == 200

    assert len(feed_links(client, "/articles/")) == 3


def test_titles_are_escaped(client, demo_site):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.organisation_name = 'Peru "Support" & <Group>'
    identity.save()
    html = client.get("/").content.decode()
    assert 'title="Peru &quot;Support&quot; &amp; &lt;Group&gt;: articles (RSS)"' in html
    assert [link[1] for link in feed_links(client, "/")][0] == 'Peru "Support" & <Group>: articles (RSS)'
