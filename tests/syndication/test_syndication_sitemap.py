"""sitemap.xml (and its index when large) and robots.txt."""

import math

from wagtail.models import Page

from syndication_helpers import check_sitemap, publish_article

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(root):
    return [url.findtext(f"{SM}loc") for url in root.iter(f"{SM}url")]


def public_urls():
    return sorted(page.full_url for page in Page.objects.live().public().filter(depth__gt=1))


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

    before = [count("/sitemap.xml"), count("/sitemap-1.xml"), count("/sitemap-2.xml")]
    for number in range(25):
        publish_article(f"More {number}", f"more-{number}")
    assert [count("/sitemap.xml"), count("/sitemap-1.xml"), count("/sitemap-2.xml")] == before


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
