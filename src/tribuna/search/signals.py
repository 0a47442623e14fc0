"""Signals that change what the public may find."""

from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from tribuna.news.models import ArticlePage, Author

from . import indexing
from .engines import engine, external
from .models import SearchEntry


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    indexing.index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    indexing.remove_page(instance)


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs):
    # A move can put pages under a restricted section, or take them out of one.
    indexing.index_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_pages(sender, instance, **kwargs):
    indexing.index_subtree(instance.page)


@receiver(post_save, sender=Author)
def reindex_authors_articles(sender, instance, created, **kwargs):
    if not created:
        indexing.index_pages(ArticlePage.objects.live().filter(authorships__author=instance))


def follow_search_server() -> bool:
    """With a search server, entries deleted in the database (a page deleted, unpublished or
    reindexed) are deleted there too. Not connected otherwise: a receiver would make every
    bulk delete of entries fetch them first."""
    if engine() is not external:
        return False
    post_delete.connect(external.forget, sender=SearchEntry, dispatch_uid="search-server-forget")
    return True


@receiver(post_migrate)
def index_a_site_that_predates_search(sender, **kwargs):
    """A site upgraded to a version with search has pages but no index: build it once."""
    if sender.label != "site_search" or SearchEntry.objects.exists():
        return
    if Page.objects.live().filter(depth__gt=1).exists():
        indexing.rebuild()
