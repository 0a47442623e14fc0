"""TRIBUNA_SEARCH_URL → a Wagtail search backend for the public search (read by settings).

    opensearch3://search.internal:9200            plain HTTP
    elasticsearch8+https://user:pass@es.example:9243/tribuna   HTTPS, index "tribuna"

The scheme names the server and its major version (elasticsearch7/8/9, opensearch2/3);
the path, if any, names the index (default "tribuna-public").
"""

from urllib.parse import urlsplit

SERVERS = {"elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"}


def search_backend(url: str) -> dict | None:
    if not url:
        return None
    parts = urlsplit(url)
    server, _, transport = parts.scheme.partition("+")
    if server not in SERVERS or transport not in ("", "http", "https"):
        raise ValueError(f"TRIBUNA_SEARCH_URL: unknown scheme {parts.scheme!r}; use one of {sorted(SERVERS)}")
    address = f"{transport or 'http'}://{parts.netloc}"
    return {
        "BACKEND": f"modelsearch.backends.{server}",
        "URLS": [address],
        "INDEX_PREFIX": (parts.path.strip("/") or "tribuna-public") + "_",
        "AUTO_UPDATE": False,
    }
