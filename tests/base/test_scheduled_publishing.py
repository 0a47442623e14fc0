"""A scheduled article goes live when the worker's clock reaches its time, unattended."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from tribuna.base.clock import Clock
from tribuna.news.models import ArticleIndexPage, ArticlePage


def test_scheduled_article_is_published_by_the_clock(client, demo_site):
    index = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    article = index.add_child(
        instance=ArticlePage(title="Scheduled briefing", slug="scheduled-briefing", live=False)
    )
    go_live = timezone.now() + dt.timedelta(hours=2)
    article.go_live_at = go_live
    article.save_revision().publish()  # with a future go_live_at this only schedules it
    article.refresh_from_db()
    assert not article.live
    assert client.get("/articles/scheduled-briefing/").status_code == 404

    clock = Clock()
    clock.tick(now=0)  # before the time: nothing to publish
    assert not ArticlePage.objects.get(pk=article.pk).live

    with time_machine.travel(go_live + dt.timedelta(minutes=1), tick=False):
        assert clock.tick(now=120) == ["publish scheduled pages"]
    assert ArticlePage.objects.get(pk=article.pk).live
    assert "Scheduled briefing" in client.get("/").content.decode()


@pytest.mark.django_db
def test_clock_runs_each_job_once_per_interval():
    calls = []
    from tribuna.base.clock import Job

    clock = Clock(jobs=[Job("count", lambda: calls.append(1), every=60)])
    clock.tick(now=0)
    clock.tick(now=30)
    clock.tick(now=61)
    assert len(calls) == 2


@pytest.mark.django_db
def test_a_failing_job_does_not_stop_the_clock():
    from tribuna.base.clock import Job

    def broken():
        raise RuntimeError("boom")

    ran = []
    clock = Clock(jobs=[Job("broken", broken, every=1), Job("fine", lambda: ran.append(1), every=1)])
    assert clock.tick(now=0) == ["broken", "fine"]
    assert ran == [1]
