"""What a feed says, whatever its format: the channel, its metadata and its entries.

RSS, Atom and JSON Feed are only serialisations of the same `Feed`; building it here once
keeps the three in agreement (same items, ids, dates and content rules) and lets tests
count its queries in one place. Every read is batched, so a feed costs the same number of
queries with 2 articles as with 20.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.images.models import AbstractImage
from wagtail.models import Site
from wagtail.rich_text import RichText, expand_db_html

from tribuna.actors.addresses import actor_page_url
from tribuna.actors.models import SHOWN_STATUSES, Actor
from tribuna.base.sites import default_site, site_setting
from tribuna.news import selectors
from tribuna.news.models import ArticlePage, Author, Topic

from .cleaning import xml_safe

FEED_LENGTH = 20
FORMATS = ("rss", "atom", "json")
# The lead image in the size article pages already ask for, so no extra rendition is made.
LEAD_RENDITION = selectors.LEAD_RENDITIONS[0]
MIME_TYPES = {
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "avif": "image/avif",
}
# Used only when a feed has no items at all: a fixed date, never "now", so an empty feed
# does not look new on every request.
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


@dataclass
class Enclosure:
    url: str
    length: int
    mime_type: str
    width: int
    height: int


@dataclass
class Entry:
    id: str
    url: str
    title: str
    summary_text: str
    summary_html: str
    content_html: str | None  # None: summary only (a setting, or a members-only article)
    published: dt.datetime
    updated: dt.datetime
    authors: list[tuple[str, str]] = field(default_factory=list)  # (name, archive URL)
    categories: list[str] = field(default_factory=list)
    enclosure: Enclosure | None = None
    members_only: bool = False


@dataclass
class Feed:
    id: str
    title: str
    description: str
    home_url: str
    feed_url: str
    language: str
    updated: dt.datetime
    author_name: str
    author_url: str
    entries: list[Entry]


@dataclass
class Channel:
    """Which articles a feed carries: all of them, one topic's, one author's or those
    naming one actor."""

    kind: str  # "articles", "topic", "author" or "actor"
    subject: Topic | Author | Actor | None = None

    @property
    def route(self) -> str | None:
        return None if self.kind == "articles" else self.kind


def feed_path(kind: str, fmt: str, slug: str | None = None) -> str:
    """The path of a feed, e.g. /feeds/topic/mining.atom."""
    if kind == "articles":
        return reverse("feeds:articles_feed", kwargs={"fmt": fmt})
    return reverse(f"feeds:{kind}_feed", kwargs={"slug": slug, "fmt": fmt})


def find_channel(kind: str, slug: str | None = None) -> Channel:
    """The channel for a URL; Http404 for an unknown topic or author."""
    if kind == "articles":
        return Channel("articles")
    model = {"topic": Topic, "author": Author, "actor": Actor}.get(kind)
    subject = model.objects.filter(slug=slug).first() if model else None
    if subject is None:
        raise Http404
    return Channel(kind, subject)


def build_feed(request, channel: Channel, fmt: str) -> Feed:
    """The feed for `channel`: metadata from the site's identity, the newest articles."""
    from tribuna.base.models import SiteIdentity

    from .models import FeedSettings

    site = Site.find_for_request(request) or default_site()
    if site is None:
        raise Http404
    identity = site_setting(SiteIdentity, request)
    full_text = site_setting(FeedSettings, request).full_text
    organisation = identity.organisation_name or "Tribuna"
    base_url = site.root_url

    index = selectors.archive_index()
    index_url = index.get_full_url(request) if index else base_url + "/"
    filters = {}
    if channel.kind == "topic":
        filters["topics"] = channel.subject.pk
    elif channel.kind == "author":
        filters["authorships__author"] = channel.subject.pk
    elif channel.kind == "actor":
        filters.update({"mentions__actor": channel.subject.pk, "mentions__status__in": tuple(SHOWN_STATUSES)})
    articles = selectors.cards(selectors.article_ids(**filters)[:FEED_LENGTH], renditions=(LEAD_RENDITION,))

    readable = [article for article in articles if not article.members_only]
    bodies = render_bodies(readable, request, base_url) if full_text else {}
    entries = [
        _entry(article, bodies.get(article.pk), request, site, index, index_url, base_url)
        for article in articles
    ]

    home_url = index_url
    if channel.kind == "actor":
        home_url = request.build_absolute_uri(actor_page_url(request, channel.subject.slug) or index_url)
    elif channel.route:
        home_url = archive_route_url(index, index_url, channel.route, channel.subject.slug)
    title, description = _channel_text(channel, organisation, identity.strapline)
    first_date = index.first_published_at if index and index.first_published_at else EPOCH
    feed_key = channel.kind if channel.subject is None else f"{channel.kind}/{channel.subject.pk}"
    return Feed(
        id=tag_uri(site.hostname, first_date, f"feed/{feed_key}"),
        title=xml_safe(title),
        description=xml_safe(description),
        home_url=home_url,
        feed_url=base_url + feed_path(channel.kind, fmt, getattr(channel.subject, "slug", None)),
        language=translation.get_language() or "en",
        updated=max((entry.updated for entry in entries), default=None)
        or (index.last_published_at.replace(microsecond=0) if index and index.last_published_at else EPOCH),
        author_name=xml_safe(organisation),
        author_url=base_url + "/",
        entries=entries,
    )


