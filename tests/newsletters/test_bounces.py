"""Bounces, complaints and provider-side unsubscribes, posted to django-anymail's tracking
webhooks as Mailgun and Postmark post them (signed, with the webhook secret): what each
does to the suppression list, the subscriber and the campaign's delivery, applied once."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from newsletter_factories import make_campaign, subscribe
from support import mail_webhooks as hooks
from support.fake_postmark import FakePostmark
from tribuna.mail.config import parse_email_url, settings_from_environ
from tribuna.members.models import Member, Plan, Status
from tribuna.newsletters import audience, sending
from tribuna.newsletters.delivery import dispatch_once
from tribuna.newsletters.models import (
    Campaign,
    CampaignState,
    Delivery,
    DeliveryState,
    MailEvent,
    NewsletterSettings,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)

pytestmark = pytest.mark.django_db

ROSA = "rosa@example.net"


@pytest.fixture
def webhooks(settings):
    hooks.configure(settings)


def send(campaign):
    """What a worker does, in this process, until the campaign is out."""
    sending.start(campaign)
    while dispatch_once("test-worker:1:1") or Campaign.objects.filter(pk=campaign.pk, state=CampaignState.SENDING).exists():
        pass
    return campaign


@pytest.fixture
def rosa_got_it(peru_update, outbox):
    """Rosa and Jose subscribe to Peru Update; a campaign went out to both."""
    subscribe(peru_update, ROSA, "Rosa")
    subscribe(peru_update, "jose@example.net", "José")
    campaign = send(make_campaign(peru_update))
    assert len(outbox()) == 2
    return Delivery.objects.get(campaign=campaign, email=ROSA)


def nothing_changed(delivery):
    delivery.refresh_from_db()
    return (
        not Suppression.objects.exists()
        and not MailEvent.objects.exists()
        and Subscriber.objects.get(email=delivery.email).status == SubscriberStatus.SUBSCRIBED
        and (delivery.bounced_at, delivery.complained_at, delivery.unsubscribed_at) == (None, None, None)
    )


# --- what each report does -----------------------------------------------------------


def test_a_hard_bounce_suppresses_the_address_and_marks_the_delivery(client, webhooks, rosa_got_it):
    response = hooks.post_mailgun(client, hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it)))

    assert response.status_code == 200
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.reason) == (ROSA, SuppressionReason.HARD_BOUNCE)
    assert "Mailgun" in suppression.note and "does not exist" in suppression.note
    assert Subscriber.objects.get(email=ROSA).status == SubscriberStatus.BOUNCED
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.bounced_at is not None and rosa_got_it.state == DeliveryState.SENT
    assert Subscriber.objects.get(email="jose@example.net").status == SubscriberStatus.SUBSCRIBED


def test_a_replayed_report_changes_nothing_more(client, webhooks, rosa_got_it):
    bounce = hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it))
    assert hooks.post_mailgun(client, bounce).status_code == 200
    rosa_got_it.refresh_from_db()
    first = rosa_got_it.bounced_at

    assert hooks.post_mailgun(client, bounce).status_code == 200  # providers retry; this is the same event
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.bounced_at == first
    assert Suppression.objects.count() == 1 and MailEvent.objects.count() == 1

    soft = hooks.mailgun_payload(hooks.mailgun_failed("jose@example.net", severity="temporary", delivery=None))
    for _ in range(3):
        assert hooks.post_mailgun(client, soft).status_code == 200
    jose = Subscriber.objects.get(email="jose@example.net")
    assert jose.soft_bounces == 1 and jose.status == SubscriberStatus.SUBSCRIBED


def test_a_bad_signature_is_refused_and_changes_nothing(client, webhooks, rosa_got_it):
    forged = hooks.mailgun_payload(
        hooks.mailgun_failed(ROSA, delivery=rosa_got_it), signature=hooks.mailgun_signature(key="not-the-signing-key")
    )
    assert hooks.post_mailgun(client, forged).status_code in (400, 403)

    altered = hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it))
    altered["signature"]["timestamp"] = str(int(altered["signature"]["timestamp"]) + 1)
    assert hooks.post_mailgun(client, altered).status_code in (400, 403)

    unsigned = {"event-data": hooks.mailgun_failed(ROSA, delivery=rosa_got_it)}
    assert hooks.post_mailgun(client, unsigned).status_code in (400, 403)
    assert nothing_changed(rosa_got_it)


def test_without_the_webhook_secret_as_basic_auth_posts_are_refused(client, webhooks, rosa_got_it):
    payload = hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it))  # validly signed
    assert hooks.post_mailgun(client, payload, auth=None).status_code in (400, 403)
    assert hooks.post_mailgun(client, payload, auth="tribuna-hooks:guessed").status_code in (400, 403)
    assert hooks.post_postmark(client, hooks.postmark_bounce(ROSA), auth=None).status_code in (400, 403)
    assert nothing_changed(rosa_got_it)


def test_with_no_secret_configured_every_post_is_refused(client, settings, rosa_got_it):
    """anymail alone would accept unauthenticated Postmark posts (with a warning) and any
    Mailgun post with a valid signature."""
    hooks.configure(settings, secret=None)
    signed = hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it))
    assert hooks.post_mailgun(client, signed, auth=None).status_code == 403
    assert hooks.post_postmark(client, hooks.postmark_bounce(ROSA), auth=None).status_code == 403
    assert hooks.post_postmark(client, hooks.postmark_bounce(ROSA), auth="anyone:anything").status_code == 403
    assert nothing_changed(rosa_got_it)


def test_a_provider_anymail_does_not_know_is_not_found(client, webhooks):
    response = client.post("/webhooks/mail/pigeon/tracking/", {"event": "bounce"})
    assert response.status_code == 404


def test_posts_need_no_csrf_token(webhooks, rosa_got_it):
    browserless = Client(enforce_csrf_checks=True)
    payload = hooks.mailgun_payload(hooks.mailgun_failed(ROSA, delivery=rosa_got_it))
    assert hooks.post_mailgun(browserless, payload).status_code == 200


def test_soft_bounces_suppress_the_address_at_the_limit(client, webhooks, peru_update, outbox):
    subscribe(peru_update, ROSA, "Rosa")
    reports = []
    for week in (46, 47, 48):
        campaign = send(make_campaign(peru_update, subject=f"Peru Update, week {week}"))
        delivery = Delivery.objects.get(campaign=campaign, email=ROSA)
        # Mailgun retries a deferred message and reports each attempt: one message counts once.
        for attempt in (1, 2):
            event = hooks.mailgun_failed(ROSA, severity="temporary", delivery=delivery, attempt=attempt)
            assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
        rosa = Subscriber.objects.get(email=ROSA)
        reports.append((rosa.soft_bounces, rosa.status, Suppression.objects.filter(email=ROSA).exists()))

    assert reports == [
        (1, SubscriberStatus.SUBSCRIBED, False),
        (2, SubscriberStatus.SUBSCRIBED, False),
        (3, SubscriberStatus.BOUNCED, True),
    ]
    suppression = Suppression.objects.get(email=ROSA)
    assert suppression.reason == SuppressionReason.SOFT_BOUNCES and "3 soft bounces" in suppression.note
    assert "over quota" in suppression.note
    # A soft bounce may still be delivered by the provider's retries: not counted as a bounce.
    assert not Delivery.objects.exclude(bounced_at=None).exists()


def test_soft_bounces_months_apart_are_forgiven(client, webhooks, peru_update, outbox):
    """A mailbox full in spring, in autumn and the next spring is a busy reader, not a
    dead address: with more than 90 days between them, the count starts again."""
    subscribe(peru_update, ROSA, "Rosa")
    counts = []
    for day in ("2027-03-01", "2027-10-01", "2028-03-01", "2028-03-20", "2028-04-05"):
        with time_machine.travel(dt.datetime.fromisoformat(f"{day}T09:00:00+00:00"), tick=False):
            event = hooks.mailgun_failed(ROSA, severity="temporary", message_id=f"{day}.1.A1B2@mg.peru.example.org")
            assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
        rosa = Subscriber.objects.get(email=ROSA)
        counts.append((rosa.soft_bounces, rosa.status))
    assert counts == [
        (1, SubscriberStatus.SUBSCRIBED),
        (1, SubscriberStatus.SUBSCRIBED),
        (1, SubscriberStatus.SUBSCRIBED),
        (2, SubscriberStatus.SUBSCRIBED),
        (3, SubscriberStatus.BOUNCED),  # three within weeks: suppressed
    ]
    assert Suppression.objects.get(email=ROSA).reason == SuppressionReason.SOFT_BOUNCES


def test_the_soft_bounce_limit_is_a_site_setting(client, webhooks, peru_update, outbox):
    from wagtail.models import Site

    site_settings = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.soft_bounce_limit = 1
    site_settings.save()
    subscribe(peru_update, ROSA)
    event = hooks.mailgun_failed(ROSA, severity="temporary")
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    assert Suppression.objects.get(email=ROSA).reason == SuppressionReason.SOFT_BOUNCES


def test_a_complaint_marks_complained_and_suppresses(client, webhooks, rosa_got_it):
    event = hooks.mailgun_complained(ROSA, delivery=rosa_got_it)
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200

    rosa = Subscriber.objects.get(email=ROSA)
    assert rosa.status == SubscriberStatus.COMPLAINED
    assert Suppression.objects.get(email=ROSA).reason == SuppressionReason.COMPLAINT
    consent = rosa.consents.last()
    assert not consent.given and "spam" in consent.wording and "Mailgun" in consent.source
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.complained_at is not None and rosa_got_it.bounced_at is None

    # A bounce reported afterwards does not make a complainer look merely bounced.
    bounce = hooks.mailgun_failed(ROSA, delivery=rosa_got_it)
    assert hooks.post_mailgun(client, hooks.mailgun_payload(bounce)).status_code == 200
    assert Subscriber.objects.get(email=ROSA).status == SubscriberStatus.COMPLAINED
    assert Suppression.objects.get(email=ROSA).reason == SuppressionReason.COMPLAINT


def test_an_unsubscribe_at_the_provider_unsubscribes(client, webhooks, rosa_got_it):
    event = hooks.mailgun_unsubscribed(ROSA, delivery=rosa_got_it)
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200

    rosa = Subscriber.objects.get(email=ROSA)
    assert rosa.status == SubscriberStatus.UNSUBSCRIBED and not rosa.subscriptions.exists()
    assert "Mailgun" in rosa.consents.last().source
    assert not Suppression.objects.exists()  # they may come back by subscribing again
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.unsubscribed_at is not None


# --- finding the message -------------------------------------------------------------


def test_without_metadata_our_message_id_finds_the_delivery(client, webhooks, rosa_got_it):
    event = hooks.mailgun_failed(ROSA, delivery=rosa_got_it)
    event["user-variables"] = {}
    assert event["message"]["headers"]["message-id"].startswith(f"tribuna.{rosa_got_it.campaign_id}.{rosa_got_it.pk}@")
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.bounced_at is not None


def test_without_any_message_reference_the_address_alone_is_suppressed(client, webhooks, rosa_got_it):
    event = hooks.mailgun_failed(ROSA, delivery=None)  # no metadata, the provider's own Message-ID
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    assert Suppression.objects.get().email == ROSA
    assert Subscriber.objects.get(email=ROSA).status == SubscriberStatus.BOUNCED
    rosa_got_it.refresh_from_db()
    assert rosa_got_it.bounced_at is None  # no campaign to count it against


def test_metadata_naming_someone_else_is_not_believed(client, webhooks, rosa_got_it):
    jose = Delivery.objects.get(email="jose@example.net")
    event = hooks.mailgun_failed(ROSA, delivery=jose)  # Rosa bounced, the metadata says José's copy
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    assert list(Suppression.objects.values_list("email", flat=True)) == [ROSA]
    assert not Delivery.objects.exclude(bounced_at=None).exists()
    assert Subscriber.objects.get(email="jose@example.net").status == SubscriberStatus.SUBSCRIBED


def test_reports_about_unknown_addresses_are_ignored(client, webhooks, rosa_got_it, caplog):
    event = hooks.mailgun_failed("stranger@example.com")
    with caplog.at_level("INFO", logger="tribuna.newsletters.bounces"):
        assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    assert "does not know" in caplog.text and "stranger@example.com" not in caplog.text
    assert not Suppression.objects.exists() and not MailEvent.objects.exists()


def test_deliveries_and_opens_change_nothing(client, webhooks, rosa_got_it):
    for name in ("delivered", "opened", "clicked"):
        event = hooks._common(name, ROSA, rosa_got_it, None, "info")
        assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200
    assert nothing_changed(rosa_got_it)


# --- transactional mail ---------------------------------------------------------------


def test_a_bounced_members_mail_suppresses_newsletters_but_leaves_the_membership(client, webhooks, demo_site):
    plan = Plan.objects.get(slug="individual")
    ana = Member.objects.create(name="Ana", email="Ana@Example.net", plan=plan, status=Status.ACTIVE, payment_method="cheque")
    before = Member.objects.filter(pk=ana.pk).values().get()

    # A receipt to Ana (sent through tribuna.mail.sending, so no metadata) bounced for good.
    receipt = hooks.mailgun_failed("ana@example.net", message_id="20261129093000.1.0A1B2C3D@mg.peru.example.org")
    assert hooks.post_mailgun(client, hooks.mailgun_payload(receipt)).status_code == 200

    assert Suppression.objects.get().email == "ana@example.net"
    assert Member.objects.filter(pk=ana.pk).values().get() == before
    # Suppressed: the subscribe form sends her nothing, and no campaign would include her.
    from tribuna.newsletters.subscriptions import Outcome
    from tribuna.newsletters.subscriptions import subscribe as subscribe_on_the_form

    outcome = subscribe_on_the_form(email="ana@example.net", newsletters=[], wording="Send me news", source="form")
    assert outcome == Outcome.SUPPRESSED


# --- after a bounce ------------------------------------------------------------------


def test_a_later_campaign_skips_suppressed_addresses(client, webhooks, peru_update, rosa_got_it, outbox):
    bounce = hooks.mailgun_failed(ROSA, delivery=rosa_got_it)
    assert hooks.post_mailgun(client, hooks.mailgun_payload(bounce)).status_code == 200
    complaint = hooks.mailgun_complained("jose@example.net", delivery=Delivery.objects.get(email="jose@example.net"))
    assert hooks.post_mailgun(client, hooks.mailgun_payload(complaint)).status_code == 200
    subscribe(peru_update, "carmen@example.net")
    # Even were the status put back by hand, the suppression list alone keeps Rosa out.
    Subscriber.objects.filter(email=ROSA).update(status=SubscriberStatus.SUBSCRIBED)

    later = make_campaign(peru_update, subject="Peru Update, the week after")
    assert list(audience.recipients(later).values_list("email", flat=True)) == ["carmen@example.net"]
    send(later)
    assert [m["To"] for m in outbox() if m["Subject"] == later.subject] == ["carmen@example.net"]


def test_staff_release_leaves_the_status_for_the_person_to_change(client, editor, webhooks, rosa_got_it):
    bounce = hooks.mailgun_failed(ROSA, delivery=rosa_got_it)
    assert hooks.post_mailgun(client, hooks.mailgun_payload(bounce)).status_code == 200
    suppression = Suppression.objects.get()
    index = "/admin/newsletters/suppressions/"

    confirm = client.get(f"{index}delete/{suppression.pk}/").content.decode()
    assert f"Release {ROSA}" in confirm and "subscribes nobody" in confirm
    client.post(f"{index}delete/{suppression.pk}/")
    assert not Suppression.objects.exists()
    assert Subscriber.objects.get(email=ROSA).status == SubscriberStatus.BOUNCED


# --- metadata reaches the provider ---------------------------------------------------------


@pytest.fixture
def fake_postmark(monkeypatch, settings):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # requests must not send loopback to a proxy
    fake = FakePostmark()
    for name, value in parse_email_url("postmark://pm-token@").items():
        setattr(settings, name, value)
    settings.ANYMAIL = {**settings.ANYMAIL, "POSTMARK_API_URL": fake.url}
    yield fake
    fake.close()


def test_metadata_reaches_the_provider_and_comes_back_with_its_bounce(client, peru_update, fake_postmark, settings):
    subscribe(peru_update, ROSA, "Rosa")
    subscribe(peru_update, "jose@example.net")
    campaign = send(make_campaign(peru_update))

    sent = {body["To"]: body for path, headers, body in fake_postmark.requests}
    assert set(sent) == {"Rosa <rosa@example.net>", "jose@example.net"}
    rosa = Delivery.objects.get(campaign=campaign, email=ROSA)
    assert sent["Rosa <rosa@example.net>"]["Metadata"] == {"delivery": str(rosa.pk), "campaign": str(campaign.pk)}
    assert {h["Name"] for h in sent["jose@example.net"]["Headers"]} >= {"List-Unsubscribe", "List-Id"}

    hooks.configure(settings)
    bounce = hooks.postmark_bounce(ROSA, metadata=sent["Rosa <rosa@example.net>"]["Metadata"])
    assert hooks.post_postmark(client, bounce).status_code == 200
    rosa.refresh_from_db()
    assert rosa.bounced_at is not None
    assert Suppression.objects.get().reason == SuppressionReason.HARD_BOUNCE

    jose = Delivery.objects.get(campaign=campaign, email="jose@example.net")
    soft = hooks.postmark_bounce("jose@example.net", kind="SoftBounce", metadata={"delivery": str(jose.pk), "campaign": str(campaign.pk)})
    assert hooks.post_postmark(client, soft).status_code == 200
    assert Subscriber.objects.get(email="jose@example.net").soft_bounces == 1
    assert Suppression.objects.count() == 1


# --- configuration ---------------------------------------------------------------------


def test_the_webhook_secrets_come_from_the_environment():
    environ = {"ANYMAIL_WEBHOOK_SECRET": " hooks:s3cret ", "MAILGUN_WEBHOOK_SIGNING_KEY": "sign-key"}
    assert settings_from_environ(environ)["ANYMAIL"] == {"WEBHOOK_SECRET": "hooks:s3cret", "MAILGUN_WEBHOOK_SIGNING_KEY": "sign-key"}
    mailgun = settings_from_environ({**environ, "EMAIL_URL": "mailgun://key-1@mg.example.org"})["ANYMAIL"]
    assert mailgun["MAILGUN_API_KEY"] == "key-1" and mailgun["WEBHOOK_SECRET"] == "hooks:s3cret"
    assert "ANYMAIL" not in settings_from_environ({})
    with pytest.raises(ImproperlyConfigured, match="user:password") as raised:
        settings_from_environ({"ANYMAIL_WEBHOOK_SECRET": "just-a-s3cret"})
    assert "s3cret" not in str(raised.value)
