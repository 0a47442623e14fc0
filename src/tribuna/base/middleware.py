"""The reader's language, from the URL alone."""

from django.conf import settings
from django.utils import translation


class UrlLanguageMiddleware:
    """The language is the URL's prefix (/es/…), else the default: never the browser's
    Accept-Language or a cookie. One address is then one page for every reader, every
    cache and every search engine, and the language switch on each page says where the
    other language is."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
