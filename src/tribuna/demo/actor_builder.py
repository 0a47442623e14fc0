"""The demo's actors and relationships (from `actors.py`), then every article linked."""

from tribuna.actors.linking import relink_if_needed
from tribuna.actors.models import Actor, ActorAlias, ActorWording, Relationship

from . import actors as data

SPANISH = "es"


def build_actors(articles_by_slug: dict) -> int:
    """Creates what is missing (an actor is looked up by slug) and links the archive
    against the actors, unless that was done for these actors already."""
    by_slug = {actor.slug: actor for actor in Actor.objects.filter(slug__in=[spec["slug"] for spec in data.ACTORS])}
    for spec in data.ACTORS:
        if spec["slug"] not in by_slug:
            by_slug[spec["slug"]] = _actor(spec)
    for spec in data.RELATIONSHIPS:
        subject, target = by_slug[spec["subject"]], by_slug[spec["object"]]
        Relationship.objects.get_or_create(
            subject=subject,
            predicate=spec["predicate"],
            object=target,
            defaults={
                "source": articles_by_slug.get(spec.get("source")),
                "start_date": spec.get("start"),
                "end_date": spec.get("end"),
            },
        )
    relink_if_needed()  # nothing to do when a second run changed nothing
    return len(by_slug)


def _actor(spec) -> Actor:
    exact = set(spec.get("exact_case", ()))
    actor = Actor(
        name=spec["name"],
        slug=spec["slug"],
        kind=spec["kind"],
        description=spec.get("description", ""),
        start_date=spec.get("start"),
        end_date=spec.get("end"),
        wikidata_id=spec.get("wikidata", ""),
    )
    # A name that must keep its case ("Lima", not the bean) is listed as an exact alias too.
    written = [*spec.get("aliases", ()), *(text for text in exact if text not in spec.get("aliases", ()))]
    actor.aliases = [ActorAlias(text=text, exact_case=text in exact) for text in written]
    spanish = spec.get("es") or {}
    if spanish:
        actor.wordings = [
            ActorWording(language=SPANISH, name=spanish.get("name", ""), description=spanish.get("description", ""))
        ]
    actor.save()
    return actor
