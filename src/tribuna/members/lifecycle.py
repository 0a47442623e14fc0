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
from django.utils.translation import gettext

from tribuna.base.locales import supported_language
from tribuna.newsletters import members_sync

from . import gift_aid, notices
from .models import (
    Consent,
    GiftAidDeclaration,
    MailSent,
    Member,
    Payment,
    PaymentMethod,
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
    language: str = ""  # of the page they joined from: every e-mail to them is in it


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
        language=supported_language(request.language),
    )
    _record_status(member, "", Status.PENDING, "joined")
    Consent.objects.create(
        member=member, topic="newsletter", given=request.newsletter, wording=request.newsletter_wording, source=request.source
    )
    if request.gift_aid:
        GiftAidDeclaration.objects.create(member=member, wording=request.gift_aid_wording, **request.gift_aid)
    transaction.on_commit(lambda: notices.send_welcome(member, base_url=base_url))
    transaction.on_commit(lambda: members_sync.sync_member(member))
    return member


def confirm_email(member: Member, *, now=None) -> None:
    """The member followed a link from their e-mail: the address works. Free plans start now."""
    now = now or timezone.now()
    if member.email_confirmed_at is None:
        member.email_confirmed_at = now
        member.save(update_fields=["email_confirmed_at"])
    if member.plan.is_free and member.status == Status.PENDING:
        _start_period(member, start=timezone.localdate(now), reason="e-mail confirmed (free plan)")
    members_sync.sync_member(member)


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
        currency=plan_for_next_payment(member).currency,
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
    early loses nothing), else from the day of payment.

    A plan the member chose for their next renewal (`next_plan`) starts with this period.
    """
    continuing = member.status in {Status.ACTIVE, Status.GRACE} and member.expires_on is not None
    start = member.expires_on if continuing else paid_on
    if member.next_plan_id is not None:
        _apply_next_plan(member, changed_by=changed_by)
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
        reason=reason[:200],
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
    declarations_erased: int = 0


def daily(today: dt.date | None = None) -> DailySummary:
    """Move expired members to grace and then lapsed, and send renewal reminders once each.

    Safe to run any number of times a day, and late: a missed day is caught up.
    """
    today = today or timezone.localdate()
    config = membership_settings()
    summary = DailySummary()

    # A member who chose a free plan for their next renewal has nothing to pay: the free
    # plan starts by itself when the paid period ends.
    free_next = Member.objects.filter(
        status__in=[Status.ACTIVE, Status.GRACE], expires_on__lt=today, next_plan__price=0
    ).select_related("plan", "next_plan")
    for member in free_next:
        with transaction.atomic():
            renew(member, paid_on=today, reason="free plan from renewal")
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
    summary.declarations_erased = gift_aid.erase_expired_declarations(today)
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


# --- changing plan -------------------------------------------------------------------


class PlanChangeRefused(Exception):
    """The member cannot move to that plan; the message says why, in their language."""


@dataclass
class PlanChange:
    old_plan: Plan
    new_plan: Plan
    at_once: bool  # False: from the next renewal (member.next_plan)
    withdrawn: bool = False  # the member went back to the plan they are on
    starts_on: dt.date | None = None  # the day the new plan starts, when known
    card_renewal_stops: bool = False


def plan_for_next_payment(member: Member) -> Plan:
    """The plan the member's next payment is for: the one chosen for renewal, else their own."""
    return member.next_plan if member.next_plan_id else member.plan


def plans_to_switch_to(member: Member):
    """Plans a member may choose on their account page: the public, current ones other than
    the plan they will have after their next payment, and, while a change is waiting, the
    plan they are on (choosing it withdraws the change, even if it is retired)."""
    keeps = plan_for_next_payment(member)
    offered = Q(is_public=True, is_retired=False)
    if member.next_plan_id:
        offered |= Q(pk=member.plan_id)
    return Plan.objects.filter(offered).exclude(pk=keeps.pk)


