"""Highlighted excerpts: the stretch of a result's text where the query's words gather."""

from dataclasses import dataclass

from .languages import stems
from .query import WORD

EXCERPT_WORDS = 36
# Excerpts come from the opening of long texts: enough to find the words, cheap to scan.
SCANNED_CHARACTERS = 2000


@dataclass(frozen=True)
class Piece:
    text: str
    matched: bool


def highlight(text: str, words: list[str], language: str, limit: int | None = None) -> list[Piece]:
    """`text` cut into pieces, those whose stem is one of the query's marked as matched.

    With `limit`, only the window of that many words holding the most matches is kept,
    with an ellipsis where it was cut.
    """
    text = text[:SCANNED_CHARACTERS] if limit is not None else text
    tokens = list(WORD.finditer(text))
    wanted = set(stems(words, language))
    token_stems = stems([token.group() for token in tokens], language)
    hits = [index for index, stem in enumerate(token_stems) if stem in wanted]
    first, last = 0, len(tokens)
    if limit is not None and len(tokens) > limit:
        first = _densest_window(hits, limit, len(tokens))
        last = first + limit
    start = tokens[first].start() if first else 0
    end = tokens[last - 1].end() if last < len(tokens) else len(text)
    pieces, position = [], start
    if first:
        pieces.append(Piece("… ", False))
    for index in hits:
        if first <= index < last:
            token = tokens[index]
            pieces.append(Piece(text[position : token.start()], False))
            pieces.append(Piece(token.group(), True))
            position = token.end()
    pieces.append(Piece(text[position:end], False))
    if last < len(tokens):
        pieces.append(Piece(" …", False))
    return [piece for piece in pieces if piece.text]


def _densest_window(hits: list[int], size: int, total: int) -> int:
    """First token of the window of `size` tokens with the most hits (the start if none)."""
    best_start, best_count, low = 0, 0, 0
    for high, position in enumerate(hits):
        while position - hits[low] >= size:
            low += 1
        if high - low + 1 > best_count:
            best_count = high - low + 1
            best_start = hits[low]
    # Lead in with a few words of context rather than starting on the match.
    return max(0, min(best_start - 4, total - size)) if best_count else 0
