"""Running a search: filters, ranking, paging and the shape of a result.

A page of results costs a fixed number of queries: the ranked ids, the count, the
entries and the pages' URLs — whatever the size of the archive.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page

from tribuna.news.models import ArticlePage, ArticleType

from .engines import engine
from .languages import base_language
from .models import SearchEntry
from .query import Query
from .snippets import EXCERPT_WORDS, Piece, highlight

# Deep pages of a ranking are never worth their cost; readers refine instead.
MAX_RESULTS = 1000


@dataclass(frozen=True)
class Filters:
    topic: object = None  # a news Topic
    article_type: str = ""
    year: int | None = None
    language: str = ""

    def entries(self) -> QuerySet:
        entries = SearchEntry.objects.all()
        if self.topic is not None:
            tagged = ArticlePage.topics.through.objects.filter(topic=self.topic).values("articlepage_id")
            entries = entries.filter(page_id__in=tagged)
        if self.article_type:
            entries = entries.filter(article_type=self.article_type)
        if self.year:
            entries = entries.filter(date__gte=dt.date(self.year, 1, 1), date__lt=dt.date(self.year + 1, 1, 1))
        if self.language:
            entries = entries.filter(language=self.language)
        return entries

    @property
    def any(self) -> bool:
        return bool(self.topic or self.article_type or self.year or self.language)


@dataclass
class Hit:
    entry: SearchEntry
    url: str
    title: list[Piece]
    excerpt: list[Piece]

    @property
    def article_type_label(self) -> str:
        types = dict(ArticleType.choices)
        return types.get(self.entry.article_type, "")


def content_languages() -> list[str]:
    return sorted({base_language(code) for code, _name in settings.LANGUAGES})


class Results:
    """A ranked result list that Django's Paginator can page through lazily."""

    def __init__(self, query: Query, filters: Filters, request=None):
        self.query = query
        self.filters = filters
        self.request = request
        self._total = None

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self._count()
        return self._total

    def count(self) -> int:
        return min(self.total, MAX_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, window: slice) -> list[Hit]:
        offset, stop = window.start or 0, min(window.stop, MAX_RESULTS)
        return self._hits(self.page_ids(offset, max(stop - offset, 0)))

    def _within(self):
        if not self.filters.any:
            return None
        sql, params = self.filters.entries().values("page_id").query.sql_with_params()
        return sql, params

    def _languages(self):
        return [self.filters.language] if self.filters.language else content_languages()

    def _newest_articles(self):
        """What an empty query shows: articles only, newest first."""
        return self.filters.entries().exclude(article_type="")

    def _count(self) -> int:
        if self.query.is_empty:
            return self._newest_articles().count()
        return engine().count(self.query, self._languages(), self._within())

    def page_ids(self, offset: int, limit: int) -> list[int]:
        if self.query.is_empty:
            newest = self._newest_articles().order_by("-date", "-page_id")
            return list(newest.values_list("page_id", flat=True)[offset : offset + limit])
        return engine().ranked_ids(self.query, self._languages(), self._within(), offset, limit)

    def _hits(self, ids: list[int]) -> list[Hit]:
        entries = SearchEntry.objects.in_bulk(ids)
        pages = Page.objects.in_bulk(ids)
        words = self.query.words()
        hits = []
        for page_id in ids:
            entry, page = entries.get(page_id), pages.get(page_id)
            if entry is None or page is None:
                continue  # unpublished between the ranking and now
            hits.append(
                Hit(
                    entry=entry,
                    url=page.get_url(self.request),
                    title=highlight(entry.title, words, entry.language),
                    excerpt=highlight(entry.body, words, entry.language, limit=EXCERPT_WORDS),
                )
            )
        return hits
