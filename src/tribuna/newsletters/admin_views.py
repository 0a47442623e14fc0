"""The newsletter screens in Wagtail's admin: campaigns (compose, preview, test, send,
progress), subscribers (read-only) and the suppression list.

Views stay thin: what they do is in `campaign_actions`, `rendering` and `statistics`.
"""

from functools import wraps
from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.admin.auth import require_admin_access
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views

from . import campaign_actions, rendering
from .models import (
    Campaign,
    CampaignState,
    Newsletter,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)
from .statistics import campaign_statistics

REFRESH_SECONDS = 5
DELETABLE = {CampaignState.DRAFT, CampaignState.CANCELLED}


# --- previews ------------------------------------------------------------------------------


def preview_response(request, campaign: Campaign, mode: str) -> HttpResponse:
    """Wagtail's live preview of a campaign (saved or not): the e-mail or its plain text,
    greeting the editor by first name and with links to the public newsletters page."""
    base_url = request.build_absolute_uri("/")
    mode, _colon, language = mode.partition(":")  # "text:es": the Spanish version's plain text
    rendered = rendering.render_campaign(campaign, base_url=base_url, language=language or None)
    html, text = rendering.anonymous_copy(rendered, base_url=base_url, name=getattr(request.user, "first_name", ""))
    return _email_response(html, text, mode)


def _email_response(html: str, text: str, mode: str) -> HttpResponse:
    if mode == "text":
        return HttpResponse(text, content_type="text/plain; charset=utf-8")
    return HttpResponse(html)


def campaign_permission(action: str):
    """Admin views about one campaign, for staff with this permission on campaigns."""

    def decorate(view):
        @wraps(view)
        @require_admin_access
        def checked(request, pk, *args, **kwargs):
            if not request.user.has_perm(f"newsletters.{action}_campaign"):
                raise PermissionDenied
            return view(request, get_object_or_404(Campaign, pk=pk), *args, **kwargs)

        return checked

    return decorate


@xframe_options_sameorigin
@campaign_permission("view")
def campaign_email(request, campaign, mode):
    """The e-mail as it went (or would go) out, for the campaign's page and after sending."""
    base_url = request.build_absolute_uri("/")
    rendered = rendering.stored(campaign) or rendering.render_campaign(campaign, base_url=base_url)
    html, text = rendering.anonymous_copy(rendered, base_url=base_url)
    return _email_response(html, text, mode)


# --- sending -------------------------------------------------------------------------------


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        label=gettext_lazy("Send at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
    )


@campaign_permission("change")
def campaign_send(request, campaign):
    """Test, send now, schedule or unschedule; each a POST with an `action`."""
    from . import audience

    if not campaign.is_editable:
        return redirect(_inspect_url(campaign))
    form = ScheduleForm(initial={"send_at": timezone.localtime(campaign.send_at) if campaign.send_at else None})
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "test":
                name = request.user.first_name
                campaign_actions.send_test(campaign, to=request.user.email, name=name, base_url=request.build_absolute_uri("/"))
                messages.success(request, _("A test copy is on its way to %(email)s.") % {"email": request.user.email})
                return redirect(_send_url(campaign))
            if action == "send":
                campaign_actions.send_now(campaign)
                messages.success(request, _("“%(subject)s” is being sent.") % {"subject": campaign.subject})
                return redirect(_inspect_url(campaign))
            if action == "schedule":
                form = ScheduleForm(request.POST)
                if form.is_valid():
                    campaign_actions.schedule(campaign, form.cleaned_data["send_at"])
                    messages.success(
                        request,
                        _("“%(subject)s” will be sent at %(when)s.")
                        % {"subject": campaign.subject, "when": date_format(timezone.localtime(campaign.send_at), "j F Y H:i")},
                    )
                    return redirect(_inspect_url(campaign))
            elif action == "unschedule":
                campaign_actions.unschedule(campaign)
                messages.success(request, _("The campaign is a draft again; it will not be sent until you send or schedule it."))
                return redirect(_send_url(campaign))
        except campaign_actions.CampaignNotReady as error:
            messages.error(request, str(error))
            return redirect(_send_url(campaign))
    problems = campaign_actions.problems(campaign)
    return TemplateResponse(
        request,
        "newsletters/admin/campaign_send.html",
        {
            "campaign": campaign,
            "newsletters": list(campaign.newsletters.all()),
            "recipients": audience.recipient_count(campaign),
            "problems": problems,
            "form": form,
            "edit_url": reverse(CampaignViewSetNames.edit, args=[campaign.pk]),
            "email_url": reverse(CampaignViewSetNames.email, args=[campaign.pk, "html"]),
            "text_url": reverse(CampaignViewSetNames.email, args=[campaign.pk, "text"]),
        },
    )


