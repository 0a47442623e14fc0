"""Feed autodiscovery links for the <head> of every page."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from tribuna.actors.models import Actor
from tribuna.news.models import Author, Topic
from tribuna.syndication.content import feed_path

register = template.Library()

MEDIA_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
FORMAT_NAMES = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


def _links(request, kind, subject_title, slug=None):
    for fmt, media_type in MEDIA_TYPES.items():
        title = _("%(feed)s (%(format)s)") % {"feed": subject_title, "format": FORMAT_NAMES[fmt]}
        href = feed_path(kind, fmt, slug)
        if request is not None:
            href = request.build_absolute_uri(href)
        yield media_type, title, href


@register.simple_tag(takes_context=True)
def feed_links(context):
    """<link rel="alternate"> for the site's feeds, and for the topic's or author's on
    their archive pages, so browsers and feed readers find them from any page."""
    from tribuna.base.models import SiteIdentity
    from tribuna.base.sites import site_setting

    request = context.get("request")
    organisation = site_setting(SiteIdentity, request).organisation_name or "Tribuna"
    rows = list(_links(request, "articles", _("%(site)s: articles") % {"site": organisation}))
    topic, author = context.get("topic"), context.get("author")
    if isinstance(topic, Topic):
        title = _("%(site)s: %(topic)s") % {"site": organisation, "topic": topic.name}
        rows += _links(request, "topic", title, topic.slug)
    if isinstance(author, Author):
        title = _("%(site)s: articles by %(author)s") % {"site": organisation, "author": author.name}
        rows += _links(request, "author", title, author.slug)
    actor = context.get("actor")
    if isinstance(actor, Actor):
        title = _("%(site)s: articles naming %(actor)s") % {"site": organisation, "actor": actor.local_name}
        rows += _links(request, "actor", title, actor.slug)
    return format_html_join(
        "\n  ", '<link rel="alternate" type="{}" title="{}" href="{}">', rows
    ) or format_html("")
