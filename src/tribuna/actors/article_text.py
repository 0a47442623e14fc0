"""An article's text as the matcher reads it: title, standfirst, the lead image's caption,
then the body's words.

Read from the stored body (StreamField's raw data), not rendered: relinking a whole
archive must not render 100,000 pages. Addresses, images and document choices are not
text (a link to apec.org does not mention APEC); markup is dropped, entities decoded.
"""

import html
import re
from collections.abc import Mapping, Sequence

NOT_TEXT = {"url", "image", "document", "link_page", "alt_text", "decorative", "id"}
# Block-level tags end a word; inline ones (a bold initial, a link) do not.
_TAG = re.compile(r"<(/?)(p|h\d|li|ul|ol|br|div|blockquote|figure|figcaption|hr)?\b[^>]*>", re.IGNORECASE)


# The fields `article_text` reads, in its order after the primary key: rows of these
# feed the bulk paths (relinking, the generator, suggestions).
FIELDS = ("pk", "title", "standfirst", "lead_image_caption", "body")


def article_text(title: str, standfirst: str, caption: str, body_raw) -> str:
    parts = [title or "", standfirst or "", caption or ""]
    parts.extend(_texts(body_raw))
    return "\n".join(part for part in parts if part)


def lead_end(article) -> int:
    """Where the title and standfirst end in the article's text: a mention before it is
    in what every reader sees, members or not (and what the article is about)."""
    return len(article.title or "") + 1 + len(article.standfirst or "")


def _texts(value):
    if isinstance(value, str):
        if value and not value.startswith(("http://", "https://", "mailto:")):
            yield _plain(value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in NOT_TEXT and key != "type":
                yield from _texts(item)
    elif isinstance(value, Sequence):  # lists, and StreamField's view of its raw data
        for item in value:
            yield from _texts(item)


def _plain(markup: str) -> str:
    if "<" not in markup and "&" not in markup:
        return markup
    return html.unescape(_TAG.sub(lambda tag: " " if tag.group(2) else "", markup))
