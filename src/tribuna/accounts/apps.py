from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tribuna.accounts"
    verbose_name = "Accounts"
