from django.core.management.base import BaseCommand

from tribuna.actors.linking import relink_all


class Command(BaseCommand):
    help = (
        "relink: find every actor's mentions in every article again, keeping editors' decisions "
        "(what the background worker does after actors change)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["relink"])

    def handle(self, *args, action, **options):
        run = relink_all(progress=self._progress)
        self.stderr.write("")
        self.stdout.write(f"Relinked {run.articles:,} articles.")

    def _progress(self, done, total):
        width = 40
        filled = width * done // max(total, 1)
        self.stderr.write(f"\rRelinking [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}", ending="")
        self.stderr.flush()
