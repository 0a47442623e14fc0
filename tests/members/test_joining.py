"""Joining from "Become a member", signing in by link, and the member's own account."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from tribuna.members.models import Consent, Member, Status

from conftest import text_of

# Mail goes out when the join transaction commits, so these tests let it commit.
pytestmark = pytest.mark.django_db(transaction=True)

JOIN_URL = "/become-a-member/"


def link_in(message) -> str:
    return re.search(r"http://\S+", text_of(message)).group(0)


def sign_in_with(client, link):
    path = link.split("testserver", 1)[-1]
    confirm = client.get(path)
    assert confirm.status_code == 200
    token = BeautifulSoup(confirm.content, "html.parser").find("input", attrs={"name": "sesame"})["value"]
    return client.post(path.split("?")[0], {"sesame": token})


def test_join_by_standing_order_then_sign_in_by_link(client, outbox, join_data):
    response = client.post(JOIN_URL, join_data)
    assert response.status_code == 302 and response["Location"].endswith("/become-a-member/thanks/")

    member = Member.objects.get(email="rosa@example.net")
    assert member.status == Status.PENDING and member.payment_method == "standing_order"
    assert list(member.status_changes.values_list("to_status", flat=True)) == ["pending"]
    consent = Consent.objects.get(member=member)
    assert consent.given and "newsletter" in consent.wording and consent.source.endswith(JOIN_URL)

    [welcome] = outbox()
    body = text_of(welcome)
    assert welcome["To"] == "rosa@example.net"
    assert member.payment_reference in body and "12345678" in body and "£30.00" in body

    assert sign_in_with(client, link_in(welcome))["Location"] == "/account/"
    account = BeautifulSoup(client.get("/account/").content, "html.parser")
    assert account.select_one(".status").get_text() == "Pending"
    assert member.payment_reference in account.get_text()
    member.refresh_from_db()
    assert member.email_confirmed_at is not None


def test_a_link_works_once(client, outbox, join_data):
    client.post(JOIN_URL, join_data)
    link = link_in(outbox()[0])
    assert sign_in_with(client, link).status_code == 302
    client.logout()
    again = sign_in_with(client, link)
    assert again.status_code == 400
    assert "This link no longer works" in again.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("token", ["", "forged", "AAAAAAAAAAAAAAAAAAAAAAAA"])
def test_forged_links_change_nothing(client, demo_site, token):
    response = client.post("/account/sign-in/link/", {"sesame": token})
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_an_existing_member_gets_the_same_answer_and_a_sign_in_link(client, outbox, join_data):
    client.post(JOIN_URL, join_data)
    again = client.post(JOIN_URL, {**join_data, "name": "Someone Else"})
    assert again.status_code == 302 and again["Location"].endswith("/thanks/")
    assert Member.objects.filter(email="rosa@example.net").count() == 1
    assert "sign-in link" in outbox()[-1]["Subject"].lower()


def test_bad_join_input_keeps_what_was_typed(client, outbox, join_data):
    response = client.post(JOIN_URL, {**join_data, "email": "not-an-address", "name": "<b>Rosa</b>"})
    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.select_one(".form-error")
    assert page.find("input", attrs={"name": "name"})["value"] == "<b>Rosa</b>"
    assert "<b>Rosa</b>" not in response.content.decode()  # shown escaped
    assert not Member.objects.exists() and outbox() == []


def test_gift_aid_needs_a_home_address(client, outbox, join_data):
    response = client.post(JOIN_URL, {**join_data, "gift_aid": "on"})
    assert "HMRC asks for your home address" in response.content.decode()
    ok = client.post(JOIN_URL, {**join_data, "gift_aid": "on", "house": "12", "postcode": "n1 9gu"})
    assert ok.status_code == 302
    declaration = Member.objects.get().gift_aid_declarations.get()
    assert (declaration.first_name, declaration.last_name, declaration.postcode) == ("Rosa", "Quispe", "N1 9GU")
    assert "UK taxpayer" in declaration.wording


def test_honeypot_creates_nothing(client, outbox, join_data):
    response = client.post(JOIN_URL, {**join_data, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Member.objects.exists() and outbox() == []


def test_sign_in_requests_are_rate_limited(client, outbox, join_data):
    client.post(JOIN_URL, join_data)
    answers = [client.post("/account/sign-in/", {"email": "rosa@example.net"}).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    assert len(outbox()) == 1 + 3


def test_unknown_address_gets_the_same_answer_and_no_mail(client, outbox, demo_site):
    response = client.post("/account/sign-in/", {"email": "nobody@example.net"})
    assert response.status_code == 200 and "a sign-in link is on its way" in response.content.decode()
    assert outbox() == []


def test_member_downloads_data_and_closes_the_account(client, outbox, join_data):
    client.post(JOIN_URL, {**join_data, "gift_aid": "on", "house": "12", "postcode": "N1 9GU"})
    sign_in_with(client, link_in(outbox()[0]))
    member = Member.objects.get()

    export = client.get("/account/data.json")
    assert export["Content-Disposition"].startswith("attachment")
    data = json.loads(export.content)
    assert data["member"]["email"] == "rosa@example.net"
    assert data["consents"][0]["given"] is True
    assert data["gift_aid_declarations"][0]["postcode"] == "N1 9GU"

    closed = client.post("/account/close/", {"confirm": "yes"})
    assert "Your account is closed" in closed.content.decode()
    member.refresh_from_db()
    assert (member.name, member.email, member.address, member.status) == ("", "", "", Status.CANCELLED)
    assert not get_user_model().objects.filter(email="rosa@example.net").exists()
    assert not member.consents.exists() and not member.gift_aid_declarations.exists()
    assert client.get("/account/").status_code == 302


def test_members_cannot_reach_the_editor(client, outbox, join_data):
    client.post(JOIN_URL, join_data)
    sign_in_with(client, link_in(outbox()[0]))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get("/admin/members/").status_code == 302
