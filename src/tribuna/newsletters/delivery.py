"""The sending loop every worker runs: start due campaigns, render each once, create one
delivery per recipient, then claim deliveries in batches and send them over one reused
connection, within the site's rate limit, retrying temporary failures with backoff.

Exactly once: see `transports.py` for the moment a delivery counts as sent, and
`claims.py` for how deliveries of a dead worker come back.
"""

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation

from tribuna.base.clock import drop_stale_connections
from tribuna.base.locales import supported_language
from tribuna.base.sites import site_setting

from . import audience, claims, links, rendering
from .mime import Letter, header_safe
from .models import (
    Campaign,
    CampaignState,
    Delivery,
    DeliveryState,
    NewsletterSettings,
    SubscriberStatus,
    Suppression,
)
from .transports import TEMPORARY, ConnectionLost, Outcome, transport

logger = logging.getLogger(__name__)

RELEASE_EVERY = 30  # seconds between looks for deliveries a dead worker held
# Seconds to wait before each retry of a temporary failure; then the delivery fails.
BACKOFF = [60, 300, 900, 3600, 3 * 3600, 6 * 3600]


# --- preparing --------------------------------------------------------------------------


def promote_due(now: dt.datetime) -> int:
    return Campaign.objects.filter(state=CampaignState.SCHEDULED, send_at__lte=now).update(
        state=CampaignState.SENDING, started_at=now
    )


def prepare(campaign: Campaign) -> None:
    """Render once and create a delivery for every recipient, in one transaction, so a
    campaign is either fully prepared or not at all."""
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        if campaign.prepared_at is not None:
            return
        root = links.site_root_url()
        rendered = rendering.render_campaign(campaign, base_url=root, for_sending=True)
        campaign.rendered_html, campaign.rendered_text = rendered.html, rendered.text
        for version in campaign.versions.all():
            copy = rendering.render_campaign(campaign, base_url=root, for_sending=True, language=version.language)
            version.rendered_html, version.rendered_text = copy.html, copy.text
            version.save(update_fields=["rendered_html", "rendered_text"])
        people = audience.recipients(campaign).order_by("pk").values_list("pk", "email", "name")
        batch = []
        for subscriber_id, email, name in people.iterator(chunk_size=2000):
            batch.append(Delivery(campaign=campaign, subscriber_id=subscriber_id, email=email, name=name))
            if len(batch) == 2000:
                Delivery.objects.bulk_create(batch, ignore_conflicts=True)
                batch = []
        Delivery.objects.bulk_create(batch, ignore_conflicts=True)
        campaign.prepared_at = timezone.now()
        campaign.save(update_fields=["rendered_html", "rendered_text", "prepared_at"])


# --- sending -------------------------------------------------------------------------------


@dataclass
class Issue:
    """What every recipient of one campaign shares."""

    campaign: Campaign
    rendered: rendering.Rendered  # the default language's copy
    in_languages: dict[str, rendering.Rendered]  # the other versions' copies
    sender_name: str
    sender_email: str
    list_id: str
    reply_to: str
    domain: str

    @classmethod
    def of(cls, campaign: Campaign) -> "Issue":
        newsletter = campaign.newsletters.order_by("sort_order", "pk").first()
        root = links.site_root_url()
        domain = urlsplit(root).hostname or "localhost"
        from_name, from_email = _default_sender()
        return cls(
            campaign=campaign,
            rendered=rendering.stored(campaign),
            in_languages={version.language: rendering.stored(campaign, version.language) for version in campaign.versions.all()},
            sender_name=(newsletter.sender_name if newsletter and newsletter.sender_name else from_name),
            sender_email=from_email,
            list_id=f"{newsletter.name if newsletter else campaign.subject} <{newsletter.slug if newsletter else 'campaign'}.{domain}>",
            reply_to=newsletter.reply_to if newsletter else "",
            domain=domain,
        )

    def letter(self, delivery: Delivery) -> Letter:
        """One recipient's message: the copy in their language, their own links (into
        the site in that language too)."""
        subscriber = delivery.subscriber
        rendered = self.in_languages.get(subscriber.language, self.rendered)
        with translation.override(supported_language(subscriber.language)):
            unsubscribe = links.one_click_url(subscriber, self.campaign.pk)
            html, text = rendering.personalise(
                rendered, name=delivery.name, preferences_url=links.preferences_url(subscriber), unsubscribe_url=unsubscribe
            )
            headers = {
                "List-Id": self.list_id,
                **links.list_unsubscribe_headers(subscriber, self.campaign.pk),
                "Precedence": "bulk",
            }
        if self.reply_to:
            headers["Reply-To"] = self.reply_to
        return Letter(
            sender_name=self.sender_name,
            sender_email=self.sender_email,
            to_name=delivery.name,
            to_email=delivery.email,
            subject=header_safe(rendered.subject),
            text=text,
            html=html,
            message_id=f"<tribuna.{self.campaign.pk}.{delivery.pk}@{self.domain}>",
            headers=headers,
            metadata={"delivery": str(delivery.pk), "campaign": str(self.campaign.pk)},
        )


