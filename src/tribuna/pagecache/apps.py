from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "tribuna.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import invalidation

        invalidation.connect()
