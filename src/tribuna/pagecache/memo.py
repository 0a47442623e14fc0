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
    return remember_each(name, [parts], lambda missing: [compute()])[0]


def remember_each(name: str, each_parts: list, compute_missing) -> list:
    """A value for each item of `each_parts` (a tuple of parts), in order: those remembered
    in this generation, and the rest from `compute_missing(the missing items)`, which
    returns their values in its turn, in one go (one query for the lot, not one each).
    None (nothing found: an address no page answers) is worked out again each time rather
    than kept, so that requests for made-up addresses cannot fill the cache."""
    try:
        prefix = f"memo:{generation.current()}:{name}:"
        keys = [prefix + hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest() for parts in each_parts]
        found = caches["pages"].get_many(keys)
    except Exception:
        log.exception("The page cache cannot be read; working %s out afresh", name)
        return compute_missing(list(each_parts))
    missing = [position for position, key in enumerate(keys) if key not in found]
    if missing:
        fresh = dict(zip((keys[position] for position in missing), compute_missing([each_parts[p] for p in missing])))
        try:
            caches["pages"].set_many({key: value for key, value in fresh.items() if value is not None}, timeout=KEEP_SECONDS)
        except Exception:
            log.exception("The page cache cannot be written")
        found |= fresh
    return [found[key] for key in keys]
