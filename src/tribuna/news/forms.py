"""The archive's filters, validated so that bad query parameters never reach the database."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ArticleType


class ArchiveFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.local_name) for t in topics]
        self.fields["type"].choices = [("", _("All types"))] + list(ArticleType.choices)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
        self._topics = {t.slug: t for t in topics}

    def filters(self) -> dict:
        """The valid filters as queryset arguments; invalid ones are dropped (and reported)."""
        self.is_valid()
        data = self.cleaned_data
        found = {}
        if data.get("topic"):
            found["topics"] = self._topics[data["topic"]].pk
        if data.get("type"):
            found["article_type"] = data["type"]
        if data.get("year"):
            found["date__year"] = data["year"]
        return found
