"""Which page answers an address, remembered until the content next changes.

Wagtail finds a page by walking the tree down from the site's home page, two queries a
level (the child by its slug, then its specific type): seven for an article, on every
request the page cache does not answer (a signed-in member's, say). Here the walk's
answer (the page's id and type, and how much of the address the tree took) is
remembered per site, language and address; the page itself is then one query by id.

Wagtail's serving is otherwise unchanged (hooks, view restrictions, the live check):
it finds the route already worked out where it keeps one for the request.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views
from wagtail.models import Page, Site

from tribuna.pagecache.memo import remember

from .locales import active_language


def serve(request, path):
    """Wagtail's page view, with the site and the route remembered."""
    if request.method in ("GET", "HEAD"):
        _use_remembered_route(request, path)
    return views.serve(request, path)


def _use_remembered_route(request, path: str) -> None:
    # Wagtail keeps the request's site and route on these attributes (Site.find_for_request,
    # Page.route_for_request); filled in here, it does not look them up again.
    site = remember("site", lambda: Site.find_for_request(request), request.get_host(), request.get_port())
    request._wagtail_site = site
    if site is None:
        return
    components = [component for component in path.split("/") if component]
    known = remember("route", lambda: _walk(request, site, path), site.pk, active_language(), components)
    if known is None or hasattr(request, "_wagtail_route_for_request"):
        return  # no such page, or just walked for this very request
    page_id, content_type_id, depth_below_home = known
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model is not None else None
    if page is None:
        return  # gone since (the change will retire this memo); let Wagtail walk
    try:
        request._wagtail_route_for_request = page.route(request, components[depth_below_home:])
    except Http404:
        request._wagtail_route_for_request = None


def _walk(request, site, path: str):
    """Wagtail's own walk, once: (page id, content type id, levels below the home page)."""
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page = route[0]
    return page.pk, page.content_type_id, page.depth - site.root_page.depth
