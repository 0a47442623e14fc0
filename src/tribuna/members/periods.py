"""Calendar arithmetic for membership periods."""

import calendar
import datetime as dt

from .models import Period


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it has no such day (31 Jan → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.date, period: str) -> dt.date | None:
    """The day a period that starts on `start` is paid up to; None for lifetime."""
    if period == Period.LIFETIME:
        return None
    return add_months(start, 1 if period == Period.MONTHLY else 12)
