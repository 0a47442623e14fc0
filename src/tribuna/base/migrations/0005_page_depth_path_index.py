"""An index on Wagtail's page tree by (depth, path).

Treebeard finds a page's children as "depth = d + 1 and path between …", a range that
covers every descendant; without this index the main menu scans all 100,000 articles
under "All articles" to find the home page's dozen children.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0004_social_image"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS tribuna_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS tribuna_page_depth_path",
        ),
    ]
