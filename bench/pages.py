"""Public pages at 100,000 articles and 100,000 members: uncached, cached, behind the shipped
nginx configuration, against nginx serving the same bytes."""

import json
import os
import statistics
import time
import urllib.request
from pathlib import Path

from harness import (
    SERVER,
    SHIPPED_NGINX,
    Load,
    nginx_serving,
    production_server,
    shipped_nginx,
    tribuna,
    worker_rss_mb,
    wrk,
)

ARTICLES = int(os.environ.get("BENCH_PAGE_ARTICLES", "100000"))
MEMBERS = int(os.environ.get("BENCH_PAGE_MEMBERS", "100000"))
SECONDS = int(os.environ.get("BENCH_PAGE_SECONDS", "5"))  # each row under load: `make bench` < 20 min
WARM_SECONDS = 1
LATENCY_SECONDS = 5  # each one-connection row: some 100 requests even for a search
LOAD = {"threads": 2, "connections": 32, "timeout": 10}  # slow pages: latencies, not timeouts
ARTICLE = "/articles/peru-hosts-apec/"
ARCHIVE_PAGE = 2000
UNCACHED = {"TRIBUNA_PAGE_CACHE": "off"}

# Figures from issue 7, measured on this machine with the same wrk load (2 threads, 32
# connections, SQLite, six real posts each).
YARDSTICKS = [
    ("Ghost 6.65", "21–34", "10–22"),
    ("Wagtail 7.4 bakerydemo", "25–28", "11–15"),
]
GHOST_BEST, BAKERY_BEST = 34, 28

COUNT_SCRIPT = """
from wagtail.models import Locale
from tribuna.demo import content
from tribuna.members.models import Member
from tribuna.news.models import ArticlePage
english = ArticlePage.objects.filter(locale__language_code=Locale.get_default().language_code).count()
print(json.dumps({"articles": english - len(content.ARTICLES), "members": Member.objects.count()}))
"""

# In-process, with the server's settings and data: SQL per page (each path asked once first,
# so per-process caches are as warm as a server's), and the article's render time.
QUERY_SCRIPT = """
import json, statistics, time
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="localhost")
counts = {}
for path in PATHS:
    assert client.get(path).status_code == 200, path
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    counts[path] = len(queries)
timings, cold, cold_queries = [], [], 0
if not settings.TRIBUNA_PAGE_CACHE:
    for _ in range(RENDERS):
        started = time.perf_counter()
        client.get(ARTICLE)
        timings.append((time.perf_counter() - started) * 1000)
    from tribuna.pagecache import generation
    for _ in range(RENDERS // 4):  # as after an edit: every remembered piece worked out again
        generation.bump()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(ARTICLE)
            cold.append((time.perf_counter() - started) * 1000)
        cold_queries = len(queries)
print(json.dumps({"queries": counts, "render_ms": timings, "cold_ms": cold, "cold_queries": cold_queries}))
"""


def pages(archive_page: int) -> dict[str, str]:
    return {
        "home": "/",
        "article (“Peru hosts APEC”)": ARTICLE,
        "archive, page 1": "/articles/",
        f"archive, page {archive_page:,}": f"/articles/?page={archive_page}",
        "topic: mining and environment": "/articles/topic/mining-and-environment/",
        "search: “mining”": "/search/?q=mining",
        "feed: all articles (RSS)": "/feeds/articles.rss",
        "join page": "/become-a-member/",
    }


def shell(data_dir: Path, script: str, env: dict | None = None, **names) -> dict:
    prelude = "import json\n" + "".join(f"{name} = {value!r}\n" for name, value in names.items())
    saved = {key: os.environ.get(key) for key in (env or {})}
    os.environ.update(env or {})
    try:
        output = tribuna(data_dir, "shell", "-c", prelude + script).stdout
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return json.loads(output.strip().splitlines()[-1])


