"""sitemap.xml (split into numbered pages under an index when large) and robots.txt.

Built on django.contrib.sitemaps' Sitemap for paging and its templates for the XML; the
pages come from Wagtail's tree for the request's site, read with a fixed number of queries
per sitemap page (no `.specific()`, which would cost one query per page type).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import InvalidPage
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from wagtail.models import Page, Site

from tribuna.base.sites import default_site

# Paths no crawler has business in: the admin, webhooks and the API, and in every
# language members' accounts, search results (an endless space of URLs) and newsletter
# subscription links.
DISALLOWED_PREFIXES = ("/admin/", "/webhooks/", "/api/")
DISALLOWED_IN_EVERY_LANGUAGE = ("/account/", "/search/", "/newsletters/")


def sitemap_limit() -> int:
    """URLs per sitemap file. The protocol allows 50,000; fewer keeps each response quick."""
    return settings.TRIBUNA_SITEMAP_LIMIT


def request_site(request) -> Site:
    site = Site.find_for_request(request) or default_site()
    if site is None:
        raise Http404
    return site


class PageSitemap(Sitemap):
    """Every live page of the site that anyone may read, in tree order."""

    def __init__(self, request):
        self.request = request
        self.site = request_site(request)
        self.limit = sitemap_limit()

    def items(self):
        """Every language's tree: the site's home page and its translations, each with its pages."""
        homes = self.site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
        in_site = Q()
        for path in homes:
            in_site |= Q(path__startswith=path)
        return Page.objects.live().public().filter(in_site).order_by("path")

    def location(self, page):
        return page.get_full_url(self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    @property
    def is_split(self) -> bool:
        return self.paginator.num_pages > 1

    def urls(self, number: int = 1) -> list[dict]:
        """The <url> entries of one sitemap file; Http404 past the last one."""
        try:
            page = self.paginator.page(number)
        except InvalidPage as error:
            raise Http404(str(error)) from error
        items = list(page.object_list)
        versions = self._translations(items)
        return [
            {"location": self.location(item), "lastmod": self.lastmod(item), "alternates": versions.get(item.translation_key, [])}
            for item in items
        ]

    def _translations(self, items) -> dict:
        """translation key → its `xhtml:link` alternates (every language's version, and the
        default language's as x-default), for keys with more than one live version; one query."""
        by_key = defaultdict(list)
        found = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
            .order_by("path")
        )
        for version in found:
            by_key[version.translation_key].append(version)
        alternates = {}
        for key, versions in by_key.items():
            if len(versions) < 2:
                continue
            links = [{"lang_code": v.locale.language_code, "location": self.location(v)} for v in versions]
            default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
            alternates[key] = links + ([{"lang_code": "x-default", "location": default["location"]}] if default else [])
        return alternates

    def index(self) -> list[dict]:
        """The <sitemap> entries of the index: each file's address and newest change."""
        dates = [modified or created for modified, created in self.items().values_list(
            "last_published_at", "latest_revision_created_at"
        )]
        base = self.site.root_url
        entries = []
        for number, start in enumerate(range(0, len(dates), self.limit), start=1):
            chunk = [date for date in dates[start : start + self.limit] if date is not None]
            entries.append(
                {
                    "location": base + reverse("syndication:sitemap_page", kwargs={"number": number}),
                    "last_mod": max(chunk, default=None),
                }
            )
        return entries


def robots_txt(request) -> str:
    """robots.txt: keep crawlers out of private and endless areas, point them to the sitemap."""
    site = request_site(request)
    lines = ["User-agent: *"]
    languages = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    lines += [f"Disallow: {prefix}" for prefix in DISALLOWED_PREFIXES]
    lines += [f"Disallow: {language}{prefix}" for language in languages for prefix in DISALLOWED_IN_EVERY_LANGUAGE]
    lines += ["", f"Sitemap: {site.root_url}{reverse('syndication:sitemap')}", ""]
    return "\n".join(lines)
