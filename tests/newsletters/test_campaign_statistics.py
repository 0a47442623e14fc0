"""A campaign's numbers on its admin record: recipients, sent, failed, bounced,
unsubscribed and complaints, moving as the provider's reports arrive; and, while sending,
deliveries waiting to retry with the last error, so a mail server that is down shows."""

import datetime as dt

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from newsletter_factories import make_campaign, many_subscribers, subscribe
from support import mail_webhooks as hooks
from support.smtp_sink import free_port
from tribuna.newsletters import sending
from tribuna.newsletters.delivery import Dispatcher, dispatch_once
from tribuna.newsletters.models import Campaign, CampaignState, Delivery, DeliveryState
from tribuna.newsletters.statistics import campaign_statistics

pytestmark = pytest.mark.django_db

CAMPAIGNS = "/admin/newsletters/campaigns/"


def send(campaign):
    sending.start(campaign)
    while dispatch_once("test-worker:1:1") or Campaign.objects.filter(pk=campaign.pk, state=CampaignState.SENDING).exists():
        pass


def numbers_on_the_page(client, campaign) -> dict[str, str]:
    page = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/")
    assert page.status_code == 200
    table = BeautifulSoup(page.content, "html.parser").find("caption", string="Campaign statistics").parent
    return {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in table.find_all("tr")}


def report(client, event):
    assert hooks.post_mailgun(client, hooks.mailgun_payload(event)).status_code == 200


def test_the_record_counts_bounces_unsubscribes_and_complaints_as_they_are_reported(
    client, editor, settings, peru_update, outbox
):
    hooks.configure(settings)
    for name in ("rosa", "jose", "ana", "luis", "carmen"):
        subscribe(peru_update, f"{name}@example.net")
    campaign = make_campaign(peru_update)
    send(campaign)
    Delivery.objects.filter(campaign=campaign, email="carmen@example.net").update(state=DeliveryState.FAILED, error="550 no")

    before = numbers_on_the_page(client, campaign)
    assert (before["Recipients"], before["Sent"], before["Failed"]) == ("5", "4", "1")
    assert (before["Bounced"], before["Unsubscribed"], before["Complaints"]) == ("0", "0", "0")

    delivery = {d.email.split("@")[0]: d for d in Delivery.objects.filter(campaign=campaign)}
    report(client, hooks.mailgun_failed("rosa@example.net", delivery=delivery["rosa"]))
    report(client, hooks.mailgun_complained("jose@example.net", delivery=delivery["jose"]))
    report(client, hooks.mailgun_unsubscribed("ana@example.net", delivery=delivery["ana"]))
    report(client, hooks.mailgun_failed("luis@example.net", severity="temporary", delivery=delivery["luis"]))
    report(client, hooks.mailgun_failed("luis@example.net", delivery=None))  # a receipt, not this campaign

    after = numbers_on_the_page(client, campaign)
    assert (after["Recipients"], after["Sent"], after["Failed"]) == ("5", "4", "1")
    assert (after["Bounced"], after["Unsubscribed"], after["Complaints"]) == ("1", "1", "1")
    numbers = campaign_statistics(campaign)
    assert (numbers.bounced, numbers.unsubscribed, numbers.complaints) == (1, 1, 1)

    # Reported again (providers retry): the numbers stay.
    report(client, hooks.mailgun_failed("rosa@example.net", delivery=delivery["rosa"]))
    assert numbers_on_the_page(client, campaign)["Bounced"] == "1"


def test_a_mail_server_that_is_down_shows_on_the_record_while_deliveries_wait(client, editor, settings, peru_update):
    many_subscribers(peru_update, 12)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listening
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    campaign = make_campaign(peru_update)
    sending.start(campaign)
    dispatch_once("test-worker:1:1")

    numbers = campaign_statistics(campaign)
    assert (numbers.recipients, numbers.sent, numbers.waiting_to_retry) == (12, 0, 12)
    assert numbers.last_error.startswith("cannot reach the mail server:")
    page = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/").content.decode()
    status = BeautifulSoup(page, "html.parser").find(id="send-retrying").get_text(" ", strip=True)
    assert status.startswith("12 waiting to retry — last error: cannot reach the mail server:")
    assert "0 of 12 done" in page

    # The server comes back: the retries go out and the warning goes away.
    from support.smtp_sink import SinkServer

    server = SinkServer().start()
    try:
        settings.EMAIL_PORT = server.port
        with time_machine.travel(timezone.now() + dt.timedelta(minutes=2)):
            Dispatcher(idle_wait=0).run(until_idle=True)
        assert len(server.sink.received) == 12
    finally:
        server.stop()
    numbers = campaign_statistics(campaign)
    assert (numbers.sent, numbers.waiting_to_retry, numbers.last_error) == (12, 0, "")
    assert 'id="send-retrying"' not in client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/").content.decode()


def test_the_last_error_is_the_latest_attempts(peru_update, count_queries):
    campaign = make_campaign(peru_update, state=CampaignState.SENDING, started_at=timezone.now())
    now = timezone.now()
    Delivery.objects.bulk_create(
        [
            Delivery(campaign=campaign, email="a@example.net", attempts=2, error="451 4.7.1 Greylisted", claimed_at=now - dt.timedelta(minutes=9)),
            Delivery(campaign=campaign, email="b@example.net", attempts=1, error="cannot reach the mail server: Connection refused", claimed_at=now),
            Delivery(campaign=campaign, email="c@example.net", state=DeliveryState.SENT, attempts=2, error="old trouble", sent_at=now),
            Delivery(campaign=campaign, email="d@example.net"),  # not tried yet
        ]
    )
    with count_queries() as queries:
        numbers = campaign_statistics(campaign)
    assert len(queries) == 2  # the second only because some wait to retry
    assert numbers.waiting_to_retry == 2 and numbers.remaining == 3
    assert numbers.last_error == "cannot reach the mail server: Connection refused"
