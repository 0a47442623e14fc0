"""Finding and storing the actors each article mentions.

One article is linked when an editor saves or publishes it; the whole archive is relinked
when actors change (a new alias may find mentions in any article), in the background.
Editors' decisions outlive relinking: a removed mention stays removed, an added one stays
added, a confirmed one stays confirmed while the text still names the actor.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from tribuna.news.models import ArticlePage
from tribuna.pagecache.invalidation import content_changed

from .article_text import FIELDS, article_text
from .matching import Matcher, Name, actor_names
from .models import Actor, ActorAlias, ActorWording, LinkRun, Mention, MentionStatus

BATCH = 500
KEPT_WITHOUT_TEXT = (MentionStatus.ADDED, MentionStatus.REMOVED)  # editors' own rows
DECIDED = (MentionStatus.CONFIRMED, MentionStatus.ADDED, MentionStatus.REMOVED)


@dataclass
class Found:
    count: int
    first_position: int
    ambiguous: bool  # named only by a name other actors share


def all_actor_names() -> list[Name]:
    """Every name of every actor (three queries)."""
    return actor_names(
        Actor.objects.values_list("pk", "name"),
        ActorAlias.objects.values_list("actor_id", "text", "exact_case"),
        ActorWording.objects.exclude(name="").values_list("actor_id", "name"),
    )


def actors_version() -> str:
    """Changes whenever an actor is added, saved (with its names) or deleted."""
    found = Actor.objects.aggregate(n=Count("pk"), changed=Max("updated_at"))
    return f"{found['n']}:{found['changed'].isoformat() if found['changed'] else '-'}"


_matcher_cache: dict[str, tuple[str, Matcher]] = {}


def current_matcher() -> Matcher:
    """The matcher for today's actors, rebuilt in this process only when they change."""
    version = actors_version()
    cached = _matcher_cache.get("matcher")
    if cached is None or cached[0] != version:
        cached = (version, Matcher(all_actor_names()))
        _matcher_cache["matcher"] = cached
    return cached[1]


def find_mentions(matcher: Matcher, text: str) -> dict[int, Found]:
    found: dict[int, Found] = {}
    for match in matcher.find(text):
        for actor_id in match.actor_ids:
            seen = found.get(actor_id)
            if seen is None:
                found[actor_id] = Found(1, match.start, match.ambiguous)
            else:
                seen.count += 1
                seen.ambiguous = seen.ambiguous and match.ambiguous
    return found


def text_of(article: ArticlePage) -> str:
    return article_text(article.title, article.standfirst, article.lead_image_caption, article.body.raw_data)


def link_article(article: ArticlePage, matcher: Matcher | None = None) -> None:
    """Store the mentions in `article` as it stands (draft or live)."""
    found = find_mentions(matcher or current_matcher(), text_of(article))
    with transaction.atomic():
        _store({article.pk: found}, Mention.objects.filter(article_id=article.pk))
    content_changed()


def relink_if_needed() -> LinkRun | None:
    """What the background task does: relink unless a run already read these actors."""
    if LinkRun.objects.filter(actors_version=actors_version(), finished_at__isnull=False).exists():
        return None
    return relink_all()


def relink_all(progress: Callable[[int, int], None] | None = None) -> LinkRun:
    """Relink every article against today's actors."""
    run = LinkRun.objects.create(actors_version=actors_version())
    matcher = current_matcher()
    articles = ArticlePage.objects.order_by("pk").values_list(*FIELDS)
    total, done, last_pk = articles.count(), 0, 0
    while True:
        batch = list(articles.filter(pk__gt=last_pk)[:BATCH])
        if not batch:
            break
        link_rows(batch, matcher)
        done, last_pk = done + len(batch), batch[-1][0]
        if progress:
            progress(done, total)
    run.articles, run.finished_at = done, timezone.now()
    run.save(update_fields=["articles", "finished_at"])
    content_changed()
    return run


def link_rows(rows, matcher: Matcher | None = None) -> None:
    """Link articles given as rows of `article_text.FIELDS`: the bulk path, for relinking
    and for articles written in bulk (the generator)."""
    matcher = matcher or current_matcher()
    found = {pk: find_mentions(matcher, article_text(*texts[:-1], _raw(texts[-1]))) for pk, *texts in rows}
    with transaction.atomic():
        _store(found, Mention.objects.filter(article_id__in=list(found)))


def _raw(body):
    return getattr(body, "raw_data", body)


def _store(found_by_article: dict[int, dict[int, Found]], existing) -> None:
    """Bring the stored rows of these articles in line with what was found. Rows are read
    as tuples, and become model instances only to be written: relinking mostly confirms."""
    fields = ("pk", "article_id", "actor_id", "count", "first_position", "status")
    stored = {(row[1], row[2]): row for row in existing.values_list(*fields)}
    creates, updates, deletes = [], [], []
    for article_id, found in found_by_article.items():
        for actor_id, seen in found.items():
            row = stored.pop((article_id, actor_id), None)
            status = _status(row[5] if row else None, seen)
            wanted = (seen.count, seen.first_position, status)
            if row is None:
                creates.append(Mention(article_id=article_id, actor_id=actor_id, count=wanted[0],
                                       first_position=wanted[1], status=status))
            elif row[3:] != wanted:
                updates.append(Mention(pk=row[0], count=wanted[0], first_position=wanted[1], status=status))
    for pk, _article, _actor, count, first_position, status in stored.values():  # named no more
        if status not in KEPT_WITHOUT_TEXT:
            deletes.append(pk)
        elif count or first_position is not None:
            updates.append(Mention(pk=pk, count=0, first_position=None, status=status))
    Mention.objects.bulk_create(creates, batch_size=BATCH)
    Mention.objects.bulk_update(updates, ["count", "first_position", "status"], batch_size=BATCH)
    if deletes:
        Mention.objects.filter(pk__in=deletes).delete()


def _status(stored: str | None, seen: Found) -> str:
    if stored in DECIDED:
        return stored
    return MentionStatus.AMBIGUOUS if seen.ambiguous else MentionStatus.FOUND
