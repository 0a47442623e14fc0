"""Chromium for the browser tests: Debian's build when present, offline-safe."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

# The machine has no general network: keep Chromium from phoning home
# (background networking, component updates, sync, QUIC), and run as root in
# containers (--no-sandbox) with a small /dev/shm (--disable-dev-shm-usage).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def chromium_path() -> str | None:
    """TRIBUNA_CHROMIUM, else Debian's /usr/bin/chromium, else None
    (Playwright's own downloaded build)."""
    path = os.environ.get("TRIBUNA_CHROMIUM")
    if path:
        return path
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


def launch_chromium(playwright):
    """Launch a headless Chromium from a sync_playwright() instance."""
    return playwright.chromium.launch(
        executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
    )


def block_third_party(context, allowed_host: str = "127.0.0.1") -> list[str]:
    """Abort every request from `context` to a host other than loopback or
    `allowed_host` (a host, host:port or URL). Returns the live list of the
    blocked URLs so a test can assert the page requested nothing external."""
    allowed = set(LOCAL_HOSTS)
    host = urlsplit(allowed_host if "//" in allowed_host else f"//{allowed_host}").hostname
    if host:
        allowed.add(host)
    blocked: list[str] = []

    def handle(route):
        url = route.request.url
        host = urlsplit(url).hostname
        if host is None or host in allowed:  # data:, blob: and local requests
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", handle)
    return blocked
