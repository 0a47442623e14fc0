"""Reads behind the actor pages, each a fixed number of queries whatever the archive size.

An actor's articles are the live, public articles in the reader's language whose mention
of the actor is shown (found, confirmed or added; not removed, not awaiting a choice).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from wagtail.models import Locale

from tribuna.base.locales import active_language, default_language, in_active_language
from tribuna.base.restrictions import restricted_paths
from tribuna.base.wording import with_wordings
from tribuna.news.models import ArticlePage
from tribuna.pagecache.memo import remember

from .article_text import lead_end
from .models import SHOWN_STATUSES, Actor, ActorIndexPage, Mention, Relationship

PER_YEAR = 5  # articles listed under each year on the actor's page
CO_MENTIONED = 12
MAP_NODES = 24


@dataclass
class Year:
    year: int
    article_ids: list[int] = field(default_factory=list)  # newest first, all of them

    @property
    def count(self) -> int:
        return len(self.article_ids)

    @property
    def newest(self) -> list[int]:
        return self.article_ids[:PER_YEAR]


def actor_index() -> ActorIndexPage | None:
    """The actors' directory in the reader's language."""

    def first():
        return in_active_language(ActorIndexPage.objects.live().public()).first()

    return remember("actor-index", first, active_language())


def actor_by_slug(slug: str) -> Actor | None:
    return with_wordings(Actor.objects.select_related("image")).filter(slug=slug).first()


def shown_mentions(actor_id: int):
    """Joined to the articles rather than filtered by the list of all published ones,
    which the database would build whole (100,000 rows) for one actor's 5,000."""
    found = Mention.objects.filter(
        actor_id=actor_id, status__in=SHOWN_STATUSES, article__live=True, article__locale_id=active_locale_id()
    )
    for path in restricted_paths():
        found = found.exclude(article__path__startswith=path)
    return found


def active_locale_id() -> int | None:
    def find():
        return Locale.objects.filter(language_code=active_language()).values_list("pk", flat=True).first()

    return remember("locale-id", find, active_language())


def timeline(actor: Actor) -> list[Year]:
    """The actor's articles by year, newest year first (one query, remembered until the
    content changes)."""

    def by_year():
        rows = shown_mentions(actor.pk).order_by("-article__date", "-article_id")
        years: dict[int, Year] = {}
        for article_id, date in rows.values_list("article_id", "article__date"):
            years.setdefault(date.year, Year(date.year)).article_ids.append(article_id)
        return list(years.values())

    return remember("actor-timeline", by_year, actor.pk, active_language())


def co_mentioned(actor: Actor, limit: int = CO_MENTIONED) -> list[tuple[Actor, int]]:
    """The actors named most often in the same articles: (actor, articles shared), most
    shared first (two queries; the counting, which reads every mention in every article
    of the actor's, is remembered until the content changes)."""

    def weights():
        counted = (
            Mention.objects.filter(article_id__in=shown_mentions(actor.pk).values("article_id"), status__in=SHOWN_STATUSES)
            .exclude(actor_id=actor.pk)
            .values("actor_id")
            .annotate(shared=Count("article_id"))
            .order_by("-shared", "actor_id")[:limit]
        )
        return [(row["actor_id"], row["shared"]) for row in counted]

    shared = dict(remember("co-mentioned", weights, actor.pk, active_language(), limit))
    actors = {other.pk: other for other in with_wordings(Actor.objects.filter(pk__in=list(shared)))}
    ranked = sorted(shared, key=lambda pk: (-shared[pk], actors[pk].name if pk in actors else ""))
    return [(actors[pk], shared[pk]) for pk in ranked if pk in actors]


def listed_articles(ids: list[int]) -> dict[int, ArticlePage]:
    """Title, date and address of these articles, by id (one query)."""
    fields = ("title", "date", "url_path", "locale_id", "path", "depth", "slug")
    return {article.pk: article for article in ArticlePage.objects.filter(pk__in=ids).only(*fields)}


def relationships_of(actor: Actor) -> list[Relationship]:
    """What editors stated about the actor, either way round (one query, two with wordings)."""
    found = Relationship.objects.filter(Q(subject=actor) | Q(object=actor)).select_related("subject", "object", "source")
    if active_language() != default_language():
        found = found.prefetch_related("subject__wordings", "object__wordings")
    return list(found)


def article_mentions(article) -> list[Mention]:
    """The actors readers see named in `article`, most named first; for a members-only
    article only those named in its title or standfirst (one query)."""
    found = Mention.objects.filter(article_id=article.pk, status__in=SHOWN_STATUSES).select_related("actor")
    if article.members_only:
        found = found.filter(first_position__lte=lead_end(article))
    return list(found.order_by("-count", "actor__name"))
