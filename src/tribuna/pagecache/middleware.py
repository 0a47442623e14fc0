"""Whole pages for readers who are not signed in, kept until the content changes."""

import logging

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control

from . import generation, store

log = logging.getLogger(__name__)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return personal(self.get_response(request))
        with generation.read_once():
            return self.read(request)

    def read(self, request):
        if not (settings.TRIBUNA_PAGE_CACHE and store.anonymous(request)):
            return personal(self.get_response(request))
        try:
            page_key, page = store.fetch(request)
        except Exception:  # the cache is a shortcut: without it, pages are made afresh
            log.exception("The page cache cannot be read; serving %s uncached", request.path)
            return self.get_response(request)
        if page is not None:
            return not_modified_or(request, page, page.response())
        response = self.get_response(request)
        if not store.keepable(request, response):
            return personal(response) if response.cookies else response
        try:
            page = store.keep(page_key, response)
        except Exception:
            log.exception("The page cache cannot be written; %s stays uncached", request.path)
            return response
        return not_modified_or(request, page, response)


def not_modified_or(request, page, response):
    """A bodiless 304 when the reader already holds this copy of the page, else `response`."""
    return get_conditional_response(request, etag=page.etag, last_modified=page.last_modified, response=response)


def personal(response):
    """Pages made for someone in particular stay out of shared caches."""
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_cache=True)
    return response
