"""Thin views over content/feeds/jsonfeed (feeds) and sitemaps (sitemap.xml, robots.txt)."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import http_date
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import content, feeds, jsonfeed, sitemaps

SERIALISERS = {"rss": feeds.rss, "atom": feeds.atom, "json": jsonfeed.render}
XML = "application/xml; charset=utf-8"


@require_safe
@cache_control(public=True, max_age=300)
def feed(request, fmt, kind="articles", slug=None):
    channel = content.find_channel(kind, slug)
    data = content.build_feed(request, channel, fmt)
    document, content_type = SERIALISERS[fmt](data)
    response = HttpResponse(document, content_type=content_type)
    response["Last-Modified"] = http_date(data.updated.timestamp())
    return response


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap(request):
    """One sitemap while it fits, else the index of the numbered ones."""
    pages = sitemaps.PageSitemap(request)
    if pages.is_split:
        return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": pages.index()}, content_type=XML)
    return TemplateResponse(request, "sitemap.xml", {"urlset": pages.urls(1)}, content_type=XML)


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap_page(request, number):
    pages = sitemaps.PageSitemap(request)
    return TemplateResponse(request, "sitemap.xml", {"urlset": pages.urls(number)}, content_type=XML)


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    return HttpResponse(sitemaps.robots_txt(request), content_type="text/plain; charset=utf-8")
