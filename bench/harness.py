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


class ServerURL(str):
    """The base URL of a server the bench started (a plain string to callers), with its
    port and the pid of its main process."""

    port: int
    pid: int


# How `production_server` serves, for the text of each scenario.
SERVER = "gunicorn as `tribuna run` starts it (2 processes of one thread each, DEBUG off)"


@contextmanager
def production_server(data_dir: Path, workers: int = 2, env: dict | None = None):
    """gunicorn as `tribuna run` starts it, on a free loopback port; yields the base URL
    (a `ServerURL`: `.pid` is gunicorn's master, see `worker_rss_mb`). `env` adds to the
    environment, e.g. {"TRIBUNA_PAGE_CACHE": "off"}."""
    port = free_port()
    base = ServerURL(f"http://127.0.0.1:{port}")
    command = [
        str(VENV_BIN / "python"), "-m", "gunicorn", "tribuna.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--no-control-socket",
    ]
    environment = bench_env(data_dir) | (env or {})
    with running(command, base + "/", env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
        base.port, base.pid = port, process.pid
        yield base


@contextmanager
def running(command: list[str], ready_url: str, **popen):
    """A process the bench starts, once `ready_url` answers; stopped afterwards."""
    process = subprocess.Popen(command, **popen)
    try:
        wait_for(ready_url)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def nginx_in(root: Path, http: str) -> list[str]:
    """Write nginx's main configuration into `root` around `http` (directives of the http
    block); returns the command that runs nginx on it in the foreground."""
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
{http}
}}
"""
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    return [nginx, "-c", str(root / "nginx.conf"), "-p", str(root), "-g", "daemon off;"]


def children(pid: int) -> list[int]:
    """The child processes of `pid` (gunicorn's workers, for its master)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def rss_mb(pid: int) -> float:
    """Resident memory of a process now (VmRSS), in MB (2**20 bytes)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024


def worker_rss_mb(server: ServerURL) -> list[float]:
    """RSS of each worker of a server from `production_server`."""
    return [rss_mb(pid) for pid in children(server.pid)]


@dataclass
class Load:
    label: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    bytes_per_response: int = 0
    p95_ms: float = 0.0
    requests: int = 0
    threads: int = 1
    connections: int = 1
    seconds: int = 0

    def row(self) -> str:
        return (
            f"| {self.label} | {self.requests_per_second:,.0f} | {self.p50_ms:.1f} | {self.p99_ms:.1f} | {self.errors} |"
        )


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}[unit]


def wrk(
    label: str, url: str, *, seconds: int = 10, connections: int = 1, threads: int = 1, headers=(), timeout: int = 0
) -> Load:
    """`timeout`: seconds before wrk gives a request up as an error (and leaves it out of the
    latencies); 0 keeps wrk's default, 2 s."""
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s"]
    if timeout:
        command += ["--timeout", f"{timeout}s"]
    command += ["-s", str(Path(__file__).parent / "latency.lua")]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], check=True, text=True, capture_output=True).stdout
    try:
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        # The distribution's lines, not a "+/- Stdev" column that happens to end in 50%.
        p50 = _ms(re.search(r"^\s+50%\s+(\S+)\s*$", output, re.MULTILINE).group(1))
        p99 = _ms(re.search(r"^\s+99%\s+(\S+)\s*$", output, re.MULTILINE).group(1))
    except (AttributeError, KeyError) as error:
        raise RuntimeError(f"wrk's output at {url} is not as expected:\n{output}") from error
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(n) for n in match.groups())
    p95 = int(re.search(r"P95_US (\d+)", output).group(1)) / 1000
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return Load(
        label, rate, p50, p99, errors, p95_ms=p95, requests=requests,
        threads=threads, connections=connections, seconds=seconds,
    )


