"""sitemap.xml (split into numbered pages under an index when large) and robots.txt.

Built on django.contrib.sitemaps' Sitemap for paging and its templates for the XML; the
pages come from Wagtail's tree for the request's site, then come the actors' pages (which
live under the actor index, outside the tree), each file read with a fixed number of
queries (no `.specific()`, which would cost one query per page type).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import InvalidPage
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from wagtail.models import Page, Site

from tribuna.actors.models import Actor, ActorIndexPage
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


@dataclass(frozen=True)
class ActorAddress:
    """One actor's page under one language's actor index."""

    index: Page
    actor: Actor


class Entries(Sequence):
    """The pages in tree order, then each language's actor pages by slug: one list for the
    paginator, whose slices cost a query for their pages and one per actor index they reach."""

    def __init__(self, pages, indexes: list[Page]):
        self.pages = pages
        self.indexes = indexes
        self.actors = Actor.objects.only("slug", "updated_at").order_by("slug")

    @cached_property
    def page_count(self) -> int:
        return self.pages.count()

    @cached_property
    def actor_count(self) -> int:
        return self.actors.count() if self.indexes else 0

    def __len__(self) -> int:
        return self.page_count + len(self.indexes) * self.actor_count

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("the sitemap's entries are read a slice at a time")
        start, stop, _step = window.indices(len(self))
        found = list(self.pages[start:stop]) if start < self.page_count else []
        for position, index in enumerate(self.indexes):
            first = self.page_count + position * self.actor_count
            low, high = max(start, first) - first, min(stop, first + self.actor_count) - first
            if low < high:
                found += [ActorAddress(index, actor) for actor in self.actors[low:high]]
        return found

    def dates(self) -> list:
        """Each entry's last change, in order, without loading the entries."""
        pages = [
            modified or created
            for modified, created in self.pages.values_list("last_published_at", "latest_revision_created_at")
        ]
        actors = list(self.actors.values_list("updated_at", flat=True)) if self.indexes else []
        return pages + actors * len(self.indexes)


class PageSitemap(Sitemap):
    """Every live page of the site that anyone may read, and every actor's page."""

    def __init__(self, request):
        self.request = request
        self.site = request_site(request)
        self.limit = sitemap_limit()

    @cached_property
    def entries(self) -> Entries:
        """Every language's tree: the site's home page and its translations, each with its pages."""
        homes = self.site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
        in_site = Q()
        for path in homes:
            in_site |= Q(path__startswith=path)
        indexes = ActorIndexPage.objects.live().public().filter(in_site).select_related("locale").order_by("path")
        return Entries(Page.objects.live().public().filter(in_site).order_by("path"), list(indexes))

    def items(self):
        return self.entries

    @cached_property
    def index_urls(self) -> dict[int, str]:
        return {index.pk: index.get_full_url(self.request) for index in self.entries.indexes}

    def location(self, item):
        if isinstance(item, ActorAddress):
            return f"{self.index_urls[item.index.pk]}{item.actor.slug}/"
        return item.get_full_url(self.request)

    def lastmod(self, item):
        if isinstance(item, ActorAddress):
            return item.actor.updated_at
        return item.last_published_at or item.latest_revision_created_at

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
        versions = self._translations([item for item in items if not isinstance(item, ActorAddress)])
        return [
            {"location": self.location(item), "lastmod": self.lastmod(item), "alternates": self._alternates(item, versions)}
            for item in items
        ]

    def _alternates(self, item, versions: dict) -> list[dict]:
        if isinstance(item, ActorAddress):
            return self._with_default(
                [{"lang_code": index.locale.language_code, "location": self.location(ActorAddress(index, item.actor))} for index in self.entries.indexes]
            )
        return versions.get(item.translation_key, [])

    def _translations(self, items) -> dict:
        """translation key → its `xhtml:link` alternates, for keys with more than one live
        version; one query."""
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
        return {
            key: self._with_default([{"lang_code": v.locale.language_code, "location": self.location(v)} for v in versions])
            for key, versions in by_key.items()
        }

    @staticmethod
    def _with_default(links: list[dict]) -> list[dict]:
        """Every language's version, and the default language's again as x-default; none
        when there is only one version."""
        if len(links) < 2:
            return []
        default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
        return links + ([{"lang_code": "x-default", "location": default["location"]}] if default else [])

    def index(self) -> list[dict]:
        """The <sitemap> entries of the index: each file's address and newest change."""
        dates = self.entries.dates()
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
