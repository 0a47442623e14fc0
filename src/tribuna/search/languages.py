"""Which stemmer and which PostgreSQL text-search configuration serve each language.

Pages carry Wagtail locales such as "en-gb" or "es"; search only cares about the
language part, so every code is reduced to it first.
"""

import unicodedata
from functools import lru_cache

import Stemmer

# Language → (Snowball algorithm, PostgreSQL text-search configuration).
# PostgreSQL's own configurations use the same Snowball stemmers, so both databases
# find the same words; Tribuna's are the stock ones with accents folded (migration 0001).
KNOWN = {
    "en": ("english", "tribuna_english"),
    "es": ("spanish", "tribuna_spanish"),
    "fr": ("french", "simple"),
    "pt": ("portuguese", "simple"),
    "de": ("german", "simple"),
    "it": ("italian", "simple"),
}
FALLBACK_CONFIG = "simple"


def base_language(code: str) -> str:
    return (code or "").split("-")[0].split("_")[0].lower()


def text_search_config(language: str) -> str:
    return KNOWN.get(base_language(language), (None, FALLBACK_CONFIG))[1]


@lru_cache(maxsize=16)
def _stemmer(language: str):
    algorithm = KNOWN.get(language, (None, None))[0]
    return Stemmer.Stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: "Perú" and "peru" are one word to a searcher."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stems(words: list[str], language: str) -> list[str]:
    """Snowball stems of the folded `words` (just the folded words when the language has no stemmer).

    Folding first means "minería" and "mineria" reach the stemmer as the same word,
    as PostgreSQL's unaccent-then-stem configurations do.
    """
    folded = [fold(word) for word in words]
    stemmer = _stemmer(base_language(language))
    return stemmer.stemWords(folded) if stemmer is not None else folded
