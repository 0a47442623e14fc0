"""RSS 2.0 and Atom 1.0 from a `content.Feed`, with Django's feed generators.

Django's generators are extended where its defaults fall short for us: every author (not
only the first), the full text beside the summary (content:encoded in RSS, atom:content),
dates taken from the items even when the feed is empty (never "now"), and an XML writer
that drops characters XML cannot hold instead of failing.
"""

from django.utils import feedgenerator

from .cleaning import SafeXMLGenerator
from .content import Feed

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"


class _DatedFromItems:
    """The feed's date is its newest item's (or the fixed fallback in `feed['updated']`)."""

    def latest_post_date(self):
        dates = [item[key] for item in self.items for key in ("updateddate", "pubdate") if item.get(key)]
        return max(dates, default=None) or self.feed["updated"]


class RssFeed(_DatedFromItems, feedgenerator.Rss201rev2Feed):
    def write(self, outfile, encoding):
        handler = SafeXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("rss", self.rss_attributes())
        handler.startElement("channel", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        self.endChannelElement(handler)
        handler.endElement("rss")

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS, "xmlns:dc": DC_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)  # author_name is left empty: see below
        for name, _url in item["authors"]:
            handler.addQuickElement("dc:creator", name)  # <author> would need an e-mail
        if item["content_html"] is not None:
            handler.addQuickElement("content:encoded", item["content_html"])


class AtomFeed(_DatedFromItems, feedgenerator.Atom1Feed):
    def write(self, outfile, encoding):
        handler = SafeXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # Entries without authors take the feed's <author> (RFC 4287, 4.1.1).
        for name, url in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", url)
            handler.endElement("author")
        if item["content_html"] is not None:
            handler.addQuickElement("content", item["content_html"], {"type": "html"})


def _generator(cls, feed: Feed):
    generator = cls(
        title=feed.title,
        link=feed.home_url,
        description=feed.description,
        language=feed.language,
        feed_url=feed.feed_url,
        feed_guid=feed.id,
        author_name=feed.author_name,
        author_link=feed.author_url,
        updated=feed.updated,
    )
    for entry in feed.entries:
        enclosures = []
        if entry.enclosure is not None:
            enclosures.append(
                feedgenerator.Enclosure(entry.enclosure.url, str(entry.enclosure.length), entry.enclosure.mime_type)
            )
        generator.add_item(
            title=entry.title,
            link=entry.url,
            description=entry.summary_html,
            pubdate=entry.published,
            updateddate=entry.updated,
            unique_id=entry.id,
            unique_id_is_permalink=False,
            categories=entry.categories,
            enclosures=enclosures,
            authors=entry.authors,
            content_html=entry.content_html,
        )
    return generator


def rss(feed: Feed) -> tuple[bytes, str]:
    """The feed as RSS 2.0: (document, content type)."""
    generator = _generator(RssFeed, feed)
    return generator.writeString("utf-8").encode("utf-8"), generator.content_type


def atom(feed: Feed) -> tuple[bytes, str]:
    """The feed as Atom 1.0: (document, content type)."""
    generator = _generator(AtomFeed, feed)
    return generator.writeString("utf-8").encode("utf-8"), generator.content_type
