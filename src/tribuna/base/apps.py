from django.apps import AppConfig


class BaseConfig(AppConfig):
    name = "tribuna.base"
    label = "base"
    verbose_name = "Site"
