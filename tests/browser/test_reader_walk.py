"""A reader walks the demo site in a real browser: home, an article, the archive, a
topic, a key issue; the pages pass axe, work without JavaScript and print cleanly."""

import re

import pytest
from playwright.sync_api import expect

from support.html_checks import axe_violations

pytestmark = pytest.mark.browser


SITE_NAME = "Peru Support Group"
APEC_TITLE = "Peru hosts APEC"
APEC_PATH = "/articles/peru-hosts-apec/"


def panels(page):
    """The "About us" aside beside every page."""
    return page.get_by_role("complementary", name="About us")


def expect_shell(page):
    """Site name in the header and the four panels beside the content."""
    expect(page.get_by_role("banner").get_by_role("link", name=SITE_NAME, exact=True)).to_be_visible()
    expect(panels(page)).to_be_visible()
    expect(panels(page).get_by_role("heading", level=2)).to_have_count(4)
    for heading in panels(page).get_by_role("heading", level=2).all():
        expect(heading).to_be_visible()


def expect_apec_article(page):
    expect(page).to_have_url(re.compile(re.escape(APEC_PATH) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(APEC_TITLE)
    date = page.get_by_role("main").locator("header time")
    expect(date).to_have_text("13 November 2016")
    expect(date).to_have_attribute("datetime", "2016-11-13")


def card_dates(page) -> list[str]:
    """The machine-readable dates of the article cards in <main>, top to bottom."""
    return page.get_by_role("main").locator(".card time").evaluate_all(
        "nodes => nodes.map(node => node.getAttribute('datetime'))"
    )


def assert_no_axe_violations(page, where: str):
    violations = axe_violations(page)
    assert violations == [], f"axe violations on {where}:\n" + "\n".join(violations)


def test_reader_walks_from_home_to_a_key_issue(live_site, browser_page):
    page = browser_page
    main = page.get_by_role("main")

    # Home: site name, the four panels, the APEC article among the features.
    page.goto("/")
    expect(page).to_have_title(re.compile("^" + re.escape(SITE_NAME)))
    expect_shell(page)
    featured = page.get_by_role("region", name="Featured")
    expect(featured).to_be_visible()
    expect(page.get_by_role("region", name="Latest articles")).to_be_visible()
    assert_no_axe_violations(page, "the home page")

    featured.get_by_role("link", name=APEC_TITLE, exact=True).click()

    # The article.
    expect_apec_article(page)
    expect(page).to_have_title(f"{APEC_TITLE} | {SITE_NAME}")
    expect(main.get_by_role("img")).to_have_count(1)  # the lead image, with alt text
    expect(main.locator(".lead-image img")).to_have_attribute("alt", re.compile(r"\S"))
    expect_shell(page)
    topics = main.get_by_role("navigation", name="Topics")
    expect(topics.get_by_role("link")).to_have_text(["Economy and trade", "Politics"])
    assert_no_axe_violations(page, APEC_PATH)

    # "All articles": the archive, newest first, with a link to older articles.
    main.get_by_role("link", name="All articles", exact=True).click()
    expect(page).to_have_url(re.compile(r"/articles/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("All articles")
    expect(main.locator(".card")).to_have_count(12)
    dates = card_dates(page)
    assert dates == sorted(dates, reverse=True), dates
    pages = page.get_by_role("navigation", name="Pages")
    expect(pages).to_contain_text(re.compile(r"Page 1 of \d+"))
    older = pages.get_by_role("link", name="Older articles")
    expect(older).to_be_visible()
    expect(pages.get_by_role("link", name="Newer articles")).to_have_count(0)
    assert_no_axe_violations(page, "/articles/")

    # Page 2 carries on where page 1 stopped, still newest first.
    older.click()
    expect(page).to_have_url(re.compile(r"/articles/\?page=2$"))
    expect(pages).to_contain_text(re.compile(r"Page 2 of \d+"))
    expect(pages.get_by_role("link", name="Newer articles")).to_be_visible()
    expect(main.locator(".card").first).to_be_visible()
    second_dates = card_dates(page)
    assert second_dates == sorted(second_dates, reverse=True), second_dates
    assert second_dates[0] <= dates[-1], (dates, second_dates)

    # The filter form: APEC's topic and year find it again.
    main.get_by_label("Topic").select_option(label="Economy and trade")
    main.get_by_label("Year").select_option("2016")
    main.get_by_role("button", name="Show articles").click()
    expect(page).to_have_url(re.compile(r"topic=economy-and-trade"))
    expect(main.get_by_label("Topic")).to_have_value("economy-and-trade")
    expect(main.get_by_text("1 article", exact=True)).to_be_visible()
    main.get_by_role("link", name=APEC_TITLE, exact=True).click()
    expect_apec_article(page)

    # One of the article's topics: a page listing the articles on it.
    topics.get_by_role("link", name="Economy and trade", exact=True).click()
    expect(page).to_have_url(re.compile(r"/articles/topic/economy-and-trade/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Economy and trade")
    cards = main.locator(".card")
    expect(cards.first).to_be_visible()
    assert cards.count() >= 2
    expect(main.get_by_role("link", name=APEC_TITLE, exact=True)).to_be_visible()
    topic_dates = card_dates(page)
    assert topic_dates == sorted(topic_dates, reverse=True), topic_dates

    # The "Key issues" menu, then one key issue with the latest articles on its topic.
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Key issues", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Key issues")
    expect(nav.get_by_role("link", name="Key issues", exact=True)).to_have_attribute("aria-current", "page")
    main.get_by_role("link", name="Political system", exact=True).click()
    expect(page).to_have_url(re.compile(r"/key-issues/political-system/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Political system")
    latest = page.get_by_role("region", name=re.compile("^Latest on "))
    expect(latest).to_be_visible()
    expect(latest.locator(".card").first).to_be_visible()
    expect_shell(page)

    assert page.third_party_requests == []


def test_article_reads_without_javascript(live_site, chromium):
    from support.browser import block_third_party

    context = chromium.new_context(base_url=live_site.url, java_script_enabled=False)
    context.set_default_timeout(15_000)
    try:
        blocked = block_third_party(context)
        page = context.new_page()
        page.goto(APEC_PATH)
        expect_apec_article(page)
        expect(page.locator(".standfirst")).to_be_visible()
        expect(page.locator(".lead-image img")).to_be_visible()
        expect_shell(page)
        # Links still lead somewhere without scripts.
        page.get_by_role("main").get_by_role("link", name="All articles", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("All articles")
        assert blocked == []
    finally:
        context.close()


def test_print_hides_the_panels(live_site, browser_page):
    page = browser_page
    page.goto(APEC_PATH)
    expect_apec_article(page)
    expect(panels(page)).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".panels")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
    # The article itself still prints.
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".article-body")).to_be_visible()
    page.emulate_media(media="screen")
    expect(page.locator(".panels")).to_be_visible()
