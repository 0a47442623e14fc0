"""An actor's connections, for the map and the list that says the same in words."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import relationship_map
from .models import Actor, Relationship
from .selectors import MAP_NODES


@dataclass(frozen=True)
class Statement:
    """A relationship as read from one actor's page."""

    relationship: Relationship
    other: Actor
    outgoing: bool  # the page's actor is the subject

    @property
    def predicate(self) -> str:
        return self.relationship.get_predicate_display()


def statements(actor: Actor, relationships: list[Relationship]) -> list[Statement]:
    return [
        Statement(r, r.object if r.subject_id == actor.pk else r.subject, r.subject_id == actor.pk)
        for r in relationships
    ]


def relationship_svg(actor: Actor, stated: list[Statement], co_mentioned: list[tuple[Actor, int]], url_for):
    """The map: stated relationships first, then the actors most often named alongside,
    at most MAP_NODES others. None when there is nothing to draw."""
    others: dict[int, relationship_map.Node] = {}
    links: list[relationship_map.Link] = []
    for statement in stated:
        other = statement.other
        if other.pk not in others and len(others) >= MAP_NODES:
            continue
        others.setdefault(other.pk, _node(other, url_for))
        arrow = f"{statement.predicate} →" if statement.outgoing else f"← {statement.predicate}"
        links.append(relationship_map.Link(other.slug, arrow, stated=True))
    for other, shared in co_mentioned:
        if other.pk in others or len(others) >= MAP_NODES:
            continue
        others[other.pk] = _node(other, url_for)
        label = ngettext("%(n)d article together", "%(n)d articles together", shared) % {"n": shared}
        links.append(relationship_map.Link(other.slug, label, stated=False, weight=shared))
    if not others:
        return None
    name = actor.local_name
    return relationship_map.draw(
        _node(actor, url_for),
        list(others.values()),
        links,
        title=_("Connections of %(name)s") % {"name": name},
        description=_(
            "Solid lines are relationships the group has recorded; dashed lines join actors named in the "
            "same articles. The same connections are listed below."
        ),
        id_prefix=f"map-{actor.pk}",
    )


def _node(actor: Actor, url_for) -> relationship_map.Node:
    return relationship_map.Node(actor.slug, actor.local_name, url_for(actor.slug) or None, actor.group)
