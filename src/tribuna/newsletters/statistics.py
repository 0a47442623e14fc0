"""A campaign's numbers, from one aggregate query over its deliveries (and a second one,
for the last error, only while some deliveries wait to retry).

Bounced, unsubscribed and complaints move when the mail provider reports them
(`bounces.py`) or a reader unsubscribes through a campaign's link."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Max, Min, Q
from django.utils import timezone

from .models import Delivery, DeliveryState

RATE_WINDOW = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class CampaignStatistics:
    recipients: int
    sent: int
    failed: int
    skipped: int  # unsubscribed or suppressed after the campaign started
    bounced: int
    unsubscribed: int
    complaints: int
    sent_last_minute: int
    first_sent_at: dt.datetime | None
    last_sent_at: dt.datetime | None
    # Put back in the queue after a temporary failure (a server down, a 4xx reply).
    waiting_to_retry: int = 0
    last_error: str = ""  # the latest of those failures, e.g. "cannot reach the mail server: …"

    @property
    def remaining(self) -> int:
        return max(self.recipients - self.sent - self.failed - self.skipped, 0)

    @property
    def done(self) -> int:
        return self.recipients - self.remaining

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.recipients) if self.recipients else 0

    @property
    def average_per_minute(self) -> int:
        """Messages a minute from the first to the last one sent."""
        if not self.sent or not self.first_sent_at or not self.last_sent_at:
            return 0
        seconds = (self.last_sent_at - self.first_sent_at).total_seconds()
        return round(self.sent * 60 / seconds) if seconds >= 1 else self.sent


def campaign_statistics(campaign, *, now: dt.datetime | None = None) -> CampaignStatistics:
    now = now or timezone.now()
    skipped_state = getattr(DeliveryState, "SKIPPED", None)
    numbers = Delivery.objects.filter(campaign=campaign).aggregate(
        recipients=Count("pk"),
        sent=Count("pk", filter=Q(state=DeliveryState.SENT)),
        failed=Count("pk", filter=Q(state=DeliveryState.FAILED)),
        skipped=Count("pk", filter=Q(state=skipped_state)) if skipped_state else Count("pk", filter=Q(pk=None)),
        bounced=Count("pk", filter=Q(bounced_at__isnull=False)),
        unsubscribed=Count("pk", filter=Q(unsubscribed_at__isnull=False)),
        complaints=Count("pk", filter=Q(complained_at__isnull=False)),
        sent_last_minute=Count("pk", filter=Q(sent_at__gte=now - RATE_WINDOW)),
        first_sent_at=Min("sent_at"),
        last_sent_at=Max("sent_at"),
        waiting_to_retry=Count("pk", filter=Q(state=DeliveryState.QUEUED, attempts__gt=0)),
    )
    if numbers["waiting_to_retry"]:
        numbers["last_error"] = (
            Delivery.objects.filter(campaign=campaign, state=DeliveryState.QUEUED, attempts__gt=0)
            .order_by(F("claimed_at").desc(nulls_last=True), "-pk")  # claimed just before the attempt
            .values_list("error", flat=True)
            .first()
            or ""
        )
    return CampaignStatistics(**numbers)
