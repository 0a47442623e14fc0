"""Cache headers for the content API, so a CDN or proxy can answer most requests.

The API is anonymous and the same for everyone, so every answer may be stored by shared
caches. Errors about the request itself are kept for a shorter time, so a page that is
published a moment after a 404 appears soon.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control


def add_cache_headers(response):
    if response.status_code == 200:
        patch_cache_control(response, public=True, max_age=settings.TRIBUNA_API_MAX_AGE)
    elif response.status_code in (400, 404):
        patch_cache_control(response, public=True, max_age=min(60, settings.TRIBUNA_API_MAX_AGE))
    return response
