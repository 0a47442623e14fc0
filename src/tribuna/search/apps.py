from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "tribuna.search"
    label = "site_search"  # "search" would clash with Wagtail's own app label
    verbose_name = "Search"

    def ready(self):
        from . import signals  # connects the publishing receivers

        signals.follow_search_server()
