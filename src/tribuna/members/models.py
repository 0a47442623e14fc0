"""Members, plans, payments and the records a membership secretary keeps.

State changes go through `lifecycle.py`, never through `save()` in views or forms.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from tribuna.base.restrictions import RememberedViewRestrictions
from tribuna.base.locales import default_language, language_field
from tribuna.base.wording import LocalNameMixin, Wording


class Period(models.TextChoices):
    ANNUAL = "annual", _("Annual")
    MONTHLY = "monthly", _("Monthly")
    LIFETIME = "lifetime", _("Lifetime")


class PlanKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    CONCESSION = "concession", _("Concession")
    ORGANISATION = "organisation", _("Organisation")


class Plan(LocalNameMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PlanKind.choices, default=PlanKind.INDIVIDUAL)
    price = models.DecimalField(_("price"), max_digits=8, decimal_places=2, default=0)
    currency = models.CharField(_("currency"), max_length=3, default="GBP")
    period = models.CharField(_("period"), max_length=10, choices=Period.choices, default=Period.ANNUAL)
    is_public = models.BooleanField(_("offered on the join page"), default=True)
    is_retired = models.BooleanField(
        _("retired"), default=False, help_text=_("No new members; existing members keep it.")
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("price"), FieldPanel("currency"), FieldPanel("period")], heading=_("Price")),
        FieldPanel("is_public"),
        FieldPanel("is_retired"),
        FieldPanel("sort_order"),
        InlinePanel("wordings", label=_("In other languages")),
    ]

    class Meta:
        ordering = ["sort_order", "price"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self):
        return self.name

    @property
    def is_free(self) -> bool:
        return self.price == 0


class PlanWording(Wording, Orderable):
    plan = ParentalKey(Plan, on_delete=models.CASCADE, related_name="wordings")
    name = models.CharField(_("name"), max_length=100, blank=True)
    description = models.TextField(_("description"), blank=True)

    translates = ("name", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "language"], name="one_plan_wording_per_language")]


class Status(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACTIVE = "active", _("Active")
    GRACE = "grace", _("Grace")
    LAPSED = "lapsed", _("Lapsed")
    CANCELLED = "cancelled", _("Cancelled")


class PaymentMethod(models.TextChoices):
    CARD = "card", _("Card")
    STANDING_ORDER = "standing_order", _("Standing order")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")
    CHEQUE = "cheque", _("Cheque")
    CASH = "cash", _("Cash")
    NONE = "none", _("None (free plan)")


# Letters and digits that cannot be confused when read out or typed from a bank statement.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_payment_reference() -> str:
    return "M" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(7))


class Member(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="member"
    )
    name = models.CharField(_("name"), max_length=150, db_index=True)  # the desk lists by name
    email = models.EmailField(_("e-mail"), db_index=True)
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="members", verbose_name=_("plan"))
    next_plan = models.ForeignKey(
        Plan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("plan from the next renewal"),
        help_text=_("Chosen by the member; the paid period keeps its plan, this one starts at renewal."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    payment_method = models.CharField(_("payment method"), max_length=20, choices=PaymentMethod.choices)
    payment_reference = models.CharField(_("payment reference"), max_length=12, unique=True, default=new_payment_reference)
    expires_on = models.DateField(_("paid up to"), null=True, blank=True, db_index=True)
    auto_renews = models.BooleanField(_("renews automatically"), default=False)
    address = models.TextField(_("postal address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    language = language_field(default=default_language, help_text=_("Every e-mail we send them is in this language."))
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(_("account closed"), null=True, blank=True)
    stripe_customer = models.CharField(max_length=64, blank=True, db_index=True)
    stripe_subscription = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.name or self.payment_reference

    @property
    def is_current(self) -> bool:
        """Members-only content and benefits are open in these states."""
        return self.status in {Status.ACTIVE, Status.GRACE}


class StatusChange(models.Model):
    """One row for every change of status: the member's history."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=10, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=Status.choices)
    reason = models.CharField(max_length=200)
    expires_on = models.DateField(null=True, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["changed_at", "pk"]


class Payment(models.Model):
    """Money received. Kept (anonymised) when a member closes their account: the accounts need it."""

    member = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="payments")
    donation = models.ForeignKey(
        "Donation", on_delete=models.SET_NULL, null=True, blank=True, related_name="payments"
    )
    purpose = models.CharField(
        _("for"), max_length=20, choices=[("membership", _("Membership")), ("donation", _("Donation"))], default="membership"
    )
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, default="GBP")
    method = models.CharField(_("method"), max_length=20, choices=PaymentMethod.choices)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    note = models.CharField(_("note"), max_length=200, blank=True)
    external_id = models.CharField(max_length=100, unique=True, null=True, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")

    @property
    def receipt_number(self) -> str:
        return f"R{self.pk:06d}"


class StripeEvent(models.Model):
    """Each Stripe event is applied once, however often it is delivered."""

    event_id = models.CharField(max_length=64, unique=True)
    type = models.CharField(max_length=64)
    received_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=200, blank=True)


