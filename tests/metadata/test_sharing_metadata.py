"""What pages tell search engines and social networks: canonical address, description,
Open Graph and Twitter tags, and schema.org JSON-LD, with the editor's overrides first."""

import io
import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from tribuna.base import metadata
from tribuna.base.models import HomePage, KeyIssueIndexPage, KeyIssuePage, SiteIdentity, StandardPage
from tribuna.news.models import ArticleIndexPage, ArticlePage

APEC = "/articles/peru-hosts-apec/"
MEMBERS_ONLY = "/articles/prior-consultation-at-ten/"


def make_image(title, size=(1600, 1000), colour=(200, 80, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title.lower().replace(' ', '-')}.png")
    return get_image_model().objects.create(title=title, description=f"{title} (alt text)", file=file)


@pytest.fixture
def logo(demo_site):
    image = make_image("Group logo", size=(400, 400), colour=(10, 60, 120))
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.logo = image
    identity.save()
    return image


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def meta(soup, key):
    """The content of <meta property=key> or <meta name=key>; None when missing."""
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(soup, schema_type):
    items = [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]
    found = [item for item in items if item.get("@type") == schema_type]
    assert len(found) == 1, (schema_type, items)
    return found[0]


def canonical(soup):
    links = soup.select('link[rel="canonical"]')
    assert len(links) == 1
    return links[0]["href"]


def is_absolute(url):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# --- articles ---------------------------------------------------------------------------


def test_article_carries_news_article_json_ld(client, demo_site, logo):
    soup = soup_of(client, APEC)
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    data = json_ld(soup, "NewsArticle")

    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert data["description"] == meta(soup, "description")
    assert data["description"].startswith(article.standfirst[:40])
    assert data["datePublished"].startswith("2016-11-13")
    assert data["dateModified"] >= data["datePublished"]
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical(soup)}
    assert data["isAccessibleForFree"] is True and "hasPart" not in data

    [author] = data["author"]
    assert author["@type"] == "Person" and author["name"] == article.authors[0].name
    assert is_absolute(author["url"]) and author["url"].endswith(f"/articles/author/{article.authors[0].slug}/")
    assert client.get(urlsplit(author["url"]).path).status_code == 200

    publisher = data["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == "Peru Support Group"
    assert publisher["url"] == "http://testserver/"
    assert publisher["logo"]["@type"] == "ImageObject"
    assert is_absolute(publisher["logo"]["url"])
    assert publisher["logo"]["width"] == publisher["logo"]["height"] == 400  # a logo keeps its shape

    [image] = data["image"]
    assert image["url"] == meta(soup, "og:image")
    assert image["width"] == 1200


def test_members_only_article_is_marked_as_paywalled(client, demo_site):
    data = json_ld(soup_of(client, MEMBERS_ONLY), "NewsArticle")
    assert data["isAccessibleForFree"] is False
    assert data["hasPart"] == {
        "@type": "WebPageElement",
        "isAccessibleForFree": False,
        "cssSelector": ".article-body",
    }


def test_article_open_graph_and_twitter_tags(client, demo_site):
    soup = soup_of(client, APEC)
    article = ArticlePage.objects.get(slug="peru-hosts-apec")

    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == article.title
    assert meta(soup, "og:description") == meta(soup, "description")
    assert meta(soup, "og:url") == canonical(soup) == f"http://testserver{APEC}"
    assert meta(soup, "og:site_name") == "Peru Support Group"
    assert meta(soup, "og:locale") == "en_GB"

    expected = article.lead_image.get_rendition(metadata.SHARING_IMAGE_SPEC)
    assert meta(soup, "og:image") == f"http://testserver{expected.url}"
    assert int(meta(soup, "og:image:width")) == expected.width == 1200
    assert int(meta(soup, "og:image:height")) == expected.height
    assert 625 <= expected.height <= 635
    assert meta(soup, "og:image:alt") == article.lead_image.default_alt_text
    assert client.get(expected.url).status_code in (200, 404)  # served by the web server in production

    assert meta(soup, "article:published_time").startswith("2016-11-13T")
    assert meta(soup, "article:modified_time")
    assert meta(soup, "article:section") == article.get_article_type_display()
    tags = [tag["content"] for tag in soup.find_all("meta", attrs={"property": "article:tag"})]
    assert tags == [topic.name for topic in article.topics.all()]

    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:image") == meta(soup, "og:image")
    assert meta(soup, "twitter:title") == article.title


def test_every_address_in_the_head_is_absolute(client, demo_site, logo):
    for url in ("/", APEC, MEMBERS_ONLY, "/our-aims/", "/key-issues/", "/articles/?page=2"):
        soup = soup_of(client, url)
        addresses = [canonical(soup)] + [
            tag["content"]
            for tag in soup.find_all("meta")
            if tag.get("property") in ("og:url", "og:image", "article:author") or tag.get("name") == "twitter:image"
        ]
        assert len(addresses) >= 3, url
        assert all(is_absolute(address) for address in addresses), (url, addresses)


# --- home and organisation -------------------------------------------------------------


def test_home_describes_the_organisation_and_the_website(client, demo_site, logo):
    soup = soup_of(client, "/")
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))

    organisation = json_ld(soup, "Organization")
    assert organisation["name"] == "Peru Support Group"
    assert organisation["url"] == "http://testserver/"
    assert organisation["email"] == identity.contact_email
    assert organisation["sameAs"] == [link.url for link in identity.social_links.all()]
    assert len(organisation["sameAs"]) >= 1
    assert organisation["logo"]["@type"] == "ImageObject" and is_absolute(organisation["logo"]["url"])

    website = json_ld(soup, "WebSite")
    assert website["url"] == "http://testserver/"
    assert website["name"] == "Peru Support Group"
    assert website["publisher"] == {"@id": organisation["@id"]}

    assert meta(soup, "og:type") == "website"
    assert meta(soup, "og:title") == "Peru Support Group"
    assert meta(soup, "description") == metadata.shorten(demo_site.intro)
    # No picture of its own: the logo, on the small card.
    assert meta(soup, "og:image") == f"http://testserver{logo.get_rendition(metadata.LOGO_SPEC).url}"
    assert meta(soup, "twitter:card") == "summary"


