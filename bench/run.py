"""`make bench`: build a data dir, run the benchmarks, write docs/benchmarks.md.

`BENCH=members make bench` runs one scenario and replaces only its section of the page.
"""

import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import members  # noqa: E402
import newsletters  # noqa: E402
import search  # noqa: E402
from harness import ROOT, fresh_data_dir, machine_facts  # noqa: E402

SCENARIOS = {"members": members.run, "newsletters": newsletters.run, "search": search.run}
PAGE = ROOT / "docs" / "benchmarks.md"
HEADER = """# Benchmarks

Produced by `make bench` (code in `bench/`). Each section below comes from one run on the
machine it names; its reference figure (nginx or a bare client on the same bytes) ran in
that same run, on loopback, straight after. `BENCH=<scenario> make bench` reruns one.
"""
MARKER = re.compile(r"^<!-- scenario: (\w+) -->$", re.MULTILINE)


def existing_sections() -> dict[str, str]:
    if not PAGE.exists():
        return {}
    parts = MARKER.split(PAGE.read_text())
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2])}


def main(names: list[str]) -> None:
    names = names or list(SCENARIOS)
    sections = existing_sections()
    facts = f"Run on {dt.date.today():%d %B %Y}: {machine_facts()}."
    for name in names:
        sections[name] = SCENARIOS[name](fresh_data_dir()).strip() + "\n\n" + facts
    body = "\n\n".join(f"<!-- scenario: {name} -->\n{sections[name]}" for name in SCENARIOS if name in sections)
    PAGE.write_text(HEADER + "\n" + body + "\n")
    print(PAGE.read_text())


if __name__ == "__main__":
    main(sys.argv[1:])
