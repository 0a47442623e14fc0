"""Shared fixtures: the demo site, and a real Chromium for browser tests."""

import io
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


@pytest.fixture(autouse=True)
def _default_language():
    """A request leaves its language active in the thread: each test starts in the default."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def demo_site(db):
    from tribuna.demo.builder import build_demo

    restore_wagtail_tree()  # after a transactional test's flush
    build_demo(stdout=io.StringIO())
    from tribuna.base.models import HomePage

    return HomePage.objects.get(locale__language_code="en-gb")


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
def count_queries():
    """`with count_queries() as queries: ...` then `len(queries)`."""
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


def restore_wagtail_tree():
    """Put back what Wagtail's data migrations made (locale, root collection, root page).

    Transactional tests end with a flush that empties those tables too. Django's
    serialized rollback cannot restore them here: once Playwright runs its event loop,
    the test thread gets a different connection from the one the copy was stored on.
    """
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    if not Locale.objects.exists():
        Locale.objects.create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))


@pytest.fixture
def live_site(transactional_db, live_server):
    from tribuna.demo.builder import build_demo

    restore_wagtail_tree()
    build_demo(stdout=io.StringIO())
    return live_server


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