@campaign_permission("change")
def campaign_add_articles(request, campaign):
    """Confirm, then add the articles published since the newsletters' last issue."""
    edit_url = reverse(CampaignViewSetNames.edit, args=[campaign.pk])
    if request.method == "POST":
        try:
            added = campaign_actions.add_new_articles(campaign)
        except campaign_actions.CampaignNotReady as error:
            messages.error(request, str(error))
        else:
            if added:
                messages.success(request, ngettext("%(count)d article added.", "%(count)d articles added.", added) % {"count": added})
            else:
                messages.info(request, _("There are no new articles since the last issue."))
        return redirect(edit_url)
    newsletters = list(campaign.newsletters.all())
    present = set(campaign.articles.values_list("article_id", flat=True))
    candidates = [a for a in campaign_actions.new_articles(newsletters) if a.pk not in present] if newsletters else []
    return TemplateResponse(
        request,
        "newsletters/admin/campaign_add_articles.html",
        {
            "campaign": campaign,
            "newsletters": newsletters,
            "since": campaign_actions.last_issue_started(newsletters) if newsletters else None,
            "candidates": candidates,
            "edit_url": edit_url,
        },
    )


def _inspect_url(campaign) -> str:
    return reverse(CampaignViewSetNames.inspect, args=[campaign.pk])


def _send_url(campaign) -> str:
    return reverse(CampaignViewSetNames.send, args=[campaign.pk])


class CampaignViewSetNames:
    """URL names of the campaign screens (the viewset's namespace is fixed in wagtail_hooks)."""

    namespace = "newsletter_campaigns"
    edit = f"{namespace}:edit"
    inspect = f"{namespace}:inspect"
    add = f"{namespace}:add"
    send = f"{namespace}:send"
    email = f"{namespace}:email"
    add_articles = f"{namespace}:add_articles"


# --- the campaign viewset's views ---------------------------------------------------------


def _formset_with_articles(form, articles):
    """The articles formset of an unbound add form, with the articles as new (extra) rows.

    Children held in memory on the unsaved instance would render as existing rows without
    ids, which Django then skips on save; extra rows with initial values are saved."""
    current = form.formsets["articles"]
    formset = type(current)(
        instance=form.instance,
        prefix=current.prefix,
        form_kwargs=current.form_kwargs,
        initial=[{"article": article.pk, "ORDER": order} for order, article in enumerate(articles, start=1)],
    )
    formset.extra = len(articles)
    return formset



class CampaignIndexView(snippet_views.IndexView):
    def get_edit_url(self, instance):
        # Sent and sending campaigns open on their record (statistics), not a form.
        return super().get_edit_url(instance) if instance.is_editable else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if instance.state in DELETABLE else None


