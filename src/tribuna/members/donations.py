"""Gifts: recording them, their payments, and thanking the giver."""

import datetime as dt
from decimal import Decimal

from django.db import transaction

from tribuna.base.locales import supported_language

from . import notices
from .lifecycle import find_member
from .models import Donation, GiftAidDeclaration, Payment


@transaction.atomic
def give(
    *,
    name: str,
    email: str,
    amount: Decimal,
    frequency: str,
    method: str,
    gift_aid: dict | None,
    gift_aid_wording: str,
    language: str = "",
) -> Donation:
    email = email.strip().lower()
    member = find_member(email)
    declaration = None
    if gift_aid:
        declaration = GiftAidDeclaration.objects.create(member=member, wording=gift_aid_wording, **gift_aid)
    donation = Donation.objects.create(
        name=name.strip(),
        email=email,
        amount=amount,
        frequency=frequency,
        method=method,
        member=member,
        gift_aid=declaration,
        language=supported_language(language),
    )
    if method != "card":
        transaction.on_commit(lambda: notices.send_donation_instructions(donation))
    return donation


@transaction.atomic
def record_donation_payment(
    donation: Donation,
    *,
    amount: Decimal,
    method: str,
    received_on: dt.date,
    external_id: str | None = None,
    recorded_by=None,
) -> Payment:
    """Record money received for a gift; a payment seen before (by `external_id`) changes nothing."""
    if external_id:
        seen = Payment.objects.filter(external_id=external_id).first()
        if seen is not None:
            return seen
    payment = Payment.objects.create(
        member=donation.member,
        donation=donation,
        purpose="donation",
        amount=amount,
        currency=donation.currency,
        method=method,
        received_on=received_on,
        external_id=external_id,
        recorded_by=recorded_by,
    )
    transaction.on_commit(lambda: notices.send_donation_thanks(donation, payment))
    return payment
