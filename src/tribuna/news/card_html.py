"""Article cards as HTML, remembered per article until the content changes.

A card looks the same wherever it is listed (home page, archive, topic and key-issue
pages, related articles), so it is rendered once per language, host and look, and every
list reuses it: a list of twelve cards costs one cache read instead of five queries and
twelve renders. Signed-in members, whose pages are never cached whole, gain the most.
"""

from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from tribuna.base.locales import active_language
from tribuna.pagecache.memo import remember_each

from . import selectors

TEMPLATE = "news/includes/article_card.html"


def cards_html(request, ids, *, level: int = 3, show_image: bool = False, lead_first: bool = False) -> SafeString:
    """The cards of the articles with these ids, in this order (unknown ids are left out)."""
    language, host = active_language(), request.get_host()
    looks = [(pk, level, show_image, lead_first and position == 0, language, host) for position, pk in enumerate(ids)]

    def render(missing):
        articles = {article.pk: article for article in selectors.cards([look[0] for look in missing])}
        template = get_template(TEMPLATE).template
        return [
            _render(template, request, articles[look[0]], *look[1:4]) if look[0] in articles else ""
            for look in missing
        ]

    return mark_safe("".join(remember_each("card", looks, render)))


def _render(template, request, article, level, show_image, lead) -> str:
    context = {"request": request, "article": article, "level": level, "show_image": show_image, "lead": lead}
    return template.render(Context(context, autoescape=True))
