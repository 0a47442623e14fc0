"""Template helpers for the site shell: menu, panels, and small filters.

The shell is the same on every page of a language, so what it reads is remembered until
the content changes (pagecache/memo.py)."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from wagtail.models import Site

from tribuna.base import identity, language_switch
from tribuna.base.locales import active_language, default_language
from tribuna.base.models import Panel
from tribuna.base.page_links import in_language
from tribuna.base.wording import worded
from tribuna.pagecache.memo import remember

register = template.Library()


@register.filter(name="worded")
def worded_filter(thing):
    """`{% with plan=plan|worded %}`: a plan, newsletter or topic in the reader's language."""
    return worded(thing)


@register.filter
def hostname(url: str) -> str:
    return urlsplit(url).hostname or ""


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", in tree order."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def menu():
        [home] = in_language([site.root_page], active_language())
        return list(home.get_children().live().public().in_menu())

    return remember("main-menu", menu, site.pk, active_language())


@register.simple_tag(takes_context=True)
def site_identity(context):
    return identity.for_request(context.get("request"))


@register.simple_tag(takes_context=True)
def site_panels(context):
    """The panels in the reader's language, or the default language's when it has none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def panels():
        both = list(
            Panel.objects.filter(owner__site=site, language__in={active_language(), default_language()})
            .select_related("link_page")
            .order_by("sort_order")
        )
        return [panel for panel in both if panel.language == active_language()] or both

    return remember("site-panels", panels, site.pk, active_language())


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page in each language (see base/language_switch.py), worked out once per request."""
    request = context.get("request")
    if request is None or len(settings.LANGUAGES) < 2:
        return []
    if not hasattr(request, "_tribuna_language_versions"):
        request._tribuna_language_versions = language_switch.versions(request, context.get("page"))
    return request._tribuna_language_versions


@register.simple_tag
def hreflang_alternates(versions):
    return language_switch.alternates(versions)
