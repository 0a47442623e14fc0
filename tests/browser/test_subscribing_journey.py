"""A reader subscribes from the footer of an article, confirms from the e-mail, receives
an issue, opens their preferences from it, and unsubscribes with the one-click request
their mail program sends."""

import re

import pytest
from playwright.sync_api import expect

from support.html_checks import axe_violations

pytestmark = pytest.mark.browser

ARTICLE = "/articles/peru-hosts-apec/"
READER_EMAIL = "ana.flores@example.net"


def assert_no_axe_violations(page, where: str):
    violations = axe_violations(page)
    assert violations == [], f"axe violations on {where}:\n" + "\n".join(violations)


def send_an_issue(site_url: str):
    """What an editor's "Send now" sets off, and the worker's sending loop, run here."""
    from tribuna.base.serving import follow_local_address
    from tribuna.news.models import ArticlePage
    from tribuna.newsletters import sending
    from tribuna.newsletters.delivery import Dispatcher
    from tribuna.newsletters.models import Campaign, CampaignArticle, Newsletter

    follow_local_address(site_url)  # as `tribuna run` does: links lead back to this server
    campaign = Campaign.objects.create(subject="Peru Update: the week in Lima")
    campaign.newsletters.set([Newsletter.objects.get(slug="peru-update")])
    campaign.save()
    CampaignArticle.objects.create(campaign=campaign, article=ArticlePage.objects.get(slug="peru-hosts-apec"))
    sending.start(campaign)
    Dispatcher(idle_wait=0).run(until_idle=True)


def test_reader_subscribes_confirms_and_unsubscribes(live_site, fresh_rate_limits, outbox, browser_page):
    from tribuna.newsletters.models import Subscriber, SubscriberStatus

    page = browser_page

    # 1. The footer of an article offers the weekly newsletter.
    page.goto(ARTICLE)
    box = page.get_by_role("contentinfo").get_by_role("region", name="Get Peru Update by e-mail")
    expect(box).to_be_visible()
    assert_no_axe_violations(page, ARTICLE)
    box.get_by_role("textbox", name=re.compile(r"^E-mail address")).fill(READER_EMAIL)
    box.get_by_role("textbox", name="Name (optional)").fill("Ana Flores")
    box.get_by_role("button", name="Subscribe", exact=True).click()
    expect(page).to_have_url(re.compile(r"/newsletters/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    assert Subscriber.objects.get(email=READER_EMAIL).status == SubscriberStatus.UNCONFIRMED

    # 2. The confirmation message has a link back to this site.
    [message] = outbox()
    assert message["To"] == READER_EMAIL
    body = message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https?://\S+/newsletters/confirm/\S+", body).group(0)
    assert link.startswith(live_site.url + "/"), link

    # 3. Opening it shows a button; pressing it subscribes.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
    page.get_by_role("button", name="Yes, subscribe me").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    expect(page.get_by_role("main")).to_contain_text("Peru Update")
    assert Subscriber.objects.get(email=READER_EMAIL).status == SubscriberStatus.SUBSCRIBED

    # 4. The editors send this week's issue; the worker delivers it.
    send_an_issue(live_site.url)
    issue = outbox()[-1]
    assert issue["Subject"] == "Peru Update: the week in Lima"
    text = issue.get_body(preferencelist=("plain",)).get_content()
    assert "Ana Flores" in text
    preferences = re.search(r"https?://\S+/newsletters/preferences/\S+", text).group(0)
    one_click = re.search(r"<(https?://[^>]+)>", issue["List-Unsubscribe"]).group(1)
    assert issue["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # 5. The preferences link from the issue: the address, and the newsletter ticked.
    page.goto(preferences)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your newsletters")
    main = page.get_by_role("main")
    expect(main).to_contain_text(READER_EMAIL)
    expect(main.get_by_role("checkbox", name=re.compile(r"^Peru Update"))).to_be_checked()
    expect(main.get_by_role("textbox", name="Name (optional)")).to_have_value("Ana Flores")
    assert_no_axe_violations(page, "the preferences page")

    # 6. The mail program's "Unsubscribe" button posts the one-click request: it works at once.
    response = page.request.post(one_click, form={"List-Unsubscribe": "One-Click"})
    assert response.status == 200
    subscriber = Subscriber.objects.get(email=READER_EMAIL)
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    page.reload()
    expect(page.get_by_role("main").get_by_role("checkbox", name=re.compile(r"^Peru Update"))).not_to_be_checked()
    assert len(outbox()) == 2

    # 7. Nothing was fetched from anywhere but this site.
    assert page.third_party_requests == []
