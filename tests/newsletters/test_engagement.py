"""Counting opens and clicks: off by default; when a group switches it on, totals per campaign
and per link only, with addresses that are the same for every recipient."""

import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Site

from newsletter_factories import APEC, article, make_campaign, run_worker, subscribe
from support.html_checks import validate_html
from tribuna.base.models import StandardPage
from tribuna.demo import content
from tribuna.newsletters import sending
from tribuna.newsletters.delivery import Dispatcher
from tribuna.newsletters.models import Campaign, CampaignLink, CampaignState, NewsletterSettings
from tribuna.newsletters.tracking import PIXEL

CAMPAIGNS = "/admin/newsletters/campaigns/"
INTRODUCTION = (
    '<p>This week: <b>APEC</b> in Lima, a <a href="https://www.example.org/report?a=1&amp;b=2">new report</a> '
    'and <a href="mailto:press@perusupportgroup.example">our press office</a>.</p>'
)
COUNTING = re.compile(r"https?://[^/\s\"]+/newsletters/[co]/[^\s\"<>)]*")


def counting(on: bool) -> None:
    config = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    config.track_opens_and_clicks = on
    config.save()


def send(campaign) -> None:
    sending.start(campaign)
    Dispatcher(idle_wait=0).run(until_idle=True)


def parts(message) -> tuple[str, str]:
    return (
        message.get_body(preferencelist=("html",)).get_content(),
        message.get_body(preferencelist=("plain",)).get_content(),
    )


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def snapshot(*, without: dict[str, set[str]]) -> dict:
    """Every row of every table (but the named counters), to show nothing else changes."""
    rows = {}
    for model in apps.get_models():
        skip = without.get(model._meta.label, set())
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in skip]
        rows[model._meta.label] = list(model._default_manager.order_by("pk").values_list(*fields))
    return rows


@pytest.fixture
def readers(peru_update):
    subscribe(peru_update, "rosa@example.net", name="Rosa Quispe")
    subscribe(peru_update, "jose@example.net", name="José Díaz")
    return peru_update


@pytest.fixture
def counted_campaign(readers, outbox):
    """A campaign sent to two readers with counting on; its messages by address."""
    counting(True)
    campaign = make_campaign(readers, introduction=INTRODUCTION)
    send(campaign)
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.SENT
    return campaign, {message["To"].addresses[0].addr_spec: message for message in outbox()}


# --- off by default -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_counting_is_off_by_default_and_then_nothing_is_rewritten(readers, outbox):
    assert NewsletterSettings.for_site(Site.objects.get(is_default_site=True)).track_opens_and_clicks is False
    campaign = make_campaign(readers, introduction=INTRODUCTION)
    send(campaign)

    messages = outbox()
    assert len(messages) == 2
    for message in messages:
        html, text = parts(message)
        assert "/newsletters/c/" not in html + text and "/newsletters/o/" not in html + text
        assert 'width="1" height="1"' not in html
        assert f'href="{article(APEC).full_url}"' in html and f"Read more: {article(APEC).full_url}" in text
        assert 'href="https://www.example.org/report?a=1&amp;b=2"' in html
    assert not CampaignLink.objects.exists()
    assert Campaign.objects.get(pk=campaign.pk).opens == 0


