"""The demo site, built once per test process and copied in for each test that asks for it.

Building it through Wagtail costs thousands of queries (seconds; more on PostgreSQL).
Copying its rows back from snapshot tables kept in the same database costs two
statements per table. The snapshot holds whole tables, content types and permissions
included, so it also holds after a transactional test's flush has renumbered those.
"""

import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.test import override_settings
from django.utils import translation


@dataclass(frozen=True)
class DemoSnapshot:
    copies: dict[str, str]  # model table -> its snapshot table
    media: Path

    @classmethod
    def take(cls) -> "DemoSnapshot":
        """Build the demo into the database, copy every table it filled, then put the
        tables back as they were."""
        from django.conf import settings

        from tribuna.demo.builder import build_demo

        media = Path(tempfile.mkdtemp(prefix="tribuna-demo-media-"))
        tables = _model_tables()
        with override_settings(MEDIA_ROOT=media), translation.override(settings.LANGUAGE_CODE):
            before = _copy(tables, "before")
            build_demo(stdout=io.StringIO())
            demo = _copy(tables, "demo")
            _fill(demo.keys(), before)
            _drop(before.values())
        forget_cached_rows()
        return cls(copies=demo, media=media)

    def restore(self, media_root: Path) -> None:
        """Replace this test's rows in the demo's tables with the demo's."""
        _fill(self.copies.keys(), self.copies)
        shutil.copytree(self.media, media_root, dirs_exist_ok=True)
        forget_cached_rows()


def forget_cached_rows() -> None:
    """Forget what this process cached from rows that were just replaced or rolled back."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    from tribuna.newsletters.links import site_root_url

    ContentType.objects.clear_cache()
    cache.clear()
    site_root_url.cache_clear()


def _model_tables() -> list[str]:
    """Django's tables, then SQLite's full-text tables: those come last because deleting
    from the tables they index also deletes from them, by trigger."""
    full_text = _sqlite_full_text_tables()
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return [name for name in names if name not in full_text] + full_text


def _sqlite_full_text_tables() -> list[str]:
    if connection.vendor != "sqlite":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        return sorted(name for (name,) in cursor.fetchall())


def _columns(table: str) -> str:
    """The columns to copy: a full-text table's rows are known by their rowid."""
    if table not in _sqlite_full_text_tables():
        return "*"
    with connection.cursor() as cursor:
        names = [column.name for column in connection.introspection.get_table_description(cursor, table)]
    return ", ".join(["rowid"] + [connection.ops.quote_name(name) for name in names])


def _copy(tables, kind: str) -> dict[str, str]:
    """Copy each table that holds rows into a new table; returns {table: copy}."""
    copies = {}
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for number, table in enumerate(tables):
            cursor.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1")
            if cursor.fetchone() is None:
                continue
            copy = f"snapshot_{kind}_{number}"
            cursor.execute(f"CREATE TABLE {quote(copy)} AS SELECT {_columns(table)} FROM {quote(table)}")
            copies[table] = copy
    return copies


def _fill(tables, copies: dict[str, str]) -> None:
    """Empty `tables` and refill those with a copy; foreign keys are checked at commit."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {quote(table)}")
            if table in copies:
                columns = _columns(table)
                into = "" if columns == "*" else f" ({columns})"
                cursor.execute(f"INSERT INTO {quote(table)}{into} SELECT * FROM {quote(copies[table])}")


def _drop(copies) -> None:
    with connection.cursor() as cursor:
        for copy in copies:
            cursor.execute(f"DROP TABLE {connection.ops.quote_name(copy)}")
