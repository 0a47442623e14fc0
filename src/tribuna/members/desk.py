"""The membership secretary's desk in Wagtail's admin: the member list, a member's file,
and recording payments that arrive by standing order, transfer, cheque or cash."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import lifecycle
from .csv_safety import spreadsheet_safe
from .forms import RecordPaymentForm
from .models import Donation, Member


class NoAddPolicy(ModelPermissionPolicy):
    """Members join through the site (or an import), so that every one starts with a history."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Member, NoAddPolicy(Member))
register_permission_policy(Donation, NoAddPolicy(Donation))


class MemberIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value


class MemberFileView(InspectView):
    template_name = "members/desk/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        member = self.object
        context.update(
            member=member,
            payments=member.payments.all(),
            status_changes=member.status_changes.select_related("changed_by"),
            consents=member.consents.all(),
            mail_sent=member.mail_sent.all(),
            declarations=member.gift_aid_declarations.all(),
            record_payment_url=reverse("members_desk:record_payment", args=[member.pk]),
        )
        return context


class MemberViewSet(ModelViewSet):
    model = Member
    icon = "group"
    menu_label = gettext_lazy("Members")
    menu_order = 150
    add_to_admin_menu = True
    url_namespace = "members_desk"
    url_prefix = "members"
    list_display = ["name", "email", "plan", "status", "expires_on", "payment_method"]
    list_filter = ["status", "plan", "payment_method"]
    search_fields = ["name", "email", "payment_reference"]
    list_export = ["name", "email", "plan", "status", "expires_on", "payment_method", "payment_reference", "postcode"]
    export_filename = "members"
    form_fields = ["name", "email", "plan", "payment_method", "address", "postcode"]
    index_view_class = MemberIndexView
    inspect_view_enabled = True
    inspect_view_class = MemberFileView
    inspect_view_fields = ["name", "email", "plan", "status", "expires_on", "payment_method", "payment_reference", "auto_renews", "address", "postcode", "joined_at", "email_confirmed_at"]
    copy_view_enabled = False
    ordering = ["name"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("record-payment/<int:pk>/", require_admin_access(record_payment), name="record_payment"),
        ]


def record_payment(request, pk):
    member = get_object_or_404(Member, pk=pk)
    if not request.user.has_perm("members.change_member"):
        return redirect("wagtailadmin_home")
    form = RecordPaymentForm(request.POST or None, initial={"amount": member.plan.price, "method": member.payment_method})
    if request.method == "POST" and form.is_valid():
        payment = lifecycle.record_payment(member, recorded_by=request.user, **form.cleaned_data)
        member.refresh_from_db()
        messages.success(
            request,
            _("Payment %(receipt)s recorded; %(name)s is %(status)s until %(date)s.")
            % {
                "receipt": payment.receipt_number,
                "name": member.name,
                "status": member.get_status_display().lower(),
                "date": date_format(member.expires_on, "DATE_FORMAT") if member.expires_on else "—",
            },
        )
        return redirect("members_desk:inspect", member.pk)
    return TemplateResponse(request, "members/desk/record_payment.html", {"member": member, "form": form})
