"""django-anymail's webhooks (`/webhooks/mail/<provider>/tracking/`), refusing every post
until ANYMAIL_WEBHOOK_SECRET is set.

Left to itself anymail accepts unauthenticated posts when no secret is configured (it only
warns, and for Mailgun not even that: a valid signature is enough). Here a provider must
always send the secret, as HTTP basic auth; Mailgun's signature is checked on top of it.
What the events do is in `tribuna.newsletters.bounces`.
"""

import logging
from functools import cache

from django.http import Http404, HttpResponseForbidden
from django.urls import Resolver404, URLResolver
from django.urls.resolvers import RoutePattern
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)


@cache
def anymail_routes() -> URLResolver:
    # Loaded on the first post rather than at start-up: anymail's URL module imports every
    # provider's views, Amazon SES's with boto3, some 25 MB in each web worker.
    from anymail import urls

    return URLResolver(RoutePattern(""), urls)


@csrf_exempt  # each provider authenticates its posts (basic auth, signatures)
def mail_webhook(request, provider_path):
    try:
        match = anymail_routes().resolve(provider_path)
    except Resolver404:
        raise Http404("No mail provider webhook here.") from None
    from anymail.utils import get_anymail_setting

    if not get_anymail_setting("webhook_secret", default=None):
        logger.error("Refused a mail webhook post: set ANYMAIL_WEBHOOK_SECRET (see docs/mail.md).")
        return HttpResponseForbidden("Mail webhooks are off until ANYMAIL_WEBHOOK_SECRET is set.\n")
    return match.func(request, *match.args, **match.kwargs)
