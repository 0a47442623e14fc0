"""Bounces, complaints and unsubscribes that the mail provider reports, through
django-anymail's tracking webhooks (`/webhooks/mail/<provider>/tracking/`; refused until
ANYMAIL_WEBHOOK_SECRET is set, see `tribuna.mail.webhooks`). Anymail checks the post and
turns it into an `AnymailTrackingEvent`; `on_tracking_event` decides what it means here:

- a hard bounce (the address does not exist, or the provider will not send to it again):
  the address goes on the suppression list with the provider's words, the subscriber is
  marked bounced, and the campaign counts the delivery as bounced;
- a soft bounce (a full mailbox, a server away for a while): one more on the subscriber's
  count, once per message however often the provider retries it; at the site's limit
  (NewsletterSettings.soft_bounce_limit) the address is suppressed and marked bounced.
  The count starts again after SOFT_BOUNCES_FORGOTTEN_AFTER without one: a mailbox that
  is full once a year is not a dead address;
- a complaint (marked as spam): suppressed, the subscriber marked complained with a
  consent row saying so, and the campaign counts a complaint;
- an unsubscribe at the provider (its own list-unsubscribe): unsubscribed from every
  newsletter, as with our one-click link, and counted on the campaign.

Which message: newsletters carry `{"delivery": pk, "campaign": pk}` as anymail metadata
(`delivery.Issue.letter`), which providers echo back; failing that, our Message-ID
`<tribuna.{campaign}.{delivery}@…>`; failing that, only the address is known. Transactional
mail (sign-in links, receipts) is the last kind: its bounces and complaints suppress the
address for newsletters too, since it is the same person, and never touch a membership.

Each report is applied once: its provider's event id is stored (`MailEvent`) in the same
transaction as what it changed, so a report posted twice changes nothing the second time.
Reports about addresses Tribuna does not know are logged and ignored (answered 200, so the
provider does not retry). Deliveries, opens and clicks are not this module's business.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re

from anymail.signals import AnymailTrackingEvent, EventType, RejectReason, tracking
from django.db import IntegrityError, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext

from tribuna.base.sites import site_setting

from . import subscriptions
from .models import (
    Delivery,
    MailEvent,
    NewsletterSettings,
    Subscriber,
    SubscriberConsent,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)

logger = logging.getLogger(__name__)

# Soft bounces further apart than this are chance, not a pattern: the count starts again.
SOFT_BOUNCES_FORGOTTEN_AFTER = dt.timedelta(days=90)

HARD_BOUNCE = "hard_bounce"
SOFT_BOUNCE = "soft_bounce"
COMPLAINT = "complaint"
UNSUBSCRIBE = "unsubscribe"

# A provider refusing to send (event "rejected") is a hard bounce only for these reasons;
# "blocked" and the like are about the sender or the provider's policy, not the address.
PERMANENT_REJECTIONS = {RejectReason.BOUNCED, RejectReason.INVALID}
OUR_MESSAGE_ID = re.compile(r"<?tribuna\.(\d+)\.(\d+)@[^>]*>?")


def connect() -> None:
    """Called from the app's `ready()`."""
    tracking.connect(on_tracking_event, dispatch_uid="tribuna.newsletters.bounces")


def on_tracking_event(sender, event: AnymailTrackingEvent, esp_name: str, **kwargs) -> None:
    kind = kind_of(event)
    if kind is None:
        return
    email = (event.recipient or "").strip().lower()
    if not email:
        logger.warning("%s reported a %s without a recipient; ignored.", esp_name, event.event_type)
        return
    key = event_key(event, esp_name, email)
    try:
        with transaction.atomic():
            apply(kind, event, esp_name, email, key)
    except IntegrityError:
        if MailEvent.objects.filter(event_id=key).exists():
            logger.info("%s %s event %s was applied before; ignored this time.", esp_name, event.event_type, key[:12])
            return
        raise


def kind_of(event: AnymailTrackingEvent) -> str | None:
    """What a report means here, or None for the ones that change nothing."""
    if event.event_type == EventType.COMPLAINED:
        return COMPLAINT
    if event.event_type == EventType.UNSUBSCRIBED:
        return UNSUBSCRIBE
    if event.event_type == EventType.DEFERRED:
        return SOFT_BOUNCE
    if event.event_type == EventType.BOUNCED:
        return SOFT_BOUNCE if _soft(event) else HARD_BOUNCE
    if event.event_type == EventType.REJECTED and event.reject_reason in PERMANENT_REJECTIONS:
        return HARD_BOUNCE
    return None


def _soft(event: AnymailTrackingEvent) -> bool:
    """Most providers report a soft bounce as "deferred"; a few call it a bounce and say
    "soft" only in their own fields."""
    if event.reject_reason == RejectReason.TIMED_OUT:
        return True
    raw = event.esp_event if isinstance(event.esp_event, dict) else {}
    if raw.get("Type") == "SoftBounce" or raw.get("event") == "soft_bounce":  # Postmark, Brevo
        return True
    return (event.description or "").startswith("Transient:")  # Amazon SES


def event_key(event: AnymailTrackingEvent, esp_name: str, email: str) -> str:
    """The report's identity: the provider's event id and the recipient (one Amazon SES
    notification names several), or the whole payload when the provider gives no id."""
    if event.event_id:
        identity = f"{event.event_id}\n{email}"
    else:
        try:
            identity = json.dumps(event.esp_event, sort_keys=True, default=str)
        except (TypeError, ValueError):
            identity = repr(event.esp_event)
    return f"{esp_name.lower()[:30]}:{hashlib.sha256(identity.encode()).hexdigest()}"


