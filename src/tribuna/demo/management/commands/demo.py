from django.core.management.base import BaseCommand

from tribuna.demo.actors_generator import add_actors
from tribuna.demo.builder import build_demo
from tribuna.demo.generator import add_articles
from tribuna.demo.members_generator import add_members


class Command(BaseCommand):
    help = (
        "Build the Peru Support Group demo site. Safe to run again: it changes nothing that exists. "
        "--articles N adds N generated articles on top, to try (or benchmark) a large archive; "
        "--members N adds N generated members (with their history, payments, consents and "
        "newsletter subscriptions); --actors N adds N generated people and organisations (then run "
        "`tribuna actors relink`). Each run adds as many again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0, help="Generated articles to add.")
        parser.add_argument(
            "--members", type=int, default=0, help="Generated members to add (at new example.org/.net addresses)."
        )
        parser.add_argument("--actors", type=int, default=0, help="Generated actors to add.")
        parser.add_argument("--seed", type=int, default=None, help="Draw the same generated members each time.")

    def handle(self, *args, articles=0, members=0, actors=0, seed=None, **options):
        build_demo(stdout=self.stdout)
        if actors > 0:
            total = add_actors(actors, progress=self._progress("Generating actors"))
            self.stderr.write("")
            self.stdout.write(f"{total} actors in all.")
        if articles > 0:
            total = add_articles(articles, progress=self._progress("Generating articles"))
            self.stderr.write("")
            self.stdout.write(f"{total} articles in all.")
        if members > 0:
            total = add_members(members, seed=seed, progress=self._progress("Generating members"))
            self.stderr.write("")
            self.stdout.write(f"{total} members in all.")

    def _progress(self, label):
        """A progress bar on stderr, rewritten in place (uncoloured: it is no error)."""

        def plain(text):
            return text

        def show(done, count):
            width = 40
            filled = width * done // count
            self.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{count:,}", plain, ending="")
            self.stderr.flush()

        return show
