"""The account page: changing plan, and renewing (early, in grace, or lapsed)."""

import datetime as dt
from contextlib import nullcontext
from decimal import Decimal

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.test import Client

from support import fake_stripe as fs
from tribuna.members import lifecycle
from tribuna.members.models import MailSent, Member, PaymentMethod, Plan, Status, StatusChange

from conftest import text_of

# Mail goes out when the change commits, so these tests let it commit.
pytestmark = pytest.mark.django_db(transaction=True)


def at(day: str):
    return time_machine.travel(dt.datetime.fromisoformat(day + "T10:00:00+00:00"), tick=False)


@pytest.fixture
def no_cards(settings):
    settings.STRIPE_SECRET_KEY = ""


@pytest.fixture
def member(demo_site, outbox, no_cards, client, settings):
    """Rosa joined on 1 March 2026 (Individual, £30 a year, standing order), signed in
    for as long as these tests travel in time."""
    settings.SESSION_COOKIE_AGE = 10 * 365 * 24 * 3600
    with at("2026-03-01"):
        rosa = lifecycle.join(
            lifecycle.JoinRequest(
                plan=Plan.objects.get(slug="individual"),
                name="Rosa Quispe",
                email="rosa@example.net",
                payment_method=PaymentMethod.STANDING_ORDER,
            )
        )
        lifecycle.confirm_email(rosa)
    client.force_login(rosa.user)
    return rosa


def plan(slug) -> Plan:
    return Plan.objects.get(slug=slug)


def pay(member, day, amount="30.00"):
    with at(day):
        lifecycle.record_payment(
            member, amount=Decimal(amount), method=PaymentMethod.STANDING_ORDER, received_on=dt.date.fromisoformat(day)
        )
    member.refresh_from_db()


def page(client) -> BeautifulSoup:
    response = client.get("/account/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(html) -> str:
    """The text a reader sees in a response, page or element, spaces tidied."""
    if not hasattr(html, "get_text"):
        html = BeautifulSoup(html.content, "html.parser")
    return " ".join(html.get_text().split())


def plan_choices(soup) -> list[str]:
    form = soup.find("form", attrs={"action": "/account/plan/"})
    return [" ".join(label.get_text().split()) for label in form.select("fieldset label")] if form else []


def plan_changes(member) -> list[tuple[str, str, str]]:
    return [
        (c.from_status, c.to_status, c.reason)
        for c in StatusChange.objects.filter(member=member, reason__contains="plan").order_by("pk")
    ]


def change_to(client, choice, day=None):
    """Post the account page's plan form: a plan's slug, or any raw value."""
    known = Plan.objects.filter(slug=choice).first()
    with at(day) if day else nullcontext():
        return client.post("/account/plan/", {"plan": known.pk if known else choice})


# --- changing plan ---------------------------------------------------------------------


def test_a_pending_member_switches_at_once(client, member, outbox):
    soup = page(client)
    assert plan_choices(soup) == ["Concession (£12.00 a year)", "Organisation (£75.00 a year)"]
    assert soup.find("form", attrs={"action": "/account/plan/"}).find("input", attrs={"name": "csrfmiddlewaretoken"})

    response = change_to(client, "concession")
    assert response.status_code == 302 and response["Location"] == "/account/"

    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan, member.status) == ("concession", None, Status.PENDING)
    assert plan_changes(member) == [("pending", "pending", "plan changed: Individual → Concession")]

    after = page(client)
    text = words(after)
    assert "Your plan is now Concession (£12.00 a year). Your next payment is £12.00." in text
    assert "Please pay £12.00 to the account below" in words(after.find("section", attrs={"aria-labelledby": "pay-heading"}))
    assert plan_choices(after) == ["Individual (£30.00 a year)", "Organisation (£75.00 a year)"]

    mail = outbox()[-1]
    assert mail["Subject"] == "Your membership plan is now Concession"
    body = text_of(mail)
    assert "now on the Concession plan (£12.00 a year)" in body and "Your next payment is £12.00" in body
    assert member.payment_reference in body and "change its amount to £12.00" in body
    assert MailSent.objects.filter(member=member, kind="plan change").count() == 1


