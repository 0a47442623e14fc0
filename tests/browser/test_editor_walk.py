"""An editor signs in to Wagtail, writes an article with a lead image and publishes it,
then schedules another one; a reader (not signed in) sees each when it is live."""

import datetime as dt
import re

import pytest
import time_machine
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EDITOR_EMAIL = "editor@example.org"


@pytest.fixture
def editor_password(superuser):
    return superuser(EDITOR_EMAIL)


@pytest.fixture
def reader(new_tab, live_site):
    """A second browser, never signed in, that refuses off-machine requests."""
    return new_tab()


@pytest.fixture
def lead_jpeg(tmp_path):
    from PIL import Image, ImageDraw

    path = tmp_path / "march-in-lima.jpg"
    image = Image.new("RGB", (1200, 675), (176, 58, 46))
    ImageDraw.Draw(image).rectangle((300, 200, 900, 475), fill=(240, 220, 180))
    image.save(path, "JPEG", quality=85)
    return path


# --- the editor ------------------------------------------------------------------------


def sign_in(page, password):
    page.goto("/admin/login/")
    page.get_by_label(re.compile(r"^\s*e-?mail", re.I)).fill(EDITOR_EMAIL)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("button", name="Pages")).to_be_visible()


def open_new_article_form(page):
    """Pages menu → Home → "All articles" → Add child page (only articles fit there)."""
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="View child pages of 'Home'").click()
    page.get_by_role("dialog").get_by_role("link", name="All articles", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_contain_text("All articles")
    page.get_by_role("link", name="Add child page").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/news/articlepage/\d+/$"))
    expect(page.get_by_role("heading", name="New: Article")).to_have_count(1)


def write_article(page, *, title, standfirst, article_type, paragraph):
    page.get_by_role("textbox", name="Title").fill(title)
    page.get_by_role("combobox", name="Type").select_option(label=article_type)
    page.get_by_role("textbox", name="Standfirst").fill(standfirst)
    page.get_by_role("listbox", name="Topics").select_option(label=["Human rights", "Politics"])

    body = page.get_by_role("region", name="Body")
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Paragraph", exact=True).click()
    editor = body.get_by_role("textbox")
    expect(editor).to_be_focused()
    editor.press_sequentially(paragraph)
    expect(editor).to_have_text(paragraph)
    # Draftail saves into the form field a moment after typing stops; publishing
    # before that would send an empty paragraph, so wait for the saved value.
    expect(page.locator('input[name="body-0-value"]')).to_have_value(re.compile(re.escape(paragraph[:30])))


def upload_lead_image(page, path, *, title, description):
    lead = page.get_by_role("region", name="Lead image")
    lead.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name="Choose an image")).to_be_visible()
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("File").set_input_files(path)
    chooser.get_by_role("textbox", name="Title").fill(title)
    chooser.get_by_role("textbox", name="Description").fill(description)
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    expect(lead).to_contain_text(title)
    expect(lead.get_by_role("button", name="Choose an image")).to_be_hidden()


def publish(page, title):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    # Wagtail may autosave a slow editor's new page as a draft first; then it says "has been published".
    done = re.compile(rf"Page '{re.escape(title)}' (created and published|has been published)\.")
    expect(page.get_by_role("status").get_by_text(done)).to_be_visible()


def set_go_live(page, when: str):
    """Status side panel → "Set schedule" → Go live date/time → "Save schedule"."""
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.get_by_role("dialog", name="Set publishing schedule")
    expect(dialog).to_be_visible()
    go_live = dialog.get_by_role("textbox", name="Go live date/time")
    go_live.fill(when)
    # The calendar pops up over the dialog's button; click away from it to close it.
    picker = page.locator(".xdsoft_datetimepicker").filter(visible=True)
    expect(picker).to_have_count(1)
    dialog.get_by_role("heading", name="Set publishing schedule").click()
    expect(picker).to_have_count(0)
    expect(go_live).to_have_value(when)
    dialog.get_by_role("button", name="Save schedule").click()


# --- the reader --------------------------------------------------------------------


def expect_image_loaded(img):
    img.scroll_into_view_if_needed()
    expect(img).to_be_visible()
    img.page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img.element_handle())


def latest_articles(page):
    return page.get_by_role("region", name="Latest articles")


