"""Fixtures for the reader's side of newsletters: the real outbox, fresh rate limits."""

import re

import pytest
from django.contrib.auth import get_user_model

from support.smtp_sink import SinkServer


@pytest.fixture
def mail_text():
    """`mail_text(message)`: the plain-text part."""
    return lambda message: message.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def link_in(mail_text):
    """`link_in(message, "/newsletters/confirm/")`: the first link to that path, as a path."""

    def find(message, path: str) -> str:
        match = re.search(r"https?://[^/\s]+(" + re.escape(path) + r"\S*)", mail_text(message))
        assert match, mail_text(message)
        return match.group(1)

    return find


@pytest.fixture
def editor(client, demo_site):
    user = get_user_model().objects.create_superuser(email="editor@example.org", password=None, first_name="Elena")
    client.force_login(user)
    return user


@pytest.fixture
def peru_update(demo_site):
    from tribuna.newsletters.models import Newsletter

    newsletter, _ = Newsletter.objects.get_or_create(slug="peru-update", defaults={"name": "Peru Update"})
    return newsletter


@pytest.fixture
def smtp_sink(settings):
    """Django's SMTP backend pointed at a real server on loopback."""
    server = SinkServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    yield server
    server.stop()