def apply(kind: str, event: AnymailTrackingEvent, esp_name: str, email: str, key: str) -> None:
    delivery = find_delivery(event, email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if delivery is None and subscriber is None and not _a_members_address(email):
        logger.info("%s reported a %s for an address Tribuna does not know; ignored.", esp_name, kind.replace("_", " "))
        return
    record = MailEvent.objects.create(event_id=key, kind=kind, delivery=delivery, message_id=(event.message_id or "")[:300])
    now = timezone.now()
    note = _note(event, esp_name)
    if kind == HARD_BOUNCE:
        _suppress(email, SuppressionReason.HARD_BOUNCE, note)
        _mark_bounced(subscriber)
        _mark(delivery, bounced_at=now)
    elif kind == SOFT_BOUNCE:
        _count_soft_bounce(subscriber, email, record, note)
    elif kind == COMPLAINT:
        _suppress(email, SuppressionReason.COMPLAINT, note)
        _mark_complained(subscriber, esp_name, now)
        _mark(delivery, complained_at=now)
    elif kind == UNSUBSCRIBE:
        if subscriber is not None:
            subscriptions.unsubscribe_all(
                subscriber,
                source=f"unsubscribed through {esp_name}"[:200],
                campaign_id=delivery.campaign_id if delivery else None,
                now=now,
            )
        _mark(delivery, unsubscribed_at=now)  # also when they had already left another way
    logger.info("%s reported a %s%s.", esp_name, kind.replace("_", " "), f" (delivery {delivery.pk})" if delivery else "")


def find_delivery(event: AnymailTrackingEvent, email: str) -> Delivery | None:
    """The newsletter delivery the report is about, from the metadata we sent or our
    Message-ID; None for transactional mail, or when either names another address."""
    metadata = event.metadata or {}
    ids = (metadata.get("campaign"), metadata.get("delivery"))
    if not all(ids) and (match := OUR_MESSAGE_ID.fullmatch((event.message_id or "").strip())):
        ids = match.groups()
    try:
        campaign_id, delivery_id = int(ids[0]), int(ids[1])
    except (TypeError, ValueError):
        return None
    delivery = Delivery.objects.filter(pk=delivery_id, campaign_id=campaign_id).first()
    if delivery is None or delivery.email.lower() != email:
        return None
    return delivery


def _a_members_address(email: str) -> bool:
    from tribuna.members.models import Member

    return Member.objects.filter(email__iexact=email).exists()


def _note(event: AnymailTrackingEvent, esp_name: str) -> str:
    words = [part for part in (event.description, event.mta_response) if part]
    return f"{esp_name}: {' — '.join(words) or event.event_type}"[:300]


def _suppress(email: str, reason: str, note: str) -> None:
    """On the list for good (until staff release it); an address already there keeps its reason."""
    Suppression.objects.get_or_create(email=email, defaults={"reason": reason, "note": note[:300]})


def _mark(delivery: Delivery | None, **moment) -> None:
    """The first report of each kind counts in the campaign's statistics."""
    if delivery is not None:
        (field,) = moment
        Delivery.objects.filter(pk=delivery.pk, **{field: None}).update(**moment)


def _mark_bounced(subscriber: Subscriber | None) -> None:
    if subscriber is not None:  # a complaint says more, and stays
        Subscriber.objects.filter(pk=subscriber.pk).exclude(status=SubscriberStatus.COMPLAINED).update(
            status=SubscriberStatus.BOUNCED
        )


def _mark_complained(subscriber: Subscriber | None, esp_name: str, now) -> None:
    if subscriber is None or subscriber.status == SubscriberStatus.COMPLAINED:
        return
    Subscriber.objects.filter(pk=subscriber.pk).update(status=SubscriberStatus.COMPLAINED)
    SubscriberConsent.objects.create(
        subscriber=subscriber,
        newsletter=None,
        given=False,
        wording=gettext("Reported our mail as spam."),
        source=f"complaint reported by {esp_name}"[:200],
        recorded_at=now,
    )


def _count_soft_bounce(subscriber: Subscriber | None, email: str, record: MailEvent, note: str) -> None:
    if subscriber is None:
        return  # a member's transactional mail: nothing to count on, and it may yet arrive
    earlier = MailEvent.objects.filter(kind=SOFT_BOUNCE).exclude(pk=record.pk)
    if record.delivery_id is not None:
        earlier = earlier.filter(delivery_id=record.delivery_id)
    elif record.message_id:
        earlier = earlier.filter(message_id=record.message_id)
    else:
        earlier = earlier.none()
    if earlier.exists():
        return  # the provider is retrying a message already counted
    now = timezone.now()
    forgotten = Q(soft_bounced_at__isnull=True) | Q(soft_bounced_at__lt=now - SOFT_BOUNCES_FORGOTTEN_AFTER)
    Subscriber.objects.filter(pk=subscriber.pk).update(
        soft_bounces=Case(When(forgotten, then=Value(1)), default=F("soft_bounces") + 1),
        soft_bounced_at=now,
    )
    count = Subscriber.objects.values_list("soft_bounces", flat=True).get(pk=subscriber.pk)
    limit = _soft_bounce_limit()
    if limit and count >= limit:
        _suppress(email, SuppressionReason.SOFT_BOUNCES, f"{count} soft bounces, the last: {note}")
        _mark_bounced(subscriber)


def _soft_bounce_limit() -> int:
    return site_setting(NewsletterSettings).soft_bounce_limit
