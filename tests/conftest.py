"""Shared fixtures: the demo site, and a real Chromium for browser tests."""

import os

import pytest
from django.test.utils import CaptureQueriesContext
from django.db import connection

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make between browser steps are still synchronous, so Django's guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session", autouse=True)
def _own_redis_database(worker_id):
    """With REDIS_URL, each test process gets a Redis database of its own: a test that
    clears a cache must not clear another process's rate limits or pages."""
    from django.conf import settings
    from django.test import override_settings

    if not os.environ.get("REDIS_URL"):
        yield
        return
    from urllib.parse import urlsplit

    number = 0 if worker_id == "master" else int(worker_id.removeprefix("gw")) + 1
    location = urlsplit(os.environ["REDIS_URL"])._replace(path=f"/{number}").geturl()
    caches = {
        name: dict(config, LOCATION=location) if "redis" in config["BACKEND"].lower() else config
        for name, config in settings.CACHES.items()
    }
    with override_settings(CACHES=caches):
        yield


@pytest.fixture(autouse=True)
def _fresh_page_cache(settings, tmp_path):
    """Every test starts with no cached pages, and a generation file of its own."""
    from django.core.cache import caches

    settings.TRIBUNA_PAGE_GENERATION_FILE = tmp_path / "page-cache-generation"
    caches["pages"].clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request leaves its language active in the thread: each test starts in the default."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo site, built once per test process (see support/demo_snapshot.py)."""
    from support.demo_snapshot import DemoSnapshot

    with django_db_blocker.unblock():
        return DemoSnapshot.take()


@pytest.fixture
def demo_site(db, demo_snapshot, settings):
    from support.demo_snapshot import forget_cached_rows
    from tribuna.base.models import HomePage

    demo_snapshot.restore(settings.MEDIA_ROOT)
    yield HomePage.objects.get(locale__language_code="en-gb")
    forget_cached_rows()  # the rows are rolled back


@pytest.fixture
def outbox(settings, tmp_path):
    """The real outbox backend writing into this test's own folder (a live server runs in
    this process, so it sends there too); returns a reader of the messages, oldest first."""
    import email
    from email import policy

    settings.EMAIL_BACKEND = "tribuna.mail.outbox.OutboxBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "outbox"

    def messages():
        folder = settings.EMAIL_FILE_PATH
        paths = sorted(folder.glob("*.eml")) if folder.exists() else []
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in paths]

    return messages


@pytest.fixture
def fresh_rate_limits(db):
    from django.core.cache import caches

    caches["ratelimit"].clear()


@pytest.fixture
def count_queries(settings):
    """`with count_queries() as queries: ...` then `len(queries)`: what rendering costs,
    so with the page cache off."""
    settings.TRIBUNA_PAGE_CACHE = False
    return lambda: CaptureQueriesContext(connection)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import expect, sync_playwright

    from support.browser import launch_chromium

    # CI machines are busy: give assertions the same patience as actions.
    expect.set_options(timeout=15_000)

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def live_site(transactional_db, demo_snapshot, live_server, settings):
    from support.demo_snapshot import forget_cached_rows

    demo_snapshot.restore(settings.MEDIA_ROOT)
    yield live_server
    forget_cached_rows()  # the rows are flushed


@pytest.fixture
def superuser(live_site):
    """`superuser(email)` creates a staff account for this test and returns its password;
    the live server shares the test's database."""
    import secrets

    from django.contrib.auth import get_user_model

    def create(email: str) -> str:
        password = secrets.token_urlsafe(18)
        get_user_model().objects.create_superuser(email=email, password=password)
        return password

    return create


@pytest.fixture
def new_tab(chromium, live_server):
    """Open browser tabs, each in its own context (cookies), refusing and recording any
    request off this machine in `tab.third_party_requests`."""
    from support.browser import block_third_party

    contexts = []

    def open_tab():
        context = chromium.new_context(base_url=live_server.url)
        context.set_default_timeout(15_000)
        contexts.append(context)
        tab = context.new_page()
        tab.third_party_requests = block_third_party(context)
        return tab

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(new_tab):
    return new_tab()
