"""Everyone gets every e-mail in their own language, links included."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tribuna.members.models import Consent, Member, Plan
from tribuna.newsletters.models import Newsletter, Subscriber

pytestmark = pytest.mark.django_db(transaction=True)  # mail goes out on commit


@pytest.fixture
def site(demo_site, fresh_rate_limits):
    return demo_site


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def links_in(message) -> list[str]:
    return re.findall(r"https?://[^/\s]+(/\S*)", text_of(message))


def spanish(text: str, **values) -> str:
    with translation.override("es"):
        return gettext(text) % values if values else gettext(text)


def join_in_spanish(client, email="lucia@example.net"):
    plan = Plan.objects.get(slug="individual")
    response = client.post(
        "/es/hagase-socio/",
        {"plan": plan.pk, "name": "Lucía Mamani", "email": email, "payment_method": "standing_order", "newsletter": "on"},
    )
    assert response.status_code == 302
    return Member.objects.get(email=email)


def test_joining_in_spanish_means_spanish_mail_and_a_spanish_consent(client, site, outbox):
    member = join_in_spanish(client)
    assert member.language == "es"
    welcome = outbox()[-1]
    assert welcome["Subject"].strip() == spanish(
        "Welcome to %(name)s: please confirm your e-mail", name="Peru Support Group"
    )
    assert links_in(welcome) and all(link.startswith("/es/account/") for link in links_in(welcome))
    # The dues are written the Spanish way, the symbol after the number.
    assert "una orden permanente de pago de 30,00 £ (" in " ".join(text_of(welcome).split())
    # What they agreed to is recorded in the words they were shown.
    consent = Consent.objects.get(member=member)
    assert consent.wording == spanish("Yes, send me the newsletter by e-mail. I can unsubscribe at any time.")
    # Their newsletter subscription reads Spanish too.
    assert Subscriber.objects.get(member=member).language == "es"


def test_a_member_who_changes_language_gets_mail_in_the_new_one(client, site, outbox):
    member = join_in_spanish(client)
    client.force_login(member.user)
    response = client.post(
        "/es/account/", {"name": member.name, "address": "", "postcode": "", "language": "en-gb"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.language == "en-gb"
    assert Subscriber.objects.get(member=member).language == "en-gb"

    client.logout()
    client.post("/es/account/sign-in/", {"email": member.email})  # asked from a Spanish page
    link_mail = outbox()[-1]
    assert link_mail["To"].addresses[0].addr_spec == member.email
    assert all(not link.startswith("/es/") for link in links_in(link_mail))
    assert "Dear Lucía Mamani," in text_of(link_mail)


def test_a_spanish_reader_confirms_a_subscription_in_spanish(client, site, outbox):
    update = Newsletter.objects.get(slug="peru-update")
    response = client.post(
        "/es/newsletters/", {"email": "ana@example.net", "name": "Ana", "newsletters": [update.pk]}
    )
    assert response.status_code in (200, 302)
    confirm = outbox()[-1]
    assert Subscriber.objects.get(email="ana@example.net").language == "es"
    assert any(link.startswith("/es/newsletters/confirm/") for link in links_in(confirm))
    assert "Actualidad del Perú" in text_of(confirm)  # the newsletter's Spanish name
