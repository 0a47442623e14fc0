"""The card path: Checkout through Stripe's API (a stand-in on loopback) and signed webhooks."""

import datetime as dt

import pytest
from django.utils import timezone

from support import fake_stripe as fs
from tribuna.members.models import Member, Payment, Plan, StripeEvent

pytestmark = pytest.mark.django_db(transaction=True)


post_event = fs.deliver


@pytest.fixture
def card_join(client, stripe_api, outbox, join_data):
    response = client.post("/become-a-member/", {**join_data, "payment_method": "card"})
    assert response.status_code == 303
    assert response["Location"].startswith("https://checkout.stripe.com/c/pay/cs_test_")
    method, path, params = stripe_api.requests[-1]
    session = fs.checkout_session(params)
    return Member.objects.get(email="rosa@example.net"), session, params


def test_checkout_is_a_yearly_subscription_for_the_plan(card_join):
    member, session, params = card_join
    assert params["mode"] == "subscription"
    assert params["line_items"]["0"]["price_data"] == {
        "currency": "gbp",
        "unit_amount": "3000",
        "product_data": {"name": "Individual"},
        "recurring": {"interval": "year"},
    }
    assert params["client_reference_id"] == member.payment_reference
    assert params["subscription_data"]["metadata"]["member"] == member.payment_reference
    assert params["locale"] == "en-GB"
    assert member.status == "pending" and member.payment_method == "card"


def test_a_spanish_joiner_pays_on_a_spanish_checkout_page(client, stripe_api, outbox, join_data):
    concession = Plan.objects.get(slug="concession")
    response = client.post("/es/hagase-socio/", {**join_data, "plan": concession.pk, "payment_method": "card"})
    assert response.status_code == 303
    _method, _path, params = stripe_api.requests[-1]
    assert params["locale"] == "es"
    assert params["line_items"]["0"]["price_data"]["product_data"] == {"name": "Cuota reducida"}


def test_paid_subscription_activates_once_whatever_the_order_and_replays(client, card_join):
    member, session, _ = card_join
    customer, sub = fs.stripe_id("cus"), fs.stripe_id("sub")
    paid = fs.event(
        "invoice.paid",
        fs.paid_invoice(customer=customer, subscription=sub, amount=3000, metadata={"member": member.payment_reference}),
    )
    completed = fs.event("checkout.session.completed", fs.completed_subscription_checkout(session, customer, sub))

    # The invoice arrives before the checkout, and is then delivered twice more.
    assert post_event(client, paid).status_code == 200
    assert post_event(client, completed).status_code == 200
    assert post_event(client, paid).content == b"already applied"
    retry_of_same_invoice = fs.event("invoice.paid", paid["data"]["object"])  # a new event id, the same invoice
    assert post_event(client, retry_of_same_invoice).status_code == 200

    member.refresh_from_db()
    assert member.status == "active" and member.auto_renews
    assert (member.stripe_customer, member.stripe_subscription) == (customer, sub)
    assert member.expires_on == timezone.localdate().replace(year=timezone.localdate().year + 1)
    assert Payment.objects.filter(member=member).count() == 1
    assert StripeEvent.objects.count() == 3


def test_cancelling_the_subscription_stops_auto_renewal(client, card_join):
    member, session, _ = card_join
    customer, sub = fs.stripe_id("cus"), fs.stripe_id("sub")
    post_event(client, fs.event("checkout.session.completed", fs.completed_subscription_checkout(session, customer, sub)))
    post_event(client, fs.event("customer.subscription.updated", fs.subscription(sub_id=sub, customer=customer, cancel_at_period_end=True)))
    member.refresh_from_db()
    assert not member.auto_renews
    post_event(client, fs.event("customer.subscription.deleted", fs.subscription(sub_id=sub, customer=customer, status="canceled")))
    member.refresh_from_db()
    assert not member.auto_renews and member.status == "pending"


