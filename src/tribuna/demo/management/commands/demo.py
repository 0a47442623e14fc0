import sys

from django.core.management.base import BaseCommand

from tribuna.demo.builder import build_demo
from tribuna.demo.generator import add_articles


class Command(BaseCommand):
    help = (
        "Build the Peru Support Group demo site. Safe to run again: it changes nothing that exists. "
        "--articles N adds N generated articles on top, to try (or benchmark) a large archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0, help="Generated articles to add.")

    def handle(self, *args, articles=0, **options):
        build_demo(stdout=self.stdout)
        if articles > 0:
            total = add_articles(articles, progress=self._progress)
            sys.stderr.write("\n")
            self.stdout.write(f"{total} articles in all.")

    def _progress(self, done, count):
        width = 40
        filled = width * done // count
        sys.stderr.write(f"\rGenerating articles [{'#' * filled}{'.' * (width - filled)}] {done:,}/{count:,}")
