"""Readers who are not signed in get whole pages from the cache; nobody else does."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from support.articles import first_paragraph, readable
from support.members import member_who_has_paid

from tribuna.news.models import ArticlePage
from tribuna.pagecache import generation

APEC = "/articles/peru-hosts-apec/"


def queries_for(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def test_a_second_reader_gets_the_page_without_a_database_query(client, demo_site):
    first, rendering = queries_for(client, APEC)
    second, cached = queries_for(client, APEC)
    assert rendering > 5 and cached == 0
    assert second.status_code == 200 and second.content == first.content
    assert "Peru hosts APEC" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"] == "text/html; charset=utf-8"
    assert second["Content-Language"] == "en-gb"


def test_a_cached_page_tells_caches_and_browsers_how_to_keep_it(client, demo_site, settings):
    settings.TRIBUNA_SHARED_CACHE_SECONDS = 30
    for response in (client.get(APEC), client.get(APEC)):
        assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=0", "s-maxage=30"}
        assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
        assert "Set-Cookie" not in response


def test_a_browser_holding_the_page_gets_a_304(client, demo_site):
    page = client.get(APEC)
    by_etag, cost = queries_for(client, APEC, if_none_match=page["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b"" and cost == 0
    assert by_etag["ETag"] == page["ETag"]
    by_date = client.get(APEC, headers={"if-modified-since": page["Last-Modified"]})
    assert by_date.status_code == 304
    other = client.get(APEC, headers={"if-none-match": '"something-else"'})
    assert other.status_code == 200 and other.content == page.content


def test_the_first_request_answers_a_conditional_request_too(client, demo_site):
    page = client.get(APEC)
    generation.bump()  # the next request renders afresh, and the same bytes get the same ETag
    again = client.get(APEC, headers={"if-none-match": page["ETag"]})
    assert again.status_code == 304


def test_each_language_and_each_query_is_its_own_page(client, demo_site):
    english = client.get("/").content.decode()
    spanish = client.get("/es/").content.decode()
    assert 'lang="en-GB"' in english or 'lang="en-gb"' in english
    assert 'lang="es"' in spanish
    assert client.get("/").content.decode() == english and client.get("/es/").content.decode() == spanish
    mining = client.get("/search/?q=mining").content.decode()
    apec = client.get("/search/?q=APEC").content.decode()
    assert mining != apec and APEC in apec


def test_an_unknown_page_is_not_kept(client, demo_site):
    client.get("/no-such-page/")
    missing, cost = queries_for(client, "/no-such-page/")
    assert missing.status_code == 404 and cost > 0


def test_a_page_with_a_form_is_made_for_each_reader(client, demo_site):
    join = client.get("/become-a-member/")
    assert 'name="csrfmiddlewaretoken"' in join.content.decode()
    again, cost = queries_for(client, "/become-a-member/")
    assert cost > 0 and "public" not in again.get("Cache-Control", "")
    assert again.cookies.get("csrftoken")


def test_members_only_bodies_never_reach_the_cache_or_other_readers(client, demo_site, django_user_model):
    from django.test import Client

    locked = ArticlePage.objects.get(slug="prior-consultation-at-ten")
    secret = first_paragraph(locked)
    member = Client()
    member.force_login(member_who_has_paid().user)

    as_member = member.get(locked.url)
    assert secret in readable(as_member)
    assert "private" in as_member["Cache-Control"] and "public" not in as_member["Cache-Control"]
    as_reader = client.get(locked.url)
    assert secret not in readable(as_reader) and "This article is for members" in readable(as_reader)
    # The reader's copy is now cached; the member still gets their own.
    assert secret in readable(member.get(locked.url))
    assert secret not in readable(client.get(locked.url))


def test_staff_neither_get_nor_leave_a_cached_page(client, demo_site):
    from django.test import Client

    reader_copy = client.get(APEC).content.decode()
    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser(email="ed@example.org", password=None))
    staff_copy, cost = queries_for(editor, APEC)
    assert cost > 0 and "private" in staff_copy["Cache-Control"]
    assert "wagtail-userbar" in staff_copy.content.decode() and "wagtail-userbar" not in reader_copy
    assert "wagtail-userbar" not in client.get(APEC).content.decode()


def test_a_reader_with_a_message_waiting_gets_a_fresh_page(client, demo_site):
    client.get(APEC)
    client.cookies["messages"] = "anything"
    _response, cost = queries_for(client, APEC)
    assert cost > 0


def test_the_cache_can_be_switched_off(client, demo_site, settings):
    settings.TRIBUNA_PAGE_CACHE = False
    client.get(APEC)
    response, cost = queries_for(client, APEC)
    assert cost > 0 and "ETag" not in response


def test_a_page_reads_the_content_generation_once(client, demo_site, settings, monkeypatch):
    """A page made afresh remembers a dozen pieces; each is filed under the generation the
    request started in, read once (a file here; a Redis round trip with REDIS_URL)."""
    if "locmem" not in settings.CACHES["pages"]["BACKEND"]:
        pytest.skip("with Redis the generation is read from Redis (tests/deploy)")
    settings.TRIBUNA_PAGE_CACHE = False
    generation_file, reads = generation._path(), []

    def counted_path():
        reads.append(1)
        return generation_file

    client.get(APEC)  # what the first reader leaves (renditions, say) is in place
    monkeypatch.setattr(generation, "_path", counted_path)
    assert client.get(APEC).status_code == 200
    assert len(reads) == 1


def test_a_kept_feed_keeps_the_date_its_content_changed(client, demo_site):
    """Feed readers ask with If-Modified-Since: the date is the newest item's, not when
    the page happened to be cached."""
    import datetime as dt

    import time_machine
    from django.utils import timezone
    from django.utils.http import parse_http_date
    from support.articles import publish_article

    article = publish_article("Just out", date=timezone.localdate())
    article.refresh_from_db()
    with time_machine.travel(timezone.now() + dt.timedelta(hours=1), tick=False):
        response = client.get("/feeds/articles.rss")
    assert "ETag" in response
    assert parse_http_date(response["Last-Modified"]) == int(article.last_published_at.timestamp())


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/sitemap.xml", "/api/v1/articles/"])
def test_feeds_sitemap_and_api_are_kept_too(client, demo_site, path):
    first = client.get(path)
    second, cost = queries_for(client, path)
    assert first.status_code == 200 and cost == 0 and second.content == first.content
