"""A reader subscribes from a page's footer: double opt-in, and every way the form is misused."""

import datetime as dt

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from tribuna.newsletters import links, subscriptions
from tribuna.newsletters.models import (
    Audience,
    Newsletter,
    NewsletterSettings,
    Subscriber,
    SubscriberConsent,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)

# Confirmation mail goes out when the subscribe transaction commits.
pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = "/articles/peru-hosts-apec/"
ADDRESS = "ana.flores@example.net"


@pytest.fixture
def site(demo_site, fresh_rate_limits):
    return demo_site


@pytest.fixture
def peru_update(site):
    return Newsletter.objects.get(slug="peru-update")


def footer_form(client, path=ARTICLE):
    page = BeautifulSoup(client.get(path).content, "html.parser")
    return page.select_one("footer form.subscribe-form")


def form_data(form, **values):
    """What a browser would post from `form` after filling in `values`."""
    data = {}
    for field in form.select("input"):
        name = field.get("name")
        if not name or field.get("type") == "checkbox":
            continue
        data.setdefault(name, []).append(field.get("value", ""))
    for name, value in values.items():
        data[name] = value if isinstance(value, list) else [value]
    return data


def subscribe(client, email=ADDRESS, path=ARTICLE, **values):
    form = footer_form(client, path)
    return client.post(form["action"], form_data(form, email=email, **values))


def test_subscribe_from_an_article_then_confirm(client, peru_update, outbox, link_in, mail_text):
    form = footer_form(client)
    assert form["action"] == "/newsletters/"
    response = client.post(form["action"], form_data(form, email="Ana.Flores@Example.NET", name="Ana Flores"))
    assert response.status_code == 302 and response["Location"] == "/newsletters/thanks/"
    thanks = client.get(response["Location"])
    assert "Check your e-mail" in thanks.content.decode()

    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.name, subscriber.status) == (ADDRESS, "Ana Flores", SubscriberStatus.UNCONFIRMED)
    assert subscriber.language == "en-gb"
    assert list(subscriber.newsletters.all()) == [peru_update]
    [consent] = SubscriberConsent.objects.filter(subscriber=subscriber)
    wording = NewsletterSettings.objects.get().subscribe_wording
    assert (consent.given, consent.newsletter, consent.wording) == (True, peru_update, wording)
    assert consent.source == "http://testserver" + ARTICLE

    [message] = outbox()
    assert message["To"] == ADDRESS
    assert "confirm" in message["Subject"].lower() and "Peru Support Group" in message["Subject"]
    assert "Peru Update" in mail_text(message)
    assert message.get_body(preferencelist=("html",)) is not None
    link = link_in(message, "/newsletters/confirm/")

    # Opening the link (as a mail scanner would) changes nothing: it shows a button.
    page = client.get(link)
    assert page.status_code == 200 and "Yes, subscribe me" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNCONFIRMED

    done = client.post(link)
    assert done.status_code == 200
    assert "You are subscribed" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.SUBSCRIBED and subscriber.confirmed_at is not None
    preferences = BeautifulSoup(done.content, "html.parser").find("a", string="Change your newsletters or unsubscribe")
    assert preferences["href"] == links.preferences_url(subscriber, base_url="http://testserver/")

    # The link used again is harmless, and says so.
    again = client.post(link)
    assert again.status_code == 200 and "You are already subscribed" in again.content.decode()
    assert "already subscribed" in client.get(link).content.decode()
    assert len(outbox()) == 1


