"""The membership secretary's first look in the admin: members by status, and joins and
lapses month by month.

The counting happens in the database with GROUP BY, so the panel costs the same three
queries whether the group has ten members or ten thousand.
"""

import datetime as dt
import math
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, DateField
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Member, Status, StatusChange

MONTHS_SHOWN = 12


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    joins: int
    lapses: int


def members_by_status() -> list[StatusCount]:
    """Every status, in lifecycle order, including those nobody is in."""
    counts = dict(Member.objects.order_by().values_list("status").annotate(count=Count("pk")))
    return [StatusCount(value, label, counts.get(value, 0)) for value, label in Status.choices]


def last_months(today: dt.date) -> list[dt.date]:
    """First days of the months shown, ending with today's, oldest first."""
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - MONTHS_SHOWN + 1, index + 1)]


def joins_and_lapses() -> list[MonthFigures]:
    """Members who joined, and changes to lapsed, in each of the months shown."""
    months = last_months(timezone.localdate())
    since = timezone.make_aware(dt.datetime.combine(months[0], dt.time.min))
    joins = _per_month(Member.objects.filter(joined_at__gte=since), "joined_at")
    # A move into lapsed; a lapsed member's plan change also writes a lapsed → lapsed row.
    moves_to_lapsed = StatusChange.objects.filter(to_status=Status.LAPSED, changed_at__gte=since).exclude(
        from_status=Status.LAPSED
    )
    lapses = _per_month(moves_to_lapsed, "changed_at")
    return [MonthFigures(month, joins.get(month, 0), lapses.get(month, 0)) for month in months]


def _per_month(queryset, field: str) -> dict[dt.date, int]:
    # TruncMonth converts to the current time zone (TIME_ZONE, or the one the user chose in
    # Wagtail) before truncating, on SQLite and PostgreSQL alike, so months begin where
    # `joins_and_lapses` starts them: 23:30 UTC on 31 March counts in April in London.
    rows = (
        queryset.order_by()
        .annotate(month=TruncMonth(field, output_field=DateField()))
        .values_list("month")
        .annotate(count=Count("pk"))
    )
    return dict(rows)


# The chart is drawn in SVG user units; the browser scales it to the panel's width.
WIDTH, HEIGHT = 640, 300
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 56, 628, 48, 236
BAR_WIDTH, BAR_GAP = 16, 2


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    height: float
    value: int

    @property
    def middle(self) -> float:
        return round(self.x + BAR_WIDTH / 2, 1)

    @property
    def label_y(self) -> float:
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class Column:
    month: dt.date
    centre: float
    show_year: bool
    joins: Bar
    lapses: Bar


@dataclass(frozen=True)
class Chart:
    columns: list[Column]
    ticks: list[tuple[int, float]]  # (value, y) for each gridline


def _tick_step(largest: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50… that needs no more than five gridlines."""
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            if largest <= 5 * step:
                return step
        scale *= 10


def chart(figures: list[MonthFigures]) -> Chart:
    """Positions for grouped bars: joins on the left of each month, lapses on the right."""
    largest = max([f.joins for f in figures] + [f.lapses for f in figures] + [1])
    step = _tick_step(largest)
    top = math.ceil(largest / step) * step
    plot_height = PLOT_BOTTOM - PLOT_TOP

    def y_of(value: int) -> float:
        return PLOT_BOTTOM - value * plot_height / top

    def bar(x: float, value: int) -> Bar:
        y = round(y_of(value), 1)
        return Bar(x=round(x, 1), y=y, height=round(PLOT_BOTTOM - y, 1), value=value)

    slot = (PLOT_RIGHT - PLOT_LEFT) / len(figures)
    columns = []
    for i, month in enumerate(figures):
        centre = round(PLOT_LEFT + slot * (i + 0.5), 1)
        columns.append(
            Column(
                month=month.month,
                centre=centre,
                show_year=i == 0 or month.month.month == 1,
                joins=bar(centre - BAR_GAP / 2 - BAR_WIDTH, month.joins),
                lapses=bar(centre + BAR_GAP / 2, month.lapses),
            )
        )
    ticks = [(value, round(y_of(value), 1)) for value in range(0, top + 1, step)]
    return Chart(columns=columns, ticks=ticks)


def may_see_membership(user) -> bool:
    # has_perm is also true for active superusers.
    return user.has_perm("members.view_member")


class MembershipPanel(Component):
    name = "membership"
    template_name = "members/desk/dashboard_panel.html"
    order = 100  # above Wagtail's own panels (moderation, recent edits, locks)

    def get_context_data(self, parent_context=None):
        index_url = reverse("members_desk:index")
        figures = joins_and_lapses()
        return {
            "statuses": [
                {"label": s.label, "count": s.count, "url": f"{index_url}?{urlencode({'status': s.status})}"}
                for s in members_by_status()
            ],
            "figures": figures,
            "chart": chart(figures),
            "size": {
                "width": WIDTH,
                "height": HEIGHT,
                "left": PLOT_LEFT,
                "right": PLOT_RIGHT,
                "top": PLOT_TOP,
                "bottom": PLOT_BOTTOM,
                "middle_x": (PLOT_LEFT + PLOT_RIGHT) // 2,
                "middle_y": (PLOT_TOP + PLOT_BOTTOM) // 2,
                "bar_width": BAR_WIDTH,
            },
        }
