"""`tribuna worker`, as `make run` starts it, publishes a scheduled article on its own."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time

import pytest


def run(args, env):
    result = subprocess.run([sys.executable, "-m", "tribuna", *args], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def is_live(db_path, slug) -> bool:
    with sqlite3.connect(db_path) as db:
        row = db.execute("select live from wagtailcore_page where slug = ?", (slug,)).fetchone()
    return bool(row and row[0])


@pytest.mark.skipif(os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="reads the SQLite file directly")
def test_worker_publishes_a_scheduled_article_unattended(tmp_path):
    db_path = tmp_path / "tribuna.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(TRIBUNA_DATA_DIR=str(tmp_path), TRIBUNA_CLOCK_INTERVAL="0.5")
    run(["migrate", "-v0"], env)
    run(["demo"], env)
    go_live = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=3)
    run(["shell", "-c", (
        "import datetime as dt\n"
        "from tribuna.news.models import ArticleIndexPage, ArticlePage\n"
        "index = ArticleIndexPage.objects.get(locale__language_code='en-gb')\n"
        "page = index.add_child(instance=ArticlePage(title='Due soon', slug='due-soon', live=False))\n"
        f"page.go_live_at = dt.datetime.fromisoformat('{go_live.isoformat()}')\n"
        "page.save_revision().publish()\n"
    )], env)
    assert not is_live(db_path, "due-soon")

    worker = subprocess.Popen([sys.executable, "-m", "tribuna", "worker", "-v0"], env=env)
    try:
        deadline = time.monotonic() + 60
        while not is_live(db_path, "due-soon"):
            assert worker.poll() is None, "the worker stopped"
            assert time.monotonic() < deadline, "not published within a minute of its time"
            time.sleep(0.2)  # polling the database for the outcome, not waiting for a guess
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert dt.datetime.now(dt.timezone.utc) >= go_live
