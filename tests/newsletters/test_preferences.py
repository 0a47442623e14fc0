"""The signed links in every newsletter: preferences without signing in, RFC 8058 one-click
unsubscribe, the mailto alternative; and what forged or stale links do (nothing)."""

import time
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from tribuna.newsletters import links
from tribuna.newsletters.models import (
    Audience,
    Campaign,
    Delivery,
    DeliveryState,
    Newsletter,
    NewsletterSettings,
    Subscriber,
    SubscriberConsent,
    SubscriberStatus,
    Subscription,
)

ADDRESS = "lucia@example.net"


@pytest.fixture
def peru_update(demo_site):
    return Newsletter.objects.get(slug="peru-update")


@pytest.fixture
def briefings(demo_site):
    return Newsletter.objects.create(name="Briefings", slug="briefings", description="Longer papers.", sort_order=5)


@pytest.fixture
def lucia(peru_update):
    subscriber = Subscriber.objects.create(
        email=ADDRESS, name="Lucía", status=SubscriberStatus.SUBSCRIBED, confirmed_at=timezone.now()
    )
    Subscription.objects.create(subscriber=subscriber, newsletter=peru_update)
    return subscriber


def path_of(url: str) -> str:
    return urlsplit(url).path


def test_preferences_page_changes_subscriptions_and_records_consent(client, lucia, peru_update, briefings):
    url = path_of(links.preferences_url(lucia))
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert ADDRESS in page.select_one("main").get_text()
    boxes = {box["value"]: box for box in page.select("main input[name=newsletters]")}
    assert set(boxes) == {str(peru_update.pk), str(briefings.pk)}  # not the members' bulletin
    assert boxes[str(peru_update.pk)].has_attr("checked") and not boxes[str(briefings.pk)].has_attr("checked")
    assert page.select_one("main input[name=name]")["value"] == "Lucía"

    response = client.post(url, {"newsletters": [str(briefings.pk)], "name": "Lucía Quispe", "language": "en-gb"})
    assert response.status_code == 302 and response["Location"] == url + "?saved=1"
    assert "Your choices are saved." in client.get(response["Location"]).content.decode()

    lucia.refresh_from_db()
    assert list(lucia.newsletters.all()) == [briefings]
    assert (lucia.name, lucia.status) == ("Lucía Quispe", SubscriberStatus.SUBSCRIBED)
    consents = {(c.newsletter.slug, c.given): c for c in SubscriberConsent.objects.filter(subscriber=lucia)}
    assert set(consents) == {("briefings", True), ("peru-update", False)}
    assert consents[("briefings", True)].wording == NewsletterSettings.objects.get().subscribe_wording
    assert consents[("briefings", True)].source.startswith("http://testserver/newsletters/")

    # Nothing ticked is unsubscribing from everything.
    assert client.post(url, {"name": "Lucía Quispe", "language": "en-gb"}).status_code == 302
    lucia.refresh_from_db()
    assert lucia.status == SubscriberStatus.UNSUBSCRIBED and not lucia.subscriptions.exists()

    # The same page brings them back, no confirmation needed: the link came to their mailbox.
    client.post(url, {"newsletters": [str(peru_update.pk)], "name": "Lucía Quispe", "language": "en-gb"})
    lucia.refresh_from_db()
    assert lucia.status == SubscriberStatus.SUBSCRIBED and list(lucia.newsletters.all()) == [peru_update]


def test_preferences_refuse_newsletters_not_offered(client, lucia, peru_update):
    bulletin = Newsletter.objects.get(audience=Audience.MEMBERS)
    url = path_of(links.preferences_url(lucia))
    response = client.post(url, {"newsletters": [str(bulletin.pk)], "name": "", "language": "en-gb"})
    assert response.status_code == 400
    assert "Please choose from the newsletters listed." in response.content.decode()
    assert list(lucia.newsletters.all()) == [peru_update]


@pytest.fixture
def campaign(lucia, peru_update):
    campaign = Campaign.objects.create(subject="Peru Update: week 47")
    campaign.newsletters.set([peru_update])
    Delivery.objects.create(campaign=campaign, subscriber=lucia, email=lucia.email, state=DeliveryState.SENT)
    return campaign


def test_one_click_post_unsubscribes_at_once(lucia, campaign):
    mail_provider = Client(enforce_csrf_checks=True)  # no cookies, no CSRF token: the token is the authentication
    url = path_of(links.one_click_url(lucia, campaign.pk))
    response = mail_provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()

    lucia.refresh_from_db()
    assert lucia.status == SubscriberStatus.UNSUBSCRIBED and not lucia.subscriptions.exists()
    delivery = Delivery.objects.get()
    assert delivery.unsubscribed_at is not None
    [consent] = SubscriberConsent.objects.filter(subscriber=lucia)
    assert not consent.given and consent.newsletter.slug == "peru-update"
    assert consent.source == f"one-click unsubscribe (campaign {campaign.pk})"

    # Posting again changes nothing more, and still answers 200.
    stamp = delivery.unsubscribed_at
    assert mail_provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded").status_code == 200
    assert Delivery.objects.get().unsubscribed_at == stamp
    assert SubscriberConsent.objects.filter(subscriber=lucia).count() == 1


