"""`{% subscribe_box %}`: the small subscribe form in the footer of every page."""

from django import template

from ..forms import SubscribeForm
from ..subscriptions import public_newsletters

register = template.Library()


@register.inclusion_tag("newsletters/includes/subscribe_box.html", takes_context=True)
def subscribe_box(context):
    """Two queries (the public newsletters, the settings); nothing when there is no
    public newsletter, or on pages that show the full form themselves."""
    request = context.get("request")
    if request is None or context.get("hide_footer_subscribe"):
        return {"show": False}
    newsletters = public_newsletters()
    if not newsletters:
        return {"show": False}
    from ..views import newsletter_settings

    return {
        "show": True,
        "form": SubscribeForm(newsletters=newsletters, source=request.path, auto_id="footer-%s"),
        "single": newsletters[0] if len(newsletters) == 1 else None,
        "wording": newsletter_settings(request).subscribe_wording,
        "id_prefix": "footer-subscribe",
    }