def test_at_most_one_mail_an_hour_per_address(client, peru_update, outbox, link_in):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert subscribe(client).status_code == 302
        assert subscribe(client).status_code == 302
        assert len(outbox()) == 1
        assert Subscriber.objects.get().confirmation_sent_at == start
    with time_machine.travel(start + dt.timedelta(minutes=59), tick=False):
        assert subscribe(client).status_code == 302
        assert len(outbox()) == 1
    with time_machine.travel(start + dt.timedelta(minutes=61), tick=False):
        assert subscribe(client).status_code == 302
        assert len(outbox()) == 2
        client.post(link_in(outbox()[-1], "/newsletters/confirm/"))
        assert Subscriber.objects.get().status == SubscriberStatus.SUBSCRIBED
        # Subscribed now: asking again gives the same answer and, within the hour, no mail.
        assert subscribe(client)["Location"] == "/newsletters/thanks/"
        assert len(outbox()) == 2
    with time_machine.travel(start + dt.timedelta(minutes=125), tick=False):
        assert subscribe(client)["Location"] == "/newsletters/thanks/"
        [*_, reminder] = outbox()
        assert len(outbox()) == 3
        assert "already" in reminder["Subject"]
        assert link_in(reminder, "/newsletters/preferences/")
    assert Subscriber.objects.get().status == SubscriberStatus.SUBSCRIBED


def test_rate_limits_per_address_and_per_ip(client, peru_update, outbox):
    for _ in range(3):
        assert subscribe(client).status_code == 302
    refused = subscribe(client)
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()

    for number in range(6):  # ten attempts from this IP in all
        assert subscribe(client, email=f"reader{number}@example.net").status_code == 302
    assert subscribe(client, email="one.more@example.net").status_code == 429
    assert not Subscriber.objects.filter(email="one.more@example.net").exists()
    assert len(outbox()) == 7


def test_the_honeypot_catches_bots_quietly(client, peru_update, outbox):
    response = subscribe(client, website="http://cheap-pills.example")
    assert response.status_code == 302 and response["Location"] == "/newsletters/thanks/"
    assert not Subscriber.objects.exists()
    assert outbox() == []


def test_an_invalid_address_shows_the_form_again_with_what_was_typed(client, peru_update, outbox):
    response = subscribe(client, email="ana.flores(at)example", name="Ana Flores")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Newsletters"
    field = page.select_one("main input[name=email]")
    assert field["value"] == "ana.flores(at)example"
    assert field["aria-invalid"] == "true"
    error = page.find(id=field["aria-describedby"])
    assert "Please check the e-mail address" in error.get_text()
    assert page.select_one("main input[name=name]")["value"] == "Ana Flores"
    assert page.select_one("[role=alert]") is not None
    assert not Subscriber.objects.exists() and outbox() == []


def test_suppressed_and_complaining_addresses_get_the_same_answer_and_no_mail(client, peru_update, outbox):
    Suppression.objects.create(email=ADDRESS, reason=SuppressionReason.HARD_BOUNCE)
    complained = Subscriber.objects.create(email="cross@example.net", status=SubscriberStatus.COMPLAINED)

    assert subscribe(client, email=ADDRESS.upper())["Location"] == "/newsletters/thanks/"
    assert subscribe(client, email="cross@example.net")["Location"] == "/newsletters/thanks/"

    assert outbox() == []
    assert not Subscriber.objects.filter(email=ADDRESS).exists()
    complained.refresh_from_db()
    assert complained.status == SubscriberStatus.COMPLAINED
    assert not complained.subscriptions.exists() and not complained.consents.exists()


