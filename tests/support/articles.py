"""Publishing articles from tests, the way an editor's "Publish" does."""

import datetime as dt

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
