"""Words in other languages for things that exist once whatever the language.

A plan, a newsletter, a topic or the site's strapline is one thing with one identity
(members join *the* plan), but readers see its words in their language. Owners keep
their words in the default language and hold one `Wording` row per other language;
a blank field in a wording falls back to the owner's own.
"""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .locales import active_language, default_language, language_field


class Wording(models.Model):
    """Abstract: subclasses add a ParentalKey to their owner and the fields they translate,
    named in `translates`; the editor's panels follow from it."""

    language = language_field()

    translates: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "panels" not in cls.__dict__:
            cls.panels = [FieldPanel("language"), *(FieldPanel(name) for name in cls.translates)]

    def clean(self):
        if self.language == default_language():
            raise ValidationError({"language": _("The default language's words are the ones above.")})


def worded(owner, related_name: str = "wordings", language: str | None = None):
    """`owner` as seen in `language` (the reader's by default): a copy with its translated
    fields filled in, or `owner` itself. Prefetch `related_name` to keep lists at one query.

    A field nobody translated that still holds its shipped default (a consent wording
    nobody edited) shows that default in the reader's language from the catalogue."""
    language = language or active_language()
    if language == default_language() or owner is None:
        return owner
    relation = getattr(type(owner), related_name)
    fields = relation.rel.related_model.translates
    wording = next((w for w in getattr(owner, related_name).all() if w.language == language), None)
    shown = copy.copy(owner)
    with translation.override(language):
        for field in fields:
            if wording is not None and getattr(wording, field):
                setattr(shown, field, getattr(wording, field))
            elif _is_shipped_default(owner, field):
                setattr(shown, field, str(owner._meta.get_field(field).default))
    return shown


def _is_shipped_default(owner, field: str) -> bool:
    default = owner._meta.get_field(field).default
    if not isinstance(default, Promise):
        return False
    with translation.override(default_language()):
        return getattr(owner, field) == str(default)


class LocalNameMixin:
    """For owners whose wordings translate `name` and `description`: what the reader sees.
    Each call looks at the owner's wordings, so prefetch them for lists."""

    @property
    def local_name(self) -> str:
        return worded(self).name

    @property
    def local_description(self) -> str:
        return worded(self).description


def with_wordings(queryset, related_name: str = "wordings"):
    """`queryset` with its wordings prefetched, when the reader's language needs them."""
    return queryset if active_language() == default_language() else queryset.prefetch_related(related_name)