def generate(data_dir: Path) -> list[str]:
    """Articles and members up to the counts wanted; returns what it did, for the page."""
    have = shell(data_dir, COUNT_SCRIPT)
    done = []
    for kind, wanted, already in (
        ("articles", ARTICLES, "generated articles already in the data dir (left by the search scenario)"),
        ("members", MEMBERS, "members already in the data dir (imported from CSV by the members scenario)"),
    ):
        missing = wanted - have[kind]
        if missing <= 0:
            done.append(f"{have[kind]:,} {already}")
            continue
        started = time.perf_counter()
        tribuna(data_dir, "demo", f"--{kind}", str(missing))
        done.append(f"`tribuna demo --{kind} {missing:,}`: **{time.perf_counter() - started:.0f} s**")
    return done


def fetch(url: str) -> tuple[bytes, dict]:
    with urllib.request.urlopen(url) as response:
        return response.read(), dict(response.headers)


def drain(url: str) -> None:
    """wrk stops with requests still queued in the server: let them finish (a few requests
    one after another, through both workers) so that they do not count against the next row."""
    for _ in range(4):
        fetch(url)


def warm_and_load(label: str, url: str, **load) -> Load:
    wrk(label, url, seconds=WARM_SECONDS, threads=2, connections=4, timeout=10)  # every worker, every cache
    drain(url)
    measured = wrk(label, url, seconds=load.pop("seconds", SECONDS), **load)
    drain(url)
    return measured


def load_rows(base: str, paths: dict[str, str]) -> list[Load]:
    return [warm_and_load(label, base + path, **LOAD) for label, path in paths.items()]


