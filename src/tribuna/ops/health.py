"""Liveness and readiness for load balancers and orchestrators.

/healthz: the process answers (nothing else is touched, so a slow database never gets a
healthy process restarted). /readyz: this process can serve readers now: the database
answers, every migration is applied, the caches answer, and so does the media bucket
when media is on S3. Both answer JSON, 200 or 503, never cached by anyone, and never
with an error's text: what failed is named, why goes to the log.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

# Once every migration has been seen applied, this process need not look again: code and
# migrations change only with a new release, which starts new processes.
_migrated: set[str] = set()


def answer(checks: dict[str, str]) -> JsonResponse:
    healthy = all(result in {"ok", "skipped"} for result in checks.values())
    response = JsonResponse({"status": "ok" if healthy else "fail", "checks": checks}, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def healthz(request):
    return answer({"process": "ok"})


@require_safe
def readyz(request):
    checks: dict[str, str] = {}
    for alias in connections:
        suffix = "" if alias == "default" else f":{alias}"
        database_ok = run(checks, f"database{suffix}", database_answers, alias)
        if database_ok:
            run(checks, f"migrations{suffix}", migrations_applied, alias)
        else:
            checks[f"migrations{suffix}"] = "skipped"
    for name in ("default", "pages"):
        if name in settings.CACHES:
            run(checks, f"cache:{name}", cache_answers, name)
    if getattr(settings, "TRIBUNA_MEDIA_ON_S3", False):
        run(checks, "media", media_answers)
    return answer(checks)


def run(checks: dict, name: str, check, *args) -> bool:
    try:
        check(*args)
    except Exception:
        logger.exception("Readiness check %s failed", name)
        checks[name] = "fail"
        return False
    checks[name] = "ok"
    return True


def database_answers(alias: str) -> None:
    connection = connections[alias]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        # Drop a broken connection now, so the next probe starts afresh.
        connection.close_if_unusable_or_obsolete()
        raise


class UnappliedMigrations(Exception):
    pass


def migrations_applied(alias: str) -> None:
    if alias in _migrated:
        return
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[alias])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        raise UnappliedMigrations(f"{len(plan)} migrations not applied, e.g. {plan[0][0]}")
    _migrated.add(alias)


class CacheDidNotKeep(Exception):
    pass


def cache_answers(name: str) -> None:
    cache = caches[name]
    key, value = f"tribuna-readyz-{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=30)
    if cache.get(key) != value:
        raise CacheDidNotKeep(f"cache {name} did not return what was just stored")
    cache.delete(key)


def media_answers() -> None:
    from django.core.files.storage import default_storage

    # A HEAD request for an object that need not exist: an answer either way (200 or 404)
    # shows the bucket is reachable with these credentials; refusals and timeouts raise.
    default_storage.exists("tribuna-readyz-probe")
