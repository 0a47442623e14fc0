"""Actors and relationships under one "Actors" menu, the mentions review and suggestions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .linking import link_article
from .models import Actor, Relationship


class ActorViewSet(SnippetViewSet):
    model = Actor
    icon = "user"
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    ordering = ["name"]


class RelationshipViewSet(SnippetViewSet):
    model = Relationship
    icon = "link"
    list_display = ["subject", "predicate", "object", "start_date", "end_date"]
    list_filter = ["predicate"]
    search_fields = ["subject__name", "object__name"]


class ActorsGroup(SnippetViewSetGroup):
    menu_label = _("Actors")
    menu_icon = "group"
    menu_order = 210
    items = (ActorViewSet, RelationshipViewSet)


register_snippet(ActorsGroup)


@hooks.register("register_admin_urls")
def actor_urls():
    return [
        path("actors/mentions/<int:article_id>/", admin_views.article_mentions, name="actors_mentions"),
        path("actors/suggestions/", admin_views.suggested_actors, name="actors_suggestions"),
    ]


@hooks.register("register_admin_menu_item")
def suggestions_menu_item():
    item = MenuItem(_("Suggested actors"), reverse("actors_suggestions"), icon_name="help", order=215)
    item.is_shown = lambda request: request.user.has_perm("actors.add_actor")
    return item


def _link_draft(request, page):
    """An article not yet published is linked as saved, so its editor sees the mentions;
    a published one is linked when it is published (mentions follow what readers see)."""
    from tribuna.news.models import ArticlePage

    page = page.specific
    if isinstance(page, ArticlePage) and not page.live:
        link_article(page)


hooks.register("after_create_page", _link_draft)
hooks.register("after_edit_page", _link_draft)