def test_an_active_member_keeps_the_paid_period_and_the_new_plan_starts_at_renewal(client, member, outbox):
    pay(member, "2026-03-12")
    assert member.expires_on == dt.date(2027, 3, 12)

    response = change_to(client, "concession", day="2026-06-01")
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan.slug, member.status) == ("individual", "concession", Status.ACTIVE)
    assert member.expires_on == dt.date(2027, 3, 12)
    assert plan_changes(member) == [("active", "active", "plan to change at renewal: Individual → Concession")]

    with at("2026-06-01"):
        soup = page(client)
    text = words(soup)
    assert "From 12 March 2027 your plan will be Concession (£12.00 a year). Until then you stay on Individual." in text
    assert "Individual (£30.00 a year)" in words(soup.select_one("dl.facts"))
    assert words(soup.select_one(".plan-change-waiting")) == "From 12 March 2027 your plan will be Concession (£12.00 a year)."
    assert soup.find("section", attrs={"aria-labelledby": "renew-heading"}) is None  # not yet due
    assert plan_choices(soup) == ["Keep Individual (£30.00 a year)", "Organisation (£75.00 a year)"]

    mail = outbox()[-1]
    assert mail["Subject"] == "Your membership plan changes to Concession from 12 March 2027"
    assert "The period you have paid for stays on the Individual plan." in text_of(mail)

    # The renewal reminder asks for the new price.
    with at("2027-02-11"):
        assert lifecycle.daily().reminders == 1
    assert "pay £12.00" in text_of(outbox()[-1])

    # The next payment (early, at the new price) starts the Concession year at expiry.
    with at("2027-03-01"):
        assert "Renewal: Concession, £12.00." in words(page(client))
    pay(member, "2027-03-01", amount="12.00")
    assert (member.plan.slug, member.next_plan, member.status) == ("concession", None, Status.ACTIVE)
    assert member.expires_on == dt.date(2028, 3, 12)
    assert member.payments.first().amount == Decimal("12.00")
    assert plan_changes(member)[-1] == ("active", "active", "plan changed at renewal: Individual → Concession")
    with at("2027-03-02"):
        soup = page(client)
    assert "Concession (£12.00 a year)" in words(soup.select_one("dl.facts"))
    assert soup.select_one(".plan-change-waiting") is None


def test_choosing_the_own_plan_again_withdraws_a_waiting_change(client, member, outbox):
    pay(member, "2026-03-12")
    change_to(client, "organisation", day="2026-06-01")
    again = change_to(client, "organisation", day="2026-06-01")
    assert again.status_code == 400
    assert "You have already chosen the Organisation plan from your next renewal." in words(again)
    response = change_to(client, "individual", day="2026-06-02")
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan) == ("individual", None)
    assert plan_changes(member)[-1] == ("active", "active", "plan change withdrawn: stays Individual")
    assert outbox()[-1]["Subject"] == "Your membership plan stays Individual"
    assert "Your plan stays Individual (£30.00 a year)." in words(page(client))


def test_a_free_plan_starts_once_the_address_is_confirmed(client, member, outbox):
    free = Plan.objects.create(slug="supporter", name="Supporter", price=0, period="annual", sort_order=9)
    assert "Supporter (free)" in plan_choices(page(client))
    with at("2026-03-02"):
        assert change_to(client, "supporter").status_code == 302
    member.refresh_from_db()
    assert (member.plan, member.status, member.payment_method) == (free, Status.ACTIVE, PaymentMethod.NONE)
    assert member.expires_on == dt.date(2027, 3, 2)
    assert outbox()[-1]["Subject"] == "Your membership plan is now Supporter"
    assert "Your membership is active." in text_of(outbox()[-1])

    # Someone not yet confirmed waits for the confirmation, as on joining.
    with at("2026-03-01"):
        other = lifecycle.join(
            lifecycle.JoinRequest(plan=plan("individual"), name="Ana", email="ana@example.net", payment_method="standing_order")
        )
    lifecycle.change_plan(other, free)
    other.refresh_from_db()
    assert (other.plan, other.status) == (free, Status.PENDING)
    lifecycle.confirm_email(other)
    other.refresh_from_db()
    assert other.status == Status.ACTIVE


def test_a_free_next_plan_starts_when_the_paid_period_ends(client, member):
    free = Plan.objects.create(slug="supporter", name="Supporter", price=0, period="annual", sort_order=9)
    pay(member, "2026-03-12")
    change_to(client, "supporter", day="2026-06-01")
    with at("2027-03-13"):
        lifecycle.daily()
    member.refresh_from_db()
    assert (member.plan, member.next_plan, member.status) == (free, None, Status.ACTIVE)
    assert member.expires_on == dt.date(2028, 3, 12) and member.payment_method == PaymentMethod.NONE


@pytest.mark.parametrize(
    "value, message",
    [
        ("individual", "You are already on the Individual plan."),
        ("retired", "The Old rate plan is no longer offered."),
        ("staff-only", "That plan is not open to members to choose."),
        ("999999", "Please choose one of the plans listed."),
        ("garbage", "Please choose one of the plans listed."),
        ("9" * 30, "Please choose one of the plans listed."),
        ("", "Please choose a plan."),
    ],
)
def test_bad_choices_change_nothing(client, member, outbox, value, message):
    Plan.objects.create(slug="retired", name="Old rate", price=20, is_retired=True)
    Plan.objects.create(slug="staff-only", name="Honorary", price=0, is_public=False)
    before = (len(outbox()), StatusChange.objects.count(), MailSent.objects.count())

    response = change_to(client, value)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert message in words(soup.select_one(".form-error"))
    assert soup.select_one("h1").get_text() == "Your membership"

    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan) == ("individual", None)
    assert (len(outbox()), StatusChange.objects.count(), MailSent.objects.count()) == before


