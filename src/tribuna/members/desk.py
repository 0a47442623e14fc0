"""The membership secretary's desk in Wagtail's admin: the member list, a member's file,
and recording payments that arrive by standing order, transfer, cheque or cash."""

import datetime as dt
from functools import wraps

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import require_admin_access
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import lifecycle
from .csv_safety import spreadsheet_safe
from .forms import RecordPaymentForm
from .models import Donation, Member, PaymentMethod, Plan, Status
from .periods import add_months


def secretary_only(view):
    """Admin pages that change members: for staff allowed to change members, nobody else."""

    @wraps(view)
    @require_admin_access
    def checked(request, *args, **kwargs):
        if not request.user.has_perm("members.change_member"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


class NoAddPolicy(ModelPermissionPolicy):
    """Members join through the site (or an import), so that every one starts with a history."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Member, NoAddPolicy(Member))
register_permission_policy(Donation, NoAddPolicy(Donation))


def expiry_months():
    """A year either side of this month: the months a secretary chases renewals in."""
    this_month = timezone.localdate().replace(day=1)
    months = [add_months(this_month, offset) for offset in range(-12, 13)]
    return [(month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT")) for month in months]


class MemberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    plan = django_filters.ModelChoiceFilter(label=gettext_lazy("Plan"), queryset=Plan.objects.all())
    payment_method = django_filters.ChoiceFilter(label=gettext_lazy("Payment method"), choices=PaymentMethod.choices)
    expires_month = django_filters.ChoiceFilter(
        label=gettext_lazy("Paid up to (month)"), choices=expiry_months, method="filter_expires_month"
    )

    class Meta:
        model = Member
        fields = ["status", "plan", "payment_method"]

    def filter_expires_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        first = dt.date(year, month, 1)
        return queryset.filter(expires_on__gte=first, expires_on__lt=add_months(first, 1))


class MemberIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("members.change_member"):
            buttons.append(HeaderButton(_("Import from CSV"), url=reverse("members_desk:import"), icon_name="upload"))
        return buttons

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("plan")

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value


class MemberForm(forms.ModelForm):
    """The desk's edit form. A new plan goes through `lifecycle.change_plan` (history, mail,
    the paid period keeping its plan), not straight into the row."""

    def clean_plan(self):
        plan = self.cleaned_data["plan"]
        member = Member.objects.select_related("plan", "next_plan").get(pk=self.instance.pk)
        if plan == lifecycle.plan_for_next_payment(member):
            return plan
        if member.auto_renews and member.stripe_subscription:
            raise forms.ValidationError(
                _("This member pays by card subscription: they change plan from their account page, so that the card is charged the new price.")
            )
        problem = lifecycle.plan_change_problem(member, plan, staff=True)
        if problem:
            raise forms.ValidationError(problem)
        return plan


class MemberEditView(EditView):
    def save_instance(self):
        wanted = self.form.cleaned_data["plan"]
        member = self.form.save(commit=False)
        before = Member.objects.select_related("plan", "next_plan").get(pk=member.pk)
        member.plan, member.next_plan = before.plan, before.next_plan
        member.save()
        if wanted != lifecycle.plan_for_next_payment(before):
            lifecycle.change_plan(member, wanted, staff=True, changed_by=self.request.user)
        return member


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
    filterset_class = MemberFilterSet
    search_fields = ["name", "email", "payment_reference"]
    list_export = ["name", "email", "plan", "status", "expires_on", "payment_method", "payment_reference", "postcode", "language"]
    export_filename = "members"
    form_fields = ["name", "email", "language", "plan", "payment_method", "address", "postcode"]
    index_view_class = MemberIndexView
    edit_view_class = MemberEditView
    inspect_view_enabled = True
    inspect_view_class = MemberFileView
    inspect_view_fields = ["name", "email", "plan", "next_plan", "status", "expires_on", "payment_method", "payment_reference", "auto_renews", "address", "postcode", "language", "joined_at", "email_confirmed_at"]
    copy_view_enabled = False
    ordering = ["name"]

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(
            Member, form=MemberForm, fields=self.form_fields, formfield_callback=self.formfield_for_dbfield
        )

    def get_urlpatterns(self):
        from . import desk_import

        return super().get_urlpatterns() + [
            path("record-payment/<int:pk>/", record_payment, name="record_payment"),
            path("import/", desk_import.upload, name="import"),
            path("import/<int:pk>/", desk_import.run_status, name="import_run"),
            path("import/<int:pk>/confirm/", desk_import.confirm, name="import_confirm"),
            path("import/<int:pk>/errors.csv", desk_import.error_report, name="import_errors"),
        ]


@secretary_only
def record_payment(request, pk):
    member = get_object_or_404(Member, pk=pk)
    due = lifecycle.plan_for_next_payment(member).price
    form = RecordPaymentForm(request.POST or None, initial={"amount": due, "method": member.payment_method})
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
