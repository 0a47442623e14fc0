"""PostgreSQL: tsvectors per entry, built with its language's configuration.

`title_vector` finds title matches; `vector` holds title (weight A) and text (weight B)
for ranking, which gives A ten times B. Queries are built from the parsed words with
plainto_tsquery / phraseto_tsquery, never from the reader's raw text, so no input is
read as tsquery syntax.
"""

from contextlib import contextmanager

from django.db import connection, transaction

from ..documents import facet_tokens
from ..languages import base_language, text_search_config
from ..query import Query

TABLE = "site_search_searchentry"
WEIGHTS = "{0.01, 0.02, 0.1, 1.0}"  # D, C, B (text), A (title)

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # Stock Snowball stemming with accents folded first, like languages.stems on SQLite.
    *(
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tribuna_{name}') THEN
                CREATE TEXT SEARCH CONFIGURATION tribuna_{name} (COPY = {name});
                ALTER TEXT SEARCH CONFIGURATION tribuna_{name}
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {name}_stem;
            END IF;
        END $$"""
        for name in ("english", "spanish")
    ),
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS vector tsvector",
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS title_vector tsvector",
    f"CREATE INDEX IF NOT EXISTS site_search_vector ON {TABLE} USING gin (vector)",
    f"CREATE INDEX IF NOT EXISTS site_search_title_vector ON {TABLE} USING gin (title_vector)",
]
DROP = [
    "DROP INDEX IF EXISTS site_search_vector",
    "DROP INDEX IF EXISTS site_search_title_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS tribuna_english",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS tribuna_spanish",
]


def store(entries) -> None:
    """Both vectors of each entry; its facet words go into both, so filters use the GIN index."""
    rows = [
        {"config": text_search_config(entry.language), "facets": " ".join(facet_tokens(entry)), "page": entry.page_id}
        for entry in entries
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {TABLE} SET "
            "title_vector = to_tsvector(%(config)s::regconfig, title) || to_tsvector('simple', %(facets)s), "
            "vector = setweight(to_tsvector(%(config)s::regconfig, title), 'A') "
            "|| setweight(to_tsvector(%(config)s::regconfig, body), 'B') || to_tsvector('simple', %(facets)s) "
            "WHERE page_id = %(page)s",
            rows,
        )


def clear() -> None:
    """Nothing to do: the vectors live on the entries themselves."""


def _phrase(words, config):
    function = "phraseto_tsquery" if len(words) > 1 else "plainto_tsquery"
    return f"{function}(%s::regconfig, %s)", [config, " ".join(words)]


def _wanted(query: Query, config: str):
    parts, params = [], []
    for group in query.groups:
        alternatives = [_phrase(phrase, config) for phrase in group]
        parts.append("(" + " || ".join(sql for sql, _ in alternatives) + ")")
        params.extend(value for _, values in alternatives for value in values)
    return " && ".join(parts), params


def _unwanted(query: Query, config: str):
    alternatives = [_phrase(phrase, config) for phrase in query.excluded]
    if not alternatives:
        return "NULL::tsquery", []
    return " || ".join(sql for sql, _ in alternatives), [value for _, values in alternatives for value in values]


def _queries(query: Query, languages, filters):
    """A row (language, words, wanted, unwanted) per language, for joining against the
    entries. `wanted` is `words` with the filters' facet words ANDed in, so one GIN lookup
    does both; ranking uses `words` alone."""
    facets = " & ".join(filters.tokens())
    rows, params = [], []
    for language in languages:
        config = text_search_config(language)
        words, words_params = _wanted(query, config)
        wanted, wanted_params = words, words_params
        if facets:
            wanted = f"({words}) && to_tsquery('simple', %s)"
            wanted_params = [*words_params, facets]
        unwanted, unwanted_params = _unwanted(query, config)
        rows.append(f"SELECT %s AS language, {words} AS words, {wanted} AS wanted, {unwanted} AS unwanted")
        params.extend([base_language(language), *words_params, *wanted_params, *unwanted_params])
    return " UNION ALL ".join(rows), params


def _matching(query, languages, filters, scope):
    queries, params = _queries(query, languages, filters)
    if scope == "title":
        condition = "entry.title_vector @@ q.wanted"
    else:
        condition = "entry.vector @@ q.wanted AND NOT entry.title_vector @@ q.wanted"
    if query.excluded:
        condition += " AND NOT entry.vector @@ q.unwanted"
    return f"FROM {TABLE} entry JOIN ({queries}) q ON entry.language = q.language WHERE {condition}", params


@contextmanager
def reading():
    """A transaction in which the planner may not read the whole table.

    With a LIMIT and a common word, PostgreSQL expects a sequential scan to stop early and
    prefers it to the GIN index; but the scan unpacks every row's tsvector from TOAST and
    costs five times the index. There are no planner hints, so the choice is made for the
    search's own transaction only (searching.Results.page, api.matching_page_ids).
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def count(query: Query, languages, filters, scope: str, cap: int) -> int:
    """Matches in `scope`, counted up to `cap` (beyond it, only "more than" matters)."""
    source, params = _matching(query, languages, filters, scope)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM (SELECT 1 {source} LIMIT %s) AS capped", [*params, cap])
        return cursor.fetchone()[0]


def page_ids(query: Query, languages, filters, scope: str, by_relevance: bool, offset: int, limit: int) -> list[int]:
    source, params = _matching(query, languages, filters, scope)
    newest = "entry.date DESC, entry.page_id DESC"
    order = f"ts_rank('{WEIGHTS}', entry.vector, q.words) DESC, {newest}" if by_relevance else newest
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT entry.page_id {source} ORDER BY {order} LIMIT %s OFFSET %s", [*params, limit, offset])
        return [row[0] for row in cursor.fetchall()]
