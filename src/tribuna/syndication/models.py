"""Per-site choices about what the feeds carry."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="list-ul")
class FeedSettings(BaseSiteSetting):
    """Whether feeds carry whole articles or only their standfirst.

    Some groups want readers to come to the site (and see the call to join); others want
    their writing read wherever readers are. Members-only articles are always summarised.
    """

    full_text = models.BooleanField(
        _("full text in feeds"),
        default=True,
        help_text=_(
            "Feed readers get the whole article. Untick to send only the standfirst and a link. "
            "Members-only articles are never sent in full."
        ),
    )

    panels = [FieldPanel("full_text")]

    class Meta:
        verbose_name = _("feeds")