def _default_sender() -> tuple[str, str]:
    return parseaddr(settings.DEFAULT_FROM_EMAIL)


def send_batch(issue: Issue, batch: list[Delivery], *, worker: str) -> int:
    """Send a claimed batch over one connection. Returns how many were handed over."""
    batch = _drop_the_unwanted(batch, worker)
    if not batch:
        return 0
    connection = transport()
    try:
        connection.open()
    except ConnectionLost as error:
        for delivery in batch:
            _retry(delivery, str(error), worker=worker)
        return 0
    sent = 0
    try:
        for index, delivery in enumerate(batch):
            marked = False

            def mark_sent(delivery=delivery) -> bool:
                nonlocal marked
                marked = _mark_sent(delivery, worker)
                return marked

            try:
                outcome = connection.send(issue.letter(delivery), mark_sent)
            except ConnectionLost as error:
                if not marked:
                    _retry(delivery, str(error), worker=worker)
                for waiting in batch[index + 1 :]:
                    _give_back(waiting, worker)
                break
            if outcome.ok:
                sent += 1
            else:
                _refused(delivery, outcome, worker=worker, marked=marked)
    finally:
        connection.close()
    return sent


def _drop_the_unwanted(batch: list[Delivery], worker: str) -> list[Delivery]:
    """Someone who unsubscribed, or was suppressed, after the campaign started is skipped."""
    suppressed = set(Suppression.objects.filter(email__in=[d.email for d in batch]).values_list("email", flat=True))
    wanted = []
    for delivery in batch:
        subscriber = delivery.subscriber
        if subscriber is None or subscriber.status != SubscriberStatus.SUBSCRIBED or delivery.email in suppressed:
            _ours(delivery, worker).update(state=DeliveryState.SKIPPED, claim="")
        else:
            wanted.append(delivery)
    return wanted


def _mark_sent(delivery: Delivery, worker: str) -> bool:
    """Committed at once (autocommit): the point after which a crash must not resend."""
    return bool(
        Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.SENDING, claim=worker).update(
            state=DeliveryState.SENT, sent_at=timezone.now(), claim="", attempts=F("attempts") + 1
        )
    )


def _refused(delivery: Delivery, outcome: Outcome, *, worker: str, marked: bool) -> None:
    """The server said no, before the mark or after it (then the mark is undone)."""
    if outcome.kind == TEMPORARY:
        _retry(delivery, outcome.error, worker=worker, marked=marked)
    else:
        _ours(delivery, worker, marked).update(state=DeliveryState.FAILED, error=outcome.error, claim="", sent_at=None)


def _ours(delivery: Delivery, worker: str, marked: bool = False):
    """The row as this worker holds it: claimed, or marked sent by it a moment ago. A row
    another worker took back in the meantime is left alone."""
    if marked:
        return Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.SENT)
    return Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.SENDING, claim=worker)


