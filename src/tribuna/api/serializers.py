"""The JSON shapes of the content API, which also describe it in the OpenAPI schema.

Plain, read-only serializers: every field is named here, so the description lists exactly
what a response holds. URLs are absolute, built from the request, because API readers show
the content somewhere other than this site. The serializer context carries the request and
`archive_url`, the absolute address of the "All articles" page (or None).
"""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from tribuna.actors.addresses import actor_page_url
from tribuna.actors.models import Kind, Predicate
from tribuna.news.models import ArticleType

from .html import render_body
from .queries import LEAD_RENDITION, PAGE_TYPE_CHOICES, PAGE_TYPES

WITHHELD_CHOICES = [("members_only", _("Members only"))]


def page_url(page, request) -> str | None:
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def archive_subpage_url(context, name: str, slug: str) -> str | None:
    """The archive's page for one topic or author, e.g. /articles/topic/<slug>/."""
    archive = context.get("archive")
    if archive is None or context.get("archive_url") is None:
        return None
    return context["archive_url"] + archive.reverse_subpage(name, args=[slug])


class _UrlOfArchiveSubpage(serializers.Serializer):
    subpage = ""

    @extend_schema_field(serializers.URLField(allow_null=True, help_text=_("The site's page listing its articles.")))
    def get_url(self, obj):
        return archive_subpage_url(self.context, self.subpage, obj.slug)


class TopicRefSerializer(_UrlOfArchiveSubpage):
    subpage = "topic"
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    url = serializers.SerializerMethodField()


class AuthorRefSerializer(_UrlOfArchiveSubpage):
    subpage = "author"
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    url = serializers.SerializerMethodField()


class TopicSerializer(TopicRefSerializer):
    description = serializers.CharField(read_only=True)
    article_count = serializers.IntegerField(read_only=True, help_text=_("Published articles on this topic."))
    articles = serializers.SerializerMethodField()

    @extend_schema_field(serializers.URLField(help_text=_("This topic's articles in the API.")))
    def get_articles(self, obj):
        return _api_list(self.context, "api:article-list", topic=obj.slug)


class AuthorSerializer(AuthorRefSerializer):
    bio = serializers.CharField(read_only=True)
    article_count = serializers.IntegerField(read_only=True, help_text=_("Published articles by this author."))
    articles = serializers.SerializerMethodField()

    @extend_schema_field(serializers.URLField(help_text=_("This author's articles in the API.")))
    def get_articles(self, obj):
        return _api_list(self.context, "api:article-list", author=obj.slug)


def _api_list(context, name, **query) -> str:
    return reverse(name, request=context["request"]) + "?" + urlencode(query)


class ActorRefSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=Kind.choices, read_only=True)
    url = serializers.SerializerMethodField()

    @extend_schema_field(serializers.URLField(allow_null=True, help_text=_("The actor's page on the site.")))
    def get_url(self, actor):
        request = self.context["request"]
        url = actor_page_url(request, actor.slug)
        return request.build_absolute_uri(url) if url else None


class RelationshipSerializer(serializers.Serializer):
    subject = ActorRefSerializer(read_only=True)
    predicate = serializers.ChoiceField(choices=Predicate.choices, read_only=True)
    predicate_label = serializers.CharField(source="get_predicate_display", read_only=True)
    object = ActorRefSerializer(read_only=True)
    source_article = serializers.SerializerMethodField()
    start_date = serializers.DateField(read_only=True, allow_null=True)
    end_date = serializers.DateField(read_only=True, allow_null=True)

    @extend_schema_field(serializers.IntegerField(allow_null=True, help_text=_("The id of the article that states it.")))
    def get_source_article(self, relationship):
        source = relationship.source
        return source.pk if source is not None and source.live else None


class ActorSerializer(ActorRefSerializer):
    description = serializers.CharField(read_only=True)
    start_date = serializers.DateField(read_only=True, allow_null=True)
    end_date = serializers.DateField(read_only=True, allow_null=True)
    wikidata_id = serializers.CharField(read_only=True)
    aliases = serializers.SerializerMethodField()
    article_count = serializers.IntegerField(read_only=True, help_text=_("Published articles that name this actor."))
    articles = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.CharField(), help_text=_("Other names articles use.")))
    def get_aliases(self, actor):
        return [alias.text for alias in actor.aliases.all()]  # prefetched

    @extend_schema_field(serializers.URLField(help_text=_("The articles naming this actor, in the API.")))
    def get_articles(self, actor):
        return _api_list(self.context, "api:article-list", actor=actor.slug)


class ActorDetailSerializer(ActorSerializer):
    relationships = serializers.SerializerMethodField()

    @extend_schema_field(RelationshipSerializer(many=True))
    def get_relationships(self, actor):
        from tribuna.actors.selectors import relationships_of

        return RelationshipSerializer(relationships_of(actor), many=True, context=self.context).data


class MentionSerializer(serializers.Serializer):
    actor = ActorRefSerializer(read_only=True)
    count = serializers.IntegerField(read_only=True, help_text=_("How many times the text names the actor."))


