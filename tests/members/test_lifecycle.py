"""pending → active → grace → lapsed, renewals and reminders, on a controlled clock."""

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from tribuna.members import lifecycle
from tribuna.members.models import MailSent, Member, PaymentMethod, Plan, Status
from tribuna.members.periods import add_months

pytestmark = pytest.mark.django_db(transaction=True)


def at(day: str):
    return time_machine.travel(dt.datetime.fromisoformat(day + "T10:00:00+00:00"), tick=False)


@pytest.fixture
def member(demo_site, outbox):
    with at("2026-01-10"):
        return lifecycle.join(
            lifecycle.JoinRequest(
                plan=Plan.objects.get(slug="individual"),
                name="Ana Flores",
                email="ana@example.net",
                payment_method=PaymentMethod.STANDING_ORDER,
            )
        )


def pay(member, day):
    with at(day):
        lifecycle.record_payment(
            member, amount=Decimal("30.00"), method=PaymentMethod.STANDING_ORDER, received_on=dt.date.fromisoformat(day)
        )
    member.refresh_from_db()


def daily(day):
    with at(day):
        return lifecycle.daily()


def subjects(outbox):
    return [message["Subject"] for message in outbox()]


def test_a_payment_activates_for_a_year(member):
    assert member.status == Status.PENDING and member.expires_on is None
    pay(member, "2026-01-15")
    assert member.status == Status.ACTIVE
    assert member.expires_on == dt.date(2027, 1, 15)
    assert [(c.from_status, c.to_status) for c in member.status_changes.all()] == [("", "pending"), ("pending", "active")]


def test_reminders_grace_and_lapse(member, outbox):
    pay(member, "2026-01-15")
    sent_before = len(outbox())

    assert daily("2026-12-10").reminders == 0  # 36 days before: nothing yet
    assert daily("2026-12-16").reminders == 1  # 30 days before
    assert daily("2026-12-16").reminders == 0  # the same day again: sent once
    assert daily("2027-01-08").reminders == 1  # 7 days before
    assert daily("2027-01-15").reminders == 1  # on the day
    reminders = subjects(outbox)[sent_before:]
    assert reminders == [
        "Your membership ends in 30 days",
        "Your membership ends in 7 days",
        "Your membership ends today",
    ]

    assert daily("2027-01-16").to_grace == 1
    member.refresh_from_db()
    assert member.status == Status.GRACE and member.is_current
    assert daily("2027-02-14").to_lapsed == 0  # 30 days of grace by default
    assert daily("2027-02-15").to_lapsed == 1
    member.refresh_from_db()
    assert member.status == Status.LAPSED and not member.is_current
    assert [c.to_status for c in member.status_changes.all()] == ["pending", "active", "grace", "lapsed"]


def test_a_missed_day_is_caught_up_without_old_reminders(member, outbox):
    pay(member, "2026-01-15")
    before = len(outbox())
    summary = daily("2027-01-20")  # the job did not run for weeks
    assert summary.to_grace == 1 and summary.reminders == 0
    assert len(outbox()) == before


def test_early_renewal_extends_from_the_current_expiry(member):
    pay(member, "2026-01-15")
    pay(member, "2026-12-20")  # paid early
    assert member.expires_on == dt.date(2028, 1, 15)


def test_renewal_in_grace_keeps_membership_continuous(member):
    pay(member, "2026-01-15")
    daily("2027-01-20")
    pay(member, "2027-01-25")
    assert member.status == Status.ACTIVE and member.expires_on == dt.date(2028, 1, 15)


def test_renewal_after_lapse_starts_from_the_payment(member):
    pay(member, "2026-01-15")
    daily("2027-01-20")
    daily("2027-03-01")
    pay(member, "2027-06-03")
    assert member.status == Status.ACTIVE and member.expires_on == dt.date(2028, 6, 3)


def test_auto_renewing_card_members_get_no_reminders(member, outbox):
    pay(member, "2026-01-15")
    Member.objects.filter(pk=member.pk).update(auto_renews=True)
    assert daily("2026-12-16").reminders == 0
    assert not MailSent.objects.filter(kind="renewal reminder").exists()


def test_reminder_offsets_are_a_setting(member, outbox):
    from tribuna.members.settings import membership_settings

    config = membership_settings()
    config.reminder_days = "14"
    config.save()
    pay(member, "2026-01-15")
    assert daily("2026-12-16").reminders == 0
    assert daily("2027-01-01").reminders == 1


def test_a_replayed_payment_is_recorded_once(member):
    for _ in range(2):
        with at("2026-01-15"):
            lifecycle.record_payment(
                member, amount=Decimal("30"), method=PaymentMethod.CARD, received_on=dt.date(2026, 1, 15), external_id="in_123"
            )
    member.refresh_from_db()
    assert member.payments.count() == 1 and member.expires_on == dt.date(2027, 1, 15)


def test_free_plan_starts_when_the_address_is_confirmed(demo_site, outbox):
    free = Plan.objects.create(slug="supporter", name="Supporter", price=0, period="lifetime")
    member = lifecycle.join(
        lifecycle.JoinRequest(plan=free, name="Luis Huamán", email="luis@example.net", payment_method="")
    )
    assert member.status == Status.PENDING and member.payment_method == PaymentMethod.NONE
    lifecycle.confirm_email(member, now=timezone.now())
    member.refresh_from_db()
    assert member.status == Status.ACTIVE and member.expires_on is None


@pytest.mark.parametrize(
    "start, months, expected",
    [("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"), ("2026-11-30", 3, "2027-02-28")],
)
def test_periods_end_on_real_days(start, months, expected):
    assert add_months(dt.date.fromisoformat(start), months) == dt.date.fromisoformat(expected)
