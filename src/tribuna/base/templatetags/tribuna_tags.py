"""Template helpers for the site shell: menu, panels, and small filters."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from wagtail.models import Site

from tribuna.base import language_switch
from tribuna.base.locales import active_language, default_language
from tribuna.base.models import Panel, SiteIdentity
from tribuna.base.page_links import in_language
from tribuna.base.wording import worded

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
    """Top-level pages marked "show in menus", in tree order (one query)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    [home] = in_language([site.root_page], active_language())
    return list(home.get_children().live().public().in_menu())


@register.simple_tag(takes_context=True)
def site_identity(context):
    """The site's identity in the reader's language, its links leading to pages in it too."""
    request = context.get("request")
    if request is None:
        return SiteIdentity()
    key = f"_tribuna_identity_{active_language()}"
    if not hasattr(request, key):
        identity = SiteIdentity.for_request(request)
        if active_language() != default_language():
            identity = worded(identity)
            identity.join_page, identity.privacy_page = in_language(
                [identity.join_page, identity.privacy_page], active_language()
            )
        setattr(request, key, identity)
    return getattr(request, key)


@register.simple_tag(takes_context=True)
def site_panels(context):
    """The panels in the reader's language, or the default language's when it has none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    panels = list(
        Panel.objects.filter(owner__site=site, language__in={active_language(), default_language()})
        .select_related("link_page")
        .order_by("sort_order")
    )
    own = [panel for panel in panels if panel.language == active_language()]
    return own or panels


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
