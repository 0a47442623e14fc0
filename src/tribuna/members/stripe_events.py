"""Apply Stripe webhook events to memberships: once each, in any order.

Payments are keyed by Stripe's ids (invoice or payment intent), so a replayed or
duplicated event cannot record money twice; events name the member through the
metadata set at checkout, so an invoice that arrives before its checkout still finds them.
"""

import datetime as dt
import logging
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import lifecycle
from .models import Member, PaymentMethod, StripeEvent

logger = logging.getLogger(__name__)


def apply(event: dict) -> str:
    """Apply one verified event; returns what happened, for the record and the logs."""
    try:
        with transaction.atomic():
            record = StripeEvent.objects.create(event_id=event["id"], type=event.get("type", ""))
            handler = HANDLERS.get(event.get("type"))
            outcome = handler(event["data"]["object"], event) if handler else "ignored"
            record.outcome = outcome[:200]
            record.save(update_fields=["outcome"])
            return outcome
    except IntegrityError:
        return "already applied"


def _member_for(obj: dict) -> Member | None:
    reference = _metadata(obj).get("member") or obj.get("client_reference_id")
    query = Member.objects.filter(closed_at=None)
    if reference:
        member = query.filter(payment_reference=reference).first()
        if member:
            return member
    for field, value in (("stripe_subscription", _subscription_id(obj)), ("stripe_customer", obj.get("customer"))):
        if value:
            member = query.filter(**{field: value}).first()
            if member:
                return member
    return None


def _metadata(obj: dict) -> dict:
    """Metadata set at checkout, wherever this kind of object carries it."""
    parent = (obj.get("parent") or {}).get("subscription_details") or {}
    return obj.get("metadata") or parent.get("metadata") or (obj.get("subscription_details") or {}).get("metadata") or {}


def _subscription_id(obj: dict) -> str:
    if obj.get("object") == "subscription":
        return obj.get("id", "")
    parent = (obj.get("parent") or {}).get("subscription_details") or {}
    return parent.get("subscription") or obj.get("subscription") or ""


def _unknown(event_type: str, obj: dict) -> str:
    logger.warning("Stripe %s for no known member (customer %s); nothing changed.", event_type, obj.get("customer"))
    return "unknown member"


def _link(member: Member, obj: dict) -> None:
    changed = []
    if obj.get("customer") and member.stripe_customer != obj["customer"]:
        member.stripe_customer = obj["customer"]
        changed.append("stripe_customer")
    subscription = _subscription_id(obj)
    if subscription and member.stripe_subscription != subscription:
        member.stripe_subscription = subscription
        member.auto_renews = True
        changed += ["stripe_subscription", "auto_renews"]
    if changed:
        member.save(update_fields=changed)


def _day(timestamp) -> dt.date:
    return timezone.localdate(dt.datetime.fromtimestamp(int(timestamp), tz=dt.timezone.utc))


def _donation_for(obj: dict):
    from .models import Donation

    reference = _metadata(obj).get("donation") or obj.get("client_reference_id")
    return Donation.objects.filter(reference=reference).first() if reference else None


def _is_donation(obj: dict) -> bool:
    return _metadata(obj).get("purpose") == "donation"


def donation_paid(obj: dict, event: dict, *, amount_field: str, paid_at, external_id: str) -> str:
    from .donations import record_donation_payment

    donation = _donation_for(obj)
    if donation is None:
        return _unknown(event["type"], obj)
    if _subscription_id(obj) and donation.stripe_subscription != _subscription_id(obj):
        donation.stripe_subscription = _subscription_id(obj)
        donation.save(update_fields=["stripe_subscription"])
    record_donation_payment(
        donation,
        amount=Decimal(obj[amount_field]) / 100,
        method=PaymentMethod.CARD,
        received_on=_day(paid_at),
        external_id=external_id,
    )
    return "donation recorded"


def checkout_completed(session: dict, event: dict) -> str:
    if _is_donation(session):
        if session.get("mode") == "payment" and session.get("payment_status") == "paid":
            return donation_paid(
                session, event, amount_field="amount_total", paid_at=session.get("created", event["created"]),
                external_id=session.get("payment_intent") or session["id"],
            )
        return "donation checkout completed"
    member = _member_for(session)
    if member is None:
        return _unknown("checkout.session.completed", session)
    _link(member, session)
    if session.get("mode") == "payment" and session.get("payment_status") == "paid":
        lifecycle.record_payment(
            member,
            amount=Decimal(session["amount_total"]) / 100,
            method=PaymentMethod.CARD,
            received_on=_day(session.get("created", event["created"])),
            external_id=session.get("payment_intent") or session["id"],
        )
        return "one-off payment recorded"
    return "checkout linked"  # subscriptions are paid through invoice.paid


def invoice_paid(invoice: dict, event: dict) -> str:
    if _is_donation(invoice):
        paid_at = (invoice.get("status_transitions") or {}).get("paid_at") or event["created"]
        return donation_paid(invoice, event, amount_field="amount_paid", paid_at=paid_at, external_id=invoice["id"])
    member = _member_for(invoice)
    if member is None:
        return _unknown("invoice.paid", invoice)
    _link(member, invoice)
    if not invoice.get("amount_paid"):
        return "nothing paid"
    paid_at = (invoice.get("status_transitions") or {}).get("paid_at") or event["created"]
    lifecycle.record_payment(
        member,
        amount=Decimal(invoice["amount_paid"]) / 100,
        method=PaymentMethod.CARD,
        received_on=_day(paid_at),
        external_id=invoice["id"],
    )
    return "invoice payment recorded"


def invoice_payment_failed(invoice: dict, event: dict) -> str:
    member = _member_for(invoice)
    if member is None:
        return _unknown("invoice.payment_failed", invoice)
    from . import notices

    notices.send_card_payment_failed(member)
    return "member told the card payment failed"


def subscription_updated(subscription: dict, event: dict) -> str:
    member = _member_for(subscription)
    if member is None:
        return _unknown("customer.subscription.updated", subscription)
    renews = subscription.get("status") in {"active", "trialing", "past_due"} and not subscription.get("cancel_at_period_end")
    if member.auto_renews != renews or member.stripe_subscription != subscription["id"]:
        member.auto_renews = renews
        member.stripe_subscription = subscription["id"]
        member.save(update_fields=["auto_renews", "stripe_subscription"])
    return "renews automatically" if renews else "will not renew"


def subscription_deleted(subscription: dict, event: dict) -> str:
    member = _member_for(subscription)
    if member is None:
        return _unknown("customer.subscription.deleted", subscription)
    member.auto_renews = False
    member.save(update_fields=["auto_renews"])
    return "subscription ended; membership runs to its expiry"


HANDLERS = {
    "checkout.session.completed": checkout_completed,
    "invoice.paid": invoice_paid,
    "invoice.payment_failed": invoice_payment_failed,
    "customer.subscription.updated": subscription_updated,
    "customer.subscription.deleted": subscription_deleted,
}
