"""The content API's endpoints: thin read-only views over `queries` and `serializers`.

The API is anonymous and the same for everyone (no sessions, no CSRF, JSON only), which is
what lets a CDN cache it; members-only bodies are therefore never given.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer

from . import params, queries, serializers
from .caching import add_cache_headers
from .errors import exception_handler
from .pagination import CheckedLimitOffsetPagination

BAD_PARAMETERS = OpenApiResponse(serializers.ParameterErrorSerializer, description=_("A query parameter is wrong."))
NOT_FOUND = OpenApiResponse(serializers.NotFoundSerializer, description=_("Nothing published has this identifier."))
SLUG = OpenApiParameter(
    "slug",
    {"type": "string", "pattern": r"^[-\w]+$", "minLength": 1, "maxLength": 120},
    OpenApiParameter.PATH,
    description=_("The slug, as in the site's addresses."),
)
# Bounds match the URL pattern (up to 18 digits); any other id is a 404.
ID_SCHEMA = {"type": "integer", "minimum": 0, "maximum": 10**18 - 1}
ARTICLE_ID = OpenApiParameter("id", ID_SCHEMA, OpenApiParameter.PATH, description=_("The article's page id."))
PAGE_ID = OpenApiParameter("id", ID_SCHEMA, OpenApiParameter.PATH, description=_("The page id."))


class JsonOnly(BaseContentNegotiation):
    """Always JSON, whatever the Accept header says: one representation caches best."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ApiView(generics.GenericAPIView):
    authentication_classes = ()
    permission_classes = ()
    renderer_classes = (JSONRenderer,)
    content_negotiation_class = JsonOnly
    http_method_names = ["get", "head"]
    parameters = params.NoParameters
    # Articles, topics and authors link to the archive's topic and author pages.
    links_to_archive = True

    def get_exception_handler(self):
        return exception_handler

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        request.api_params = params.parse(request.query_params, self.parameters)

    def finalize_response(self, request, response, *args, **kwargs):
        return add_cache_headers(super().finalize_response(request, response, *args, **kwargs))

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not self.links_to_archive:
            return context
        archive = queries.archive_page()
        context["archive"] = archive
        archive_url = archive.get_url(self.request) if archive else None
        context["archive_url"] = self.request.build_absolute_uri(archive_url) if archive_url else None
        return context


class ListView(ApiView, generics.ListAPIView):
    pagination_class = CheckedLimitOffsetPagination


class DetailView(ApiView, generics.RetrieveAPIView):
    def get_object(self):
        value = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        obj = self.get_queryset().filter(**{self.lookup_field: value}).first()
        if obj is None:
            raise NotFound()
        return obj


@extend_schema(
    summary=_("Articles"),
    description=_("Published articles, newest first. The body is given by the detail endpoint only."),
    parameters=[params.ArticleFilters],
    responses={200: serializers.ArticleSerializer, 400: BAD_PARAMETERS},
)
class ArticleList(ListView):
    serializer_class = serializers.ArticleSerializer
    parameters = params.ArticleFilters

    def get_queryset(self):
        return queries.articles(self.request.api_params)


@extend_schema(
    summary=_("One article"),
    parameters=[ARTICLE_ID],
    responses={200: serializers.ArticleDetailSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
)
class ArticleDetail(DetailView):
    serializer_class = serializers.ArticleDetailSerializer
    lookup_field = "pk"
    lookup_url_kwarg = "id"

    def get_queryset(self):
        return queries.articles()


@extend_schema(
    summary=_("Topics"),
    parameters=[params.Paging],
    responses={200: serializers.TopicSerializer, 400: BAD_PARAMETERS},
)
class TopicList(ListView):
    serializer_class = serializers.TopicSerializer
    parameters = params.Paging

    def get_queryset(self):
        return queries.topics()


@extend_schema(
    summary=_("One topic"),
    parameters=[SLUG],
    responses={200: serializers.TopicSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
)
class TopicDetail(DetailView):
    serializer_class = serializers.TopicSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return queries.topics()


@extend_schema(
    summary=_("Authors"),
    parameters=[params.Paging],
    responses={200: serializers.AuthorSerializer, 400: BAD_PARAMETERS},
)
class AuthorList(ListView):
    serializer_class = serializers.AuthorSerializer
    parameters = params.Paging

    def get_queryset(self):
        return queries.authors()


@extend_schema(
    summary=_("One author"),
    parameters=[SLUG],
    responses={200: serializers.AuthorSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
)
class AuthorDetail(DetailView):
    serializer_class = serializers.AuthorSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return queries.authors()


@extend_schema(
    summary=_("Actors"),
    description=_("People, organisations, places and events the articles name, by name."),
    parameters=[params.ActorFilters],
    responses={200: serializers.ActorSerializer, 400: BAD_PARAMETERS},
)
class ActorList(ListView):
    links_to_archive = False
    serializer_class = serializers.ActorSerializer
    parameters = params.ActorFilters

    def get_queryset(self):
        return queries.actors(self.request.api_params)


@extend_schema(
    summary=_("One actor"),
    description=_("With the relationships the group has recorded, either way round."),
    parameters=[SLUG],
    responses={200: serializers.ActorDetailSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
)
class ActorDetail(DetailView):
    links_to_archive = False
    serializer_class = serializers.ActorDetailSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return queries.actors()


@extend_schema(
    summary=_("Pages"),
    description=_("The home page, standard pages and key-issue pages, in the order of the page tree."),
    parameters=[params.PageFilters],
    responses={200: serializers.PageSerializer, 400: BAD_PARAMETERS},
)
class PageList(ListView):
    links_to_archive = False
    serializer_class = serializers.PageSerializer
    parameters = params.PageFilters

    def get_queryset(self):
        return queries.pages(self.request.api_params)


@extend_schema(
    summary=_("One page"),
    parameters=[PAGE_ID],
    responses={200: serializers.PageDetailSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
)
class PageDetail(DetailView):
    links_to_archive = False
    serializer_class = serializers.PageDetailSerializer
    lookup_field = "pk"
    lookup_url_kwarg = "id"

    def get_queryset(self):
        return queries.pages()


class Schema(SpectacularJSONAPIView):
    """The OpenAPI 3 description, as JSON, cacheable like the rest of the API."""

    authentication_classes = ()
    permission_classes = ()

    def finalize_response(self, request, response, *args, **kwargs):
        return add_cache_headers(super().finalize_response(request, response, *args, **kwargs))
