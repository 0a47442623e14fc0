"""When mentions are found: an article as it is published, the archive when actors change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from tribuna.news.models import ArticlePage

from .models import Actor


def article_published(sender, instance, **kwargs):
    from .linking import link_article

    link_article(instance)


def actors_changed(sender, **kwargs):
    """Queue a relink once the change is committed, once per transaction however many
    actors it saves; a run queued twice finds its work done (`linking.relink_if_needed`)."""
    connection = transaction.get_connection()
    if any(callback is _queue_relink for _savepoints, callback, _robust in connection.run_on_commit):
        return
    transaction.on_commit(_queue_relink)


def _queue_relink():
    from .tasks import relink_articles

    relink_articles.enqueue()


def connect() -> None:
    page_published.connect(article_published, sender=ArticlePage, dispatch_uid="actors-link-published")
    # An actor's names and wordings are saved with it (one form), so the actor's own
    # save is the signal; its deletion takes its names along.
    post_save.connect(actors_changed, sender=Actor, dispatch_uid="actors-changed")
    post_delete.connect(actors_changed, sender=Actor, dispatch_uid="actors-deleted")
