"""Members receive newsletters by the consent they gave when joining (or later), lose them
when they withdraw it, and leave no trace when they close their account."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tribuna.members.models import Consent, Member, Plan
from tribuna.newsletters import links
from tribuna.newsletters.models import Newsletter, Subscriber, SubscriberConsent, SubscriberStatus, Subscription

pytestmark = pytest.mark.django_db(transaction=True)

JOIN_URL = "/become-a-member/"
EMAIL = "rosa@example.net"


@pytest.fixture
def join_data(demo_site, fresh_rate_limits):
    return {
        "plan": str(Plan.objects.get(slug="individual").pk),
        "name": "Rosa Quispe",
        "email": EMAIL,
        "payment_method": "standing_order",
        "newsletter": "on",
    }


@pytest.fixture
def by_consent(demo_site):
    return set(Newsletter.objects.filter(members_by_consent=True))


def follow_sign_in_link(client, message, mail_text):
    link = re.search(r"http://testserver(\S+)", mail_text(message)).group(1)
    token = BeautifulSoup(client.get(link).content, "html.parser").find("input", attrs={"name": "sesame"})["value"]
    return client.post(link.split("?")[0], {"sesame": token})


def test_joining_with_consent_subscribes_once_the_address_is_confirmed(client, join_data, by_consent, outbox, mail_text):
    assert {n.slug for n in by_consent} == {"peru-update", "members-bulletin"}
    client.post(JOIN_URL, join_data)
    member = Member.objects.get(email=EMAIL)
    subscriber = Subscriber.objects.get(email=EMAIL)
    assert subscriber.member == member and subscriber.name == "Rosa Quispe"
    assert subscriber.status == SubscriberStatus.UNCONFIRMED  # the welcome link confirms the address
    assert set(subscriber.newsletters.all()) == by_consent
    consent = Consent.objects.get(member=member)
    recorded = SubscriberConsent.objects.filter(subscriber=subscriber)
    assert {(c.given, c.wording) for c in recorded} == {(True, consent.wording)}
    assert all(c.source.startswith("membership: http://testserver/become-a-member/") for c in recorded)
    [welcome] = outbox()  # no newsletter confirmation: the membership's own link does it

    assert follow_sign_in_link(client, welcome, mail_text).status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.SUBSCRIBED and subscriber.confirmed_at is not None
    assert len(outbox()) == 1


def test_withdrawing_consent_unsubscribes_and_giving_it_again_resubscribes(client, join_data, by_consent, outbox, mail_text):
    client.post(JOIN_URL, join_data)
    follow_sign_in_link(client, outbox()[0], mail_text)
    subscriber = Subscriber.objects.get(email=EMAIL)
    reader_list = Newsletter.objects.create(name="Briefings", slug="briefings", members_by_consent=False)
    Subscription.objects.create(subscriber=subscriber, newsletter=reader_list)

    assert client.post("/account/newsletter/", {"newsletter": "no"}).status_code == 302
    subscriber.refresh_from_db()
    assert list(subscriber.newsletters.all()) == [reader_list]  # what they chose themselves stays
    assert subscriber.status == SubscriberStatus.SUBSCRIBED
    withdrawn = SubscriberConsent.objects.filter(subscriber=subscriber, given=False)
    assert {c.newsletter for c in withdrawn} == by_consent

    Subscription.objects.filter(newsletter=reader_list).delete()
    client.post("/account/newsletter/", {"newsletter": "yes"})
    client.post("/account/newsletter/", {"newsletter": "no"})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED and not subscriber.subscriptions.exists()

    client.post("/account/newsletter/", {"newsletter": "yes"})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.SUBSCRIBED and set(subscriber.newsletters.all()) == by_consent


def test_a_members_own_choices_survive_signing_in_again(client, join_data, by_consent, outbox, mail_text):
    client.post(JOIN_URL, join_data)
    follow_sign_in_link(client, outbox()[0], mail_text)
    subscriber = Subscriber.objects.get(email=EMAIL)
    bulletin = Newsletter.objects.get(slug="members-bulletin")
    peru_update = Newsletter.objects.get(slug="peru-update")

    # Only the bulletin, please (the preferences page), then sign in again: still only the bulletin.
    prefs = urlsplit(links.preferences_url(subscriber)).path
    client.post(prefs, {"newsletters": [str(bulletin.pk)], "name": "Rosa Quispe", "language": "en-gb"})
    client.post("/account/sign-out/")
    client.post("/account/sign-in/", {"email": EMAIL})
    follow_sign_in_link(client, outbox()[-1], mail_text)
    assert list(Subscriber.objects.get(email=EMAIL).newsletters.all()) == [bulletin]

    # One-click unsubscribe from a newsletter withdraws the membership's newsletter consent too.
    unsubscribe = urlsplit(links.one_click_url(subscriber)).path
    assert client.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Consent.objects.filter(member__email=EMAIL).latest("recorded_at", "pk").given
    assert "You do not receive our newsletter." in client.get("/account/").content.decode()
    client.post("/account/sign-out/")
    client.post("/account/sign-in/", {"email": EMAIL})
    follow_sign_in_link(client, outbox()[-1], mail_text)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED and not subscriber.subscriptions.exists()
    assert peru_update not in subscriber.newsletters.all()


def test_joining_without_consent_subscribes_nobody_and_leaves_a_reader_alone(client, join_data, outbox):
    peru_update = Newsletter.objects.get(slug="peru-update")
    reader = Subscriber.objects.create(email=EMAIL, status=SubscriberStatus.SUBSCRIBED)
    Subscription.objects.create(subscriber=reader, newsletter=peru_update)
    client.post(JOIN_URL, {**join_data, "newsletter": ""})
    reader.refresh_from_db()
    assert reader.member == Member.objects.get(email=EMAIL)  # the same person, now linked
    assert list(reader.newsletters.all()) == [peru_update] and reader.status == SubscriberStatus.SUBSCRIBED

    client.post(JOIN_URL, {**join_data, "email": "other@example.net", "newsletter": ""})
    assert not Subscriber.objects.filter(email="other@example.net").exists()


def test_closing_the_account_erases_the_subscriber(client, join_data, outbox, mail_text):
    client.post(JOIN_URL, join_data)
    follow_sign_in_link(client, outbox()[0], mail_text)
    subscriber = Subscriber.objects.get(email=EMAIL)
    assert subscriber.status == SubscriberStatus.SUBSCRIBED

    client.post("/account/close/", {"confirm": "yes"})
    assert not Subscriber.objects.exists()
    assert not SubscriberConsent.objects.exists() and not Subscription.objects.exists()
    # Old links now lead to the "does not work" page, and change nothing.
    assert client.get(urlsplit(links.preferences_url(subscriber)).path).status_code == 400
