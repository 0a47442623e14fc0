"""Actors at scale: relinking 100,000 articles against 10,000 actors, the matcher on long
texts, and an actor page with 5,000 mentions, uncached."""

import os
import time
import urllib.request
from pathlib import Path

from harness import SERVER, Load, nginx_serving, production_server, tribuna, wrk
from pages import shell

ARTICLES = int(os.environ.get("BENCH_ACTOR_ARTICLES", "100000"))
ACTORS = 10_000
MENTIONS = 5_000
SECONDS = 5
UNCACHED = {"TRIBUNA_PAGE_CACHE": "off"}

COUNT_SCRIPT = """
import json
from tribuna.demo import content
from tribuna.news.models import ArticlePage
print(json.dumps({"articles": ArticlePage.objects.count() - len(content.ARTICLES)}))
"""

# Text from the archive itself, 1 and 2 MB of it, through the matcher of every actor.
MATCHER_SCRIPT = """
import json, time
from tribuna.actors import linking
from tribuna.actors.article_text import FIELDS, article_text
from tribuna.actors.models import Actor, Mention
from tribuna.news.models import ArticlePage
matcher = linking.current_matcher()
texts, size = [], 0
for pk, *fields in ArticlePage.objects.order_by("pk").values_list(*FIELDS).iterator():
    texts.append(article_text(*fields[:-1], getattr(fields[-1], "raw_data", fields[-1])))
    size += len(texts[-1])
    if size > 2_100_000:
        break
text = "\\n".join(texts)
timings = {}
for megabytes in (1, 2):
    sample = text[: megabytes * 1_000_000]
    best = min(_time(matcher, sample) for _ in range(3))
    timings[megabytes] = {"ms": best, "matches": len(matcher.find(sample))}
print(json.dumps({"names": matcher.size, "actors": Actor.objects.count(), "mentions": Mention.objects.count(),
                  "timings": timings}))
"""
MATCHER_HELPER = """
import time
def _time(matcher, text):
    started = time.perf_counter()
    matcher.find(text)
    return (time.perf_counter() - started) * 1000
"""

# One generated person given exactly MENTIONS articles (as an editor's "add" would), and a
# second with ten, to show the page costs the same queries either way.
BUSY_ACTOR_SCRIPT = """
import json, random, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from tribuna.actors.models import Actor, Mention, MentionStatus
from tribuna.news.selectors import published_articles
from tribuna.pagecache.invalidation import content_changed
ids = list(published_articles().values_list("pk", flat=True))
rng = random.Random(5)
people = list(Actor.objects.filter(kind="person", mentions=None).order_by("pk")[:2])
for person, many in zip(people, (MENTIONS, 10)):
    chosen = rng.sample(ids, many)
    Mention.objects.bulk_create(Mention(article_id=pk, actor=person, count=1, status=MentionStatus.ADDED) for pk in chosen)
content_changed()
client = Client(HTTP_HOST="localhost")
counts = {}
for person in people:
    path = f"/actors/{person.slug}/"
    assert client.get(path).status_code == 200, path
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    counts[path] = len(queries)
from tribuna.pagecache import generation
cold = []
for _ in range(5):  # as after an edit: the remembered timeline and co-mentions worked out again
    generation.bump()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        client.get(list(counts)[0])
        cold.append((time.perf_counter() - started) * 1000)
print(json.dumps({"paths": list(counts), "queries": list(counts.values()), "cold_ms": sorted(cold)[2],
                  "cold_queries": len(queries)}))
"""


# So the first relink below writes every mention, as on a site that has just upgraded.
CLEAR_SCRIPT = """
import json
from django.db import connection, transaction
with transaction.atomic(), connection.cursor() as cursor:
    cursor.execute("DELETE FROM actors_mention")
    cursor.execute("DELETE FROM actors_linkrun")
print(json.dumps({}))
"""


