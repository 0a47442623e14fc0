"""Links the first mention of each actor in an article's HTML to the actor's page.

Only text is touched: never inside a link (a name already linked stays as the author
linked it), a heading, or markup. A name several of the article's actors share is left
alone rather than guessed.
"""

import html
import re

from django.utils.html import escape, format_html

from .matching import Matcher, Name, actor_names
from .models import SHOWN_STATUSES, Actor, ActorAlias, ActorWording

_TOKEN = re.compile(r"(<[^>]*>)")
_OPENS = re.compile(r"<(a|h[1-6]|script|style|code|pre|button|label)\b", re.IGNORECASE)
_CLOSES = re.compile(r"</(a|h[1-6]|script|style|code|pre|button|label)\s*>", re.IGNORECASE)


class FirstMentionLinker:
    def __init__(self, names: list[Name], urls: dict[int, str]):
        self._matcher = Matcher(name for name in names if name.actor_id in urls)
        self._urls = urls
        self._linked: set[int] = set()

    def link(self, markup: str) -> str:
        """`markup` with the first mention of each actor not yet linked made a link."""
        if not self._matcher.size or len(self._linked) == len(self._urls):
            return markup
        out, skipping = [], 0
        for token in _TOKEN.split(markup):
            if token.startswith("<"):
                if _OPENS.match(token):
                    skipping += 1
                elif _CLOSES.match(token):
                    skipping = max(0, skipping - 1)
                out.append(token)
            elif token and not skipping:
                out.append(self._link_text(token))
            else:
                out.append(token)
        return "".join(out)

    def _link_text(self, escaped: str) -> str:
        text = html.unescape(escaped)
        pieces, done = [], 0
        for match in self._matcher.find(text):
            (actor_id,) = match.actor_ids if not match.ambiguous else (None,)
            if actor_id is None or actor_id in self._linked:
                continue
            self._linked.add(actor_id)
            pieces.append(escape(text[done:match.start]))
            pieces.append(format_html('<a class="actor-link" href="{}">{}</a>', self._urls[actor_id], text[match.start:match.end]))
            done = match.end
        if not pieces:
            return escaped
        pieces.append(escape(text[done:]))
        return "".join(pieces)


def linker_for(article, actor_url) -> FirstMentionLinker:
    """For the actors whose mention in `article` readers see; `actor_url(slug)` gives a page
    address (three queries)."""
    rows = Actor.objects.filter(mentions__article_id=article.pk, mentions__status__in=SHOWN_STATUSES)
    actors = {pk: (slug, name) for pk, slug, name in rows.values_list("pk", "slug", "name")}
    names = actor_names(
        [(pk, name) for pk, (_slug, name) in actors.items()],
        ActorAlias.objects.filter(actor_id__in=list(actors)).values_list("actor_id", "text", "exact_case"),
        ActorWording.objects.filter(actor_id__in=list(actors)).exclude(name="").values_list("actor_id", "name"),
    )
    return FirstMentionLinker(names, {pk: actor_url(slug) for pk, (slug, _name) in actors.items()})
