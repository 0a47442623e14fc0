"""A real campaign through a real SMTP server on loopback: every message checked."""

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.utils import timezone

from newsletter_factories import APEC, make_campaign, make_newsletter, many_subscribers, send_everything, subscribe
from tribuna.members.models import Member, Plan, Status
from tribuna.news.models import ArticlePage
from tribuna.newsletters import sending
from tribuna.newsletters.delivery import Dispatcher, dispatch_once
from tribuna.newsletters.models import (
    Audience,
    Campaign,
    CampaignState,
    Delivery,
    DeliveryState,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)

pytestmark = pytest.mark.django_db(transaction=True)


def body(message, kind):
    return message.get_body(preferencelist=(kind,)).get_content()


def test_a_campaign_reaches_each_subscriber_once_with_their_own_links(client, demo_site, smtp_sink):
    update = make_newsletter()
    bulletin = make_newsletter("members-bulletin-test", audience=Audience.MEMBERS)
    subscribe(update, "rosa@example.net", name="Rosa <Quispe> & Co")
    subscribe(update, "jose@example.net", name="José Díaz")
    subscribe(update, "anon@example.net")
    subscribe(update, "gone@example.net", status=SubscriberStatus.UNSUBSCRIBED)
    subscribe(update, "blocked@example.net")
    Suppression.objects.create(email="blocked@example.net", reason=SuppressionReason.HARD_BOUNCE)
    lapsed = Member.objects.create(name="Old", email="old@example.net", plan=Plan.objects.get(slug="individual"), status=Status.LAPSED, payment_method="cheque")
    subscribe(bulletin, "old@example.net", member=lapsed)
    article = ArticlePage.objects.get(slug=APEC)
    campaign = make_campaign(update, bulletin, subject="Perú: APEC\r\nBcc: victim@example.com", articles=[APEC])

    sending.start(campaign)
    send_everything()

    assert sorted(smtp_sink.sink.count_by_recipient().items()) == [
        ("anon@example.net", 1), ("jose@example.net", 1), ("rosa@example.net", 1)
    ]
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.SENT and campaign.finished_at is not None
    assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT}

    for item in smtp_sink.sink.received:  # every message: headers, both parts, its own links
        each = item.message
        assert each["To"].addresses[0].addr_spec == item.recipients[0]
        assert each["List-Id"] and each["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        own_link = re.findall(r"<([^>]+)>", each["List-Unsubscribe"])[0]
        assert own_link in body(each, "plain") and own_link in body(each, "html")
        assert article.title in body(each, "html") and "%%" not in body(each, "html") + body(each, "plain")
    links = [re.findall(r"<([^>]+)>", item.message["List-Unsubscribe"])[0] for item in smtp_sink.sink.received]
    assert len(set(links)) == 3  # one per person

    received = smtp_sink.sink.to("rosa@example.net")[0]
    message = received.message
    assert message["Subject"] == "Perú: APEC Bcc: victim@example.com"  # one line: no header injection
    assert message["Bcc"] is None and received.recipients == ["rosa@example.net"]
    assert message["To"].addresses[0].display_name == "Rosa <Quispe> & Co"
    assert message["List-Id"].endswith(".localhost>") and "peru-update-test" in message["List-Id"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https_link, mailto = re.findall(r"<([^>]+)>", message["List-Unsubscribe"])
    assert mailto.startswith("mailto:")
    assert re.fullmatch(r"<tribuna\.\d+\.\d+@localhost>", message["Message-ID"])
    html, text = body(message, "html"), body(message, "plain")
    assert "Rosa &lt;Quispe&gt; &amp; Co" in html and "Rosa <Quispe>" not in html
    assert "Rosa <Quispe> & Co" in text
    assert article.title in html and article.full_url in text
    assert "%%" not in html + text  # every placeholder was filled

    jose = body(smtp_sink.sink.to("jose@example.net")[0].message, "plain")
    assert "José Díaz" in jose and https_link not in jose + body(smtp_sink.sink.to("jose@example.net")[0].message, "html")

    # The one-click link in the header works at once, without signing in.
    response = client.post(urlsplit(https_link).path + "?" + urlsplit(https_link).query, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscriber.objects.get(email="rosa@example.net").status == SubscriberStatus.UNSUBSCRIBED


def test_temporary_refusals_wait_and_retry_permanent_ones_fail(demo_site, smtp_sink):
    update = make_newsletter()
    subscribe(update, "later@example.net")
    subscribe(update, "never@example.net")
    subscribe(update, "fine@example.net")
    refusals = {"later@example.net": "451 4.3.0 Try again later", "never@example.net": "550 5.1.1 No such user"}
    smtp_sink.sink.on_rcpt = lambda address: refusals.get(address)
    campaign = make_campaign(update)

    sending.start(campaign)
    send_everything_now = Dispatcher(idle_wait=0)
    dispatch_once("test-worker:1:1")
    dispatch_once("test-worker:1:1")

    later = Delivery.objects.get(email="later@example.net")
    assert (later.state, later.attempts) == (DeliveryState.QUEUED, 1) and later.next_attempt_at > timezone.now()
    assert "451" in later.error
    never = Delivery.objects.get(email="never@example.net")
    assert never.state == DeliveryState.FAILED and "550" in never.error
    assert smtp_sink.sink.count_by_recipient() == {"fine@example.net": 1}
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.SENDING  # someone is still waiting for their copy

    refusals.clear()
    with time_machine.travel(later.next_attempt_at + dt.timedelta(seconds=1)):
        send_everything_now.run(until_idle=True)
    assert smtp_sink.sink.count_by_recipient() == {"fine@example.net": 1, "later@example.net": 1}
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.SENT


def test_a_server_that_is_down_loses_nothing(demo_site, smtp_sink, settings):
    update = make_newsletter()
    many_subscribers(update, 5)
    campaign = make_campaign(update)
    real_port = settings.EMAIL_PORT
    from support.smtp_sink import free_port

    settings.EMAIL_PORT = free_port()  # nobody listening
    sending.start(campaign)
    dispatch_once("test-worker:1:1")
    waiting = Delivery.objects.filter(state=DeliveryState.QUEUED, attempts=1)
    assert waiting.count() == 5 and "cannot reach the mail server" in waiting.first().error

    settings.EMAIL_PORT = real_port
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=2)):
        Dispatcher(idle_wait=0).run(until_idle=True)
    assert sorted(smtp_sink.sink.count_by_recipient().values()) == [1] * 5


def test_someone_who_unsubscribes_after_the_start_is_skipped(demo_site, smtp_sink):
    update = make_newsletter()
    subscribe(update, "stays@example.net")
    leaving = subscribe(update, "leaves@example.net")
    campaign = make_campaign(update)
    sending.start(campaign)
    from tribuna.newsletters.delivery import prepare

    prepare(campaign)
    Subscriber.objects.filter(pk=leaving.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
    send_everything()
    assert smtp_sink.sink.count_by_recipient() == {"stays@example.net": 1}
    assert Delivery.objects.get(email="leaves@example.net").state == DeliveryState.SKIPPED


def test_sending_respects_the_rate_limit(demo_site, smtp_sink):
    from tribuna.newsletters.models import NewsletterSettings
    from wagtail.models import Site

    config = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    config.messages_per_minute = 7
    config.save()
    update = make_newsletter()
    many_subscribers(update, 20)
    sending.start(make_campaign(update))
    for _ in range(5):
        dispatch_once("test-worker:1:1")
    assert len(smtp_sink.sink.received) == 7
    assert Delivery.objects.filter(state=DeliveryState.QUEUED).count() == 13


def test_a_delivery_taken_back_by_another_worker_is_not_sent_twice(demo_site, smtp_sink):
    from tribuna.newsletters import claims
    from tribuna.newsletters.delivery import Issue, prepare, send_batch

    update = make_newsletter()
    many_subscribers(update, 3)
    campaign = make_campaign(update)
    sending.start(campaign)
    prepare(campaign)
    batch = claims.claim_batch(campaign.pk, 10, worker="slow-host:1:1")
    # Its lease ran out and another worker holds the rows now.
    Delivery.objects.update(claim="other-host:2:2")

    assert send_batch(Issue.of(Campaign.objects.get(pk=campaign.pk)), batch, worker="slow-host:1:1") == 0
    assert smtp_sink.sink.received == []  # the body went out, the final "." never did
    assert set(Delivery.objects.values_list("state", "claim")) == {(DeliveryState.SENDING, "other-host:2:2")}
