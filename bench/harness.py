"""Tools every benchmark uses: the production server, wrk, nginx as the ceiling, machine facts.

Loads run on loopback against `gunicorn` configured as `tribuna run` starts it (DEBUG off,
static files collected), each bounded in time.
"""

import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tribuna(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(VENV_BIN / "tribuna"), *args], env=bench_env(data_dir), check=True, text=True, capture_output=True, **kwargs
    )


def bench_env(data_dir: Path) -> dict:
    """Production settings (DEBUG off) on the bench's own data dir; SQLite unless
    BENCH_DATABASE_URL names another database."""
    env = dict(os.environ, TRIBUNA_DATA_DIR=str(data_dir), DEBUG="")
    env.pop("DATABASE_URL", None)
    if os.environ.get("BENCH_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    return env


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)  # polling a server that is starting, not synchronising a test


@contextmanager
def production_server(data_dir: Path, workers: int = 2):
    """gunicorn as `tribuna run` starts it, on a free loopback port; yields the base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(VENV_BIN / "python"), "-m", "gunicorn", "tribuna.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", "4", "--no-control-socket",
        ],
        env=bench_env(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass
class Load:
    label: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    bytes_per_response: int = 0
    p95_ms: float = 0.0

    def row(self) -> str:
        return (
            f"| {self.label} | {self.requests_per_second:,.0f} | {self.p50_ms:.1f} | {self.p99_ms:.1f} | {self.errors} |"
        )


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(label: str, url: str, *, seconds: int = 10, connections: int = 1, threads: int = 1, headers=()) -> Load:
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s"]
    command += ["-s", str(Path(__file__).parent / "latency.lua")]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], check=True, text=True, capture_output=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"50%\s+(\S+)", output).group(1))
    p99 = _ms(re.search(r"99%\s+(\S+)", output).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(n) for n in match.groups())
    p95 = int(re.search(r"P95_US (\d+)", output).group(1)) / 1000
    return Load(label, rate, p50, p99, errors, p95_ms=p95)


@contextmanager
def nginx_serving(body: bytes, content_type: str = "text/html"):
    """nginx serving `body` as a static file: the ceiling for the same bytes."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        root.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
        (root / "page.html").write_bytes(body)
        port = free_port()
        (root / "nginx.conf").write_text(
            f"""
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  server {{
    listen 127.0.0.1:{port};
    location / {{ root {root}; default_type {content_type}; }}
  }}
}}
"""
        )
        process = subprocess.Popen([nginx, "-c", str(root / "nginx.conf"), "-p", str(root), "-g", "daemon off;"])
        url = f"http://127.0.0.1:{port}/page.html"
        try:
            wait_for(url)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def machine_facts() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    wrk_version = subprocess.run(["wrk", "--version"], text=True, capture_output=True).stdout.split("\n")[0]
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {wrk_version.strip() or 'wrk'}"
    )


def fresh_data_dir() -> Path:
    data_dir = ROOT / "var" / "bench"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    for command in (["migrate"], ["createcachetable"], ["collectstatic", "--noinput"], ["demo"]):
        tribuna(data_dir, *command)
    return data_dir
