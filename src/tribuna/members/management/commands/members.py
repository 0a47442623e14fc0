import sys

from django.core.management.base import BaseCommand, CommandError

from tribuna.members import lifecycle, member_import
from tribuna.members.csv_reading import UnreadableFile, read_table


class Command(BaseCommand):
    help = (
        "Membership jobs. `tribuna members daily` moves statuses and sends renewal reminders "
        "(the worker runs it too). `tribuna members import FILE.csv` checks a spreadsheet of "
        "members and, with --commit, imports it."
    )

    def add_arguments(self, parser):
        parser.add_argument("job", choices=["daily", "import"])
        parser.add_argument("file", nargs="?", help="CSV file to import")
        parser.add_argument("--commit", action="store_true", help="Write the import (default: check only).")

    def handle(self, *args, job, file=None, commit=False, **options):
        self.verbosity = options["verbosity"]
        if job == "daily":
            summary = lifecycle.daily()
            self.stdout.write(
                f"{summary.to_grace} now in grace, {summary.to_lapsed} lapsed, {summary.reminders} reminders sent."
            )
            return
        if not file:
            raise CommandError("Name the CSV file to import.")
        try:
            with open(file, "rb") as handle:
                table = read_table(handle.read())
        except (OSError, UnreadableFile) as error:
            raise CommandError(str(error)) from error
        if commit:
            report = member_import.apply(table, source=f"CSV import ({file})", progress=self._progress)
            sys.stderr.write("\n")
        else:
            report = member_import.check(table)
        for row in report.errors[:50]:
            self.stdout.write(f"line {row.line} ({row.email or '?'}): {' '.join(row.errors)}")
        if len(report.errors) > 50:
            self.stdout.write(f"… and {len(report.errors) - 50} more rows with errors.")
        counts = report.summary()
        verb = "" if commit else "would be "
        self.stdout.write(
            f"{counts['create']} {verb}created, {counts['update']} {verb}updated, "
            f"{counts['unchanged']} unchanged, {counts['error']} with errors (not imported)."
        )

    def _progress(self, done, total):
        if sys.stderr.isatty() or self.verbosity > 1:
            sys.stderr.write(f"\r{done}/{total} rows written")
