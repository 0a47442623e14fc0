"""Newsletters, the people who receive them, campaigns, and one delivery row per recipient.

Who may be sent what is decided in `audience.py`; sending happens in `delivery.py`, in the
worker, never in the web process.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin

from tribuna.base.locales import language_field
from tribuna.base.wording import LocalNameMixin, Wording


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Anyone who subscribes")
    MEMBERS = "members", _("Current members only")


class Newsletter(LocalNameMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Also names the list in mail headers (List-Id)."))
    description = models.CharField(_("description"), max_length=300, blank=True)
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE)
    offered_publicly = models.BooleanField(
        _("offered on the subscribe form"), default=True, help_text=_("Members-only newsletters are offered to members only.")
    )
    members_by_consent = models.BooleanField(
        _("members who agreed to news by e-mail receive it"),
        default=True,
        help_text=_("Members who ticked the newsletter box when joining (or later) are subscribed."),
    )
    sender_name = models.CharField(_("sender name"), max_length=100, blank=True, help_text=_("Blank: the organisation's name."))
    reply_to = models.EmailField(_("reply-to address"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("offered_publicly"),
        FieldPanel("members_by_consent"),
        MultiFieldPanel([FieldPanel("sender_name"), FieldPanel("reply_to")], heading=_("Sender")),
        FieldPanel("sort_order"),
        InlinePanel("wordings", label=_("In other languages")),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")

    def __str__(self):
        return self.name


class NewsletterWording(Wording, Orderable):
    newsletter = ParentalKey(Newsletter, on_delete=models.CASCADE, related_name="wordings")
    name = models.CharField(_("name"), max_length=100, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    translates = ("name", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["newsletter", "language"], name="one_newsletter_wording_per_language")]


class SubscriberStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Unconfirmed")
    SUBSCRIBED = "subscribed", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    BOUNCED = "bounced", _("Bounced")
    COMPLAINED = "complained", _("Complained")


class Subscriber(models.Model):
    """An address we may send newsletters to; mail goes only while `subscribed`."""

    email = models.EmailField(_("e-mail"), unique=True)  # stored lower-case
    name = models.CharField(_("name"), max_length=150, blank=True)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    status = models.CharField(
        _("status"), max_length=12, choices=SubscriberStatus.choices, default=SubscriberStatus.UNCONFIRMED, db_index=True
    )
    member = models.OneToOneField(
        "members.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="subscriber"
    )
    newsletters = models.ManyToManyField(Newsletter, through="Subscription", related_name="subscribers")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)  # at most one an hour
    soft_bounces = models.PositiveIntegerField(_("soft bounces"), default=0)
    soft_bounced_at = models.DateTimeField(_("last soft bounce"), null=True, blank=True)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email


class Subscription(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="subscriptions")
    subscribed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "newsletter"], name="one_subscription_per_list")]


class SubscriberConsent(models.Model):
    """What someone agreed to (or withdrew), in the words shown, when and where."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    newsletter = models.ForeignKey(Newsletter, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    given = models.BooleanField()
    wording = models.TextField()
    source = models.CharField(max_length=200)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "pk"]


class SuppressionReason(models.TextChoices):
    HARD_BOUNCE = "hard_bounce", _("Hard bounce")
    SOFT_BOUNCES = "soft_bounces", _("Repeated soft bounces")
    COMPLAINT = "complaint", _("Spam complaint")
    MANUAL = "manual", _("Added by staff")


