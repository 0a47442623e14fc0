"""Every change to a membership happens here, and leaves a history row.

pending → active → grace → lapsed, and cancelled. Views, the admin, tasks and commands
call these functions; nothing else writes a member's status or expiry.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from . import notices
from .models import (
    Consent,
    GiftAidDeclaration,
    MailSent,
    Member,
    Payment,
    PaymentMethod,
    Period,
    Plan,
    Status,
    StatusChange,
)
from .periods import period_end
from .settings import membership_settings


@dataclass
class JoinRequest:
    plan: Plan
    name: str
    email: str
    payment_method: str
    address: str = ""
    postcode: str = ""
    newsletter: bool = False
    newsletter_wording: str = ""
    gift_aid: dict | None = None  # title, first_name, last_name, house, postcode
    gift_aid_wording: str = ""
    source: str = "join form"


def find_member(email: str) -> Member | None:
    return Member.objects.filter(email__iexact=email.strip(), closed_at=None).first()


@transaction.atomic
def join(request: JoinRequest, *, base_url: str | None = None) -> Member | None:
    """Sign up a new member (pending), or, for an address already a member, mail a sign-in link.

    Returns the new member, or None when the address already had one: callers answer both
    the same way, so nobody learns from the form who is a member.
    """
    email = request.email.strip().lower()
    existing = find_member(email)
    if existing is not None:
        notices.send_sign_in_link(existing, base_url=base_url)
        return None

    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first() or User.objects.create_user(email=email, password=None)
    member = Member.objects.create(
        user=user,
        name=request.name.strip(),
        email=email,
        plan=request.plan,
        payment_method=PaymentMethod.NONE if request.plan.is_free else request.payment_method,
        address=request.address.strip(),
        postcode=request.postcode.strip().upper(),
    )
    _record_status(member, "", Status.PENDING, "joined")
    Consent.objects.create(
        member=member, topic="newsletter", given=request.newsletter, wording=request.newsletter_wording, source=request.source
    )
    if request.gift_aid:
        GiftAidDeclaration.objects.create(member=member, wording=request.gift_aid_wording, **request.gift_aid)
    transaction.on_commit(lambda: notices.send_welcome(member, base_url=base_url))
    return member


def confirm_email(member: Member, *, now=None) -> None:
    """The member followed a link from their e-mail: the address works. Free plans start now."""
    now = now or timezone.now()
    if member.email_confirmed_at is None:
        member.email_confirmed_at = now
        member.save(update_fields=["email_confirmed_at"])
    if member.plan.is_free and member.status == Status.PENDING:
        _start_period(member, start=timezone.localdate(now), reason="e-mail confirmed (free plan)")


@transaction.atomic
def record_payment(
    member: Member,
    *,
    amount: Decimal,
    method: str,
    received_on: dt.date,
    recorded_by=None,
    note: str = "",
    external_id: str | None = None,
) -> Payment:
    """Record money received for membership and extend the membership by one period.

    A payment with an `external_id` seen before (a replayed webhook) changes nothing.
    """
    if external_id:
        seen = Payment.objects.filter(external_id=external_id).first()
        if seen is not None:
            return seen
    member = Member.objects.select_for_update().get(pk=member.pk)
    payment = Payment.objects.create(
        member=member,
        amount=amount,
        currency=member.plan.currency,
        method=method,
        received_on=received_on,
        note=note,
        external_id=external_id,
        recorded_by=recorded_by,
    )
    renew(member, paid_on=received_on, changed_by=recorded_by, reason=f"payment {payment.receipt_number}")
    transaction.on_commit(lambda: notices.send_payment_receipt(member, payment))
    return payment


def renew(member: Member, *, paid_on: dt.date, changed_by=None, reason: str = "renewed") -> None:
    """Extend by one period: from the current expiry while the membership runs (so paying
    early loses nothing), else from the day of payment."""
    continuing = member.status in {Status.ACTIVE, Status.GRACE} and member.expires_on is not None
    start = member.expires_on if continuing else paid_on
    _start_period(member, start=start, reason=reason, changed_by=changed_by)


def _start_period(member: Member, *, start: dt.date, reason: str, changed_by=None) -> None:
    member.expires_on = period_end(start, member.plan.period)
    member.save(update_fields=["expires_on"])
    change_status(member, Status.ACTIVE, reason, changed_by=changed_by, force_history=True)


def change_status(member: Member, to_status: str, reason: str, *, changed_by=None, force_history=False) -> bool:
    """Move a member to `to_status` with a history row. Returns False when nothing changed."""
    from_status = member.status
    if from_status == to_status and not force_history:
        return False
    member.status = to_status
    member.save(update_fields=["status"])
    _record_status(member, from_status, to_status, reason, changed_by=changed_by)
    return True


def _record_status(member, from_status, to_status, reason, changed_by=None):
    StatusChange.objects.create(
        member=member,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        expires_on=member.expires_on,
        changed_by=changed_by,
        changed_at=timezone.now(),
    )


def cancel(member: Member, *, reason: str = "cancelled by the member", changed_by=None) -> None:
    member.auto_renews = False
    member.save(update_fields=["auto_renews"])
    change_status(member, Status.CANCELLED, reason, changed_by=changed_by)


@dataclass
class DailySummary:
    to_grace: int = 0
    to_lapsed: int = 0
    reminders: int = 0


def daily(today: dt.date | None = None) -> DailySummary:
    """Move expired members to grace and then lapsed, and send renewal reminders once each.

    Safe to run any number of times a day, and late: a missed day is caught up.
    """
    today = today or timezone.localdate()
    config = membership_settings()
    summary = DailySummary()

    for member in Member.objects.filter(status=Status.ACTIVE, expires_on__lt=today).select_related("plan"):
        summary.to_grace += change_status(member, Status.GRACE, "expired; in grace period")
    lapse_before = today - dt.timedelta(days=config.grace_days)
    for member in Member.objects.filter(status=Status.GRACE, expires_on__lt=lapse_before):
        summary.to_lapsed += change_status(member, Status.LAPSED, "grace period over")

    offsets = config.reminder_offsets()
    if offsets:
        due = Member.objects.filter(
            Q(status=Status.ACTIVE) | Q(status=Status.GRACE),
            auto_renews=False,
            expires_on__range=(today, today + dt.timedelta(days=max(offsets))),
        ).select_related("plan")
        for member in due:
            days_left = (member.expires_on - today).days
            reached = [offset for offset in offsets if days_left <= offset]
            if reached:
                summary.reminders += _remind_once(member, min(reached))
    return summary


def _remind_once(member: Member, offset: int) -> int:
    key = f"{member.expires_on.isoformat()}:{offset}"
    try:
        with transaction.atomic():
            MailSent.objects.create(member=member, kind="renewal reminder", key=key)
    except IntegrityError:
        return 0  # sent before: each reminder goes once
    notices.send_renewal_reminder(member, days_left=offset)
    return 1