def test_editor_publishes_an_article_with_a_lead_image(live_site, browser_page, editor_password, reader, lead_jpeg):
    from tribuna.news.models import ArticlePage

    title = "Lima march for the disappeared"
    standfirst = "Thousands walked through central Lima to ask where the disappeared are buried."
    paragraph = "Families carried photographs of relatives who vanished during the conflict."

    # A reader checks the home page first: nothing by that name yet.
    reader.goto("/")
    expect(latest_articles(reader)).to_be_visible()
    expect(reader.get_by_role("link", name=title)).to_have_count(0)

    page = browser_page
    sign_in(page, editor_password)
    open_new_article_form(page)
    write_article(page, title=title, standfirst=standfirst, article_type="Analysis", paragraph=paragraph)
    upload_lead_image(page, lead_jpeg, title="March in Lima", description="Marchers holding photographs")
    publish(page, title)
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))  # back in "All articles"
    expect(page.get_by_role("main").get_by_role("link", name=title, exact=True)).to_be_visible()

    article = ArticlePage.objects.get(title=title)
    assert article.live and article.article_type == "analysis"
    assert article.lead_image is not None and article.lead_image.title == "March in Lima"
    assert paragraph in str(article.body)
    assert sorted(t.name for t in article.topics.all()) == ["Human rights", "Politics"]

    # The reader reloads the home page: the new article heads "Latest articles".
    reader.reload()
    latest = latest_articles(reader)
    expect(latest.get_by_role("link", name=title, exact=True)).to_be_visible()
    expect(latest.locator(".card-title").first).to_have_text(title)

    # "All articles": the newest card, with the uploaded image as its thumbnail.
    reader.get_by_role("main").get_by_role("link", name="All articles", exact=True).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("All articles")
    card = reader.get_by_role("main").locator(".card").first
    expect(card.get_by_role("link", name=title, exact=True)).to_be_visible()
    expect(card.locator(".card-standfirst")).to_have_text(standfirst)
    thumbnail = card.locator("img")
    expect(thumbnail).to_have_attribute("src", re.compile(r"/media/images/.+\.webp$"))
    expect_image_loaded(thumbnail)

    # And the article itself.
    card.get_by_role("link", name=title, exact=True).click()
    expect(reader).to_have_url(re.compile(rf"/articles/{re.escape(article.slug)}/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.locator(".standfirst")).to_have_text(standfirst)
    expect(reader.locator(".article-body")).to_contain_text(paragraph)
    expect(reader.locator(".article-kicker")).to_have_text("Analysis")
    lead = reader.get_by_role("img", name="Marchers holding photographs")
    expect_image_loaded(lead)

    assert reader.third_party_requests == []
    assert page.third_party_requests == []  # the editor's admin too: no Gravatar, no CDN


def test_editor_schedules_an_article_and_the_clock_publishes_it(live_site, browser_page, editor_password, reader):
    from django.utils import timezone

    from tribuna.base.clock import Clock
    from tribuna.news.models import ArticlePage

    title = "Congress to vote on NGO law"
    standfirst = "A bill giving a state agency new powers over NGOs comes to a vote next week."
    paragraph = "Human rights groups say the bill would let the state shut down its critics."

    page = browser_page
    sign_in(page, editor_password)
    open_new_article_form(page)
    write_article(page, title=title, standfirst=standfirst, article_type="News", paragraph=paragraph)

    # The editor's clock is the site's time zone (Europe/London), to the minute.
    wanted = timezone.localtime(timezone.now() + dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    set_go_live(page, wanted.strftime("%Y-%m-%d %H:%M"))
    # "Save schedule" saves a draft; the schedule takes effect with "Schedule to publish".
    saved = re.compile(rf"Page '{re.escape(title)}' (created|has been updated)\.")  # after an autosave: updated
    expect(page.get_by_role("status").get_by_text(saved)).to_be_visible()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Schedule to publish").click()
    expect(page.get_by_text(re.compile(rf"Page '{re.escape(title)}' .*scheduled"))).to_be_visible()

    article = ArticlePage.objects.get(title=title)
    assert not article.live
    assert article.go_live_at == wanted, (article.go_live_at, wanted)
    revision = article.latest_revision
    assert revision.approved_go_live_at == wanted

    # Before its time the reader sees nothing of it, on the home page or in the archive.
    reader.goto("/")
    expect(latest_articles(reader)).to_be_visible()
    expect(reader.get_by_role("link", name=title)).to_have_count(0)
    reader.get_by_role("main").get_by_role("link", name="All articles", exact=True).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("All articles")
    expect(reader.get_by_role("link", name=title)).to_have_count(0)

    # The worker's clock comes round a minute after the go-live time.
    with time_machine.travel(wanted + dt.timedelta(minutes=1), tick=False):
        assert "publish scheduled pages" in Clock().tick()
    article.refresh_from_db()
    assert article.live

    reader.goto("/")
    latest = latest_articles(reader)
    expect(latest.get_by_role("link", name=title, exact=True)).to_be_visible()
    latest.get_by_role("link", name=title, exact=True).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.locator(".article-body")).to_contain_text(paragraph)

    assert reader.third_party_requests == []
