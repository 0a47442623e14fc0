"""Composing campaigns in Wagtail's admin: prefilled articles, previews, a test to oneself,
send and schedule (refused for an empty audience), and read-only records once sent."""

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone

from newsletter_factories import APEC, MEMBERS_ONLY, article, make_campaign, run_worker, subscribe
from tribuna.news.models import ArticlePage
from tribuna.newsletters import campaign_actions
from tribuna.newsletters.models import (
    Campaign,
    CampaignState,
    Delivery,
    Newsletter,
    Subscriber,
    Suppression,
    SuppressionReason,
)
from tribuna.newsletters.statistics import campaign_statistics

pytestmark = pytest.mark.django_db

CAMPAIGNS = "/admin/newsletters/campaigns/"


def contentstate(text: str) -> str:
    """Draftail's format for a one-paragraph rich text field."""
    block = {"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


VERSIONS_NONE = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}


def campaign_form(subject="Peru Update, week 46", newsletters=(), articles=(), introduction="Hello %%name%%!"):
    data = {
        "subject": subject,
        "preheader": "Lima hosts the summit",
        "newsletters": [newsletter.pk for newsletter in newsletters],
        "introduction": contentstate(introduction),
        "web_version": "on",
        "articles-TOTAL_FORMS": str(len(articles)),
        "articles-INITIAL_FORMS": "0",
        "articles-MIN_NUM_FORMS": "0",
        "articles-MAX_NUM_FORMS": "1000",
        **{f"versions-{key}": value for key, value in VERSIONS_NONE.items()},
    }
    for index, chosen in enumerate(articles):
        data.update({f"articles-{index}-article": str(chosen.pk), f"articles-{index}-ORDER": str(index + 1), f"articles-{index}-id": ""})
    return data


# --- who may come in ------------------------------------------------------------------------


def test_readers_and_members_cannot_reach_the_campaign_screens(client, peru_update):
    campaign = make_campaign(peru_update)
    urls = [
        CAMPAIGNS,
        f"{CAMPAIGNS}add/",
        f"{CAMPAIGNS}edit/{campaign.pk}/",
        f"{CAMPAIGNS}preview/{campaign.pk}/?mode=html",
        f"{CAMPAIGNS}send/{campaign.pk}/",
        f"{CAMPAIGNS}email/{campaign.pk}/html/",
        f"{CAMPAIGNS}add-articles/{campaign.pk}/",
        "/admin/newsletters/subscribers/",
        "/admin/newsletters/suppressions/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    member = get_user_model().objects.create_user(email="member@example.net", password=None)
    client.force_login(member)
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert campaign.subject not in response.content.decode()
    response = client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "send"})
    assert response.status_code in (302, 403)
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.DRAFT


def test_the_newsletters_menu_screens_open_for_staff(client, editor, peru_update):
    subscribe(peru_update, "ana@example.net", "Ana")
    for url in [CAMPAIGNS, "/admin/newsletters/lists/", "/admin/newsletters/subscribers/", "/admin/newsletters/suppressions/"]:
        assert client.get(url).status_code == 200, url
    home = client.get("/admin/").content.decode()
    assert "Campaigns" in home and "Suppression list" in home


# --- composing ----------------------------------------------------------------------------


