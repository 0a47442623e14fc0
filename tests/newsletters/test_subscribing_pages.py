"""The subscribe form is in the footer of every page, and every newsletter page a reader
sees is valid HTML with labelled fields."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from support.html_checks import validate_html
from tribuna.newsletters import links
from tribuna.newsletters.models import Newsletter, Subscriber, SubscriberStatus, Subscription


@pytest.fixture
def reader(demo_site):
    subscriber = Subscriber.objects.create(email="reader@example.net", name="Reader", status=SubscriberStatus.UNCONFIRMED)
    Subscription.objects.create(subscriber=subscriber, newsletter=Newsletter.objects.get(slug="peru-update"))
    return subscriber


def path(url: str) -> str:
    return urlsplit(url).path


def html(response) -> str:
    return response.content.decode()


def assert_every_field_is_labelled(document: str):
    page = BeautifulSoup(document, "html.parser")
    for field in page.select("input:not([type=hidden]), select, textarea"):
        assert field.get("id") and page.find("label", attrs={"for": field["id"]}), field


@pytest.mark.parametrize("url", ["/", "/articles/peru-hosts-apec/", "/articles/", "/no-such-page/"])
def test_the_footer_offers_the_newsletter(client, demo_site, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    box = page.select_one("footer .subscribe-box")
    assert box.h2.get_text() == "Get Peru Update by e-mail"
    form = box.form
    assert form["action"] == "/newsletters/" and form["method"] == "post"
    assert form.select_one("input[name=newsletters][type=hidden]")["value"] == str(Newsletter.objects.get(slug="peru-update").pk)
    assert form.select_one("input[name=source]")["value"] == url
    assert form.select_one("input[name=csrfmiddlewaretoken]") is None  # no cookie on every page
    wording = form.find(id="footer-subscribe-wording")
    assert "unsubscribe at any time" in wording.get_text()
    assert form.button["aria-describedby"] == "footer-subscribe-wording"
    assert_every_field_is_labelled(str(form))


def test_each_page_names_itself_as_the_source_though_the_form_is_made_once(client, demo_site):
    """The footer form is remembered once per language; each page still gets its own
    address, escaped."""
    for url, source in [("/", "/"), ("/articles/", "/articles/"), ("/a%22%3Cb/", '/a"<b/'), ("/", "/")]:
        document = html(client.get(url))
        form = BeautifulSoup(document, "html.parser").select_one("footer .subscribe-box form")
        assert form.select_one("input[name=source]")["value"] == source, url
        assert '"<b' not in document


def test_reader_pages_are_valid_html(client, reader):
    documents = {
        "home": html(client.get("/")),
        "article": html(client.get("/articles/peru-hosts-apec/")),
        "newsletters": html(client.get("/newsletters/")),
        "newsletters-invalid": html(client.post("/newsletters/", {"email": "nobody(at)example", "newsletters": ["999"]})),
        "thanks": html(client.get("/newsletters/thanks/")),
        "confirm": html(client.get(path(links.confirmation_url(reader)))),
        "subscribed": html(client.post(path(links.confirmation_url(reader)))),
        "already-subscribed": html(client.get(path(links.confirmation_url(reader)))),
        "preferences": html(client.get(path(links.preferences_url(reader)))),
        "preferences-invalid": html(client.post(path(links.preferences_url(reader)), {"newsletters": ["999"], "language": "xx"})),
        "unsubscribe": html(client.get(path(links.one_click_url(reader)))),
        "unsubscribed": html(client.post(path(links.one_click_url(reader)), {"List-Unsubscribe": "One-Click"})),
        "link-invalid": html(client.get("/newsletters/preferences/1.forged/")),
    }
    Newsletter.objects.create(name="Briefings", slug="briefings", description="Longer papers.")
    documents["article-two-newsletters"] = html(client.get("/articles/peru-hosts-apec/"))
    documents["newsletters-two-invalid"] = html(client.post("/newsletters/", {"email": "reader@example.net"}))

    assert "Please choose at least one newsletter." in documents["newsletters-two-invalid"]
    assert "Please check the e-mail address" in documents["newsletters-invalid"]
    for name, document in documents.items():
        assert_every_field_is_labelled(document)
        page = BeautifulSoup(document, "html.parser")
        assert len(page.select("form.subscribe-form")) <= 1, name
        ids = [tag["id"] for tag in page.select("[id]")]
        assert len(ids) == len(set(ids)), name
    assert validate_html(documents) == {name: [] for name in documents}


def test_the_demo_has_two_newsletters_and_a_postal_address(demo_site):
    import io

    from tribuna.demo.builder import build_demo
    from tribuna.newsletters.models import Audience, NewsletterSettings

    newsletters = {n.slug: n for n in Newsletter.objects.all()}
    assert set(newsletters) == {"peru-update", "members-bulletin"}
    assert newsletters["peru-update"].audience == Audience.EVERYONE and newsletters["peru-update"].description
    assert newsletters["members-bulletin"].audience == Audience.MEMBERS and newsletters["members-bulletin"].description
    assert "PO Box" in NewsletterSettings.objects.get().postal_address

    settings = NewsletterSettings.objects.get()
    settings.postal_address = "Edited by staff"
    settings.save()
    build_demo(stdout=io.StringIO())
    assert Newsletter.objects.count() == 2
    assert NewsletterSettings.objects.get().postal_address == "Edited by staff"