class LeadImageSerializer(serializers.Serializer):
    url = serializers.URLField(read_only=True)
    width = serializers.IntegerField(read_only=True)
    height = serializers.IntegerField(read_only=True)
    alt = serializers.CharField(read_only=True)
    caption = serializers.CharField(read_only=True)
    credit = serializers.CharField(read_only=True)


class ArticleSerializer(serializers.Serializer):
    """An article as listed: everything but the body."""

    id = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField()
    title = serializers.CharField(read_only=True)
    slug = serializers.CharField(read_only=True)
    date = serializers.DateField(read_only=True)
    type = serializers.ChoiceField(choices=ArticleType.choices, source="article_type", read_only=True)
    standfirst = serializers.CharField(read_only=True)
    locale = serializers.CharField(read_only=True, source="language", help_text=_("The article's language."))
    authors = serializers.SerializerMethodField()
    topics = TopicRefSerializer(many=True, read_only=True, source="topics.all")
    lead_image = serializers.SerializerMethodField()
    members_only = serializers.BooleanField(
        read_only=True, help_text=_("Only members may read the body; the API never gives it.")
    )
    first_published_at = serializers.DateTimeField(read_only=True, allow_null=True)
    last_published_at = serializers.DateTimeField(read_only=True, allow_null=True)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, article):
        return page_url(article, self.context["request"])

    @extend_schema_field(AuthorRefSerializer(many=True))
    def get_authors(self, article):
        # `authorships` is prefetched with its authors (selectors.with_card_data).
        authors = [authorship.author for authorship in article.authorships.all()]
        return AuthorRefSerializer(authors, many=True, context=self.context).data

    @extend_schema_field(LeadImageSerializer(allow_null=True))
    def get_lead_image(self, article):
        image = article.lead_image
        if image is None:
            return None
        rendition = image.get_rendition(LEAD_RENDITION)
        return {
            "url": self.context["request"].build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
            "caption": article.lead_image_caption,
            "credit": article.lead_image_credit,
        }


class ArticleDetailSerializer(ArticleSerializer):
    """One article, with its body unless it is for members only."""

    body = serializers.SerializerMethodField()
    body_withheld = serializers.SerializerMethodField()
    mentions = serializers.SerializerMethodField()

    @extend_schema_field(MentionSerializer(many=True))
    def get_mentions(self, article):
        from tribuna.actors.selectors import article_mentions

        return MentionSerializer(article_mentions(article), many=True, context=self.context).data

    @extend_schema_field(
        serializers.CharField(allow_null=True, help_text=_("The article's text as HTML, or null when withheld."))
    )
    def get_body(self, article):
        if article.members_only:
            return None
        return render_body(article.body, self.context["request"])

    @extend_schema_field(
        serializers.ChoiceField(
            choices=WITHHELD_CHOICES,
            allow_null=True,
            help_text=_("Why the body is null: members-only articles are read on the site, signed in."),
        )
    )
    def get_body_withheld(self, article):
        return "members_only" if article.members_only else None


class PageSerializer(serializers.Serializer):
    """The home page, a standard page or a key-issue page, as listed."""

    id = serializers.IntegerField(read_only=True)
    type = serializers.SerializerMethodField()
    title = serializers.CharField(read_only=True)
    slug = serializers.CharField(read_only=True)
    locale = serializers.CharField(read_only=True, source="language", help_text=_("The page's language."))
    url = serializers.SerializerMethodField()
    summary = serializers.SerializerMethodField()
    last_published_at = serializers.DateTimeField(read_only=True, allow_null=True)

    @extend_schema_field(serializers.ChoiceField(choices=PAGE_TYPE_CHOICES))
    def get_type(self, page):
        return next(name for name, model in PAGE_TYPES.items() if type(page) is model)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, page):
        return page_url(page, self.context["request"])

    @extend_schema_field(serializers.CharField(help_text=_("A sentence or two about the page (the home page's introduction).")))
    def get_summary(self, page):
        return getattr(page, "summary", None) or getattr(page, "intro", "") or ""


class PageDetailSerializer(PageSerializer):
    """One page, with its body."""

    body = serializers.SerializerMethodField()

    @extend_schema_field(serializers.CharField(allow_null=True, help_text=_("The page's text as HTML; null for the home page.")))
    def get_body(self, page):
        body = getattr(page, "body", None)
        return None if body is None else render_body(body, self.context["request"])


class ParameterProblemSerializer(serializers.Serializer):
    parameter = serializers.CharField(help_text=_("The query parameter at fault."))
    message = serializers.CharField(help_text=_("What is wrong with it."))


class ParameterErrorSerializer(serializers.Serializer):
    """The 400 answer: what is wrong with which query parameter."""

    detail = serializers.CharField()
    errors = ParameterProblemSerializer(many=True)


class NotFoundSerializer(serializers.Serializer):
    detail = serializers.CharField()
