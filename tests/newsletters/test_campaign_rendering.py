"""A campaign rendered once as a responsive, inlined HTML e-mail plus plain text, then
personalised per recipient by string replacement."""

import time
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site
from wagtail.rich_text import get_text_for_indexing

from newsletter_factories import APEC, BASE_URL, MEMBERS_ONLY, article, make_campaign
from support.html_checks import validate_html
from tribuna.newsletters import rendering
from tribuna.newsletters.models import NewsletterSettings
from tribuna.newsletters.rendering import NAME, PREFERENCES_URL, UNSUBSCRIBE_URL, personalise, render_campaign

pytestmark = pytest.mark.django_db

UNSUBSCRIBE = "https://peru.example.org/newsletters/unsubscribe/tok%2Fen/?a=1&b=2"
PREFERENCES = "https://peru.example.org/newsletters/preferences/tok/"


@pytest.fixture
def campaign(peru_update):
    return make_campaign(peru_update)


@pytest.fixture
def rendered(campaign):
    return render_campaign(campaign, base_url=BASE_URL)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_subject_preheader_and_inlined_css(rendered, campaign):
    assert rendered.subject == "Peru Update: APEC comes to Lima"
    assert rendered.preheader == "What the summit means for Peru"
    page = soup(rendered.html)
    assert page.title.string == rendered.subject
    assert page.h1.get_text() == rendered.subject
    preheader = page.select_one(".preheader")
    assert preheader.get_text().startswith("What the summit means for Peru")
    assert "display: none" in preheader["style"]  # hidden in the message, shown by mail programs
    # css-inline moved the rules onto the elements; only the media queries stay in <style>.
    assert "color:" in page.h1["style"] and "font-family" in page.body["style"]
    assert all("@media" in style.get_text() for style in page.find_all("style"))
    assert page.select_one(".container")["style"].replace(" ", "").count("max-width:600px") == 1


def test_subject_and_preheader_are_one_line(peru_update):
    campaign = make_campaign(peru_update, subject="Line one\r\nBcc: evil@example.net", preheader="a\nb")
    rendered = render_campaign(campaign, base_url=BASE_URL)
    assert rendered.subject == "Line one Bcc: evil@example.net"
    assert rendered.preheader == "a b"


def test_articles_have_absolute_links_dates_standfirsts_and_images(rendered):
    page = soup(rendered.html)
    titles = page.select(".article h2 a")
    assert [a.get_text() for a in titles] == ["Peru hosts APEC", "Prior consultation at ten"]
    assert titles[0]["href"] == "https://peru.example.org/articles/peru-hosts-apec/"
    assert "13 November 2016" in page.select_one(".article .meta").get_text()
    assert article(APEC).standfirst.split()[0] in page.select_one(".article").get_text()
    image = page.select_one(".article img")
    assert image["src"].startswith("https://peru.example.org/") and "fill-1120x630" in image["src"]
    assert (image["width"], image["height"]) == ("560", "315")
    assert "max-width: 560px" in image["style"]


def test_every_link_and_image_is_absolute(rendered):
    for html in (rendered.html, personalise(rendered, name="Ana", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)[0]):
        page = soup(html)
        addresses = [a["href"] for a in page.find_all("a")] + [img["src"] for img in page.find_all("img")]
        assert addresses
        for address in addresses:
            if address in (PREFERENCES_URL, UNSUBSCRIBE_URL):
                assert html is rendered.html  # placeholders only before personalising
                continue
            assert urlsplit(address).scheme in {"https", "mailto"}, address
            assert urlsplit(address).netloc or address.startswith("mailto:")


def test_members_only_article_shows_its_standfirst_but_not_its_body(rendered):
    secret = article(MEMBERS_ONLY)
    body_words = get_text_for_indexing(str(secret.body[0].value))[:80]
    assert body_words and body_words not in rendered.html and body_words not in rendered.text
    members_article = soup(rendered.html).select(".article")[1]
    assert "Members only" in members_article.get_text()
    assert secret.standfirst.split(".")[0] in " ".join(members_article.get_text().split())
    assert "Members only" in rendered.text


def test_unpublished_articles_are_left_out(peru_update):
    draft = article(APEC)
    draft.unpublish()
    rendered = render_campaign(make_campaign(peru_update), base_url=BASE_URL)
    assert "Peru hosts APEC" not in rendered.html and "Prior consultation at ten" in rendered.html


def test_introduction_links_become_absolute_in_both_parts(peru_update):
    apec = article(APEC)
    campaign = make_campaign(
        peru_update,
        introduction=(
            f'<p>Read <a linktype="page" id="{apec.pk}">our APEC report</a> and '
            '<a href="https://example.com/x?a=1&amp;b=2">this</a>.</p><ul><li>one</li><li>two</li></ul>'
        ),
    )
    rendered = render_campaign(campaign, base_url=BASE_URL)
    links = {a.get_text(): a["href"] for a in soup(rendered.html).select(".introduction a")}
    assert links == {"our APEC report": "https://peru.example.org/articles/peru-hosts-apec/", "this": "https://example.com/x?a=1&b=2"}
    text = " ".join(rendered.text.split())  # wrapped at 72 columns, never inside an address
    assert "Read our APEC report (https://peru.example.org/articles/peru-hosts-apec/) and this (https://example.com/x?a=1&b=2)." in text
    assert "- one\n- two" in rendered.text


