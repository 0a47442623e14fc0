"""Values worked out from the content, kept until the content next changes.

Filed under the content generation like whole pages (generation.py), so they are never
out of date; without a working cache they are simply worked out every time.
"""

import hashlib
import logging

from django.core.cache import caches

from . import generation

log = logging.getLogger(__name__)
KEEP_SECONDS = 24 * 3600


def remember(name: str, compute, *parts):
    """`compute()`, or what it returned earlier in this generation for the same parts."""
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()
    try:
        key = f"memo:{generation.current()}:{name}:{digest}"
        value = caches["pages"].get(key)
    except Exception:
        log.exception("The page cache cannot be read; working %s out afresh", name)
        return compute()
    if value is None:
        value = compute()
        try:
            caches["pages"].set(key, value, timeout=KEEP_SECONDS)
        except Exception:
            log.exception("The page cache cannot be written")
    return value
