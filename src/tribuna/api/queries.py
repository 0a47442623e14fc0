"""What the content API reads, each a queryset with a fixed number of queries per page.

Articles come from the same selectors as the public pages (`published_articles`,
`with_card_data`), so the API shows exactly what readers see and a listing costs the
same few queries whatever its length.
"""

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from tribuna.actors.models import SHOWN_STATUSES, Actor
from tribuna.base.models import HomePage, KeyIssuePage, StandardPage
from tribuna.news import selectors
from tribuna.news.models import ArticleIndexPage, Author, Topic
from tribuna.search.api import matching_page_ids

# The size the article page itself shows, so the API reuses renditions that exist already.
LEAD_RENDITION = selectors.LEAD_RENDITIONS[0]

PAGE_TYPES = {"home": HomePage, "standard": StandardPage, "key_issue": KeyIssuePage}
PAGE_TYPE_CHOICES = [("home", _("Home page")), ("standard", _("Standard page")), ("key_issue", _("Key-issue page"))]


def articles(filters: dict | None = None) -> QuerySet:
    """Live, public articles, newest first, narrowed by the API's filters."""
    filters = filters or {}
    queryset = _in_locale(selectors.published_in_every_language(), filters)
    if "topic" in filters:
        queryset = queryset.filter(topics__slug=filters["topic"])
    if "author" in filters:
        queryset = queryset.filter(authorships__author__slug=filters["author"])
    if "type" in filters:
        queryset = queryset.filter(article_type=filters["type"])
    if "date_from" in filters:
        queryset = queryset.filter(date__gte=filters["date_from"])
    if "date_to" in filters:
        queryset = queryset.filter(date__lte=filters["date_to"])
    if "actor" in filters:
        queryset = queryset.filter(mentions__actor__slug=filters["actor"], mentions__status__in=SHOWN_STATUSES)
    if "search" in filters:
        queryset = queryset.filter(pk__in=matching_page_ids(filters["search"]))
    return selectors.with_card_data(queryset, renditions=(LEAD_RENDITION,))


def _in_locale(queryset, filters):
    """Every language unless the `locale` filter names one; each result says its own."""
    if "locale" in filters:
        queryset = queryset.filter(locale__language_code=filters["locale"])
    return queryset.annotate(language=F("locale__language_code"))


def _published():
    return selectors.published_in_every_language().values("pk")


def topics() -> QuerySet:
    return Topic.objects.annotate(
        article_count=Count("articles", filter=Q(articles__in=_published()), distinct=True)
    ).order_by("name", "pk")


def authors() -> QuerySet:
    return Author.objects.annotate(
        article_count=Count("authorships", filter=Q(authorships__article__in=_published()), distinct=True)
    ).order_by("name", "pk")


def actors(filters: dict | None = None) -> QuerySet:
    filters = filters or {}
    found = Actor.objects.annotate(
        article_count=Count(
            "mentions",
            filter=Q(mentions__article__in=_published(), mentions__status__in=SHOWN_STATUSES),
            distinct=True,
        )
    ).prefetch_related("aliases")
    if "kind" in filters:
        found = found.filter(kind=filters["kind"])
    return found.order_by("name", "pk")


def pages(filters: dict | None = None) -> QuerySet:
    """The home page, standard and key-issue pages, in the order of the page tree."""
    filters = filters or {}
    kinds = [PAGE_TYPES[filters["type"]]] if "type" in filters else list(PAGE_TYPES.values())
    return _in_locale(Page.objects.live().public().exact_type(*kinds), filters).specific().order_by("path")


def archive_page() -> ArticleIndexPage | None:
    """The "All articles" page, whose sub-pages list a topic's or an author's articles."""
    return selectors.archive_index()
