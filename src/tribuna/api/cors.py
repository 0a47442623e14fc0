"""Which other sites' scripts may read the content API (django-cors-headers settings).

Configured by one environment variable so a deployment can open the API to, say, a
partner's campaign site without editing files; by default no other origin may read it.
"""

import os


def cors_settings(environ=os.environ) -> dict:
    """Settings for django-cors-headers from TRIBUNA_API_CORS_ORIGINS.

    The variable holds comma-separated origins ("https://a.example,https://b.example") or
    "*" for any origin. Only /api/ answers cross-origin, only to GET, never with cookies.
    """
    origins = [item.strip() for item in environ.get("TRIBUNA_API_CORS_ORIGINS", "").split(",") if item.strip()]
    return {
        "CORS_URLS_REGEX": r"^/api/.*$",
        "CORS_ALLOW_ALL_ORIGINS": "*" in origins,
        "CORS_ALLOWED_ORIGINS": [origin.rstrip("/") for origin in origins if origin != "*"],
        "CORS_ALLOW_METHODS": ["GET", "HEAD"],
        "CORS_ALLOW_CREDENTIALS": False,
        "CORS_PREFLIGHT_MAX_AGE": 86400,
    }
