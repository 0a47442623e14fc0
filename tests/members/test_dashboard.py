"""The membership panel on the admin home page: members by status, joins and lapses by month."""

import datetime as dt

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.utils import timezone

from tribuna.members import dashboard, lifecycle
from tribuna.members.models import Member, PaymentMethod, Plan, Status, StatusChange

TODAY = "2026-11-15T12:00:00+00:00"  # so the chart runs from December 2025 to November 2026


def at(moment: str):
    return time_machine.travel(dt.datetime.fromisoformat(moment), tick=False)


@pytest.fixture(autouse=True)
def _london_today(settings):
    settings.TIME_ZONE = "Europe/London"  # the month boundaries below depend on it
    with at(TODAY):
        yield


def join(name: str, moment: str) -> Member:
    with at(moment):
        return lifecycle.join(
            lifecycle.JoinRequest(
                plan=Plan.objects.get(slug="individual"),
                name=name,
                email=f"{name.lower()}@example.net",
                payment_method=PaymentMethod.STANDING_ORDER,
            )
        )


def move(member: Member, status: str, moment: str) -> None:
    with at(moment):
        lifecycle.change_status(member, status, "set by the test")


@pytest.fixture
def history(demo_site):
    """Six members whose joins and lapses straddle month ends in winter and summer time."""
    ana = join("Ana", "2025-11-20T10:00:00+00:00")  # before the chart's first month
    move(ana, Status.ACTIVE, "2025-11-21T10:00:00+00:00")
    move(ana, Status.LAPSED, "2026-01-31T23:30:00+00:00")  # GMT: still 31 January
    join("Bruno", "2026-01-10T10:00:00+00:00")
    carla = join("Carla", "2026-01-31T23:30:00+00:00")
    move(carla, Status.ACTIVE, "2026-02-01T10:00:00+00:00")
    move(carla, Status.GRACE, "2026-10-01T10:00:00+00:00")
    diego = join("Diego", "2026-03-31T23:30:00+00:00")  # BST: 00:30 on 1 April
    move(diego, Status.ACTIVE, "2026-04-02T10:00:00+00:00")
    move(diego, Status.LAPSED, "2026-05-31T23:30:00+00:00")  # BST: 1 June
    move(diego, Status.ACTIVE, "2026-07-01T10:00:00+00:00")
    elena = join("Elena", "2026-06-05T10:00:00+00:00")
    move(elena, Status.CANCELLED, "2026-06-20T10:00:00+00:00")
    join("Felipe", "2026-11-02T10:00:00+00:00")


@pytest.fixture
def secretary(client, demo_site):
    user = get_user_model().objects.create_superuser(email="secretary@example.org", password="not-used-here")
    client.force_login(user)
    return user


def editor(client, *permissions: str):
    user = get_user_model().objects.create_user(email="ed@example.org", password=None, is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *permissions]))
    client.force_login(user)
    return user


def panel_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(id="membership-section")


def test_counts_by_status_and_by_month(history):
    assert [(row.status, row.count) for row in dashboard.members_by_status()] == [
        ("pending", 2),
        ("active", 1),
        ("grace", 1),
        ("lapsed", 1),
        ("cancelled", 1),
    ]
    figures = {row.month: (row.joins, row.lapses) for row in dashboard.joins_and_lapses()}
    assert list(figures) == dashboard.last_months(dt.date(2026, 11, 15))
    assert min(figures) == dt.date(2025, 12, 1) and max(figures) == dt.date(2026, 11, 1)
    assert {month: pair for month, pair in figures.items() if pair != (0, 0)} == {
        dt.date(2026, 1, 1): (2, 1),
        dt.date(2026, 4, 1): (1, 0),
        dt.date(2026, 6, 1): (1, 1),
        dt.date(2026, 11, 1): (1, 0),
    }


def test_the_secretary_sees_counts_that_link_to_the_filtered_list(client, secretary, history):
    panel = panel_of(client.get("/admin/"))
    assert panel is not None
    links = {a.get_text(" ", strip=True): a["href"] for a in panel.select(".w-summary__list a")}
    assert links == {
        "2 Pending": "/admin/members/?status=pending",
        "1 Active": "/admin/members/?status=active",
        "1 Grace": "/admin/members/?status=grace",
        "1 Lapsed": "/admin/members/?status=lapsed",
        "1 Cancelled": "/admin/members/?status=cancelled",
    }
    pending = client.get(links["2 Pending"]).content.decode()
    assert "Bruno" in pending and "Felipe" in pending
    assert "Diego" not in pending and "Carla" not in pending


