"""The site in two languages: a reader switches an article to Spanish and back with the
switcher in the header; a Spanish-speaking visitor joins from /es/ through a form in
Spanish and gets the welcome message, and its links, in Spanish."""

import re

import pytest
from playwright.sync_api import expect

from support.html_checks import axe_violations

pytestmark = pytest.mark.browser

ARTICLE_EN = "/articles/peru-hosts-apec/"
ARTICLE_ES = "/es/articulos/peru-anfitrion-del-apec/"
TITLE_EN = "Peru hosts APEC"
TITLE_ES = "El Perú, anfitrión del APEC"
DATE_ES = "13 de noviembre de 2016"

JOIN_TITLE_ES = "Hágase socio"  # content_es.SITE["join_call"]["title"] and JOIN_PAGE["title"]
MEMBER_NAME = "Lucía Mamani"
MEMBER_EMAIL = "lucia.mamani@example.net"
# The Spanish msgstr of the default newsletter consent wording (members/models.py).
CONSENT_ES = "Sí, envíenme el boletín por correo electrónico. Puedo darme de baja en cualquier momento."


def assert_no_axe_violations(page, where: str):
    violations = axe_violations(page)
    assert violations == [], f"axe violations on {where}:\n" + "\n".join(violations)


def language_switch(page, name: str):
    """The switcher in the header; its accessible name is in the page's language."""
    return page.get_by_role("banner").get_by_role("navigation", name=name, exact=True)


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_reader_switches_the_apec_article_to_spanish_and_back(live_site, browser_page):
    page = browser_page

    # 1. The English article; the switcher marks English as current and links Spanish.
    page.goto(ARTICLE_EN)
    expect(page.locator("html")).to_have_attribute("lang", "en-gb")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    switch = language_switch(page, "Language")
    expect(switch.locator('[aria-current="true"]')).to_have_text("English")
    expect(switch.get_by_role("link", name="English")).to_have_count(0)

    # 2. "Español" leads to the Spanish version of the same article.
    switch.get_by_role("link", name="Español").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(ARTICLE_ES)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_ES)
    expect(page.get_by_role("main").locator("time").filter(has_text=DATE_ES).first).to_be_visible()
    switch = language_switch(page, "Idioma")
    expect(switch.locator('[aria-current="true"]')).to_have_text("Español")
    expect(switch.get_by_role("link", name="Español")).to_have_count(0)
    assert_no_axe_violations(page, ARTICLE_ES)

    # 3. "English" leads back to the English original.
    switch.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(ARTICLE_EN)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "en-gb")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_EN)

    # 4. Nothing was fetched from anywhere but this site.
    assert page.third_party_requests == []


def test_spanish_visitor_joins_and_gets_spanish_mail(live_site, fresh_rate_limits, outbox, browser_page):
    from tribuna.base.sites import organisation_name
    from tribuna.members.models import Member, PaymentMethod, Status

    page = browser_page

    # 1. The Spanish home page invites the visitor to join, in Spanish.
    page.goto("/es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_role("banner").get_by_role("link", name=JOIN_TITLE_ES, exact=True).click()
    expect(page).to_have_url(re.compile(r"/es/hagase-socio/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(JOIN_TITLE_ES)
    assert_no_axe_violations(page, "/es/hagase-socio/")

    # 2. The form speaks Spanish: each field is found by its Spanish label.
    form = page.get_by_role("main").locator("form.member-form")
    expect(form.get_by_role("group", name="Membresía")).to_be_visible()
    form.get_by_role("radio", name=re.compile(r"^Individual\b")).check()
    form.get_by_role("textbox", name=re.compile(r"^Nombre completo")).fill(MEMBER_NAME)
    form.get_by_role("textbox", name=re.compile(r"^Correo electrónico")).fill(MEMBER_EMAIL)
    form.get_by_role("radio", name=re.compile(r"^Orden permanente de pago")).check()
    form.get_by_role("group", name="Noticias por correo electrónico").get_by_role("checkbox").check()
    form.get_by_role("button", name="Unirme", exact=True).click()

    # 3. The Spanish thank-you page.
    expect(page).to_have_url(re.compile(r"/es/hagase-socio/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Revise su correo electrónico")
    main = page.get_by_role("main")
    expect(main).to_contain_text("Gracias por asociarse.")
    expect(main).to_contain_text("Le hemos enviado un mensaje a la dirección que nos indicó.")

    # 4. The member is recorded as Spanish-speaking, paying by standing order.
    member = Member.objects.get(email=MEMBER_EMAIL)
    assert member.language == "es"
    assert (member.status, member.payment_method) == (Status.PENDING, PaymentMethod.STANDING_ORDER)

    # 5. The welcome message is in Spanish, and so is the account it links to.
    [welcome] = outbox()
    assert welcome["To"] == MEMBER_EMAIL
    # The msgstr of "Welcome to %(name)s: please confirm your e-mail" (mail/members/welcome.txt).
    # A long non-ASCII subject is folded onto the next line; unfolding leaves a space ahead.
    assert welcome["Subject"].strip() == f"Bienvenido/a a {organisation_name()}: por favor, confirme su correo electrónico"
    body = text_of(welcome)
    assert f"Estimado/a {MEMBER_NAME}:" in body
    assert "Gracias por asociarse a " in body
    assert "Por favor, confirme su dirección de correo electrónico e inicie sesión" in body
    assert "Dear " not in body and "Thank you for joining" not in body
    assert member.payment_reference in body
    links = re.findall(r"https?://\S+", body)
    assert links, body
    assert all(link.startswith(live_site.url + "/es/account/") for link in links), links
    assert any(link.startswith(live_site.url + "/es/account/welcome/?sesame=") for link in links), links

    # 6. The newsletter consent (the label of the box ticked above, and the record of what
    #    was agreed to) is worded in Spanish: the msgstr of the default consent wording.
    consent = member.consents.get(topic="newsletter")
    assert consent.given is True
    assert consent.wording == CONSENT_ES, consent.wording

    # 7. Nothing was fetched from anywhere but this site.
    assert page.third_party_requests == []


SPANISH_PAGES = [
    "/es/", "/es/articulos/", "/es/articulos/topic/politics/", "/es/temas-clave/derechos-humanos/",
    "/es/search/?q=apec", "/es/account/sign-in/", "/es/no-existe/",
]


def test_spanish_pages_pass_axe(live_site, browser_page):
    for path in SPANISH_PAGES:
        browser_page.goto(path)
        expect(browser_page.locator("html")).to_have_attribute("lang", "es")
        assert_no_axe_violations(browser_page, path)
    assert browser_page.third_party_requests == []
