from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "tribuna.demo"
    label = "demo"
    verbose_name = "Demo site"