class Suppression(models.Model):
    """Addresses nothing bulk is ever sent to, whatever their subscriptions say."""

    email = models.EmailField(_("e-mail"), unique=True)
    reason = models.CharField(_("reason"), max_length=20, choices=SuppressionReason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("since"), default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppression list")

    def __str__(self):
        return self.email


class CampaignState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    CANCELLED = "cancelled", _("Cancelled")


class Campaign(PreviewableMixin, ClusterableModel):
    """One issue of one or more newsletters."""

    subject = models.CharField(_("subject"), max_length=150)
    preheader = models.CharField(
        _("preheader"), max_length=150, blank=True, help_text=_("The line mail programs show after the subject.")
    )
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    newsletters = ParentalManyToManyField(Newsletter, related_name="campaigns", verbose_name=_("send to"))
    web_version = models.BooleanField(
        _("publish a web version"), default=True, help_text=_("After sending, shown in the newsletter archive on the site.")
    )
    state = models.CharField(_("state"), max_length=10, choices=CampaignState.choices, default=CampaignState.DRAFT, db_index=True)
    send_at = models.DateTimeField(_("send at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    started_at = models.DateTimeField(null=True, blank=True)
    prepared_at = models.DateTimeField(null=True, blank=True)  # rendered, deliveries created (by a worker)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Rendered once when sending starts; each recipient's copy is these with their links.
    rendered_html = models.TextField(blank=True)
    rendered_text = models.TextField(blank=True)
    # Counted only when the group switched counting on (NewsletterSettings): a total, never
    # who. Loading the images of any copy adds one; some mail programs never load them.
    opens = models.PositiveIntegerField(_("opens"), default=0, editable=False)

    panels = [
        FieldPanel("subject"),
        FieldPanel("preheader"),
        FieldPanel("newsletters", widget=forms.CheckboxSelectMultiple),
        FieldPanel("introduction"),
        InlinePanel("articles", heading=_("Articles"), label=_("article")),
        InlinePanel(
            "versions",
            heading=_("In other languages"),
            label=_("version"),
            help_text=_(
                "Subscribers who read another language get its version: its subject and introduction, and the "
                "articles' own translations where they exist. Everyone else gets the campaign above."
            ),
        ),
        FieldPanel("web_version"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.subject

    @property
    def is_editable(self) -> bool:
        # Once sending starts, the campaign is a record of what was sent.
        return self.state in {CampaignState.DRAFT, CampaignState.SCHEDULED}

    def version_in(self, language: str):
        """The version written for `language`, if any (works on an unsaved campaign too)."""
        return next((version for version in self.versions.all() if version.language == language), None)

    # The admin's live preview shows both parts, in every language; see admin_views.preview_response.
    @property
    def preview_modes(self):
        modes = [("html", _("E-mail")), ("text", _("Plain text"))]
        for code, name in settings.LANGUAGES[1:]:
            modes += [(f"html:{code}", f"{_('E-mail')} ({name})"), (f"text:{code}", f"{_('Plain text')} ({name})")]
        return modes

    def serve_preview(self, request, mode_name):
        from .admin_views import preview_response

        return preview_response(request, self, mode_name)


class CampaignArticle(Orderable):
    campaign = ParentalKey(Campaign, on_delete=models.CASCADE, related_name="articles")
    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("article"))

    panels = [PageChooserPanel("article", "news.ArticlePage")]


class CampaignVersion(Orderable):
    """The campaign in another language. Blank fields are taken from the campaign."""

    campaign = ParentalKey(Campaign, on_delete=models.CASCADE, related_name="versions")
    language = language_field()
    subject = models.CharField(_("subject"), max_length=150, blank=True)
    preheader = models.CharField(_("preheader"), max_length=150, blank=True)
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    # This language's copy as it was sent, like Campaign.rendered_*.
    rendered_html = models.TextField(blank=True, editable=False)
    rendered_text = models.TextField(blank=True, editable=False)

    panels = [FieldPanel("language"), FieldPanel("subject"), FieldPanel("preheader"), FieldPanel("introduction")]

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "language"], name="one_campaign_version_per_language")]
        verbose_name = _("campaign version")

    def clean(self):
        if self.language == settings.LANGUAGE_CODE:
            raise ValidationError({"language": _("The campaign itself is in the default language.")})


class CampaignLink(models.Model):
    """One link in a sent campaign, when opens and clicks are counted: every recipient's copy
    points to `/newsletters/c/<campaign>/<position>/`, which adds one to `clicks` and sends
    the reader on to `url`. Nothing in it tells one reader from another."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="links")
    position = models.PositiveIntegerField()
    url = models.URLField(max_length=2000)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["campaign", "position"]
        constraints = [models.UniqueConstraint(fields=["campaign", "position"], name="one_link_per_position")]
        verbose_name = _("campaign link")
        verbose_name_plural = _("campaign links")

    def __str__(self):
        return self.url


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")  # claimed by a worker
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Not sent: unsubscribed or suppressed before their turn")


class Delivery(models.Model):
    """One recipient of one campaign: the row that makes sure they get it once."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries")
    email = models.EmailField()
    name = models.CharField(max_length=150, blank=True)
    state = models.CharField(max_length=10, choices=DeliveryState.choices, default=DeliveryState.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claim = models.CharField(max_length=100, blank=True)  # the worker holding it: host, pid, start time
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)  # the rate limit counts the last minute
    error = models.CharField(max_length=300, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    complained_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "email"], name="one_delivery_per_recipient")]
        indexes = [models.Index(fields=["campaign", "state", "next_attempt_at"], name="delivery_queue")]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")


