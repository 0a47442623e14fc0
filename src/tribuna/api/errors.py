"""Every error the content API gives is JSON, with a shape the OpenAPI description names.

A script reading the API should never have to parse an HTML error page, so even paths
under /api/ that match nothing get a JSON 404 here rather than the site's own page.
"""

from django.http import JsonResponse
from django.utils.translation import gettext, gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .caching import add_cache_headers


class ParameterError(APIException):
    """One or more query parameters are unknown, repeated or malformed."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = _("Invalid query parameters.")
    default_code = "invalid_parameters"

    def __init__(self, problems):
        super().__init__()
        self.problems = [{"parameter": name, "message": str(message)} for name, message in problems]


def exception_handler(exc, context):
    """DRF's handler, with the parameter errors listed one by one."""
    if isinstance(exc, ParameterError):
        return Response({"detail": str(exc.detail), "errors": exc.problems}, status=exc.status_code)
    return drf_exception_handler(exc, context)


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any path under /api/ that names no endpoint; the whole API is read-only."""
    if request.method not in ("GET", "HEAD"):
        response = JsonResponse(
            {"detail": gettext('Method "%(method)s" not allowed.') % {"method": request.method}}, status=405
        )
        response["Allow"] = "GET, HEAD"
        return response
    return add_cache_headers(JsonResponse({"detail": gettext("Not found.")}, status=404))
