from django.apps import AppConfig


class ActorsConfig(AppConfig):
    name = "tribuna.actors"
    label = "actors"
    verbose_name = "Actors"

    def ready(self):
        from . import signals  # links articles as they are saved and published

        signals.connect()
