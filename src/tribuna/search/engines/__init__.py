"""Full-text engines, one per database, with one interface.

Each engine keeps a full-text index beside `SearchEntry` (`store(entries)`, `clear()`)
and answers two questions about a scope of matches — "title" (the title holds the
query) or "rest" (only the text does): `count(query, languages, filters, scope, cap)`
and `page_ids(query, languages, filters, scope, by_relevance, offset, limit)`.
"""

from django.db import connection


def engine():
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
