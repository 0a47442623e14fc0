"""At the root, outside the language prefixes: /healthz and /readyz (no trailing slash,
as load balancers and orchestrators usually ask)."""

from django.urls import path

from . import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
