"""The same page in each of the site's languages, for the switcher and `hreflang` links.

A page's translation is offered only when it is live; where there is none, the switcher
leads to that language's home page instead and no `hreflang` link is given (an
untranslated page never shows up as a broken link).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve, translate_url
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from tribuna.pagecache.memo import remember

from .locales import active_language


@dataclass(frozen=True)
class Version:
    language: str
    name: str
    url: str  # absolute
    translated: bool  # False: the language's home, standing in for a missing translation
    current: bool


def versions(request, page=None) -> list[Version]:
    """Where each language's link leads from what is being shown (one query for a page,
remembered until the content changes)."""
    current = active_language()
    page = page if isinstance(page, Page) else None
    if page is None and not _is_page_path(request):
        # A view of its own (search, account): the same view under the other prefix.
        return [
            Version(code, name, request.build_absolute_uri(translate_url(request.get_full_path(), code)), True, code == current)
            for code, name in settings.LANGUAGES
        ]
    if page is None or getattr(request, "is_preview", False):
        # No page: an address nothing answers, not worth a place in the cache.
        return _page_versions(request, page, current)
    base = request.build_absolute_uri("/")
    key = (page.pk, request.path, base, current)
    return remember("language-versions", lambda: _page_versions(request, page, current), *key)


def _page_versions(request, page, current) -> list[Version]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    wanted = Q(translation_key=site.root_page.translation_key)
    if page is not None:
        wanted |= Q(translation_key=page.translation_key)
    found, homes = {}, {}
    for candidate in Page.objects.live().public().filter(wanted).select_related("locale"):
        target = found if page is not None and candidate.translation_key == page.translation_key else homes
        target[candidate.locale.language_code] = candidate
    suffix = _route_suffix(request, page)
    result = []
    for code, name in settings.LANGUAGES:
        if code == current:
            result.append(Version(code, name, request.build_absolute_uri(request.path), page is not None, True))
        elif code in found:
            result.append(Version(code, name, _absolute(request, found[code], suffix), True, False))
        elif code in homes:
            result.append(Version(code, name, _absolute(request, homes[code]), False, False))
    return result


def _is_page_path(request) -> bool:
    """Whether the path belongs to the page tree (so a missing page is a 404 there, and
    the other language's home is the place to send the reader)."""
    try:
        return resolve(request.path_info).url_name == "wagtail_serve"
    except Resolver404:
        return True


def _absolute(request, page, suffix: str = "") -> str:
    """On the host the reader asked for, like the canonical link."""
    return request.build_absolute_uri((page.get_url(request) or "/") + suffix)


def _route_suffix(request, page) -> str:
    """For a routable page (the archive's topic and author lists), the part of the path
    after the page's own URL, so the switch lands on the same list in the other language."""
    if page is None or not isinstance(page, RoutablePageMixin):
        return ""
    own = page.get_url(request) or ""
    return request.path[len(own):] if own and request.path.startswith(own) else ""


def alternates(found: list[Version]) -> list[tuple[str, str]]:
    """(hreflang, URL) pairs for the page's head: only real translations, and only when
    there is more than one, with the default language's version as `x-default`."""
    translated = [version for version in found if version.translated]
    if len(translated) < 2:
        return []
    pairs = [(version.language, version.url) for version in translated]
    default = next((version for version in translated if version.language == settings.LANGUAGE_CODE), None)
    if default is not None:
        pairs.append(("x-default", default.url))
    return pairs
