"""The public search index: one row per live, public page, in the page's language.

The full-text part lives beside it in the database's own engine (engines/), keyed by
the same page id: an FTS5 table on SQLite, a weighted tsvector column on PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=12)
    title = models.TextField(_("title"))
    # Only what anyone may read: a members-only article contributes its standfirst.
    body = models.TextField(_("text"), blank=True)
    date = models.DateField(_("date"))
    article_type = models.CharField(_("article type"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["-date", "-page"], name="search_entry_newest"),
            models.Index(fields=["language", "-date"], name="search_entry_language"),
        ]

    def __str__(self):
        return self.title
