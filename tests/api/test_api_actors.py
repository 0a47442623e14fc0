"""Actors, their relationships and the mentions of an article in the content API."""

from django.test import Client

from tribuna.actors.models import Relationship


def get(url, status=200):
    response = Client().get(url)
    assert response.status_code == status, (url, response.content[:200])
    return response.json()


def test_actors_are_listed_with_their_names_and_counts(demo_site):
    listed = get("/api/v1/actors/?kind=person&limit=100")
    people = {actor["slug"]: actor for actor in listed["results"]}
    xi = people["xi-jinping"]
    assert xi["kind"] == "person" and xi["url"].endswith("/actors/xi-jinping/")
    assert xi["article_count"] >= 1 and xi["wikidata_id"] == "Q15031"
    assert all(actor["kind"] == "person" for actor in listed["results"])
    named = get(xi["articles"])
    assert "Peru hosts APEC" in [article["title"] for article in named["results"]]


def test_an_actor_carries_its_relationships_either_way_round(demo_site):
    stated = Relationship.objects.select_related("subject", "object").first()
    for side in (stated.subject, stated.object):
        relationships = get(f"/api/v1/actors/{side.slug}/")["relationships"]
        assert {
            "subject": stated.subject.slug,
            "predicate": stated.predicate,
            "object": stated.object.slug,
        } in [{"subject": r["subject"]["slug"], "predicate": r["predicate"], "object": r["object"]["slug"]} for r in relationships]


def test_an_article_lists_the_actors_it_names(demo_site):
    article = get("/api/v1/articles/?actor=xi-jinping&locale=en-gb")["results"][0]
    mentions = {m["actor"]["slug"]: m["count"] for m in get(f"/api/v1/articles/{article['id']}/")["mentions"]}
    assert mentions["xi-jinping"] >= 1 and mentions["peru"] > 1


def test_bad_actor_parameters_get_a_json_error(demo_site):
    assert get("/api/v1/actors/?kind=giant", 400)["errors"][0]["parameter"] == "kind"
    assert get("/api/v1/articles/?actor=a%20b", 400)["errors"][0]["parameter"] == "actor"
    assert get("/api/v1/actors/nobody-at-all/", 404)["detail"]
