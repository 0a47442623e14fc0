"""Editors' decisions on the mentions found in an article: confirm, remove, add, choose.

Each is kept through later relinking (see `linking`)."""

from django.db import transaction

from .models import Actor, Mention, MentionStatus


def confirm(mention: Mention) -> None:
    """This is the actor meant; where several shared the name, the others are not."""
    with transaction.atomic():
        if mention.status == MentionStatus.AMBIGUOUS:
            _rule_out_others(mention)
        _set(mention, MentionStatus.CONFIRMED)


def remove(mention: Mention) -> None:
    _set(mention, MentionStatus.REMOVED)


def restore(mention: Mention) -> None:
    """Undo a removal: back to what the text says (a name found again on the next relink)."""
    _set(mention, MentionStatus.FOUND if mention.count else MentionStatus.ADDED)


def add(article, actor: Actor) -> Mention:
    """An actor the text does not name as written (a nickname, an indirect reference)."""
    mention, created = Mention.objects.get_or_create(
        article=article, actor=actor, defaults={"status": MentionStatus.ADDED}
    )
    if not created and mention.status in (MentionStatus.REMOVED, MentionStatus.AMBIGUOUS):
        _set(mention, MentionStatus.CONFIRMED if mention.count else MentionStatus.ADDED)
    return mention


def _set(mention: Mention, status: str) -> None:
    mention.status = status
    mention.save(update_fields=["status"])


def _rule_out_others(chosen: Mention) -> None:
    others = Mention.objects.filter(article_id=chosen.article_id, status=MentionStatus.AMBIGUOUS).exclude(pk=chosen.pk)
    for other in others.filter(first_position=chosen.first_position):
        _set(other, MentionStatus.REMOVED)
