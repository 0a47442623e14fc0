"""Public actor pages: the directory, one actor, one actor's year."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.images.models import SourceImageIOError

from tribuna.base.metadata import json_ld
from tribuna.base.wording import with_wordings

from . import connections, selectors, structured_data
from .models import Actor, Kind
from .addresses import actor_page_url

ACTORS_PER_PAGE = 100
PORTRAIT = "fill-240x240|format-webp"
ARTICLES_PER_PAGE = 12


def directory(request, index):
    kind = request.GET.get("kind", "")
    actors = with_wordings(Actor.objects.all())
    if kind in Kind.values:
        actors = actors.filter(kind=kind)
    else:
        kind = ""
    return TemplateResponse(
        request,
        "actors/actor_index_page.html",
        {
            "page": index,
            "self": index,
            "actors": _page(request, actors, ACTORS_PER_PAGE),
            "kind": kind,
            "kinds": Kind.choices,
            "query_string": urlencode({"kind": kind}) if kind else "",
        },
    )


def actor(request, index, slug):
    found = _actor(slug)
    years = selectors.timeline(found)
    co_mentioned = selectors.co_mentioned(found)
    stated = connections.statements(found, selectors.relationships_of(found))
    listed = selectors.listed_articles([pk for year in years for pk in year.newest])
    portrait = _portrait(found)
    return TemplateResponse(
        request,
        "actors/actor_page.html",
        {
            "page": index,
            "self": index,
            "actor": found,
            "years": [(year, [listed[pk] for pk in year.newest if pk in listed]) for year in years],
            "mention_count": sum(year.count for year in years),
            "co_mentioned": co_mentioned,
            "statements": stated,
            "relationship_map": connections.relationship_svg(
                found, stated, co_mentioned, lambda other: actor_page_url(request, other)
            ),
            "portrait": portrait,
            "structured_data": json_ld(structured_data.actor_page(request, found, portrait.url if portrait else "")),
        },
    )


def _portrait(actor):
    """The actor's picture as the page shows it; None without one, or when its file is
    gone (a database restored without its media), which must not take the page down."""
    if actor.image is None:
        return None
    try:
        return actor.image.get_rendition(PORTRAIT)
    except SourceImageIOError:
        return None


def actor_year(request, index, slug, year):
    found = _actor(slug)
    chosen = next((each for each in selectors.timeline(found) if each.year == year), None)
    if chosen is None:
        raise Http404("No articles from that year")
    return TemplateResponse(
        request,
        "actors/actor_year.html",
        {"page": index, "self": index, "actor": found, "year": year, "articles": _page(request, chosen.article_ids, ARTICLES_PER_PAGE)},
    )


def _actor(slug):
    found = selectors.actor_by_slug(slug)
    if found is None:
        raise Http404("No such actor")
    return found


def _page(request, items, per_page):
    try:
        return Paginator(items, per_page).page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error
