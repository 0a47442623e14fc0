"""What a reader finds on an actor's page, in either language, and what bad addresses get."""

import feedparser
from bs4 import BeautifulSoup
from django.test import Client
from lxml import etree
from wagtail.models import Site

from support.articles import publish_article
from tribuna.actors.models import Actor, ActorSettings, Relationship
from tribuna.news.models import ArticlePage


def soup(url, status=200):
    response = Client().get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def test_an_actor_page_shows_the_timeline_co_mentions_and_relationships(demo_site):
    page = soup("/actors/xi-jinping/")
    assert page.h1.get_text() == "Xi Jinping"
    timeline = page.select_one(".timeline")
    year_2016 = timeline.find(id="year-2016").find_parent("section")
    assert "Peru hosts APEC" in [link.get_text() for link in year_2016.select("li a")]
    co_mentioned = [link.get_text() for link in page.select(".co-mentioned a")]
    assert "Peru" in co_mentioned and "China" in co_mentioned


def test_a_stated_relationship_shows_on_both_actors_pages_with_its_source(demo_site):
    statement = Relationship.objects.select_related("subject", "object", "source").filter(source__isnull=False).first()
    for actor in (statement.subject, statement.object):
        items = soup(f"/actors/{actor.slug}/").select(".statements li")
        text = [" ".join(item.get_text().split()) for item in items]
        wanted = f"{statement.subject.name} — {statement.get_predicate_display()} — {statement.object.name}"
        assert any(line.startswith(wanted) for line in text), (actor.slug, text)
        assert any(statement.source.title in line for line in text)


def test_the_map_is_an_accessible_svg_with_a_link_for_each_connection(demo_site):
    page = soup("/actors/peru/")
    svg = page.select_one(".connections svg")
    assert svg["role"] == "group"  # an image cannot hold links; a named group can
    labelled = svg["aria-labelledby"].split()
    assert [svg.find(id=ident).name for ident in labelled] == ["title", "desc"]
    etree.fromstring(str(svg).encode())  # well-formed
    listed = {a["href"] for a in page.select(".statements a, .co-mentioned a") if "/actors/" in a["href"]}
    drawn = {a["href"] for a in svg.find_all("a")}
    assert drawn <= listed | {"/actors/peru/"}, "the list says everything the drawing shows"


def test_the_spanish_page_speaks_spanish_and_keeps_the_address(demo_site):
    actor = Actor.objects.get(name="Pacific Alliance")
    page = soup(f"/es/actores/{actor.slug}/")
    assert page.h1.get_text() == "Alianza del Pacífico"
    assert page.html["lang"] == "es"
    switch = {a.get_text(strip=True): a["href"] for a in page.select(".language-switch a")}
    assert any(href.endswith(f"/actors/{actor.slug}/") for href in switch.values())


def test_a_year_lists_every_article_and_the_feed_carries_them(demo_site):
    publish_article("Another word on Chile", body="Chile again.", date=ArticlePage.objects.get(slug="peru-hosts-apec").date)
    page = soup("/actors/chile/2016/")
    titles = [h.get_text(strip=True) for h in page.select(".card-list h2")]
    assert "Peru hosts APEC" in titles and "Another word on Chile" in titles
    feed = feedparser.parse(Client().get("/feeds/actor/chile.atom").content)
    assert not feed.bozo
    assert {"Peru hosts APEC", "Another word on Chile"} <= {entry.title for entry in feed.entries}
    assert "Chile" in feed.feed.title


def test_first_mention_links_follow_the_site_setting(demo_site):
    settings = ActorSettings.for_site(Site.objects.get(is_default_site=True))
    settings.link_first_mentions = False
    settings.save()
    assert not soup("/articles/peru-hosts-apec/").select("a.actor-link")


def test_bad_addresses_and_parameters_get_a_clear_answer(demo_site):
    for url in ["/actors/nobody/", "/actors/peru/1066/", "/actors/peru/99999999999999999999/", "/actors/?page=999",
                "/actors/?page=x", "/feeds/actor/nobody.rss", "/actors/peru/2016/?page=0"]:
        response = Client().get(url)
        assert response.status_code == 404, url
    page = soup("/actors/?kind=<script>")
    assert page.select(".actor-list li") and "<script>" not in str(page.select_one("form"))
    assert soup("/actors/?kind=place").select(".actor-list li small")[0].get_text() == "Place"


