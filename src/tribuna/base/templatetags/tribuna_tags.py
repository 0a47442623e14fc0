"""Template helpers for the site shell: menu, panels, and small filters."""

from urllib.parse import urlsplit

from django import template
from wagtail.models import Site

from tribuna.base.models import Panel

register = template.Library()


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
    return list(site.root_page.get_children().live().public().in_menu())


@register.simple_tag(takes_context=True)
def site_panels(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return list(
        Panel.objects.filter(owner__site=site).select_related("link_page").order_by("sort_order")
    )
