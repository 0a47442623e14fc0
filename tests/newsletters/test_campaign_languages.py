"""A campaign with a Spanish version: each subscriber gets the copy in their language."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from newsletter_factories import APEC, make_campaign, make_newsletter, send_everything, subscribe
from tribuna.newsletters import rendering, sending
from tribuna.newsletters.models import CampaignVersion

pytestmark = pytest.mark.django_db(transaction=True)

BASE_URL = "https://peru.example.org/"


def body(message, kind):
    return message.get_body(preferencelist=(kind,)).get_content()


def spanish_campaign(*newsletters):
    campaign = make_campaign(*newsletters, articles=[APEC, "conga-two-years-on"])
    CampaignVersion.objects.create(
        campaign=campaign,
        language="es",
        subject="Actualidad del Perú: el APEC llega a Lima",
        introduction="<p>Esta semana: el <b>APEC</b> en Lima.</p>",
    )
    return campaign


def test_each_subscriber_gets_the_copy_in_their_language(demo_site, smtp_sink):
    update = make_newsletter()
    for address, name, language in [("ana", "Ana", "es"), ("tom", "Tom", "en-gb"), ("luc", "Luc", "fr")]:
        reader = subscribe(update, f"{address}@example.net", name=name)
        reader.language = language
        reader.save(update_fields=["language"])
    campaign = spanish_campaign(update)

    sending.start(campaign)
    send_everything()

    spanish = smtp_sink.sink.to("ana@example.net")[0].message
    assert spanish["Subject"] == "Actualidad del Perú: el APEC llega a Lima"
    html = body(spanish, "html")
    assert "Esta semana" in html
    with translation.override("es"):
        assert gettext("Dear %(name)s,") % {"name": "Ana"} in body(spanish, "plain")
    # The article that has a Spanish translation comes in Spanish, with its Spanish address;
    # the one that has none comes as it is.
    assert "El Perú, anfitrión del APEC" in html and "/es/articulos/peru-anfitrion-del-apec/" in html
    assert "Conga: two years after the Celendín deaths" in html
    assert "13 de noviembre de 2016" in body(spanish, "plain")

    for address in ("tom@example.net", "luc@example.net"):  # English, and a language with no version
        english = smtp_sink.sink.to(address)[0].message
        assert english["Subject"] == "Peru Update: APEC comes to Lima"
        assert "Peru hosts APEC" in body(english, "html") and "El Perú" not in body(english, "html")
    assert sum(smtp_sink.sink.count_by_recipient().values()) == 3


def test_a_blank_field_in_a_version_falls_back_to_the_campaign(demo_site):
    campaign = make_campaign(make_newsletter(), articles=[APEC])
    CampaignVersion.objects.create(campaign=campaign, language="es", introduction="<p>Hola a todos.</p>")
    rendered = rendering.render_campaign(campaign, base_url=BASE_URL, language="es")
    assert rendered.subject == campaign.subject
    assert "Hola a todos." in rendered.html


def test_the_spanish_archive_shows_the_spanish_copy(client, demo_site, smtp_sink):
    update = make_newsletter()
    subscribe(update, "tom@example.net", name="Tom")
    campaign = spanish_campaign(update)
    sending.start(campaign)
    send_everything()
    english = client.get(f"/newsletter-archive/{campaign.pk}/").content.decode()
    spanish = client.get(f"/es/archivo-de-boletines/{campaign.pk}/").content.decode()
    assert "Peru hosts APEC" in english
    assert "El Perú, anfitrión del APEC" in spanish and "Esta semana" in spanish
