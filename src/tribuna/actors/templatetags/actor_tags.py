"""Addresses of actor pages, and an article's body with its first mentions linked."""

from django import template
from django.utils.safestring import mark_safe

from tribuna.base.sites import site_setting

from tribuna.syndication.content import feed_path

from ..addresses import actor_page_url
from ..first_mentions import linker_for
from ..models import ActorSettings
from ..selectors import actor_index

register = template.Library()


@register.simple_tag(takes_context=True)
def actor_url(context, actor):
    return actor_page_url(context["request"], actor.slug)


@register.simple_tag
def actor_feed_url(actor, fmt="rss"):
    return feed_path("actor", fmt, actor.slug)


@register.simple_tag(takes_context=True)
def article_body(context, page):
    """`{% article_body page %}`: the body's blocks, each actor's first mention a link
    when the site links them."""
    request = context["request"]
    flat = context.flatten()
    html = "".join(str(block.render_as_block(context=flat)) for block in page.body)
    if not site_setting(ActorSettings, request).link_first_mentions or actor_index() is None:
        return mark_safe(html)
    return mark_safe(linker_for(page, lambda slug: actor_page_url(request, slug)).link(html))
