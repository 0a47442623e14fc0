"""The generation of the site's content: a token that every content change replaces.

Cached pages are filed under the generation they were rendered in, so replacing it
retires every one of them at once, in every process that shares it: a file in the data
dir on one machine, or Redis when the page cache lives there (REDIS_URL).
"""

import logging
import os
import secrets
import tempfile
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches

KEY = "generation"
log = logging.getLogger(__name__)
# The generation a request that only reads started in (see `read_once`).
_pinned: ContextVar[str | None] = ContextVar("tribuna_content_generation", default=None)


def _shared_cache() -> bool:
    return "locmem" not in settings.CACHES["pages"]["BACKEND"]


def _path():
    return settings.TRIBUNA_PAGE_GENERATION_FILE


def current() -> str:
    pinned = _pinned.get()
    if pinned is not None:
        return pinned
    if _shared_cache():
        value = caches["pages"].get(KEY)
        return value if value is not None else bump()
    try:
        return _path().read_text()
    except FileNotFoundError:
        return bump()


def bump() -> str:
    """Start a new generation. Random, not counted: two processes bumping at once must
    each end every generation that came before."""
    value = secrets.token_hex(8)
    if _shared_cache():
        caches["pages"].set(KEY, value, timeout=None)
        return value
    path = _path()
    with tempfile.NamedTemporaryFile("w", dir=path.parent, prefix=".generation-", delete=False) as handle:
        handle.write(value)
    os.replace(handle.name, path)  # atomic: a reader sees the old token or the new one
    return value


@contextmanager
def read_once():
    """For a GET or HEAD: the generation is read once (a file read, or a Redis round
    trip) and the page and every piece it remembers are filed under it. Were the content
    to change meanwhile, all of them are retired together."""
    try:
        token = _pinned.set(current())
    except Exception:
        log.exception("The content generation cannot be read")
        yield
        return
    try:
        yield
    finally:
        _pinned.reset(token)
