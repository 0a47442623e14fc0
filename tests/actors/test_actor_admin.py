"""Editors add actors in the admin; bad names are refused with a reason, and the archive
is linked again in the background."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django_tasks_db.models import DBTaskResult
from modelsearch.index import insert_or_update_object

from support.articles import publish_article
from tribuna.actors.linking import relink_if_needed
from tribuna.actors.models import Actor, Mention

ADD = "/admin/snippets/actors/actor/add/"


def actor_form(name, slug, aliases=(), **fields):
    data = {
        "name": name, "slug": slug, "kind": "ngo", "description": "", "wikidata_id": "",
        "aliases-TOTAL_FORMS": str(len(aliases)), "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0", "aliases-MAX_NUM_FORMS": "1000",
        "wordings-TOTAL_FORMS": "0", "wordings-INITIAL_FORMS": "0",
        "wordings-MIN_NUM_FORMS": "0", "wordings-MAX_NUM_FORMS": "1000",
    }
    for number, (text, exact) in enumerate(aliases):
        data |= {f"aliases-{number}-text": text, f"aliases-{number}-ORDER": str(number + 1), f"aliases-{number}-id": ""}
        if exact:
            data[f"aliases-{number}-exact_case"] = "on"
    return data | fields


def test_an_editor_adds_an_actor_and_the_worker_links_the_archive(editor, django_capture_on_commit_callbacks):
    article = publish_article("Water in Espinar", body="The Frente de Defensa de Espinar (FUDIE) marched.")
    relinks = DBTaskResult.objects.filter(task_path__endswith="relink_articles")
    before = relinks.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(ADD, actor_form("Frente de Defensa de Espinar", "fudie", [("FUDIE", True)]))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert relinks.count() == before + 1
    relink_if_needed()  # what the worker does with the queued task
    mention = Mention.objects.get(article=article, actor__slug="fudie")
    assert mention.count == 2
    assert "/actors/fudie/" in Client().get(article.url).content.decode()


@pytest.mark.parametrize(
    "fields, aliases, problem",
    [
        ({}, [("X", False)], "at least 2 characters"),
        ({"wikidata_id": "419"}, [], "looks like Q419"),
        ({"start_date": "2020-01-01", "end_date": "2019-01-01"}, [], "end comes before the start"),
    ],
)
def test_bad_actor_details_are_refused_with_a_reason(editor, fields, aliases, problem):
    response = editor.post(ADD, actor_form("Some Body", "some-body", aliases, **fields))
    assert response.status_code == 200
    assert problem in response.content.decode()
    assert not Actor.objects.filter(slug="some-body").exists()


@pytest.mark.parametrize(
    "query, found",
    [("Kuczynski", "Pedro Pablo Kuczynski"), ("PPK", "Pedro Pablo Kuczynski"), ("Alianza", "Pacific Alliance"), ("Xi", "Xi Jinping")],
)
def test_editors_find_actors_by_any_of_their_names(editor, query, found):
    for actor in Actor.objects.all():
        insert_or_update_object(actor)  # what the worker's queued index task does after a save
    response = editor.get(f"/admin/snippets/actors/actor/?q={query}")
    assert response.status_code == 200
    names = [cell.get_text(" ", strip=True) for cell in BeautifulSoup(response.content, "html.parser").select("tbody td.title")]
    assert any(found in name for name in names), names


def test_the_relationship_list_can_be_searched(editor):
    response = editor.get("/admin/snippets/actors/relationship/?q=Peru")
    assert response.status_code == 200
    assert "member of" in response.content.decode()
