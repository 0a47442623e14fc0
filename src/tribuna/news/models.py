"""Articles, the "All articles" archive, topics and authors."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from tribuna.actors.panels import MentionsPanel
from tribuna.base.blocks import BodyBlock
from tribuna.base.mixins import SocialImageMixin
from tribuna.base.restrictions import RememberedViewRestrictions
from tribuna.base.wording import LocalNameMixin, Wording


class ArticleType(models.TextChoices):
    NEWS = "news", _("News")
    ANALYSIS = "analysis", _("Analysis")
    BRIEFING = "briefing", _("Briefing")
    REPORT = "report", _("Report")
    COMMENT = "comment", _("Comment")
    INTERVIEW = "interview", _("Interview")


class Topic(LocalNameMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        InlinePanel("wordings", label=_("In other languages")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class TopicWording(Wording, Orderable):
    """A topic's name in another language; its address (slug) is the same in every language."""

    topic = ParentalKey(Topic, on_delete=models.CASCADE, related_name="wordings")
    name = models.CharField(_("name"), max_length=80, blank=True)
    description = models.TextField(_("description"), blank=True)

    translates = ("name", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "language"], name="one_topic_wording_per_language")]


class Author(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class ArticleIndexPage(RoutablePageMixin, SocialImageMixin, RememberedViewRestrictions, Page):
    """ "All articles": the archive, with a page per topic and per author."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("article index page")

    @path("")
    def archive(self, request):
        from . import views

        return views.archive(request, self)

    @path("topic/<str:slug>/", name="topic")
    def topic(self, request, slug):
        from . import views

        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise Http404
        return views.archive(request, self, topic=topic)

    @path("author/<str:slug>/", name="author")
    def author(self, request, slug):
        from . import views

        author = Author.objects.filter(slug=slug).first()
        if author is None:
            raise Http404
        return views.archive(request, self, author=author)


class ArticlePage(SocialImageMixin, RememberedViewRestrictions, Page):
    """A dated piece: news, analysis, briefing, report and the like."""

    date = models.DateField(_("display date"), default=timezone.localdate, db_index=True)
    article_type = models.CharField(
        _("type"), max_length=20, choices=ArticleType.choices, default=ArticleType.NEWS
    )
    standfirst = models.TextField(
        _("standfirst"), blank=True, help_text=_("One or two sentences under the title.")
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = models.CharField(_("caption"), max_length=250, blank=True)
    lead_image_credit = models.CharField(_("credit"), max_length=120, blank=True)
    body = StreamField(BodyBlock(), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="articles")
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_("Others see the title, standfirst and an invitation to join or sign in."),
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Reports carry their full text as a download."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("article_type"), FieldPanel("members_only"), FieldPanel("report_document")],
            heading=_("About this article"),
        ),
        InlinePanel("authorships", label=_("Authors")),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption"), FieldPanel("lead_image_credit")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("topics"),
        InlinePanel("related_links", label=_("Related articles"), max_num=4),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(SocialImageMixin.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
            ObjectList([MentionsPanel()], heading=_("Actors")),  # who the text names, for review
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("article_type"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["news.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        if self.article_type == ArticleType.REPORT and self.report_document_id is None:
            raise ValidationError({"report_document": _("A report needs its PDF.")})

    @property
    def authors(self):
        return [authorship.author for authorship in self.authorships.select_related("author")]

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = selectors.related_article_ids(self, preview=getattr(request, "is_preview", False))
        context["can_read"] = not self.members_only or reader_may_read_members_only(request)
        return context


def reader_may_read_members_only(request) -> bool:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    member = getattr(user, "member", None)
    return member is not None and member.is_current


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authorships")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="authorships", verbose_name=_("author"))

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")]


class RelatedArticle(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [FieldPanel("related")]
