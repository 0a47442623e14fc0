import pytest
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

@pytest.mark.parametrize("n", [1, 2])
def test_debug(n):
    from django.db import connection
    from wagtail.models import Page
    s = getattr(connection, "_test_serialized_contents", None)
    print(n, s is not None and len(s), s and '"wagtailcore.page"' in s, Page.objects.count())
    Page.objects.create  # noqa
