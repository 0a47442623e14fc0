"""Mentions found and stored as articles are published, kept through editors' decisions."""

import re
from collections import Counter
from itertools import combinations

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django_tasks_db.models import DBTaskResult

from support.articles import publish_article
from tribuna.actors import linking, review, selectors
from tribuna.actors.models import Actor, ActorAlias, LinkRun, Mention, MentionStatus
from tribuna.news.models import ArticlePage

APEC_ACTORS = {
    "Pedro Pablo Kuczynski", "Xi Jinping", "Donald Trump", "Asia-Pacific Economic Cooperation",
    "Trans-Pacific Partnership", "Pacific Alliance", "Chile", "Mexico", "Colombia", "China",
}


def actor(name, *aliases, kind="person", exact=()):
    found = Actor(name=name, slug=re.sub(r"\W+", "-", name.lower()), kind=kind)
    found.aliases = [ActorAlias(text=text, exact_case=text in exact) for text in aliases]
    found.save()
    return found


def mentions_of(article):
    return {m.actor.name: m for m in Mention.objects.filter(article=article).select_related("actor")}


def test_the_apec_article_links_every_actor_it_names_and_nothing_inside_a_word(demo_site):
    html = Client().get("/articles/peru-hosts-apec/").content.decode()
    body = BeautifulSoup(html, "html.parser").select_one(".article-body")
    links = body.select("a.actor-link")
    linked = {link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links}
    slugs = dict(Actor.objects.filter(name__in=APEC_ACTORS).values_list("name", "slug"))
    assert set(slugs) == APEC_ACTORS
    assert set(slugs.values()) <= linked
    assert len(links) == len(linked), "each actor is linked once, at its first mention"
    for link in links:
        assert link.find_parent("a") is None and link.find_parent(["h2", "h3"]) is None
        before, after = link.previous_sibling, link.next_sibling
        assert not (isinstance(before, str) and before[-1:].isalnum())
        assert not (isinstance(after, str) and after[:1].isalnum())
    # The author's own link to apec.org stays as it was.
    assert body.select_one('a[href="https://www.apec.org/"]').get_text() == "APEC"


def test_publishing_finds_mentions_with_counts_and_first_positions(demo_site):
    article = publish_article("Trade week", body="Chile and Mexico talk. Later Chile signs; chilean wine.")
    found = mentions_of(article)
    assert (found["Chile"].count, found["Mexico"].count) == (2, 1)
    text = linking.text_of(article)
    assert text[found["Chile"].first_position:].startswith("Chile and Mexico")
    assert found["Chile"].status == MentionStatus.FOUND


def test_a_shared_name_is_put_to_the_editor_and_not_linked(demo_site):
    actor("Ana Quispe", "Quispe"), actor("Rosa Quispe", "Quispe")
    article = publish_article("Quispe speaks", body="Quispe spoke in Lima.")
    found = mentions_of(article)
    assert found["Ana Quispe"].status == found["Rosa Quispe"].status == MentionStatus.AMBIGUOUS
    html = Client().get(article.url).content.decode()
    assert "/actors/ana-quispe/" not in html and "/actors/rosa-quispe/" not in html

    review.confirm(found["Ana Quispe"])
    assert mentions_of(article)["Rosa Quispe"].status == MentionStatus.REMOVED
    linking.link_article(article)  # decisions survive relinking
    found = mentions_of(article)
    assert (found["Ana Quispe"].status, found["Rosa Quispe"].status) == (MentionStatus.CONFIRMED, MentionStatus.REMOVED)
    assert "/actors/ana-quispe/" in Client().get(article.url).content.decode()


def test_removed_and_added_mentions_survive_relinking(demo_site):
    article = publish_article("Lima notes", body="Chile and Peru met.")
    peru, colombia = Actor.objects.get(slug="peru"), Actor.objects.get(slug="colombia")
    review.remove(mentions_of(article)["Peru"])
    review.add(article, colombia)
    linking.relink_all()
    found = mentions_of(article)
    assert found["Peru"].status == MentionStatus.REMOVED
    assert (found["Colombia"].status, found["Colombia"].count) == (MentionStatus.ADDED, 0)
    assert article.pk not in [pk for year in selectors.timeline(peru) for pk in year.article_ids]
    assert article.pk in [pk for year in selectors.timeline(colombia) for pk in year.article_ids]


