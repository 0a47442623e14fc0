"""Signed per-recipient links: confirm a subscription, manage preferences, unsubscribe.

The delivery engine calls `preferences_url`, `one_click_url` and `unsubscribe_mailto` for
every recipient of a campaign, so making a link costs no database query: a token is the
subscriber's id (and the campaign's, or a time) plus an HMAC-SHA256 over those and the address,
identical to Django's `Signer(salt=...).signature()` (SECRET_KEY, a salt per purpose,
SECRET_KEY_FALLBACKS honoured when reading) but with the key derived once per process. Binding the address means a link dies with the address it was sent to.

Preference and unsubscribe links do not expire: people unsubscribe from old newsletters
too. Confirmation links expire after seven days.

Tokens use only ``[A-Za-z0-9_.-]``, so they sit in a URL path or a mail subject as they are.

Reading a token (`read_*`) looks the subscriber up and returns None for anything forged,
altered, expired or about an address that has gone.

Unsubscribing by mail (`unsubscribe_mailto`): replies to that address are not read by
Tribuna yet. Whoever reads that mailbox unsubscribes the sender by hand (the subject holds
the token; `read_unsubscribe_token` finds the subscriber), until a provider's inbound
webhook is wired to `subscriptions.one_click`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import time
from email.utils import parseaddr
from urllib.parse import quote

from django.conf import settings
from django.core import signing
from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from wagtail.models import Site

CONFIRMATION_MAX_AGE = 7 * 24 * 3600

_PREFERENCES = "tribuna.newsletters.preferences"
_UNSUBSCRIBE = "tribuna.newsletters.unsubscribe"
_CONFIRM = "tribuna.newsletters.confirm"


# --- the site's address --------------------------------------------------------------


@functools.cache
def site_root_url() -> str:
    """The default Wagtail site's root URL ("https://example.org"), read once per process.

    Falls back to WAGTAILADMIN_BASE_URL (TRIBUNA_BASE_URL) while no site exists. Saving or
    deleting a Site forgets the cached value."""
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    if site is not None:
        return site.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _forget_site_root(**kwargs):
    site_root_url.cache_clear()


post_save.connect(_forget_site_root, sender=Site, dispatch_uid="newsletters-links-site-saved")
post_delete.connect(_forget_site_root, sender=Site, dispatch_uid="newsletters-links-site-deleted")


def _absolute(path: str, base_url: str | None) -> str:
    return (base_url or site_root_url()).rstrip("/") + path


@functools.cache
def _path_template(view: str, language: str | None) -> tuple[str, str]:
    """The URL path of `view` around its token, reversed once per process and language
    (/es/newsletters/… for Spanish readers)."""
    marker = "TOKEN0"
    path = reverse(view, args=[marker])
    before, _, after = path.partition(marker)
    return before, after


def _path(view: str, token: str) -> str:
    before, after = _path_template(view, translation.get_language())
    return before + token + after


# --- signing -------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _keys(salt: str, secret: str, fallbacks: tuple[str, ...]) -> list:
    """HMAC objects keyed as Django's `Signer(salt=salt).signature` keys them, made once:
    copying one costs far less than deriving the key for every link."""
    signer = signing.Signer(key=secret, salt=salt, fallback_keys=list(fallbacks))
    key_salt = (signer.salt + "signer").encode()
    return [
        hmac.new(hashlib.sha256(key_salt + str(key).encode()).digest(), digestmod=hashlib.sha256)
        for key in [signer.key, *signer.fallback_keys]
    ]


def _signatures(salt: str, value: str) -> list[str]:
    """The value's signature under the current key first, then under each fallback key."""
    result = []
    for prototype in _keys(salt, settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS)):
        mac = prototype.copy()
        mac.update(value.encode())
        result.append(base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode())
    return result


def _sign(salt: str, *parts) -> str:
    mac = _keys(salt, settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS))[0].copy()
    mac.update(":".join(str(p) for p in parts).encode())
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def _verify(salt: str, signature: str, *parts) -> bool:
    value = ":".join(str(p) for p in parts)
    return any(constant_time_compare(signature, expected) for expected in _signatures(salt, value))


def _split(token: str, count: int) -> list[str] | None:
    parts = str(token or "").split(".")
    if len(parts) != count or len(token) > 200:
        return None
    return parts


def _subscriber(subscriber_id: str):
    from .models import Subscriber

    if not (subscriber_id.isascii() and subscriber_id.isdigit() and len(subscriber_id) <= 18):  # a 64-bit id at most
        return None
    return Subscriber.objects.filter(pk=int(subscriber_id)).select_related("member").first()


# --- preferences ---------------------------------------------------------------------


def preferences_token(subscriber) -> str:
    return f"{subscriber.pk}.{_sign(_PREFERENCES, subscriber.pk, subscriber.email)}"


def preferences_url(subscriber, *, base_url: str | None = None) -> str:
    """Absolute URL of the subscriber's preferences page (no sign-in needed)."""
    return _absolute(_path("newsletters:preferences", preferences_token(subscriber)), base_url)


