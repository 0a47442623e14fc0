"""What a reader typed, cleaned and parsed into terms no engine can choke on.

Readers get a small, forgiving syntax: words are all required, "quoted words" form a
phrase, OR offers alternatives, and -word or NOT word leaves pieces out. Anything else
(stars, NEAR, brackets, stray quotes) is treated as punctuation, so no input reaches
the database as syntax.
"""

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_WORD_LENGTH = 60

WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(r'(?P<minus>-)?(?:"(?P<phrase>[^"]*)"?|(?P<bare>[^\s"()]+))')
IGNORED_OPERATORS = {"AND", "NEAR"}

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Query:
    text: str = ""
    # All groups must match; a group matches when any of its phrases does.
    groups: tuple[tuple[Phrase, ...], ...] = ()
    excluded: tuple[Phrase, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def words(self) -> list[str]:
        """The words a result may contain, for highlighting."""
        return [word for group in self.groups for phrase in group for word in phrase]


def clean(text: str) -> str:
    """Printable text on one line, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else char
        for char in (text or "")[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def parse(text: str) -> Query:
    cleaned = clean(text)
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    join_next = negate_next = False
    terms = 0
    for token in TOKEN.finditer(cleaned):
        bare = token["bare"]
        if bare == "OR":
            join_next = bool(groups)
            continue
        if bare == "NOT":
            negate_next = True
            continue
        if bare in IGNORED_OPERATORS:
            continue
        phrase = tuple(word[:MAX_WORD_LENGTH] for word in WORD.findall(token["phrase"] or bare or ""))
        if not phrase or terms >= MAX_TERMS:
            continue
        terms += 1
        if token["minus"] or negate_next:
            excluded.append(phrase)
        elif join_next:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_next = negate_next = False
    return Query(
        text=cleaned,
        groups=tuple(tuple(group) for group in groups),
        excluded=tuple(excluded) if groups else (),
    )
