"""Topics and authors under one "News" menu in the editor."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Author, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class NewsGroup(SnippetViewSetGroup):
    menu_label = _("News")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = (TopicViewSet, AuthorViewSet)


register_snippet(NewsGroup)
