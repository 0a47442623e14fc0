"""Keeping the index in step with what is published.

Publishing, unpublishing, deleting and restricting pages all arrive here (signals.py),
as does `tribuna search rebuild`.
"""

from django.db import transaction
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from tribuna.pagecache.invalidation import content_changed

from . import documents
from .engines import engine
from .models import SearchEntry

BATCH = 500


def index_pages(pages) -> None:
    """Write (or remove) the entries of these specific pages, in a fixed number of queries."""
    pages = list(pages)
    restricted = documents.restricted_paths()
    wanted = [page for page in pages if documents.is_searchable(page, restricted)]
    prefetch_related_objects(wanted, "locale")
    articles = [page for page in wanted if hasattr(page, "authorships")]
    prefetch_related_objects(articles, "authorships__author", "topics")
    entries = [documents.entry_for(page) for page in wanted]
    with transaction.atomic():
        # Replaced, not updated: the full-text rows go with the old entries (engines/).
        SearchEntry.objects.filter(page_id__in=[page.pk for page in pages]).delete()
        if entries:
            SearchEntry.objects.bulk_create(entries)
            engine().store(entries)


def index_page(page) -> None:
    index_pages([page.specific])


def remove_page(page) -> None:
    SearchEntry.objects.filter(page_id=page.pk).delete()


def index_subtree(page) -> None:
    """A page and its descendants, e.g. after a privacy restriction changes."""
    for batch in _batches(Page.objects.descendant_of(page, inclusive=True).specific()):
        index_pages(batch)


def rebuild(progress=None) -> int:
    """Index every live page afresh; returns how many entries were written."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        engine().clear()
    written = 0
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    for batch in _batches(pages):
        index_pages(batch)
        written += len(batch)
        if progress:
            progress(written)
    content_changed()  # search result pages cached before now are out of date
    return SearchEntry.objects.count()


def _batches(queryset):
    batch = []
    for page in queryset.iterator(chunk_size=BATCH):
        batch.append(page)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
