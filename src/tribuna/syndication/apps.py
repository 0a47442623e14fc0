from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "tribuna.syndication"
    label = "syndication"
    verbose_name = "Feeds and sitemaps"
