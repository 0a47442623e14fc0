"""`tribuna demo --members N`: many members in bulk, as the membership lifecycle would have left them."""

import datetime as dt
import re
from collections import Counter
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tribuna.demo import members_generator
from tribuna.members import lifecycle
from tribuna.members.models import Consent, GiftAidDeclaration, Member, Payment, Plan, Status, StatusChange
from tribuna.members.settings import membership_settings
from tribuna.newsletters import members_sync
from tribuna.newsletters.models import Newsletter, Subscriber, SubscriberConsent, SubscriberStatus, Subscription


def generated(count, **options):
    stderr = StringIO()
    call_command("demo", members=count, stdout=StringIO(), stderr=stderr, **options)
    assert f"{count:,}/{count:,}" in stderr.getvalue()  # the progress bar reached the end


def test_generated_members_are_whole(demo_site):
    generated(200, seed=2016)
    members = list(Member.objects.select_related("plan", "user").prefetch_related("status_changes", "payments"))
    today = timezone.localdate()
    grace_days = membership_settings().grace_days

    assert len(members) == 200
    emails = [m.email for m in members]
    assert len(set(emails)) == 200
    assert all(re.fullmatch(r"[a-z0-9.\-]+\.\d+@example\.(org|net)", email) for email in emails), emails[:5]
    assert all(m.user.email == m.email and not m.user.has_usable_password() for m in members)  # sign-in by link
    assert {m.plan.slug for m in members} == set(Plan.objects.values_list("slug", flat=True))
    assert len({m.payment_reference for m in members}) == 200
    assert any("ñ" in m.name.lower() or "á" in m.name.lower() or "í" in m.name.lower() for m in members)
    assert {m.language for m in members} == {"en-gb", "es"}
    assert sum(1 for m in members if m.postcode) > 50

    statuses = Counter(m.status for m in members)
    assert set(statuses) == set(Status.values)
    assert statuses[Status.ACTIVE] > statuses[Status.LAPSED] > statuses[Status.PENDING]
    for member in members:
        history = list(member.status_changes.all())
        assert history, member
        assert history[0].from_status == "" and history[-1].to_status == member.status
        assert all(later.from_status == earlier.to_status for earlier, later in zip(history, history[1:]))
        assert [h.changed_at for h in history] == sorted(h.changed_at for h in history)
        assert history[0].changed_at >= member.joined_at or history[0].reason == "CSV import"
        payments = list(member.payments.all())
        assert all(p.amount == member.plan.price and p.method == member.payment_method for p in payments)
        receipts = {h.reason for h in history if h.reason.startswith("payment ")}
        assert receipts == {f"payment {p.receipt_number}" for p in payments}
        if member.status == Status.PENDING:
            assert member.expires_on is None and not payments
        if member.status == Status.ACTIVE:
            assert member.expires_on >= today and member.email_confirmed_at
        if member.status == Status.GRACE:
            assert today - dt.timedelta(days=grace_days) <= member.expires_on < today
        if member.status == Status.LAPSED:
            assert member.expires_on < today - dt.timedelta(days=grace_days)
    assert Payment.objects.count() > 200

    # What the daily job would do to the data is already done.
    summary = lifecycle.daily()
    assert (summary.to_grace, summary.to_lapsed) == (0, 0)

    consents = list(Consent.objects.all())
    assert len(consents) > 100 and all(c.wording and c.source and c.recorded_at for c in consents)
    assert {c.given for c in consents} == {True, False}
    declarations = list(GiftAidDeclaration.objects.select_related("member"))
    assert declarations and all(d.postcode == d.member.postcode and d.house and d.wording for d in declarations)


def test_subscribers_follow_the_members_consent(demo_site):
    generated(120, seed=7)
    by_consent = set(Newsletter.objects.filter(members_by_consent=True).values_list("pk", flat=True))
    agreed = {
        c.member_id for c in Consent.objects.filter(given=True)
    }
    subscribers = {s.member_id: s for s in Subscriber.objects.prefetch_related("subscriptions")}
    assert agreed and set(subscribers) == agreed
    for subscriber in subscribers.values():
        assert {s.newsletter_id for s in subscriber.subscriptions.all()} == by_consent
        member = subscriber.member
        expected = SubscriberStatus.SUBSCRIBED if member.email_confirmed_at else SubscriberStatus.UNCONFIRMED
        assert subscriber.status == expected and subscriber.email == member.email

    # The real sync finds nothing to change.
    rows = (Subscriber.objects.count(), Subscription.objects.count(), SubscriberConsent.objects.count())
    for member in Member.objects.order_by("pk")[:40]:
        members_sync.sync_member(member)
    assert (Subscriber.objects.count(), Subscription.objects.count(), SubscriberConsent.objects.count()) == rows


def test_running_again_adds_more_at_new_addresses(demo_site):
    generated(30, seed=3)
    first = Member.objects.order_by("pk").first()
    # The same seed draws the same people; the numbering continues after the highest id. An
    # address someone else already has is passed over.
    next_number = Member.objects.order_by("-pk").first().pk + 1
    domain = "example.org" if next_number % 3 else "example.net"
    taken = re.sub(r"\.\d+@.*", f".{next_number}@{domain}", first.email)
    Subscriber.objects.create(email=taken, name="Someone who subscribed on their own")

    generated(30, seed=3)
    assert Member.objects.count() == 60
    assert len(set(Member.objects.values_list("email", flat=True))) == 60
    assert not Member.objects.filter(email=taken).exists()
    assert Subscriber.objects.get(email=taken).member is None
    assert StatusChange.objects.values("member").distinct().count() == 60


def test_queries_per_batch_do_not_grow(demo_site):
    def batch_queries():
        marks = []
        with CaptureQueriesContext(connection) as queries:
            members_generator.add_members(50, batch=10, progress=lambda done, count: marks.append(len(queries)))
        return [later - earlier for earlier, later in zip(marks, marks[1:])]

    first, later = batch_queries(), batch_queries()  # the second with members already there
    # Address checks, one insert per table, the newsletters members get, a savepoint and
    # its release, however many members are there already.
    assert max(first + later) <= 16, (first, later)