def test_only_home_and_articles_carry_json_ld(client, demo_site):
    for url in ("/our-aims/", "/key-issues/", "/articles/"):
        assert not soup_of(client, url).select('script[type="application/ld+json"]'), url


def test_pages_without_any_image_have_no_image_tags(client, demo_site):
    soup = soup_of(client, "/our-aims/")
    assert meta(soup, "og:image") is None and meta(soup, "twitter:image") is None
    assert meta(soup, "twitter:card") == "summary"


# --- descriptions and overrides ---------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (HomePage, "intro"),
        (StandardPage, "summary"),
        (KeyIssueIndexPage, "intro"),
        (KeyIssuePage, "summary"),
        (ArticleIndexPage, "intro"),
        (ArticlePage, "standfirst"),
    ],
)
def test_description_comes_from_the_page_summary_unless_the_editor_wrote_one(client, demo_site, model, field):
    page = model.objects.live().order_by("pk").first()
    url = page.url
    publish(page, **{field: "What this page is about, in one sentence."})
    soup = soup_of(client, url)
    assert meta(soup, "description") == "What this page is about, in one sentence."
    assert meta(soup, "og:description") == meta(soup, "twitter:description") == meta(soup, "description")

    publish(page, search_description="The editor's own description for search engines.")
    soup = soup_of(client, url)
    assert meta(soup, "description") == "The editor's own description for search engines."
    assert len(soup.find_all("meta", attrs={"name": "description"})) == 1


def test_long_descriptions_are_cut_at_a_word(client, demo_site):
    standfirst = "Lima " + "hosts leaders from around the Pacific rim " * 10
    publish(ArticlePage.objects.get(slug="peru-hosts-apec"), standfirst=standfirst)
    description = meta(soup_of(client, APEC), "description")
    assert len(description) <= metadata.DESCRIPTION_LENGTH
    assert description.endswith("…")
    kept = description[:-1]
    assert standfirst.startswith(kept) and standfirst[len(kept)] == " "  # a whole word


def test_seo_title_overrides_the_title_for_sharing(client, demo_site):
    article = publish(ArticlePage.objects.get(slug="peru-hosts-apec"), seo_title="APEC comes to Lima")
    soup = soup_of(client, APEC)
    assert meta(soup, "og:title") == meta(soup, "twitter:title") == "APEC comes to Lima"
    assert json_ld(soup, "NewsArticle")["headline"] == article.title  # the headline as printed


def test_sharing_image_overrides_lead_image_then_logo(client, demo_site, logo):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    lead = article.lead_image.get_rendition(metadata.SHARING_IMAGE_SPEC)
    assert meta(soup_of(client, APEC), "og:image") == f"http://testserver{lead.url}"

    chosen = make_image("Delegates in Lima", colour=(30, 140, 60))
    publish(article, social_image=chosen)
    soup = soup_of(client, APEC)
    expected = chosen.get_rendition(metadata.SHARING_IMAGE_SPEC)
    assert meta(soup, "og:image") == f"http://testserver{expected.url}"
    assert (int(meta(soup, "og:image:width")), int(meta(soup, "og:image:height"))) == (1200, 630)
    assert meta(soup, "og:image:alt") == "Delegates in Lima (alt text)"
    assert json_ld(soup, "NewsArticle")["image"][0]["url"] == meta(soup, "og:image")
    assert meta(soup, "twitter:card") == "summary_large_image"
    # The article itself still shows its lead image.
    assert soup.select_one(".lead-image img")

    standard = StandardPage.objects.get(slug="our-aims")
    assert meta(soup_of(client, "/our-aims/"), "og:image").endswith(logo.get_rendition(metadata.LOGO_SPEC).url)
    publish(standard, social_image=chosen)
    assert meta(soup_of(client, "/our-aims/"), "og:image") == f"http://testserver{expected.url}"