class MailEvent(models.Model):
    """A provider's report (bounce, complaint, unsubscribe) that has been acted on, kept so
    that a report delivered twice is applied once. No address: the suppression list and the
    subscriber hold what matters, and erasure need not look here. See `bounces.py`."""

    event_id = models.CharField(max_length=200, unique=True)  # "<provider>:<its event id>"
    kind = models.CharField(max_length=20)  # hard_bounce, soft_bounce, complaint, unsubscribe
    delivery = models.ForeignKey(Delivery, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    message_id = models.CharField(max_length=300, blank=True, db_index=True)  # a soft bounce counts once per message
    received_at = models.DateTimeField(default=timezone.now)


@register_setting(icon="mail")
class NewsletterSettings(ClusterableModel, BaseSiteSetting):
    messages_per_minute = models.PositiveIntegerField(
        _("messages per minute"),
        default=3000,
        help_text=_("The most the workers send together; ask your mail provider what it allows."),
    )
    soft_bounce_limit = models.PositiveIntegerField(
        _("soft bounces before an address is suppressed"), default=3
    )
    postal_address = models.CharField(
        _("postal address in every newsletter"),
        max_length=300,
        blank=True,
        help_text=_("Bulk mail should say who sends it and where they can be reached."),
    )
    subscribe_wording = models.CharField(
        _("subscribe form wording"),
        max_length=300,
        default=_("Send me these newsletters by e-mail. I can unsubscribe at any time with one click."),
    )
    track_opens_and_clicks = models.BooleanField(
        _("count opens and clicks"),
        default=False,
        help_text=_(
            "Off by default. When on, newsletters sent from then on count how many times each issue "
            "is opened (a tiny image; only when the reader's mail program loads images) and how many "
            "times each link in it is followed. Only totals per issue and per link are kept, never who "
            "opened or clicked. If you switch it on, your privacy notice must say so."
        ),
    )

    panels = [
        FieldPanel("messages_per_minute"),
        FieldPanel("soft_bounce_limit"),
        FieldPanel("postal_address"),
        FieldPanel("subscribe_wording"),
        InlinePanel(
            "wordings",
            label=_("Wording in other languages"),
            help_text=_("Left blank, an unedited wording is shown in its own translation."),
        ),
        FieldPanel("track_opens_and_clicks"),
    ]

    class Meta:
        verbose_name = _("newsletters")


from .pages import NewsletterArchivePage  # noqa: E402,F401


class NewsletterSettingsWording(Wording, Orderable):
    owner = ParentalKey(NewsletterSettings, on_delete=models.CASCADE, related_name="wordings")
    subscribe_wording = models.CharField(_("subscribe wording"), max_length=300, blank=True)

    translates = ("subscribe_wording",)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "language"], name="one_newsletter_settings_wording_per_language")]
