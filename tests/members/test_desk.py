"""The membership secretary's desk: list, filter, search, a member's file, payments, export."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tribuna.members import lifecycle
from tribuna.members.models import Member, PaymentMethod, Plan, Status

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def secretary(client, demo_site):
    user = get_user_model().objects.create_superuser(email="secretary@example.org", password="not-used-here")
    client.force_login(user)
    return user


def join(name, email, plan="individual", method=PaymentMethod.STANDING_ORDER):
    return lifecycle.join(
        lifecycle.JoinRequest(plan=Plan.objects.get(slug=plan), name=name, email=email, payment_method=method)
    )


@pytest.fixture
def members(demo_site, outbox):
    return [
        join("Ana Flores", "ana@example.net"),
        join("Bruno Díaz", "bruno@example.net", plan="concession", method=PaymentMethod.BANK_TRANSFER),
        join("=HYPERLINK(\"http://evil.example\")", "formula@example.net"),
        join("<script>alert(1)</script>", "script@example.net"),
    ]


def test_list_filters_and_search(client, secretary, members):
    lifecycle.record_payment(members[0], amount=30, method=PaymentMethod.STANDING_ORDER, received_on=timezone.localdate())
    everyone = client.get("/admin/members/")
    assert everyone.status_code == 200
    html = everyone.content.decode()
    assert "Ana Flores" in html and "Bruno Díaz" in html
    assert "<script>alert(1)</script>" not in html  # escaped in the admin too

    active = client.get("/admin/members/", {"status": Status.ACTIVE}).content.decode()
    assert "Ana Flores" in active and "Bruno Díaz" not in active
    by_plan = client.get("/admin/members/", {"plan": Plan.objects.get(slug="concession").pk}).content.decode()
    assert "Bruno Díaz" in by_plan and "Ana Flores" not in by_plan
    found = client.get("/admin/members/", {"q": members[1].payment_reference}).content.decode()
    assert "Bruno Díaz" in found and "Ana Flores" not in found


def test_recording_a_payment_activates_the_member(client, secretary, members):
    member = members[0]
    form = client.get(f"/admin/members/record-payment/{member.pk}/")
    assert form.status_code == 200
    today = timezone.localdate()
    response = client.post(
        f"/admin/members/record-payment/{member.pk}/",
        {"amount": "30.00", "method": "standing_order", "received_on": today.isoformat(), "note": "SO ref match"},
        follow=True,
    )
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.status == Status.ACTIVE
    assert member.expires_on == today.replace(year=today.year + 1)
    payment = member.payments.get()
    assert payment.recorded_by == secretary
    file = client.get(f"/admin/members/inspect/{member.pk}/").content.decode()
    assert payment.receipt_number in file and "SO ref match" in file and "joined" in file


def test_a_payment_in_the_future_is_refused(client, secretary, members):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = client.post(
        f"/admin/members/record-payment/{members[0].pk}/",
        {"amount": "30.00", "method": "cheque", "received_on": tomorrow.isoformat()},
    )
    assert "cannot be received in the future" in response.content.decode()
    assert not members[0].payments.exists()


def test_csv_export_follows_the_filter_and_defuses_formulas(client, secretary, members):
    response = client.get("/admin/members/", {"export": "csv", "plan": Plan.objects.get(slug="individual").pk})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    names = {row["Name"] for row in rows}
    assert "Ana Flores" in names and "Bruno Díaz" not in names
    assert "'=HYPERLINK(\"http://evil.example\")" in names


def test_staff_cannot_add_members_around_the_lifecycle(client, secretary, members):
    assert client.get("/admin/members/new/").status_code in (302, 403)


def test_members_are_not_staff(client, members):
    client.force_login(members[0].user)
    assert client.get("/admin/members/").status_code == 302


def test_staff_change_a_plan_through_the_lifecycle(client, secretary, members):
    ana = members[0]
    lifecycle.record_payment(ana, amount=30, method=PaymentMethod.STANDING_ORDER, received_on=timezone.localdate())
    concession = Plan.objects.get(slug="concession")
    form = {"name": "Ana Flores", "email": "ana@example.net", "plan": concession.pk, "payment_method": "standing_order", "address": "", "postcode": "", "language": "en-gb"}
    response = client.post(f"/admin/members/edit/{ana.pk}/", form)
    assert response.status_code == 302
    ana.refresh_from_db()
    # Paid up as Individual: Concession starts at renewal, and the file says so.
    assert (ana.plan.slug, ana.next_plan.slug) == ("individual", "concession")
    assert "Concession" in ana.status_changes.last().reason
    record = client.get(f"/admin/members/record-payment/{ana.pk}/").content.decode()
    assert 'value="12.00"' in record


def test_staff_cannot_move_a_card_subscriber_behind_stripe(client, secretary, members):
    bruno = members[1]
    Member.objects.filter(pk=bruno.pk).update(auto_renews=True, stripe_subscription="sub_123")
    form = {"name": "Bruno Díaz", "email": "bruno@example.net", "plan": Plan.objects.get(slug="individual").pk, "payment_method": "card", "address": "", "postcode": "", "language": "en-gb"}
    response = client.post(f"/admin/members/edit/{bruno.pk}/", form)
    assert response.status_code == 200 and "change plan from their account page" in response.content.decode()
    bruno.refresh_from_db()
    assert bruno.plan.slug == "concession" and bruno.next_plan is None


def test_the_member_list_costs_the_same_queries_at_any_size(client, secretary, members, count_queries):
    def queries_for(path):
        client.get(path)  # warm the per-process caches (site, settings) first
        with count_queries() as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    few = queries_for("/admin/members/")
    plan = Plan.objects.get(slug="individual")
    Member.objects.bulk_create(
        Member(name=f"Member {n}", email=f"m{n}@example.net", plan=plan, payment_method="cheque", payment_reference=f"BULK{n:04d}")
        for n in range(120)
    )
    assert queries_for("/admin/members/") == few
    assert queries_for("/admin/members/?p=3") == few
