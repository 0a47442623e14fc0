"""/healthz and /readyz: what a load balancer or orchestrator asks before sending readers."""

import json
import subprocess

import pytest

from deploy_support import TRIBUNA, child_env, database_url, free_port

# Asks /readyz through Django's test client in a process of its own, configured only by
# the environment it is given; prints the status, then the body.
ASK = (
    "from django.test import Client\n"
    "response = Client().get('/readyz')\n"
    "print(response.status_code)\n"
    "print(response.content.decode())\n"
)


def ask_readyz(tmp_path, **environ):
    result = subprocess.run(
        [TRIBUNA, "shell", "-v", "0", "-c", ASK],
        env=child_env(TRIBUNA_DATA_DIR=tmp_path, ALLOWED_HOSTS="testserver", **environ),
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().split("\n", 1)
    return int(status), json.loads(body), result.stderr


def closed_port() -> int:
    return free_port()  # nothing listens there once the probe socket is closed


def test_healthz_answers_without_the_database(client):
    # No database fixture: any query would raise here.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"process": "ok"}}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_readyz_checks_database_migrations_and_caches(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok", "cache:default": "ok", "cache:pages": "ok"},
    }
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    # Not kept by the page cache (which would have given it an ETag).
    response = client.get("/readyz")
    assert "ETag" not in response and response["Cache-Control"] == "no-store"


def test_health_endpoints_answer_head_and_refuse_post(client, db):
    assert client.head("/healthz").status_code == 200
    assert client.head("/readyz").status_code == 200
    assert client.post("/readyz").status_code == 405


def test_health_endpoints_are_exempt_from_the_https_redirect(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/readyz").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301


def test_unapplied_migrations_make_the_process_not_ready(client, db, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    from tribuna.ops import health

    monkeypatch.setattr(health, "_migrated", set())
    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [("a migration", False)])
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["migrations"] == "fail"


def test_an_unreachable_database_is_named_and_not_described(tmp_path, django_db_setup):
    port = closed_port()
    status, body, log = ask_readyz(
        tmp_path, DATABASE_URL=f"postgres://tribuna:sekrit-password@127.0.0.1:{port}/tribuna",
    )
    assert status == 503
    assert body["status"] == "fail"
    assert body["checks"]["database"] == "fail"
    assert body["checks"]["migrations"] == "skipped"
    assert body["checks"]["cache:default"] == "ok"
    text = json.dumps(body)
    assert "sekrit" not in text and str(port) not in text and "refused" not in text.lower()
    assert "Readiness check database failed" in log  # the reason goes to the log


def test_an_unreachable_cache_is_named(tmp_path, django_db_setup):
    status, body, log = ask_readyz(
        tmp_path, DATABASE_URL=database_url(), REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0",
    )
    assert status == 503
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["migrations"] == "ok"
    assert body["checks"]["cache:default"] == "fail"
    assert body["checks"]["cache:pages"] == "fail"
    assert "Readiness check cache:default failed" in log


def test_everything_reachable_in_a_process_of_its_own(tmp_path, django_db_setup):
    status, body, _ = ask_readyz(tmp_path, DATABASE_URL=database_url())
    assert (status, body["status"]) == (200, "ok"), body


@pytest.mark.django_db
def test_media_on_s3_is_checked(client, media_on_s3, settings):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["media"] == "ok"

    from tribuna.ops.environ import settings_from_environ

    elsewhere = dict(media_on_s3, TRIBUNA_S3_ENDPOINT_URL=f"http://127.0.0.1:{closed_port()}")
    settings.STORAGES = settings_from_environ(elsewhere, settings.STORAGES)["STORAGES"]
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["media"] == "fail"
    assert response.json()["checks"]["database"] == "ok"