def read_preferences_token(token: str):
    """The Subscriber a preferences token was made for, or None."""
    parts = _split(token, 2)
    if parts is None:
        return None
    subscriber = _subscriber(parts[0])
    if subscriber is None or not _verify(_PREFERENCES, parts[1], subscriber.pk, subscriber.email):
        return None
    return subscriber


# --- unsubscribing -------------------------------------------------------------------


def unsubscribe_token(subscriber, campaign_id: int | None = None) -> str:
    return _unsubscribe_token(subscriber.pk, subscriber.email, "" if campaign_id is None else int(campaign_id), settings.SECRET_KEY)


@functools.lru_cache(maxsize=256)  # one letter asks for it up to three times (link, header, mailto)
def _unsubscribe_token(pk, email: str, campaign, secret: str) -> str:
    return f"{pk}.{campaign}.{_sign(_UNSUBSCRIBE, pk, email, campaign)}"


def one_click_url(subscriber, campaign_id: int | None = None, *, base_url: str | None = None) -> str:
    """Absolute URL for List-Unsubscribe (RFC 8058): POST unsubscribes at once, GET asks first."""
    return _absolute(_path("newsletters:unsubscribe", unsubscribe_token(subscriber, campaign_id)), base_url)


def unsubscribe_address() -> str:
    """Where unsubscribe-by-mail goes: NEWSLETTER_UNSUBSCRIBE_ADDRESS, else DEFAULT_FROM_EMAIL's address."""
    configured = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_ADDRESS", "") or os.environ.get("NEWSLETTER_UNSUBSCRIBE_ADDRESS", "")
    return _mail_address(configured or settings.DEFAULT_FROM_EMAIL)


@functools.lru_cache(maxsize=8)
def _mail_address(value: str) -> str:
    return quote(parseaddr(value)[1], safe="@")


def unsubscribe_mailto(subscriber, campaign_id: int | None = None) -> str:
    """`mailto:` for List-Unsubscribe. Replies are processed by hand for now (see the module notes)."""
    return f"mailto:{unsubscribe_address()}?subject=unsubscribe%20{unsubscribe_token(subscriber, campaign_id)}"


def list_unsubscribe_headers(subscriber, campaign_id: int | None = None, *, base_url: str | None = None) -> dict[str, str]:
    """The two headers Gmail and Yahoo ask bulk senders for (RFC 2369 and RFC 8058)."""
    return {
        "List-Unsubscribe": f"<{one_click_url(subscriber, campaign_id, base_url=base_url)}>, "
        f"<{unsubscribe_mailto(subscriber, campaign_id)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def read_unsubscribe_token(token: str):
    """(Subscriber, campaign id or None) for an unsubscribe token, or None.

    Also accepts the subject of an unsubscribe mail ("unsubscribe <token>")."""
    token = str(token or "").strip()
    if token.lower().startswith("unsubscribe"):
        token = token[len("unsubscribe") :].strip()
    parts = _split(token, 3)
    if parts is None or not (parts[1] == "" or (parts[1].isascii() and parts[1].isdigit() and len(parts[1]) <= 18)):
        return None
    subscriber = _subscriber(parts[0])
    campaign = int(parts[1]) if parts[1] else ""
    if subscriber is None or not _verify(_UNSUBSCRIBE, parts[2], subscriber.pk, subscriber.email, campaign):
        return None
    return subscriber, (campaign if campaign != "" else None)


# --- confirming a subscription -------------------------------------------------------


def confirmation_token(subscriber, *, now: float | None = None) -> str:
    stamp = signing.b62_encode(int(time.time() if now is None else now))
    return f"{subscriber.pk}.{stamp}.{_sign(_CONFIRM, subscriber.pk, subscriber.email, stamp)}"


def confirmation_url(subscriber, *, base_url: str | None = None) -> str:
    """Absolute URL of the double opt-in link, valid for seven days."""
    return _absolute(_path("newsletters:confirm", confirmation_token(subscriber)), base_url)


def read_confirmation_token(token: str, *, max_age: int = CONFIRMATION_MAX_AGE):
    """The Subscriber a confirmation token was made for, or None (also when it has expired)."""
    parts = _split(token, 3)
    if parts is None:
        return None
    try:
        made = signing.b62_decode(parts[1])
    except (ValueError, IndexError):
        return None
    if not -300 <= time.time() - made <= max_age:  # a little leeway for clocks that differ
        return None
    subscriber = _subscriber(parts[0])
    if subscriber is None or not _verify(_CONFIRM, parts[2], subscriber.pk, subscriber.email, parts[1]):
        return None
    return subscriber


def _forget_cached(*, setting, **kwargs):
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME"}:
        _path_template.cache_clear()
    if setting == "WAGTAILADMIN_BASE_URL":
        site_root_url.cache_clear()


setting_changed.connect(_forget_cached, dispatch_uid="newsletters-links-settings")
