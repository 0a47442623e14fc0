from django.db import migrations, models
import django.db.models.deletion


def create_full_text_index(apps, schema_editor):
    for statement in _engine(schema_editor).CREATE:
        schema_editor.execute(statement)


def drop_full_text_index(apps, schema_editor):
    for statement in _engine(schema_editor).DROP:
        schema_editor.execute(statement)


def _engine(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from tribuna.search.engines import postgres

        return postgres
    from tribuna.search.engines import sqlite

    return sqlite


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("page", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="+", serialize=False, to="wagtailcore.page")),
                ("language", models.CharField(max_length=12, verbose_name="language")),
                ("title", models.TextField(verbose_name="title")),
                ("body", models.TextField(blank=True, verbose_name="text")),
                ("date", models.DateField(verbose_name="date")),
                ("article_type", models.CharField(blank=True, max_length=20, verbose_name="article type")),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "indexes": [
                    models.Index(fields=["-date", "-page"], name="search_entry_newest"),
                    models.Index(fields=["language", "-date"], name="search_entry_language"),
                ],
            },
        ),
        migrations.RunPython(create_full_text_index, drop_full_text_index),
    ]
