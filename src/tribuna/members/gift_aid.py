"""Payments Gift Aid can be claimed on: each backed by a declaration that was in force."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .models import GiftAidDeclaration, Payment
from .periods import add_months


@dataclass
class ClaimRow:
    title: str
    first_name: str
    last_name: str
    house: str
    postcode: str
    date: dt.date
    amount: Decimal
    purpose: str
    receipt: str


def tax_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """The UK tax year (6 April to 5 April) containing `today`."""
    start_year = today.year if (today.month, today.day) >= (4, 6) else today.year - 1
    return dt.date(start_year, 4, 6), dt.date(start_year + 1, 4, 5)


def claimable(start: dt.date, end: dt.date) -> list[ClaimRow]:
    payments = (
        Payment.objects.filter(received_on__range=(start, end))
        .select_related("donation__gift_aid", "member")
        .order_by("received_on", "pk")
    )
    payments = list(payments)
    member_ids = {p.member_id for p in payments if p.member_id}
    # A member's declaration covers their membership and gifts, from four years back.
    by_member: dict[int, GiftAidDeclaration] = {}
    for declaration in GiftAidDeclaration.objects.filter(member_id__in=member_ids, cancelled_at=None).order_by("declared_at"):
        by_member.setdefault(declaration.member_id, declaration)
    rows = []
    for payment in payments:
        declaration = None
        if payment.donation_id and payment.donation.gift_aid and payment.donation.gift_aid.cancelled_at is None:
            declaration = payment.donation.gift_aid
        elif payment.member_id in by_member:
            declaration = by_member[payment.member_id]
        if declaration is None or not _covers(declaration, payment.received_on):
            continue
        rows.append(
            ClaimRow(
                title=declaration.title,
                first_name=declaration.first_name,
                last_name=declaration.last_name,
                house=declaration.house,
                postcode=declaration.postcode,
                date=payment.received_on,
                amount=payment.amount,
                purpose=payment.purpose,
                receipt=payment.receipt_number,
            )
        )
    return rows


def _covers(declaration: GiftAidDeclaration, day: dt.date) -> bool:
    return add_months(declaration.declared_at.date(), -48) <= day
