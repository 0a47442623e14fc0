"""Members-only articles: the body for current members and staff, an invitation for others."""


import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from support.articles import first_paragraph, readable
from tribuna.members import lifecycle
from tribuna.members.models import PaymentMethod, Plan
from tribuna.news.models import ArticlePage


@pytest.fixture
def locked(demo_site):
    article = ArticlePage.objects.get(slug="prior-consultation-at-ten")
    assert article.members_only
    return article


def join(email):
    return lifecycle.join(
        lifecycle.JoinRequest(
            plan=Plan.objects.get(slug="individual"), name="Eva Mamani", email=email, payment_method=PaymentMethod.CHEQUE
        )
    )


def test_readers_see_the_standfirst_and_an_invitation(client, locked):
    html = readable(client.get(locked.url))
    assert locked.standfirst in html
    assert "This article is for members" in html
    assert first_paragraph(locked) not in html


def test_a_pending_member_is_invited_to_pay_first(client, locked):
    member = join("eva@example.net")
    client.force_login(member.user)
    assert first_paragraph(locked) not in readable(client.get(locked.url))


def test_a_current_member_reads_the_body(client, locked):
    member = join("eva@example.net")
    lifecycle.record_payment(member, amount=30, method=PaymentMethod.CHEQUE, received_on=timezone.localdate())
    client.force_login(member.user)
    html = readable(client.get(locked.url))
    assert first_paragraph(locked) in html and "This article is for members" not in html


def test_staff_read_the_body(client, locked):
    editor = get_user_model().objects.create_user(email="ed@example.org", password=None, is_staff=True)
    client.force_login(editor)
    assert first_paragraph(locked) in readable(client.get(locked.url))
