"""Publishing articles from tests, the way an editor's "Publish" does."""

import datetime as dt

from tribuna.news.models import ArticleIndexPage, ArticlePage


def publish_article(title, *, body="", standfirst="", date=dt.date(2020, 5, 1), locale=None, **fields):
    index = ArticleIndexPage.objects.get()
    topics = fields.pop("topics", [])
    article = ArticlePage(
        title=title,
        standfirst=standfirst,
        date=date,
        body=[("paragraph", f"<p>{body}</p>")] if body else [],
        **fields,
    )
    if locale is not None:
        article.locale = locale
    article.topics = topics
    index.add_child(instance=article)
    article.save_revision().publish()
    return article