def timed(data_dir: Path, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    output = tribuna(data_dir, *args).stdout.strip().splitlines()
    return time.perf_counter() - started, (output[-1].rstrip(".") if output else "")


def run(data_dir: Path) -> str:
    have = shell(data_dir, COUNT_SCRIPT)["articles"]
    if have < ARTICLES:
        tribuna(data_dir, "demo", "--articles", str(ARTICLES - have))
    generate_seconds, _generated = timed(data_dir, "demo", "--actors", str(ACTORS))
    shell(data_dir, CLEAR_SCRIPT)
    first_seconds, first = timed(data_dir, "actors", "relink")
    again_seconds, again = timed(data_dir, "actors", "relink")
    matcher = shell(data_dir, MATCHER_HELPER + MATCHER_SCRIPT)
    busy = shell(data_dir, BUSY_ACTOR_SCRIPT, UNCACHED, MENTIONS=MENTIONS)
    busy_path, quiet_path = busy["paths"]

    loads: list[Load] = []
    with production_server(data_dir, env=UNCACHED) as base:
        page_bytes = urllib.request.urlopen(base + busy_path).read()
        loads.append(wrk(f"actor with {MENTIONS:,} mentions, one reader", base + busy_path, seconds=SECONDS))
        loads.append(wrk("actor with 10 mentions, one reader", base + quiet_path, seconds=SECONDS))
        loads.append(wrk(f"actor with {MENTIONS:,} mentions, 8 readers", base + busy_path, seconds=SECONDS, connections=8, threads=2))
    with nginx_serving(page_bytes) as url:
        ceiling = wrk("nginx: the same page's bytes as a static file, 8 readers", url, seconds=SECONDS, connections=8, threads=2)

    one, two = matcher["timings"]["1"], matcher["timings"]["2"]
    lines = [
        f"## Actors: {ARTICLES:,} articles, {ACTORS:,} actors",
        "",
        f"Data: the demo and {ARTICLES:,} generated articles (`tribuna demo --articles {ARTICLES}`), then "
        f"`tribuna demo --actors {ACTORS}` ({generate_seconds:.1f} s): {matcher['actors']:,} actors "
        f"with {matcher['names']:,} distinct names, SQLite unless `BENCH_DATABASE_URL` is set.",
        "",
        "Relinking the whole archive (`tribuna actors relink`, what the worker runs after actors change; "
        "whole command including start-up, one process):",
        "",
        f"- first run, from no mentions at all: **{first_seconds:.1f} s** "
        f"({ARTICLES / first_seconds:,.0f} articles/s) — {first}, {matcher['mentions']:,} mentions stored",
        f"- again, nothing changed: **{again_seconds:.1f} s** — {again}",
        "",
        f"The matcher alone on the archive's own text, all {matcher['names']:,} names at once (best of three): "
        f"1 MB in **{one['ms']:.0f} ms** ({one['matches']:,} mentions), 2 MB in **{two['ms']:.0f} ms** "
        f"({two['matches']:,}); twice the text, {two['ms'] / one['ms']:.2f}× the time.",
        "",
        f"An actor's page uncached (`TRIBUNA_PAGE_CACHE=off`), {SERVER}, wrk {SECONDS} s per row; "
        f"SQL queries per page: {busy['queries'][0]} with {MENTIONS:,} mentions, {busy['queries'][1]} with 10. "
        "The timeline and the co-mention counts are remembered until the content next changes, like "
        f"every list on the site; the first view after an edit works them out again: "
        f"**{busy['cold_ms']:.0f} ms** with {MENTIONS:,} mentions ({busy['cold_queries']} queries, median of five, "
        "in one process).",
        "",
        "| page | req/s | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [load.row() for load in loads]
    lines.append(ceiling.row())
    lines += [
        "",
        f"Ratio at 8 readers against nginx serving the same {len(page_bytes) / 1024:.0f} KB: "
        f"{ceiling.requests_per_second / loads[2].requests_per_second:,.0f}× fewer requests per second "
        "(readers get the page from the page cache after the first).",
        "",
    ]
    return "\n".join(lines)
