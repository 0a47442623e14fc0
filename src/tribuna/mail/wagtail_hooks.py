from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def outbox_urls():
    return [
        path("outbox/", views.outbox_index, name="outbox_index"),
        path("outbox/<str:name>/", views.outbox_message, name="outbox_message"),
    ]


@hooks.register("register_settings_menu_item")
def outbox_menu_item():
    item = MenuItem(_("Outbox"), reverse("outbox_index"), icon_name="mail", order=900)
    item.is_shown = lambda request: request.user.is_superuser and settings.EMAIL_BACKEND.endswith("OutboxBackend")
    return item
