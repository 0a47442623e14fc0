"""Forms members fill in: join, sign-in request, their details, a change of plan."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tribuna.base.locales import language_choices
from tribuna.base.wording import with_wordings

from .account import price_label
from .lifecycle import plan_change_problem, plans_to_switch_to
from .models import PaymentMethod, Plan

MANUAL_METHODS = [
    (PaymentMethod.STANDING_ORDER, _("Standing order (we send you our bank details)")),
    (PaymentMethod.BANK_TRANSFER, _("Bank transfer (we send you our bank details)")),
]


class GiftAidMixin:
    """The fields HMRC needs for a Gift Aid declaration, checked only when it is ticked."""

    def check_gift_aid(self, data):
        if not data.get("gift_aid"):
            return
        for field in ("house", "postcode"):
            if not data.get(field):
                self.add_error(field, _("Needed for Gift Aid: HMRC asks for your home address."))
        if len((data.get("name") or "").split()) < 2:
            self.add_error("name", _("For Gift Aid, please give your first name and surname."))

    def gift_aid_details(self) -> dict | None:
        data = self.cleaned_data
        if not data.get("gift_aid"):
            return None
        first, _, last = data["name"].strip().partition(" ")
        return {
            "title": data["title"],
            "first_name": first,
            "last_name": last.strip(),
            "house": data["house"],
            "postcode": data["postcode"].upper(),
        }


class JoinForm(GiftAidMixin, forms.Form):
    plan = forms.ModelChoiceField(
        label=_("Membership"),
        queryset=Plan.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
    )
    name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    payment_method = forms.ChoiceField(
        label=_("How you will pay"), choices=MANUAL_METHODS, widget=forms.RadioSelect, required=False
    )
    newsletter = forms.BooleanField(label="", required=False)
    gift_aid = forms.BooleanField(label=_("Add Gift Aid"), required=False)
    title = forms.CharField(label=_("Title (optional)"), max_length=20, required=False)
    house = forms.CharField(label=_("House name or number"), max_length=100, required=False)
    address = forms.CharField(
        label=_("Postal address"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    postcode = forms.CharField(label=_("Postcode"), max_length=12, required=False)
    # Left empty by people; bots fill every field they see.
    website = forms.CharField(label=_("Leave this empty"), required=False)

    def __init__(self, *args, newsletter_wording: str, cards: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = with_wordings(Plan.objects.filter(is_public=True, is_retired=False))
        self.fields["plan"].label_from_instance = lambda plan: plan.local_name
        if cards:
            self.fields["payment_method"].choices = [(PaymentMethod.CARD, _("Card (secure payment page)"))] + MANUAL_METHODS
        self.fields["newsletter"].label = newsletter_wording
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["address"].widget.attrs["autocomplete"] = "street-address"
        self.fields["postcode"].widget.attrs["autocomplete"] = "postal-code"

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean(self):
        data = super().clean()
        plan = data.get("plan")
        if plan is not None and not plan.is_free and not data.get("payment_method"):
            self.add_error("payment_method", _("Please choose how you will pay."))
        self.check_gift_aid(data)
        return data


class SignInForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"


class DetailsForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=150)
    address = forms.CharField(
        label=_("Postal address"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    postcode = forms.CharField(label=_("Postcode"), max_length=12, required=False)
    language = forms.ChoiceField(label=_("Language of our e-mails"), choices=language_choices)


class RecordPaymentForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount"), max_digits=10, decimal_places=2, min_value=0)
    method = forms.ChoiceField(
        label=_("Method"),
        choices=[
            (PaymentMethod.STANDING_ORDER, _("Standing order")),
            (PaymentMethod.BANK_TRANSFER, _("Bank transfer")),
            (PaymentMethod.CHEQUE, _("Cheque")),
            (PaymentMethod.CASH, _("Cash")),
        ],
    )
    received_on = forms.DateField(label=_("Received on"))
    note = forms.CharField(label=_("Note"), max_length=200, required=False)

    def clean_received_on(self):
        from django.utils import timezone

        day = self.cleaned_data["received_on"]
        if day > timezone.localdate():
            raise ValidationError(_("A payment cannot be received in the future."))
        return day


class DonateForm(GiftAidMixin, forms.Form):
    amount = forms.ChoiceField(label=_("Amount"), widget=forms.RadioSelect, required=False)
    other_amount = forms.DecimalField(
        label=_("Another amount (£)"), required=False, min_value=1, max_value=100000, decimal_places=2
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=[("one_off", _("Once")), ("monthly", _("Every month"))],
        widget=forms.RadioSelect,
        initial="one_off",
    )
    name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    method = forms.ChoiceField(
        label=_("How you will pay"),
        choices=[(PaymentMethod.STANDING_ORDER, _("Standing order (we send you our bank details)"))],
        widget=forms.RadioSelect,
    )
    gift_aid = forms.BooleanField(label=_("Add Gift Aid"), required=False)
    title = forms.CharField(label=_("Title (optional)"), max_length=20, required=False)
    house = forms.CharField(label=_("House name or number"), max_length=100, required=False)
    postcode = forms.CharField(label=_("Postcode"), max_length=12, required=False)
    website = forms.CharField(label=_("Leave this empty"), required=False)

    def __init__(self, *args, amounts: list[int], cards: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].choices = [(str(a), f"£{a}") for a in amounts]
        if cards:
            self.fields["method"].choices = [(PaymentMethod.CARD, _("Card (secure payment page)"))] + list(
                self.fields["method"].choices
            )
            self.fields["method"].initial = PaymentMethod.CARD

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean(self):
        data = super().clean()
        if not data.get("amount") and not data.get("other_amount"):
            self.add_error("other_amount", _("Please choose or type an amount."))
        self.check_gift_aid(data)
        return data

    def chosen_amount(self):
        from decimal import Decimal

        return self.cleaned_data.get("other_amount") or Decimal(self.cleaned_data["amount"])


class PlanChangeForm(forms.Form):
    """A member chooses another plan. Any plan id is looked up, so that a retired or
    staff-only plan, or their own, gets a clear answer rather than "not a valid choice"."""

    plan = forms.ModelChoiceField(
        label=_("Change to"),
        queryset=Plan.objects.all(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Please choose a plan."),
            "invalid_choice": _("Please choose one of the plans listed."),
        },
    )

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member
        self.fields["plan"].widget.choices = [(plan.pk, self.label(plan)) for plan in plans_to_switch_to(member)]

    def label(self, plan) -> str:
        values = {"plan": plan.local_name, "price": price_label(plan)}
        if plan.pk == self.member.plan_id:  # offered only while a change waits: choosing it withdraws the change
            return gettext("Keep %(plan)s (%(price)s)") % values
        return "%(plan)s (%(price)s)" % values

    def clean_plan(self):
        plan = self.cleaned_data["plan"]
        problem = plan_change_problem(self.member, plan)
        if problem:
            raise ValidationError(problem)
        return plan
