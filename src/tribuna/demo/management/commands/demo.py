from django.core.management.base import BaseCommand

from tribuna.demo.builder import build_demo


class Command(BaseCommand):
    help = "Build the Peru Support Group demo site. Safe to run again: it changes nothing that exists."

    def handle(self, *args, **options):
        build_demo(stdout=self.stdout)
