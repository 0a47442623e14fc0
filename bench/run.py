"""`make bench`: build a data dir, run the benchmarks, write docs/benchmarks.md.

`BENCH=members make bench` runs one scenario and replaces only its section of the page.
`BENCH_OUTPUT=/tmp/b.md` writes another file (the page's other sections are copied from
docs/benchmarks.md when that file does not exist yet).
"""

import datetime as dt
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import actors  # noqa: E402
import members  # noqa: E402
import newsletters  # noqa: E402
import pages  # noqa: E402
import search  # noqa: E402
from harness import ROOT, built_on_this_database, fresh_data_dir, machine_facts  # noqa: E402

SCENARIOS = {
    "members": members.run,
    "newsletters": newsletters.run,
    "search": search.run,
    "pages": pages.run,
    "actors": actors.run,
}
DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
PAGE = Path(os.environ["BENCH_OUTPUT"]).resolve() if os.environ.get("BENCH_OUTPUT") else DOCS_PAGE
HEADER = """# Benchmarks

Produced by `make bench` (code in `bench/`). Each section below comes from one run on the
machine it names; its reference figure (nginx or a bare client on the same bytes) ran in
that same run, on loopback, straight after. `BENCH=<scenario> make bench` reruns one.
"""
DONE: dict[str, Path] = {}  # the data dir each scenario of this run was given
MARKER = re.compile(r"^<!-- scenario: (\w+) -->$", re.MULTILINE)


def existing_sections() -> dict[str, str]:
    source = PAGE if PAGE.exists() else DOCS_PAGE
    if not source.exists():
        return {}
    parts = MARKER.split(source.read_text())
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2])}


def data_dir_for(name: str) -> Path:
    """A fresh data dir, except where a scenario can build on the data an earlier one left in
    this run, on the same database, which keeps `make bench` within 20 minutes:
    - search generates its 100,000 articles (SQLite leg) in the members scenario's data dir,
      beside the 100,000 members it imported (search reads articles only);
    - pages then has both, and generates neither (on its own it runs
      `tribuna demo --articles 100000 --members 100000`);
    - actors adds its 10,000 actors to those articles last (they would change the others'
      pages)."""
    earlier = {"search": "members", "pages": "search", "actors": "pages"}.get(name)
    if earlier in DONE and DONE[earlier] in built_on_this_database():
        return DONE[earlier]
    return fresh_data_dir()


def main(names: list[str]) -> None:
    names = names or list(SCENARIOS)
    sections = existing_sections()
    facts = f"Run on {dt.date.today():%d %B %Y}: {machine_facts()}."
    for name in names:
        started = time.perf_counter()
        DONE[name] = data_dir_for(name)
        sections[name] = SCENARIOS[name](DONE[name]).strip() + "\n\n" + facts
        print(f"bench: {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    body = "\n\n".join(f"<!-- scenario: {name} -->\n{sections[name]}" for name in SCENARIOS if name in sections)
    PAGE.write_text(HEADER + "\n" + body + "\n")
    print(PAGE.read_text())


if __name__ == "__main__":
    started = time.perf_counter()
    main(sys.argv[1:])
    print(f"bench: {time.perf_counter() - started:.0f} s in all", file=sys.stderr)
