"""Links into the archive ("All articles", topic and author pages), and lists of article cards."""

from django import template

from tribuna.news.card_html import cards_html
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


@register.simple_tag(takes_context=True)
def article_cards(context, ids, level=3, show_image=False, lead_first=False):
    """`{% article_cards ids level=2 show_image=True %}`: the cards of these articles."""
    return cards_html(context["request"], ids, level=level, show_image=show_image, lead_first=lead_first)