def test_only_a_signed_in_member_may_post_with_a_csrf_token(member, client):
    assert client.get("/account/plan/").status_code == 405
    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(member.user)
    assert guarded.post("/account/plan/", {"plan": plan("concession").pk}).status_code == 403
    anonymous = Client().post("/account/plan/", {"plan": plan("concession").pk})
    assert anonymous.status_code == 302 and "/account/sign-in/" in anonymous["Location"]
    member.refresh_from_db()
    assert member.plan.slug == "individual"


def test_a_cancelled_member_cannot_change_plan(client, member):
    lifecycle.cancel(member)
    assert plan_choices(page(client)) == []
    assert change_to(client, "concession").status_code == 400
    member.refresh_from_db()
    assert member.plan.slug == "individual"


def test_the_desk_shows_plan_changes_in_the_history(client, member):
    from django.contrib.auth import get_user_model

    change_to(client, "concession")
    staff = get_user_model().objects.create_superuser(email="secretary@example.org", password="not-used-here")
    client.force_login(staff)
    soup = BeautifulSoup(client.get(f"/admin/members/inspect/{member.pk}/").content, "html.parser")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in soup.find_all("tr")]
    assert ["Pending", "Pending", "plan changed: Individual → Concession"] in [row[1:4] for row in rows]


# --- renewing --------------------------------------------------------------------------


def renew_section(soup):
    return soup.find("section", attrs={"aria-labelledby": "renew-heading"})


def test_renewing_early_extends_from_the_expiry(client, member):
    pay(member, "2026-03-12")
    with at("2027-01-20"):  # 51 days before expiry: reminders start 30 days before
        assert renew_section(page(client)) is None
    with at("2027-02-20"):
        section = renew_section(page(client))
    text = words(section)
    assert "Your membership is paid up to 12 March 2027. You can renew now" in text
    assert "Renewal: Individual, £30.00." in text
    assert "12345678" in text and member.payment_reference in text
    assert section.find("form") is None  # no card payments on this site
    pay(member, "2027-02-20")
    assert member.expires_on == dt.date(2028, 3, 12)


def test_renewing_in_grace_or_lapsed(client, member):
    pay(member, "2026-03-12")
    with at("2027-03-20"):
        lifecycle.daily()
        text = words(renew_section(page(client)))
    assert "Your membership was paid up to 12 March 2027. You keep members’ benefits until 11 April 2027" in text
    assert member.payment_reference in text

    # In grace the change of plan applies at once, and the renewal is at its price.
    assert change_to(client, "concession", day="2027-03-20").status_code == 302
    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan, member.status) == ("concession", None, Status.GRACE)
    with at("2027-03-20"):
        assert "Renewal: Concession, £12.00." in words(renew_section(page(client)))
    pay(member, "2027-03-25", amount="12.00")
    assert (member.status, member.expires_on) == (Status.ACTIVE, dt.date(2028, 3, 12))

    # Lapsed: the new year starts the day of payment.
    with at("2028-05-01"):
        lifecycle.daily()
        member.refresh_from_db()
        assert member.status == Status.LAPSED
        assert "Your membership has lapsed." in words(renew_section(page(client)))
    pay(member, "2028-05-02", amount="12.00")
    assert (member.status, member.expires_on) == (Status.ACTIVE, dt.date(2029, 5, 2))


def test_card_renewal_is_offered_only_when_due(client, member, stripe_api):
    pay(member, "2026-03-12")
    with at("2026-06-01"):
        assert "by card" not in words(page(client))
        assert client.post("/account/pay/")["Location"] == "/account/"
    assert stripe_api.requests == []

    with at("2027-03-20"):
        lifecycle.daily()
        section = renew_section(page(client))
        assert "Pay £30.00 by card" in words(section)
        assert section.find("form", attrs={"action": "/account/pay/"}).find("input", attrs={"name": "csrfmiddlewaretoken"})
        response = client.post("/account/pay/")
    assert response.status_code == 303 and response["Location"].startswith("https://checkout.stripe.com/")
    [checkout] = stripe_api.requests_to("POST", "/v1/checkout/sessions")
    assert checkout["line_items"]["0"]["price_data"]["unit_amount"] == "3000"


