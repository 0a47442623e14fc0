"""Editors confirm, remove and add mentions beside an article, and see suggested actors."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client

from support.articles import publish_article
from tribuna.actors.models import Actor, ActorAlias, Mention, MentionStatus
from tribuna.news.models import ArticlePage


def review_url(article):
    return f"/admin/actors/mentions/{article.pk}/"


def test_the_article_editor_lists_the_mentions_and_leads_to_the_review(editor):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    page = BeautifulSoup(editor.get(f"/admin/pages/{article.pk}/edit/").content, "html.parser")
    assert "Xi Jinping" in page.get_text()
    assert page.find("a", href=review_url(article))


def test_an_editor_confirms_removes_and_adds_and_the_article_follows(editor):
    article = publish_article("Border talk", body="Chile and Mexico disagree.")
    chile = Mention.objects.get(article=article, actor__slug="chile")
    mexico = Mention.objects.get(article=article, actor__slug="mexico")
    assert editor.post(review_url(article), {"action": "confirm", "mention": chile.pk}).status_code == 302
    editor.post(review_url(article), {"action": "remove", "mention": mexico.pk})
    colombia = Actor.objects.get(slug="colombia")
    editor.post(review_url(article), {"action": "add", "actor": colombia.pk})
    statuses = dict(Mention.objects.filter(article=article).values_list("actor__slug", "status"))
    assert statuses == {"chile": MentionStatus.CONFIRMED, "mexico": MentionStatus.REMOVED, "colombia": MentionStatus.ADDED}
    html = Client().get(article.url).content.decode()
    assert "/actors/chile/" in html and "/actors/mexico/" not in html

    editor.post(review_url(article), {"action": "restore", "mention": mexico.pk})
    assert Mention.objects.get(pk=mexico.pk).status == MentionStatus.FOUND


def test_bad_review_requests_change_nothing_and_say_so(editor):
    article = publish_article("Quiet", body="Chile.")
    before = list(Mention.objects.filter(article=article).values_list("actor_id", "status"))
    for data in [{"action": "confirm", "mention": "abc"}, {"action": "remove", "mention": "999999"},
                 {"action": "explode"}, {"action": "add", "actor": "not a number"}]:
        response = editor.post(review_url(article), data, follow=True)
        assert response.status_code == 200
    assert list(Mention.objects.filter(article=article).values_list("actor_id", "status")) == before
    assert editor.get("/admin/actors/mentions/99999999/").status_code == 404


def test_people_who_cannot_edit_the_article_cannot_review_it(demo_site):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    member = get_user_model().objects.create_user(email="reader@example.org", password="another long password")
    client = Client()
    client.force_login(member)
    assert client.get(review_url(article)).status_code in (302, 403)
    assert Client().post(review_url(article), {"action": "add"}).status_code == 302  # to sign in


def test_recurring_names_that_are_not_actors_are_suggested_with_an_example(editor):
    for number in range(8):
        publish_article(f"Valley news {number}", body=f"Residents of the Huallaga Valley met. The Frente Amplio Sur spoke {number}.")
    page = BeautifulSoup(editor.get("/admin/actors/suggestions/").content, "html.parser")
    rows = {row.th.get_text(strip=True): row for row in page.select("tbody tr")}
    assert "Frente Amplio Sur" in rows and "Huallaga Valley" in rows
    assert "Residents" not in rows, "a capital at the start of a sentence is no name"
    assert "Peru" not in rows, "known actors are not suggested"
    assert "Frente Amplio Sur spoke" in rows["Frente Amplio Sur"].get_text()


def test_articles_where_a_shared_name_waits_for_a_choice_are_listed(editor):
    for name in ("Ana Quispe", "Rosa Quispe"):
        actor = Actor(name=name, slug=name.lower().replace(" ", "-"), kind="person")
        actor.aliases = [ActorAlias(text="Quispe")]
        actor.save()
    article = publish_article("Quispe again", body="Quispe spoke.")
    page = BeautifulSoup(editor.get("/admin/actors/suggestions/").content, "html.parser")
    link = page.find("a", href=review_url(article))
    assert link.get_text() == "Quispe again" and "Ana Quispe, Rosa Quispe" in link.parent.get_text()
