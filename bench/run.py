"""`make bench`: build a data dir, run every benchmark, write docs/benchmarks.md."""

import datetime as dt
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import members  # noqa: E402
from harness import ROOT, machine_facts, tribuna  # noqa: E402

SCENARIOS = {"members": members.run}


def fresh_data_dir() -> Path:
    data_dir = ROOT / "var" / "bench"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    for command in (["migrate"], ["createcachetable"], ["collectstatic", "--noinput"], ["demo"]):
        tribuna(data_dir, *command)
    return data_dir


def main(names: list[str]) -> None:
    data_dir = fresh_data_dir()
    sections = [SCENARIOS[name](data_dir) for name in names or SCENARIOS]
    header = [
        "# Benchmarks",
        "",
        f"Produced by `make bench` on {dt.date.today():%d %B %Y}. Machine: {machine_facts()}.",
        "Every figure on this page comes from the same run; the reference (nginx serving the same "
        "bytes from a file) ran on the same machine, on loopback, straight after.",
        "",
    ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(header + sections))
    print((ROOT / "docs" / "benchmarks.md").read_text())


if __name__ == "__main__":
    main(sys.argv[1:])
