"""sitemap.xml (and its index when large) and robots.txt."""

import math

from wagtail.models import Page

from syndication_helpers import check_sitemap, publish_article
from tribuna.actors.models import Actor, ActorIndexPage

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def locations(root):
    return [url.findtext(f"{SM}loc") for url in root.iter(f"{SM}url")]


def public_urls():
    pages = [page.full_url for page in Page.objects.live().public().filter(depth__gt=1)]
    actor_pages = [index.full_url + actor.slug + "/" for index in ActorIndexPage.objects.live() for actor in Actor.objects.all()]
    return sorted(pages + actor_pages)


def alternates(root, location) -> dict[str, str]:
    url = next(url for url in root.iter(f"{SM}url") if url.findtext(f"{SM}loc") == location)
    return {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}


def test_sitemap_lists_every_live_public_page_with_lastmod(client, demo_site):
    draft = publish_article("Taken down", "taken-down")
    draft.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = check_sitemap(response.content)
    assert root.tag == f"{SM}urlset"
    assert sorted(locations(root)) == public_urls()
    assert "http://localhost/articles/taken-down/" not in locations(root)
    for url in root.iter(f"{SM}url"):
        assert url.findtext(f"{SM}lastmod")
    apec = next(u for u in root.iter(f"{SM}url") if u.findtext(f"{SM}loc").endswith("/peru-hosts-apec/"))
    assert apec.findtext(f"{SM}lastmod") == "2016-11-13"


def test_translated_pages_and_actor_pages_name_every_language_version(client, demo_site):
    root = check_sitemap(client.get("/sitemap.xml").content)
    apec = {
        "en-gb": "http://localhost/articles/peru-hosts-apec/",
        "es": "http://localhost/es/articulos/peru-anfitrion-del-apec/",
    }
    assert alternates(root, apec["en-gb"]) == alternates(root, apec["es"]) == apec | {"x-default": apec["en-gb"]}
    english, spanish = (index.full_url for index in ActorIndexPage.objects.live().order_by("path"))
    xi = {"en-gb": english + "xi-jinping/", "es": spanish + "xi-jinping/"}
    assert alternates(root, xi["es"]) == xi | {"x-default": xi["en-gb"]}
    assert client.get(xi["es"].removeprefix("http://localhost")).status_code == 200
    # A page in one language only names no other version: none that is not there.
    sizes = {len(alternates(root, url)) for url in locations(root)}
    assert sizes == {0, 3}


def test_sitemap_splits_into_an_index_over_the_limit(client, demo_site, settings):
    settings.TRIBUNA_SITEMAP_LIMIT = 7
    expected = public_urls()
    response = client.get("/sitemap.xml")
    index = check_sitemap(response.content)
    assert index.tag == f"{SM}sitemapindex"
    parts = [sitemap.findtext(f"{SM}loc") for sitemap in index.iter(f"{SM}sitemap")]
    assert len(parts) == math.ceil(len(expected) / 7)
    assert parts[0] == "http://localhost/sitemap-1.xml"
    assert all(sitemap.findtext(f"{SM}lastmod") for sitemap in index.iter(f"{SM}sitemap"))
    found = []
    for part in parts:
        root = check_sitemap(client.get(part.removeprefix("http://localhost")).content)
        assert 0 < len(locations(root)) <= 7
        found += locations(root)
    assert sorted(found) == expected
    assert client.get(f"/sitemap-{len(parts) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_sitemap_queries_do_not_grow(client, demo_site, settings, count_queries):
    settings.TRIBUNA_SITEMAP_LIMIT = 10

    def count(url):
        client.get(url)
        with count_queries() as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def counts():
        last = f"/sitemap-{len(check_sitemap(client.get('/sitemap.xml').content))}.xml"
        middle = f"/sitemap-{Page.objects.live().public().count() // 10 + 3}.xml"  # between languages' actors
        return [count("/sitemap.xml"), count("/sitemap-1.xml"), count("/sitemap-2.xml"), count(middle), count(last)]

    before = counts()
    for number in range(25):
        publish_article(f"More {number}", f"more-{number}")
        Actor.objects.create(name=f"Actor {number}", slug=f"actor-{number}")
    assert counts() == before


def test_robots_txt_points_to_the_sitemap(client, demo_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for prefix in ("/admin/", "/account/", "/search/"):
        assert f"Disallow: {prefix}" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public site stays open
