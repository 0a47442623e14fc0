"""The public newsletter archive: sent campaigns that have a web version."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from tribuna.base.restrictions import RememberedViewRestrictions

ISSUES_PER_PAGE = 20


def archived_campaigns():
    """Sent campaigns with a web version, newest first, without their (large) rendered bodies."""
    from .models import Campaign, CampaignState

    return (
        Campaign.objects.filter(state=CampaignState.SENT, web_version=True)
        .defer("rendered_html", "rendered_text", "introduction")
        .order_by("-started_at", "-pk")
    )


class NewsletterArchivePage(RoutablePageMixin, RememberedViewRestrictions, Page):
    """Lists past newsletters and shows each one as it was sent, without personal links."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["base.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "newsletters/archive_page.html"

    class Meta:
        verbose_name = _("newsletter archive")

    def issue_path(self, campaign_id: int) -> str:
        """The site-relative path of one issue's web version."""
        parts = self.get_url_parts()
        base = parts[2] if parts and parts[2] else self.url_path
        return base + self.reverse_subpage("issue", args=[campaign_id])

    @path("")
    def index(self, request):
        page_number = request.GET.get("page") or 1
        try:
            issues = Paginator(archived_campaigns(), ISSUES_PER_PAGE).page(page_number)
        except (PageNotAnInteger, EmptyPage) as error:
            raise Http404(str(error)) from error
        here = self.get_url(request)
        issues.object_list = list(issues.object_list)
        for campaign in issues.object_list:
            campaign.archive_url = here + self.reverse_subpage("issue", args=[campaign.pk])
        return TemplateResponse(request, self.template, {"page": self, "self": self, "issues": issues})

    @path("<int:campaign_id>/", name="issue")
    def issue(self, request, campaign_id):
        from . import rendering

        campaign = archived_campaigns().defer(None).filter(pk=campaign_id).first()
        if campaign is None:
            raise Http404
        base_url = request.build_absolute_uri("/")
        # What subscribers of this page's language were sent, even if articles changed since.
        language = self.locale.language_code
        rendered = rendering.stored(campaign, language) or rendering.render_campaign(
            campaign, base_url=base_url, language=language
        )
        html = rendering.web_version(rendered, base_url=base_url, archive_url=self.get_url(request))
        return HttpResponse(html)
