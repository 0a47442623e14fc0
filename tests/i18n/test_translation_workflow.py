"""An editor translates an article with wagtail-localize: a Spanish draft appears in the
translation editor, and readers never see it until it is published."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from tribuna.news.models import ArticlePage


@pytest.fixture
def editor(client, demo_site):
    user = get_user_model().objects.create_superuser(email="translator@example.org", password=None)
    client.force_login(user)
    return user


def test_an_editor_sends_an_article_for_translation(client, editor):
    article = ArticlePage.objects.get(slug="conga-two-years-on")
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_page_translation", args=[article.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "Español" in form.content.decode() or "Spanish" in form.content.decode()

    response = client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    translation = ArticlePage.objects.get(translation_key=article.translation_key, locale=spanish)
    assert not translation.live  # a draft until the translator publishes it
    assert client.get(translation.get_url()).status_code == 404

    # The translation editor opens on it, with the English text to translate.
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert editor_page.status_code == 200
    assert "Conga" in editor_page.content.decode()