def submitted_form(html: str, form_id: str = "w-editor-form") -> dict:
    """What a browser would submit from the page's form, untouched."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id) or BeautifulSoup(html, "html.parser").find("form", method="post")
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in {"submit", "button"} or field.has_attr("disabled"):
            continue
        if field.get("type") in {"checkbox", "radio"} and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            value = field.get_text()
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            value = chosen.get("value", "") if chosen else ""
        else:
            value = field.get("value", "on" if field.get("type") == "checkbox" else "")
        data.setdefault(name, []).append(value)
    return data


def test_a_new_campaign_is_prefilled_with_articles_since_the_last_issue(client, editor, peru_update):
    since = timezone.make_aware(dt.datetime(2020, 1, 1))
    make_campaign(peru_update, state=CampaignState.SENT, started_at=since)
    expected = list(
        ArticlePage.objects.live().filter(locale__language_code="en-gb").filter(first_published_at__gt=since).order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    )[: campaign_actions.MOST_ARTICLES]
    assert 0 < len(expected) < ArticlePage.objects.count()

    response = client.get(f"{CAMPAIGNS}add/")
    assert response.status_code == 200
    assert response.context["form"]["newsletters"].value() == [peru_update.pk]  # ticked
    assert "published since the last issue of Peru Update" in response.content.decode()

    # The editor writes a subject and saves: the prefilled articles are kept, in order.
    data = submitted_form(response.content.decode())
    data["subject"] = ["Peru Update, week 46"]
    assert client.post(f"{CAMPAIGNS}add/", data).status_code == 302
    campaign = Campaign.objects.get(subject="Peru Update, week 46")
    assert list(campaign.articles.order_by("sort_order").values_list("article_id", flat=True)) == expected
    assert list(campaign.newsletters.all()) == [peru_update]


def test_the_first_issue_of_another_newsletter_starts_with_the_newest_articles(client, editor, peru_update):
    bulletin = Newsletter.objects.create(name="Members' bulletin", slug="bulletin-test", sort_order=99)
    make_campaign(peru_update, state=CampaignState.SENT, started_at=timezone.now())  # not the bulletin's issue
    page = client.get(f"{CAMPAIGNS}add/", {"newsletter": bulletin.pk})
    assert page.context["form"]["newsletters"].value() == [bulletin.pk]
    assert f"{CAMPAIGNS}add/?newsletter={peru_update.pk}" in page.content.decode()  # start one for the other
    data = submitted_form(page.content.decode())
    data["subject"] = ["Bulletin, first issue"]
    client.post(f"{CAMPAIGNS}add/", data)
    chosen = list(Campaign.objects.get(subject="Bulletin, first issue").articles.order_by("sort_order").values_list("article_id", flat=True))
    newest = list(ArticlePage.objects.live().filter(locale__language_code="en-gb").order_by("-date", "-pk").values_list("pk", flat=True)[: campaign_actions.FIRST_ISSUE_ARTICLES])
    assert chosen == newest


def test_creating_a_campaign_saves_articles_in_order_and_its_author(client, editor, peru_update):
    chosen = [article(MEMBERS_ONLY), article(APEC)]
    response = client.post(f"{CAMPAIGNS}add/", campaign_form(newsletters=[peru_update], articles=chosen))
    campaign = Campaign.objects.get(subject="Peru Update, week 46")
    assert response.status_code == 302 and response["Location"] == f"{CAMPAIGNS}edit/{campaign.pk}/"
    assert [item.article_id for item in campaign.articles.order_by("sort_order")] == [a.pk for a in chosen]
    assert list(campaign.newsletters.all()) == [peru_update]
    assert campaign.created_by == editor and campaign.state == CampaignState.DRAFT
    assert "%%name%%" in campaign.introduction


def test_adding_new_articles_to_a_saved_campaign(client, editor, peru_update):
    campaign = make_campaign(peru_update, articles=[APEC])
    confirm = client.get(f"{CAMPAIGNS}add-articles/{campaign.pk}/")
    assert confirm.status_code == 200
    assert "There has been no issue yet" in confirm.content.decode()
    response = client.post(f"{CAMPAIGNS}add-articles/{campaign.pk}/")
    assert response.status_code == 302
    newest = campaign_actions.new_articles([peru_update])
    ids = list(campaign.articles.order_by("sort_order").values_list("article_id", flat=True))
    assert ids[0] == article(APEC).pk and set(ids) == {article(APEC).pk, *(a.pk for a in newest)}
    assert len(ids) == len(set(ids))


# --- previews ----------------------------------------------------------------------------


def test_staff_preview_the_email_and_the_plain_text(client, editor, peru_update):
    campaign = make_campaign(peru_update)
    edit = client.get(f"{CAMPAIGNS}edit/{campaign.pk}/")
    assert edit.status_code == 200
    assert f"{CAMPAIGNS}preview/{campaign.pk}/" in edit.content.decode()  # the live preview panel

    preview_url = f"{CAMPAIGNS}preview/{campaign.pk}/"
    # The editor changed the subject and took out the members-only article, without saving.
    data = campaign_form(subject="Unsaved subject", newsletters=[peru_update])
    data["articles-TOTAL_FORMS"] = data["articles-INITIAL_FORMS"] = "2"
    for index, item in enumerate(campaign.articles.order_by("sort_order")):
        data.update({f"articles-{index}-id": str(item.pk), f"articles-{index}-article": str(item.article_id), f"articles-{index}-ORDER": str(index + 1)})
    data["articles-1-DELETE"] = "on"
    assert client.post(preview_url, data).json() == {"is_valid": True, "is_available": True}
    html = client.get(preview_url, {"mode": "html"})
    assert html.status_code == 200 and html["Content-Type"].startswith("text/html")
    page = html.content.decode()
    assert "Unsaved subject" in page and "Dear Elena," in page and "Hello Elena!" in page
    assert "Peru hosts APEC" in page and "Prior consultation at ten" not in page  # the form's articles
    assert 'href="http://testserver/newsletters/"' in page and "%%" not in page
    text = client.get(preview_url, {"mode": "text"})
    assert text.status_code == 200 and text["Content-Type"] == "text/plain; charset=utf-8"
    body = text.content.decode()
    assert "Unsaved subject" in body and "Read more: http://testserver/articles/peru-hosts-apec/" in body
    assert "Unsubscribe: http://testserver/newsletters/" in body

    add_preview = f"{CAMPAIGNS}preview/"
    assert client.post(add_preview, data).json()["is_valid"] is True
    assert "Unsaved subject" in client.get(add_preview, {"mode": "html"}).content.decode()
    assert campaign.articles.count() == 2 and Campaign.objects.get(pk=campaign.pk).subject != "Unsaved subject"
    assert "Unsaved subject" in client.get(add_preview, {"mode": "text"}).content.decode()


# --- sending ------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_test_send_is_queued_and_the_worker_sends_one_copy(client, editor, peru_update, outbox):
    campaign = make_campaign(peru_update)
    response = client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "test"}, follow=True)
    assert "A test copy is on its way to editor@example.org." in response.content.decode()
    assert outbox() == []  # the web process only queues it

    run_worker()
    [message] = outbox()
    assert message["To"] == "editor@example.org"
    assert message["Subject"] == "[Test] Peru Update: APEC comes to Lima"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "Dear Elena," in text and "Dear Elena," in html
    assert "Read more: http://testserver/articles/peru-hosts-apec/" in text
    assert 'href="http://testserver/articles/peru-hosts-apec/"' in html and "%%" not in html + text
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.DRAFT and not campaign.deliveries.exists()


def test_a_campaign_to_an_empty_list_is_refused_with_a_clear_message(client, editor, peru_update, outbox):
    campaign = make_campaign(peru_update)
    page = client.get(f"{CAMPAIGNS}send/{campaign.pk}/").content.decode()
    assert "Nobody would receive it" in page and 'value="send"' not in page
    response = client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "send"}, follow=True)
    assert "Nobody would receive it" in response.content.decode() and "Nothing was sent." in response.content.decode()
    when = (timezone.localtime() + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "schedule", "send_at": when})
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.DRAFT and campaign.send_at is None
    assert not Delivery.objects.exists() and outbox() == []


def test_a_campaign_needs_a_subject_and_a_newsletter(peru_update, demo_site):
    without_newsletter = make_campaign()
    with pytest.raises(campaign_actions.CampaignNotReady, match="at least one newsletter"):
        campaign_actions.send_now(without_newsletter)
    subscribe(peru_update, "ana@example.net")
    without_subject = make_campaign(peru_update, subject=" ")
    with pytest.raises(campaign_actions.CampaignNotReady, match="needs a subject"):
        campaign_actions.send_now(without_subject)


def test_an_empty_audience_is_refused_whatever_the_count_comes_from(monkeypatch, peru_update):
    from tribuna.newsletters import audience, sending

    started = []
    monkeypatch.setattr(audience, "recipient_count", lambda campaign: 0)
    monkeypatch.setattr(sending, "start", started.append)
    with pytest.raises(campaign_actions.CampaignNotReady, match="Nobody would receive it"):
        campaign_actions.send_now(make_campaign(peru_update))
    assert started == []
    monkeypatch.setattr(audience, "recipient_count", lambda campaign: 3)
    campaign = make_campaign(peru_update)
    campaign_actions.send_now(campaign)
    assert started == [campaign]


def test_send_now_and_schedule(client, editor, peru_update):
    subscribe(peru_update, "ana@example.net", "Ana")
    later = make_campaign(peru_update)
    page = client.get(f"{CAMPAIGNS}send/{later.pk}/").content.decode()
    assert "Send to 1 recipient now" in page

    past = (timezone.localtime() - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    refused = client.post(f"{CAMPAIGNS}send/{later.pk}/", {"action": "schedule", "send_at": past}, follow=True)
    assert "must be in the future" in refused.content.decode()
    when = timezone.localtime() + dt.timedelta(days=2)
    client.post(f"{CAMPAIGNS}send/{later.pk}/", {"action": "schedule", "send_at": when.strftime("%Y-%m-%dT%H:%M")})
    later.refresh_from_db()
    assert later.state == CampaignState.SCHEDULED and later.send_at == when.replace(second=0, microsecond=0)
    assert client.get(f"{CAMPAIGNS}edit/{later.pk}/").status_code == 200  # still editable until it goes
    client.post(f"{CAMPAIGNS}send/{later.pk}/", {"action": "unschedule"})
    later.refresh_from_db()
    assert later.state == CampaignState.DRAFT

    now = make_campaign(peru_update)
    response = client.post(f"{CAMPAIGNS}send/{now.pk}/", {"action": "send"})
    assert response["Location"] == f"{CAMPAIGNS}inspect/{now.pk}/"
    now.refresh_from_db()
    assert now.state == CampaignState.SENDING


# --- once sent ----------------------------------------------------------------------------


def deliveries(campaign, **counts):
    rows, now, n = [], timezone.now(), 0
    for state, how_many in counts.items():
        for _ in range(how_many):
            n += 1
            rows.append(Delivery(campaign=campaign, email=f"r{n}@example.net", state=state, sent_at=now if state == "sent" else None))
    Delivery.objects.bulk_create(rows)


def test_a_sent_campaign_is_a_read_only_record_with_statistics(client, editor, peru_update):
    campaign = make_campaign(peru_update, state=CampaignState.SENT, started_at=timezone.now())
    deliveries(campaign, sent=5, failed=1)
    Delivery.objects.filter(campaign=campaign, email="r1@example.net").update(bounced_at=timezone.now())
    Delivery.objects.filter(campaign=campaign, email="r2@example.net").update(unsubscribed_at=timezone.now())

    edit = client.get(f"{CAMPAIGNS}edit/{campaign.pk}/")
    assert edit.status_code == 302 and edit["Location"] == f"{CAMPAIGNS}inspect/{campaign.pk}/"
    client.post(f"{CAMPAIGNS}edit/{campaign.pk}/", campaign_form(subject="Changed after sending", newsletters=[peru_update]))
    client.post(f"{CAMPAIGNS}delete/{campaign.pk}/")
    client.post(f"/admin/bulk/newsletters/campaign/delete/?id={campaign.pk}")  # the listing's bulk action
    client.post(f"{CAMPAIGNS}send/{campaign.pk}/", {"action": "send"})
    campaign.refresh_from_db()
    assert campaign.subject == "Peru Update: APEC comes to Lima" and campaign.state == CampaignState.SENT
    draft = make_campaign(peru_update, subject="Never mind")
    client.post(f"/admin/bulk/newsletters/campaign/delete/?id={draft.pk}")
    assert not Campaign.objects.filter(pk=draft.pk).exists()  # drafts can go

    listing = client.get(CAMPAIGNS).content.decode()
    assert f"{CAMPAIGNS}inspect/{campaign.pk}/" in listing and f"{CAMPAIGNS}edit/{campaign.pk}/" not in listing

    record = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/")
    assert record.status_code == 200
    page = record.content.decode()
    assert 'http-equiv="refresh"' not in page
    statistics = record.context["statistics"]
    assert (statistics.recipients, statistics.sent, statistics.failed, statistics.remaining) == (6, 5, 1, 0)
    assert (statistics.bounced, statistics.unsubscribed, statistics.complaints) == (1, 1, 0)
    assert f"{CAMPAIGNS}email/{campaign.pk}/html/" in page and "/newsletter-archive/" in page
    assert client.get(f"{CAMPAIGNS}email/{campaign.pk}/html/").status_code == 200
    assert client.get(f"{CAMPAIGNS}email/{campaign.pk}/text/")["Content-Type"] == "text/plain; charset=utf-8"


def test_while_sending_the_record_shows_progress_and_refreshes(client, editor, peru_update):
    campaign = make_campaign(peru_update, state=CampaignState.SENDING, started_at=timezone.now())
    deliveries(campaign, sent=3, queued=7)
    page = client.get(f"{CAMPAIGNS}inspect/{campaign.pk}/").content.decode()
    assert 'http-equiv="refresh"' in page
    assert "3 of 10 done" in page and "3 messages in the last minute" in page
    assert f"{CAMPAIGNS}edit/{campaign.pk}/" not in page


def test_statistics_take_one_query(peru_update, count_queries):
    campaign = make_campaign(peru_update, state=CampaignState.SENDING, started_at=timezone.now())
    deliveries(campaign, sent=4, failed=2, queued=3)
    Delivery.objects.filter(campaign=campaign, email="r1@example.net").update(complained_at=timezone.now())
    with count_queries() as queries:
        numbers = campaign_statistics(campaign)
    assert len(queries) == 1
    assert (numbers.recipients, numbers.sent, numbers.failed, numbers.remaining, numbers.complaints) == (9, 4, 2, 3, 1)
    assert numbers.sent_last_minute == 4 and numbers.percent_done == 67


# --- subscribers and the suppression list --------------------------------------------------


def test_subscribers_are_listed_searched_filtered_and_read_only(client, editor, peru_update):
    bulletin = Newsletter.objects.create(name="Bulletin", slug="bulletin-test")
    subscribe(peru_update, "ana@example.net", "Ana Flores")
    subscribe(bulletin, "bruno@example.net", "Bruno Díaz")
    Subscriber.objects.create(email="carla@example.net", name="Carla", status="unconfirmed")
    index = "/admin/newsletters/subscribers/"
    everyone = client.get(index).content.decode()
    assert "ana@example.net" in everyone and "carla@example.net" in everyone
    assert f"{index}new/" not in everyone
    found = client.get(index, {"q": "Bruno"}).content.decode()
    assert "bruno@example.net" in found and "ana@example.net" not in found
    by_list = client.get(index, {"newsletter": peru_update.pk}).content.decode()
    assert "ana@example.net" in by_list and "bruno@example.net" not in by_list
    by_status = client.get(index, {"status": "unconfirmed"}).content.decode()
    assert "carla@example.net" in by_status and "ana@example.net" not in by_status

    ana = Subscriber.objects.get(email="ana@example.net")
    assert client.get(f"{index}inspect/{ana.pk}/").status_code == 200
    assert client.get(f"{index}edit/{ana.pk}/").status_code in (302, 403)
    client.post(f"{index}delete/{ana.pk}/")
    assert Subscriber.objects.filter(pk=ana.pk).exists()


def test_staff_suppress_and_release_addresses_by_hand(client, editor):
    index = "/admin/newsletters/suppressions/"
    response = client.post(f"{index}new/", {"email": "Someone@Example.NET", "note": "Asked us by phone"})
    assert response.status_code == 302
    suppression = Suppression.objects.get()
    assert suppression.email == "someone@example.net"
    assert suppression.reason == SuppressionReason.MANUAL and suppression.created_by == editor
    again = client.post(f"{index}new/", {"email": "someone@example.net", "note": ""})
    assert again.status_code == 200 and "already on the suppression list" in again.content.decode()
    client.post(f"{index}edit/{suppression.pk}/", {"note": "Asked twice", "email": "other@example.net"})
    suppression.refresh_from_db()
    assert suppression.note == "Asked twice" and suppression.email == "someone@example.net"
    client.post(f"{index}delete/{suppression.pk}/")
    assert not Suppression.objects.exists()


def test_an_editor_writes_a_spanish_version_and_previews_it(client, editor, peru_update):
    data = campaign_form(newsletters=[peru_update], articles=[article(APEC)])
    data.update(
        {
            "versions-TOTAL_FORMS": "1",
            "versions-0-id": "",
            "versions-0-ORDER": "1",
            "versions-0-language": "es",
            "versions-0-subject": "Actualidad del Perú, semana 46",
            "versions-0-preheader": "",
            "versions-0-introduction": contentstate("¡Hola %%name%%!"),
        }
    )
    response = client.post(f"{CAMPAIGNS}add/", data)
    assert response.status_code == 302
    campaign = Campaign.objects.get(subject="Peru Update, week 46")
    version = campaign.versions.get()
    assert (version.language, version.subject) == ("es", "Actualidad del Perú, semana 46")

    preview_url = f"{CAMPAIGNS}preview/{campaign.pk}/"
    assert client.post(preview_url, data).json() == {"is_valid": True, "is_available": True}
    spanish = client.get(preview_url, {"mode": "html:es"}).content.decode()
    assert "Actualidad del Perú, semana 46" in spanish and "¡Hola Elena!" in spanish
    assert "El Perú, anfitrión del APEC" in spanish and 'lang="es"' in spanish
    english = client.get(preview_url, {"mode": "html"}).content.decode()
    assert "Peru hosts APEC" in english and "El Perú" not in english
    # A version in the default language is refused with a clear message.
    data["versions-0-language"] = "en-gb"
    refused = client.post(f"{CAMPAIGNS}edit/{campaign.pk}/", {**data, "versions-0-id": str(version.pk), "versions-INITIAL_FORMS": "1"})
    assert refused.status_code == 200
    assert "The campaign itself is in the default language." in refused.content.decode()
