"""The site shell: home page, standard and key-issue pages, identity and panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from tribuna.base.restrictions import RememberedViewRestrictions
from .blocks import BodyBlock
from .locales import default_language, language_field
from .mixins import SocialImageMixin
from .wording import Wording

SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ul"]


class HomePage(SocialImageMixin, RememberedViewRestrictions, Page):
    """The front page: chosen features, the newest articles and the call to join."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured", label=_("Featured articles"), max_num=4),
    ]
    parent_page_types = ["wagtailcore.Page"]  # one per language, each a root of its own tree

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from tribuna.news import selectors

        context = super().get_context(request, *args, **kwargs)
        context["featured_articles"] = selectors.featured_article_ids(self, preview=getattr(request, "is_preview", False))
        context["newest_articles"] = selectors.newest_article_ids(exclude=context["featured_articles"])
        return context


class HomeFeature(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured")
    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [FieldPanel("article")]


class StandardPage(SocialImageMixin, RememberedViewRestrictions, Page):
    """A plain page such as "Our aims" or "Why join"."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists and search results.")
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


class KeyIssueIndexPage(SocialImageMixin, RememberedViewRestrictions, Page):
    """Lists the key issues the group works on."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["base.KeyIssuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("key-issue index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = KeyIssuePage.objects.child_of(self).live().public()
        return context


class KeyIssuePage(SocialImageMixin, RememberedViewRestrictions, Page):
    """A standing briefing on one issue, with the latest articles on its topic."""

    summary = models.TextField(_("summary"), blank=True)
    topic = models.ForeignKey(
        "news.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Articles on this topic are listed under the page."),
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("topic"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["base.KeyIssueIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("key-issue page")

    def get_context(self, request, *args, **kwargs):
        from tribuna.news import selectors

        context = super().get_context(request, *args, **kwargs)
        context["topic_articles"] = (
            selectors.article_ids_on_topic(self.topic, limit=5) if self.topic_id else []
        )
        return context


@register_setting(icon="site")
class SiteIdentity(ClusterableModel, BaseSiteSetting):
    """Who the organisation is: name, strapline, logo, footer and the call to join."""

    organisation_name = models.CharField(_("organisation name"), max_length=120, default="Tribuna")
    strapline = models.CharField(_("strapline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    footer = RichTextField(_("footer"), blank=True, features=SHORT_TEXT_FEATURES)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("join page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where “Become a member” leads."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page."),
    )
    join_title = models.CharField(_("join call title"), max_length=80, default=_("Become a member"))
    join_text = models.TextField(_("join call text"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("strapline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("footer"),
                FieldPanel("privacy_page"),
                InlinePanel("social_links", label=_("Social links")),
            ],
            heading=_("Footer"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_page"), FieldPanel("join_title"), FieldPanel("join_text")],
            heading=_("Call to join"),
        ),
        InlinePanel(
            "wordings",
            label=_("In other languages"),
            help_text=_("The strapline, footer and call to join as readers of another language see them."),
        ),
    ]

    class Meta:
        verbose_name = _("site identity")


class IdentityWording(Wording, Orderable):
    identity = ParentalKey(SiteIdentity, on_delete=models.CASCADE, related_name="wordings")
    strapline = models.CharField(_("strapline"), max_length=200, blank=True)
    footer = RichTextField(_("footer"), blank=True, features=SHORT_TEXT_FEATURES)
    join_title = models.CharField(_("join call title"), max_length=80, blank=True)
    join_text = models.TextField(_("join call text"), blank=True)

    translates = ("strapline", "footer", "join_title", "join_text")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["identity", "language"], name="one_identity_wording_per_language")]


class SocialLink(Orderable):
    identity = ParentalKey(SiteIdentity, on_delete=models.CASCADE, related_name="social_links")
    label = models.CharField(_("label"), max_length=40)
    url = models.URLField(_("address"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    def __str__(self):
        return self.label


@register_setting(icon="list-ul")
class SitePanels(ClusterableModel, BaseSiteSetting):
    """The short panels shown beside every page, edited and ordered in one place."""

    panels = [InlinePanel("items", label=_("Panels"))]

    class Meta:
        verbose_name = _("panels")
        verbose_name_plural = _("panels")


class Panel(Orderable):
    owner = ParentalKey(SitePanels, on_delete=models.CASCADE, related_name="items")
    language = language_field(
        default=default_language,
        help_text=_("Shown to readers of this language; a language with no panels of its own shows the default's."),
    )
    title = models.CharField(_("title"), max_length=80)
    body = RichTextField(_("text"), features=SHORT_TEXT_FEATURES, help_text=_("A short text or a bullet list."))
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("or link to address"), blank=True)
    link_label = models.CharField(_("link text"), max_length=80, blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("link_label"),
    ]

    def __str__(self):
        return self.title
