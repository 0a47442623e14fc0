from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "tribuna.news"
    label = "news"
    verbose_name = "News"