def test_an_article_says_in_json_ld_whom_it_is_about_and_whom_it_mentions(demo_site):
    import json

    page = soup("/articles/peru-hosts-apec/")
    data = next(
        item for item in (json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]'))
        if item.get("@type") == "NewsArticle"
    )
    about = {thing["name"]: thing for thing in data["about"]}
    mentions = {thing["name"]: thing for thing in data["mentions"]}
    assert "Pedro Pablo Kuczynski" in about and "Donald Trump" in about  # named in the standfirst
    xi = mentions["Xi Jinping"]
    assert xi["@type"] == "Person" and xi["url"].endswith("/actors/xi-jinping/")
    assert xi["sameAs"] == "https://www.wikidata.org/wiki/Q15031"
    assert not set(about) & set(mentions)


def actor_json_ld(url):
    import json

    scripts = [json.loads(tag.string) for tag in soup(url).select('script[type="application/ld+json"]')]
    return next(item for item in scripts if item.get("@type") == "WebPage")


def test_an_actor_page_describes_the_actor_in_json_ld(demo_site):
    page = actor_json_ld("/actors/pedro-pablo-kuczynski/")
    assert page["url"] == "http://testserver/actors/pedro-pablo-kuczynski/"
    person = page["mainEntity"]
    assert person["@type"] == "Person" and person["name"] == "Pedro Pablo Kuczynski"
    assert person["alternateName"] == ["Kuczynski", "PPK"]
    assert person["description"].startswith("Peruvian economist")
    assert "foundingDate" not in person  # a term of office is no birth or founding date
    bloc = actor_json_ld("/es/actores/pacific-alliance/")["mainEntity"]
    assert bloc["name"] == "Alianza del Pacífico" and "Pacific Alliance" in bloc["alternateName"]
    assert bloc["url"] == "http://testserver/es/actores/pacific-alliance/"
    assert bloc["foundingDate"] == Actor.objects.get(slug="pacific-alliance").start_date.isoformat()


def test_search_offers_the_actors_a_query_names_above_the_articles(demo_site):
    page = soup("/search/?q=xi+jinping+trade")
    actors = page.select_one(".actor-results")
    assert [a.get_text() for a in actors.select("a")][0] == "Xi Jinping"
    assert soup("/search/?q=Kuczyn").select_one(".actor-results a")["href"] == "/actors/pedro-pablo-kuczynski/"
    spanish = soup("/es/search/?q=alianza+del+pacifico").select_one(".actor-results a")
    assert spanish.get_text() == "Alianza del Pacífico" and spanish["href"].startswith("/es/actores/")
    hostile = soup('/search/?q=%3Cscript%3E%22%29%28NEAR*%00')
    assert hostile.select_one(".actor-results") is None and "<script>" not in str(hostile.select_one("main"))


def test_a_spanish_article_names_its_actors_in_spanish_in_json_ld(demo_site):
    import json

    page = soup("/es/articulos/peru-anfitrion-del-apec/")
    data = next(
        item for item in (json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]'))
        if item.get("@type") == "NewsArticle"
    )
    names = {thing["name"]: thing["url"] for thing in data.get("about", []) + data.get("mentions", [])}
    assert names["Alianza del Pacífico"].endswith("/es/actores/pacific-alliance/")


def test_an_actor_with_a_picture_shows_it_with_its_alt_text(demo_site):
    from wagtail.images import get_image_model

    picture = get_image_model().objects.first()
    Actor.objects.filter(slug="xi-jinping").update(image=picture)
    image = soup("/actors/xi-jinping/").select_one("img.actor-image")
    assert image["alt"] == picture.default_alt_text and image["src"].endswith(".webp")
    assert actor_json_ld("/actors/xi-jinping/")["mainEntity"]["image"] == "http://testserver" + image["src"]
