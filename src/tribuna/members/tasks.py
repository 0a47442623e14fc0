"""Background work for the membership desk, run by `tribuna worker`."""

from django_tasks import task

from .import_runs import ImportRun, run_apply, run_check


@task()
def check_import(run_id: int) -> None:
    run_check(ImportRun.objects.get(pk=run_id))


@task()
def apply_import(run_id: int) -> None:
    run_apply(ImportRun.objects.select_related("uploaded_by").get(pk=run_id))
