"""limit/offset pages whose numbers were already checked by `params.parse`.

DRF's own LimitOffsetPagination quietly replaces a bad limit with the default; here a bad
value has been refused with 400 before the view runs, so the paginator only reads it.
"""

from rest_framework.pagination import LimitOffsetPagination


class CheckedLimitOffsetPagination(LimitOffsetPagination):
    def get_limit(self, request):
        return request.api_params["limit"]

    def get_offset(self, request):
        return request.api_params["offset"]

    def get_schema_operation_parameters(self, view):
        # Described by the view's parameter serializer, with their bounds.
        return []
