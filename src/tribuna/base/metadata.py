"""What a page tells search engines and social networks about itself: canonical address,
description, Open Graph and Twitter Card tags, and schema.org JSON-LD.

Built here in plain Python, so templates only print it and tests can call it; every
value comes from fields editors already fill in (an override in the Promote tab first),
so a page needs no extra work to look right when shared.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, to_locale
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from . import identity as site_identity
from .wording import with_wordings

# 1.91:1 is what Facebook, LinkedIn, X and Mastodon all crop previews to; JPEG because
# not every network reads WebP or AVIF.
SHARING_IMAGE_SPEC = "fill-1200x630|format-jpeg"
# Logos keep their shape (and transparency); Google wants at least 112 pixels.
LOGO_SPEC = "max-600x600|format-png"
# Search results show about this many characters of a description.
DESCRIPTION_LENGTH = 160
# Fields that hold a page's own one- or two-sentence summary, by page type.
SUMMARY_FIELDS = ("standfirst", "summary", "intro")
# Where the members-only part of an article sits (Google's paywalled-content markup).
MEMBERS_ONLY_SELECTOR = ".article-body"


@dataclass
class SharingImage:
    url: str
    width: int
    height: int
    alt: str

    def as_schema(self) -> dict:
        return {"@type": "ImageObject", "url": self.url, "width": self.width, "height": self.height}


@dataclass
class PageMetadata:
    """Everything the <head> prints for one page."""

    title: str
    description: str
    canonical_url: str
    site_name: str
    locale: str
    og_type: str = "website"
    image: SharingImage | None = None
    # A picture of the page's own (not the logo) earns the large Twitter card.
    image_is_own: bool = False
    published_time: str = ""
    modified_time: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    author_urls: list[str] = field(default_factory=list)
    json_ld: list[dict] = field(default_factory=list)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image_is_own else "summary"

    @property
    def json_ld_scripts(self) -> list[SafeString]:
        return [json_ld(item) for item in self.json_ld]


# Replaced one by one: str.translate with a dict looks up every character in Python,
# a third of a millisecond on an article's JSON-LD.
_JSON_LD_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def json_ld(data) -> SafeString:
    """JSON safe to print inside <script>: escaping <, > and & means no text an editor
    types (say "</script>") can end the element or open a comment."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in _JSON_LD_ESCAPES:
        text = text.replace(character, escaped)
    return mark_safe(text)


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis, because
    search engines and networks cut longer descriptions wherever they like."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"


def page_metadata(request, page, *, title: str = "", description: str = "", page_number: int = 1) -> PageMetadata:
    """The metadata for `page` as served to `request`; `title` and `description` let a
    view that shows something other than the page itself (a topic's archive) say so, and
    `page_number` is the page of a paginated list being shown."""
    from tribuna.news.models import ArticlePage

    site = Site.find_for_request(request)
    identity = site_identity.for_request(request)
    is_home = site is not None and page.pk == site.root_page_id
    site_name = identity.organisation_name or (site.site_name if site else "")

    meta = PageMetadata(
        title=title or page.seo_title or (site_name if is_home else page.title),
        description=shorten(description or page.search_description or _summary(page)),
        canonical_url=canonical_url(request, page, page_number),
        site_name=site_name,
        locale=to_locale(get_language() or "en"),
    )
    meta.image = _sharing_image(request, _page_image(page), SHARING_IMAGE_SPEC)
    meta.image_is_own = meta.image is not None
    if meta.image is None:
        meta.image = _sharing_image(request, _logo(identity), LOGO_SPEC)

    if isinstance(page, ArticlePage):
        _add_article(meta, request, page, identity)
    elif is_home:
        meta.json_ld = [_organisation(request, identity), _website(request, site_name)]
    return meta


def canonical_url(request, page, page_number: int = 1) -> str:
    """The page's one address: no filters or tracking parameters, but page 2 onwards of a
    list keeps its number, since it lists other things than page 1."""
    path = page.get_url(request) or request.path
    if isinstance(page, RoutablePageMixin) and request.path.startswith(path):
        path = request.path  # a topic or author page within the archive
    url = request.build_absolute_uri(path)
    if page_number > 1:
        url += f"?page={page_number}"
    return url


def _summary(page) -> str:
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _page_image(page):
    """The editor's sharing image, else the lead image. Read through the page's own
    foreign key, so the {% image %} tags further down reuse the loaded image, and their
    renditions come from Wagtail's rendition cache rather than the database."""
    for name in ("social_image", "lead_image"):
        if getattr(page, f"{name}_id", None):
            return getattr(page, name)
    return None


