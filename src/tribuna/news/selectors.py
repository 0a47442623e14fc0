"""Reads of articles that pages share, each with a fixed number of queries.

Every list of articles goes through `with_card_data`, so rendering a card (title, date,
type, authors, topics, thumbnail) never sends one query per article.
"""

from django.db.models import Count, Prefetch, QuerySet
from wagtail.images import get_image_model

from tribuna.base.locales import in_active_language
from tribuna.base.wording import with_wordings

from .models import ArticleAuthor, ArticlePage, Topic

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


def newest_articles(limit: int = 6, exclude=()) -> list[ArticlePage]:
    return list(with_card_data(published_articles().exclude(pk__in=exclude))[:limit])


def featured_articles(home) -> list[ArticlePage]:
    """The home page's chosen articles, in the editor's order, live ones only."""
    chosen = list(home.featured.order_by("sort_order").values_list("article_id", flat=True))
    articles = with_card_data(published_articles().filter(pk__in=chosen))
    by_id = {article.pk: article for article in articles}
    return [by_id[pk] for pk in chosen if pk in by_id]


def articles_on_topic(topic, limit: int = 5) -> list[ArticlePage]:
    return list(with_card_data(published_articles().filter(topics=topic))[:limit])


def related_articles(article: ArticlePage, limit: int = 3) -> list[ArticlePage]:
    """The editor's choice, else the articles sharing most topics, newest first."""
    chosen = list(article.related_links.values_list("related_id", flat=True))
    if chosen:
        articles = {a.pk: a for a in with_card_data(published_articles().filter(pk__in=chosen))}
        return [articles[pk] for pk in chosen if pk in articles][:limit]
    topic_ids = [topic.pk for topic in article.topics.all()]
    if not topic_ids:
        return []
    sharing = (
        published_articles()
        .filter(topics__in=topic_ids)
        .exclude(pk=article.pk)
        .annotate(shared=Count("topics"))
        .order_by("-shared", "-date", "-pk")
    )
    return list(with_card_data(sharing)[:limit])


def archive_years() -> list[int]:
    """Every year from the newest article's back to the oldest's, newest first.

    Two index lookups rather than a scan of every article for its distinct years, so the
    archive and search filters cost the same at 100,000 articles as at 10.
    """
    dates = in_active_language(ArticlePage.objects.live()).order_by("date").values_list("date", flat=True)
    oldest, newest = dates.first(), dates.last()
    if oldest is None:
        return []
    return list(range(newest.year, oldest.year - 1, -1))