# --- card subscriptions ----------------------------------------------------------------


@pytest.fixture
def subscriber(client, stripe_api, outbox, join_data):
    """Rosa paid by card through Checkout: an active yearly subscription at £30."""
    client.post("/become-a-member/", {**join_data, "payment_method": "card"})
    _, _, params = stripe_api.requests[-1]
    session = fs.checkout_session(params)
    customer = fs.stripe_id("cus")
    subscription = stripe_api.subscribe(params, customer=customer)
    member = Member.objects.get(email="rosa@example.net")
    fs.deliver(client, fs.event("checkout.session.completed", fs.completed_subscription_checkout(session, customer, subscription["id"])))
    invoice = fs.paid_invoice(customer=customer, subscription=subscription["id"], amount=3000, metadata={"member": member.payment_reference})
    fs.deliver(client, fs.event("invoice.paid", invoice))
    member.refresh_from_db()
    assert member.status == Status.ACTIVE and member.auto_renews
    client.force_login(member.user)
    stripe_api.requests.clear()
    return member, subscription


def test_a_card_subscription_charges_the_new_price_from_the_next_invoice(client, stripe_api, subscriber, outbox):
    member, subscription = subscriber
    item_id = subscription["items"]["data"][0]["id"]

    response = change_to(client, "concession")
    assert response.status_code == 302

    [retrieved] = stripe_api.requests_to("GET", f"/v1/subscriptions/{subscription['id']}")
    [price] = stripe_api.requests_to("POST", "/v1/prices")
    assert price["unit_amount"] == "1200" and price["currency"] == "gbp"
    assert price["recurring"] == {"interval": "year"} and price["product_data"] == {"name": "Concession"}
    [update] = stripe_api.requests_to("POST", f"/v1/subscriptions/{subscription['id']}")
    assert update["proration_behavior"] == "none"
    assert update["items"]["0"]["id"] == item_id
    new_price = update["items"]["0"]["price"]
    assert stripe_api.prices[new_price]["unit_amount"] == 1200
    assert stripe_api.subscriptions[subscription["id"]]["items"]["data"][0]["price"]["id"] == new_price

    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan.slug, member.auto_renews) == ("individual", "concession", True)
    assert "Your card will be charged £12.00 at your next renewal." in words(page(client))
    assert "Your card will be charged £12.00 at your next renewal." in text_of(outbox()[-1])

    # A year on, Stripe charges the new price: the Concession year starts at expiry.
    expiry = member.expires_on
    renewal = fs.paid_invoice(
        customer=member.stripe_customer, subscription=subscription["id"], amount=1200, metadata={"member": member.payment_reference}
    )
    renewal["billing_reason"] = "subscription_cycle"
    assert fs.deliver(client, fs.event("invoice.paid", renewal)).status_code == 200
    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan) == ("concession", None)
    assert member.expires_on == expiry.replace(year=expiry.year + 1)


def test_a_plan_billed_at_another_interval_stops_the_subscription_at_period_end(client, stripe_api, subscriber):
    member, subscription = subscriber
    Plan.objects.create(slug="monthly", name="Monthly", price=3, period="monthly", sort_order=5)
    assert change_to(client, "monthly").status_code == 302
    [update] = stripe_api.requests_to("POST", f"/v1/subscriptions/{subscription['id']}")
    assert update == {"cancel_at_period_end": "true"}
    assert stripe_api.requests_to("POST", "/v1/prices") == []
    member.refresh_from_db()
    assert (member.next_plan.slug, member.auto_renews) == ("monthly", False)
    assert "it will stop at the end of the period" in words(page(client))


@pytest.mark.parametrize("trouble", ["canceled", "down", "unknown"])
def test_a_stripe_failure_changes_nothing(client, stripe_api, subscriber, outbox, trouble):
    member, subscription = subscriber
    if trouble == "canceled":
        stripe_api.subscriptions[subscription["id"]]["status"] = "canceled"
    elif trouble == "down":
        stripe_api.down = True
    else:
        del stripe_api.subscriptions[subscription["id"]]
    before = (len(outbox()), StatusChange.objects.count(), MailSent.objects.count())

    response = change_to(client, "concession")
    assert response.status_code == 503
    soup = BeautifulSoup(response.content, "html.parser")
    assert "We could not update your card payments with our payment provider just now, so your plan has not changed." in words(
        soup.select_one(".form-error")
    )
    member.refresh_from_db()
    assert (member.plan.slug, member.next_plan, member.auto_renews) == ("individual", None, True)
    assert (len(outbox()), StatusChange.objects.count(), MailSent.objects.count()) == before
    assert stripe_api.subscriptions.get(subscription["id"], subscription)["items"]["data"][0]["price"]["unit_amount"] == 3000