def _logo(identity):
    return identity.logo if identity.logo_id else None


def _sharing_image(request, image, spec: str) -> SharingImage | None:
    """None without an image or when its file is gone (a database restored without its
    media): a missing preview picture must not take the page down with it."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except SourceImageIOError:
        return None
    return SharingImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=image.default_alt_text,
    )


def _add_article(meta: PageMetadata, request, article, identity) -> None:
    from tribuna.actors.structured_data import about_and_mentions
    from tribuna.news.templatetags.news_tags import archive_page

    meta.og_type = "article"
    published = _published(article)
    modified = max(filter(None, [article.last_published_at, article.first_published_at]), default=None)
    meta.published_time = published
    meta.modified_time = timezone.localtime(modified).isoformat() if modified else published
    meta.section = str(article.get_article_type_display())
    _share_relations(article)
    meta.tags = [topic.local_name for topic in article.topics.all()]

    index = archive_page(request)
    authors = []
    for author in article.authors:
        person = {"@type": "Person", "name": author.name}
        if index is not None:
            person["url"] = request.build_absolute_uri(
                index.get_url(request) + index.reverse_subpage("author", args=[author.slug])
            )
            meta.author_urls.append(person["url"])
        authors.append(person)

    publisher = _organisation(request, identity, full=False)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": meta.description,
        "datePublished": meta.published_time,
        "dateModified": meta.modified_time,
        "author": authors or publisher,
        "publisher": publisher,
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta.canonical_url},
        "url": meta.canonical_url,
        "articleSection": meta.section,
        "keywords": meta.tags,
        "inLanguage": get_language() or "en",
        "isAccessibleForFree": not article.members_only,
    }
    data["about"], data["mentions"] = about_and_mentions(request, article)
    data = {key: value for key, value in data.items() if value not in ("", [])}
    if meta.image_is_own:
        data["image"] = [meta.image.as_schema()]
    if article.members_only:
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": MEMBERS_ONLY_SELECTOR,
        }
    meta.json_ld = [data]


def _share_relations(article) -> None:
    """Load the article's topics and authors once for the <head> and the byline and topic
    list below it, which would otherwise each query them again: topics by prefetching,
    authors by keeping them in memory as a preview does (`authors` builds a new query)."""
    if article.pk is None:
        return
    in_memory = getattr(article, "_cluster_related_objects", {})
    if "authorships" not in in_memory:
        article.authorships = list(article.authorships.select_related("author"))
    if "topics" not in in_memory:
        from tribuna.news.models import Topic

        prefetch_related_objects([article], Prefetch("topics", queryset=with_wordings(Topic.objects.all())))


def _published(article) -> str:
    """When the article came out: the moment it went live when that fell on its display
    date, else the display date itself (an article moved over from an older site)."""
    first = article.first_published_at
    if first is not None:
        if timezone.localtime(first).date() == article.date:
            return timezone.localtime(first).isoformat()
    return article.date.isoformat()


def _organisation(request, identity, *, full: bool = True) -> dict:
    """The group as schema.org sees it; in full on the home page, and as an article's
    publisher without contact details."""
    data = {
        "@type": "Organization",
        "@id": request.build_absolute_uri("/") + "#organization",
        "name": identity.organisation_name,
        "url": request.build_absolute_uri("/"),
    }
    logo = _sharing_image(request, _logo(identity), LOGO_SPEC)
    if logo is not None:
        data["logo"] = logo.as_schema()
    if full:
        data = {"@context": "https://schema.org", **data}
        if identity.strapline:
            data["description"] = identity.strapline
        if identity.contact_email:
            data["email"] = identity.contact_email
        if identity.pk:
            # Prefetched, so the footer's list of the same links costs nothing more.
            prefetch_related_objects([identity], "social_links")
            links = [link.url for link in identity.social_links.all()]
            if links:
                data["sameAs"] = links
    return data


def _website(request, site_name: str) -> dict:
    from django.urls import NoReverseMatch, reverse

    root = request.build_absolute_uri("/")
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site_name,
        "url": root,
        "publisher": {"@id": root + "#organization"},
        "inLanguage": get_language() or "en",
    }
    try:
        search = request.build_absolute_uri(reverse("search:results"))
    except NoReverseMatch:
        return data
    data["potentialAction"] = {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": search + "?q={search_term_string}"},
        "query-input": "required name=search_term_string",
    }
    return data
