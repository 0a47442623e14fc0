"""Payments Gift Aid can be claimed on: each backed by a declaration that was in force."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils import timezone

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
    # A member's declarations cover their membership and gifts, from four years back.
    by_member: dict[int, list[GiftAidDeclaration]] = {}
    for declaration in GiftAidDeclaration.objects.filter(member_id__in=member_ids).order_by("declared_at"):
        by_member.setdefault(declaration.member_id, []).append(declaration)
    rows = []
    for payment in payments:
        candidates = by_member.get(payment.member_id, [])
        if payment.donation_id and payment.donation.gift_aid:
            candidates = [payment.donation.gift_aid]
        declaration = next((d for d in candidates if _covers(d, payment.received_on)), None)
        if declaration is None:
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
    """From four years before the declaration until it is cancelled (gifts before a
    cancellation stay claimable)."""
    if declaration.cancelled_at is not None and day > timezone.localdate(declaration.cancelled_at):
        return False
    return add_months(declaration.declared_at.date(), -48) <= day


# HMRC asks charities to keep the records behind a claim for six years.
RETENTION_MONTHS = 72


def keep_or_erase_declarations(member, *, today: dt.date) -> int:
    """When a member closes their account: a declaration that backs payments still within
    HMRC's six years is kept (cancelled, with the date it may go), the rest are erased.
    Returns how many were kept."""
    kept = 0
    for declaration in member.gift_aid_declarations.all():
        covered = Payment.objects.filter(
            models.Q(member=member, received_on__gte=add_months(declaration.declared_at.date(), -48))
            | models.Q(donation__gift_aid=declaration)
        ).aggregate(last=models.Max("received_on"))["last"]
        keep_until = add_months(covered, RETENTION_MONTHS) if covered else None
        if keep_until is None or keep_until < today:
            declaration.delete()
            continue
        declaration.keep_until = keep_until
        declaration.cancelled_at = declaration.cancelled_at or timezone.now()
        declaration.save(update_fields=["keep_until", "cancelled_at"])
        kept += 1
    return kept


def erase_expired_declarations(today: dt.date) -> int:
    """The daily job's part: declarations kept only for HMRC go once their six years are up."""
    deleted, _ = GiftAidDeclaration.objects.filter(keep_until__lt=today).delete()
    return deleted
