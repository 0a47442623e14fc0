"""Background work for composing campaigns, run by `tribuna worker`."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_test_copy(campaign_id: int, to: str, name: str, base_url: str) -> None:
    """One copy of the campaign as it stands, to the editor who asked, with both parts."""
    from . import rendering
    from .models import Campaign
    from .mime import header_safe

    campaign = Campaign.objects.get(pk=campaign_id)
    rendered = rendering.render_campaign(campaign, base_url=base_url)
    html, text = rendering.anonymous_copy(rendered, base_url=base_url, name=name)
    newsletter = campaign.newsletters.order_by("sort_order", "pk").first()
    default_name, default_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    sender = formataddr((header_safe(newsletter.sender_name if newsletter and newsletter.sender_name else default_name), default_address))
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[Test] %(subject)s") % {"subject": rendered.subject}
    message = EmailMultiAlternatives(
        subject=header_safe(subject),
        body=text,
        from_email=sender,
        to=[to],
        reply_to=[newsletter.reply_to] if newsletter and newsletter.reply_to else None,
    )
    message.attach_alternative(html, "text/html")
    message.send()