def test_deleting_an_actor_removes_its_links_and_leaves_the_article(demo_site):
    article = ArticlePage.objects.get(slug="peru-hosts-apec")
    Actor.objects.get(name="Xi Jinping").delete()
    html = Client().get("/articles/peru-hosts-apec/").content.decode()
    assert "xi-jinping" not in html and "Xi Jinping" in html
    assert ArticlePage.objects.filter(pk=article.pk, live=True).exists()
    assert "Xi Jinping" not in mentions_of(article)


def test_a_changed_actor_queues_one_relink_which_finds_the_new_name(demo_site, django_capture_on_commit_callbacks):
    article = publish_article("Nicknames", body="PPK met the press.")
    ppk = Actor.objects.get(slug="pedro-pablo-kuczynski")
    ppk.aliases.filter(text="PPK").delete()
    relinks = DBTaskResult.objects.filter(task_path__endswith="relink_articles")
    before = relinks.count()
    with django_capture_on_commit_callbacks(execute=True):
        ppk.aliases.add(ActorAlias(text="PPK", exact_case=True))
        ppk.save()
        Actor.objects.get(slug="peru").save()
    assert relinks.count() == before + 1
    assert linking.relink_if_needed() is not None
    assert mentions_of(article)["Pedro Pablo Kuczynski"].count == 1
    assert linking.relink_if_needed() is None, "a second queued run finds the work done"
    assert LinkRun.objects.filter(finished_at__isnull=False).count() >= 2


def test_co_mention_counts_are_exact_on_a_constructed_corpus(demo_site):
    names = ["Alpha Corp", "Beta Party", "Gamma Group", "Delta Front"]
    made = {name: actor(name, kind="company") for name in names}
    corpus = [
        ["Alpha Corp", "Beta Party", "Gamma Group"],
        ["Alpha Corp", "Beta Party"],
        ["Alpha Corp", "Beta Party", "Delta Front"],
        ["Alpha Corp", "Gamma Group"],
        ["Beta Party", "Gamma Group", "Delta Front"],
        ["Delta Front"],
    ]
    for number, named in enumerate(corpus):
        publish_article(f"Corpus {number}", body=" and ".join(named) + " met; " + named[0] + " again.")
    expected = Counter()
    for named in corpus:
        expected.update(combinations(sorted(named), 2))
    for name, subject in made.items():
        shown = {other.name: shared for other, shared in selectors.co_mentioned(subject)}
        wanted = {other: count for (a, b), count in expected.items() for this, other in ((a, b), (b, a)) if this == name}
        assert shown == wanted, name


@pytest.mark.parametrize("status", [MentionStatus.REMOVED, MentionStatus.AMBIGUOUS])
def test_mentions_awaiting_or_refused_count_nowhere(demo_site, status):
    one, other = actor("Epsilon Fund", kind="ngo"), actor("Zeta Trust", kind="ngo")
    article = publish_article("Funds", body="Epsilon Fund and Zeta Trust.")
    Mention.objects.filter(article=article, actor=other).update(status=status)
    assert selectors.co_mentioned(one) == []
    assert selectors.timeline(other) == []


def test_unpublished_and_private_articles_stay_out_of_actor_pages(demo_site):
    from wagtail.models import PageViewRestriction

    chile = Actor.objects.get(slug="chile")
    private = publish_article("Private note", body="Chile, privately.")
    withdrawn = publish_article("Withdrawn note", body="Chile, withdrawn.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn.unpublish()
    listed = [pk for year in selectors.timeline(chile) for pk in year.article_ids]
    assert private.pk not in listed and withdrawn.pk not in listed
    assert listed, "the demo's own articles on Chile are still there"
