"""Actors a reader's search names, shown above the articles found."""

from django.db.models import Q

from tribuna.base.wording import with_wordings

from .linking import current_matcher
from .models import Actor

SHOWN = 5


def actors_for_query(text: str, limit: int = SHOWN) -> list[Actor]:
    """Actors whose name the query contains ("xi jinping trade"), then those whose name
    contains the query ("kuczyn"); in that order, each actor once (two queries, three
    in another language)."""
    text = " ".join(text.split())
    if len(text) < 2:
        return []
    named = [pk for match in current_matcher().find(text) for pk in match.actor_ids]
    partial = Q(name__icontains=text) | Q(aliases__text__icontains=text) | Q(wordings__name__icontains=text)
    found = with_wordings(Actor.objects.filter(Q(pk__in=named) | partial).distinct())
    by_pk = {actor.pk: actor for actor in found[: limit + len(named)]}
    ordered = [by_pk[pk] for pk in dict.fromkeys(named) if pk in by_pk]
    ordered += sorted((actor for pk, actor in by_pk.items() if pk not in named), key=lambda actor: actor.name)
    return ordered[:limit]
