"""SQLite: an FTS5 table of Snowball stems, ranked by BM25 with the title weighted up.

FTS5 has no stemmer for Spanish, so stems are computed here (languages.stems) for the
text and for the query alike, and FTS5 only matches tokens. A `lang` column holds each
row's language so a query can be stemmed per language and matched against rows of that
language only.
"""

from django.db import connection

from ..languages import base_language, stems
from ..query import WORD, Query

TABLE = "site_search_fts"
# bm25 weights for (title, body, lang): a word in the title counts ten times one in the body.
RANK = f"bm25({TABLE}, 10.0, 1.0, 0.0)"

CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(title, body, lang, tokenize='unicode61 remove_diacritics 2')",
    # Deleting a page deletes its entry in SQL (a cascade); the trigger keeps FTS5 in step.
    f"""CREATE TRIGGER IF NOT EXISTS site_search_entry_deleted AFTER DELETE ON site_search_searchentry
        BEGIN DELETE FROM {TABLE} WHERE rowid = old.page_id; END""",
]
DROP = ["DROP TRIGGER IF EXISTS site_search_entry_deleted", f"DROP TABLE IF EXISTS {TABLE}"]


def _stemmed(text: str, language: str) -> str:
    return " ".join(stems(WORD.findall(text), language))


def store(entries) -> None:
    rows = [
        (entry.page_id, _stemmed(entry.title, entry.language), _stemmed(entry.body, entry.language),
         entry.language)
        for entry in entries
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(row[0],) for row in rows])
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, title, body, lang) VALUES (%s, %s, %s, %s)", rows)


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def _phrase(words, language) -> str:
    return '"' + " ".join(stems(list(words), language)) + '"'


def _expression(query: Query, language: str) -> str:
    groups = [
        "(" + " OR ".join(_phrase(phrase, language) for phrase in group) + ")" for group in query.groups
    ]
    expression = " AND ".join(groups)
    for phrase in query.excluded:
        expression += " NOT " + _phrase(phrase, language)
    return f"lang : {language} AND {{title body}} : ({expression})"


def match_expression(query: Query, languages) -> str:
    return " OR ".join(f"({_expression(query, base_language(language))})" for language in languages)


def _where(query, languages, within):
    sql = f"{TABLE} MATCH %s"
    params = [match_expression(query, languages)]
    if within is not None:
        sql += f" AND {TABLE}.rowid IN ({within[0]})"
        params.extend(within[1])
    return sql, params


def ranked_ids(query: Query, languages, within, offset: int, limit: int) -> list[int]:
    where, params = _where(query, languages, within)
    sql = (
        f"SELECT {TABLE}.rowid FROM {TABLE} JOIN site_search_searchentry entry ON entry.page_id = {TABLE}.rowid "
        f"WHERE {where} ORDER BY {RANK}, entry.date DESC, entry.page_id DESC LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def count(query: Query, languages, within) -> int:
    where, params = _where(query, languages, within)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params)
        return cursor.fetchone()[0]
