"""Whatever an editor changes is on every cached page at once: no stale page after an edit."""

import datetime as dt

import pytest
import time_machine
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tribuna.base.clock import Clock
from tribuna.base.models import KeyIssueIndexPage, SiteIdentity, SitePanels
from tribuna.news.models import ArticleIndexPage, ArticlePage, Author, Topic
from tribuna.pagecache import generation
from tribuna.pagecache.middleware import PageCacheMiddleware

APEC = "/articles/peru-hosts-apec/"
LISTS = ["/", "/articles/?year=2016", "/feeds/articles.rss", "/search/?q=APEC"]


@pytest.fixture
def apec(demo_site):
    return ArticlePage.objects.get(slug="peru-hosts-apec")


def cached(client, *urls) -> None:
    """Read each page twice, so that it is served from the cache from now on."""
    for url in urls:
        client.get(url)
        assert "ETag" in client.get(url), url


def text(client, url) -> str:
    return client.get(url).content.decode()


def test_an_edited_and_published_article_shows_everywhere_at_once(client, apec):
    cached(client, APEC, *LISTS)
    revision = apec.get_latest_revision_as_object()
    revision.title = "Lima welcomes the Pacific Rim"
    revision.save_revision().publish()
    for url in [APEC, *LISTS[:3]]:
        assert "Lima welcomes the Pacific Rim" in text(client, url), url


def test_a_draft_changes_nothing_a_reader_sees(client, apec):
    cached(client, APEC)
    draft = apec.get_latest_revision_as_object()
    draft.title = "Not ready yet"
    draft.save_revision()
    assert "Not ready yet" not in text(client, APEC) and "Peru hosts APEC" in text(client, APEC)


def test_an_unpublished_article_is_gone_at_once(client, apec):
    cached(client, APEC, "/")
    apec.unpublish()
    assert client.get(APEC).status_code == 404
    assert APEC not in text(client, "/")


def test_a_deleted_article_is_gone_at_once(client, apec):
    cached(client, APEC, "/articles/")
    apec.delete()
    assert client.get(APEC).status_code == 404
    assert APEC not in text(client, "/articles/")


def test_a_new_article_appears_at_once(client, demo_site):
    from support.articles import publish_article

    cached(client, "/", "/articles/")
    publish_article("Quinoa prices fall", date=dt.date.today())
    assert "Quinoa prices fall" in text(client, "/") and "Quinoa prices fall" in text(client, "/articles/")


def test_a_moved_page_is_moved_at_once(client, demo_site):
    cached(client, "/")
    nav = text(client, "/").split("</nav>")[0]
    before = nav.index("All articles") < nav.index("Key issues")
    key_issues = KeyIssueIndexPage.objects.get(locale__language_code="en-gb")
    articles = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    key_issues.move(articles, pos="left" if before else "right")
    nav = text(client, "/").split("</nav>")[0]
    assert (nav.index("All articles") < nav.index("Key issues")) is not before


def test_a_renamed_slug_moves_the_address_at_once(client, apec):
    cached(client, APEC)
    revision = apec.get_latest_revision_as_object()
    revision.slug = "lima-hosts-apec"
    revision.save_revision().publish()
    assert client.get(APEC).status_code == 404
    assert client.get("/articles/lima-hosts-apec/").status_code == 200


def test_a_scheduled_article_appears_when_the_clock_publishes_it(client, demo_site):
    index = ArticleIndexPage.objects.get(locale__language_code="en-gb")
    article = index.add_child(instance=ArticlePage(title="Midnight briefing", slug="midnight-briefing", live=False))
    article.go_live_at = timezone.now() + dt.timedelta(hours=1)
    article.save_revision().publish()
    cached(client, "/")
    with time_machine.travel(article.go_live_at + dt.timedelta(minutes=1), tick=False):
        Clock().tick(now=120)
    assert "Midnight briefing" in text(client, "/")


def test_panels_settings_topics_and_authors_show_at_once(client, apec):
    cached(client, APEC, "/")
    panel = SitePanels.objects.get().items.filter(language="en-gb").first()
    panel.title = "Why we are here"
    panel.save()
    assert "Why we are here" in text(client, "/")

    identity = SiteIdentity.objects.get()
    identity.strapline = "Solidarity across the Andes"
    identity.save()
    assert "Solidarity across the Andes" in text(client, APEC)

    topic = apec.topics.first()
    topic.name = "Pacific trade"
    topic.save()
    assert "Pacific trade" in text(client, APEC)

    author = Author.objects.get(pk=apec.authorships.first().author_id)
    author.name = "A. N. Other"
    author.save()
    assert "A. N. Other" in text(client, APEC)


def test_a_change_committed_by_another_transaction_retires_pages_after_the_commit(
    client, apec, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Topic.objects.filter(pk=apec.topics.first().pk).first().save()
    before = generation.current()
    for callback in callbacks:
        callback()
    assert generation.current() != before


def test_a_page_rendered_while_the_content_changed_is_never_served():
    """A page that read the old rows while an edit was committed is filed under the
    generation the edit ended."""
    request = RequestFactory().get("/articles/")
    request.LANGUAGE_CODE = "en-gb"

    def render_old_while_editor_publishes(_request):
        generation.bump()
        return HttpResponse("old list")

    assert PageCacheMiddleware(render_old_while_editor_publishes)(request).content == b"old list"
    fresh = PageCacheMiddleware(lambda _request: HttpResponse("new list"))(request)
    assert fresh.content == b"new list"


def test_another_process_changing_the_content_retires_this_process_pages(client, apec, settings):
    if "locmem" not in settings.CACHES["pages"]["BACKEND"]:
        pytest.skip("with Redis the generation is shared in Redis itself (tests/deploy)")
    cached(client, APEC)
    settings.TRIBUNA_PAGE_GENERATION_FILE.write_text("written-by-another-process")
    Page.objects.filter(pk=apec.pk).update(title="Changed behind this process's back")
    assert "Changed behind this process" in text(client, APEC)


def test_a_page_made_private_is_private_at_once_and_public_again_when_freed(client, apec):
    cached(client, APEC)
    restriction = PageViewRestriction.objects.create(page=apec, restriction_type=PageViewRestriction.LOGIN)
    private = client.get(APEC)
    assert private.status_code == 302 and "Peru hosts APEC" not in private.content.decode()
    restriction.delete()
    assert client.get(APEC).status_code == 200


def test_a_signed_in_member_sees_an_edit_in_every_list_at_once(apec):
    """Members' pages are made for them each time, from cards remembered per article:
    those are retired by the edit too."""
    from django.test import Client
    from support.members import member_who_has_paid

    member = Client()
    member.force_login(member_who_has_paid().user)
    lists = ["/", "/articles/?year=2016", f"/articles/topic/{apec.topics.first().slug}/"]
    for url in lists:
        assert "Peru hosts APEC" in text(member, url), url
    revision = apec.get_latest_revision_as_object()
    revision.title = "Lima welcomes the Pacific Rim"
    revision.save_revision().publish()
    for url in lists:
        page = text(member, url)
        assert "Lima welcomes the Pacific Rim" in page and "Peru hosts APEC" not in page, url
