"""Which worker holds which deliveries. A claim names the worker by host, process id and
the process's start time, so a worker on the same machine can tell at once that the
holder is dead (a reused pid has another start time); claims from other machines are
taken back after a lease runs out."""

import datetime as dt
import os
import socket
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from .models import Delivery, DeliveryState

LEASE = dt.timedelta(minutes=10)


def _start_time(pid: int) -> str | None:
    try:
        # Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces.
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def this_worker() -> str:
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '0'}"


def holder_is_alive(claim: str) -> bool | None:
    """True or False on this machine; None when the holder is on another one."""
    host, _, rest = claim.partition(":")
    if host != socket.gethostname():
        return None
    pid, _, started = rest.partition(":")
    return pid.isdigit() and _start_time(int(pid)) == started


def release_abandoned(now: dt.datetime | None = None) -> int:
    """Put back deliveries whose worker died before handing them over (still "sending")."""
    now = now or timezone.now()
    released = 0
    held = Delivery.objects.filter(state=DeliveryState.SENDING).values_list("claim", flat=True).distinct()
    for claim in list(held):
        alive = holder_is_alive(claim)
        stale = Delivery.objects.filter(state=DeliveryState.SENDING, claim=claim)
        if alive is None:
            stale = stale.filter(claimed_at__lt=now - LEASE)
        elif alive:
            continue
        released += stale.update(state=DeliveryState.QUEUED, claim="", claimed_at=None)
    return released


def claim_batch(campaign_id: int, size: int, *, worker: str, now: dt.datetime | None = None) -> list[Delivery]:
    """Take up to `size` due deliveries of a campaign for this worker, and no one else's.

    PostgreSQL skips rows another worker has locked; SQLite runs this whole block under
    its single write lock (transactions start IMMEDIATE), so two workers take turns."""
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            Delivery.objects.filter(campaign_id=campaign_id, state=DeliveryState.QUEUED, next_attempt_at__lte=now)
            .order_by("pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:size]
        )
        Delivery.objects.filter(pk__in=ids, state=DeliveryState.QUEUED).update(
            state=DeliveryState.SENDING, claim=worker, claimed_at=now
        )
    return list(Delivery.objects.filter(pk__in=ids, claim=worker, state=DeliveryState.SENDING).select_related("subscriber").order_by("pk"))
