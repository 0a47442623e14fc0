"""What of a page goes into the public index.

Pages contribute their title and the text fields they have (standfirst, summary,
introduction, body); articles add their authors and the lead image's caption. A
members-only article contributes only what the public sees: title and standfirst.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction

from .languages import base_language
from .models import SearchEntry

TEXT_FIELDS = ("standfirst", "summary", "intro", "lead_image_caption")
STREAM_FIELDS = ("body",)


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages behind a password, sign-in or group restriction."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_searchable(page, restricted: tuple[str, ...]) -> bool:
    """Live, below the root, and not under any view restriction."""
    return page.live and page.depth > 1 and not page.path.startswith(restricted)


def entry_for(page) -> SearchEntry:
    """The index row for a specific (not base-class) page, with its topics' ids beside it."""
    entry = SearchEntry(
        page_id=page.pk,
        language=base_language(page.locale.language_code),
        title=page.title,
        body=" ".join(_as_sentence(part) for part in _texts(page) if part and part.strip()),
        date=_date(page),
        article_type=getattr(page, "article_type", ""),
    )
    entry.topic_ids = [topic.pk for topic in page.topics.all()] if hasattr(page, "topics") else []
    return entry


def _texts(page):
    """The page's texts in reading order; names of authors last, so excerpts read well."""
    for name in TEXT_FIELDS:
        yield getattr(page, name, "")
    if not getattr(page, "members_only", False):
        for name in STREAM_FIELDS:
            value = getattr(page, name, None)
            field = _stream_field(page, name)
            if value is not None and field is not None:
                yield from (strip_tags(text) for text in field.stream_block.get_searchable_content(value))
    if hasattr(page, "authorships"):
        yield ", ".join(authorship.author.name for authorship in page.authorships.all())


def _as_sentence(text: str) -> str:
    """Headings and captions end without a full stop; give them one so excerpts read as prose."""
    text = " ".join(text.split())
    return text if text[-1] in ".!?…:;\"”’)" else text + "."


def _stream_field(page, name):
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, StreamField) else None


def _date(page):
    if hasattr(page, "date"):
        return page.date
    published = page.last_published_at or page.first_published_at or timezone.now()
    return timezone.localdate(published)


def facet_tokens(entry) -> list[str]:
    """Words that stand for the entry's language, year, type and topics, indexed beside its
    text so the engines filter with the same index they search (see Filters.tokens)."""
    tokens = [f"lang{entry.language}", f"year{entry.date.year}"]
    if entry.article_type:
        tokens.append(f"type{entry.article_type}")
    tokens.extend(f"topic{topic_id}" for topic_id in getattr(entry, "topic_ids", ()))
    return tokens