def _channel_text(channel: Channel, organisation: str, strapline: str) -> tuple[str, str]:
    if channel.kind == "topic":
        topic = channel.subject
        title = _("%(site)s: %(topic)s") % {"site": organisation, "topic": topic.name}
        description = topic.description or _("Articles on %(topic)s from %(site)s.") % {
            "topic": topic.name,
            "site": organisation,
        }
    elif channel.kind == "author":
        author = channel.subject
        title = _("%(site)s: articles by %(author)s") % {"site": organisation, "author": author.name}
        description = author.bio or _("Articles by %(author)s for %(site)s.") % {
            "author": author.name,
            "site": organisation,
        }
    elif channel.kind == "actor":
        name = channel.subject.local_name
        title = _("%(site)s: articles naming %(actor)s") % {"site": organisation, "actor": name}
        description = _("Articles from %(site)s that name %(actor)s.") % {"actor": name, "site": organisation}
    else:
        title = _("%(site)s: articles") % {"site": organisation}
        description = strapline or _("The newest articles from %(site)s.") % {"site": organisation}
    return title, description


def tag_uri(hostname: str, date: dt.datetime | dt.date, specific: str) -> str:
    """A tag: URI (RFC 4151) that names a thing for good: the host and a date the host
    was ours, then an id that survives retitling, moving and changing the slug."""
    day = date.date() if isinstance(date, dt.datetime) else date
    return f"tag:{hostname},{day.isoformat()}:{specific}"


def archive_route_url(index, index_url: str, route: str, slug: str) -> str:
    """The absolute URL of a topic or author page of the archive."""
    if index is None:
        return index_url
    return index_url + index.reverse_subpage(route, args=[slug]).lstrip("/")


def _entry(article: ArticlePage, body_html, request, site, index, index_url, base_url) -> Entry:
    published = article.first_published_at or timezone.make_aware(
        dt.datetime.combine(article.date, dt.time())
    )
    updated = article.last_published_at or article.latest_revision_created_at or published
    # Whole seconds: RSS dates cannot carry more, and the three formats must agree.
    published = published.replace(microsecond=0)
    updated = max(updated.replace(microsecond=0), published)
    standfirst = xml_safe(article.standfirst or article.search_description or "")
    summary_html = format_html("<p>{}</p>", standfirst) if standfirst else ""
    if article.members_only:
        summary_html += format_html(
            "<p><em>{}</em></p>", _("This article is for members: read it on our website.")
        )
        body_html = None
    content_html = None
    if body_html is not None:
        content_html = summary_html + body_html
    authors = []
    for authorship in article.authorships.all():
        author = authorship.author
        url = archive_route_url(index, index_url, "author", author.slug)
        authors.append((xml_safe(author.name), url))
    return Entry(
        id=tag_uri(site.hostname, published, f"page/{article.pk}"),
        url=article.get_full_url(request),
        title=xml_safe(article.title),
        summary_text=standfirst,
        summary_html=summary_html,
        content_html=content_html,
        published=published,
        updated=updated,
        authors=authors,
        categories=[xml_safe(topic.name) for topic in article.topics.all()],
        enclosure=None if article.members_only else lead_enclosure(article.lead_image, base_url),
        members_only=article.members_only,
    )


