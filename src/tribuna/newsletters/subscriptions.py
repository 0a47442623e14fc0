"""A reader's side of the newsletters: subscribe (double opt-in), confirm, choose, unsubscribe.

Every change to who receives what goes through these functions and leaves a
`SubscriberConsent` row saying what the person agreed to or withdrew, in which words,
where and when. Views, the members' hooks (`members_sync.py`) and, later, an inbound-mail
webhook call them; nothing else writes a subscriber's status or subscriptions.

Rules worth knowing:
- An address is `subscribed` only after it has proved it reads its mail: a confirmation
  link, a preferences link (only ever mailed to it), or a member's confirmed address.
- The subscribe form answers every address the same way; whether mail goes out is decided
  here: nothing to suppressed addresses or people who complained, and at most one
  message an hour to any address (`Subscriber.confirmation_sent_at`).
- Unsubscribing takes effect at once and removes every subscription row.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext

from tribuna.base.locales import supported_language
from tribuna.base.sites import organisation_name
from tribuna.mail.sending import send_templated

from . import links
from .models import (
    Audience,
    Delivery,
    Newsletter,
    Subscriber,
    SubscriberConsent,
    SubscriberStatus,
    Subscription,
    Suppression,
)

logger = logging.getLogger(__name__)

MAIL_INTERVAL = dt.timedelta(hours=1)  # at most one confirmation (or reminder) per address per hour


class Outcome(enum.StrEnum):
    """What `subscribe` did. The form shows the same page for every outcome."""

    CONFIRMATION_SENT = "confirmation sent"
    ALREADY_SUBSCRIBED = "already subscribed"  # reminded of the preferences link (at most hourly)
    THROTTLED = "throttled"  # recorded, but a message went out less than an hour ago
    SUPPRESSED = "suppressed"  # nothing recorded, nothing sent


class Confirmation(enum.StrEnum):
    CONFIRMED = "confirmed"
    ALREADY = "already subscribed"
    REFUSED = "refused"  # unsubscribed, bounced or complained since the link was sent


# --- what is offered ---------------------------------------------------------------


def public_newsletters() -> list[Newsletter]:
    """The newsletters anyone may subscribe to from the site, in their order."""
    return list(Newsletter.objects.filter(audience=Audience.EVERYONE, offered_publicly=True))


def newsletters_offered_to(subscriber: Subscriber) -> list[Newsletter]:
    """What a subscriber's preferences page offers: the public newsletters, members' ones
    for a member whose account is open, and whatever they already receive."""
    offered = Q(audience=Audience.EVERYONE, offered_publicly=True) | Q(subscriptions__subscriber=subscriber)
    member = subscriber.member
    if member is not None and member.closed_at is None:
        offered |= Q(audience=Audience.MEMBERS, offered_publicly=True)
    return list(Newsletter.objects.filter(offered).distinct())


def subscribed_to(subscriber: Subscriber) -> list[Newsletter]:
    return list(Newsletter.objects.filter(subscriptions__subscriber=subscriber))


def is_suppressed(email: str) -> bool:
    return Suppression.objects.filter(email__iexact=email.strip()).exists()


# --- subscribing -------------------------------------------------------------------


def subscribe(
    *,
    email: str,
    newsletters: list[Newsletter],
    wording: str,
    source: str,
    name: str = "",
    language: str | None = None,
    base_url: str | None = None,
    now: dt.datetime | None = None,
) -> Outcome:
    """Someone asked for `newsletters` on the subscribe form: record it and mail a link.

    New and lapsed addresses become `unconfirmed` with the chosen subscriptions pending,
    and a consent row per newsletter; the confirmation mail goes after commit, unless one
    went out within the hour. A subscribed address is reminded of its preferences link
    instead (same limit). Suppressed addresses and complainers: nothing at all.
    """
    email = email.strip().lower()
    now = now or timezone.now()
    language = language or translation.get_language() or ""
    if is_suppressed(email):
        return Outcome.SUPPRESSED
    with transaction.atomic():
        subscriber = _locked_subscriber(email, name=name, language=language, now=now)
        if subscriber.status == SubscriberStatus.COMPLAINED:
            return Outcome.SUPPRESSED
        may_mail = subscriber.confirmation_sent_at is None or now - subscriber.confirmation_sent_at >= MAIL_INTERVAL
        if subscriber.status == SubscriberStatus.SUBSCRIBED:
            # Nothing changes without the link: adding lists goes through the preferences page.
            if not may_mail:
                return Outcome.THROTTLED
            _note_mail_sent(subscriber, now)
            transaction.on_commit(lambda: _mail(subscriber, "already_subscribed", base_url=base_url))
            return Outcome.ALREADY_SUBSCRIBED

        fields = ["status"]
        subscriber.status = SubscriberStatus.UNCONFIRMED
        if name.strip():
            subscriber.name = name.strip()[:150]
            fields.append("name")
        if language:
            subscriber.language = language
            fields.append("language")
        subscriber.save(update_fields=fields)
        have = set(subscriber.subscriptions.values_list("newsletter_id", flat=True))
        Subscription.objects.bulk_create(
            Subscription(subscriber=subscriber, newsletter=newsletter, subscribed_at=now)
            for newsletter in newsletters
            if newsletter.pk not in have
        )
        _record(subscriber, newsletters, given=True, wording=wording, source=source, now=now)
        if not may_mail:
            return Outcome.THROTTLED
        _note_mail_sent(subscriber, now)
        transaction.on_commit(lambda: _mail(subscriber, "confirm", base_url=base_url))
        return Outcome.CONFIRMATION_SENT


def _locked_subscriber(email: str, *, name: str, language: str, now) -> Subscriber:
    """The subscriber row for `email`, created when new, locked until the transaction ends."""
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None:
        return subscriber
    try:
        with transaction.atomic():
            return Subscriber.objects.create(
                email=email, name=name.strip()[:150], language=language or Subscriber._meta.get_field("language").default,
                created_at=now,
            )
    except IntegrityError:  # created a moment ago by a request racing this one
        return Subscriber.objects.select_for_update().get(email=email)


def _note_mail_sent(subscriber: Subscriber, now) -> None:
    subscriber.confirmation_sent_at = now
    subscriber.save(update_fields=["confirmation_sent_at"])


def _record(subscriber, newsletters, *, given: bool, wording: str, source: str, now) -> None:
    SubscriberConsent.objects.bulk_create(
        SubscriberConsent(
            subscriber=subscriber, newsletter=newsletter, given=given, wording=wording, source=source[:200], recorded_at=now
        )
        for newsletter in newsletters
    )


def _mail(subscriber: Subscriber, template: str, *, base_url: str | None) -> None:
    """Send a confirmation or "already subscribed" message, in their language (its links
    too: /es/newsletters/…); on failure, let them ask again."""
    try:
        with translation.override(supported_language(subscriber.language)):
            context = {
                "subscriber": subscriber,
                "organisation": organisation_name(),
                "newsletters": subscribed_to(subscriber),
                "confirm_url": links.confirmation_url(subscriber, base_url=base_url),
                "preferences_url": links.preferences_url(subscriber, base_url=base_url),
                "days": links.CONFIRMATION_MAX_AGE // (24 * 3600),
            }
            send_templated(f"newsletters/{template}", subscriber.email, context)
    except Exception:
        logger.exception("Could not send the %s message to subscriber %s", template, subscriber.pk)
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=None)


# --- confirming --------------------------------------------------------------------


def confirm(subscriber: Subscriber, *, now: dt.datetime | None = None) -> Confirmation:
    """The confirmation link was followed: an unconfirmed address becomes subscribed.

    Following it again is harmless (ALREADY). After an unsubscribe, a bounce or a complaint
    an old link no longer subscribes anyone (REFUSED)."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == SubscriberStatus.SUBSCRIBED:
            return Confirmation.ALREADY
        if subscriber.status != SubscriberStatus.UNCONFIRMED or not subscriber.subscriptions.exists():
            return Confirmation.REFUSED
        subscriber.status = SubscriberStatus.SUBSCRIBED
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["status", "confirmed_at"])
        return Confirmation.CONFIRMED


