from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "tribuna.members"
    label = "members"
    verbose_name = "Members"
