"""A feed costs the same number of SQL queries with 2 articles as with 20."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from syndication_helpers import publish_article, rich_body
from tribuna.news.models import ArticlePage, Author, Topic

FORMATS = ("rss", "atom", "json")


def queries_for(client, count_queries, url) -> int:
    client.get(url)  # warm per-process caches and make the renditions
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("full_text", [True, False])
def test_queries_do_not_grow_with_the_number_of_items(client, demo_site, count_queries, settings, full_text):
    from wagtail.models import Site

    from tribuna.syndication.models import FeedSettings

    feed_settings = FeedSettings.for_site(Site.objects.get(is_default_site=True))
    feed_settings.full_text = full_text
    feed_settings.save()
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    images = list(get_image_model().objects.all()[:3])
    documents = list(get_document_model().objects.all()[:2])
    pages = list(ArticlePage.objects.live().filter(locale__language_code="en-gb")[:3])
    topic = Topic.objects.create(name="Counting", slug="counting")
    author = Author.objects.create(name="Ana Counter", slug="ana-counter")
    # Only two articles in all: the demo's are taken down for the first count.
    ArticlePage.objects.update(live=False)

    def add(number):
        return publish_article(
            f"Counted {number}",
            f"counted-{number}",
            body=rich_body(image=images[number % 3], document=documents[number % 2], page=pages[number % 3]),
            topics=[topic],
            authors=[author],
            lead_image=images[number % 3] if number % 2 else apec.lead_image,
            members_only=number % 5 == 4,
        )

    for number in range(2):
        add(number)
    urls = [
        f"{path}.{fmt}"
        for path in ("/feeds/articles", "/feeds/topic/counting", "/feeds/author/ana-counter")
        for fmt in FORMATS
    ]
    before = {url: queries_for(client, count_queries, url) for url in urls}
    for number in range(2, 25):
        add(number)
    after = {url: queries_for(client, count_queries, url) for url in urls}
    assert after == before
    assert max(before.values()) <= 20, before
