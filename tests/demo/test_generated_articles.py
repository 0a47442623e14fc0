"""`tribuna demo --articles N`: many articles in bulk, as good as ones an editor published."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page

from tribuna.news.models import ArticlePage
from tribuna.search.models import SearchEntry


def test_generated_articles_are_whole_published_and_searchable(client, demo_site):
    before = ArticlePage.objects.live().count()
    call_command("demo", articles=40, stdout=StringIO(), stderr=StringIO())

    assert ArticlePage.objects.live().count() == before + 40
    assert all(not problems for problems in Page.find_problems())  # the tree is consistent
    newest = ArticlePage.objects.order_by("-pk").first()
    assert newest.topics.exists() and newest.authorships.exists()
    page = client.get(newest.url)
    assert page.status_code == 200 and newest.title in page.content.decode()
    assert SearchEntry.objects.filter(page_id=newest.pk).exists()

    # A second batch continues the tree after the first.
    call_command("demo", articles=5, stdout=StringIO(), stderr=StringIO())
    assert ArticlePage.objects.live().count() == before + 45
    assert all(not problems for problems in Page.find_problems())
    archive = client.get("/articles/?page=4")
    assert archive.status_code == 200
