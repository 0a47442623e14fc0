"""Donations by card and standing order, thanks with a receipt, and the Gift Aid report."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from support import fake_stripe as fs
from tribuna.members.models import Donation, Payment

pytestmark = pytest.mark.django_db(transaction=True)

DONATE_URL = "/support-our-work/"
GIFT = {"amount": "25", "frequency": "one_off", "name": "Carmen Rojas", "email": "carmen@example.net"}
GIFT_AID = {"gift_aid": "on", "title": "Ms", "house": "4", "postcode": "ox1 2ab"}


post_event = fs.deliver


def report_rows(client):
    staff = get_user_model().objects.create_superuser(email="treasurer@example.org", password="not-used-here")
    client.force_login(staff)
    response = client.get("/admin/gift-aid/", {"format": "csv"})
    client.logout()
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_card_donation_with_gift_aid_is_claimed_once(client, demo_site, stripe_api, outbox):
    response = client.post(DONATE_URL, {**GIFT, **GIFT_AID, "method": "card"})
    assert response.status_code == 303
    _, _, params = stripe_api.requests[-1]
    assert params["mode"] == "payment" and params["metadata"]["purpose"] == "donation"
    donation = Donation.objects.get()
    assert donation.gift_aid.postcode == "OX1 2AB"

    session = {**fs.checkout_session(params), "status": "complete", "payment_status": "paid", "payment_intent": fs.stripe_id("pi")}
    completed = fs.event("checkout.session.completed", session)
    assert post_event(client, completed).content == b"donation recorded"
    assert post_event(client, completed).content == b"already applied"
    assert post_event(client, fs.event("checkout.session.completed", session)).status_code == 200  # a retried delivery

    payment = Payment.objects.get()
    assert (payment.purpose, payment.amount, payment.donation) == ("donation", 25, donation)
    assert "Thank you for your gift" in outbox()[-1]["Subject"]
    rows = report_rows(client)
    assert [(r["First name"], r["Last name"], r["Postcode"], r["Amount"]) for r in rows] == [("Carmen", "Rojas", "OX1 2AB", "25.00")]


def test_gifts_without_a_declaration_are_not_claimed(client, demo_site, stripe_api, outbox):
    client.post(DONATE_URL, {**GIFT, "method": "card"})
    _, _, params = stripe_api.requests[-1]
    session = {**fs.checkout_session(params), "status": "complete", "payment_status": "paid", "payment_intent": fs.stripe_id("pi")}
    post_event(client, fs.event("checkout.session.completed", session))
    assert Payment.objects.count() == 1
    assert report_rows(client) == []


def test_monthly_card_gift_is_a_subscription(client, demo_site, stripe_api, outbox):
    client.post(DONATE_URL, {**GIFT, "frequency": "monthly", "method": "card"})
    _, _, params = stripe_api.requests[-1]
    assert params["mode"] == "subscription"
    assert params["line_items"]["0"]["price_data"]["recurring"] == {"interval": "month"}
    donation = Donation.objects.get()
    invoice = fs.paid_invoice(customer=fs.stripe_id("cus"), subscription=fs.stripe_id("sub"), amount=2500, metadata=params["metadata"])
    assert post_event(client, fs.event("invoice.paid", invoice)).content == b"donation recorded"
    donation.refresh_from_db()
    assert donation.payments.count() == 1 and donation.stripe_subscription


def test_standing_order_gift_gets_bank_details(client, demo_site, outbox):
    response = client.post(DONATE_URL, {**GIFT, "method": "standing_order"})
    assert response.status_code == 302
    donation = Donation.objects.get()
    body = outbox()[-1].get_body(preferencelist=("plain",)).get_content()
    assert donation.reference in body and "12345678" in body


def test_bad_donation_input_is_explained(client, demo_site, outbox):
    response = client.post(DONATE_URL, {**GIFT, "amount": "", "other_amount": "-5", "method": "standing_order", "email": "x"})
    html = response.content.decode()
    assert response.status_code == 200 and "form-error" in html
    assert not Donation.objects.exists()


def test_a_members_gift_aid_covers_their_membership_payments(client, demo_site, outbox):
    from django.utils import timezone

    from tribuna.members import lifecycle
    from tribuna.members.models import Plan

    member = lifecycle.join(
        lifecycle.JoinRequest(
            plan=Plan.objects.get(slug="individual"), name="Julia Paredes", email="julia@example.net",
            payment_method="cheque", gift_aid={"title": "", "first_name": "Julia", "last_name": "Paredes", "house": "9", "postcode": "LS1 1AA"},
            gift_aid_wording="I am a UK taxpayer…",
        )
    )
    lifecycle.record_payment(member, amount=30, method="cheque", received_on=timezone.localdate())
    rows = report_rows(client)
    assert [(r["Last name"], r["For"], r["Amount"]) for r in rows] == [("Paredes", "membership", "30.00")]


@pytest.mark.parametrize("query", [{}, {"start": "abc", "end": "2026-01-01"}, {"start": "2026-05-01", "end": "2026-01-01"}])
def test_report_screen_explains_bad_periods(client, demo_site, query):
    staff = get_user_model().objects.create_superuser(email="treasurer@example.org", password="not-used-here")
    client.force_login(staff)
    response = client.get("/admin/gift-aid/", query)
    assert response.status_code == 200
    if query:
        assert "error" in response.content.decode()


def test_report_is_for_treasurers_only(client, demo_site):
    editor = get_user_model().objects.create_user(email="ed@example.org", password=None, is_staff=True)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/gift-aid/").status_code in (302, 403)
