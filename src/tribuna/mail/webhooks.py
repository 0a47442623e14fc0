"""django-anymail's webhooks (`/webhooks/mail/<provider>/tracking/`), refusing every post
until ANYMAIL_WEBHOOK_SECRET is set.

Left to itself anymail accepts unauthenticated posts when no secret is configured (it only
warns, and for Mailgun not even that: a valid signature is enough). Here a provider must
always send the secret, as HTTP basic auth; Mailgun's signature is checked on top of it.
What the events do is in `tribuna.newsletters.bounces`.
"""

import logging
from functools import wraps

from anymail import urls as anymail_urls
from anymail.utils import get_anymail_setting
from django.http import HttpResponseForbidden
from django.urls import URLPattern
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)


def secret_required(view):
    @csrf_exempt
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not get_anymail_setting("webhook_secret", default=None):
            logger.error("Refused a mail webhook post: set ANYMAIL_WEBHOOK_SECRET (see docs/mail.md).")
            return HttpResponseForbidden("Mail webhooks are off until ANYMAIL_WEBHOOK_SECRET is set.\n")
        return view(request, *args, **kwargs)

    return guarded


app_name = anymail_urls.app_name
urlpatterns = [
    URLPattern(pattern.pattern, secret_required(pattern.callback), pattern.default_args, pattern.name)
    for pattern in anymail_urls.urlpatterns
]
