"""Links into the archive ("All articles", topic and author pages)."""

from django import template

from tribuna.news.selectors import archive_index

register = template.Library()


def archive_page(request):
    """The "All articles" page in the reader's language, looked up once per request."""
    if not hasattr(request, "_tribuna_archive_page"):
        request._tribuna_archive_page = archive_index()
    return request._tribuna_archive_page


@register.simple_tag(takes_context=True)
def archive_url(context, route=None, slug=None):
    index = archive_page(context["request"])
    if index is None:
        return ""
    url = index.get_url(context["request"])
    if route:
        url += index.reverse_subpage(route, args=[slug])
    return url
