"""The public search page: results for a query, or the newest pieces when there is none."""

from django.core.paginator import InvalidPage
from django.template.response import TemplateResponse

from tribuna.actors.finding import actors_for_query
from tribuna.base.wording import with_wordings
from tribuna.news import selectors
from tribuna.news.models import Topic

from .forms import SearchForm
from .searching import Results

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET, topics=list(with_wordings(Topic.objects.all())), years=selectors.archive_years())
    query = form.query()
    results = Results(query, form.search_filters(), request)
    try:
        page = results.page(request.GET.get("page") or 1, RESULTS_PER_PAGE)
    except InvalidPage:
        page = None  # past the end, or not a number: say so rather than fail
    params = request.GET.copy()
    params.pop("page", None)
    return TemplateResponse(
        request,
        "search/results.html",
        {
            "form": form,
            "query": query,
            "search_query": query.text,
            "results": page,
            "actors": actors_for_query(query.text) if page is None or page.number == 1 else [],
            "total": results.count() if page is not None else 0,
            "more_than_shown": page is not None and results.more_than_shown,
            "query_string": params.urlencode(),
        },
    )
