"""Background work for composing campaigns, run by `tribuna worker`."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_test_copy(campaign_id: int, to: str, name: str, base_url: str) -> None:
    """One copy of the campaign as it stands, to the editor who asked, with both parts;
    one more for each of its versions in other languages."""
    from . import rendering
    from .mime import header_safe
    from .models import Campaign

    campaign = Campaign.objects.prefetch_related("versions").get(pk=campaign_id)
    newsletter = campaign.newsletters.order_by("sort_order", "pk").first()
    default_name, default_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    sender = formataddr((header_safe(newsletter.sender_name if newsletter and newsletter.sender_name else default_name), default_address))
    for language in [settings.LANGUAGE_CODE] + [version.language for version in campaign.versions.all()]:
        rendered = rendering.render_campaign(campaign, base_url=base_url, language=language)
        html, text = rendering.anonymous_copy(rendered, base_url=base_url, name=name)
        with translation.override(language):
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