class Consent(models.Model):
    """What someone agreed to, in the words they were shown, when and where."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="consents")
    topic = models.CharField(max_length=40)  # e.g. "newsletter"
    given = models.BooleanField()
    wording = models.TextField()
    source = models.CharField(max_length=200)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "pk"]


class GiftAidDeclaration(models.Model):
    """The fields HMRC requires: full name, home address, postcode, the declaration, its date."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, null=True, blank=True, related_name="gift_aid_declarations"
    )
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    house = models.CharField(max_length=100)
    postcode = models.CharField(max_length=12)
    wording = models.TextField()
    declared_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # Set when the member closed their account: kept until then for HMRC, then erased.
    keep_until = models.DateField(null=True, blank=True)


class Frequency(models.TextChoices):
    ONE_OFF = "one_off", _("Once")
    MONTHLY = "monthly", _("Every month")


class Donation(models.Model):
    """A gift, once or monthly, from a member or anyone else."""

    reference = models.CharField(max_length=12, unique=True, default=new_payment_reference)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), db_index=True)
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="GBP")
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF)
    method = models.CharField(_("method"), max_length=20, choices=PaymentMethod.choices)
    member = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="donations")
    gift_aid = models.ForeignKey(
        GiftAidDeclaration, on_delete=models.SET_NULL, null=True, blank=True, related_name="donations"
    )
    stripe_subscription = models.CharField(max_length=64, blank=True, db_index=True)
    language = language_field(
        default=default_language, help_text=_("Receipts and instructions are sent in this language.")
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("donation")
        verbose_name_plural = _("donations")

    def __str__(self):
        return f"{self.reference} {self.name}"


class MailSent(models.Model):
    """Messages sent to a member; `key` makes a reminder go out once."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="mail_sent")
    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=80, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind", "key"], condition=~models.Q(key=""), name="mail_sent_once_per_key"
            )
        ]


@register_setting(icon="group")
class MembershipSettings(ClusterableModel, BaseSiteSetting):
    bank_account_name = models.CharField(_("account name"), max_length=100, blank=True)
    bank_sort_code = models.CharField(_("sort code"), max_length=8, blank=True)
    bank_account_number = models.CharField(_("account number"), max_length=12, blank=True)
    bank_name = models.CharField(_("bank"), max_length=100, blank=True)
    grace_days = models.PositiveIntegerField(
        _("grace period (days)"), default=30, help_text=_("How long after expiry a member stays in grace before lapsing.")
    )
    reminder_days = models.CharField(
        _("renewal reminders (days before expiry)"),
        max_length=50,
        default="30,7,0",
        help_text=_("Comma-separated; 0 sends one on the day of expiry."),
    )
    newsletter_consent_wording = models.CharField(
        _("newsletter consent wording"),
        max_length=300,
        default=_("Yes, send me the newsletter by e-mail. I can unsubscribe at any time."),
    )
    gift_aid_wording = models.TextField(
        _("Gift Aid declaration wording"),
        default=_(
            "I am a UK taxpayer and I want this organisation to claim Gift Aid on my membership "
            "and on every gift I make to it, from now on and over the last four years. I know "
            "that if the Income Tax and Capital Gains Tax I pay in a tax year is less than the "
            "Gift Aid claimed on all my gifts that year, I must pay the difference."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("bank_account_name"), FieldPanel("bank_name"), FieldPanel("bank_sort_code"), FieldPanel("bank_account_number")],
            heading=_("Bank details for standing orders and transfers"),
        ),
        MultiFieldPanel([FieldPanel("grace_days"), FieldPanel("reminder_days")], heading=_("Renewals")),
        MultiFieldPanel([FieldPanel("newsletter_consent_wording"), FieldPanel("gift_aid_wording")], heading=_("Wording")),
        InlinePanel(
            "wordings",
            label=_("Wording in other languages"),
            help_text=_("Left blank, an unedited wording is shown in its own translation."),
        ),
    ]

    class Meta:
        verbose_name = _("membership")

    def reminder_offsets(self) -> list[int]:
        days = []
        for part in self.reminder_days.split(","):
            if part.strip().isdigit():
                days.append(int(part))
        return sorted(set(days), reverse=True)


class MembershipWording(Wording, Orderable):
    owner = ParentalKey(MembershipSettings, on_delete=models.CASCADE, related_name="wordings")
    newsletter_consent_wording = models.CharField(_("newsletter consent wording"), max_length=300, blank=True)
    gift_aid_wording = models.TextField(_("Gift Aid declaration wording"), blank=True)

    translates = ("newsletter_consent_wording", "gift_aid_wording")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "language"], name="one_membership_wording_per_language")]


class DonatePage(RoutablePageMixin, RememberedViewRestrictions, Page):
    """ "Support our work": one-off and monthly gifts, by card or standing order."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    suggested_amounts = models.CharField(
        _("suggested amounts (£)"), max_length=100, default="10,25,50,100", help_text=_("Comma-separated.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("suggested_amounts")]
    max_count_per_parent = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("donation page")

    def amounts(self) -> list[int]:
        return [int(part) for part in self.suggested_amounts.split(",") if part.strip().isdigit()]

    @path("")
    def donate(self, request):
        from . import donation_views

        return donation_views.donate(request, self)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        from . import donation_views

        return donation_views.thanks(request, self)


class JoinPage(RoutablePageMixin, RememberedViewRestrictions, Page):
    """ "Become a member": the plans, the join form, and what happens next."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    thanks = RichTextField(
        _("after joining"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown after the form is sent, above the instructions to check e-mail."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("thanks")]
    max_count_per_parent = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("join page")

    @path("")
    def join(self, request):
        from . import views

        return views.join(request, self)

    @path("thanks/", name="thanks")
    def joined(self, request):
        from . import views

        return views.joined(request, self)


class ImportState(models.TextChoices):
    QUEUED = "queued", _("Waiting to be checked")
    CHECKING = "checking", _("Checking")
    CHECKED = "checked", _("Checked: waiting for you to confirm")
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Could not be imported")


class ImportRun(models.Model):
    """A CSV import on the desk; the work is in `import_runs.py`."""

    filename = models.CharField(_("file"), max_length=255)
    data = models.BinaryField(blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=10, choices=ImportState.choices, default=ImportState.QUEUED)
    message = models.TextField(blank=True)
    encoding = models.CharField(max_length=20, blank=True)
    ignored_columns = models.JSONField(default=list)
    checked = models.JSONField(default=dict)  # counts per action from the dry run
    errors = models.JSONField(default=list)  # [{line, email, problems}], the first MAX_LISTED_ERRORS
    written = models.PositiveIntegerField(default=0)
    to_write = models.PositiveIntegerField(default=0)
    result = models.JSONField(default=dict)  # counts per action from the import itself
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("member import")

    def __str__(self):
        return self.filename

    @property
    def is_busy(self) -> bool:
        return self.state in {ImportState.QUEUED, ImportState.CHECKING, ImportState.IMPORTING}

    @property
    def percent(self) -> int:
        return int(100 * self.written / self.to_write) if self.to_write else 0
