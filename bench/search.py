"""Public search at 100,000 articles, on SQLite and on PostgreSQL."""

import json
import os
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from harness import (
    ROOT,
    SERVER,
    VENV_BIN,
    bench_env,
    fresh_data_dir,
    nginx_serving,
    production_server,
    tribuna,
    wrk,
)

ARTICLES = 100_000
PG_PORT = "54339"
UNCACHED = {"TRIBUNA_PAGE_CACHE": "off"}  # each request runs its search
WARM_SECONDS = 2
SECONDS = 5  # per query and database: some 150 requests at the p95 target, for a steady p95

QUERIES = {
    "“peru” (in 97% of articles)": "/search/?q=peru",
    "“apec” (in 5%)": "/search/?q=apec",
    "“bagua conga” (two words)": "/search/?q=bagua+conga",
    "phrase “\"free trade\"”": "/search/?q=%22free+trade%22",
    "“mining” + type + year": "/search/?q=mining&type=analysis&year=2016",
    "“mining” + topic": "/search/?q=mining&topic=human-rights",
    "“quechua ayacucho” + type": "/search/?q=quechua+ayacucho&type=interview",
    "“peru”, page 50": "/search/?q=peru&page=50",
    "no words: newest articles": "/search/?q=",
}

QUERY_SCRIPT = """
import json
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
settings.TRIBUNA_PAGE_CACHE = False
client = Client(HTTP_HOST="localhost")
counts = {}
for path in PATHS:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    counts[path] = len(queries)
print(json.dumps(counts))
"""


@contextmanager
def postgres():
    """A throwaway PostgreSQL cluster on its own port; yields its URL."""
    script = str(ROOT / "scripts" / "postgres-test-server")
    env = dict(os.environ, TRIBUNA_PG_PORT=PG_PORT, TRIBUNA_PG_DIR=f"/tmp/tribuna-bench-postgres-{PG_PORT}")
    url = subprocess.run([script, "start"], env=env, check=True, text=True, capture_output=True).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([script, "stop"], env=env, check=False, capture_output=True)


@contextmanager
def database(url: str):
    """The bench's commands and servers use this database meanwhile."""
    previous = os.environ.get("BENCH_DATABASE_URL")
    os.environ["BENCH_DATABASE_URL"] = url
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("BENCH_DATABASE_URL", None)
        else:
            os.environ["BENCH_DATABASE_URL"] = previous


def start_generating(data_dir: Path) -> subprocess.Popen:
    """`tribuna demo --articles` in the background, on the database the bench uses now."""
    command = [str(VENV_BIN / "tribuna"), "demo", "--articles", str(ARTICLES)]
    return subprocess.Popen(command, env=bench_env(data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finished(process: subprocess.Popen, started: float) -> float:
    """Seconds from `started` until `process` ended (which it must do without an error)."""
    _, errors = process.communicate()
    if process.returncode:
        raise RuntimeError(f"tribuna demo --articles failed:\n{errors.decode()[-2000:]}")
    return time.perf_counter() - started


def measure(data_dir: Path, database: str, generated: float) -> tuple[list[str], bytes]:
    counts = json.loads(
        tribuna(data_dir, "shell", "-c", f"PATHS = {list(QUERIES.values())!r}\n" + QUERY_SCRIPT)
        .stdout.strip().splitlines()[-1]
    )
    loads = []
    with production_server(data_dir, env=UNCACHED) as base:
        page_bytes = urllib.request.urlopen(base + QUERIES["“apec” (in 5%)"]).read()
        for label, path in QUERIES.items():
            # Warm every thread of both workers: each has its own database connection and cache.
            wrk(label, base + path, seconds=WARM_SECONDS, connections=8, threads=2)
            loads.append(wrk(label, base + path, seconds=SECONDS))
    lines = [
        f"### {database}",
        "",
        f"`tribuna demo --articles {ARTICLES:,}` (pages, articles, topics, authors and search index): "
        f"{generated:.0f} s, beside the other database's (one core each).",
        "",
        "| search | req/s | p50 ms | p95 ms | p99 ms | errors | SQL queries |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for load, path in zip(loads, QUERIES.values()):
        lines.append(
            f"| {load.label} | {load.requests_per_second:,.0f} | {load.p50_ms:.1f} | **{load.p95_ms:.1f}** | "
            f"{load.p99_ms:.1f} | {load.errors} | {counts[path]} |"
        )
    return lines, page_bytes


def run(data_dir: Path) -> str:
    lines = [
        f"## Search at {ARTICLES:,} articles",
        "",
        f"Each row: one reader (wrk `-t1 -c1 -d{SECONDS}s`, after a {WARM_SECONDS} s warm-up on 8 connections) asking the search page for "
        f"the same query, through {SERVER}, "
        "with the page cache off, so that every request runs its search. "
        "Generated articles reuse the demo's sentences, so common words are very common: the worst case "
        "for ranking. Target: p95 under 50 ms.",
        "",
    ]
    with postgres() as url:
        # Both databases' articles are generated side by side, one core each, which keeps
        # `make bench` within 20 minutes; the measuring is done one database at a time.
        with database(url):
            postgres_dir = fresh_data_dir()
            started = time.perf_counter()
            on_postgres = start_generating(postgres_dir)
        on_sqlite = start_generating(data_dir)
        sqlite_seconds, postgres_seconds = finished(on_sqlite, started), finished(on_postgres, started)
        sqlite_lines, page_bytes = measure(data_dir, "SQLite", sqlite_seconds)
        with database(url):
            postgres_lines, _ = measure(
                postgres_dir, "PostgreSQL 15 (throwaway cluster on loopback, fsync off)", postgres_seconds
            )
    lines += sqlite_lines + [""] + postgres_lines
    with nginx_serving(page_bytes) as url:
        ceiling = wrk("nginx", url, seconds=10)
    lines += [
        "",
        "On PostgreSQL the query count includes the statements of the transaction the search runs in "
        "(`SET LOCAL enable_seqscan = off`, see `docs/decisions/0004-discovery.md`).",
        "",
        f"Reference, same run: nginx serving the {len(page_bytes) / 1024:.0f} KB result page for “apec” as a "
        f"static file, one connection: {ceiling.requests_per_second:,.0f} req/s, p95 {ceiling.p95_ms:.2f} ms.",
        "",
    ]
    return "\n".join(lines)
