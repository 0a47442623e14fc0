"""OpenAPI description of the public content API."""


def public_api_only(endpoints):
    """Leave Wagtail's own admin API out of the public description."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
