import sys

from django.core.management.base import BaseCommand

from tribuna.search import indexing


class Command(BaseCommand):
    help = "Public search. `tribuna search rebuild` indexes every live page afresh."

    def add_arguments(self, parser):
        parser.add_argument("job", choices=["rebuild"])

    def handle(self, *args, job, **options):
        def progress(done):
            if options["verbosity"]:
                sys.stderr.write(f"\r{done} pages indexed")

        total = indexing.rebuild(progress=progress)
        sys.stderr.write("\n")
        self.stdout.write(f"{total} pages in the public search index.")
