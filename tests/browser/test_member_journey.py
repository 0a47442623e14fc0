"""A visitor joins from the home page and confirms by the e-mailed link; the membership
secretary records their standing order in Wagtail's admin; the member then sees the
membership active, downloads their data and closes the account."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

STAFF_EMAIL = "secretary@example.org"
MEMBER_NAME = "Rosa Quispe"
MEMBER_EMAIL = "rosa@example.net"
ACCOUNT_NUMBER = "12345678"  # the demo site's bank details


@pytest.fixture
def staff_password(superuser):
    return superuser(STAFF_EMAIL)


@pytest.fixture
def staff(new_tab, live_site):
    """The membership secretary's own browser, apart from the member's."""
    return new_tab()


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def same_day_next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: the membership runs to 28 February
        return day.replace(year=day.year + 1, day=28)


def definition(scope, term: str):
    """The <dd> after the <dt> that reads exactly `term`."""
    label = scope.locator("dt").filter(has_text=re.compile(rf"^\s*{re.escape(term)}\s*$"))
    return label.locator("xpath=following-sibling::dd[1]")


# --- the member ----------------------------------------------------------------------


def join(page):
    """Home → "Become a member" → the join form → "Check your e-mail"."""
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name="Become a member", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Become a member")
    form = page.get_by_role("main").locator("form.member-form")
    form.get_by_role("radio", name=re.compile(r"^Individual\b")).check()
    form.get_by_role("textbox", name=re.compile(r"^Full name")).fill(MEMBER_NAME)
    form.get_by_role("textbox", name=re.compile(r"^E-mail address")).fill(MEMBER_EMAIL)
    form.get_by_role("radio", name=re.compile(r"^Standing order")).check()
    form.get_by_role("checkbox", name=re.compile(r"send me the newsletter")).check()
    form.get_by_role("button", name="Join", exact=True).click()
    expect(page).to_have_url(re.compile(r"/become-a-member/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")


def account_facts(page):
    return page.get_by_role("main").locator("dl.facts").first


# --- the membership secretary ----------------------------------------------------------


def sign_in_to_admin(page, password):
    page.goto("/admin/login/")
    page.get_by_label(re.compile(r"^\s*e-?mail", re.I)).fill(STAFF_EMAIL)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def open_member_file(page, search: str):
    """Admin menu "Members" → search → the row's "More options" → "Inspect"."""
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Members", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Members")
    page.get_by_role("textbox", name="Search term").fill(search)
    # The list is searched as one types; the address bar shows the search once it has run.
    expect(page).to_have_url(re.compile(r"[?&]q=" + re.escape(search)))
    rows = page.get_by_role("main").get_by_role("table").get_by_role("row")
    row = rows.filter(has=page.get_by_role("link", name=MEMBER_NAME, exact=True))
    expect(row).to_have_count(1)
    expect(rows).to_have_count(2)  # the header and Rosa
    row.get_by_role("button", name=f"More options for '{MEMBER_NAME}'").click()
    row.get_by_role("link", name="Inspect", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Inspect: {MEMBER_NAME}")


def record_payment(page, received_on: dt.date):
    page.get_by_role("link", name="Record a payment").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Record a payment")
    expect(page.get_by_role("spinbutton", name=re.compile(r"^Amount"))).to_have_value("30.00")
    expect(page.get_by_role("combobox", name=re.compile(r"^Method"))).to_have_value("standing_order")
    page.get_by_role("textbox", name=re.compile(r"^Received on")).fill(received_on.isoformat())
    page.get_by_role("button", name="Record payment").click()


# --- the journey --------------------------------------------------------------------


def test_visitor_joins_pays_by_standing_order_and_closes_the_account(
    live_site, fresh_rate_limits, outbox, browser_page, staff, staff_password
):
    from django.utils import timezone
    from django.utils.dateformat import format as date_format

    from tribuna.members.models import Member, Status

    page = browser_page

    # 1. A visitor joins from the home page.
    join(page)
    member = Member.objects.get(email=MEMBER_EMAIL)
    assert member.status == Status.PENDING
    reference = member.payment_reference

    # 2. The welcome message has the bank details, the payment reference and a link.
    [welcome] = outbox()
    assert welcome["To"] == MEMBER_EMAIL
    body = text_of(welcome)
    assert ACCOUNT_NUMBER in body and reference in body
    link = re.search(r"https?://\S+", body).group(0)
    assert link.startswith(live_site.url + "/"), link

    # 3. The link shows a "Sign in" button (mail scanners must not use the link up).
    page.goto(link)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url(re.compile(r"/account/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your membership")
    facts = account_facts(page)
    expect(definition(facts, "Status")).to_have_text("Pending")
    expect(definition(facts, "Payment reference")).to_have_text(reference)
    how_to_pay = page.get_by_role("region", name="How to pay")
    expect(how_to_pay).to_be_visible()
    expect(how_to_pay).to_contain_text(ACCOUNT_NUMBER)
    expect(how_to_pay).to_contain_text(reference)

    # 4. The membership secretary, in another browser, records the standing order.
    paid_on = timezone.localdate()
    paid_up_to = same_day_next_year(paid_on)
    sign_in_to_admin(staff, staff_password)
    open_member_file(staff, reference)
    expect(definition(staff.get_by_role("main"), "Status")).to_have_text("Pending")
    record_payment(staff, paid_on)
    expect(staff).to_have_url(re.compile(rf"/admin/members/inspect/{member.pk}/$"))
    payment = member.payments.get()
    receipt = payment.receipt_number
    assert re.fullmatch(r"R\d{6}", receipt)
    done = re.compile(rf"Payment {receipt} recorded; {MEMBER_NAME} is active until")
    expect(staff.get_by_role("status").get_by_text(done)).to_be_visible()
    expect(definition(staff.get_by_role("main"), "Status")).to_have_text("Active")

    member.refresh_from_db()
    assert (member.status, member.expires_on) == (Status.ACTIVE, paid_up_to)
    assert re.match(rf"Receipt {receipt}\b", outbox()[-1]["Subject"])

    # 5. The member reloads their account page: active, paid up for a year, a receipt.
    page.reload()
    facts = account_facts(page)
    expect(definition(facts, "Status")).to_have_text("Active")
    expect(definition(facts, "Paid up to")).to_have_text(date_format(paid_up_to, "j F Y"))
    expect(page.get_by_role("region", name="How to pay")).to_have_count(0)
    payments = page.get_by_role("region", name="Payments")
    row = payments.get_by_role("row").filter(has=page.get_by_role("link", name=receipt, exact=True))
    expect(row).to_have_count(1)
    expect(row).to_contain_text("30.00")
    expect(row).to_contain_text("Standing order")

    # 6. They download their data, then close the account.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download all your data (JSON)").click()
    download = download_info.value
    assert download.suggested_filename == f"membership-{reference}.json"
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["member"]["email"] == MEMBER_EMAIL
    assert data["member"]["status"] == "active"
    assert [(p["receipt"], p["amount"], p["method"]) for p in data["payments"]] == [(receipt, "30.00", "standing_order")]

    page.get_by_role("link", name="Close your account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Close your account")
    page.get_by_role("button", name="Close my account and erase my data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is closed")

    page.goto("/account/")
    expect(page).to_have_url(re.compile(r"/account/sign-in/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to your membership")

    member.refresh_from_db()
    assert (member.status, member.email, member.name) == (Status.CANCELLED, "", "")

    # 7. Nothing was fetched from anywhere but this site.
    assert page.third_party_requests == []
    assert staff.third_party_requests == []
