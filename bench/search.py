"""Public search at 100,000 articles, on SQLite and on PostgreSQL."""

import json
import os
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from harness import ROOT, fresh_data_dir, nginx_serving, production_server, tribuna, wrk

ARTICLES = 100_000
PG_PORT = "54339"

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
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
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
    previous = os.environ.get("BENCH_DATABASE_URL")
    os.environ["BENCH_DATABASE_URL"] = url
    try:
        yield url
    finally:
        if previous is None:
            os.environ.pop("BENCH_DATABASE_URL", None)
        else:
            os.environ["BENCH_DATABASE_URL"] = previous
        subprocess.run([script, "stop"], env=env, check=False, capture_output=True)


def measure(data_dir: Path, database: str) -> tuple[list[str], bytes]:
    started = time.perf_counter()
    tribuna(data_dir, "demo", "--articles", str(ARTICLES))
    generated = time.perf_counter() - started
    counts = json.loads(
        tribuna(data_dir, "shell", "-c", f"PATHS = {list(QUERIES.values())!r}\n" + QUERY_SCRIPT)
        .stdout.strip().splitlines()[-1]
    )
    loads = []
    with production_server(data_dir) as base:
        page_bytes = urllib.request.urlopen(base + QUERIES["“apec” (in 5%)"]).read()
        for label, path in QUERIES.items():
            wrk(label, base + path, seconds=2)  # warm both workers' caches
            loads.append(wrk(label, base + path, seconds=10))
    lines = [
        f"### {database}",
        "",
        f"`tribuna demo --articles {ARTICLES:,}` (pages, articles, topics, authors and search index): "
        f"{generated:.0f} s.",
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
        "Each row: one reader (wrk `-t1 -c1 -d10s`, after a 2 s warm-up) asking the search page for "
        "the same query, through gunicorn as `tribuna run` starts it (2 workers × 4 threads, DEBUG off). "
        "Generated articles reuse the demo's sentences, so common words are very common: the worst case "
        "for ranking. Target: p95 under 50 ms.",
        "",
    ]
    sqlite_lines, page_bytes = measure(data_dir, "SQLite")
    lines += sqlite_lines + [""]
    with postgres():
        postgres_lines, _ = measure(fresh_data_dir(), "PostgreSQL 15 (throwaway cluster on loopback, fsync off)")
    lines += postgres_lines
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
