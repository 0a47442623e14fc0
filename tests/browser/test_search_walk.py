"""A reader searches from the box in the header, narrows the results and follows one;
the feeds are announced in every page's head."""

import re

import pytest
from playwright.sync_api import expect

from support.html_checks import axe_violations

pytestmark = pytest.mark.browser


def test_reader_searches_narrows_and_reads(live_site, browser_page):
    page = browser_page
    page.goto("/articles/")
    header = page.get_by_role("banner")
    header.get_by_role("searchbox", name="Search articles and pages").fill("summits")
    header.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/search/\?q=summits$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search results for “summits”")
    main = page.get_by_role("main")
    first = main.locator(".search-results li").first
    expect(first.get_by_role("link")).to_have_text("Peru hosts APEC")
    expect(first.locator("mark").first).to_have_text(re.compile("^summits?$", re.IGNORECASE))
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)

    # Narrowing to reports leaves nothing, and says so.
    main.get_by_label("Type").select_option(label="Report")
    main.get_by_role("button", name="Search").click()
    expect(main.get_by_text("Nothing found for “summits”.")).to_be_visible()
    main.get_by_label("Type").select_option(label="All types")
    main.get_by_role("button", name="Search").click()

    main.get_by_role("link", name="Peru hosts APEC").click()
    expect(page).to_have_url(re.compile(r"/articles/peru-hosts-apec/$"))
    feeds = page.locator('head link[rel="alternate"][type]')
    expect(feeds).to_have_count(3)
    assert page.third_party_requests == []