def table(rows: list[Load], paths: dict[str, str], queries: dict[str, int], sizes: dict[str, int]) -> list[str]:
    lines = [
        "| page | req/s | p50 ms | p99 ms | errors | SQL queries | KB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for load, (label, path) in zip(rows, paths.items()):
        lines.append(
            f"| {label} `{path}` | **{load.requests_per_second:,.0f}** | {load.p50_ms:.1f} | {load.p99_ms:.1f} | "
            f"{load.errors} | {queries[path]} | {sizes[path] / 1024:.0f} |"
        )
    return lines


def verdict(met: bool) -> str:
    return "**met**" if met else "**not met**"


def run(data_dir: Path) -> str:
    generated = generate(data_dir)
    load_before = os.getloadavg()[0]
    archive_page = min(ARCHIVE_PAGE, ARTICLES // 12)  # 12 a page; smaller runs while developing
    paths = pages(archive_page)
    archive, search = paths[f"archive, page {archive_page:,}"], paths["search: “mining”"]

    uncached_counts = shell(data_dir, QUERY_SCRIPT, UNCACHED, PATHS=list(paths.values()), ARTICLE=ARTICLE, RENDERS=200)
    cached_counts = shell(data_dir, QUERY_SCRIPT, PATHS=list(paths.values()), ARTICLE=ARTICLE, RENDERS=0)
    renders = uncached_counts["render_ms"]

    with production_server(data_dir, env=UNCACHED) as base:
        started_rss = worker_rss_mb(base)  # imports done; one has served the ready check
        sizes = {path: len(fetch(base + path)[0]) for path in paths.values()}
        article_bytes = fetch(base + ARTICLE)[0]
        uncached = load_rows(base, paths)
        one = {
            label: warm_and_load(label, base + path, seconds=LATENCY_SECONDS, timeout=10)
            for label, path in (("article", ARTICLE), ("archive", archive), ("search", search))
        }
        uncached_rss = worker_rss_mb(base)

    with production_server(data_dir) as base:
        cached = load_rows(base, paths)
        with shipped_nginx(base, data_dir) as front:
            behind_nginx = warm_and_load("article through deploy/nginx.conf", front + ARTICLE, **LOAD)
            status = fetch(front + ARTICLE)[1].get("X-Cache-Status", "none")
        cached_rss = worker_rss_mb(base)

    with nginx_serving(article_bytes) as url:
        ceiling = warm_and_load("nginx, static", url, **LOAD)
    load_after = os.getloadavg()[0]

    by_label = dict(zip(paths, uncached))
    cached_by_label = dict(zip(paths, cached))
    article_u = by_label["article (“Peru hosts APEC”)"]
    home_u = by_label["home"]
    article_c = cached_by_label["article (“Peru hosts APEC”)"]
    median_render = statistics.median(renders) if renders else float("nan")
    single = one["article"].p50_ms
    share = behind_nginx.requests_per_second / ceiling.requests_per_second
    workers = uncached_rss + cached_rss
    targets = [
        ("Uncached article ≥ 250 req/s, p99 < 100 ms (32 connections)",
         f"{article_u.requests_per_second:,.0f} req/s, p99 {article_u.p99_ms:.0f} ms",
         article_u.requests_per_second >= 250 and article_u.p99_ms < 100),
        ("Uncached home ≥ 150 req/s", f"{home_u.requests_per_second:,.0f} req/s", home_u.requests_per_second >= 150),
        ("Single uncached article render < 10 ms of server time (one connection, p50)",
         f"{single:.1f} ms (in-process median {median_render:.1f} ms; cold, after an edit: "
         f"{statistics.median(uncached_counts['cold_ms']):.1f} ms)", single < 10),
        ("Cached article from gunicorn alone ≥ 2,000 req/s",
         f"{article_c.requests_per_second:,.0f} req/s", article_c.requests_per_second >= 2000),
        ("Behind deploy/nginx.conf: cached article ≥ 50 % of nginx static",
         f"{behind_nginx.requests_per_second:,.0f} of {ceiling.requests_per_second:,.0f} req/s = {share:.0%}", share >= 0.5),
        (f"Archive page {archive_page:,} of {ARTICLES:,} uncached, p50 < 30 ms (one connection)",
         f"{one['archive'].p50_ms:.1f} ms (under load: {by_label[f'archive, page {archive_page:,}'].p50_ms:.0f} ms)",
         one["archive"].p50_ms < 30),
        (f"Search at {ARTICLES:,} articles, p95 < 50 ms (one connection, “mining”)",
         f"{one['search'].p95_ms:.1f} ms", one["search"].p95_ms < 50),
        ("Each web worker < 150 MB RSS after the run",
         ", ".join(f"{mb:.0f}" for mb in workers) + " MB", bool(workers) and max(workers) < 150),
    ]

    lines = [
        f"## Public pages at {ARTICLES:,} articles and {MEMBERS:,} members",
        "",
        "Data: " + "; ".join(generated) + ". "
        f"Database: {'PostgreSQL (`BENCH_DATABASE_URL`)' if os.environ.get('BENCH_DATABASE_URL') else 'SQLite'}.",
        "",
        f"Each row: wrk `-t{LOAD['threads']} -c{LOAD['connections']} -d{SECONDS}s --timeout {LOAD['timeout']}s` on "
        f"loopback after a {WARM_SECONDS} s warm-up (`-t2 -c4`), against {SERVER}; between rows the "
        "requests still queued are let finish. SQL queries: "
        "the same page asked in-process (Django's test client, same settings and data) a second time. KB: the "
        "uncompressed body. Machine load (1-minute load average, which counts the bench's own wrk, gunicorn and "
        f"nginx) when the measuring started: {load_before:.1f}, when it ended: {load_after:.1f}.",
        "",
        "### Uncached (`TRIBUNA_PAGE_CACHE=off`)",
        "",
        "Every request renders its page, as for a signed-in member, whom the page cache never serves. What "
        "stays remembered until the content next changes (`tribuna/pagecache/memo.py`, "
        "`docs/decisions/0006-page-cache.md`) are the pieces that are the same for everyone: which page an "
        "address leads to, the ordered ids of each list, each article's card, an article as members (or "
        "readers) see it and its sharing metadata, menus, panels, footer, site settings, view restrictions and "
        "language links. What a request costs cold, with all of them worked out again, is given below the "
        "references.",
        "",
        *table(uncached, paths, uncached_counts["queries"], sizes),
        "",
        "### Cached (default settings: the page cache in each worker's memory)",
        "",
        *table(cached, paths, cached_counts["queries"], sizes),
        "",
        "### References, same run",
        "",
        "| what | req/s | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|",
        f"| nginx serving the article's {len(article_bytes) / 1024:.0f} KB as a static file | "
        f"**{ceiling.requests_per_second:,.0f}** | {ceiling.p50_ms:.2f} | {ceiling.p99_ms:.2f} | {ceiling.errors} |",
        f"| the article through `deploy/nginx.conf` in front of the cached gunicorn (X-Cache-Status after warm-up: "
        f"{status}) | **{behind_nginx.requests_per_second:,.0f}** | {behind_nginx.p50_ms:.2f} | "
        f"{behind_nginx.p99_ms:.2f} | {behind_nginx.errors} |",
        "",
        f"One reader (wrk `-t1 -c1 -d{LATENCY_SECONDS}s`, uncached): article p50 {one['article'].p50_ms:.1f} ms "
        f"({one['article'].requests:,} requests); archive page {archive_page:,} p50 {one['archive'].p50_ms:.1f} ms; "
        f"search “mining” p50 {one['search'].p50_ms:.1f} ms, p95 {one['search'].p95_ms:.1f} ms. In-process (test "
        f"client, {len(renders)} sequential renders of the article, page cache off, time.perf_counter around "
        f"`client.get`): median {median_render:.1f} ms, p95 "
        f"{statistics.quantiles(renders, n=20)[-1] if len(renders) > 1 else float('nan'):.1f} ms. Cold, as the "
        f"first request after an edit (the content generation replaced before each of "
        f"{len(uncached_counts['cold_ms'])} renders, so every remembered piece is worked out again): median "
        f"{statistics.median(uncached_counts['cold_ms']):.1f} ms, {uncached_counts['cold_queries']} queries.",
        "",
        f"Worker memory (VmRSS): on starting (one of them has served the home page), "
        f"{', '.join(f'{mb:.0f}' for mb in started_rss)} MB; after the run, uncached "
        f"{', '.join(f'{mb:.0f}' for mb in uncached_rss)} MB, cached {', '.join(f'{mb:.0f}' for mb in cached_rss)} MB. "
        "Most of it is there before the first request: the code of Django, Wagtail, their admin and REST "
        "frameworks and Tribuna, loaded by every process (Stripe and the mail providers' webhook code now "
        "load on first use). What the uncached run adds is what rendering leaves: compiled templates, "
        "translation catalogues, each process's own database connection and page cache, and the remembered "
        "pieces (in Redis instead, with `REDIS_URL`).",
        "",
        "### Targets (issue 7)",
        "",
        "| target | figure | |",
        "|---|---|---|",
        *(f"| {name} | {figure} | {verdict(met)} |" for name, figure, met in targets),
        "",
        "Under 32 connections most requests wait their turn: by Little's law the mean latency is at least "
        "32 ÷ throughput (128 ms at 250 req/s), so the p99 part of the first target needs well over 250 req/s.",
        "",
        "Yardsticks from the issue, same machine and load: "
        + "; ".join(f"{name}: a post {post} req/s, the home page {home}" for name, post, home in YARDSTICKS)
        + "; nginx a static 30 KB page at 26,000–36,000. "
        f"Tribuna's uncached article: {article_u.requests_per_second / GHOST_BEST:.1f}× Ghost's best, "
        f"{article_u.requests_per_second / BAKERY_BEST:.1f}× bakerydemo's best; cached: "
        f"{article_c.requests_per_second / ceiling.requests_per_second:.0%} of nginx's static throughput from "
        f"gunicorn alone, {share:.0%} behind `deploy/nginx.conf`.",
        "",
        "Command: `BENCH=pages make bench`, which generates the data as above; `make bench` runs it last, on the "
        "data dir the members and search scenarios filled (see `bench/run.py`). nginx in front: "
        f"`{SHIPPED_NGINX.relative_to(SHIPPED_NGINX.parent.parent)}` included in a minimal main configuration "
        "(2 worker processes, access log off, its `listen`, upstream, file paths and cache path pointed at the bench's).",
        "",
    ]
    return "\n".join(lines)
