"""PostgreSQL: a weighted tsvector per entry, built with its language's configuration.

The title is weight A and the text weight B; ranking gives A ten times B. Queries are
built from the parsed words with plainto_tsquery / phraseto_tsquery, never from the
reader's raw text, so no input is read as tsquery syntax.
"""

from django.db import connection

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
    f"CREATE INDEX IF NOT EXISTS site_search_vector ON {TABLE} USING gin (vector)",
]
DROP = [
    "DROP INDEX IF EXISTS site_search_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS tribuna_english",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS tribuna_spanish",
]


def store(entries) -> None:
    by_config: dict[str, list[int]] = {}
    for entry in entries:
        by_config.setdefault(text_search_config(entry.language), []).append(entry.page_id)
    with connection.cursor() as cursor:
        for config, ids in by_config.items():
            cursor.execute(
                f"UPDATE {TABLE} SET vector = setweight(to_tsvector(%s::regconfig, title), 'A') "
                f"|| setweight(to_tsvector(%s::regconfig, body), 'B') WHERE page_id = ANY(%s)",
                [config, config, ids],
            )


def clear() -> None:
    """Nothing to do: the vectors live on the entries themselves."""


def _phrase(words, config):
    function = "phraseto_tsquery" if len(words) > 1 else "plainto_tsquery"
    return f"{function}(%s::regconfig, %s)", [config, " ".join(words)]


def _tsquery(query: Query, config: str):
    parts, params = [], []
    for group in query.groups:
        alternatives = [_phrase(phrase, config) for phrase in group]
        parts.append("(" + " || ".join(sql for sql, _ in alternatives) + ")")
        params.extend(value for _, values in alternatives for value in values)
    sql = " && ".join(parts)
    for phrase in query.excluded:
        excluded, values = _phrase(phrase, config)
        sql += f" && !!{excluded}"
        params.extend(values)
    return sql, params


def _queries(query: Query, languages):
    """A row (language, tsquery) per language, for joining against the entries."""
    rows, params = [], []
    for language in languages:
        tsquery, values = _tsquery(query, text_search_config(language))
        rows.append(f"SELECT %s AS language, {tsquery} AS query")
        params.extend([base_language(language), *values])
    return " UNION ALL ".join(rows), params


def _from(query, languages, within):
    queries, params = _queries(query, languages)
    sql = (
        f"FROM {TABLE} entry JOIN ({queries}) q "
        "ON entry.language = q.language AND entry.vector @@ q.query"
    )
    if within is not None:
        sql += f" WHERE entry.page_id IN ({within[0]})"
        params.extend(within[1])
    return sql, params


def ranked_ids(query: Query, languages, within, offset: int, limit: int) -> list[int]:
    source, params = _from(query, languages, within)
    sql = (
        f"SELECT entry.page_id {source} "
        f"ORDER BY ts_rank('{WEIGHTS}', entry.vector, q.query) DESC, entry.date DESC, entry.page_id DESC "
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def count(query: Query, languages, within) -> int:
    source, params = _from(query, languages, within)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) {source}", params)
        return cursor.fetchone()[0]
