"""Publishing articles from tests, the way an editor's "Publish" does."""

import datetime as dt

from bs4 import BeautifulSoup
from django.utils.html import strip_tags

from tribuna.news.models import ArticleIndexPage, ArticlePage


def publish_article(title, *, body="", standfirst="", date=dt.date(2020, 5, 1), locale=None, **fields):
    # Under "All articles" in the article's language (the demo has one per language).
    index = ArticleIndexPage.objects.get(locale__language_code=locale.language_code if locale else "en-gb")
    topics = fields.pop("topics", [])
    article = ArticlePage(
        title=title,
        standfirst=standfirst,
        date=date,
        body=[("paragraph", f"<p>{body}</p>")] if body else [],
        **fields,
    )
    article.topics = topics
    index.add_child(instance=article)
    article.save_revision().publish()
    return article


def first_paragraph(article) -> str:
    """The start of the article's first paragraph as words, enough to recognise it."""
    block = next(block for block in article.body if block.block_type == "paragraph")
    return " ".join(strip_tags(block.value.source).split())[:60]


def readable(response) -> str:
    """A page's words as a reader sees them (names in an article's body may be links)."""
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
