"""`{% subscribe_box %}`: the small subscribe form in the footer of every page."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.models import Site

from tribuna.base.locales import active_language
from tribuna.pagecache.memo import remember

from ..forms import SubscribeForm
from ..subscriptions import public_newsletters

register = template.Library()

# Stands in for the page's address (where a subscriber signed up from) in the remembered form.
SOURCE_MARK = "tribuna-subscribe-source"


@register.simple_tag(takes_context=True)
def subscribe_box(context):
    """The form, rendered once until the content changes and given each page's address;
    nothing when there is no public newsletter, or on pages that show the full form."""
    request = context.get("request")
    if request is None or context.get("hide_footer_subscribe"):
        return ""
    site = Site.find_for_request(request)
    box = remember("subscribe-box", lambda: _render(request), site.pk if site else None, active_language())
    return mark_safe(box.replace(SOURCE_MARK, conditional_escape(request.path)))


def _render(request) -> str:
    from ..views import newsletter_settings

    newsletters = public_newsletters()
    if not newsletters:
        return ""
    return render_to_string(
        "newsletters/includes/subscribe_box.html",
        {
            "form": SubscribeForm(newsletters=newsletters, source=SOURCE_MARK, auto_id="footer-%s"),
            "single": newsletters[0] if len(newsletters) == 1 else None,
            "wording": newsletter_settings(request).subscribe_wording,
            "id_prefix": "footer-subscribe",
        },
    )
