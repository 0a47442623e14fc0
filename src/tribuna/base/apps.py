from django.apps import AppConfig
from django.db.models.signals import post_migrate


class BaseConfig(AppConfig):
    name = "tribuna.base"
    label = "base"
    verbose_name = "Site"

    def ready(self):
        from .locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
