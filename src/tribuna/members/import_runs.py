"""An import as the desk sees it: a file uploaded, checked by the worker, confirmed by a
person, written by the worker with progress shown, and its personal data then dropped.

The file is kept in the database, not on disk, so a worker on another machine (with
PostgreSQL) can read it.
"""

from django.db import transaction
from django.utils import timezone

from . import member_import
from .csv_reading import UnreadableFile, read_table
from .models import ImportRun, ImportState

MAX_LISTED_ERRORS = 1000


def start(*, filename: str, data: bytes, by) -> ImportRun:
    from .tasks import check_import

    run = ImportRun.objects.create(filename=filename[:255], data=data, uploaded_by=by)
    transaction.on_commit(lambda: check_import.enqueue(run.pk))
    return run


def _table(run: ImportRun):
    try:
        return read_table(bytes(run.data))
    except UnreadableFile as problem:
        _finish(run, ImportState.FAILED, message=str(problem))
        return None


def run_check(run: ImportRun) -> None:
    _set(run, state=ImportState.CHECKING)
    table = _table(run)
    if table is None:
        return
    report = member_import.check(table)
    _set(
        run,
        state=ImportState.CHECKED,
        encoding=table.encoding,
        ignored_columns=table.ignored,
        checked=report.summary(),
        errors=[{"line": r.line, "email": r.email, "problems": r.errors} for r in report.errors[:MAX_LISTED_ERRORS]],
        to_write=report.count(member_import.CREATE) + report.count(member_import.UPDATE),
    )


def confirm(run: ImportRun) -> bool:
    """The person has read the dry run and wants the rows written. False if not ready."""
    from .tasks import apply_import

    updated = ImportRun.objects.filter(pk=run.pk, state=ImportState.CHECKED).update(state=ImportState.IMPORTING)
    if updated:
        transaction.on_commit(lambda: apply_import.enqueue(run.pk))
    return bool(updated)


def run_apply(run: ImportRun) -> None:
    table = _table(run)
    if table is None:
        return
    source = f"CSV import ({run.filename})"
    report = member_import.apply(
        table, by=run.uploaded_by, source=source, progress=lambda done, total: _set(run, written=done, to_write=total)
    )
    _finish(run, ImportState.DONE, result=report.summary())


def _set(run: ImportRun, **fields) -> None:
    for name, value in fields.items():
        setattr(run, name, value)
    run.save(update_fields=list(fields))


def _finish(run: ImportRun, state: str, **fields) -> None:
    # The file holds people's details: once imported (or refused) it is no longer needed.
    _set(run, state=state, data=b"", finished_at=timezone.now(), **fields)
