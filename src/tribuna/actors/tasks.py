"""Background work for actors, run by `tribuna worker`."""

from django_tasks import task

from .linking import relink_if_needed


@task()
def relink_articles() -> None:
    relink_if_needed()