class CampaignCreateView(snippet_views.CreateView):
    """A new campaign starts with the articles published since the newsletter's last issue
    (the first newsletter, or the one chosen with ?newsletter=); the editor removes or adds."""

    prefill_for = None

    def get_initial_form_instance(self):
        campaign = Campaign()
        if self.request.method == "GET":
            self.prefill_for = campaign_actions.default_newsletter(self.request.GET.get("newsletter"))
            if self.prefill_for is not None:
                campaign.newsletters = [self.prefill_for]
        return campaign

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.prefill_for is not None:
            articles = campaign_actions.new_articles([self.prefill_for])
            form.formsets["articles"] = _formset_with_articles(form, articles)
            self._say_what_was_prefilled(len(articles))
        return form

    def _say_what_was_prefilled(self, count: int):
        since = campaign_actions.last_issue_started([self.prefill_for])
        if since and not count:
            note = _("No articles have been published since the last issue of %(newsletter)s (%(date)s).")
        elif since:
            note = ngettext(
                "The article published since the last issue of %(newsletter)s (%(date)s) is already listed.",
                "The %(count)d articles published since the last issue of %(newsletter)s (%(date)s) are already listed.",
                count,
            )
        else:
            note = _("The newest articles are already listed: %(newsletter)s has had no issue yet.")
        values = {"count": count, "newsletter": self.prefill_for.name, "date": since and date_format(timezone.localtime(since), "j F Y")}
        messages.info(self.request, note % values)

    @property
    def header_more_buttons(self):
        current = getattr(self, "prefill_for", None)
        add_url = reverse(CampaignViewSetNames.add)
        return [
            Button(
                _("Start an issue of %(newsletter)s") % {"newsletter": newsletter.name},
                url=f"{add_url}?{urlencode({'newsletter': newsletter.pk})}",
                icon_name="mail",
                priority=10 + order,
            )
            for order, newsletter in enumerate(Newsletter.objects.all())
            if newsletter != current
        ]

    def get_success_url(self):
        return reverse(CampaignViewSetNames.edit, args=[self.object.pk])

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class CampaignEditView(snippet_views.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not self.object.is_editable:
            messages.info(request, _("This campaign has been sent (or is being sent), so it can no longer be changed."))
            return redirect(_inspect_url(self.object))
        return super().dispatch(request, *args, **kwargs)

    @property
    def header_buttons(self):
        return [
            HeaderButton(_("Test, send or schedule"), url=_send_url(self.object), icon_name="mail"),
        ]

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.state not in DELETABLE:
            buttons = [button for button in buttons if button.url != self.get_delete_url()]
        buttons.append(
            Button(
                _("Add new articles"),
                url=reverse(CampaignViewSetNames.add_articles, args=[self.object.pk]),
                icon_name="doc-full",
                priority=5,
            )
        )
        return buttons


class CampaignDeleteView(snippet_views.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.state not in DELETABLE:
            messages.error(request, _("Only draft or cancelled campaigns can be deleted; a sent campaign is a record."))
            return redirect(_inspect_url(self.object))
        return super().dispatch(request, *args, **kwargs)


class CampaignInspectView(snippet_views.InspectView):
    """The campaign's record: what it is, and how sending goes (refreshing while it sends)."""

    template_name = "newsletters/admin/campaign_inspect.html"

    def get_edit_url(self):
        return super().get_edit_url() if self.object.is_editable else None

    def get_delete_url(self):
        return super().get_delete_url() if self.object.state in DELETABLE else None

    @property
    def header_buttons(self):
        if self.object.is_editable:
            return [HeaderButton(_("Test, send or schedule"), url=_send_url(self.object), icon_name="mail")]
        return []

    def get_context_data(self, **kwargs):
        from .pages import NewsletterArchivePage

        context = super().get_context_data(**kwargs)
        campaign = self.object
        web_url = ""
        if campaign.state == CampaignState.SENT and campaign.web_version:
            archive = NewsletterArchivePage.objects.live().first()
            web_url = archive.issue_path(campaign.pk) if archive else ""
        context.update(
            campaign=campaign,
            statistics=campaign_statistics(campaign),
            refresh_seconds=REFRESH_SECONDS if campaign.state == CampaignState.SENDING else None,
            email_url=reverse(CampaignViewSetNames.email, args=[campaign.pk, "html"]),
            text_url=reverse(CampaignViewSetNames.email, args=[campaign.pk, "text"]),
            web_url=web_url,
        )
        return context


class CampaignPolicy(ModelPermissionPolicy):
    """Sent and sending campaigns are records: nobody changes or deletes them, whichever
    screen or bulk action asks."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "change" and not instance.is_editable:
            return False
        if action == "delete" and instance.state not in DELETABLE:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


# --- subscribers and suppressions --------------------------------------------------------


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Subscribers change through the subscribe and preferences pages, the member sync and
    bounce handling, each of which keeps a consent record; never by hand in a form."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete", "copy"}:
            return False
        return super().user_has_permission(user, action)


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=SubscriberStatus.choices)
    newsletter = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Newsletter"), queryset=Newsletter.objects.all(), field_name="newsletters"
    )

    class Meta:
        model = Subscriber
        fields = ["status"]


class SubscriberIndexView(generic.IndexView):
    def preprocess_field_value(self, field, value, export_format):
        from tribuna.members.csv_safety import spreadsheet_safe

        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value


class SubscriberInspectView(generic.InspectView):
    template_name = "newsletters/admin/subscriber_inspect.html"

    def get_newsletters_display_value(self):
        return ", ".join(newsletter.name for newsletter in self.object.newsletters.all()) or "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["consents"] = self.object.consents.select_related("newsletter")
        return context


class SuppressionForm(forms.ModelForm):
    class Meta:
        model = Suppression
        fields = ["email", "note"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Suppression.objects.filter(email=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("This address is already on the suppression list."))
        return email


RELEASE_HELP = gettext_lazy(
    "Releasing an address lets newsletters go to it again, but subscribes nobody: a subscriber "
    "marked bounced stays so until they subscribe again themselves and confirm by e-mail, and one "
    "who complained is not sent newsletters again."
)


class SuppressionDeleteView(generic.DeleteView):
    """Deleting a suppression releases the address; the subscriber's status stays as it is."""

    @property
    def confirmation_message(self):
        return " ".join(
            [_("Release %(email)s from the suppression list?") % {"email": self.object.email}, str(RELEASE_HELP)]
        )


class SuppressionCreateView(generic.CreateView):
    def save_instance(self):
        # Added by hand: say so, and who did it.
        self.form.instance.reason = SuppressionReason.MANUAL
        self.form.instance.created_by = self.request.user
        return super().save_instance()
