"""The <head> tags that describe a page to search engines and social networks."""

from django import template
from django.core.paginator import Page as PaginatorPage
from wagtail.models import Page

from tribuna.base.locales import active_language
from tribuna.base.metadata import page_metadata
from tribuna.pagecache.memo import remember

register = template.Library()


@register.inclusion_tag("base/includes/sharing_metadata.html", takes_context=True)
def sharing_metadata(context, title="", description=""):
    """Prints nothing outside Wagtail pages: forms, sign-in and error pages have nothing
    to share and no address worth making canonical. Remembered per page and address
    until the content changes: it is the same for every reader."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"meta": None}
    # Trust the paginator the view used, not ?page=, so a stray ?page= changes nothing.
    # type(), not isinstance(): that would evaluate the lazy csrf_token and give every
    # page a cookie, which keeps it out of every cache.
    pages = (value for value in context.flatten().values() if issubclass(type(value), PaginatorPage))
    number = next((page.number for page in pages), 1)
    if getattr(request, "is_preview", False):  # a draft is not what is remembered under its id
        return {"meta": page_metadata(request, page, title=title, description=description, page_number=number)}
    meta = remember(
        "sharing-metadata",
        lambda: page_metadata(request, page, title=title, description=description, page_number=number),
        page.pk, request.path, str(title), str(description), number, active_language(), request.build_absolute_uri("/"),
    )
    return {"meta": meta}
