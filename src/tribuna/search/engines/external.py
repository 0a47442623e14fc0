"""A search server (OpenSearch or Elasticsearch) through Wagtail's search backends.

For archives that outgrow one database: set TRIBUNA_SEARCH_URL and the public search
sends its queries to the "public" backend in WAGTAILSEARCH_BACKENDS. The server ranks
by its own relevance (the title boosted, see SearchEntry.search_fields), so there is no
separate "rest" tier here: every match is in the "title" scope, best first.
"""

from contextlib import nullcontext

from modelsearch.backends import get_search_backend
from modelsearch.query import And, Not, Or, Phrase, PlainText

from ..models import SearchEntry
from ..query import Query

BACKEND = "public"


def backend():
    return get_search_backend(BACKEND)


def store(entries) -> None:
    backend().add_bulk(SearchEntry, list(entries))


def forget(sender, instance, **kwargs):
    """post_delete receiver for entries (connected by signals.py only with a search server)."""
    backend().delete(instance)


def reading():
    """Nothing to set up around a search (engines/postgres.py has something)."""
    return nullcontext()


def clear() -> None:
    backend().reset_indexes()


def _phrase(words):
    return Phrase(" ".join(words)) if len(words) > 1 else PlainText(words[0])


def _expression(query: Query):
    wanted = And([Or([_phrase(phrase) for phrase in group]) for group in query.groups])
    if not query.excluded:
        return wanted
    return And([wanted, Not(Or([_phrase(phrase) for phrase in query.excluded]))])


def _results(query: Query, filters, by_relevance: bool = True):
    entries = filters.entries()
    if filters.topic is not None:
        # The server filters on indexed fields only: name the topic's pages outright.
        entries = SearchEntry.objects.filter(page_id__in=list(entries.values_list("page_id", flat=True)))
    if not by_relevance:
        entries = entries.order_by("-date", "-page_id")
    return backend().search(_expression(query), entries, order_by_relevance=by_relevance)


def count(query: Query, languages, filters, scope: str, cap: int) -> int:
    if scope != "title":
        return 0
    return min(_results(query, filters).count(), cap)


def page_ids(query: Query, languages, filters, scope: str, by_relevance: bool, offset: int, limit: int) -> list[int]:
    if scope != "title":
        return []
    return [entry.page_id for entry in _results(query, filters, by_relevance)[offset : offset + limit]]