def lead_enclosure(image, base_url: str) -> Enclosure | None:
    """The lead image as an enclosure: a web-sized rendition (prefetched), its size in bytes."""
    if image is None:
        return None
    rendition = image.get_rendition(LEAD_RENDITION)
    try:
        length = rendition.file.size
    except (OSError, ValueError):  # a missing file must not take the feed down
        length = 0
    extension = os.path.splitext(rendition.file.name)[1].lstrip(".").lower()
    return Enclosure(
        url=absolute_url(rendition.url, base_url),
        length=length,
        mime_type=MIME_TYPES.get(extension, "application/octet-stream"),
        width=rendition.width,
        height=rendition.height,
    )


def absolute_url(url: str, base_url: str) -> str:
    if url.startswith("/") and not url.startswith("//"):
        return base_url + url
    return url


_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src|poster)=")(/(?!/)[^"]*)"')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)"')


def absolutise_html(html: str, base_url: str) -> str:
    """Site-relative links and images made absolute: a feed is read away from the site."""
    html = _URL_ATTRIBUTE.sub(lambda m: f'{m.group(1)}{base_url}{m.group(2)}"', html)

    def srcset(match):
        candidates = [c.strip() for c in match.group(2).split(",")]
        return match.group(1) + ", ".join(absolute_url(c, base_url) for c in candidates if c) + '"'

    return _SRCSET.sub(srcset, html)


def render_bodies(articles: list[ArticlePage], request, base_url: str) -> dict[int, str]:
    """Each article's body as HTML with absolute URLs, in a fixed number of queries.

    Wagtail loads a StreamField's images, documents and pages one article at a time, and
    expands rich-text links one paragraph at a time. Here the blocks of all the articles
    are converted together (one query per kind of block), the images' renditions fetched
    in one go, and all rich text expanded in one pass, before the usual block templates
    render them, so the feed's HTML is the same as the page's.
    """
    _convert_blocks_together(articles)
    values = [child.value for article in articles for child in article.body]
    images = [value for value in _walk(values) if isinstance(value, AbstractImage)]
    if images:
        prefetch_related_objects(images, "renditions")
    _expand_rich_text_together([value for value in _walk(values) if isinstance(value, RichText)])
    context = {"request": request}
    return {
        article.pk: absolutise_html(str(article.body.render_as_block(context=context)), base_url)
        for article in articles
    }


def _convert_blocks_together(articles: list[ArticlePage]) -> None:
    """Replace each article's lazy body with one converted by a single `bulk_to_python`
    over all the bodies: one query per kind of block instead of one per article."""
    if not articles:
        return
    stream_block = articles[0].body.stream_block
    converted = stream_block.bulk_to_python([list(article.body.raw_data) for article in articles])
    for article, body in zip(articles, converted, strict=True):
        article.body = body


def _walk(values):
    """Every value inside block values (struct fields, list items, nested streams)."""
    for value in values:
        yield value
        if isinstance(value, (StructValue, dict)):
            yield from _walk(value.values())
        elif isinstance(value, StreamValue):
            yield from _walk(child.value for child in value)
        elif isinstance(value, (list, tuple)) or type(value).__name__ == "ListValue":
            yield from _walk(getattr(child, "value", child) for child in value)


def _expand_rich_text_together(texts: list[RichText]) -> None:
    """Expand the internal links of many rich texts in one rewriter pass (one query per
    link type instead of one per paragraph); expanded HTML has nothing left to expand."""
    if not texts:
        return
    marker = f"<!--tribuna-feed-{uuid.uuid4().hex}-->"
    expanded = expand_db_html(marker.join(text.source or "" for text in texts)).split(marker)
    if len(expanded) == len(texts):
        for text, html in zip(texts, expanded):
            text.source = html