def test_the_chart_and_its_table(client, secretary, history):
    panel = panel_of(client.get("/admin/"))
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in panel.select("table tbody tr")]
    assert len(rows) == 12
    assert rows[0] == ["December 2025", "0", "0"]
    assert ["January 2026", "2", "1"] in rows
    assert ["April 2026", "1", "0"] in rows
    assert ["June 2026", "1", "1"] in rows
    assert rows[-1] == ["November 2026", "1", "0"]
    assert [th.get_text(strip=True) for th in panel.select("table thead th")] == ["Month", "Joins", "Lapses"]

    svg = panel.find("svg", role="img")
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title", id=title_id).get_text(strip=True) == "Joins and lapses per month, December 2025 to November 2026"
    assert "table" in svg.find("desc", id=desc_id).get_text()
    texts = [text.get_text(strip=True) for text in svg.find_all("text")]
    assert {"Joins", "Lapses", "Members", "Month"} <= set(texts)  # legend and axis labels
    assert texts.count("Jan") == 1 and "Dec" in texts and "Nov" in texts
    assert "http" not in str(svg).replace("http://www.w3.org", "")  # nothing fetched from elsewhere
    assert not panel.find("script")


def test_the_axis_fits_the_largest_month():
    months = dashboard.last_months(dt.date(2026, 11, 15))
    quiet = dashboard.chart([dashboard.MonthFigures(m, 0, 0) for m in months])
    assert [value for value, _ in quiet.ticks] == [0, 1]
    busy = dashboard.chart([dashboard.MonthFigures(m, 137 if m.month == 3 else 4, 2) for m in months])
    assert [value for value, _ in busy.ticks] == [0, 50, 100, 150]
    tallest = max(column.joins.height for column in busy.columns)
    assert tallest == pytest.approx((dashboard.PLOT_BOTTOM - dashboard.PLOT_TOP) * 137 / 150, abs=0.1)


def test_editors_without_member_access_do_not_see_it(client, history):
    editor(client)
    response = client.get("/admin/")
    assert panel_of(response) is None
    assert "Members by status" not in response.content.decode()


def test_staff_who_may_view_members_see_it(client, history):
    editor(client, "view_member")
    assert panel_of(client.get("/admin/")) is not None


def add_members(plan, numbers: range) -> None:
    """Members joined a week apart going back from today; every fifth one lapsed."""
    now = timezone.now()
    statuses = list(Status)
    members = Member.objects.bulk_create(
        Member(
            name=f"Member {i}",
            email=f"member{i}@example.net",
            plan=plan,
            status=statuses[i % len(statuses)],
            payment_method=PaymentMethod.STANDING_ORDER,
            joined_at=now - dt.timedelta(days=7 * i),
        )
        for i in numbers
    )
    StatusChange.objects.bulk_create(
        StatusChange(
            member=m,
            from_status=Status.GRACE,
            to_status=Status.LAPSED,
            reason="grace period over",
            changed_at=m.joined_at + dt.timedelta(days=40),
        )
        for m in members
        if m.status == Status.LAPSED
    )


def test_the_query_count_does_not_grow_with_the_membership(client, secretary, count_queries):
    plan = Plan.objects.get(slug="individual")
    request = RequestFactory().get("/admin/")
    request.user = secretary

    def measure():
        with count_queries() as panel_queries:
            dashboard.MembershipPanel().render_html({"request": request})
        with count_queries() as page_queries:
            assert panel_of(client.get("/admin/")) is not None
        return len(panel_queries), len(page_queries)

    client.get("/admin/")  # first visit: the user's admin profile and the like
    add_members(plan, range(3))
    few = measure()
    add_members(plan, range(3, 60))
    assert Member.objects.count() == 60 and StatusChange.objects.filter(to_status=Status.LAPSED).count() == 12
    assert measure() == few
    assert few[0] == 3  # statuses, joins, lapses