def test_a_failed_card_payment_tells_the_member(client, card_join, outbox):
    member, session, _ = card_join
    customer, sub = fs.stripe_id("cus"), fs.stripe_id("sub")
    post_event(client, fs.event("checkout.session.completed", fs.completed_subscription_checkout(session, customer, sub)))
    failed = fs.paid_invoice(customer=customer, subscription=sub, amount=3000, metadata={"member": member.payment_reference})
    failed.update(status="open", amount_paid=0)
    assert post_event(client, fs.event("invoice.payment_failed", failed)).status_code == 200
    assert outbox()[-1]["Subject"] == "Your card payment did not go through"
    assert not Payment.objects.exists()


def test_bad_signatures_change_nothing(client, card_join):
    member, session, _ = card_join
    customer, sub = fs.stripe_id("cus"), fs.stripe_id("sub")
    paid = fs.event("invoice.paid", fs.paid_invoice(customer=customer, subscription=sub, amount=3000, metadata={"member": member.payment_reference}))
    assert post_event(client, paid, secret="whsec_wrong").status_code == 400
    assert post_event(client, paid, timestamp=int(dt.datetime(2020, 1, 1).timestamp())).status_code == 400
    unsigned = client.post("/webhooks/stripe/", b"{}", content_type="application/json")
    assert unsigned.status_code == 400
    assert not Payment.objects.exists() and not StripeEvent.objects.exists()


def test_unknown_events_and_customers_are_acknowledged_and_ignored(client, card_join):
    assert post_event(client, fs.event("charge.refund.updated", {"id": "re_1", "object": "refund"})).content == b"ignored"
    stranger = fs.paid_invoice(customer="cus_nobody", subscription="sub_nobody", amount=3000, metadata={})
    response = post_event(client, fs.event("invoice.paid", stranger))
    assert response.status_code == 200 and response.content == b"unknown member"
    assert not Payment.objects.exists()


def test_malformed_events_are_refused_without_a_500(client, card_join):
    member, session, _ = card_join
    broken = fs.event("invoice.paid", {"object": "invoice", "customer": "x", "amount_paid": "lots", "metadata": {"member": member.payment_reference}})
    assert post_event(client, broken).status_code == 400
    assert post_event(client, ["not", "an", "event"]).status_code == 400
    assert not Payment.objects.exists()


def test_lifetime_plans_are_a_one_off_payment(client, stripe_api, outbox, join_data):
    from tribuna.members.models import Plan

    lifetime = Plan.objects.create(slug="life", name="Life", price=300, period="lifetime")
    client.post("/become-a-member/", {**join_data, "plan": lifetime.pk, "payment_method": "card"})
    _, _, params = stripe_api.requests[-1]
    assert params["mode"] == "payment" and "recurring" not in params["line_items"]["0"]["price_data"]
    session = {**fs.checkout_session(params), "status": "complete", "payment_status": "paid", "payment_intent": fs.stripe_id("pi"), "customer": fs.stripe_id("cus")}
    post_event(client, fs.event("checkout.session.completed", session))
    member = Member.objects.get(email="rosa@example.net")
    assert member.status == "active" and member.expires_on is None and not member.auto_renews
    assert member.payments.get().amount == 300


def test_stripe_down_keeps_the_member_and_says_so(client, stripe_api, outbox, join_data):
    stripe_api.down = True
    response = client.post("/become-a-member/", {**join_data, "payment_method": "card"})
    assert response.status_code == 503
    assert "We could not open the card payment page" in response.content.decode()
    assert Member.objects.filter(email="rosa@example.net", status="pending").exists()
    assert "please confirm your e-mail" in outbox()[-1]["Subject"]


def test_without_keys_cards_are_not_offered(client, demo_site, settings):
    settings.STRIPE_SECRET_KEY = ""
    assert 'value="card"' not in client.get("/become-a-member/").content.decode()
