from django.core.management.base import BaseCommand

from tribuna.newsletters.delivery import Dispatcher


class Command(BaseCommand):
    help = (
        "`tribuna newsletters deliver` runs the newsletter sending loop in the foreground "
        "(`tribuna worker` runs it too); --until-idle stops when no campaign is sending."
    )

    def add_arguments(self, parser):
        parser.add_argument("job", choices=["deliver"])
        parser.add_argument("--until-idle", action="store_true")

    def handle(self, *args, job, until_idle=False, **options):
        Dispatcher().run(until_idle=until_idle)
