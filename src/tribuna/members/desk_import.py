"""The desk's CSV import: upload, read the dry run, confirm, watch the progress."""

import csv

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import import_runs
from .csv_reading import HEADINGS, MAX_FILE_BYTES
from .csv_safety import spreadsheet_safe
from .desk import secretary_only
from .import_runs import ImportRun


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy("Saved from a spreadsheet as CSV, with the column headings in the first row."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 50 MB. Split it into smaller files."))
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload


@secretary_only
def upload(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        run = import_runs.start(filename=upload.name, data=upload.read(), by=request.user)
        return redirect("members_desk:import_run", run.pk)
    recent = ImportRun.objects.defer("data").select_related("uploaded_by")[:10]
    columns = [(name, headings[0]) for name, headings in HEADINGS.items()]
    return TemplateResponse(request, "members/desk/import.html", {"form": form, "recent": recent, "columns": columns})


@secretary_only
def run_status(request, pk):
    run = get_object_or_404(ImportRun.objects.defer("data"), pk=pk)
    return TemplateResponse(request, "members/desk/import_run.html", {"run": run})


@require_POST
@secretary_only
def confirm(request, pk):
    run = get_object_or_404(ImportRun.objects.defer("data"), pk=pk)
    import_runs.confirm(run)
    return redirect("members_desk:import_run", run.pk)


@secretary_only
def error_report(request, pk):
    """The rows that were refused, to fix in the spreadsheet and import again."""
    run = get_object_or_404(ImportRun.objects.defer("data"), pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{run.pk}-errors.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([_("Line"), _("E-mail"), _("Problems")])
    for row in run.errors:
        writer.writerow([row["line"], spreadsheet_safe(row["email"]), spreadsheet_safe(" ".join(row["problems"]))])
    return response
