"""What the feeds say: full text or summary, members-only pieces, ids and dates that hold."""

import json

import pytest
from wagtail.models import Site

from syndication_helpers import (
    ATOM,
    check_atom,
    check_feedparser,
    check_json_feed,
    check_rss,
    parse_xml,
    publish_article,
    rfc822,
    rfc3339,
)
from tribuna.news.models import ArticlePage
from tribuna.syndication.models import FeedSettings

BODY = [{"type": "paragraph", "value": "<p>The secret body text of this piece.</p>"}]


def all_formats(client, path="/feeds/articles"):
    return {fmt: client.get(f"{path}.{fmt}").content for fmt in ("rss", "atom", "json")}


def entry_for(documents, title):
    """The item titled `title` in each format: (RSS item, Atom entry, JSON item)."""
    rss = next(i for i in parse_xml(documents["rss"]).iter("item") if i.findtext("title") == title)
    atom = next(e for e in parse_xml(documents["atom"]).iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == title)
    item = next(i for i in json.loads(documents["json"])["items"] if i["title"] == title)
    return rss, atom, item


def test_full_text_by_default(client, demo_site):
    publish_article("Open piece", "open-piece", body=BODY, standfirst="An open standfirst.")
    documents = all_formats(client)
    rss, atom, item = entry_for(documents, "Open piece")
    assert "secret body text" in rss.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
    assert "An open standfirst." in rss.findtext("description")
    assert "secret body text" in atom.findtext(f"{ATOM}content")
    assert atom.find(f"{ATOM}content").get("type") == "html"
    assert "secret body text" in item["content_html"]
    assert item["summary"] == "An open standfirst."


def test_a_site_setting_sends_summaries_only(client, demo_site):
    publish_article("Open piece", "open-piece", body=BODY, standfirst="An open standfirst.")
    settings = FeedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_text = False
    settings.save()
    documents = all_formats(client)
    for document in documents.values():
        assert b"secret body text" not in document
        assert b"An open standfirst." in document
    rss, atom, item = entry_for(documents, "Open piece")
    assert rss.find("{http://purl.org/rss/1.0/modules/content/}encoded") is None
    assert atom.find(f"{ATOM}content") is None
    assert atom.findtext(f"{ATOM}summary")
    check_rss(documents["rss"]), check_atom(documents["atom"]), check_json_feed(documents["json"])

    settings.full_text = True
    settings.save()
    assert b"secret body text" in client.get("/feeds/articles.atom").content


@pytest.mark.parametrize("full_text", [True, False])
def test_members_only_articles_are_only_ever_summarised(client, demo_site, full_text):
    settings = FeedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_text = full_text
    settings.save()
    article = publish_article(
        "For members", "for-members", body=BODY, standfirst="What members will read about.", members_only=True,
        lead_image=ArticlePage.objects.get(slug="peru-hosts-apec").lead_image,
    )
    topic_and_author = [f"/feeds/topic/{t.slug}" for t in article.topics.all()]
    for path in ["/feeds/articles", *topic_and_author]:
        documents = all_formats(client, path)
        for document in documents.values():
            assert b"secret body text" not in document
            assert b"What members will read about." in document
        rss, atom, item = entry_for(documents, "For members")
        assert rss.find("{http://purl.org/rss/1.0/modules/content/}encoded") is None
        assert rss.find("enclosure") is None  # the page shows its lead image to members only
        assert atom.find(f"{ATOM}content") is None
        assert "secret body text" not in item["content_html"]
        assert "for members" in item["content_html"]


def test_control_characters_never_break_the_xml(client, demo_site):
    # Every control character a database will store (PostgreSQL refuses NUL outright).
    dirty = "Bad\x01 \x08title\x0b with\x1f controls\ufffe"
    publish_article(
        dirty,
        "dirty",
        standfirst="Stand\x01first\x0c here",
        body=[{"type": "paragraph", "value": "<p>Body\x02 with\x1b escapes</p>"}, {"type": "heading", "value": "Head\x07ing"}],
    )
    documents = all_formats(client)
    check_rss(documents["rss"])
    check_atom(documents["atom"])
    data = check_json_feed(documents["json"])
    check_feedparser(documents["rss"])
    check_feedparser(documents["atom"])
    for document in documents.values():
        assert b"Bad title with controls" in document
    assert "Bad title with controls" in [i["title"] for i in data["items"]]
    item = next(i for i in data["items"] if i["title"].startswith("Bad"))
    assert "Body with escapes" in item["content_html"] and "Heading" in item["content_html"]
    assert item["summary"] == "Standfirst here"


def test_guid_survives_a_new_title_and_slug(client, demo_site):
    article = publish_article("First title", "first-title", body=BODY)
    before = entry_for(all_formats(client), "First title")

    draft = article.get_latest_revision_as_object()
    draft.title, draft.slug = "Second title", "second-title"
    draft.save_revision().publish()
    after = entry_for(all_formats(client), "Second title")

    rss_id, atom_id, json_id = before[0].findtext("guid"), before[1].findtext(f"{ATOM}id"), before[2]["id"]
    assert rss_id == atom_id == json_id
    assert rss_id.startswith("tag:localhost,") and rss_id.endswith(f":page/{article.pk}")
    assert (after[0].findtext("guid"), after[1].findtext(f"{ATOM}id"), after[2]["id"]) == (rss_id, atom_id, json_id)
    assert after[0].find("guid").get("isPermaLink") == "false"
    assert after[2]["url"].endswith("/second-title/")


def test_feed_dates_come_from_the_newest_item(client, demo_site):
    newest = max(ArticlePage.objects.live().filter(locale__language_code="en-gb"), key=lambda article: article.last_published_at)

    def dates():
        documents = all_formats(client)
        rss = parse_xml(documents["rss"])
        atom = parse_xml(documents["atom"])
        data = json.loads(documents["json"])
        item_dates = [rfc822(d.text) for d in rss.iter("pubDate")]
        return (
            rfc822(rss.findtext("channel/lastBuildDate")),
            rfc3339(atom.findtext(f"{ATOM}updated")),
            max(rfc3339(e.findtext(f"{ATOM}updated")) for e in atom.iter(f"{ATOM}entry")),
            max(rfc3339(i["date_modified"]) for i in data["items"]),
            item_dates,
        )

    build_date, updated, newest_entry, newest_item, _ = dates()
    assert build_date == updated == newest_entry == newest_item == newest.last_published_at.replace(microsecond=0)

    article = publish_article("Just out", "just-out", body=BODY)
    build_date, updated, newest_entry, newest_item, item_dates = dates()
    assert build_date == updated == newest_entry == newest_item == article.last_published_at.replace(microsecond=0)
    assert rfc822(client.get("/feeds/articles.rss")["Last-Modified"]) == build_date

    # Reading again later changes nothing: the date is not "now".
    assert dates()[0] == build_date
