from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from tribuna.base import routing
from tribuna.mail.webhooks import mail_webhook
from tribuna.members.webhooks import stripe_webhook

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("tribuna.api.urls")),
    path("", include("tribuna.ops.urls")),  # /healthz and /readyz for load balancers (docs/deploy.md)
    path("", include("tribuna.syndication.urls")),  # sitemap.xml, robots.txt
    path("webhooks/stripe/", stripe_webhook, name="stripe_webhook"),
    path("webhooks/mail/<path:provider_path>", mail_webhook),  # bounces and complaints (docs/mail.md)
]

if settings.TRIBUNA_SERVE_MEDIA:
    # One-process installs serve uploaded images themselves; a proxy takes over when it grows.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            cache_control(public=True, max_age=86400)(serve),
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# Wagtail's page URLs, its page view through tribuna.base.routing (a page's route remembered).
wagtail_pages = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
wagtail_pages.append(re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"))

# What a reader sees follows the language: unprefixed for the default, /es/… for Spanish.
urlpatterns += i18n_patterns(
    path("account/", include("tribuna.members.urls")),
    path("newsletters/", include("tribuna.newsletters.urls")),
    path("search/", include("tribuna.search.urls")),
    path("feeds/", include("tribuna.syndication.feed_urls")),
    path("", include(wagtail_pages)),
    prefix_default_language=False,
)