# --- choosing and leaving ----------------------------------------------------------


def set_preferences(
    subscriber: Subscriber,
    *,
    newsletters: list[Newsletter],
    name: str,
    language: str,
    wording: str,
    source: str,
    now: dt.datetime | None = None,
) -> None:
    """Save the preferences page: exactly `newsletters`, with a consent row for each change.

    The page is reached only through a link mailed to the address, so ticking a newsletter
    subscribes at once. Nothing ticked is the same as unsubscribing from everything."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        locked.name = name.strip()[:150]
        locked.language = language or locked.language
        locked.save(update_fields=["name", "language"])
        if not newsletters:
            unsubscribe_all(locked, source=source, now=now)
            return
        wanted = {newsletter.pk: newsletter for newsletter in newsletters}
        current = {row.newsletter_id: row for row in locked.subscriptions.select_related("newsletter")}
        added = [wanted[pk] for pk in wanted if pk not in current]
        removed = [current[pk].newsletter for pk in current if pk not in wanted]
        Subscription.objects.bulk_create(Subscription(subscriber=locked, newsletter=n, subscribed_at=now) for n in added)
        Subscription.objects.filter(subscriber=locked, newsletter__in=removed).delete()
        _record(locked, added, given=True, wording=wording, source=source, now=now)
        _record(locked, removed, given=False, wording=gettext("Unticked on the preferences page."), source=source, now=now)
        if locked.status in {SubscriberStatus.UNCONFIRMED, SubscriberStatus.UNSUBSCRIBED}:
            locked.status = SubscriberStatus.SUBSCRIBED
            locked.confirmed_at = locked.confirmed_at or now
            locked.save(update_fields=["status", "confirmed_at"])


def unsubscribe_all(
    subscriber: Subscriber,
    *,
    source: str,
    wording: str | None = None,
    campaign_id: int | None = None,
    now: dt.datetime | None = None,
) -> bool:
    """Stop every newsletter to this subscriber, at once. Returns whether anything changed.

    A member who does this has also withdrawn the newsletter consent given when joining,
    so their account page says so and later syncs do not subscribe them again. With
    `campaign_id`, that campaign's delivery row is marked for its statistics."""
    now = now or timezone.now()
    wording = wording or gettext("Unsubscribed from all newsletters.")
    with transaction.atomic():
        locked = Subscriber.objects.select_for_update(of=("self",)).select_related("member").get(pk=subscriber.pk)
        lists = [row.newsletter for row in locked.subscriptions.select_related("newsletter")]
        receiving = locked.status in {SubscriberStatus.SUBSCRIBED, SubscriberStatus.UNCONFIRMED}
        if not lists and not receiving:
            return False
        if receiving:
            locked.status = SubscriberStatus.UNSUBSCRIBED
            locked.save(update_fields=["status"])
        Subscription.objects.filter(subscriber=locked).delete()
        _record(locked, lists or [None], given=False, wording=wording, source=source, now=now)
        if campaign_id is not None:
            Delivery.objects.filter(
                Q(subscriber=locked) | Q(email=locked.email), campaign_id=campaign_id, unsubscribed_at=None
            ).update(unsubscribed_at=now)
        member = locked.member
        if member is not None and member.closed_at is None:
            from tribuna.members import account

            if account.newsletter_consent(member):
                account.set_newsletter(member, wanted=False, wording=wording, source=source)
    subscriber.status = locked.status
    return True


def one_click(subscriber: Subscriber, *, campaign_id: int | None = None) -> bool:
    """RFC 8058 one-click unsubscribe (also the button on the preferences page)."""
    source = "one-click unsubscribe" + (f" (campaign {campaign_id})" if campaign_id is not None else "")
    return unsubscribe_all(subscriber, source=source, campaign_id=campaign_id)
