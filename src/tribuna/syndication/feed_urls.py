"""Feeds, under each language's prefix: /feeds/… in the default language, /es/feeds/… in Spanish."""

from django.urls import path, register_converter

from . import views


class FeedFormatConverter:
    regex = "rss|atom|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FeedFormatConverter, "tribuna_feed_format")

app_name = "feeds"
urlpatterns = [
    path("articles.<tribuna_feed_format:fmt>", views.feed, name="articles_feed"),
    path("topic/<str:slug>.<tribuna_feed_format:fmt>", views.feed, {"kind": "topic"}, name="topic_feed"),
    path("author/<str:slug>.<tribuna_feed_format:fmt>", views.feed, {"kind": "author"}, name="author_feed"),
    path("actor/<str:slug>.<tribuna_feed_format:fmt>", views.feed, {"kind": "actor"}, name="actor_feed"),
]
