"""Exactly once, with real worker processes: one killed with SIGKILL mid-campaign and
started again, and two working through one campaign together."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from newsletter_factories import make_campaign, make_newsletter, many_subscribers
from support.smtp_sink import SinkServer
from tribuna.newsletters import sending
from tribuna.newsletters.delivery import prepare
from tribuna.newsletters.models import CampaignState, Delivery, DeliveryState

pytestmark = pytest.mark.django_db(transaction=True)

TRIBUNA = str(Path(sys.executable).parent / "tribuna")


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker(sink: SinkServer, batch: int = 5) -> subprocess.Popen:
    env = dict(
        os.environ,
        DATABASE_URL=database_url(),
        EMAIL_URL=sink.url,
        TRIBUNA_DATA_DIR=str(settings.DATA_DIR),
        NEWSLETTER_BATCH_SIZE=str(batch),
    )
    return subprocess.Popen([TRIBUNA, "newsletters", "deliver", "--until-idle"], env=env)


@pytest.fixture
def sink():
    server = SinkServer().start()
    yield server
    server.stop()


@pytest.fixture
def campaign_to(demo_site):
    def create(count):
        update = make_newsletter()
        addresses = many_subscribers(update, count)
        campaign = make_campaign(update)
        sending.start(campaign)
        prepare(campaign)
        return campaign, addresses

    return create


def killing_at(sink, moment: str, after: int, process_holder: list):
    """Kill the worker with SIGKILL when the server sees message number `after`:
    at RCPT (the message is not yet sent) or at the end of DATA (it is)."""
    seen = {"count": 0}

    def hook(_):
        seen["count"] += 1
        if seen["count"] == after:
            os.kill(process_holder[0].pid, signal.SIGKILL)
        return None

    setattr(sink.sink, "on_rcpt" if moment == "rcpt" else "on_data", hook)


@pytest.mark.parametrize("moment", ["rcpt", "data"])
def test_a_killed_worker_restarted_sends_everyone_exactly_once(campaign_to, sink, moment):
    campaign, addresses = campaign_to(30)
    first: list = []
    killing_at(sink, moment, after=12, process_holder=first)
    first.append(worker(sink))
    assert first[0].wait(timeout=60) == -signal.SIGKILL
    sent_before_restart = len(sink.sink.received)
    assert 0 < sent_before_restart < 30

    sink.sink.on_rcpt = sink.sink.on_data = None
    assert worker(sink).wait(timeout=60) == 0

    assert sink.sink.count_by_recipient() == {address: 1 for address in addresses}
    assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT}
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.SENT


def test_two_workers_never_send_the_same_delivery(campaign_to, sink):
    campaign, addresses = campaign_to(200)
    workers = [worker(sink, batch=3), worker(sink, batch=3)]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    assert sink.sink.count_by_recipient() == {address: 1 for address in addresses}
