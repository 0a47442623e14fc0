from django.apps import AppConfig
from django.conf import settings


class OpsConfig(AppConfig):
    name = "tribuna.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self):
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            connect_purging()


def connect_purging():
    """Purge a page's addresses from the CDN or proxy each time it is published or
    unpublished. Wagtail's own `wagtail.contrib.frontend_cache` app does this when it is
    installed; it is connected here instead, and only when TRIBUNA_FRONTEND_CACHE names a
    cache, so a site without one queues no purge task on every publish."""
    from wagtail.contrib.frontend_cache.signal_handlers import register_signal_handlers

    register_signal_handlers()


def disconnect_purging():
    from django.apps import apps
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished

    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(signal_handlers.page_published_signal_handler, sender=model)
            page_unpublished.disconnect(signal_handlers.page_unpublished_signal_handler, sender=model)
