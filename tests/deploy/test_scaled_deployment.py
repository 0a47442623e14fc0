"""The scaled deployment with real processes: gunicorn with two workers and two task
workers (each with a data dir of its own, as on separate machines) on one PostgreSQL
database, the caches in one Redis, media in an S3 bucket (moto's emulator).

Runs where the suite runs on PostgreSQL with REDIS_URL set (.ci/run's second pass).
"""

import concurrent.futures
import html
import io
import json
import os
import re
import secrets
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from deploy_support import PYTHON, TRIBUNA, child_env, database_url, free_port, http_get, png, stop, wait_until

pytestmark = [
    pytest.mark.skipif(
        not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")),
        reason="the scaled deployment needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), as .ci/run's second pass has",
    ),
    pytest.mark.django_db(transaction=True),
]

ACCESS_LOG_FORMAT = '%(p)s "%(r)s" %(s)s'  # gunicorn writes the pid as <1234>


@dataclass
class Deployment:
    url: str
    access_log: Path
    environ: dict
    s3_environ: dict
    processes: list = field(default_factory=list)

    def get(self, path: str, **headers):
        return http_get(self.url + path, headers=headers)

    def served_by(self, path: str, since: int) -> set[str]:
        """The gunicorn worker pids that answered GET `path` in the access log after byte `since`."""
        text = self.access_log.read_bytes()[since:].decode(errors="replace")
        return {pid for pid, request in re.findall(r'^<(\d+)> "GET (\S+) ', text, re.M) if request == path}

    def log_size(self) -> int:
        return self.access_log.stat().st_size if self.access_log.exists() else 0


def upload_folder(client, bucket: str, folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            client.upload_file(str(path), bucket, path.relative_to(folder).as_posix())


@pytest.fixture(scope="module")
def servers(django_db_setup, demo_snapshot, s3_server, tmp_path_factory):
    """gunicorn with two web workers, started once for this module's tests."""
    from django.conf import settings

    root = tmp_path_factory.mktemp("scaled")
    bucket = s3_server.new_bucket()
    upload_folder(s3_server.client(), bucket, demo_snapshot.media)  # the demo's pictures
    s3_environ = s3_server.environ(bucket)
    common = dict(
        s3_environ,
        DATABASE_URL=database_url(),  # pytest-django's test database
        # The Redis database this test process uses (one per test process), so a publish
        # here retires the pages the servers keep there.
        REDIS_URL=settings.CACHES["pages"]["LOCATION"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DEBUG="",
    )
    port = free_port()
    web_dir = root / "web"
    web_dir.mkdir()
    access_log = web_dir / "access.log"
    deployment = Deployment(url=f"http://127.0.0.1:{port}", access_log=access_log, environ=common, s3_environ=s3_environ)
    try:
        deployment.processes.append(subprocess.Popen(
            [
                PYTHON, "-m", "gunicorn", "tribuna.wsgi:application",
                "--bind", f"127.0.0.1:{port}", "--workers", "2", "--no-control-socket",
                "--access-logfile", str(access_log), "--access-logformat", ACCESS_LOG_FORMAT,
            ],
            env=child_env(TRIBUNA_DATA_DIR=web_dir, **common),
            stdout=subprocess.DEVNULL,
        ))
        yield deployment
    finally:
        for process in deployment.processes:
            stop(process)


@pytest.fixture
def deployment(servers, transactional_db, demo_snapshot, settings, tmp_path, monkeypatch):
    """The servers, once ready, on the demo site; this process writes media where they read it."""
    from support.demo_snapshot import forget_cached_rows
    from tribuna.ops.environ import settings_from_environ

    demo_snapshot.restore(tmp_path / "media")
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, servers.s3_environ[name])
    settings.STORAGES = settings_from_environ(dict(servers.s3_environ), settings.STORAGES)["STORAGES"]
    settings.TRIBUNA_MEDIA_ON_S3 = True

    def ready():
        try:
            return servers.get("/readyz")[0] == 200
        except OSError:
            return False

    wait_until(ready, timeout=120, what="/readyz answering 200 through gunicorn", process=servers.processes)
    yield servers
    forget_cached_rows()


@pytest.fixture
def task_workers(deployment, tmp_path):
    """Two `tribuna worker` processes, each with a data dir of its own as on a machine of
    its own, sharing the queue in the database; stopped before the test's rows go."""
    machines, processes = [], []
    try:
        for n in (1, 2):
            machine = tmp_path / f"worker-{n}"
            machine.mkdir()
            machines.append(machine)
            with open(machine / "worker.log", "wb") as log:
                processes.append(subprocess.Popen(
                    [TRIBUNA, "worker", "-v", "0"], env=child_env(TRIBUNA_DATA_DIR=machine, **deployment.environ),
                    stdout=log, stderr=subprocess.STDOUT,
                ))
        yield machines, processes
    finally:
        for process in processes:
            stop(process)


def fetch_many(deployment, path: str, count: int = 16) -> list:
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda _: deployment.get(path), range(count)))


