"""Importing members from a spreadsheet: checked first, then applied; idempotent on e-mail.

`check()` reads every row against the database without writing and says what each row
would do (create, update, unchanged) or why it cannot be imported. `apply()` writes the
rows that pass, in batches, each batch in one transaction: an import stopped half way
can be run again and finishes the job, because rows already in are then "unchanged".

Bulk writes bypass `lifecycle.change_status` for speed (100,000 rows in well under a
minute) but leave the same history rows it would.
"""

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from tribuna.base.locales import default_language
from tribuna.newsletters import members_sync

from .csv_reading import Table, choice_lookup, chosen, parse_date, parse_yes_no
from .models import Consent, Member, PaymentMethod, Period, Plan, Status, StatusChange, new_payment_reference
from .settings import membership_settings

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
BATCH_SIZE = 1000
TEXT_LIMITS = {
    field: Member._meta.get_field(field).max_length for field in ("name", "payment_reference", "postcode")
} | {"email": 254, "address": 500}
CONSENT_WORDING = "Consent to the newsletter as the group recorded it before moving to Tribuna (imported)."


@dataclass
class RowCheck:
    line: int
    email: str
    action: str
    values: dict = field(default_factory=dict)  # what the row sets (model field → value)
    errors: list[str] = field(default_factory=list)
    member_id: int | None = None


@dataclass
class Report:
    rows: list[RowCheck]
    references: set[str] = field(default_factory=set)  # payment references already taken

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[RowCheck]:
        return [row for row in self.rows if row.action == ERROR]

    def summary(self) -> dict[str, int]:
        return {action: self.count(action) for action in (CREATE, UPDATE, UNCHANGED, ERROR)}


class _Known:
    """What the database already holds, loaded once per import rather than once per row."""

    def __init__(self):
        self.members = {
            email: (pk, ref)
            for email, pk, ref in Member.objects.filter(closed_at=None)
            .annotate(lower_email=Lower("email"))
            .values_list("lower_email", "pk", "payment_reference")
        }
        self.references = {ref: pk for pk, ref in Member.objects.values_list("pk", "payment_reference")}
        self.plans = {}
        for plan in Plan.objects.all():
            self.plans[plan.slug.lower()] = plan
            self.plans.setdefault(plan.name.strip().lower(), plan)
        self.statuses = choice_lookup(Status.choices)
        self.methods = choice_lookup(PaymentMethod.choices)
        self.languages = choice_lookup(_language_names())


def _language_names() -> list[tuple[str, str]]:
    """Each site language by every name a spreadsheet may give it: its code and its first
    part ("en" for en-gb), and its name in English, in itself and in the site's list."""
    names = []
    for code, label in settings.LANGUAGES:
        info = get_language_info(code)
        names += [(code, label), (code, code.split("-")[0]), (code, info["name"]), (code, info["name_local"])]
    return names


def check(table: Table, *, today: dt.date | None = None) -> Report:
    today = today or timezone.localdate()
    known = _Known()
    grace_days = membership_settings().grace_days
    existing = _load_existing(known, table)
    seen_emails: dict[str, int] = {}
    seen_references: dict[str, int] = {}
    rows = []
    for line, cells in table.rows:
        row = _check_row(line, cells, known, existing, today, grace_days)
        if row.email:
            if row.email in seen_emails:
                row.errors.append(_("The same e-mail address is on line %(line)s.") % {"line": seen_emails[row.email]})
            seen_emails.setdefault(row.email, line)
        reference = row.values.get("payment_reference")
        if reference:
            if reference in seen_references:
                row.errors.append(_("The same payment reference is on line %(line)s.") % {"line": seen_references[reference]})
            seen_references.setdefault(reference, line)
        if row.errors:
            row.action = ERROR
        rows.append(row)
    return Report(rows, references=set(known.references) | set(seen_references))


def _load_existing(known: _Known, table: Table) -> dict[int, Member]:
    """The members this file would update, in one query per thousand."""
    wanted = [known.members[cells["email"].lower()][0] for _, cells in table.rows if cells["email"].lower() in known.members]
    existing = {}
    for start in range(0, len(wanted), BATCH_SIZE):
        existing.update(Member.objects.select_related("plan").in_bulk(wanted[start : start + BATCH_SIZE]))
    return existing


