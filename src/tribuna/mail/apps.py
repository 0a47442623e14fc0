from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "tribuna.mail"
    label = "mail"
    verbose_name = "Mail"