def test_forged_altered_and_expired_confirmation_links_change_nothing(client, peru_update, outbox, link_in):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        subscribe(client)
        link = link_in(outbox()[0], "/newsletters/confirm/")
    subscriber = Subscriber.objects.get()
    token = link.rstrip("/").rsplit("/", 1)[1]
    sid, stamp, signature = token.split(".")
    other = Subscriber.objects.create(email="someone.else@example.net")

    forged = [
        f"/newsletters/confirm/{sid}.{stamp}.{signature[:-2]}xx/",  # altered signature
        f"/newsletters/confirm/{other.pk}.{stamp}.{signature}/",  # someone else's id
        f"/newsletters/confirm/{sid}.{stamp}/",  # incomplete
        "/newsletters/confirm/nonsense/",
    ]
    for url in forged:
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 400, url
            page = BeautifulSoup(response.content, "html.parser")
            assert page.h1.get_text() == "This link does not work"
            assert page.select_one("main form.subscribe-form input[name=email]") is not None  # subscribe again

    with time_machine.travel(start + dt.timedelta(days=7, minutes=1), tick=False):
        assert client.get(link).status_code == 400
        assert client.post(link).status_code == 400
    with time_machine.travel(start + dt.timedelta(days=6, hours=23), tick=False):
        assert client.get(link).status_code == 200  # still valid until the seventh day ends

    subscriber.refresh_from_db()
    other.refresh_from_db()
    assert subscriber.status == other.status == SubscriberStatus.UNCONFIRMED
    assert subscriber.confirmed_at is None


def test_an_old_confirmation_link_does_not_resubscribe_someone_who_left(client, peru_update, outbox, link_in):
    subscribe(client)
    link = link_in(outbox()[0], "/newsletters/confirm/")
    subscriber = Subscriber.objects.get()
    subscriptions.unsubscribe_all(subscriber, source="test")
    assert client.post(link).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_several_public_newsletters_are_offered_as_checkboxes(client, peru_update, outbox, mail_text):
    briefings = Newsletter.objects.create(name="Briefings", slug="briefings", description="Longer papers.", sort_order=5)
    bulletin = Newsletter.objects.get(audience=Audience.MEMBERS)

    form = footer_form(client)
    boxes = form.select("input[type=checkbox][name=newsletters]")
    assert [box["value"] for box in boxes] == [str(peru_update.pk), str(briefings.pk)]
    for box in boxes:
        assert form.find("label", attrs={"for": box["id"]}) is not None

    nothing = client.post("/newsletters/", form_data(form, email=ADDRESS))
    assert nothing.status_code == 200
    assert "Please choose at least one newsletter." in nothing.content.decode()
    fieldset = BeautifulSoup(nothing.content, "html.parser").select_one("main fieldset.subscribe-choices")
    assert "Please choose" in fieldset.find(id=fieldset["aria-describedby"]).get_text()

    members_only = client.post("/newsletters/", form_data(form, email=ADDRESS, newsletters=[str(bulletin.pk)]))
    assert members_only.status_code == 200
    assert "Please choose from the newsletters listed." in members_only.content.decode()
    assert not Subscriber.objects.exists()

    both = client.post("/newsletters/", form_data(form, email=ADDRESS, newsletters=[str(peru_update.pk), str(briefings.pk)]))
    assert both.status_code == 302
    assert set(Subscriber.objects.get().newsletters.all()) == {peru_update, briefings}
    assert SubscriberConsent.objects.filter(given=True).count() == 2
    [message] = outbox()
    assert "Peru Update" in mail_text(message) and "Briefings" in mail_text(message)


def test_the_newsletters_page_lists_them_and_subscribes(client, peru_update, outbox):
    page = BeautifulSoup(client.get("/newsletters/").content, "html.parser")
    assert "Peru Update" in page.select_one("main").get_text()
    assert peru_update.description in page.select_one("main").get_text()
    assert "Members' bulletin" not in page.select_one("main").get_text()
    assert page.select_one("footer form.subscribe-form") is None  # one form per page
    form = page.select_one("main form.subscribe-form")
    response = client.post(form["action"], form_data(form, email=ADDRESS))
    assert response.status_code == 302
    assert Subscriber.objects.get().consents.get().source == "http://testserver/newsletters/"
    assert len(outbox()) == 1


def test_no_public_newsletter_no_form(client, site):
    Newsletter.objects.filter(audience=Audience.EVERYONE).update(offered_publicly=False)
    assert footer_form(client, "/") is None
    assert "no newsletter to offer" in client.get("/newsletters/").content.decode()
