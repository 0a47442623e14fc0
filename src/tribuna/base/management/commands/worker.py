from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from tribuna.base.clock import Clock


class Command(BaseCommand):
    help = (
        "Run background tasks from the database queue and the periodic jobs "
        "(scheduled publishing), and send newsletters. Start as many as you like, on any machine sharing the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-clock", action="store_true", help="Run queued tasks only.")
        parser.add_argument("--no-newsletters", action="store_true", help="Do not send newsletters from this worker.")

    def handle(self, *args, **options):
        if not options["no_clock"]:
            Clock(interval=settings.TRIBUNA_CLOCK_INTERVAL).start_in_thread()
        if not options["no_newsletters"]:
            # Bulk mail has its own loop, so a long campaign never delays other tasks.
            from tribuna.newsletters.delivery import Dispatcher

            Dispatcher().start_in_thread()
        call_command(
            "db_worker", queue_name="*", interval=1.0, reload=False, verbosity=options["verbosity"]
        )
