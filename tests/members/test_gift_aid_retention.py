"""Closing an account erases the person, except what HMRC says a charity must keep."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from tribuna.members import account, lifecycle
from tribuna.members.gift_aid import claimable, tax_year
from tribuna.members.models import GiftAidDeclaration, Member, Plan

pytestmark = pytest.mark.django_db(transaction=True)

DECLARATION = {"title": "Mr", "first_name": "Iñigo", "last_name": "Ramos", "house": "7", "postcode": "CF10 1AA"}


def member_with_declaration():
    return lifecycle.join(
        lifecycle.JoinRequest(
            plan=Plan.objects.get(slug="individual"), name="Iñigo Ramos", email="inigo@example.net",
            payment_method="standing_order", gift_aid=dict(DECLARATION), gift_aid_wording="I am a UK taxpayer…",
        )
    )


def test_a_declaration_behind_a_payment_is_kept_six_years(demo_site, outbox):
    member = member_with_declaration()
    paid_on = timezone.localdate()
    lifecycle.record_payment(member, amount=30, method="standing_order", received_on=paid_on)

    account.close(Member.objects.get(pk=member.pk))

    member.refresh_from_db()
    assert (member.name, member.email, member.address) == ("", "", "")
    kept = GiftAidDeclaration.objects.get()
    assert (kept.first_name, kept.house, kept.postcode) == ("Iñigo", "7", "CF10 1AA")
    assert kept.cancelled_at is not None
    assert kept.keep_until == paid_on.replace(year=paid_on.year + 6)
    # The claim for this tax year can still be made, and only for what was paid.
    assert [(row.last_name, row.amount) for row in claimable(*tax_year(paid_on))] == [("Ramos", 30)]

    with time_machine.travel(kept.keep_until + dt.timedelta(days=1)):
        lifecycle.daily()
    assert not GiftAidDeclaration.objects.exists()


def test_a_declaration_nothing_was_claimed_on_goes_at_once(demo_site, outbox):
    member = member_with_declaration()
    account.close(member)
    assert not GiftAidDeclaration.objects.exists()


def test_a_declaration_whose_payments_are_over_six_years_old_goes_at_once(demo_site, outbox):
    with time_machine.travel(dt.datetime(2018, 5, 1, 12, tzinfo=dt.timezone.utc)):
        member = member_with_declaration()
        lifecycle.record_payment(member, amount=30, method="cheque", received_on=dt.date(2018, 5, 1))
    account.close(Member.objects.get(pk=member.pk))
    assert not GiftAidDeclaration.objects.exists()
