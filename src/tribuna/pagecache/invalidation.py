"""What retires the cached pages: any change to a model a public page can show.

Everything counts unless listed here as private or bookkeeping. A model forgotten here
makes the cache retire pages more often than it needs to, never serve a stale one.
An article shows on the home page, its topics, the archive, feeds and other articles'
"related" lists, so one change retires every page rather than a guessed subset.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation

log = logging.getLogger(__name__)

# Nothing from these is ever shown on a public page.
PRIVATE_APPS = {
    "accounts", "admin", "auth", "contenttypes", "sessions", "django_tasks_database",
    "wagtailadmin", "wagtailforms", "wagtailsearch", "wagtailusers", "wagtail_localize", "site_search",
}
PRIVATE_MODELS = {
    # Members' and subscribers' own records, and mail bookkeeping.
    "members.member", "members.statuschange", "members.payment", "members.stripeevent", "members.consent",
    "members.giftaiddeclaration", "members.donation", "members.mailsent", "members.importrun",
    "newsletters.subscriber", "newsletters.subscription", "newsletters.subscriberconsent",
    "newsletters.suppression", "newsletters.campaignlink", "newsletters.delivery", "newsletters.mailevent",
    # Editing history and workflow: what is public changes only when a page is published.
    "wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailcore.workflowstate",
    "wagtailcore.taskstate", "wagtailcore.comment", "wagtailcore.commentreply", "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex", "wagtailcore.uploadedfile", "wagtailcore.apitoken",
    # Made while a page renders, for the page that is being cached.
    "wagtailimages.rendition", "wagtailembeds.embed",
    # When the archive was last relinked against the actors.
    "actors.linkrun",
}


def shown_publicly(model) -> bool:
    meta = model._meta
    return meta.app_label not in PRIVATE_APPS and meta.label_lower not in PRIVATE_MODELS


def content_changed(**kwargs) -> None:
    """Retire the cached pages now, for the rest of this transaction, and again once it
    commits: a page rendered from the old rows while the commit was under way was filed
    under the generation that has just ended."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    # An editor's save must not fail because the cache is down; while it is down no page
    # is served from it, and a Redis that restarts empty starts a new generation itself.
    try:
        generation.bump()
    except Exception:
        log.exception("Could not retire the cached pages")


def connect() -> None:
    # Per model rather than for every sender: a post_delete receiver for all models
    # would stop Django deleting private rows in bulk.
    for model in apps.get_models():
        if shown_publicly(model):
            uid = f"pagecache-{model._meta.label_lower}"
            post_save.connect(content_changed, sender=model, weak=False, dispatch_uid=uid + "-saved")
            post_delete.connect(content_changed, sender=model, weak=False, dispatch_uid=uid + "-deleted")
    # Moves are written as bulk updates, which send no post_save.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, weak=False, dispatch_uid=f"pagecache-{id(signal)}")
    # A deploy migrates: pages rendered by the old code retire with it.
    post_migrate.connect(content_changed, weak=False, dispatch_uid="pagecache-migrated")
