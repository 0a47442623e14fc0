"""Names that recur in recent articles but are no actor yet, offered to editors.

A name is a run of capitalised words, with the small words names carry inside them
("Alianza del Pacífico", "Bank of England"). A single capitalised word that opens a
sentence is left out: it is capitalised because of where it stands.
"""

import re
from dataclasses import dataclass, field

from tribuna.news.models import ArticlePage
from tribuna.pagecache.memo import remember

from .article_text import FIELDS, article_text
from .linking import current_matcher
from .models import Mention, MentionStatus

POOL = 500  # the newest articles read
SHOWN = 60
MIN_COUNT = 2
CONNECTORS = {"de", "del", "la", "las", "los", "of", "the", "for"}  # not "and": "Peru and Chile" is two
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "Or", "If", "As", "It", "Its", "This", "That",
    "These", "Those", "There", "Their", "They", "We", "Our", "He", "She", "His", "Her", "I", "Mr", "Mrs", "Ms", "Dr",
    "El", "La", "Los", "Las", "Un", "Una", "En", "Con", "Por", "Para", "Pero", "Y", "Si", "Según", "Este", "Esta",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
OPENERS = ".!?:;…\n\"“‘¿¡(—–-"  # after these, a capital may only mark a sentence's start


@dataclass
class Candidate:
    name: str
    count: int = 0
    article_ids: set = field(default_factory=set)
    example: str = ""
    example_article_id: int | None = None

    @property
    def articles(self) -> int:
        return len(self.article_ids)


def awaiting_a_choice(limit: int = SHOWN) -> list[dict]:
    """Articles where a name several actors share waits for an editor to say whom it means
    (id, title and the names in question), newest first."""
    rows = (
        Mention.objects.filter(status=MentionStatus.AMBIGUOUS)
        .order_by("-article__date", "article_id", "actor__name")
        .values_list("article_id", "article__title", "actor__name")
    )
    waiting: dict[int, dict] = {}
    for article_id, title, actor in rows.iterator():
        if article_id not in waiting and len(waiting) == limit:
            break
        waiting.setdefault(article_id, {"id": article_id, "title": title, "actors": []})["actors"].append(actor)
    return list(waiting.values())


def candidates() -> list[Candidate]:
    return remember("actor-suggestions", _candidates)


def _candidates() -> list[Candidate]:
    rows = ArticlePage.objects.order_by("-date", "-pk").values_list(*FIELDS)[:POOL]
    found: dict[str, Candidate] = {}
    for pk, _title, standfirst, caption, body in rows:
        # Titles are left out: headline capitals would make every word a name.
        text = article_text("", standfirst, caption, getattr(body, "raw_data", body))
        for name, start, end in names_in(text):
            candidate = found.setdefault(name, Candidate(name))
            candidate.count += 1
            candidate.article_ids.add(pk)
            if not candidate.example:
                candidate.example, candidate.example_article_id = sentence_around(text, start, end), pk
    matcher = current_matcher()
    unknown = [c for c in found.values() if c.count >= MIN_COUNT and not _known(matcher, c.name)]
    return sorted(unknown, key=lambda c: (-c.articles, -c.count, c.name))[:SHOWN]


def names_in(text: str):
    """(name, start, end) for each run of capitalised words in `text`."""
    run: list[re.Match] = []
    for word in [*_WORD.finditer(text), None]:
        if word is not None and word.group()[0].isupper() and (not run or _joined(text, run[-1], word)):
            run.append(word)
            continue
        if word is not None and run and word.group() in CONNECTORS and _joined(text, run[-1], word):
            run.append(word)
            continue
        yield from _name_from(text, run)
        run = [word] if word is not None and word.group()[0].isupper() else []


def _joined(text: str, previous: re.Match, word: re.Match) -> bool:
    return text[previous.end():word.start()] in (" ", "-")


def _name_from(text: str, run: list[re.Match]):
    while run and run[-1].group() in CONNECTORS:  # "Bank of" is not a name
        run = run[:-1]
    if not run:
        return
    first = run[0]
    opens_sentence = _opens_sentence(text, first.start())
    if len(run) == 1 and (opens_sentence or first.group() in NOT_NAMES or len(first.group()) < 3):
        return
    if first.group() in NOT_NAMES or (opens_sentence and len(run) > 1 and run[1].group() in CONNECTORS):
        # "The Pacific Alliance", "Residents of the Huallaga Valley": the name follows.
        rest = run[1:]
        while rest and rest[0].group() in CONNECTORS:
            rest = rest[1:]
        yield from _name_from(text, rest)
        return
    yield text[first.start():run[-1].end()], first.start(), run[-1].end()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip(" \t")
    return not before or before[-1] in OPENERS


def _known(matcher, name: str) -> bool:
    return any(match.start == 0 and match.end == len(name) for match in matcher.find(name))


def sentence_around(text: str, start: int, end: int, width: int = 200) -> str:
    begin = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - width // 2, 0)
    stop = min(x for x in (text.find(". ", end), text.find("\n", end), end + width // 2, len(text)) if x >= 0)
    return text[begin:stop + 1].strip()