# --- on: the same addresses for everyone ----------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_when_on_links_and_the_image_are_the_same_for_every_recipient(counted_campaign):
    campaign, messages = counted_campaign
    apec = article(APEC).full_url
    stored = dict(CampaignLink.objects.filter(campaign=campaign).values_list("url", "position"))
    assert apec in stored and "https://www.example.org/report?a=1&b=2" in stored
    assert not any(url.startswith("mailto:") or "%%" in url or "/newsletters/preferences/" in url for url in stored)
    assert sorted(stored.values()) == list(range(len(stored)))  # one number per distinct address

    found = {}
    for address, message in messages.items():
        html, text = parts(message)
        page = BeautifulSoup(html, "html.parser")
        hrefs = [a["href"] for a in page.find_all("a", href=True)]
        for href in hrefs:  # every web link is counted, but the reader's own two and mail
            assert (
                re.fullmatch(rf"http://localhost/newsletters/c/{campaign.pk}/\d+/", href)
                or re.match(r"http://localhost/newsletters/(preferences|unsubscribe)/", href)
                or href.startswith("mailto:")
            ), href
        assert "mailto:press@perusupportgroup.example" in hrefs
        assert apec not in html and apec not in text  # the article only through the counter
        assert f"Read more: http://localhost/newsletters/c/{campaign.pk}/{stored[apec]}/" in text
        assert f"(http://localhost/newsletters/c/{campaign.pk}/{stored['https://www.example.org/report?a=1&b=2']}/)" in text
        image = page.find_all("img")[-1]
        assert image["src"] == f"http://localhost/newsletters/o/{campaign.pk}.gif"
        assert (image["alt"], image["width"], image["height"]) == ("", "1", "1")
        assert html.rstrip().endswith("</html>") and html.index(image["src"]) > html.index("Manage your newsletters")
        found[address] = (COUNTING.findall(html), COUNTING.findall(text))

    rosa, jose = found["rosa@example.net"], found["jose@example.net"]
    assert rosa == jose and rosa[0] and rosa[1]  # identical in both copies, in the same order
    everything = " ".join(rosa[0] + rosa[1])
    for personal in ("rosa", "jose", "Quispe", "example.net"):
        assert personal not in everything


@pytest.mark.django_db(transaction=True)
def test_a_click_is_counted_and_goes_on_to_the_article(client, counted_campaign, count_queries):
    campaign, messages = counted_campaign
    apec = article(APEC).full_url
    link = CampaignLink.objects.get(campaign=campaign, url=apec)
    before = snapshot(without={"newsletters.CampaignLink": {"clicks"}})

    with count_queries() as queries:
        response = client.get(f"/newsletters/c/{campaign.pk}/{link.position}/")
    assert len(queries) <= 2
    assert response.status_code == 302 and response["Location"] == apec
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies and not client.cookies
    client.get(f"/newsletters/c/{campaign.pk}/{link.position}/")
    link.refresh_from_db()
    assert link.clicks == 2
    assert CampaignLink.objects.exclude(pk=link.pk).filter(clicks__gt=0).count() == 0
    assert snapshot(without={"newsletters.CampaignLink": {"clicks"}}) == before  # no session, no log, nothing


@pytest.mark.django_db(transaction=True)
def test_the_image_counts_an_open_and_stores_nothing_else(client, counted_campaign, count_queries):
    campaign, _messages = counted_campaign
    before = snapshot(without={"newsletters.Campaign": {"opens"}})

    with count_queries() as queries:
        response = client.get(f"/newsletters/o/{campaign.pk}.gif", HTTP_USER_AGENT="Mail/1.0", REMOTE_ADDR="203.0.113.9")
    assert len(queries) <= 2
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert response.content == PIXEL and len(response.content) == 43 and response.content.startswith(b"GIF89a")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies and not client.cookies
    client.get(f"/newsletters/o/{campaign.pk}.gif")
    assert Campaign.objects.get(pk=campaign.pk).opens == 2
    assert snapshot(without={"newsletters.Campaign": {"opens"}}) == before
    dump = repr(snapshot(without={}))
    assert "203.0.113.9" not in dump and "Mail/1.0" not in dump


