from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tribuna.api"
    label = "api"
    verbose_name = "Content API"
