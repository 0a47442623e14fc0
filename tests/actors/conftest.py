import pytest
from django.contrib.auth import get_user_model
from django.test import Client


@pytest.fixture
def editor(demo_site):
    """A signed-in editor's browser session (a superuser, as the demo's editor is)."""
    user = get_user_model().objects.create_superuser(email="editor@example.org", password="a long editor password")
    client = Client()
    client.force_login(user)
    return client