def _check_row(line, cells, known: _Known, existing, today, grace_days) -> RowCheck:
    email = cells["email"].strip().lower()
    row = RowCheck(line=line, email=email, action=CREATE)
    problems = row.errors
    try:
        validate_email(email)
    except ValidationError:
        problems.append(_("“%(value)s” is not an e-mail address.") % {"value": cells["email"][:100]} if email else _("The e-mail address is missing."))

    for name, limit in TEXT_LIMITS.items():
        if len(cells.get(name, "")) > limit:
            problems.append(_("%(column)s is longer than %(limit)s characters.") % {"column": _column(name), "limit": limit})
    values = row.values
    for name in ("name", "address", "postcode"):
        if cells.get(name):
            values[name] = cells[name].upper() if name == "postcode" else cells[name]
    if cells.get("payment_reference"):
        reference = cells["payment_reference"].upper()
        values["payment_reference"] = reference
        owner = known.references.get(reference)
        if owner is not None and owner != known.members.get(email, (None,))[0]:
            problems.append(_("Payment reference %(ref)s belongs to another member.") % {"ref": reference})
    if cells.get("plan"):
        plan = known.plans.get(cells["plan"].strip().lower())
        if plan is None:
            problems.append(_("No plan called “%(value)s”.") % {"value": cells["plan"][:100]})
        else:
            values["plan"] = plan
    _parse_choice(cells, "status", known.statuses, values, problems)
    _parse_choice(cells, "payment_method", known.methods, values, problems)
    _parse_choice(cells, "language", known.languages, values, problems)
    for name in ("expires_on", "joined_at"):
        if cells.get(name):
            try:
                values[name] = parse_date(cells[name])
            except ValueError:
                problems.append(
                    _("%(column)s: “%(value)s” is not a date (use 2027-03-31 or 31/03/2027).")
                    % {"column": _column(name), "value": cells[name][:40]}
                )
    if cells.get("newsletter"):
        try:
            values["newsletter"] = parse_yes_no(cells["newsletter"])
        except ValueError:
            problems.append(_("Newsletter: “%(value)s” is not yes or no.") % {"value": cells["newsletter"][:40]})

    member_id = known.members.get(email, (None,))[0]
    if member_id is None:
        _complete_new(values, cells, problems, today, grace_days)
    else:
        row.member_id = member_id
        row.action = _compare(existing[member_id], values, today, grace_days)
    return row


def _parse_choice(cells, name, lookup, values, problems):
    if cells.get(name):
        value = chosen(lookup, cells[name])
        if value is None:
            problems.append(_("%(column)s: “%(value)s” is not one we know.") % {"column": _column(name), "value": cells[name][:40]})
        else:
            values[name] = value


def _column(name: str) -> str:
    return {
        "email": _("E-mail"),
        "name": _("Name"),
        "payment_reference": _("Payment reference"),
        "postcode": _("Postcode"),
        "address": _("Address"),
        "status": _("Status"),
        "payment_method": _("Payment method"),
        "expires_on": _("Paid up to"),
        "joined_at": _("Joined"),
        "language": _("Language"),
    }[name]


def status_for_expiry(expires_on: dt.date | None, plan: Plan, today: dt.date, grace_days: int) -> str:
    """The status a paid-up date implies, as the daily job would have moved it."""
    if expires_on is None:
        return Status.ACTIVE if plan.period == Period.LIFETIME or plan.is_free else Status.PENDING
    if expires_on >= today:
        return Status.ACTIVE
    if expires_on >= today - dt.timedelta(days=grace_days):
        return Status.GRACE
    return Status.LAPSED


def _complete_new(values, cells, problems, today, grace_days):
    if not values.get("name"):
        problems.append(_("The name is missing."))
    plan = values.get("plan")
    if plan is None:
        if not cells.get("plan"):
            problems.append(_("The plan is missing."))
        return
    values.setdefault("payment_method", PaymentMethod.NONE if plan.is_free else PaymentMethod.STANDING_ORDER)
    values.setdefault("status", status_for_expiry(values.get("expires_on"), plan, today, grace_days))
    if values["status"] in {Status.ACTIVE, Status.GRACE} and values.get("expires_on") is None and plan.period != Period.LIFETIME and not plan.is_free:
        problems.append(_("A “paid up to” date is needed for an active member on the %(plan)s plan.") % {"plan": plan.name})


