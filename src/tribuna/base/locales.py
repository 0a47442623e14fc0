"""Which language a request is in, and the content that belongs to it.

Content lives in one page tree per language (Wagtail's localisation); these helpers keep
every "the archive", "the home page", "these panels" lookup inside the reader's language
without an extra query (a join on the locale, never a `Locale.get_active()` round trip).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale


def active_language() -> str:
    """The content language being served: "es", or the default ("en-gb")."""
    return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)


def default_language() -> str:
    return settings.LANGUAGE_CODE


def in_active_language(queryset):
    """`queryset` (of pages or translatable objects) narrowed to the reader's language."""
    return queryset.filter(locale__language_code=active_language())


def language_choices() -> list[tuple[str, str]]:
    """For model fields: a callable, so changing TRIBUNA_LANGUAGES needs no migration."""
    return list(settings.LANGUAGES)


def language_field(**options) -> models.CharField:
    """A model field naming one of the site's languages."""
    return models.CharField(_("language"), max_length=10, choices=language_choices, **options)


def ensure_locales(**kwargs) -> None:
    """A Wagtail locale for every configured language (after each `migrate`)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def supported_language(code: str | None) -> str:
    """`code` if the site speaks it, else the default: a person's stored preference may name
    a language the site no longer has, and their mail and links must still work."""
    return code if code in {known for known, _name in settings.LANGUAGES} else settings.LANGUAGE_CODE
