"""Reading the spreadsheets membership secretaries actually have: any common encoding,
comma, semicolon or tab separated, column headings in their own words, UK dates."""

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .csv_safety import from_spreadsheet

# Canonical field → headings people use for it (compared lower-case, without punctuation).
# The desk's own CSV export headings are among them, so an export can be imported back.
HEADINGS = {
    "email": ["email", "e-mail", "email address", "e-mail address", "mail"],
    "name": ["name", "full name", "member", "member name"],
    "plan": ["plan", "membership", "membership type", "type"],
    "status": ["status"],
    "expires_on": ["paid up to", "expires", "expires on", "expiry", "expiry date", "renewal date", "expires_on"],
    "payment_method": ["payment method", "method", "pays by", "payment_method"],
    "payment_reference": ["payment reference", "reference", "ref", "payment_reference"],
    "address": ["address", "postal address"],
    "postcode": ["postcode", "post code", "postal code", "zip"],
    "joined_at": ["joined", "joined on", "date joined", "member since", "joined_at"],
    "newsletter": ["newsletter", "newsletter consent", "mailing list"],
    "language": ["language", "preferred language", "idioma"],
}
MAX_FILE_BYTES = 50 * 1024 * 1024


def _squash(heading: str) -> str:
    return re.sub(r"[\s_\-.:]+", " ", heading.strip().lower()).replace("e mail", "email").strip()


HEADING_LOOKUP = {_squash(h): name for name, headings in HEADINGS.items() for h in headings}


class UnreadableFile(ValueError):
    """The file as a whole cannot be imported; the message says why, for the secretary."""


@dataclass
class Table:
    columns: dict[str, int]  # canonical field → column index
    ignored: list[str]  # headings we do not import
    rows: list[tuple[int, dict[str, str]]]  # (line number, field → text)
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without Excel's BOM), else Windows-1252."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(_("This looks like a spreadsheet workbook. Save it as CSV (comma separated) first."))
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def read_table(data: bytes) -> Table:
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(_("The file is larger than 50 MB. Split it into smaller files."))
    text, encoding = decode(data)
    text = text.replace("\x00", "")
    if not text.strip():
        raise UnreadableFile(_("The file is empty."))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile(_("The file is not CSV we can read: %(error)s") % {"error": error}) from error

    headings = records[0]
    columns: dict[str, int] = {}
    ignored = []
    for index, heading in enumerate(headings):
        name = HEADING_LOOKUP.get(_squash(heading))
        if name is None:
            if heading.strip():
                ignored.append(heading.strip())
        elif name in columns:
            raise UnreadableFile(
                _("Two columns mean the same thing: “%(first)s” and “%(second)s”. Remove one.")
                % {"first": headings[columns[name]], "second": heading}
            )
        else:
            columns[name] = index
    if "email" not in columns:
        raise UnreadableFile(_("No e-mail column found. The first row must hold the column headings, one of them “E-mail”."))

    rows = []
    for line, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        rows.append(
            (line, {name: from_spreadsheet(record[index].strip()) if index < len(record) else "" for name, index in columns.items()})
        )
    return Table(columns=columns, ignored=ignored, rows=rows, encoding=encoding)


DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
WORDY_FORMATS = ["%d %B %Y", "%d %b %Y", "%Y-%m-%d %H:%M:%S"]


def parse_date(text: str) -> dt.date:
    """ISO dates and UK day-first dates, as a spreadsheet writes them; ValueError otherwise.

    The two common shapes are matched directly: strptime is slow across 100,000 rows."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    if match := DAY_FIRST.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year + 2000 if year < 100 else year, month, day)
    for date_format in WORDY_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, date_format).date()
        except ValueError:
            continue
    raise ValueError(text)


YES = {"yes", "y", "true", "1", "x", "✓", "subscribed", "opted in"}
NO = {"no", "n", "false", "0", "unsubscribed", "opted out"}


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValueError(text)


def choice_lookup(choices) -> dict[str, str]:
    """Accept a choice by its stored value or its label, in any case: "standing_order", "Standing order"."""
    lookup = {}
    for value, label in choices:
        lookup[_squash(str(value))] = value
        lookup[_squash(str(label))] = value
    return lookup


def chosen(lookup: dict[str, str], text: str) -> str | None:
    """The value `text` names in a `choice_lookup`, written as loosely as its keys."""
    return lookup.get(_squash(text))
