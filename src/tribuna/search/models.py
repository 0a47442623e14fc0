"""The public search index: one row per live, public page, in the page's language.

The full-text part lives beside it in the database's own engine (engines/), keyed by
the same page id: an FTS5 table on SQLite, a weighted tsvector column on PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelsearch import index


class SearchEntry(index.Indexed, models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=12)
    title = models.TextField(_("title"))
    # Only what anyone may read: a members-only article contributes its standfirst.
    body = models.TextField(_("text"), blank=True)
    date = models.DateField(_("date"))
    article_type = models.CharField(_("article type"), max_length=20, blank=True)

    # Only for a search server (engines/external.py); the database engines index it themselves.
    search_fields = [
        index.SearchField("title", boost=10),
        index.SearchField("body"),
        index.FilterField("language"),
        index.FilterField("article_type"),
        index.FilterField("date"),
        index.FilterField("page_id"),
    ]
    search_auto_update = False  # written in bulk by indexing.py, which tells the engine

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["-date", "-page"], name="search_entry_newest"),
            models.Index(fields=["language", "-date"], name="search_entry_language"),
        ]

    def __str__(self):
        return self.title
