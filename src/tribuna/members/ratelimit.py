"""Fixed-window rate limits for anything that sends mail, shared by every process.

The "ratelimit" cache is the database by default (so all gunicorn workers count
together) and Redis when REDIS_URL is set.
"""

import time

from django.core.cache import caches


def allow(bucket: str, key: str, *, limit: int, window: int) -> bool:
    """Count one attempt for `key`; False once it has made `limit` attempts in this
    `window`-second period. The period is in the name, read from this process's clock:
    Redis and the database cache then count alike, expiry only tidies up."""
    cache = caches["ratelimit"]
    name = f"rl:{bucket}:{key}:{int(time.time()) // window}"
    cache.add(name, 0, timeout=window)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=window)
        count = 1
    return count <= limit


def client_ip(request) -> str:
    # gunicorn's --forwarded-allow-ips decides whether REMOTE_ADDR may come from a proxy.
    return request.META.get("REMOTE_ADDR", "unknown")
