"""The archive view behind "All articles", topic pages and author pages."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse

from tribuna.base.wording import with_wordings

from . import selectors
from .forms import ArchiveFilterForm
from .models import Topic

ARTICLES_PER_PAGE = 12


def archive(request, index_page, *, topic=None, author=None):
    topics = list(with_wordings(Topic.objects.all()))
    form = ArchiveFilterForm(request.GET, topics=topics, years=selectors.archive_years())
    filters = form.filters()
    if topic is not None:
        filters["topics"] = topic.pk
    if author is not None:
        filters["authorships__author"] = author.pk

    page_number = request.GET.get("page") or 1
    try:
        page = Paginator(selectors.article_ids(**filters), ARTICLES_PER_PAGE).page(page_number)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error

    return TemplateResponse(
        request,
        "news/article_index_page.html",
        {
            "page": index_page,
            "self": index_page,
            "articles": page,
            "filter_form": form,
            "topic": topic,
            "author": author,
            "query_string": _query_without_page(request),
        },
    )


def _query_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