def test_a_missing_image_file_leaves_the_page_up_without_a_preview_picture(client, demo_site):
    chosen = make_image("Lost picture")
    publish(StandardPage.objects.get(slug="our-aims"), social_image=chosen)
    chosen.file.storage.delete(chosen.file.name)
    soup = soup_of(client, "/our-aims/")
    assert meta(soup, "og:image") is None
    assert meta(soup, "twitter:card") == "summary"


def test_sharing_image_is_in_the_promote_tab_of_every_public_page_type():
    for model in (HomePage, StandardPage, KeyIssueIndexPage, KeyIssuePage, ArticleIndexPage, ArticlePage):
        tabs = {str(tab.heading): tab for tab in model.get_edit_handler().children}
        assert "social_image" in tabs["Promote"].get_form_options()["fields"], model
        assert "social_image" not in tabs["Content"].get_form_options()["fields"], model


def test_editor_sets_the_sharing_image_in_the_page_editor(client, demo_site):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser(email="editor@example.org", password="unused"))
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert 'name="social_image"' in response.content.decode()


# --- canonical addresses ----------------------------------------------------------------


def test_canonical_drops_filters_but_keeps_later_page_numbers(client, demo_site):
    assert canonical(soup_of(client, "/articles/")) == "http://testserver/articles/"
    assert canonical(soup_of(client, "/articles/?page=1")) == "http://testserver/articles/"
    assert canonical(soup_of(client, "/articles/?page=2&utm_source=feed")) == "http://testserver/articles/?page=2"
    assert canonical(soup_of(client, "/articles/?year=2016&type=news")) == "http://testserver/articles/"
    assert canonical(soup_of(client, f"{APEC}?utm_campaign=x&page=2")) == f"http://testserver{APEC}"


def test_topic_and_author_pages_describe_themselves(client, demo_site):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    topic = article.topics.order_by("name").first()
    soup = soup_of(client, f"/articles/topic/{topic.slug}/")
    assert canonical(soup) == f"http://testserver/articles/topic/{topic.slug}/"
    assert meta(soup, "og:title") == topic.name
    if topic.description:
        assert meta(soup, "description") == metadata.shorten(topic.description)

    author = article.authors[0]
    soup = soup_of(client, f"/articles/author/{author.slug}/")
    assert canonical(soup) == f"http://testserver/articles/author/{author.slug}/"
    assert meta(soup, "og:title") == author.name


def test_forms_and_missing_pages_claim_no_canonical_address(client, demo_site):
    for url in ("/account/sign-in/", "/no-such-page/"):
        soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        assert not soup.select('link[rel="canonical"]'), url
        assert not soup.select('meta[property^="og:"]'), url


# --- hostile text -----------------------------------------------------------------------

HOSTILE = 'Peru "hosts" APEC </script><script>alert(1)</script> <!-- & \u2028 \'quoted\''


def test_titles_cannot_break_out_of_json_ld_or_attributes(client, demo_site):
    before = len(soup_of(client, APEC).find_all("script"))
    publish(
        ArticlePage.objects.get(slug="peru-hosts-apec"),
        title=HOSTILE,
        standfirst=f"{HOSTILE} standfirst",
    )
    html = client.get(APEC).content.decode()
    assert "</script><script>alert" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("script")) == before

    data = json_ld(soup, "NewsArticle")
    assert data["headline"] == HOSTILE
    assert data["description"] == metadata.shorten(f"{HOSTILE} standfirst")  # one line
    assert meta(soup, "og:title") == HOSTILE
    assert meta(soup, "og:description") == data["description"]
    raw = soup.select_one('script[type="application/ld+json"]').string
    assert "<" not in raw and ">" not in raw and "&" not in raw


def test_json_ld_escapes_markup_characters():
    text = metadata.json_ld({"a": "</script><!-- & \u2028"})
    assert str(text) == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_shorten_keeps_short_text_and_cuts_long_text_at_a_word():
    assert metadata.shorten("  Two\n sentences.  ") == "Two sentences."
    cut = metadata.shorten("word " * 100, limit=22)
    assert cut == "word word word word…"
    assert metadata.shorten("x" * 50, limit=10) == "xxxxxxxxx…"


# --- cost -------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", APEC, MEMBERS_ONLY, "/articles/?page=2", "/our-aims/"])
def test_the_metadata_adds_no_queries(client, demo_site, logo, count_queries, monkeypatch, url):
    """Images, logo, authors, topics and social links are the ones the page loads anyway."""

    def queries():
        client.get(url)  # warm caches and renditions
        with count_queries() as captured:
            client.get(url)
        return len(captured)

    with_metadata = queries()
    from tribuna.base.templatetags import metadata_tags

    monkeypatch.setattr(metadata_tags, "page_metadata", lambda *args, **kwargs: None)
    assert with_metadata == queries()


def test_filtered_lists_ask_not_to_be_indexed(client, demo_site):
    def robots(url):
        tag = soup_of(client, url).select_one('meta[name="robots"]')
        return tag["content"] if tag else None

    assert robots("/articles/") is None
    assert robots("/articles/?page=2") is None
    assert robots("/articles/?type=analysis") == "noindex, follow"
    assert robots("/articles/topic/politics/") is None
