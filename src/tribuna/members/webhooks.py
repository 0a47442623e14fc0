"""The endpoint Stripe posts events to."""

import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import stripe_events

logger = logging.getLogger(__name__)


@csrf_exempt  # authenticated by Stripe's signature instead
@require_POST
def stripe_webhook(request):
    if not settings.STRIPE_WEBHOOK_SECRET:
        return HttpResponseBadRequest("Card payments are not configured.")
    import stripe  # here, not at start-up: 20 MB that most requests never need

    payload = request.body.decode("utf-8", errors="replace")
    try:
        stripe.WebhookSignature.verify_header(
            payload, request.headers.get("Stripe-Signature", ""), settings.STRIPE_WEBHOOK_SECRET, tolerance=300
        )
        event = json.loads(payload)
    except (stripe.SignatureVerificationError, ValueError):
        return HttpResponseBadRequest("Invalid signature or payload.")
    if not isinstance(event, dict) or "id" not in event or not isinstance(event.get("data"), dict):
        return HttpResponseBadRequest("Not a Stripe event.")
    try:
        outcome = stripe_events.apply(event)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        logger.exception("Malformed Stripe event %s; nothing changed.", event.get("id"))
        return HttpResponseBadRequest("Malformed event; nothing changed.")
    logger.info("Stripe %s %s: %s", event.get("type"), event["id"], outcome)
    return HttpResponse(outcome, content_type="text/plain")
