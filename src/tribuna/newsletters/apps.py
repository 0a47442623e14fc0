from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "tribuna.newsletters"
    verbose_name = _("Newsletters")

    def ready(self):
        from . import bounces

        bounces.connect()  # the mail provider's bounce and complaint reports