def test_ready_through_gunicorn(deployment):
    status, headers, body = deployment.get("/readyz")
    assert status == 200, body
    checks = json.loads(body)["checks"]
    assert checks == {
        "database": "ok", "migrations": "ok", "cache:default": "ok", "cache:pages": "ok", "media": "ok",
    }
    assert headers["Cache-Control"] == "no-store"
    assert deployment.get("/healthz")[0] == 200


def test_a_published_edit_is_served_fresh_by_every_worker_with_its_image_from_s3(deployment):
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image

    from tribuna.news.models import ArticlePage

    article = ArticlePage.objects.live().filter(locale__language_code="en-gb").first()
    path = article.get_url_parts()[2]
    old_title = html.escape(article.title)

    # Both web workers have served the page as it was (and the shared page cache keeps it).
    since = deployment.log_size()

    def both_served_old():
        responses = fetch_many(deployment, path)
        assert all(status == 200 and old_title.encode() in body for status, _, body in responses)
        return len(deployment.served_by(path, since)) >= 2

    wait_until(both_served_old, timeout=60, what="both gunicorn workers serving the page", process=deployment.processes)

    # An editor publishes a new title and a new lead image (uploaded here, to the bucket).
    image = Image.objects.create(title="Lima at dusk", file=ImageFile(io.BytesIO(png(640, 360)), name="dusk.png"))
    new_title = f"Lima, as it is now {secrets.token_hex(3)}"
    article.title = new_title
    article.lead_image = image
    article.save_revision().publish()

    # From now on every answer, from either worker, is the new page: never the old one.
    since = deployment.log_size()

    def both_served_new():
        responses = fetch_many(deployment, path)
        for status, _, body in responses:
            assert status == 200
            assert new_title.encode() in body, "a stale page after the publish"
        return len(deployment.served_by(path, since)) >= 2 and responses

    responses = wait_until(both_served_new, timeout=60, what="both gunicorn workers serving the new page", process=deployment.processes)

    # The lead image's rendition was made by a web worker from the original in the
    # bucket, stored there, and its address is the bucket's.
    body = responses[0][2].decode()
    bucket_url = f"{deployment.s3_environ['TRIBUNA_S3_ENDPOINT_URL']}/{deployment.s3_environ['TRIBUNA_S3_BUCKET']}/"
    lead = re.search(r'<figure class="lead-image">\s*<img src="([^"]+)"', body)
    assert lead, "no lead image on the page"
    assert lead.group(1).startswith(bucket_url + "images/dusk"), lead.group(1)
    status, headers, picture = http_get(lead.group(1))
    assert status == 200 and picture[:4] == b"RIFF" and picture[8:12] == b"WEBP"
    assert image.file.url.startswith(bucket_url) and http_get(image.file.url)[0] == 200


def test_queued_tasks_run_once_each_on_one_of_two_workers(deployment, task_workers):
    from django_tasks_db.models import DBTaskResult

    from tribuna.newsletters.models import Campaign
    from tribuna.newsletters.tasks import send_test_copy

    campaign = Campaign.objects.create(subject="Scaled deployment check", introduction="<p>Workers share one queue.</p>")
    addresses = [f"editor{n}@example.org" for n in range(6)]
    ids = [str(send_test_copy.enqueue(campaign.pk, address, "Editor", deployment.url + "/").id) for address in addresses]

    def all_finished():
        results = list(DBTaskResult.objects.filter(id__in=ids))
        failed = [r for r in results if r.status == "FAILED"]
        assert not failed, failed[0].traceback
        return len(results) == len(ids) and all(r.status == "SUCCESSFUL" for r in results) and results

    machines, processes = task_workers
    results = wait_until(all_finished, timeout=120, what="the queued test copies sent", process=processes)
    for result in results:
        assert len(result.worker_ids) == 1, result.worker_ids  # taken once, by one worker

    # Each copy was sent once, by whichever worker took it (each keeps its own outbox).
    sent = []
    for machine in machines:
        for message in (machine / "outbox").glob("*.eml") if (machine / "outbox").exists() else []:
            text = message.read_text(errors="replace")
            if "Scaled deployment check" in text:
                sent += re.findall(r"^To: (\S+)$", text, re.M)
    assert sorted(sent) == sorted(addresses)
