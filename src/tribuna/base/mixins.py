"""Fields every public page type shares, kept in one abstract model so each page type
gains them by inheritance and one migration per app."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class SocialImageMixin(models.Model):
    """The picture shown when the page is shared; editors set it in the Promote tab
    beside the search title and description it goes with."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared on social media; best at least 1200 × 630 pixels. "
            "Without one, the lead image is used, then the site logo."
        ),
    )

    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("social_image")], heading=_("For sharing")),
    ]

    class Meta:
        abstract = True
