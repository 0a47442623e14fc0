"""Many articles, fast: for benchmarks and for trying Tribuna at the size of a big archive.

Articles are recombined from the demo's own sentences, so words occur about as often
as they would in the group's writing, and reuse the demo's images and topics. Rows are
written in bulk (pages, article fields, topics, authors, search entries) rather than
through `add_child` and a revision each, which would take hours at 100,000.
"""

import datetime as dt
import random
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.models import Page

from tribuna.actors import linking
from tribuna.actors.article_text import FIELDS
from tribuna.base.locales import default_language
from tribuna.news.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    ArticleType,
    Author,
    Topic,
)
from tribuna.pagecache.invalidation import content_changed
from tribuna.search import indexing

from . import content

BATCH = 1000
SENTENCE = re.compile(r"[^.!?]+[.!?]")
TITLE_OPENINGS = [
    "Briefing:", "After the vote:", "Analysis:", "In the regions:", "Report:", "Update:", "Comment:", "Interview:",
]


def sentences() -> list[str]:
    found = []
    for spec in content.ARTICLES:
        texts = [spec["standfirst"]] + [value for kind, value in spec["body"] if kind == "paragraph"]
        for text in texts:
            found.extend(s.strip() for s in SENTENCE.findall(strip_tags(text)) if len(s.split()) > 4)
    return found


def titles() -> list[str]:
    return [spec["title"] for spec in content.ARTICLES]


def add_articles(count: int, *, seed: int = 2016, progress=None) -> int:
    """Publish `count` generated articles under "All articles"; returns how many exist in all."""
    rng = random.Random(seed)
    pool, headlines = sentences(), titles()
    index = ArticleIndexPage.objects.get(locale__language_code=default_language())
    topics = list(Topic.objects.values_list("pk", flat=True))
    authors = list(Author.objects.values_list("pk", flat=True))
    images = list(ArticlePage.objects.exclude(lead_image=None).values_list("lead_image_id", flat=True).distinct())
    kind = ContentType.objects.get_for_model(ArticlePage)
    matcher = linking.current_matcher()
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with transaction.atomic():
            index.refresh_from_db()
            articles = [
                _article(rng, pool, headlines, index, kind, images, step)
                for step in range(_last_step(index) + 1, _last_step(index) + 1 + size)
            ]
            _insert(articles)
            linking.link_rows([[getattr(a, name) for name in FIELDS] for a in articles], matcher)
            ArticlePage.topics.through.objects.bulk_create(
                ArticlePage.topics.through(articlepage_id=article.pk, topic_id=topic)
                for article in articles
                for topic in rng.sample(topics, k=min(len(topics), rng.randint(1, 3)))
            )
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article_id=article.pk, author_id=rng.choice(authors), sort_order=0)
                for article in articles
            )
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + size)
            indexing.index_pages(articles)
        done += size
        if progress:
            progress(done, count)
    _refresh_statistics()
    content_changed()  # bulk inserts send no signals: retire cached pages and lists here
    return ArticlePage.objects.count()


def _refresh_statistics() -> None:
    """On PostgreSQL, what autovacuum would do in its own time after a bulk load: planner
    statistics, and GIN pending lists merged into the indexes. SQLite plans without
    statistics unless asked, as a site's own database does, so it is left alone (with
    them, it takes the empty view-restriction table for a large one and joins badly)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # VACUUM cannot run in a transaction (a caller's, or a test's); ANALYZE can.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def _last_step(index) -> int:
    last = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) if last else 0


def _article(rng, pool, headlines, index, kind, images, step) -> ArticlePage:
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(27 * 365))
    published = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
    title = f"{rng.choice(TITLE_OPENINGS)} {rng.choice(headlines)}"
    slug = f"{slugify(title)[:60]}-{step}"
    paragraphs = [
        ("paragraph", "<p>" + " ".join(rng.sample(pool, k=rng.randint(3, 6))) + "</p>")
        for _ in range(rng.randint(5, 12))
    ]
    return ArticlePage(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=kind,
        locale_id=index.locale_id,
        path=Page._get_path(index.path, index.depth + 1, step),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        date=day,
        article_type=rng.choices(ArticleType.values, weights=[40, 25, 15, 5, 10, 5])[0],
        standfirst=" ".join(rng.sample(pool, k=2)),
        body=paragraphs,
        lead_image_id=rng.choice(images) if images and rng.random() < 0.7 else None,
        members_only=rng.random() < 0.05,
    )


def _insert(articles: list[ArticlePage]) -> None:
    """Both tables of each article: `Page` in bulk, then its `ArticlePage` row."""
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    pages = Page.objects.bulk_create(
        Page(**{field.attname: getattr(article, field.attname) for field in page_fields}) for article in articles
    )
    own_fields = ArticlePage._meta.local_concrete_fields
    for article, page in zip(articles, pages, strict=True):
        article.pk = article.page_ptr_id = page.pk
    columns = ", ".join(connection.ops.quote_name(field.column) for field in own_fields)
    placeholders = ", ".join(["%s"] * len(own_fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {ArticlePage._meta.db_table} ({columns}) VALUES ({placeholders})",
            [
                [field.get_db_prep_save(getattr(article, field.attname), connection) for field in own_fields]
                for article in articles
            ],
        )
