"""Reads of articles that pages share, each with a fixed number of queries.

Every list of articles goes through `with_card_data`, so rendering a card (title, date,
type, authors, topics, thumbnail) never sends one query per article.

Lists are two steps: the ids in order (`article_ids` and the like, remembered until the
content changes), then the dozen articles shown (`cards`, by id; pages show them through
`card_html`, which remembers each card's HTML). Ordering 100,000 articles costs a scan
and a sort whatever part of the list a page shows; remembered, every page of the archive,
however deep, is a slice and a lookup by id.
"""

from array import array
from collections import Counter

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model

from tribuna.base.locales import active_language, in_active_language
from tribuna.base.wording import with_wordings
from tribuna.pagecache.memo import remember

from .models import ArticleAuthor, ArticleIndexPage, ArticlePage, Topic

# Renditions that templates ask for; prefetching them keeps listings at constant queries.
CARD_RENDITIONS = ("fill-480x270|format-webp",)
LEAD_RENDITIONS = ("width-960|format-webp", "width-480|format-webp")


def with_card_data(queryset: QuerySet, renditions=CARD_RENDITIONS) -> QuerySet:
    images = get_image_model().objects.prefetch_renditions(*renditions)
    return queryset.prefetch_related(
        Prefetch("lead_image", queryset=images),
        Prefetch("authorships", queryset=ArticleAuthor.objects.select_related("author")),
        Prefetch("topics", queryset=with_wordings(Topic.objects.order_by("name"))),
    )


def published_articles() -> QuerySet:
    """Live, public articles in the reader's language, newest first."""
    return in_active_language(published_in_every_language())


def published_in_every_language() -> QuerySet:
    return ArticlePage.objects.live().public().order_by("-date", "-pk")


def article_ids(**filters) -> array:
    """Ids of the published articles in the reader's language matching `filters` (plain
    values: ids, not objects), newest first."""

    def ordered():
        return array("q", published_articles().filter(**filters).values_list("pk", flat=True))

    return remember("article-ids", ordered, active_language(), sorted(filters.items()))


def cards(ids, renditions=CARD_RENDITIONS) -> list[ArticlePage]:
    """The articles with these ids, in this order, ready for their cards."""
    articles = with_card_data(ArticlePage.objects.filter(pk__in=list(ids)), renditions)
    by_id = {article.pk: article for article in articles}
    return [by_id[pk] for pk in ids if pk in by_id]


def newest_article_ids(limit: int = 6, exclude=()) -> list[int]:
    skip = set(exclude)
    return [pk for pk in article_ids()[: limit + len(skip)] if pk not in skip][:limit]


def featured_article_ids(home, *, preview: bool = False) -> list[int]:
    """The home page's chosen articles, in the editor's order, published ones only.
    A preview shows the draft's choice, which is not what is remembered."""

    def chosen():
        return _published_in_order(home.featured.order_by("sort_order").values_list("article_id", flat=True))

    return chosen() if preview else remember("featured-ids", chosen, home.pk, active_language())


def _published_in_order(ids) -> list[int]:
    ids = list(ids)
    published = set(published_articles().filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in published]


def article_ids_on_topic(topic, limit: int = 5) -> list[int]:
    return list(article_ids(topics=topic.pk)[:limit])


# How far back "related" looks: the newest articles in the reader's language, whose ids
# the home page and archive remember anyway. One query over them, however large the
# archive, where asking each topic for its newest articles made the database sort the
# whole topic (150 ms a topic at 100,000 articles, after every edit).
RELATED_POOL = 1000


def related_article_ids(article: ArticlePage, limit: int = 3, *, preview: bool = False) -> list[int]:
    """The editor's choice, else the recent articles sharing most topics, newest first.
    A preview shows the draft's choice, which is not what is remembered."""

    def related():
        chosen = _published_in_order(article.related_links.values_list("related_id", flat=True))
        return chosen[:limit] if chosen else _sharing_topics(article, limit)

    return related() if preview else remember("related-ids", related, article.pk, active_language())


def _sharing_topics(article: ArticlePage, limit: int) -> list[int]:
    """Of the newest articles, those sharing most topics with `article`, newest first."""
    topics = [topic.pk for topic in article.topics.all()]
    pool = [pk for pk in article_ids()[:RELATED_POOL] if pk != article.pk]
    if not topics or not pool:
        return []
    tagged = ArticlePage.topics.through.objects.filter(articlepage_id__in=pool, topic_id__in=topics)
    shared = Counter(tagged.values_list("articlepage_id", flat=True))
    position = {pk: index for index, pk in enumerate(pool)}
    return sorted(shared, key=lambda pk: (-shared[pk], position[pk]))[:limit]


def archive_index() -> ArticleIndexPage | None:
    """The "All articles" page in the reader's language."""

    def first():
        return in_active_language(ArticleIndexPage.objects.live().public()).first()

    return remember("archive-index", first, active_language())


def archive_years() -> list[int]:
    """Every year from the newest article's back to the oldest's, newest first."""

    def years():
        dates = in_active_language(ArticlePage.objects.live()).order_by("date").values_list("date", flat=True)
        oldest, newest = dates.first(), dates.last()
        return [] if oldest is None else list(range(newest.year, oldest.year - 1, -1))

    return remember("archive-years", years, active_language())
