import pytest, secrets
from playwright.sync_api import expect
pytestmark = pytest.mark.browser
from test_reader_walk import wagtail_tree, live_site  # noqa

def test_explore(live_site, browser_page):
    from django.contrib.auth import get_user_model
    pw = secrets.token_urlsafe(16)
    get_user_model().objects.create_superuser(email="editor@example.org", password=pw)
    page = browser_page
    page.goto("/admin/login/")
    page.screenshot(path="/tmp/explore/login.png")
    open("/tmp/explore/login.html","w").write(page.content())
    for lab in page.locator("label").all():
        print("LABEL", lab.inner_text())
    page.get_by_label("Email").fill("editor@example.org")
    page.get_by_label("Password").fill(pw)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.screenshot(path="/tmp/explore/dash.png")
    page.get_by_role("button", name="Pages").click()
    page.screenshot(path="/tmp/explore/pages_menu.png")
    open("/tmp/explore/dash.html","w").write(page.content())
