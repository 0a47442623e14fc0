"""The shipped deploy/nginx.conf, run by a real nginx in front of a live Tribuna."""

import gzip
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from deploy_support import free_port, http_get, stop, wait_until

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
MIME_TYPES = Path("/etc/nginx/mime.types")

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (scripts/install-test-tools installs it)")

# The literals a deployment (and bench/) replaces with its own ports and paths.
LITERALS = ("listen 80;", "server 127.0.0.1:8000;", "/srv/tribuna/var/static/", "/srv/tribuna/var/media/",
            "proxy_cache_path /var/cache/nginx/tribuna")


class Nginx:
    def __init__(self, root: Path, app_port: int):
        self.root, self.port = root, free_port()
        self.static, self.media = root / "static", root / "media"
        self.static.mkdir()
        self.media.mkdir()
        text = SHIPPED.read_text()
        active = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
        for literal in LITERALS:
            assert active.count(literal) == 1, literal
        text = (
            text.replace("listen 80;", f"listen 127.0.0.1:{self.port};")
            .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
            .replace("/srv/tribuna/var/static/", f"{self.static}/")
            .replace("/srv/tribuna/var/media/", f"{self.media}/")
            .replace("proxy_cache_path /var/cache/nginx/tribuna", f"proxy_cache_path {root}/cache")
        )
        (root / "tribuna.conf").write_text(text)
        # A main file like Debian's: mime types and gzip on in `http`, the site included.
        temp = " ".join(f"{kind}_temp_path {root}/tmp-{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        (root / "nginx.conf").write_text(
            f"""
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 256; }}
http {{
    {f"include {MIME_TYPES};" if MIME_TYPES.exists() else ""}
    default_type application/octet-stream;
    access_log off;
    gzip on;
    {temp}
    include {root}/tribuna.conf;
}}
"""
        )
        self.command = [NGINX, "-c", str(root / "nginx.conf"), "-p", str(root), "-e", str(root / "error.log")]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def test_config(self) -> subprocess.CompletedProcess:
        return subprocess.run([*self.command, "-t"], capture_output=True, text=True, timeout=30)

    def start(self) -> subprocess.Popen:
        process = subprocess.Popen([*self.command, "-g", "daemon off;"])

        def listening():
            try:
                http_get(self.url + "/static/", timeout=2)
                return True
            except OSError:
                return False

        wait_until(listening, timeout=30, what="nginx listening", process=process)
        return process


@pytest.fixture
def nginx_root():
    # nginx's workers run as an unprivileged user when started by root: a world-readable
    # folder, not pytest's private tmp_path.
    with tempfile.TemporaryDirectory(prefix="tribuna-nginx-") as folder:
        root = Path(folder)
        root.chmod(0o755)
        yield root


def test_nginx_accepts_the_shipped_config(nginx_root):
    result = Nginx(nginx_root, app_port=free_port()).test_config()
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_nginx_serves_static_files_and_caches_only_anonymous_pages(nginx_root, live_site, settings):
    settings.TRIBUNA_SHARED_CACHE_SECONDS = 300  # no expiry between the requests below
    app_port = int(live_site.url.rsplit(":", 1)[1])
    nginx = Nginx(nginx_root, app_port)
    css = b"body { color: #222; }\n" * 100
    (nginx.static / "site.0123456789ab.css").write_bytes(css)
    (nginx.static / "site.0123456789ab.css.gz").write_bytes(gzip.compress(css))
    (nginx.static / "plain.txt").write_text("not hashed\n")
    (nginx.media / "upload.txt").write_text("an upload\n")
    process = nginx.start()
    try:
        # Static files come from nginx's disk (the app has none of these) with long expiry
        # for hashed names, compressed copies when the reader accepts them.
        status, headers, body = http_get(nginx.url + "/static/site.0123456789ab.css")
        assert (status, body) == (200, css)
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert headers["X-Cache-Status"] is None
        status, headers, body = http_get(nginx.url + "/static/site.0123456789ab.css", {"Accept-Encoding": "gzip"})
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == css
        status, headers, _ = http_get(nginx.url + "/static/plain.txt")
        assert (status, headers["Cache-Control"]) == (200, "public, max-age=3600")
        assert http_get(nginx.url + "/media/upload.txt")[2] == b"an upload\n"

        # An anonymous page: fetched from the app once, then from nginx's cache.
        status, headers, first = http_get(nginx.url + "/")
        assert status == 200
        assert "public" in headers["Cache-Control"] and "s-maxage=300" in headers["Cache-Control"]
        assert headers["X-Cache-Status"] == "MISS"
        status, headers, second = http_get(nginx.url + "/")
        assert (status, headers["X-Cache-Status"]) == (200, "HIT")
        assert second == first
        status, headers, body = http_get(nginx.url + "/", {"Accept-Encoding": "gzip"})
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == first

        # Someone signed in (or with a message waiting) goes past the cache both ways.
        for cookie in ("sessionid=abc123", "csrftoken=x; sessionid=abc123", "messages=abc"):
            status, headers, _ = http_get(nginx.url + "/", {"Cookie": cookie})
            assert (status, headers["X-Cache-Status"]) == (200, "BYPASS"), cookie
        # Another cookie is no reason to bypass (the page varies on Cookie, so nginx keeps
        # a copy for that cookie too).
        statuses = [http_get(nginx.url + "/", {"Cookie": "csrftoken=x"})[1]["X-Cache-Status"] for _ in range(2)]
        assert statuses[1] == "HIT", statuses

        # What the app says is not to be stored never is.
        for _ in range(2):
            status, headers, body = http_get(nginx.url + "/readyz")
            assert (status, headers["X-Cache-Status"]) == (200, "MISS"), body
            assert headers["Cache-Control"] == "no-store"
    finally:
        stop(process)
    assert "[emerg]" not in (nginx_root / "error.log").read_text()
