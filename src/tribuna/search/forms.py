"""The search form: the archive's filters plus the query and a language."""

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from tribuna.base.locales import active_language
from tribuna.news.forms import ArchiveFilterForm

from .languages import base_language
from .query import parse
from .searching import Filters, content_languages


class SearchForm(ArchiveFilterForm):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    language = forms.ChoiceField(label=_("Language"), required=False)

    field_order = ["q", "topic", "type", "year", "language"]

    def __init__(self, data, *, topics, years):
        languages = content_languages()
        if len(languages) > 1 and "language" not in data:
            # The header's search box searches the reader's language; the form offers all.
            data = data.copy()
            data["language"] = base_language(active_language())
        super().__init__(data, topics=topics, years=years)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, get_language_info(code)["name_local"]) for code in languages
        ]
        if len(languages) < 2:
            del self.fields["language"]

    def query(self):
        self.is_valid()
        return parse(self.cleaned_data.get("q") or self.data.get("q") or "")

    def search_filters(self) -> Filters:
        found = self.filters()  # validates, and drops what is not recognised
        return Filters(
            topic=self._topics.get(self.cleaned_data.get("topic")) if "topics" in found else None,
            article_type=found.get("article_type", ""),
            year=found.get("date__year"),
            language=self.cleaned_data.get("language", ""),
        )
