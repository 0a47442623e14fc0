"""Finding actors' names in text: every alias at once, in time linear in the text.

Names are compared folded: without accents, in lower case, with every dash, apostrophe
and space written one way ("Perú" finds "Peru", "Asia–Pacific" finds "Asia-Pacific").
Folding keeps each character in its place, so a match's position in the folded text is
its position in the original. An alias marked "exact case only" must also appear exactly
as written. A match counts only on word boundaries, and where names overlap the longest
wins ("Pacific Alliance" over "Pacific").
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"


@cache
def _fold_table() -> dict[int, str]:
    """Character → folded character, for every character that changes (in the Basic
    Multilingual Plane; lower-casing that would change the length is left out)."""
    table = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        lower = base.lower()
        folded = lower if len(lower) == 1 else base
        if folded != char:
            table[code] = folded
    for char in DASHES:
        table[ord(char)] = "-"
    for char in APOSTROPHES:
        table[ord(char)] = "'"
    for char in "\u00a0\u2007\u202f\t\n\r\f\v":
        table[ord(char)] = " "
    return table


def fold(text: str) -> str:
    """`text` folded for comparison, the same length as `text`."""
    lower = text.lower()
    if len(lower) != len(text):  # a rare character whose lower case is longer
        return "".join(_fold_char(char) for char in text)
    spaced = _ASCII_SPACE.sub(" ", lower)
    # Most characters of a text are ASCII: fold only the others, found by one scan.
    return spaced if spaced.isascii() else _FOLDED.sub(_fold_match, spaced)


def _fold_char(char: str) -> str:
    return _fold_table().get(ord(char), char.lower() if len(char.lower()) == 1 else char)


def _fold_match(match: re.Match) -> str:
    return _fold_table().get(ord(match.group()), match.group())


_ASCII_SPACE = re.compile(r"[\t\n\r\f\v]")
_FOLDED = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Name:
    """One way of writing an actor's name."""

    actor_id: int
    text: str
    exact_case: bool = False


def actor_names(own, aliases, wordings) -> list[Name]:
    """Every way of writing each actor: (pk, name) rows of their own names, (pk, text,
    exact case) rows of their other names, (pk, name) rows of names in other languages.
    An own name also listed as an "exact case only" alias follows the alias."""
    names = [Name(pk, text, exact) for pk, text, exact in aliases]
    exact = {(name.actor_id, name.text) for name in names if name.exact_case}
    names += [Name(pk, text) for pk, text in [*own, *wordings] if text and (pk, text) not in exact]
    return names


@dataclass(frozen=True)
class Match:
    start: int
    end: int  # exclusive
    actor_ids: tuple[int, ...]  # more than one: a name several actors share

    @property
    def ambiguous(self) -> bool:
        return len(self.actor_ids) > 1


class Matcher:
    """An automaton over every name; build once, search many texts."""

    def __init__(self, names: Iterable[Name]):
        by_key: dict[str, list[Name]] = {}
        for name in names:
            key = fold(" ".join(name.text.split()))
            if key:
                by_key.setdefault(key, []).append(name)
        self._automaton = ahocorasick.Automaton()
        for key, candidates in by_key.items():
            self._automaton.add_word(key, (len(key), tuple(candidates)))
        self.size = len(by_key)
        if self.size:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in order, longest first where names overlap."""
        if not self.size or not text:
            return []
        folded = fold(text)
        longest: dict[int, tuple[int, tuple[int, ...]]] = {}
        for last, (length, candidates) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if not _on_word_boundaries(folded, start, end):
                continue
            actor_ids = _actors_written_so(candidates, text[start:end])
            if actor_ids and end > longest.get(start, (0, ()))[0]:
                longest[start] = (end, actor_ids)
        matches, covered_until = [], 0
        for start in sorted(longest):
            end, actor_ids = longest[start]
            if start >= covered_until:
                matches.append(Match(start, end, actor_ids))
                covered_until = end
        return matches


def _on_word_boundaries(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or after.isalnum() or before == "_" or after == "_")


def _actors_written_so(candidates: tuple[Name, ...], written: str) -> tuple[int, ...]:
    return tuple(sorted({name.actor_id for name in candidates if not name.exact_case or name.text == written}))
