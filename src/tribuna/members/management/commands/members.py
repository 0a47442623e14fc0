from django.core.management.base import BaseCommand

from tribuna.members import lifecycle


class Command(BaseCommand):
    help = "Membership jobs. `tribuna members daily` moves statuses and sends renewal reminders (the worker runs it too)."

    def add_arguments(self, parser):
        parser.add_argument("job", choices=["daily"])

    def handle(self, *args, job, **options):
        summary = lifecycle.daily()
        self.stdout.write(
            f"{summary.to_grace} now in grace, {summary.to_lapsed} lapsed, {summary.reminders} reminders sent."
        )