@pytest.mark.django_db(transaction=True)
def test_unknown_links_are_not_found_and_nothing_leads_elsewhere(client, counted_campaign):
    campaign, _messages = counted_campaign
    last = CampaignLink.objects.filter(campaign=campaign).order_by("-position").first()
    draft = make_campaign(campaign.newsletters.first(), subject="Not sent yet")

    assert client.get(f"/newsletters/c/{campaign.pk}/{last.position + 1}/").status_code == 404
    assert client.get(f"/newsletters/c/{draft.pk}/0/").status_code == 404
    assert client.get(f"/newsletters/c/{campaign.pk + 1000}/0/").status_code == 404
    assert client.get("/newsletters/c/x/0/").status_code == 404
    assert client.get(f"/newsletters/c/{campaign.pk}/-1/").status_code == 404
    assert client.get(f"/newsletters/c/{campaign.pk}/0/https://evil.example/").status_code == 404
    assert client.get(f"/newsletters/c/{campaign.pk}//evil.example/").status_code == 404
    crafted = client.get(f"/newsletters/c/{campaign.pk}/0/", {"next": "https://evil.example/", "url": "//evil.example"})
    assert crafted.status_code == 302 and crafted["Location"] == CampaignLink.objects.get(campaign=campaign, position=0).url
    assert "evil.example" not in crafted["Location"]
    assert client.get(f"/newsletters/o/{draft.pk}.gif").status_code == 404  # nothing was sent, nothing to count
    assert client.get(f"/newsletters/o/{campaign.pk + 1000}.gif").status_code == 404
    assert client.post(f"/newsletters/o/{campaign.pk}.gif").status_code == 405
    assert client.head(f"/newsletters/c/{campaign.pk}/0/").status_code == 302  # link checkers: not a click
    assert Campaign.objects.get(pk=draft.pk).opens == 0 and Campaign.objects.get(pk=campaign.pk).opens == 0
    assert list(CampaignLink.objects.filter(clicks__gt=0).values_list("position", "clicks")) == [(0, 1)]  # the crafted GET only


# --- copies for nobody in particular never count -------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_previews_and_test_sends_neither_count_nor_store_links(client, editor, peru_update, outbox):
    counting(True)
    campaign = make_campaign(peru_update, introduction=INTRODUCTION)
    request = RequestFactory().get("/admin/")
    request.user = editor
    for mode in ("html", "text"):  # Wagtail's live preview
        preview = campaign.serve_preview(request, mode).content.decode()
        assert "/newsletters/c/" not in preview and "/newsletters/o/" not in preview
        assert "http://testserver/articles/peru-hosts-apec/" in preview
    html = client.get(f"{CAMPAIGNS}email/{campaign.pk}/html/").content.decode()
    text = client.get(f"{CAMPAIGNS}email/{campaign.pk}/text/").content.decode()
    assert 'href="http://testserver/articles/peru-hosts-apec/"' in html
    assert "/newsletters/c/" not in html + text and "/newsletters/o/" not in html + text

    client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "test"})
    run_worker()
    [message] = outbox()
    html, text = parts(message)
    assert "/newsletters/c/" not in html + text and "/newsletters/o/" not in html + text
    assert not CampaignLink.objects.exists() and Campaign.objects.get(pk=campaign.pk).opens == 0


@pytest.mark.django_db(transaction=True)
def test_after_sending_the_admin_copy_and_the_web_version_do_not_count(client, editor, counted_campaign):
    campaign, _messages = counted_campaign
    assert "/newsletters/c/" in campaign.rendered_html and "/newsletters/o/" in campaign.rendered_html
    apec = article(APEC)
    for url in (f"{CAMPAIGNS}email/{campaign.pk}/html/", f"/newsletter-archive/{campaign.pk}/"):
        html = client.get(url).content.decode()
        assert "/newsletters/c/" not in html and "/newsletters/o/" not in html, url
        page = BeautifulSoup(html, "html.parser")
        assert page.find("a", string=apec.title)["href"].endswith("/articles/peru-hosts-apec/")
        assert page.find("a", string="new report")["href"] == "https://www.example.org/report?a=1&b=2"
    text = client.get(f"{CAMPAIGNS}email/{campaign.pk}/text/").content.decode()
    assert "/newsletters/c/" not in text and "Read more: http://localhost/articles/peru-hosts-apec/" in text
    assert Campaign.objects.get(pk=campaign.pk).opens == 0
    assert not CampaignLink.objects.filter(clicks__gt=0).exists()


