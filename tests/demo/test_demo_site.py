"""The demo site: built from nothing, complete, and unchanged by a second build."""

import io

from django.core.management import call_command
from wagtail.models import Page, Revision

from tribuna.base.models import HomePage, KeyIssuePage, Panel, SiteIdentity
from tribuna.members.models import JoinPage, Plan
from tribuna.news.models import ArticlePage, Topic


def test_demo_has_the_seed_pages_and_more(demo_site):
    apec = ArticlePage.objects.get(title="Peru hosts APEC")
    assert str(apec.date) == "2016-11-13"
    articles = ArticlePage.objects.live().filter(locale__language_code="en-gb")
    assert articles.count() >= 16
    assert len({a.article_type for a in articles}) >= 4
    assert len({a.date.year for a in articles}) >= 5
    assert Topic.objects.count() >= 5
    assert KeyIssuePage.objects.live().count() >= 4
    assert JoinPage.objects.live().filter(slug="become-a-member").exists()
    assert Plan.objects.filter(is_public=True).count() == 3
    assert Panel.objects.filter(language="en-gb").count() == 4
    assert SiteIdentity.objects.get().organisation_name == "Peru Support Group"


def test_demo_has_a_spanish_side(demo_site):
    spanish = ArticlePage.objects.live().filter(locale__language_code="es")
    assert spanish.count() >= 5
    apec = ArticlePage.objects.get(slug="peru-hosts-apec")
    assert spanish.get(translation_key=apec.translation_key).title == "El Perú, anfitrión del APEC"
    for model in (HomePage, KeyIssuePage, JoinPage):
        english = set(model.objects.live().filter(locale__language_code="en-gb").values_list("translation_key", flat=True))
        translated = set(model.objects.live().filter(locale__language_code="es").values_list("translation_key", flat=True))
        assert english and english == translated, model
    assert Panel.objects.filter(language="es").count() == 4
    assert SiteIdentity.objects.get().wordings.get(language="es").join_title


def test_second_build_changes_nothing(demo_site):
    counts = (Page.objects.count(), Revision.objects.count(), Panel.objects.count())
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert (Page.objects.count(), Revision.objects.count(), Panel.objects.count()) == counts
