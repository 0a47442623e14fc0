"""The "Newsletters" menu: campaigns, newsletters, subscribers and the suppression list."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .admin_views import CampaignViewSetNames
from .models import Campaign, Newsletter, Subscriber, Suppression

register_permission_policy(Campaign, admin_views.CampaignPolicy(Campaign))
register_permission_policy(Subscriber, admin_views.ReadOnlyPolicy(Subscriber))


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "mail"
    menu_label = _("Campaigns")
    admin_url_namespace = CampaignViewSetNames.namespace
    base_url_path = "newsletters/campaigns"
    list_display = [
        "subject",
        Column("state", label=_("State"), accessor="get_state_display"),
        DateColumn("send_at", label=_("Send at")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["state"]
    search_fields = ["subject"]
    index_view_class = admin_views.CampaignIndexView
    add_view_class = admin_views.CampaignCreateView
    edit_view_class = admin_views.CampaignEditView
    delete_view_class = admin_views.CampaignDeleteView
    inspect_view_enabled = True
    inspect_view_class = admin_views.CampaignInspectView
    inspect_view_fields = ["subject", "preheader", "newsletters", "state", "send_at", "started_at", "finished_at", "web_version", "created_by"]
    copy_view_enabled = False  # a copy would carry the state and rendering of a sent campaign

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("send/<int:pk>/", admin_views.campaign_send, name="send"),
            path("add-articles/<int:pk>/", admin_views.campaign_add_articles, name="add_articles"),
            path("email/<int:pk>/<str:mode>/", admin_views.campaign_email, name="email"),
        ]


class NewsletterViewSet(SnippetViewSet):
    model = Newsletter
    icon = "list-ul"
    menu_label = _("Newsletters")
    admin_url_namespace = "newsletter_lists"
    base_url_path = "newsletters/lists"
    list_display = ["name", "slug", Column("audience", label=_("Audience"), accessor="get_audience_display"), "offered_publicly"]
    sort_order_field = "sort_order"
    copy_view_enabled = False


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    url_namespace = "newsletter_subscribers"
    url_prefix = "newsletters/subscribers"
    list_display = ["email", "name", Column("status", label=_("Status"), accessor="get_status_display"), "language", "created_at"]
    filterset_class = admin_views.SubscriberFilterSet
    search_fields = ["email", "name"]
    list_export = ["email", "name", "status", "language", "created_at", "confirmed_at"]
    export_filename = "subscribers"
    index_view_class = admin_views.SubscriberIndexView
    inspect_view_enabled = True
    inspect_view_class = admin_views.SubscriberInspectView
    inspect_view_fields = ["email", "name", "status", "newsletters", "language", "member", "created_at", "confirmed_at", "soft_bounces", "soft_bounced_at"]
    form_fields = ["email", "name"]  # never shown: the policy allows no changes
    copy_view_enabled = False
    ordering = ["email"]


class SuppressionViewSet(ModelViewSet):
    model = Suppression
    icon = "cross"
    menu_label = _("Suppression list")
    url_namespace = "newsletter_suppressions"
    url_prefix = "newsletters/suppressions"
    list_display = ["email", Column("reason", label=_("Reason"), accessor="get_reason_display"), "note", "created_at", "created_by"]
    list_filter = ["reason"]
    search_fields = ["email", "note"]
    form_fields = ["email", "note"]
    add_view_class = admin_views.SuppressionCreateView
    delete_view_class = admin_views.SuppressionDeleteView  # "release", saying what that does
    copy_view_enabled = False
    ordering = ["-created_at"]

    def get_form_class(self, for_update=False):
        if for_update:  # the address itself stays; only the note can be changed
            from django import forms

            return forms.modelform_factory(Suppression, form=admin_views.SuppressionForm, fields=["note"])
        return admin_views.SuppressionForm


class NewslettersMenu(SnippetViewSetGroup):
    menu_label = _("Newsletters")
    menu_icon = "mail"
    menu_order = 155
    items = (CampaignViewSet, NewsletterViewSet, SubscriberViewSet, SuppressionViewSet)


register_snippet(NewslettersMenu)
