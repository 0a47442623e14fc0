"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from a `content.Feed`."""

import json

from django.core.serializers.json import DjangoJSONEncoder

from .cleaning import xml_safe
from .content import Feed

VERSION = "https://jsonfeed.org/version/1.1"
CONTENT_TYPE = "application/feed+json; charset=utf-8"


def _date(value) -> str:
    return value.isoformat()  # RFC 3339, with the offset


def as_dict(feed: Feed) -> dict:
    """The JSON Feed document as plain data."""
    items = []
    for entry in feed.entries:
        item = {
            "id": entry.id,
            "url": entry.url,
            "title": entry.title,
            "summary": entry.summary_text,
            # The spec needs content_html or content_text: the summary when there is no body.
            "content_html": entry.content_html if entry.content_html is not None else entry.summary_html,
            "date_published": _date(entry.published),
            "date_modified": _date(entry.updated),
            "authors": [{"name": name, "url": url} for name, url in entry.authors],
            "tags": entry.categories,
        }
        if entry.enclosure is not None:
            item["image"] = entry.enclosure.url
            item["attachments"] = [
                {
                    "url": entry.enclosure.url,
                    "mime_type": entry.enclosure.mime_type,
                    "size_in_bytes": entry.enclosure.length,
                }
            ]
        items.append(item)
    return _cleaned(
        {
            "version": VERSION,
            "title": feed.title,
            "home_page_url": feed.home_url,
            "feed_url": feed.feed_url,
            "description": feed.description,
            "language": feed.language,
            "authors": [{"name": feed.author_name, "url": feed.author_url}],
            "items": items,
        }
    )


def _cleaned(value):
    """Control characters are legal in JSON but not in what readers turn it into (HTML,
    XML); drop them the same way the XML feeds do."""
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return xml_safe(value)


def render(feed: Feed) -> tuple[bytes, str]:
    """The feed as JSON Feed 1.1: (document, content type)."""
    document = json.dumps(as_dict(feed), cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return document.encode("utf-8"), CONTENT_TYPE
