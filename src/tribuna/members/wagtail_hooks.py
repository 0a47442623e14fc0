from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .desk import MemberViewSet
from .models import Plan


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "tag"
    list_display = ["name", "kind", "price", "period", "is_public", "is_retired"]
    ordering = ["sort_order", "price"]


register_snippet(PlanViewSet)


@hooks.register("register_admin_viewset")
def register_member_desk():
    return MemberViewSet("members_desk")
