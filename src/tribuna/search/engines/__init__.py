"""Full-text engines, one per database, with one interface.

Each engine keeps a full-text index beside `SearchEntry` and answers ranked queries
over it: `store(entries)`, `ranked_ids(query, within, offset, limit)` and
`count(query, within)`, where `within` is an optional (sql, params) subquery of page
ids that the filters allow.
"""

from django.db import connection


def engine():
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
