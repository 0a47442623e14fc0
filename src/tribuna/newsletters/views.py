"""Readers' newsletter pages: subscribe, confirm, preferences, unsubscribe. Thin: the work
is in subscriptions.py, the links in links.py."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tribuna.base.sites import site_setting
from tribuna.base.wording import worded
from tribuna.members.ratelimit import allow, client_ip

from . import links, subscriptions
from .forms import PreferencesForm, SubscribeForm
from .models import NewsletterSettings, SubscriberStatus

SUBSCRIBE_LIMITS = {"ip": (10, 3600), "email": (3, 3600)}  # attempts per window (seconds)


def newsletter_settings(request) -> NewsletterSettings:
    """The site's settings, their wording in the reader's language."""
    return worded(site_setting(NewsletterSettings, request))


def _base_url(request) -> str:
    return request.build_absolute_uri("/")


def too_many(request):
    return TemplateResponse(request, "members/too_many.html", status=429)


# The subscribe form is on every page, and a CSRF token would put a cookie (and
# "Vary: Cookie") on every page. Nothing here acts for a signed-in person, and double
# opt-in means a forged request can at most ask an address to confirm.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def index(request):
    """All public newsletters and the subscribe form; the footer form posts here too."""
    newsletters = subscriptions.public_newsletters()
    config = newsletter_settings(request)
    form = SubscribeForm(request.POST or None, newsletters=newsletters, source=request.path)
    if request.method == "POST" and newsletters:
        if form.is_bot:
            return redirect("newsletters:thanks")
        if form.is_valid():
            email = form.cleaned_data["email"].strip().lower()
            if not (
                allow("subscribe-ip", client_ip(request), limit=SUBSCRIBE_LIMITS["ip"][0], window=SUBSCRIBE_LIMITS["ip"][1])
                and allow("subscribe-email", email, limit=SUBSCRIBE_LIMITS["email"][0], window=SUBSCRIBE_LIMITS["email"][1])
            ):
                return too_many(request)
            subscriptions.subscribe(
                email=email,
                newsletters=form.cleaned_data["newsletters"],
                name=form.cleaned_data["name"],
                wording=config.subscribe_wording,
                source=request.build_absolute_uri(form.cleaned_data["source"] or request.path),
                language=translation.get_language(),
                base_url=_base_url(request),
            )
            return redirect("newsletters:thanks")
    return TemplateResponse(
        request,
        "newsletters/index.html",
        {"form": form, "newsletters": newsletters, "wording": config.subscribe_wording, "hide_footer_subscribe": True},
    )


def thanks(request):
    return TemplateResponse(request, "newsletters/thanks.html", {"hide_footer_subscribe": True})


def _invalid(request, kind: str):
    """Forged, altered, expired or stale links: say so, change nothing, offer the form."""
    newsletters = subscriptions.public_newsletters()
    context = {
        "kind": kind,
        "form": SubscribeForm(newsletters=newsletters, source=reverse("newsletters:index")),
        "newsletters": newsletters,
        "wording": newsletter_settings(request).subscribe_wording,
        "hide_footer_subscribe": True,
    }
    return TemplateResponse(request, "newsletters/link_invalid.html", context, status=400)


def _subscribed(request, subscriber, *, already: bool):
    context = {
        "subscriber": subscriber,
        "already": already,
        "newsletters": subscriptions.subscribed_to(subscriber),
        "preferences_url": links.preferences_url(subscriber, base_url=_base_url(request)),
    }
    return TemplateResponse(request, "newsletters/subscribed.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners open links); POST confirms the subscription."""
    subscriber = links.read_confirmation_token(token)
    if subscriber is None:
        return _invalid(request, "confirm")
    if request.method != "POST":
        if subscriber.status == SubscriberStatus.SUBSCRIBED:
            return _subscribed(request, subscriber, already=True)
        context = {"subscriber": subscriber, "newsletters": subscriptions.subscribed_to(subscriber)}
        return TemplateResponse(request, "newsletters/confirm.html", context)
    result = subscriptions.confirm(subscriber)
    if result == subscriptions.Confirmation.REFUSED:
        return _invalid(request, "confirm")
    return _subscribed(request, subscriber, already=result == subscriptions.Confirmation.ALREADY)


@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    subscriber = links.read_preferences_token(token)
    if subscriber is None:
        return _invalid(request, "preferences")
    config = newsletter_settings(request)
    current = subscriptions.subscribed_to(subscriber)
    form = PreferencesForm(
        request.POST or None,
        newsletters=subscriptions.newsletters_offered_to(subscriber),
        initial={
            "newsletters": [str(n.pk) for n in current],
            "name": subscriber.name,
            "language": subscriber.language,
        },
    )
    if request.method == "POST" and form.is_valid():
        subscriptions.set_preferences(
            subscriber,
            newsletters=form.cleaned_data["newsletters"],
            name=form.cleaned_data["name"],
            language=form.cleaned_data["language"],
            wording=config.subscribe_wording,
            source=request.build_absolute_uri(reverse("newsletters:index")) + " (preferences page)",
        )
        return redirect(request.path + "?saved=1")
    context = {
        "subscriber": subscriber,
        "form": form,
        "current": current,
        "wording": config.subscribe_wording,
        "saved": "saved" in request.GET and request.method != "POST",
        "one_click_url": links.one_click_url(subscriber, base_url=_base_url(request)),
    }
    return TemplateResponse(request, "newsletters/preferences.html", context, status=400 if form.errors else 200)


# RFC 8058: mail providers POST "List-Unsubscribe=One-Click" here with no cookies; the
# signed token is the authentication.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """POST unsubscribes at once and answers 200; GET asks first (link scanners only GET)."""
    found = links.read_unsubscribe_token(token)
    if found is None:
        return _invalid(request, "unsubscribe")
    subscriber, campaign_id = found
    context = {
        "subscriber": subscriber,
        "preferences_url": links.preferences_url(subscriber, base_url=_base_url(request)),
        "is_member": subscriber.member_id is not None,
    }
    if request.method == "POST":
        subscriptions.one_click(subscriber, campaign_id=campaign_id)
        return TemplateResponse(request, "newsletters/unsubscribed.html", context)
    context["receiving"] = subscriber.status in {SubscriberStatus.SUBSCRIBED, SubscriberStatus.UNCONFIRMED}
    return TemplateResponse(request, "newsletters/unsubscribe.html", context)
