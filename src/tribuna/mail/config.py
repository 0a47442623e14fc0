"""Outgoing mail from one environment variable, `EMAIL_URL`.

    (unset) or outbox:                 .eml files in <data dir>/outbox/ (the default)
    console:                           print each message (development)
    smtp://user:pass@host[:25]         plain SMTP; ?tls=1 for STARTTLS
    smtp+tls://user:pass@host[:587]    STARTTLS, required
    smtps://user:pass@host[:465]       implicit TLS (also submissions://)
    postmark://SERVER_TOKEN@
    mailgun://API_KEY@[sender.domain]  ?region=eu for Mailgun's EU API
    sendgrid://API_KEY@
    brevo://API_KEY@
    resend://API_KEY@
    amazonses://                       credentials from the usual AWS variables; ?region=

`?timeout=SECONDS` works for SMTP (default 20) and the providers (anymail's default).
User names, passwords and keys are percent-decoded, so `@ : / ? # %` in them must be
written `%40 %3A %2F %3F %23 %25`.

The bounce and complaint webhooks (anymail's, under /webhooks/mail/) read two more
variables: ANYMAIL_WEBHOOK_SECRET ("user:password"; without it every post is refused,
see tribuna/mail/webhooks.py) and, for Mailgun, MAILGUN_WEBHOOK_SIGNING_KEY.

Plain code with no Django import beyond the exception, so settings.py can call it.
Error messages never repeat the part of the URL before the host: it holds secrets.
"""

import importlib.util
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

OUTBOX_BACKEND = "tribuna.mail.outbox.OutboxBackend"
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
SMTP_TIMEOUT = 20  # Django's default is to wait forever on a stuck server

# scheme: (default port, implicit TLS, STARTTLS)
SMTP_SCHEMES = {
    "smtp": (25, False, False),
    "smtp+tls": (587, False, True),
    "smtps": (465, True, False),
    "submissions": (465, True, False),
}

# scheme: (anymail backend, the setting the key goes in, takes a host)
PROVIDERS = {
    "postmark": ("anymail.backends.postmark.EmailBackend", "POSTMARK_SERVER_TOKEN", False),
    "mailgun": ("anymail.backends.mailgun.EmailBackend", "MAILGUN_API_KEY", True),
    "sendgrid": ("anymail.backends.sendgrid.EmailBackend", "SENDGRID_API_KEY", False),
    "brevo": ("anymail.backends.brevo.EmailBackend", "BREVO_API_KEY", False),
    "resend": ("anymail.backends.resend.EmailBackend", "RESEND_API_KEY", False),
    "amazonses": ("anymail.backends.amazon_ses.EmailBackend", None, False),
}
MAILGUN_API_URLS = {"us": "https://api.mailgun.net/v3", "eu": "https://api.eu.mailgun.net/v3"}

LOCAL = {"outbox": OUTBOX_BACKEND, "console": "django.core.mail.backends.console.EmailBackend"}
SCHEMES = [*LOCAL, *SMTP_SCHEMES, *PROVIDERS]

# Environment variable: the ANYMAIL setting it fills, for the tracking webhooks.
WEBHOOK_VARIABLES = {
    "ANYMAIL_WEBHOOK_SECRET": "WEBHOOK_SECRET",  # HTTP basic auth the provider must send
    "MAILGUN_WEBHOOK_SIGNING_KEY": "MAILGUN_WEBHOOK_SIGNING_KEY",
}

# Read before EMAIL_URL existed; set alone, they would now silently leave mail in the outbox.
RETIRED_VARIABLES = ("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS")


def settings_from_environ(environ) -> dict:
    """Django settings for the mail described by `environ["EMAIL_URL"]`."""
    url = environ.get("EMAIL_URL", "").strip()
    if not url:
        retired = [name for name in RETIRED_VARIABLES if environ.get(name)]
        if retired:
            raise _error(
                f"{', '.join(retired)} {'is' if len(retired) == 1 else 'are'} no longer read: describe outgoing "
                "mail in EMAIL_URL instead, e.g. smtp+tls://user:password@mail.example.org:587"
            )
    settings = parse_email_url(url)
    webhooks = webhook_settings(environ)
    if webhooks:
        settings["ANYMAIL"] = {**settings.get("ANYMAIL", {}), **webhooks}
    return settings


def webhook_settings(environ) -> dict:
    """ANYMAIL settings for the bounce and complaint webhooks, from the environment."""
    found = {setting: environ[name].strip() for name, setting in WEBHOOK_VARIABLES.items() if environ.get(name, "").strip()}
    secret = found.get("WEBHOOK_SECRET")
    if secret is not None and (":" not in secret or secret.startswith(":") or secret.endswith(":")):
        raise _error("ANYMAIL_WEBHOOK_SECRET must be a user name and a password, user:password (two random strings)")
    return found


