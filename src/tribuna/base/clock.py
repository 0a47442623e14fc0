"""Periodic jobs, run by `tribuna worker` beside the task queue.

Each job must be safe to run on several workers at once (the queue may be shared by
many machines on PostgreSQL) and safe to run late.
"""

import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from django.core.management import call_command
from django.db import connections

logger = logging.getLogger(__name__)


def publish_scheduled_pages():
    """Publish pages whose go-live time has come and unpublish expired ones."""
    call_command("publish_scheduled", verbosity=0)


def drop_stale_connections():
    """Like Django's per-request cleanup, for a long-lived thread; never inside a transaction."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


@dataclass
class Job:
    name: str
    run: Callable[[], None]
    every: float = 0  # seconds between runs; 0 means on every tick of the clock


def membership_daily():
    from tribuna.members.lifecycle import daily

    daily()


# Publishing is a couple of queries, so it runs on every tick (TRIBUNA_CLOCK_INTERVAL).
# The membership job is idempotent within a day; hourly catches up soon after midnight.
JOBS = [
    Job("publish scheduled pages", publish_scheduled_pages),
    Job("membership daily", membership_daily, every=3600),
]


class Clock:
    """Runs each job when it is due; `tick()` is one pass, `run()` loops until stopped."""

    def __init__(self, jobs=JOBS, interval: float = 30):
        self.jobs = list(jobs)
        self.interval = interval
        self.last_run: dict[str, float] = {}
        self.stopped = threading.Event()

    def tick(self, now: float | None = None) -> list[str]:
        now = time.monotonic() if now is None else now
        ran = []
        for job in self.jobs:
            last = self.last_run.get(job.name)
            if last is not None and now - last < job.every:
                continue
            self.last_run[job.name] = now
            drop_stale_connections()
            try:
                job.run()
            except Exception:
                logger.exception("Periodic job %r failed; it will run again next time.", job.name)
            finally:
                drop_stale_connections()
            ran.append(job.name)
        return ran

    def run(self):
        while not self.stopped.is_set():
            self.tick()
            self.stopped.wait(self.interval)

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, name="tribuna-clock", daemon=True)
        thread.start()
        return thread
