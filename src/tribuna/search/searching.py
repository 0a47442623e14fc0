"""Running a search: filters, ranking, paging and the shape of a result.

A page of results costs a fixed number of queries: the ranked ids, the count, the
entries and the pages' URLs — whatever the size of the archive.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
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
# Above this many matches in a group, relevance is not computed (see Results).
RELEVANCE_LIMIT = MAX_RESULTS


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

    def tokens(self) -> list[str]:
        """The facet words (documents.facet_tokens) an entry must carry to pass these filters."""
        tokens = []
        if self.language:
            tokens.append(f"lang{self.language}")
        if self.article_type:
            tokens.append(f"type{self.article_type}")
        if self.year:
            tokens.append(f"year{self.year}")
        if self.topic is not None:
            tokens.append(f"topic{self.topic.pk}")
        return tokens


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
    """A ranked result list that Django's Paginator can page through lazily.

    Pieces whose title holds the query come first, then those whose text does. Each
    group is ranked by relevance (BM25 / ts_rank), recent pieces breaking ties, unless it
    is larger than RELEVANCE_LIMIT: a word found in thousands of pieces tells little
    about any of them, so those are listed newest first, which no database has to sort.
    """

    def __init__(self, query: Query, filters: Filters, request=None):
        self.query = query
        self.filters = filters
        self.request = request
        self._counts = {}

    def _count(self, scope: str) -> int:
        if scope not in self._counts:
            if self.query.is_empty:
                self._counts[scope] = self._newest_articles()[: MAX_RESULTS + 1].count() if scope == "rest" else 0
            else:
                self._counts[scope] = engine().count(
                    self.query, self._languages(), self.filters, scope, cap=MAX_RESULTS + 1
                )
        return self._counts[scope]

    @property
    def total(self) -> int:
        """How many results, up to MAX_RESULTS + 1 ("more than MAX_RESULTS")."""
        in_title = self._count("title")
        if in_title > MAX_RESULTS:
            return MAX_RESULTS + 1  # the text-only matches could never be reached
        return min(in_title + self._count("rest"), MAX_RESULTS + 1)

    @property
    def more_than_shown(self) -> bool:
        return self.total > MAX_RESULTS

    def count(self) -> int:
        return min(self.total, MAX_RESULTS)

    def __getitem__(self, window: slice) -> list[Hit]:
        offset, stop = window.start or 0, min(window.stop, MAX_RESULTS)
        return self._hits(self.page_ids(offset, max(stop - offset, 0)))

    def page(self, number, per_page: int):
        """One page of hits (Django's Paginator over these results); InvalidPage past the end."""
        with engine().reading():
            return Paginator(self, per_page).page(number)

    def _languages(self):
        return [self.filters.language] if self.filters.language else content_languages()

    def _newest_articles(self):
        """What an empty query shows: articles only, newest first."""
        return self.filters.entries().exclude(article_type="").order_by("-date", "-page_id")

    def page_ids(self, offset: int, limit: int) -> list[int]:
        if self.query.is_empty:
            return list(self._newest_articles().values_list("page_id", flat=True)[offset : offset + limit])
        ids = []
        in_title = self._count("title")
        if offset < in_title:
            ids = self._scope_ids("title", offset, limit)
        if len(ids) < limit:
            ids += self._scope_ids("rest", max(0, offset - in_title), limit - len(ids))
        return ids

    def _scope_ids(self, scope: str, offset: int, limit: int) -> list[int]:
        by_relevance = self._count(scope) <= RELEVANCE_LIMIT
        return engine().page_ids(self.query, self._languages(), self.filters, scope, by_relevance, offset, limit)

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
