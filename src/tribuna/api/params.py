"""Query parameters of the content API: declared once, validated strictly.

Each list endpoint declares its parameters as a serializer. The same serializer feeds the
OpenAPI description (drf-spectacular turns its fields into query parameters), so what the
description promises and what the view accepts cannot drift apart. Anything undeclared,
repeated or malformed is refused with 400 rather than silently ignored: a mistyped filter
that returned the unfiltered archive would look like an answer.
"""

import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from tribuna.actors.models import Kind
from tribuna.news.models import ArticleType

from .errors import ParameterError
from .queries import PAGE_TYPE_CHOICES

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Far beyond any real archive, and well inside what every database accepts as OFFSET.
MAX_OFFSET = 1_000_000
MAX_SEARCH_LENGTH = 200

# Also written into the OpenAPI description as a pattern, so clients know before asking.
no_null_characters = RegexValidator(
    re.compile(r"^[^\x00]*\Z"), message=_("Null characters are not allowed.")
)
ISO_DATE = RegexValidator(re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
DIGITS = re.compile(r"^-?[0-9]+\Z")


class IsoDateField(serializers.DateField):
    """A calendar date written exactly as YYYY-MM-DD.

    Python also reads "20161113" and week dates as ISO 8601; OpenAPI's `date` format does
    not, and the API accepts only what its description says.
    """

    def to_internal_value(self, value):
        if not isinstance(value, str) or not ISO_DATE.regex.match(value):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)


class StrictIntegerField(serializers.IntegerField):
    """Digits only: DRF would also take "5.0", " 5" or full-width digits, which the
    description's `integer` does not allow."""

    def to_internal_value(self, data):
        if not isinstance(data, str) or not DIGITS.match(data):
            self.fail("invalid")
        return super().to_internal_value(data)


class Paging(serializers.Serializer):
    limit = StrictIntegerField(
        min_value=1,
        max_value=MAX_LIMIT,
        default=DEFAULT_LIMIT,
        help_text=_("How many results to return (1–100)."),
    )
    offset = StrictIntegerField(
        min_value=0,
        max_value=MAX_OFFSET,
        default=0,
        help_text=_("How many results to skip."),
    )


def _locale_field(help_text):
    return serializers.ChoiceField(choices=[code for code, _name in settings.LANGUAGES], required=False, help_text=help_text)


class ArticleFilters(Paging):
    locale = _locale_field(_("Only articles in this language (its code); every language when absent."))
    topic = serializers.SlugField(
        max_length=80, allow_unicode=True, required=False, help_text=_("Only articles on this topic (its slug).")
    )
    author = serializers.SlugField(
        max_length=120, allow_unicode=True, required=False, help_text=_("Only articles by this author (their slug).")
    )
    actor = serializers.SlugField(
        max_length=120, allow_unicode=True, required=False, help_text=_("Only articles naming this actor (its slug).")
    )
    type = serializers.ChoiceField(
        choices=ArticleType.choices, required=False, help_text=_("Only articles of this type.")
    )
    date_from = IsoDateField(required=False, help_text=_("Only articles dated on or after this day (YYYY-MM-DD)."))
    date_to = IsoDateField(required=False, help_text=_("Only articles dated on or before this day (YYYY-MM-DD)."))
    search = serializers.CharField(
        max_length=MAX_SEARCH_LENGTH,
        trim_whitespace=False,
        validators=[no_null_characters],
        required=False,
        help_text=_("Words to look for in the articles."),
    )


class ActorFilters(Paging):
    kind = serializers.ChoiceField(choices=Kind.choices, required=False, help_text=_("Only actors of this kind."))


class PageFilters(Paging):
    locale = _locale_field(_("Only pages in this language (its code); every language when absent."))
    type = serializers.ChoiceField(
        choices=PAGE_TYPE_CHOICES,
        required=False,
        help_text=_("Only pages of this kind."),
    )


class NoParameters(serializers.Serializer):
    """Detail endpoints take no query parameters."""


def parse(query, declared: type[serializers.Serializer]) -> dict:
    """The validated parameters, or a ParameterError naming every one that is wrong."""
    serializer = declared()
    problems = []
    for name in query:
        if name not in serializer.fields:
            problems.append((name, _("Unknown parameter.")))
        elif len(query.getlist(name)) > 1:
            problems.append((name, _("Give this parameter only once.")))
    if problems:
        raise ParameterError(problems)
    serializer = declared(data={name: query[name] for name in query})
    if not serializer.is_valid():
        raise ParameterError(
            (name, str(message)) for name, messages in serializer.errors.items() for message in messages
        )
    return dict(serializer.validated_data)
