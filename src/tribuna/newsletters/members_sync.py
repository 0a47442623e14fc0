"""Members receive newsletters according to the consent they gave (and can withdraw).

`tribuna.members` calls these wherever a member's newsletter consent or address changes
(one line each): `lifecycle.join` (after commit), `lifecycle.confirm_email`,
`account.set_newsletter`, and `account.close` (`forget_member`, for erasure); imports
and generated members go through `subscribe_in_bulk`.

The latest decision wins, list by list: a member's newsletter consent (given or
withdrawn after it was given) applies to every newsletter with `members_by_consent`, except where the person
has decided otherwise since, on their preferences page or by unsubscribing (a
`SubscriberConsent` row newer than the member's consent). So the sync can run at every
sign-in without undoing anyone's choices.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from tribuna.members.models import Consent, Member

from .models import (
    Delivery,
    DeliveryState,
    Newsletter,
    Subscriber,
    SubscriberConsent,
    SubscriberStatus,
    Subscription,
)

MEMBERSHIP_SOURCE = "membership"


def latest_newsletter_consent(member: Member) -> Consent | None:
    return member.consents.filter(topic="newsletter").order_by("-recorded_at", "-pk").first()


@transaction.atomic
def sync_member(member: Member) -> Subscriber | None:
    """Bring the member's newsletter subscriptions in line with their latest consent.

    Given (and the account open): a Subscriber linked to the member (an existing one with
    the same address is linked), subscribed to every `members_by_consent` newsletter;
    `subscribed` once the member's address is confirmed (members confirm by their magic
    link), `unconfirmed` until then. Withdrawn: unsubscribed from those newsletters (others
    they chose themselves stay). A closed account: `forget_member`."""
    if member.closed_at is not None:
        forget_member(member)
        return None
    consent = latest_newsletter_consent(member)
    if consent is not None and not consent.given and not _ever_given(member, consent):
        consent = None  # a box left unticked when joining withdraws nothing
    subscriber = _subscriber_for(member, create=bool(consent and consent.given))
    if consent is None or subscriber is None:
        return subscriber
    newsletters = list(Newsletter.objects.filter(members_by_consent=True))
    decided_later = _decided_since(subscriber, consent)
    now = timezone.now()
    current = set(subscriber.subscriptions.values_list("newsletter_id", flat=True))
    source = f"{MEMBERSHIP_SOURCE}: {consent.source}"[:200]
    if consent.given:
        add = [n for n in newsletters if n.pk not in current and n.pk not in decided_later]
        Subscription.objects.bulk_create(Subscription(subscriber=subscriber, newsletter=n, subscribed_at=now) for n in add)
        _record(subscriber, add, given=True, wording=consent.wording, source=source, now=now)
        _update_status(subscriber, member, now)
    else:
        remove = [n for n in newsletters if n.pk in current and n.pk not in decided_later]
        Subscription.objects.filter(subscriber=subscriber, newsletter__in=remove).delete()
        _record(subscriber, remove, given=False, wording=consent.wording, source=source, now=now)
        if remove and not subscriber.subscriptions.exists() and subscriber.status in {
            SubscriberStatus.SUBSCRIBED,
            SubscriberStatus.UNCONFIRMED,
        }:
            subscriber.status = SubscriberStatus.UNSUBSCRIBED
            subscriber.save(update_fields=["status"])
    return subscriber


def subscribe_in_bulk(chosen: list[tuple[Member, Consent]], *, confirmed_at=None) -> None:
    """`sync_member` for many members who have just agreed to news by e-mail (an import,
    generated members), in a few queries for the lot. `confirmed_at` vouches for every
    address (the group's own list, brought in); without it each subscriber is confirmed
    when their member is. An address some subscriber already has goes through
    `sync_member`, which knows how to join the two."""
    newsletters = list(Newsletter.objects.filter(members_by_consent=True))
    if not newsletters or not chosen:
        return
    known = set(Subscriber.objects.filter(email__in=[member.email for member, _ in chosen]).values_list("email", flat=True))
    for member, _consent in chosen:
        if member.email in known:
            sync_member(member)
    fresh = [(member, consent) for member, consent in chosen if member.email not in known]
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(
            email=member.email,
            name=member.name,
            member_id=member.pk,
            language=member.language,
            status=SubscriberStatus.SUBSCRIBED if (confirmed_at or member.email_confirmed_at) else SubscriberStatus.UNCONFIRMED,
            confirmed_at=confirmed_at or member.email_confirmed_at,
            created_at=consent.recorded_at,
        )
        for member, consent in fresh
    )
    pairs = [(subscriber, consent) for subscriber, (_member, consent) in zip(subscribers, fresh, strict=True)]
    Subscription.objects.bulk_create(
        Subscription(subscriber_id=subscriber.pk, newsletter=newsletter, subscribed_at=consent.recorded_at)
        for subscriber, consent in pairs
        for newsletter in newsletters
    )
    SubscriberConsent.objects.bulk_create(
        SubscriberConsent(
            subscriber_id=subscriber.pk,
            newsletter=newsletter,
            given=True,
            wording=consent.wording,
            source=f"{MEMBERSHIP_SOURCE}: {consent.source}"[:200],
            recorded_at=consent.recorded_at,
        )
        for subscriber, consent in pairs
        for newsletter in newsletters
    )


def _ever_given(member: Member, consent: Consent) -> bool:
    return member.consents.filter(topic="newsletter", given=True, recorded_at__lte=consent.recorded_at).exists()


def _subscriber_for(member: Member, *, create: bool) -> Subscriber | None:
    subscriber = Subscriber.objects.select_for_update().filter(member=member).first()
    if subscriber is not None or not member.email:
        return subscriber
    email = member.email.strip().lower()
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None:
        if subscriber.member_id is None:
            subscriber.member = member
            subscriber.save(update_fields=["member"])
            return subscriber
        return None  # the address belongs to another member's record: leave both alone
    if not create:
        return None
    return Subscriber.objects.create(
        email=email,
        name=member.name,
        member=member,
        language=member.language,
    )


def _decided_since(subscriber: Subscriber, consent: Consent) -> set[int]:
    """Newsletters the person chose about (either way) after the member's consent."""
    latest = (
        SubscriberConsent.objects.filter(subscriber=subscriber)
        .exclude(source__startswith=MEMBERSHIP_SOURCE)
        .values("newsletter_id")
        .annotate(at=Max("recorded_at"))
    )
    decided = {row["newsletter_id"] for row in latest if row["at"] > consent.recorded_at}
    if None in decided:  # "unsubscribe from everything" recorded without a list
        return set(Newsletter.objects.values_list("pk", flat=True))
    return decided


def _update_status(subscriber: Subscriber, member: Member, now) -> None:
    if subscriber.status in {SubscriberStatus.BOUNCED, SubscriberStatus.COMPLAINED}:
        return  # bounce and complaint handling decides those
    if not subscriber.subscriptions.exists():
        return
    if member.email_confirmed_at is not None:
        if subscriber.status != SubscriberStatus.SUBSCRIBED:
            subscriber.status = SubscriberStatus.SUBSCRIBED
            subscriber.confirmed_at = subscriber.confirmed_at or member.email_confirmed_at or now
            subscriber.save(update_fields=["status", "confirmed_at"])
    elif subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        subscriber.status = SubscriberStatus.UNCONFIRMED
        subscriber.save(update_fields=["status"])


def _record(subscriber, newsletters, *, given, wording, source, now) -> None:
    SubscriberConsent.objects.bulk_create(
        SubscriberConsent(subscriber=subscriber, newsletter=n, given=given, wording=wording, source=source, recorded_at=now)
        for n in newsletters
    )


@transaction.atomic
def forget_member(member: Member) -> None:
    """Erasure: the member closed their account, so their subscriber record goes entirely
    (subscriptions and consent rows with it). Deliveries not yet sent are dropped; those
    sent keep their counts but no longer name the person. The suppression list, if the
    address is on it, stays: it exists so that we never mail an address again."""
    subscribers = Subscriber.objects.filter(member=member)
    if member.email:
        subscribers = Subscriber.objects.filter(Q(member=member) | Q(email=member.email.strip().lower()))
    for subscriber in subscribers:
        deliveries = Delivery.objects.filter(Q(subscriber=subscriber) | Q(email=subscriber.email))
        deliveries.filter(state=DeliveryState.QUEUED).delete()
        for delivery in deliveries.exclude(state=DeliveryState.QUEUED).only("pk"):
            Delivery.objects.filter(pk=delivery.pk).update(email=f"erased-{delivery.pk}@invalid", name="", subscriber=None)
        subscriber.delete()


def follow_language(member) -> None:
    """A member's subscriber record reads newsletters in the language the member chose."""
    Subscriber.objects.filter(member=member).exclude(language=member.language).update(language=member.language)
