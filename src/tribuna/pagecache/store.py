"""Which requests may be answered from the cache, which responses may be kept, and how
a kept page is filed and brought back."""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from . import generation

# Cookies that can change a page: a signed-in person's session, a pending message.
PERSONAL_COOKIES = ("messages",)
# Headers a kept page may vary on: it is only ever served to requests without the cookies
# above, and the language is the URL's (base/middleware.py).
HARMLESS_VARY = {"cookie", "accept-language"}
LARGEST_PAGE = 2 * 1024 * 1024
KEEP_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Page:
    content: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str
    last_modified: int

    def response(self) -> HttpResponse:
        response = HttpResponse(self.content)
        for name, value in self.headers:
            response.headers[name] = value
        return response


def anonymous(request) -> bool:
    """A request that nobody signed in could have made: no session, no pending message."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and not any(name in cookies for name in PERSONAL_COOKIES)


def key(request, current_generation: str) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"page:{current_generation}:{request.LANGUAGE_CODE}:{digest}"


def fetch(request) -> tuple[str, Page | None]:
    """The key this request's page is filed under now, and the page if it is there."""
    page_key = key(request, generation.current())
    return page_key, caches["pages"].get(page_key)


def keepable(request, response) -> bool:
    """A complete, public page: no cookie set or asked for, nothing marked private."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or len(response.content) > LARGEST_PAGE:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", "")) if field.strip()}
    return vary <= HARMLESS_VARY


def keep(page_key: str, response) -> Page:
    """Mark `response` as shareable and file it."""
    now = int(time.time())
    if "max-age" not in response.get("Cache-Control", ""):  # else the view has chosen (the API has)
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.TRIBUNA_SHARED_CACHE_SECONDS)
    response.headers["ETag"] = '"%s"' % hashlib.blake2b(response.content, digest_size=12).hexdigest()
    # A view that knows when its content last changed (the feeds) has said so; else "now".
    modified = parse_http_date_safe(response.get("Last-Modified", "")) or now
    response.headers["Last-Modified"] = http_date(modified)
    page = Page(
        content=response.content, headers=tuple(response.headers.items()), etag=response.headers["ETag"], last_modified=modified
    )
    caches["pages"].set(page_key, page, timeout=KEEP_SECONDS)
    return page