def parse_email_url(url: str | None) -> dict:
    """Turn an EMAIL_URL into Django settings (EMAIL_BACKEND and what that backend reads)."""
    if not url or not url.strip():
        return {"EMAIL_BACKEND": OUTBOX_BACKEND}
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced "[" in the host
        raise _error("EMAIL_URL is not a valid URL") from None
    scheme = parts.scheme
    if not scheme:
        raise _error(f"EMAIL_URL must start with a scheme, one of: {_accepted()}")
    if scheme not in SCHEMES:
        # Named back only when it looks like a scheme, not a key typed without one.
        shown = f"scheme {scheme}:" if re.fullmatch(r"[a-z+]{1,12}", scheme) else "scheme"
        raise _error(f"EMAIL_URL {shown} is not one Tribuna knows; use one of: {_accepted()}")
    if scheme in LOCAL:
        if url.lower() not in (f"{scheme}:", f"{scheme}://"):
            raise _error(f"EMAIL_URL {scheme}: takes nothing after the scheme")
        return {"EMAIL_BACKEND": LOCAL[scheme]}
    if not url.lower().startswith(f"{scheme}://"):
        raise _error(f"EMAIL_URL must be written {scheme}://…, e.g. {_example(scheme)}")
    if ("@" in url.split("://", 1)[1] and "@" not in parts.netloc) or parts.fragment:
        # An unencoded '/', '?' or '#' in a password ends the host part early.
        raise _error("EMAIL_URL could not be read: percent-encode '@ : / ? #' in a user name, password or key")
    if parts.path.strip("/"):
        raise _error(f"EMAIL_URL {scheme}:// takes no path (percent-encode '/' in a user name, password or key)")
    options = _options(parts.query, scheme)
    host, port = _host_and_port(parts)
    user = unquote(parts.username or "")
    password = unquote(parts.password or "")
    timeout = _timeout(options.pop("timeout", None))

    if scheme in SMTP_SCHEMES:
        default_port, implicit_tls, starttls = SMTP_SCHEMES[scheme]
        if not host:
            raise _error(f"EMAIL_URL {scheme}:// needs a host, e.g. {scheme}://user:password@mail.example.org")
        if password and not user:
            raise _error(f"EMAIL_URL {scheme}:// has a password but no user name")
        if scheme == "smtp":
            starttls = _flag(options.pop("tls", "0"), "tls")
        return {
            "EMAIL_BACKEND": SMTP_BACKEND,
            "EMAIL_HOST": host,
            "EMAIL_PORT": port or default_port,
            "EMAIL_HOST_USER": user,
            "EMAIL_HOST_PASSWORD": password,
            "EMAIL_USE_TLS": starttls,
            "EMAIL_USE_SSL": implicit_tls,
            "EMAIL_TIMEOUT": timeout if timeout is not None else SMTP_TIMEOUT,
        }

    backend, key_setting, takes_host = PROVIDERS[scheme]
    if port or (host and not takes_host):
        raise _error(f"EMAIL_URL {scheme}:// takes no host or port (the key goes before an '@'), e.g. {_example(scheme)}")
    if parts.password is not None:
        raise _error(f"EMAIL_URL {scheme}:// takes the key alone before the '@' (percent-encode ':' as %3A)")
    anymail = {}
    if key_setting:
        if not user:
            raise _error(f"EMAIL_URL {scheme}:// needs its key, e.g. {_example(scheme)}")
        anymail[key_setting] = user
    elif user:
        raise _error(f"EMAIL_URL {scheme}:// takes no key: credentials come from the AWS environment variables")
    if scheme == "mailgun":
        if host:
            anymail["MAILGUN_SENDER_DOMAIN"] = host
        region = options.pop("region", "us").lower()
        if region not in MAILGUN_API_URLS:
            raise _error("EMAIL_URL mailgun:// region must be us or eu")
        anymail["MAILGUN_API_URL"] = MAILGUN_API_URLS[region]
    if scheme == "amazonses":
        if importlib.util.find_spec("boto3") is None:
            raise _error("EMAIL_URL amazonses:// needs boto3: pip install 'django-anymail[amazon-ses]'")
        if region := options.pop("region", ""):
            anymail["AMAZON_SES_CLIENT_PARAMS"] = {"region_name": region}
    if timeout is not None:
        anymail["REQUESTS_TIMEOUT"] = timeout
    return {"EMAIL_BACKEND": backend, "ANYMAIL": anymail}


def _options(query: str, scheme: str) -> dict:
    allowed = {"timeout"}
    if scheme == "smtp":
        allowed.add("tls")
    if scheme in ("mailgun", "amazonses"):
        allowed.add("region")
    options = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in allowed:
            shown = repr(name) if name.isidentifier() and len(name) < 20 else "given"
            raise _error(f"EMAIL_URL {scheme}:// does not take the option {shown} (it takes: {', '.join(sorted(allowed))})")
        options[name] = value
    return options


def _host_and_port(parts) -> tuple[str, int | None]:
    try:
        port = parts.port
    except ValueError:
        # Often a password with an unencoded '/', '?' or '#': the rest then reads as the port.
        raise _error(
            "EMAIL_URL has a port that is not a number from 1 to 65535 "
            "(percent-encode '@ : / ? #' in a user name, password or key)"
        ) from None
    if port == 0:
        raise _error("EMAIL_URL has a port that is not a number from 1 to 65535")
    return unquote(parts.hostname or ""), port


def _timeout(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if not 0 < seconds < 3600:
        raise _error("EMAIL_URL timeout must be a number of seconds, more than 0 and less than 3600")
    return seconds


def _flag(value: str, name: str) -> bool:
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise _error(f"EMAIL_URL option {name} must be 1 or 0")


def _example(scheme: str) -> str:
    return {"mailgun": "mailgun://API_KEY@mg.example.org", "amazonses": "amazonses://?region=eu-west-1"}.get(
        scheme, f"{scheme}://API_KEY@"
    )


def _accepted() -> str:
    return ", ".join(f"{scheme}:" if scheme in LOCAL else f"{scheme}://" for scheme in SCHEMES)


def _error(message: str) -> ImproperlyConfigured:
    return ImproperlyConfigured(f"{message}. See docs/mail.md.")
