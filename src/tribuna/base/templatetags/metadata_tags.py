"""The <head> tags that describe a page to search engines and social networks."""

from django import template
from django.core.paginator import Page as PaginatorPage
from wagtail.models import Page

from tribuna.base.metadata import page_metadata

register = template.Library()


@register.inclusion_tag("base/includes/sharing_metadata.html", takes_context=True)
def sharing_metadata(context, title="", description=""):
    """Prints nothing outside Wagtail pages: forms, sign-in and error pages have nothing
    to share and no address worth making canonical."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"meta": None}
    # Trust the paginator the view used, not ?page=, so a stray ?page= changes nothing.
    # type(), not isinstance(): that would evaluate the lazy csrf_token and give every
    # page a cookie, which keeps it out of every cache.
    pages = (value for value in context.flatten().values() if issubclass(type(value), PaginatorPage))
    number = next((page.number for page in pages), 1)
    return {"meta": page_metadata(request, page, title=title, description=description, page_number=number)}
