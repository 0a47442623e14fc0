"""A reader follows a name in an article to that person's page, and on from there."""

import re

import pytest
from playwright.sync_api import expect

from support.html_checks import axe_violations

pytestmark = pytest.mark.browser


def test_reader_goes_from_the_apec_article_to_xi_jinping_and_on_to_peru(live_site, browser_page):
    page = browser_page
    page.goto("/articles/peru-hosts-apec/")
    body = page.locator(".article-body")
    expect(body.get_by_role("link", name="Xi Jinping")).to_have_count(1)
    body.get_by_role("link", name="Xi Jinping").click()

    expect(page).to_have_url(re.compile(r"/actors/xi-jinping/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Xi Jinping")
    timeline = page.get_by_role("region", name="In our articles")
    year = timeline.get_by_role("region", name=re.compile("^2016"))
    expect(year.get_by_role("link", name="Peru hosts APEC")).to_be_visible()
    alongside = page.locator(".co-mentioned")
    expect(alongside.get_by_role("link", name="Peru", exact=True)).to_be_visible()
    # The map names its connections for people who cannot see it.
    expect(page.get_by_role("group", name=re.compile("^Connections of Xi Jinping"))).to_be_visible()
    assert axe_violations(page) == []

    alongside.get_by_role("link", name="Peru", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Peru")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Per[uú]$"))
    expect(page).to_have_url(re.compile(r"/es/actores/peru/$"))
