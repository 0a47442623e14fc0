from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard import MembershipPanel, may_see_membership
from .desk import MemberViewSet
from .models import Donation, Plan
from .reports import gift_aid_report


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "tag"
    list_display = ["name", "kind", "price", "period", "is_public", "is_retired"]
    ordering = ["sort_order", "price"]


register_snippet(PlanViewSet)


@hooks.register("register_admin_viewset")
def register_member_desk():
    return MemberViewSet("members_desk")


class DonationViewSet(ModelViewSet):
    model = Donation
    icon = "pick"
    menu_label = _("Donations")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "email", "amount", "frequency", "method", "created_at"]
    list_filter = ["frequency", "method"]
    search_fields = ["name", "email", "reference"]
    list_export = ["reference", "name", "email", "amount", "frequency", "method", "created_at"]
    form_fields = ["name", "email"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_donations():
    return DonationViewSet("donations")


@hooks.register("register_admin_urls")
def report_urls():
    return [path("gift-aid/", gift_aid_report, name="gift_aid_report")]


@hooks.register("register_admin_menu_item")
def gift_aid_menu_item():
    item = MenuItem(_("Gift Aid report"), reverse("gift_aid_report"), icon_name="form", order=170)
    item.is_shown = lambda request: request.user.has_perm("members.view_payment") or request.user.is_superuser
    return item


@hooks.register("construct_homepage_panels")
def membership_dashboard_panel(request, panels):
    if may_see_membership(request.user):
        panels.append(MembershipPanel())
