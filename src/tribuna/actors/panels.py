"""The mentions of an article, shown in its editor (a tab beside the content)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .models import Mention


class MentionsPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Actors mentioned"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "actors/admin/mentions_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            article = self.instance
            context["mentions"] = (
                list(Mention.objects.filter(article_id=article.pk).select_related("actor").order_by("first_position", "actor__name"))
                if article.pk
                else []
            )
            context["review_url"] = reverse("actors_mentions", args=[article.pk]) if article.pk else None
            context["has_draft"] = bool(article.pk and article.live and article.has_unpublished_changes)
            return context
