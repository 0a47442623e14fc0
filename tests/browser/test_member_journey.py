"""A visitor joins from the home page, confirms by the e-mailed link and sees their pending
membership; the membership secretary records their standing order in Wagtail's admin; the
member then sees it active, downloads their data and closes the account."""

import datetime as dt
import email
import json
import re
import secrets
from email import policy

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

STAFF_EMAIL = "secretary@example.org"
MEMBER_NAME = "Rosa Quispe"
MEMBER_EMAIL = "rosa@example.net"


@pytest.fixture
def outbox(settings, tmp_path):
    """The outbox backend writes into this test's folder; returns a reader of its messages.

    The live server runs in this process, so it sees the changed settings."""
    settings.EMAIL_BACKEND = "tribuna.mail.outbox.OutboxBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "outbox"

    def messages():
        folder = settings.EMAIL_FILE_PATH
        paths = sorted(folder.glob("*.eml")) if folder.exists() else []
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in paths]

    return messages


@pytest.fixture
def fresh_rate_limits(live_site):
    from django.core.cache import caches

    caches["ratelimit"].clear()


@pytest.fixture
def staff_password(live_site):
    """A superuser for this test only; the live server shares the test's database."""
    from django.contrib.auth import get_user_model

    password = secrets.token_urlsafe(18)
    get_user_model().objects.create_superuser(email=STAFF_EMAIL, password=password)
    return password


@pytest.fixture
def staff(chromium, live_site):
    """The membership secretary's own browser, apart from the member's."""
    from support.browser import block_third_party

    context = chromium.new_context(base_url=live_site.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.third_party_requests = block_third_party(context)
    yield page
    context.close()


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def same_day_next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


# --- the member ----------------------------------------------------------------------


def join(page):
    """Home → "Become a member" → the join form → "Check your e-mail"."""
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name="Become a member", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Become a member")
    page.get_by_role("radio", name=re.compile(r"^Individual\b")).check()
    page.get_by_role("textbox", name="Full name").fill(MEMBER_NAME)
    page.get_by_role("textbox", name="E-mail address").fill(MEMBER_EMAIL)
    page.get_by_role("radio", name=re.compile(r"^Standing order")).check()
    page.get_by_role("checkbox", name=re.compile(r"send me the newsletter")).check()
    page.get_by_role("button", name="Join", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")


def facts(page):
    """The account page's list of facts: name, status, plan, paid up to, reference."""
    return page.get_by_role("main").locator("dl.facts").first


def fact(page, term):
    return facts(page).locator("dt", has_text=term).locator("xpath=following-sibling::dd[1]")


# --- the membership secretary ----------------------------------------------------------


def sign_in_to_admin(page, password):
    page.goto("/admin/login/")
    page.get_by_label(re.compile(r"^\s*e-?mail", re.I)).fill(STAFF_EMAIL)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_visitor_joins_pays_by_standing_order_and_closes_the_account(
    live_site, fresh_rate_limits, outbox, browser_page, staff, staff_password
):
    from django.utils import timezone
    from django.utils.dateformat import format as date_format

    from tribuna.members.models import Member, Status

    page = browser_page

    # 1. The visitor joins.
    join(page)
    member = Member.objects.get(email=MEMBER_EMAIL)
    assert member.status == Status.PENDING

    # 2. The welcome message: bank details, the payment reference and a sign-in link.
    [welcome] = outbox()
    assert welcome["To"] == MEMBER_EMAIL
    body = text_of(welcome)
    assert "12345678" in body and member.payment_reference in body
    link = re.search(r"https?://\S+", body).group(0)
    assert link.startswith(live_site.url + "/")

    # 3. The link opens a page with a "Sign in" button; pressing it opens the account.
    page.goto(link)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your membership")
    expect(fact(page, "Status")).to_have_text("Pending")
    expect(fact(page, "Payment reference")).to_have_text(member.payment_reference)
    how_to_pay = page.get_by_role("region", name="How to pay")
    expect(how_to_pay).to_be_visible()
    expect(how_to_pay).to_contain_text("12345678")
    expect(how_to_pay).to_contain_text(member.payment_reference)

    # 4. The secretary records the standing order in the admin.
    paid_on = timezone.localdate()
    sign_in_to_admin(staff, staff_password)
    staff.screenshot(path="/tmp/admin-home.png", full_page=True)
    staff.get_by_role("link", name="Members").click()
    expect(staff.get_by_role("heading", level=1)).to_have_text("Members")
    staff.get_by_role("textbox", name="Search term").fill(member.payment_reference)
    row = staff.get_by_role("row").filter(has=staff.get_by_role("link", name=MEMBER_NAME, exact=True))
    expect(row).to_have_count(1)
    expect(staff).to_have_url(re.compile(r"[?&]q="))
    print("URL", staff.url)
    row.get_by_role("button", name=f"More options for '{MEMBER_NAME}'").click()
    row.get_by_role("link", name="Inspect", exact=True).click()
    staff.wait_for_load_state()
    print("URL", staff.url)
    open("/tmp/inspect.yaml", "w").write(staff.get_by_role("main").aria_snapshot())
    staff.get_by_role("link", name="Record a payment").click()
    staff.wait_for_load_state()
    open("/tmp/record.yaml", "w").write(staff.get_by_role("main").aria_snapshot())
    staff.screenshot(path="/tmp/record.png", full_page=True)
