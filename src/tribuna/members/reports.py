"""The Gift Aid report: claimable payments for a period, on screen and as CSV for HMRC."""

import csv
import datetime as dt

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .csv_safety import spreadsheet_safe
from .gift_aid import claimable, tax_year

COLUMNS = ["Title", "First name", "Last name", "House name or number", "Postcode", "Donation date", "Amount", "For", "Receipt"]


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"))
    end = forms.DateField(label=_("To"))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The start must come before the end."))
        return data


def gift_aid_report(request):
    if not request.user.has_perm("members.view_payment"):
        raise PermissionDenied
    start, end = tax_year(timezone.localdate())
    chosen = "start" in request.GET or "end" in request.GET
    form = PeriodForm(request.GET if chosen else None, initial={"start": start, "end": end})
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    rows = claimable(start, end)
    if request.GET.get("format") == "csv" and (not form.is_bound or form.is_valid()):
        return _csv(rows, start, end)
    total = sum((row.amount for row in rows), start=0)
    return TemplateResponse(
        request, "members/desk/gift_aid.html", {"form": form, "rows": rows, "start": start, "end": end, "total": total}
    )


def _csv(rows, start: dt.date, end: dt.date) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="gift-aid-{start}-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [spreadsheet_safe(value) for value in (row.title, row.first_name, row.last_name, row.house, row.postcode)]
            + [row.date.strftime("%d/%m/%y"), f"{row.amount:.2f}", row.purpose, row.receipt]
        )
    return response
