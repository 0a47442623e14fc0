"""TRIBUNA_FRONTEND_CACHE: publishing a page sends a PURGE for its address to the proxy,
from the worker (Wagtail queues the purge as a task)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from tribuna.ops.apps import connect_purging, disconnect_purging
from tribuna.ops.environ import settings_from_environ


class PurgeSink(BaseHTTPRequestHandler):
    received: list

    def do_PURGE(self):
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    received = []
    handler = type("Sink", (PurgeSink,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()


@pytest.fixture
def purging(proxy, settings):
    url, received = proxy
    settings.WAGTAILFRONTENDCACHE = settings_from_environ({"TRIBUNA_FRONTEND_CACHE": url}, settings.STORAGES)[
        "WAGTAILFRONTENDCACHE"
    ]
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    connect_purging()
    yield received
    disconnect_purging()


@pytest.fixture
def committed_demo(transactional_db, demo_snapshot, settings):
    """The demo site in committed rows: the worker closes its connection, as in production."""
    from support.demo_snapshot import forget_cached_rows

    demo_snapshot.restore(settings.MEDIA_ROOT)
    yield
    forget_cached_rows()


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", reload=False, verbosity=0)


def test_publishing_purges_the_page_from_the_proxy(committed_demo, purging):
    from wagtail.models import Site

    from tribuna.news.models import ArticlePage

    article = ArticlePage.objects.live().filter(locale__language_code="es").first() or ArticlePage.objects.live().first()
    article.title = article.title + " (updated)"
    article.save_revision().publish()
    run_worker()

    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    # The page's own address once, and no made-up /<language>/ variants of it.
    assert purging == [(host, article.get_url_parts()[2])]


def test_no_frontend_cache_means_nothing_is_queued(demo_site):
    from django_tasks_db.models import DBTaskResult

    from tribuna.news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    before = set(DBTaskResult.objects.values_list("task_path", flat=True))
    article.save_revision().publish()
    queued = set(DBTaskResult.objects.values_list("task_path", flat=True)) - before
    assert not any("frontend_cache" in path for path in queued)