def test_switching_counting_off_again_stops_rewriting(readers, demo_site):
    from tribuna.newsletters.rendering import render_campaign

    counting(True)
    campaign = make_campaign(readers)
    assert "/newsletters/c/" in render_campaign(campaign, base_url="https://peru.example.org/", for_sending=True).html
    counting(False)
    again = make_campaign(readers)
    rendered = render_campaign(again, base_url="https://peru.example.org/", for_sending=True)
    assert "/newsletters/c/" not in rendered.html + rendered.text and "/newsletters/o/" not in rendered.html
    assert not CampaignLink.objects.filter(campaign=again).exists()


def test_rendering_twice_reuses_the_stored_links(readers, demo_site):
    from tribuna.newsletters.rendering import render_campaign

    counting(True)
    campaign = make_campaign(readers)
    first = render_campaign(campaign, base_url="https://peru.example.org/", for_sending=True)
    CampaignLink.objects.filter(campaign=campaign, position=0).update(clicks=3)
    second = render_campaign(campaign, base_url="https://peru.example.org/", for_sending=True)
    assert first == second
    assert CampaignLink.objects.filter(campaign=campaign).count() == len(set(COUNTING.findall(first.html))) - 1
    assert CampaignLink.objects.get(campaign=campaign, position=0).clicks == 3


# --- the admin ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_campaign_record_shows_opens_and_clicks_most_clicked_first(client, editor, peru_update):
    campaign = make_campaign(peru_update, state=CampaignState.SENT, started_at=timezone.now())
    quiet = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/").content.decode()
    assert "Opened" not in quiet and "Opens and clicks" not in quiet  # nothing counted, nothing shown

    Campaign.objects.filter(pk=campaign.pk).update(opens=1234)
    CampaignLink.objects.bulk_create([
        CampaignLink(campaign=campaign, position=0, url="http://localhost/articles/peru-hosts-apec/", clicks=7),
        CampaignLink(campaign=campaign, position=1, url="https://www.example.org/report", clicks=42),
        CampaignLink(campaign=campaign, position=2, url="http://localhost/newsletter-archive/", clicks=0),
    ])
    page = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/").content.decode()
    assert "Opened 1,234 times (counted only when images load; not unique readers)" in page
    section = BeautifulSoup(page, "html.parser").find("section", attrs={"aria-labelledby": "campaign-engagement"})
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in section.select("tbody tr")]
    assert rows == [
        ["https://www.example.org/report", "42"],
        ["http://localhost/articles/peru-hosts-apec/", "7"],
        ["http://localhost/newsletter-archive/", "0"],
    ]


def test_the_setting_says_what_is_counted_and_asks_for_the_privacy_notice():
    field = NewsletterSettings._meta.get_field("track_opens_and_clicks")
    assert field.default is False
    help_text = str(field.help_text)
    assert "opened" in help_text and "link" in help_text and "never who" in help_text
    assert "privacy notice must say so" in help_text


# --- the privacy notice ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_has_a_privacy_notice_linked_from_every_footer(client, demo_site):
    privacy = StandardPage.objects.live().get(slug="privacy")
    assert privacy.title == "Privacy" and not privacy.show_in_menus
    response = client.get("/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    text = BeautifulSoup(html, "html.parser").find("main").get_text(" ", strip=True)
    for fact in ("Gift Aid", "six years", "HMRC", "Stripe", "consent", "own mail server", "opened", "totals",
                 "nothing from other companies", content.SITE["contact_email"]):
        assert fact in text, fact
    assert BeautifulSoup(html, "html.parser").find("a", href="/account/") is not None
    for url in ("/", "/articles/peru-hosts-apec/", "/no-such-page/"):
        footer = BeautifulSoup(client.get(url).content.decode(), "html.parser").find("footer")
        assert footer.find("a", href="/privacy/", string="Privacy") is not None, url
    assert validate_html({"privacy": html}) == {"privacy": []}
