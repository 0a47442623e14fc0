"""`{% subscribe_box %}`: the small subscribe form in the footer of every page."""

from django import template
from wagtail.models import Site

from tribuna.base.locales import active_language
from tribuna.pagecache.memo import remember

from ..forms import SubscribeForm
from ..subscriptions import public_newsletters

register = template.Library()


@register.inclusion_tag("newsletters/includes/subscribe_box.html", takes_context=True)
def subscribe_box(context):
    """The public newsletters and the consent wording, remembered until the content
    changes; nothing when there is no public newsletter, or on pages that show the full
    form themselves."""
    request = context.get("request")
    if request is None or context.get("hide_footer_subscribe"):
        return {"show": False}
    from ..views import newsletter_settings

    site = Site.find_for_request(request)
    newsletters, wording = remember(
        "subscribe-box",
        lambda: (public_newsletters(), newsletter_settings(request).subscribe_wording),
        site.pk if site else None,
        active_language(),
    )
    if not newsletters:
        return {"show": False}
    return {
        "show": True,
        "form": SubscribeForm(newsletters=newsletters, source=request.path, auto_id="footer-%s"),
        "single": newsletters[0] if len(newsletters) == 1 else None,
        "wording": wording,
        "id_prefix": "footer-subscribe",
    }