def test_footer_says_who_why_and_offers_a_visible_unsubscribe_link(peru_update, rendered):
    settings = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.postal_address = "c/o 1 Example Street, London N1 0XX"
    settings.save()
    rendered = render_campaign(make_campaign(peru_update), base_url=BASE_URL)
    footer = soup(rendered.html).select_one(".footer")
    text = " ".join(footer.get_text().split())
    assert "You receive this because you subscribed to Peru Update." in text
    assert "1 Example Street, London N1 0XX" in text
    unsubscribe = footer.find("a", string="Unsubscribe")
    assert unsubscribe["href"] == UNSUBSCRIBE_URL
    assert footer.find("a", string="Manage your newsletters")["href"] == PREFERENCES_URL
    for element in [unsubscribe, *unsubscribe.parents]:
        assert "display: none" not in (element.get("style") or "") if hasattr(element, "get") else True
    assert "Peru Support Group, c/o 1 Example Street, London N1 0XX" in " ".join(rendered.text.split())


def test_placeholders_survive_inlining_and_rich_text(peru_update):
    campaign = make_campaign(peru_update, introduction="<p>Thank you, <b>%%name%%</b>, for reading.</p>")
    rendered = render_campaign(campaign, base_url=BASE_URL)
    for placeholder in (NAME, PREFERENCES_URL, UNSUBSCRIBE_URL):
        assert placeholder in rendered.html and placeholder in rendered.text
    html, text = personalise(rendered, name="Ana", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)
    assert "Thank you, <b" in html and ">Ana</b>, for reading." in html
    assert "Thank you, Ana, for reading." in text
    assert "%%" not in html and "%%" not in text


def test_personalise_fills_name_and_links_and_escapes_the_name(rendered):
    html, text = personalise(rendered, name="Ana <b>&</b>", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)
    assert "Dear Ana &lt;b&gt;&amp;&lt;/b&gt;," in html and "<b>&</b>" not in html
    assert "Dear Ana <b>&</b>," in text
    page = soup(html)
    assert page.find("a", string="Unsubscribe")["href"] == UNSUBSCRIBE
    assert 'href="https://peru.example.org/newsletters/unsubscribe/tok%2Fen/?a=1&amp;b=2"' in html
    assert f"Unsubscribe: {UNSUBSCRIBE}" in text and f"Manage your newsletters: {PREFERENCES}" in text
    assert "Hello," not in html and "Hello," not in text


def test_a_neutral_greeting_without_a_name(rendered):
    for name in ("", "   "):
        html, text = personalise(rendered, name=name, preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)
        assert "Hello," in html and "Hello," in text
        assert "Dear" not in html and "Dear" not in text
        assert "%%" not in html and "%%" not in text


def test_a_stored_copy_personalises_the_same(rendered):
    """The delivery engine rebuilds `Rendered` from the campaign's stored fields."""
    stored = rendering.Rendered(rendered.subject, rendered.preheader, rendered.html, rendered.text)
    assert personalise(stored, name="Ana", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE) == personalise(
        rendered, name="Ana", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE
    )


def test_plain_text_has_the_same_content_with_addresses_spelled_out(rendered, campaign):
    text = rendered.text
    assert "Peru Update: APEC comes to Lima" in text
    assert "This week: APEC in Lima." in text
    assert "PERU HOSTS APEC\n13 November 2016" in text
    assert "Read more: https://peru.example.org/articles/peru-hosts-apec/" in text
    assert "https://peru.example.org/articles/prior-consultation-at-ten/" in text
    assert f"View this newsletter in your browser: https://peru.example.org/newsletter-archive/{campaign.pk}/" in text
    assert "<" not in text.replace("<b>", "")
    assert max(len(line) for line in text.splitlines() if "://" not in line and "%%" not in line) <= 72


def test_the_browser_link_only_with_a_web_version(peru_update, campaign, rendered):
    link = soup(rendered.html).find("a", string="View this newsletter in your browser")
    assert link["href"] == f"https://peru.example.org/newsletter-archive/{campaign.pk}/"
    without = render_campaign(make_campaign(peru_update, web_version=False), base_url=BASE_URL)
    assert "in your browser" not in without.html and "in your browser" not in without.text


def test_the_email_is_valid_html(rendered):
    html, _ = personalise(rendered, name="Ana", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)
    assert validate_html({"email": html}) == {"email": []}


def test_personalise_is_cheap_and_touches_no_database(rendered, count_queries):
    with count_queries() as queries:
        started = time.perf_counter()
        for n in range(2000):
            personalise(rendered, name=f"Reader {n}", preferences_url=PREFERENCES, unsubscribe_url=UNSUBSCRIBE)
        elapsed = time.perf_counter() - started
    assert len(queries) == 0
    assert elapsed / 2000 < 0.001  # well under a millisecond each (microseconds in practice)


def test_rendering_takes_the_same_queries_for_more_articles(peru_update, count_queries):
    from tribuna.news.models import ArticlePage

    many = list(ArticlePage.objects.live().filter(members_only=False).values_list("slug", flat=True)[:6])
    few_campaign, many_campaign = make_campaign(peru_update, articles=many[:2]), make_campaign(peru_update, articles=many)
    for campaign in (few_campaign, many_campaign):  # renditions are made once, on first use
        render_campaign(campaign, base_url=BASE_URL)

    def queries_for(campaign):
        with count_queries() as queries:
            render_campaign(campaign, base_url=BASE_URL)
        return len(queries)

    assert queries_for(few_campaign) == queries_for(many_campaign)
