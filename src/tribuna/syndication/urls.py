"""Feeds, sitemap.xml and robots.txt, at the site root."""

from django.urls import path, register_converter

from . import views


class FeedFormatConverter:
    regex = "rss|atom|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FeedFormatConverter, "tribuna_feed_format")

app_name = "syndication"
urlpatterns = [
    path("feeds/articles.<tribuna_feed_format:fmt>", views.feed, name="articles_feed"),
    path("feeds/topic/<str:slug>.<tribuna_feed_format:fmt>", views.feed, {"kind": "topic"}, name="topic_feed"),
    path("feeds/author/<str:slug>.<tribuna_feed_format:fmt>", views.feed, {"kind": "author"}, name="author_feed"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", views.sitemap_page, name="sitemap_page"),
    path("robots.txt", views.robots_txt, name="robots"),
]