def _compare(member: Member, values: dict, today, grace_days) -> str:
    """Turn the row into the changes it makes to `member`; UNCHANGED when there are none.

    The first join date stands, and newsletter consent is only taken for new members: a
    member's own later choice outranks an old spreadsheet."""
    if "expires_on" in values and "status" not in values and member.status != Status.CANCELLED:
        values["status"] = status_for_expiry(values["expires_on"], values.get("plan", member.plan), today, grace_days)
    changes = {
        name: value
        for name, value in values.items()
        if name not in {"joined_at", "newsletter"} and getattr(member, name) != value
    }
    values.clear()
    values.update(changes)
    return UPDATE if changes else UNCHANGED


# --- applying ------------------------------------------------------------------------------


def apply(table: Table, *, by=None, source: str = "CSV import", progress: Callable[[int, int], None] | None = None) -> Report:
    """Check the table again (the data may have moved since the dry run) and write it."""
    report = check(table)
    todo = [row for row in report.rows if row.action in {CREATE, UPDATE}]
    done = 0
    for batch in _batches(todo):
        with transaction.atomic():
            _create([row for row in batch if row.action == CREATE], by=by, source=source, taken=report.references)
            _update([row for row in batch if row.action == UPDATE], by=by, source=source)
        done += len(batch)
        if progress:
            progress(done, len(todo))
    return report


def _batches(rows: list) -> Iterator[list]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]


def _create(rows: list[RowCheck], *, by, source: str, taken: set[str]):
    if not rows:
        return
    User = get_user_model()
    emails = [row.email for row in rows]
    users = {
        email: (pk, has_member)
        for email, pk, has_member in User.objects.annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .values_list("lower_email", "pk", "member")
    }
    new_users = User.objects.bulk_create(
        [User(email=email, password=make_password(None)) for email in emails if email not in users]
    )
    users.update({user.email: (user.pk, None) for user in new_users})
    members = []
    now = timezone.now()
    for row in rows:
        values = row.values
        user_id, has_member = users[row.email]
        member = Member(
            user_id=None if has_member else user_id,
            email=row.email,
            name=values["name"],
            plan=values["plan"],
            status=values["status"],
            payment_method=values["payment_method"],
            expires_on=values.get("expires_on"),
            address=values.get("address", ""),
            postcode=values.get("postcode", ""),
            language=values.get("language") or default_language(),
            joined_at=_midday(values["joined_at"]) if "joined_at" in values else now,
        )
        member.payment_reference = values.get("payment_reference") or _fresh_reference(taken)
        taken.add(member.payment_reference)
        members.append(member)
    Member.objects.bulk_create(members)
    StatusChange.objects.bulk_create(
        StatusChange(
            member=member, from_status="", to_status=member.status, reason=source, expires_on=member.expires_on, changed_by=by, changed_at=now
        )
        for member in members
    )
    consents = Consent.objects.bulk_create(
        Consent(member=member, topic="newsletter", given=row.values["newsletter"], wording=CONSENT_WORDING, source=source, recorded_at=now)
        for member, row in zip(members, rows)
        if "newsletter" in row.values
    )
    # The group's own list, brought in: its addresses need no new confirmation.
    members_sync.subscribe_in_bulk([(consent.member, consent) for consent in consents if consent.given], confirmed_at=now)


def _fresh_reference(taken: set) -> str:
    """A reference no member has; `new_payment_reference` alone could repeat across 100,000 rows."""
    while (reference := new_payment_reference()) in taken:
        pass
    return reference


def _midday(day: dt.date) -> dt.datetime:
    # Midday, so the date reads the same in any time zone near ours.
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


def _update(rows: list[RowCheck], *, by, source: str):
    if not rows:
        return
    members = Member.objects.in_bulk([row.member_id for row in rows])
    changed_fields = set()
    history = []
    now = timezone.now()
    for row in rows:
        member = members[row.member_id]
        before = (member.status, member.expires_on)
        for name, value in row.values.items():
            setattr(member, name, value)
            changed_fields.add("plan" if name == "plan" else name)
        if (member.status, member.expires_on) != before:
            history.append(
                StatusChange(
                    member=member,
                    from_status=before[0],
                    to_status=member.status,
                    reason=source,
                    expires_on=member.expires_on,
                    changed_by=by,
                    changed_at=now,
                )
            )
    Member.objects.bulk_update(list(members.values()), sorted(changed_fields))
    StatusChange.objects.bulk_create(history)
