"""The public newsletter archive: sent campaigns with a web version, without personal links."""

import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from newsletter_factories import APEC, article, make_campaign
from support.html_checks import validate_html
from tribuna.newsletters import rendering
from tribuna.newsletters.models import CampaignState
from tribuna.newsletters.pages import ISSUES_PER_PAGE, NewsletterArchivePage

pytestmark = pytest.mark.django_db

ARCHIVE = "/newsletter-archive/"


def sent(newsletter, subject, *, days_ago=1, **fields):
    return make_campaign(
        newsletter, subject=subject, state=CampaignState.SENT, started_at=timezone.now() - dt.timedelta(days=days_ago), **fields
    )


@pytest.fixture
def campaigns(peru_update):
    return {
        "older": sent(peru_update, "Peru Update: October", days_ago=30),
        "newer": sent(peru_update, "Peru Update: November", days_ago=2),
        "private": sent(peru_update, "Not for the web", web_version=False),
        "draft": make_campaign(peru_update, subject="Still a draft"),
        "sending": make_campaign(peru_update, subject="Going out now", state=CampaignState.SENDING, started_at=timezone.now()),
    }


def test_the_archive_lists_sent_web_versions_newest_first(client, campaigns):
    response = client.get(ARCHIVE)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in page.select(".newsletter-issues h2 a")]
    assert titles == ["Peru Update: November", "Peru Update: October"]
    assert page.select_one(".newsletter-issues h2 a")["href"] == f"{ARCHIVE}{campaigns['newer'].pk}/"
    assert "What the summit means for Peru" in page.get_text()  # the preheader as a summary


def test_an_issue_shows_the_email_without_personal_links(client, campaigns):
    response = client.get(f"{ARCHIVE}{campaigns['newer'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert page.h1.get_text() == "Peru Update: November"
    assert "Hello," in html and "Dear" not in html and "%%" not in html
    assert page.find("a", string="Unsubscribe")["href"] == "http://testserver/newsletters/"
    assert page.find("a", string="Manage your newsletters")["href"] == "http://testserver/newsletters/"
    assert page.find("a", string="All newsletters")["href"] == ARCHIVE
    assert "in your browser" not in html
    assert page.find("a", string="Peru hosts APEC")["href"] == "http://testserver/articles/peru-hosts-apec/"


@pytest.mark.parametrize("which", ["private", "draft", "sending"])
def test_drafts_unsent_and_private_campaigns_are_not_shown(client, campaigns, which):
    assert client.get(f"{ARCHIVE}{campaigns[which].pk}/").status_code == 404
    assert campaigns[which].subject not in client.get(ARCHIVE).content.decode()


def test_an_issue_shows_what_was_sent_even_if_articles_changed_since(client, peru_update):
    campaign = sent(peru_update, "As it went out")
    rendered = rendering.render_campaign(campaign, base_url="https://peru.example.org/")
    campaign.rendered_html, campaign.rendered_text = rendered.html, rendered.text
    campaign.save()
    apec = article(APEC)
    apec.title = "Renamed later"
    apec.save_revision().publish()
    html = client.get(f"{ARCHIVE}{campaign.pk}/").content.decode()
    assert "Peru hosts APEC" in html and "Renamed later" not in html
    assert "%%" not in html and "Hello," in html


def test_the_archive_is_paginated(client, peru_update):
    for n in range(ISSUES_PER_PAGE + 1):
        sent(peru_update, f"Issue {n}", days_ago=n + 1)
    first = client.get(ARCHIVE).content.decode()
    assert "Issue 0<" in first and f"Issue {ISSUES_PER_PAGE}<" not in first and "?page=2" in first
    second = client.get(ARCHIVE, {"page": 2}).content.decode()
    assert f"Issue {ISSUES_PER_PAGE}<" in second and "Issue 0<" not in second
    assert client.get(ARCHIVE, {"page": 3}).status_code == 404
    assert client.get(ARCHIVE, {"page": "x"}).status_code == 404


def test_archive_pages_are_valid_html(client, campaigns):
    documents = {
        "archive": client.get(ARCHIVE).content.decode(),
        "issue": client.get(f"{ARCHIVE}{campaigns['newer'].pk}/").content.decode(),
    }
    assert validate_html(documents) == {name: [] for name in documents}


def test_an_empty_archive_says_so(client, demo_site):
    response = client.get(ARCHIVE)
    assert response.status_code == 200 and "No newsletters have been published here yet." in response.content.decode()


def test_the_demo_has_one_archive_page_however_often_it_is_built(demo_site):
    from tribuna.demo.builder import build_demo

    build_demo(stdout=io.StringIO())
    archive = NewsletterArchivePage.objects.get(locale__language_code="en-gb")
    assert archive.url == ARCHIVE and archive.live
    assert archive.issue_path(7) == f"{ARCHIVE}7/"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_archive_pages_pass_axe(live_site, new_tab):
    from support.html_checks import axe_violations
    from tribuna.newsletters.models import Newsletter

    issue = sent(Newsletter.objects.get(slug="peru-update"), "Peru Update: November")
    tab = new_tab()
    for url in [ARCHIVE, f"{ARCHIVE}{issue.pk}/"]:
        tab.goto(url)
        assert axe_violations(tab, impacts=("moderate", "serious", "critical")) == [], url