def _retry(delivery: Delivery, error: str, *, worker: str, marked: bool = False) -> None:
    mine = _ours(delivery, worker, marked)
    attempts = mine.values_list("attempts", flat=True).first()
    if attempts is None:
        return
    attempts = attempts if marked else attempts + 1  # the mark already counted this attempt
    if attempts > len(BACKOFF):
        mine.update(state=DeliveryState.FAILED, error=error[:300], attempts=attempts, claim="", sent_at=None)
        return
    mine.update(
        state=DeliveryState.QUEUED,
        error=error[:300],
        attempts=attempts,
        claim="",
        sent_at=None,
        next_attempt_at=timezone.now() + dt.timedelta(seconds=BACKOFF[attempts - 1]),
    )


def _give_back(delivery: Delivery, worker: str) -> None:
    """Not tried: back in the queue as it was."""
    _ours(delivery, worker).update(state=DeliveryState.QUEUED, claim="")


# --- the loop ------------------------------------------------------------------------------


def rate_budget(now: dt.datetime) -> int:
    """How many more may go this minute, across all workers."""
    per_minute = site_setting(NewsletterSettings).messages_per_minute
    recent = Delivery.objects.filter(sent_at__gte=now - dt.timedelta(minutes=1)).count()
    return max(per_minute - recent, 0)


def finish_done() -> int:
    finished = 0
    for campaign in Campaign.objects.filter(state=CampaignState.SENDING).exclude(prepared_at=None):
        if not campaign.deliveries.filter(state__in=[DeliveryState.QUEUED, DeliveryState.SENDING]).exists():
            finished += Campaign.objects.filter(pk=campaign.pk, state=CampaignState.SENDING).update(
                state=CampaignState.SENT, finished_at=timezone.now()
            )
    return finished


def _next_campaign_with_due_deliveries(now: dt.datetime) -> int | None:
    """Oldest campaign first; each check is one lookup in the delivery queue index."""
    for campaign_id in Campaign.objects.filter(state=CampaignState.SENDING).order_by("started_at", "pk").values_list("pk", flat=True):
        if Delivery.objects.filter(campaign_id=campaign_id, state=DeliveryState.QUEUED, next_attempt_at__lte=now).exists():
            return campaign_id
    return None


def dispatch_once(worker: str) -> int:
    """One pass: returns how many messages were handed over (0: nothing to do just now)."""
    now = timezone.now()
    promote_due(now)
    for campaign in Campaign.objects.filter(state=CampaignState.SENDING, prepared_at=None):
        prepare(campaign)
    now = timezone.now()  # deliveries just created are due now
    due = _next_campaign_with_due_deliveries(now)
    if due is None:
        finish_done()
        return 0
    budget = rate_budget(now)
    if budget <= 0:
        return 0
    batch = claims.claim_batch(due, min(settings.NEWSLETTER_BATCH_SIZE, budget), worker=worker, now=now)
    if not batch:
        return 0
    sent = send_batch(Issue.of(Campaign.objects.prefetch_related("versions").get(pk=due)), batch, worker=worker)
    finish_done()
    return sent or len(batch)


class Dispatcher:
    """Runs `dispatch_once` until stopped; waits a moment when there is nothing to send."""

    def __init__(self, idle_wait: float = 1.0):
        self.idle_wait = idle_wait
        self.stopped = threading.Event()

    def run(self, *, until_idle: bool = False) -> None:
        worker = claims.this_worker()
        released_at = None
        while not self.stopped.is_set():
            try:
                if released_at is None or time.monotonic() - released_at > RELEASE_EVERY:
                    claims.release_abandoned()  # a dead worker's deliveries come back
                    released_at = time.monotonic()
                done = dispatch_once(worker)
            except Exception:
                logger.exception("Newsletter delivery failed; trying again shortly.")
                done = 0
            finally:
                drop_stale_connections()
            if not done:
                if until_idle and not _work_left():
                    return
                self.stopped.wait(self.idle_wait)

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, name="tribuna-newsletters", daemon=True)
        thread.start()
        return thread


def _work_left() -> bool:
    return Campaign.objects.filter(state__in=[CampaignState.SENDING]).exists()
