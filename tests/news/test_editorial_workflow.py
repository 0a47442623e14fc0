"""Drafts, previews and revisions, as an editor uses them in Wagtail's admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tribuna.news.models import ArticlePage


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser(email="editor@example.org", password="unused-in-tests")
    client.force_login(user)
    return user


@pytest.fixture
def apec(demo_site):
    return ArticlePage.objects.get(slug="peru-hosts-apec")


def test_a_draft_is_previewed_by_the_editor_but_not_shown_to_readers(client, editor, apec):
    draft = apec.get_latest_revision_as_object()
    draft.title = "Peru hosts APEC (updated draft)"
    draft.save_revision(user=editor)

    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[apec.pk]))
    assert preview.status_code == 200
    assert "Peru hosts APEC (updated draft)" in preview.content.decode()

    client.logout()
    public = client.get(apec.url).content.decode()
    assert "<h1>Peru hosts APEC</h1>" in public
    assert "updated draft" not in public
    assert client.get(reverse("wagtailadmin_pages:view_draft", args=[apec.pk])).status_code == 302


def test_a_preview_shows_the_draft_after_readers_have_seen_the_live_article(client, editor, apec):
    """Pieces of the live article are remembered under its id (tribuna/pagecache/memo.py);
    a preview of the draft must not be served them."""
    from django.test import Client

    draft = apec.get_latest_revision_as_object()
    draft.title = "Peru hosts APEC (updated draft)"
    draft.save_revision(user=editor)
    Client(HTTP_HOST="localhost").get(apec.url)  # a reader on the site's own host: the live article is remembered

    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[apec.pk])).content.decode()
    assert "<h1>Peru hosts APEC (updated draft)</h1>" in preview
    assert 'property="og:title" content="Peru hosts APEC (updated draft)"' in preview


def test_revisions_are_kept_and_an_old_one_can_be_restored(client, editor, apec):
    original = apec.latest_revision
    edited = apec.get_latest_revision_as_object()
    edited.standfirst = "A rewritten standfirst."
    edited.save_revision(user=editor).publish(user=editor)

    history = client.get(reverse("wagtailadmin_pages:history", args=[apec.pk]))
    assert history.status_code == 200

    revert_form = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[apec.pk, original.pk]))
    assert revert_form.status_code == 200
    assert original.as_object().standfirst in revert_form.content.decode()

    original.as_object().save_revision(user=editor).publish(user=editor)
    assert ArticlePage.objects.get(pk=apec.pk).standfirst == original.as_object().standfirst
    assert apec.revisions.count() == 3


def test_editor_dashboard_offers_the_content_to_edit(client, editor, demo_site):
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    explorer = client.get(reverse("wagtailadmin_explore", args=[ArticlePage.objects.first().get_parent().pk]))
    assert "Peru hosts APEC" in explorer.content.decode()
    for snippet in ("news/topic", "news/author"):
        assert client.get(f"/admin/snippets/{snippet}/").status_code == 200
    for setting, inline in (("base/siteidentity", "social_links"), ("base/sitepanels", "items")):
        response = client.get(f"/admin/settings/{setting}/", follow=True)
        assert response.status_code == 200
        assert f'name="{inline}-TOTAL_FORMS"' in response.content.decode()


def test_readers_cannot_reach_the_editor(client, demo_site):
    reader = get_user_model().objects.create_user(email="reader@example.org", password="x-unused-x")
    client.force_login(reader)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