def test_one_click_get_only_asks(client, lucia, campaign):
    url = path_of(links.one_click_url(lucia, campaign.pk))
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    form = page.select_one("main form")
    assert form["method"] == "post"
    assert form.select_one("input[name=List-Unsubscribe]")["value"] == "One-Click"
    assert form.find("button", string="Unsubscribe from all newsletters") is not None
    client.head(url)
    lucia.refresh_from_db()
    assert lucia.status == SubscriberStatus.SUBSCRIBED and lucia.subscriptions.count() == 1
    assert Delivery.objects.get().unsubscribed_at is None


def altered(token: str) -> str:
    """The same token with its last character changed (whatever that character was)."""
    return token[:-1] + ("B" if token.endswith("A") else "A")


def test_forged_or_stale_links_show_a_clear_page_and_change_nothing(client, lucia, peru_update, campaign):
    other = Subscriber.objects.create(email="other@example.net", status=SubscriberStatus.SUBSCRIBED)
    preferences = links.preferences_token(lucia)
    unsubscribe = links.unsubscribe_token(lucia, campaign.pk)
    sid, cid, signature = unsubscribe.split(".")
    bad = [
        f"/newsletters/preferences/{altered(preferences)}/",
        f"/newsletters/preferences/{other.pk}.{preferences.split('.')[1]}/",
        f"/newsletters/preferences/{lucia.pk}/",
        f"/newsletters/unsubscribe/{sid}.{cid}.{altered(signature)}/",
        f"/newsletters/unsubscribe/{other.pk}.{cid}.{signature}/",
        f"/newsletters/unsubscribe/{sid}.{int(cid) + 1}.{signature}/",  # another campaign
        f"/newsletters/unsubscribe/{sid}..{signature}/",
        "/newsletters/unsubscribe/%20/",
    ]
    for url in bad:
        for response in (client.get(url), client.post(url, {"List-Unsubscribe": "One-Click", "name": "X", "language": "en-gb"})):
            assert response.status_code == 400, url
            page = BeautifulSoup(response.content, "html.parser")
            assert page.h1.get_text() == "This link does not work"
            assert page.select_one("main form input[name=email]") is not None

    # A link dies with the address it was sent to, and with the subscriber record.
    old = path_of(links.one_click_url(lucia))
    Subscriber.objects.filter(pk=lucia.pk).update(email="lucia.new@example.net")
    assert client.post(old, {"List-Unsubscribe": "One-Click"}).status_code == 400
    gone = Subscriber.objects.create(email="gone@example.net", status=SubscriberStatus.SUBSCRIBED)
    gone_link = path_of(links.preferences_url(gone))
    gone.delete()
    assert client.get(gone_link).status_code == 400

    for person in (lucia, other):
        person.refresh_from_db()
        assert person.status == SubscriberStatus.SUBSCRIBED
    assert lucia.subscriptions.count() == 1
    assert not SubscriberConsent.objects.exists()
    assert Delivery.objects.get().unsubscribed_at is None


@pytest.fixture
def fresh_site_root():
    """The site's address is cached per process: start and end this test without it."""
    links.site_root_url.cache_clear()
    yield
    links.site_root_url.cache_clear()


def test_links_are_absolute_from_the_default_site_and_cost_no_queries(
    lucia, settings, django_assert_num_queries, fresh_site_root
):
    assert links.site_root_url() == "http://localhost"
    settings.NEWSLETTER_UNSUBSCRIBE_ADDRESS = "leave@psg.example.org"
    with django_assert_num_queries(0):
        preferences = links.preferences_url(lucia)
        one_click = links.one_click_url(lucia, 42)
        mailto = links.unsubscribe_mailto(lucia, 42)
        headers = links.list_unsubscribe_headers(lucia, 42, base_url="https://psg.example.org/")
    assert preferences.startswith("http://localhost/newsletters/preferences/")
    assert one_click.startswith("http://localhost/newsletters/unsubscribe/")
    assert mailto == f"mailto:leave@psg.example.org?subject=unsubscribe%20{links.unsubscribe_token(lucia, 42)}"
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"] == (
        f"<https://psg.example.org/newsletters/unsubscribe/{links.unsubscribe_token(lucia, 42)}/>, <{mailto}>"
    )
    assert links.read_unsubscribe_token(f"unsubscribe {links.unsubscribe_token(lucia, 42)}") == (lucia, 42)
    assert links.read_unsubscribe_token(links.unsubscribe_token(lucia)) == (lucia, None)
    assert links.read_preferences_token(links.preferences_token(lucia)) == lucia

    settings.NEWSLETTER_UNSUBSCRIBE_ADDRESS = ""
    settings.DEFAULT_FROM_EMAIL = "Peru Support Group <news@psg.example.org>"
    assert links.unsubscribe_mailto(lucia).startswith("mailto:news@psg.example.org?subject=unsubscribe%20")

    # A changed site address is picked up without a restart.
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "psg.example.org", 443
    site.save()
    assert links.preferences_url(lucia).startswith("https://psg.example.org/newsletters/preferences/")


def test_links_are_cheap_enough_for_a_big_campaign(lucia):
    links.site_root_url()
    started = time.perf_counter()
    for campaign_id in range(5000):
        links.preferences_url(lucia)
        links.one_click_url(lucia, campaign_id)
        links.unsubscribe_mailto(lucia, campaign_id)
    per_recipient = (time.perf_counter() - started) / 5000
    assert per_recipient < 0.0005, f"{per_recipient * 1e6:.0f} µs per recipient"  # 100,000 in under a minute, easily
