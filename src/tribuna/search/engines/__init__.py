"""Full-text engines, one per database (or a search server), with one interface.

Each engine keeps a full-text index beside `SearchEntry` (`store(entries)`, `clear()`)
and answers two questions about a scope of matches — "title" (the title holds the
query) or "rest" (only the text does): `count(query, languages, filters, scope, cap)`
and `page_ids(query, languages, filters, scope, by_relevance, offset, limit)`, asked
inside `with reading():`.
"""

from django.conf import settings
from django.db import connection


def engine():
    if "public" in settings.WAGTAILSEARCH_BACKENDS:
        from . import external

        return external
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
