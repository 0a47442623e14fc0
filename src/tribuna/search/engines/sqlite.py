"""SQLite: an FTS5 table of Snowball stems, searched by title first, then by text.

FTS5 has no stemmer for Spanish, so stems are computed here (languages.stems) for the
text and for the query alike, and FTS5 only matches tokens. A query is stemmed once per
content language and the forms are ORed: each text was stemmed in its own language, so
it meets its own form of the query.

Filters are tokens in a `facets` column (lang…, type…, year…, topic…), so FTS5 intersects
them with the words itself. Each row's id orders it by date (`row_key`), so "newest
first" is FTS5's own descending scan and costs nothing however many rows match.
"""

from contextlib import nullcontext

from django.db import connection

from ..documents import facet_tokens
from ..languages import stems
from ..query import WORD, Query

TABLE = "site_search_fts"
# bm25 weights for (title, body, facets): a word in the title counts ten times one in the body.
RANK = f"bm25({TABLE}, 10.0, 1.0, 0.0)"
PAGE_ID_BITS = 32

CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(title, body, facets, tokenize='unicode61 remove_diacritics 2')",
    # Deleting an entry (a page deleted, unpublished or reindexed) deletes its FTS5 row.
    f"""CREATE TRIGGER IF NOT EXISTS site_search_entry_deleted AFTER DELETE ON site_search_searchentry
        BEGIN DELETE FROM {TABLE}
        WHERE rowid = (CAST(julianday(old.date) - 1721424.5 AS INTEGER) << {PAGE_ID_BITS}) | old.page_id; END""",
]
DROP = ["DROP TRIGGER IF EXISTS site_search_entry_deleted", f"DROP TABLE IF EXISTS {TABLE}"]


def row_key(entry) -> int:
    """Date first, page id second: rowid order is date order (see the trigger above)."""
    return (entry.date.toordinal() << PAGE_ID_BITS) | entry.page_id


def page_id(key: int) -> int:
    return key & ((1 << PAGE_ID_BITS) - 1)


def _stemmed(text: str, language: str) -> str:
    return " ".join(stems(WORD.findall(text), language))


def store(entries) -> None:
    """Add FTS5 rows for new entries (old rows went with the old entries, by the trigger)."""
    rows = [
        (row_key(entry), _stemmed(entry.title, entry.language), _stemmed(entry.body, entry.language),
         " ".join(facet_tokens(entry)))
        for entry in entries
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, title, body, facets) VALUES (%s, %s, %s, %s)", rows)


def reading():
    """Nothing to set up around a search (engines/postgres.py has something)."""
    return nullcontext()


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def _phrase(words, language) -> str:
    return '"' + " ".join(stems(list(words), language)) + '"'


def _wanted(query: Query, language: str) -> str:
    groups = ["(" + " OR ".join(_phrase(phrase, language) for phrase in group) + ")" for group in query.groups]
    return " AND ".join(groups)


def _unwanted(query: Query, language: str) -> str:
    return " OR ".join(_phrase(phrase, language) for phrase in query.excluded)


def _in_any_language(build, query, languages) -> str:
    forms = dict.fromkeys(build(query, language) for language in languages)
    return " OR ".join(f"({form})" for form in forms)


def match_expression(query: Query, languages, filters, scope: str) -> str:
    wanted = _in_any_language(_wanted, query, languages)
    in_title = f"({{title}} : ({wanted}))"
    matched = in_title if scope == "title" else f"({{title body}} : ({wanted})) NOT {in_title}"
    if query.excluded:
        matched = f"({matched}) NOT ({{title body}} : ({_in_any_language(_unwanted, query, languages)}))"
    return " AND ".join([f"({matched})", *(f'{{facets}} : "{token}"' for token in filters.tokens())])


def count(query: Query, languages, filters, scope: str, cap: int) -> int:
    """Matches in `scope`, counted up to `cap` (beyond it, only "more than" matters)."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH %s LIMIT %s)"
    with connection.cursor() as cursor:
        cursor.execute(sql, [match_expression(query, languages, filters, scope), cap])
        return cursor.fetchone()[0]


def page_ids(query: Query, languages, filters, scope: str, by_relevance: bool, offset: int, limit: int) -> list[int]:
    order = f"{RANK}, rowid DESC" if by_relevance else "rowid DESC"
    sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY {order} LIMIT %s OFFSET %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [match_expression(query, languages, filters, scope), limit, offset])
        return [page_id(row[0]) for row in cursor.fetchall()]
