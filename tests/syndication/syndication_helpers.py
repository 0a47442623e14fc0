"""Shared helpers for the syndication tests: validators for each format (schemas under
tests/support/schemas/) and a way to publish articles like an editor would."""

import datetime as dt
import email.utils
import json
import re
from pathlib import Path

import feedparser
import jsonschema
from lxml import etree

from tribuna.news.models import ArticleIndexPage, ArticlePage, Author, Topic

SCHEMAS = Path(__file__).resolve().parent.parent / "support" / "schemas"
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
FEED_URLS = {
    "articles": "/feeds/articles.{fmt}",
    "topic": "/feeds/topic/{slug}.{fmt}",
    "author": "/feeds/author/{slug}.{fmt}",
}

_cache = {}


def _schema(name):
    if name not in _cache:
        path = SCHEMAS / name
        if name.endswith(".rng"):
            _cache[name] = etree.RelaxNG(etree.parse(str(path)))
        elif name.endswith(".xsd"):
            _cache[name] = etree.XMLSchema(etree.parse(str(path)))
        else:
            _cache[name] = jsonschema.Draft202012Validator(json.loads(path.read_text()))
    return _cache[name]


def _assert_valid(schema, document):
    assert schema.validate(document), "\n".join(str(error) for error in schema.error_log)


def parse_xml(data: bytes):
    """Well-formed or fail (lxml's parser refuses any XML 1.0 violation)."""
    return etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))


def check_feedparser(data: bytes):
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def check_rss(data: bytes):
    """RSS 2.0: the schema, then what the schema cannot say."""
    root = parse_xml(data)
    _assert_valid(_schema("rss2.rng"), root)
    channel = root.find("channel")
    for item in channel.findall("item"):
        assert item.find("title") is not None or item.find("description") is not None
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "false"
    email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate"))
    return root


def check_atom(data: bytes):
    """Atom 1.0 (RFC 4287): the schema, then the rules across elements."""
    root = parse_xml(data)
    _assert_valid(_schema("atom.rng"), root)
    assert RFC3339.match(root.findtext(f"{ATOM}updated"))
    links = root.findall(f"{ATOM}link")
    assert [link for link in links if link.get("rel") == "alternate"]
    assert [link for link in links if link.get("rel") == "self"]
    ids = [entry.findtext(f"{ATOM}id") for entry in root.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))
    feed_has_author = root.find(f"{ATOM}author") is not None
    for entry in root.findall(f"{ATOM}entry"):
        assert entry.findtext(f"{ATOM}id")
        assert entry.findtext(f"{ATOM}title")
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        if entry.find(f"{ATOM}published") is not None:
            assert RFC3339.match(entry.findtext(f"{ATOM}published"))
        assert feed_has_author or entry.find(f"{ATOM}author") is not None
        alternates = [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1, "one alternate link per entry"
        assert entry.find(f"{ATOM}content") is not None or alternates
        for author in entry.findall(f"{ATOM}author"):
            assert author.findtext(f"{ATOM}name")
    return root


def check_json_feed(data: bytes) -> dict:
    document = json.loads(data)
    errors = sorted(_schema("jsonfeed-1.1.schema.json").iter_errors(document), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids))
    return document


def check_sitemap(data: bytes):
    root = parse_xml(data)
    _assert_valid(_schema("sitemap.xsd"), root)
    return root


def rfc3339(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def rfc822(value: str) -> dt.datetime:
    return email.utils.parsedate_to_datetime(value)


def publish_article(title, slug, *, body=(), standfirst="A short standfirst.", topics=(), authors=(), **fields):
    """Publish an article under "All articles", as the editor's Publish button does."""
    index = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    article = ArticlePage(title=title, slug=slug, standfirst=standfirst, body=list(body), **fields)
    article.topics = list(topics)
    for author in authors:
        article.authorships.add(article.authorships.model(author=author))
    index.add_child(instance=article)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def rich_body(*, image, document, page, marker="body-text"):
    """A body using every block that reads the database: images, documents, page links
    in rich text and in a call-out."""
    return [
        {"type": "paragraph", "value": f'<p>{marker}: see <a linktype="page" id="{page.pk}">this page</a> '
         f'and <a linktype="document" id="{document.pk}">the report</a>.</p>'},
        {"type": "image", "value": {"image": {"image": image.pk, "decorative": False, "alt_text": "A view"},
                                    "caption": "A caption", "credit": "A credit"}},
        {"type": "document", "value": {"document": document.pk, "label": "Download"}},
        {"type": "callout", "value": {"title": "Act now", "text": f'<p>Read <a linktype="page" id="{page.pk}">more</a>.</p>',
                                      "link_page": page.pk, "link_label": ""}},
        {"type": "quote", "value": {"text": "A quotation.", "attribution": "Someone"}},
    ]


def first_topic():
    return Topic.objects.order_by("pk").first()


def first_author():
    return Author.objects.order_by("pk").first()