@contextmanager
def nginx_serving(body: bytes, content_type: str = "text/html"):
    """nginx serving `body` as a static file: the ceiling for the same bytes."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        root.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
        (root / "page.html").write_bytes(body)
        port = free_port()
        server = f"  server {{ listen 127.0.0.1:{port}; location / {{ root {root}; default_type {content_type}; }} }}"
        url = f"http://127.0.0.1:{port}/page.html"
        with running(nginx_in(root, server), url):
            yield url


SHIPPED_NGINX = ROOT / "deploy" / "nginx.conf"
# What deploy/nginx.conf is written for, and what the bench puts in its place.
SHIPPED_LITERALS = (
    "listen 80;",
    "server 127.0.0.1:8000;",
    "/srv/tribuna/var/static/",
    "/srv/tribuna/var/media/",
    "proxy_cache_path /var/cache/nginx/tribuna",
)


def shipped_nginx_site(conf: str, *, root: Path, port: int, upstream_port: int, data_dir: Path) -> str:
    """`conf` (deploy/nginx.conf, meant for inside `http { }`) pointed at this run: listening
    on loopback `port`, the app on `upstream_port`, files from `data_dir`, the page cache
    under `root`; written beside nginx's main file, and the http directives that take it in."""
    replacements = dict(
        zip(
            SHIPPED_LITERALS,
            (
                f"listen 127.0.0.1:{port};",
                f"server 127.0.0.1:{upstream_port};",
                f"{data_dir}/static/",
                f"{data_dir}/media/",
                f"proxy_cache_path {root}/cache",
            ),
        )
    )
    for literal, replacement in replacements.items():
        if literal not in conf:
            raise ValueError(f"deploy/nginx.conf no longer contains {literal!r}: the bench substitutes it")
        conf = conf.replace(literal, replacement)
    (root / "tribuna.conf").write_text(conf)
    return f"  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  include {root}/tribuna.conf;"


@contextmanager
def shipped_nginx(upstream: ServerURL, data_dir: Path, conf_path: Path = SHIPPED_NGINX):
    """The shipped nginx configuration (deploy/nginx.conf) in front of a server from
    `production_server`, with its page cache in a temporary folder; yields its base URL."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        root.chmod(0o755)  # nginx's workers run as an unprivileged user when started by root
        port = free_port()
        site = shipped_nginx_site(conf_path.read_text(), root=root, port=port, upstream_port=upstream.port, data_dir=data_dir)
        base = f"http://127.0.0.1:{port}"
        with running(nginx_in(root, site), base + "/"):
            yield base


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


BENCH_DIR = Path(os.environ.get("BENCH_DATA_DIR") or ROOT / "var" / "bench")
# Data dirs built in this run, each with the database it is on ("" for its own SQLite):
# a scenario that needs data another has generated can reuse it (`built_on_this_database`).
BUILT: list[tuple[Path, str]] = []


def fresh_data_dir() -> Path:
    """A new data dir under var/bench/ (emptied at the first of a run), migrated, with the
    demo site and collected static files. Earlier ones of the run are kept. On SQLite the
    first is built and copied for the others (the same files, half a minute sooner each)."""
    if not BUILT:
        shutil.rmtree(BENCH_DIR, ignore_errors=True)
    data_dir = BENCH_DIR / str(len(BUILT) + 1)
    shutil.rmtree(data_dir, ignore_errors=True)
    database = os.environ.get("BENCH_DATABASE_URL", "")
    template = BENCH_DIR / "built-sqlite"
    if not database and template.exists():
        shutil.copytree(template, data_dir)
    else:
        data_dir.mkdir(parents=True)
        for command in (["migrate"], ["createcachetable"], ["collectstatic", "--noinput"], ["demo"]):
            tribuna(data_dir, *command)
        if not database:
            shutil.copytree(data_dir, template)
    BUILT.append((data_dir, database))
    return data_dir


def built_on_this_database() -> list[Path]:
    """Data dirs built earlier in this run on the database the bench uses now, newest first."""
    database = os.environ.get("BENCH_DATABASE_URL", "")
    return [data_dir for data_dir, on in reversed(BUILT) if on == database and data_dir.exists()]
