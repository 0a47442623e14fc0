"""The membership desk at 100,000 members: the CSV import, and the member list page by page."""

import csv
import datetime as dt
import json
import random
import time
import unicodedata
import urllib.request
from pathlib import Path

from harness import SERVER, Load, nginx_serving, production_server, tribuna, wrk

FIRST = ["Ana", "Bruno", "Carmen", "David", "Elena", "Fiona", "Gareth", "Hilda", "Iñigo", "Julia", "Kwame", "Lucía",
         "Mark", "Nadia", "Óscar", "Priya", "Quentin", "Rosa", "Siân", "Tomás", "Uma", "Víctor", "Wen", "Yolanda"]
LAST = ["Quispe", "Mamani", "Huamán", "Flores", "García", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
        "Evans", "Rojas", "Chávez", "Vargas", "Torres", "Patel", "Khan", "O'Neill", "Murphy", "Ramos", "Castillo"]
STREETS = ["High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Road", "Victoria Street"]
TOWNS = ["London", "Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Brighton", "York"]
SECONDS = 5  # per page of the member list, one connection


def member_rows(count: int, seed: int = 2016):
    """Rows as a secretary's spreadsheet holds them: names with accents, UK dates and postcodes."""
    rng = random.Random(seed)
    today = dt.date.today()
    yield ["Name", "E-mail", "Plan", "Paid up to", "Payment method", "Address", "Postcode", "Newsletter", "Joined"]
    for number in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        plan = rng.choices(["Individual", "Concession", "Organisation"], weights=[70, 25, 5])[0]
        paid_up_to = today + dt.timedelta(days=rng.randint(-420, 365))
        joined = paid_up_to - dt.timedelta(days=365 * rng.randint(1, 12))
        yield [
            f"{first} {last}",
            ascii_address(f"{first}.{last}.{number}@example.net"),
            plan,
            paid_up_to.strftime("%d/%m/%Y"),
            rng.choices(["Standing order", "Bank transfer", "Cheque"], weights=[70, 25, 5])[0],
            f"{rng.randint(1, 200)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
            f"{rng.choice('BCELMNSWY')}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
            rng.choice(["yes", "no"]),
            joined.isoformat(),
        ]


def ascii_address(text: str) -> str:
    """Lucía → lucia: the e-mail addresses people have, not their names."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("'", "")


SESSION_SCRIPT = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.filter(email="bench@example.org").first() or get_user_model().objects.create_superuser(email="bench@example.org", password=None)
session = SessionStore()
session.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend", HASH_SESSION_KEY: user.get_session_auth_hash()})
session.create()
print(session.session_key)
"""

QUERY_SCRIPT = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.contrib.auth import get_user_model
client = Client(HTTP_HOST="localhost")
client.force_login(get_user_model().objects.get(email="bench@example.org"))
counts = {}
for path in PATHS:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    counts[path] = len(queries)
print(json.dumps(counts))
"""


def pages() -> dict[str, str]:
    month = (dt.date.today() + dt.timedelta(days=60)).strftime("%Y-%m")
    return {
        "member list, page 1": "/admin/members/",
        "member list, page 2,000": "/admin/members/?p=2000",
        "filtered: active": "/admin/members/?status=active",
        f"filtered: paid up to {month}": f"/admin/members/?expires_month={month}",
        "search: “garcía”": "/admin/members/?q=garc%C3%ADa",
    }


def run(data_dir: Path, count: int = 100_000) -> str:
    source = data_dir / "members.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(member_rows(count))

    started = time.perf_counter()
    first = tribuna(data_dir, "members", "import", str(source), "--commit").stdout.strip().splitlines()[-1]
    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    again = tribuna(data_dir, "members", "import", str(source), "--commit").stdout.strip().splitlines()[-1]
    again_seconds = time.perf_counter() - started

    session = tribuna(data_dir, "shell", "-c", SESSION_SCRIPT).stdout.strip().splitlines()[-1]
    cookie = f"Cookie: sessionid={session}"
    paths = pages()
    counts = json.loads(
        tribuna(data_dir, "shell", "-c", f"PATHS = {list(paths.values())!r}\n" + QUERY_SCRIPT).stdout.strip().splitlines()[-1]
    )

    loads: list[Load] = []
    with production_server(data_dir) as base:
        request = urllib.request.Request(base + paths["member list, page 1"], headers={"Cookie": cookie.split(": ", 1)[1]})
        page_bytes = urllib.request.urlopen(request).read()
        for label, path in paths.items():
            loads.append(wrk(label, base + path, seconds=SECONDS, headers=[cookie]))
    with nginx_serving(page_bytes) as url:
        ceiling = wrk("nginx: the same page-1 bytes as a static file", url, seconds=SECONDS)

    lines = [
        "## Membership desk with 100,000 members",
        "",
        f"CSV import of {count:,} members ({source.stat().st_size / 2**20:.1f} MB, one process, SQLite unless "
        "`BENCH_DATABASE_URL` is set), whole command including start-up; it writes each member, their "
        "status history and newsletter consent, and a subscriber to the members' newsletters for each "
        "who said yes:",
        "",
        f"- first import: **{import_seconds:.1f} s** ({count / import_seconds:,.0f} rows/s) — {first}",
        f"- the same file again (idempotent, nothing to write): **{again_seconds:.1f} s** — {again}",
        "",
        f"Member list in the admin, signed in as staff, one connection (one secretary), {SECONDS} s per row "
        f"(wrk `-t1 -c1 -d{SECONDS}s`), {SERVER}:",
        "",
        "| page | req/s | p50 ms | p99 ms | errors | SQL queries |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for load, path in zip(loads, paths.values()):
        lines.append(load.row() + f" {counts[path]} |")
    lines.append(ceiling.row() + " — |")
    lines += [
        "",
        f"Ratio, page 1 against nginx serving its {len(page_bytes) / 1024:.0f} KB: "
        f"{ceiling.requests_per_second / loads[0].requests_per_second:,.0f}× fewer requests per second. "
        "The query count is the same on every page: pagination, filters and search do not add queries per member.",
        "",
    ]
    return "\n".join(lines)