def plan_change_problem(member: Member, plan: Plan, *, staff: bool = False) -> str | None:
    """Why `member` cannot move to `plan`, in words for the member; None when they can."""
    if member.closed_at is not None or member.status == Status.CANCELLED:
        return gettext("A cancelled membership cannot change plan.")
    if plan.pk == member.next_plan_id:
        return gettext("You have already chosen the %(plan)s plan from your next renewal.") % {"plan": plan.local_name}
    if plan.pk == member.plan_id and not member.next_plan_id:
        return gettext("You are already on the %(plan)s plan.") % {"plan": plan.local_name}
    if plan.pk == member.plan_id or staff:
        return None
    if plan.is_retired:
        return gettext("The %(plan)s plan is no longer offered.") % {"plan": plan.local_name}
    if not plan.is_public:
        return gettext("That plan is not open to members to choose. Please choose one of the plans listed.")
    return None


@transaction.atomic
def change_plan(
    member: Member,
    plan: Plan,
    *,
    changed_by=None,
    staff: bool = False,
    card_renewal_stops: bool = False,
    base_url: str | None = None,
    today: dt.date | None = None,
) -> PlanChange:
    """Move a member to another plan.

    The rule: a period already paid for keeps the plan it was paid for. So
    - an **active** member keeps their plan to the end of the period; the new plan is
      recorded as `next_plan` and `renew` applies it when the next period starts (their
      next payment is at the new price). A free next plan starts by itself when the paid
      period ends (`daily`). Choosing their own plan again withdraws the waiting change;
    - a **pending** member (nothing paid yet), or one in **grace** or **lapsed** (the paid
      period is over), switches at once and their next payment is at the new price. A
      switch to a free plan starts the membership as a free plan does: once the e-mail
      address is confirmed (at once, when it already is);
    - a **cancelled** member cannot change plan.
    Members may choose public, current plans only; `staff=True` allows any plan.

    Every change leaves a history row (status unchanged, the reason naming both plans)
    and mails the member a confirmation. A card subscription is the caller's business
    (see `account.change_plan`): it must be updated first, and `card_renewal_stops` says
    it will not renew.
    """
    member = Member.objects.select_for_update(of=("self",)).select_related("plan", "next_plan").get(pk=member.pk)
    problem = plan_change_problem(member, plan, staff=staff)
    if problem:
        raise PlanChangeRefused(problem)
    today = today or timezone.localdate()
    old_plan = member.plan
    fields = ["plan", "next_plan"]
    if card_renewal_stops and member.auto_renews:
        member.auto_renews = False
        fields.append("auto_renews")

    if plan.pk == member.plan_id:  # only while a change waits: back to the plan they are on
        member.next_plan = None
        change = PlanChange(old_plan, plan, at_once=False, withdrawn=True)
        reason = f"plan change withdrawn: stays {old_plan}"
    elif member.status == Status.ACTIVE:
        member.next_plan = plan
        # `renew` starts the next period on the expiry date: so does the new plan.
        change = PlanChange(old_plan, plan, at_once=False, starts_on=member.expires_on)
        reason = f"plan to change at renewal: {old_plan} → {plan}"
    else:
        fields += _set_plan(member, plan)
        change = PlanChange(old_plan, plan, at_once=True, starts_on=today)
        reason = f"plan changed: {old_plan} → {plan}"
    change.card_renewal_stops = "auto_renews" in fields
    member.save(update_fields=fields)
    _record_status(member, member.status, member.status, reason, changed_by=changed_by)
    if change.at_once and plan.is_free and member.email_confirmed_at is not None:
        _start_period(member, start=today, reason="free plan chosen", changed_by=changed_by)
    transaction.on_commit(lambda: notices.send_plan_changed(member, change, base_url=base_url))
    return change


def _apply_next_plan(member: Member, *, changed_by=None) -> None:
    old_plan, new_plan = member.plan, member.next_plan
    member.save(update_fields=["plan", "next_plan", *_set_plan(member, new_plan)])
    _record_status(
        member, member.status, member.status, f"plan changed at renewal: {old_plan} → {new_plan}", changed_by=changed_by
    )


def _set_plan(member: Member, plan: Plan) -> list[str]:
    """Put the member on `plan` now (unsaved); returns the further fields that changed."""
    member.plan, member.next_plan = plan, None
    if plan.is_free and member.payment_method != PaymentMethod.NONE:
        member.payment_method = PaymentMethod.NONE
        return ["payment_method"]
    if not plan.is_free and member.payment_method == PaymentMethod.NONE:
        member.payment_method = PaymentMethod.STANDING_ORDER  # from a free plan: the usual way to pay here
        return ["payment_method"]
    return []
