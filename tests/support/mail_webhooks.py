"""Tracking-webhook posts as Mailgun and Postmark send them, for django-anymail's endpoints
under /webhooks/mail/: the providers' own payload shapes, signed and authenticated as the
real ones are, so only the far side of the wire is pretended."""

import base64
import hashlib
import hmac
import json
import secrets
import time

WEBHOOK_SECRET = "tribuna-hooks:7bq2Xv4pLk9sWm3R"
MAILGUN_SIGNING_KEY = "3a9f1e2d7c6b5a4f8e0d1c2b3a4f5e6d"
MAILGUN_URL = "/webhooks/mail/mailgun/tracking/"
POSTMARK_URL = "/webhooks/mail/postmark/tracking/"


def configure(settings, *, secret=WEBHOOK_SECRET):
    """ANYMAIL as `tribuna.mail.config` builds it from ANYMAIL_WEBHOOK_SECRET and MAILGUN_WEBHOOK_SIGNING_KEY."""
    anymail = {**getattr(settings, "ANYMAIL", {}), "MAILGUN_WEBHOOK_SIGNING_KEY": MAILGUN_SIGNING_KEY}
    if secret:
        anymail["WEBHOOK_SECRET"] = secret
    else:
        anymail.pop("WEBHOOK_SECRET", None)
    settings.ANYMAIL = anymail


def basic_auth(secret=WEBHOOK_SECRET) -> dict:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


# --- Mailgun ---------------------------------------------------------------------------


def mailgun_signature(key=MAILGUN_SIGNING_KEY) -> dict:
    """Mailgun's signature block: HMAC-SHA256 of timestamp + token with the signing key."""
    timestamp, token = str(int(time.time())), secrets.token_hex(25)
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {"timestamp": timestamp, "token": token, "signature": signature}


def _ids(delivery, message_id):
    """user-variables (our metadata, echoed back) and the Message-ID header Mailgun reports."""
    if delivery is None:
        return {}, message_id or "20261129101500.1.A1B2C3D4E5F60718@mg.peru.example.org"
    variables = {"delivery": str(delivery.pk), "campaign": str(delivery.campaign_id)}
    return variables, message_id or f"tribuna.{delivery.campaign_id}.{delivery.pk}@peru.example.org"


def _common(event, recipient, delivery, message_id, log_level):
    variables, message_id = _ids(delivery, message_id)
    return {
        "id": secrets.token_urlsafe(16),
        "timestamp": time.time(),
        "log-level": log_level,
        "event": event,
        "recipient": recipient,
        "recipient-domain": recipient.split("@")[1],
        "envelope": {"sender": "news@mg.peru.example.org", "transport": "smtp", "sending-ip": "209.61.154.250", "targets": recipient},
        "flags": {"is-routed": False, "is-authenticated": True, "is-system-test": False, "is-test-mode": False},
        "message": {
            "headers": {
                "to": recipient,
                "message-id": message_id,
                "from": "Peru Update <news@mg.peru.example.org>",
                "subject": "Peru Update: APEC comes to Lima",
            },
            "attachments": [],
            "size": 18342,
        },
        "tags": [],
        "campaigns": [],
        "user-variables": variables,
    }


def mailgun_failed(recipient, *, severity="permanent", delivery=None, message_id=None, attempt=1) -> dict:
    """Mailgun's "failed" event: permanent (a hard bounce) or temporary (a soft one)."""
    data = _common("failed", recipient, delivery, message_id, "error" if severity == "permanent" else "warn")
    data["severity"] = severity
    if severity == "permanent":
        data["reason"] = "bounce"
        data["delivery-status"] = {
            "tls": True,
            "mx-host": "mx.example.net",
            "attempt-no": attempt,
            "code": 550,
            "message": "5.1.1 The email account that you tried to reach does not exist.",
            "description": "",
            "session-seconds": 0.42,
            "certificate-verified": True,
        }
    else:
        data["reason"] = "generic"
        data["delivery-status"] = {
            "tls": True,
            "mx-host": "mx.example.net",
            "attempt-no": attempt,
            "code": 452,
            "message": "4.2.2 The email account that you tried to reach is over quota.",
            "description": "",
            "retry-seconds": 600,
            "session-seconds": 0.3,
            "certificate-verified": True,
        }
    return data


def mailgun_complained(recipient, *, delivery=None, message_id=None) -> dict:
    return _common("complained", recipient, delivery, message_id, "warn")


def mailgun_unsubscribed(recipient, *, delivery=None, message_id=None) -> dict:
    data = _common("unsubscribed", recipient, delivery, message_id, "info")
    data["ip"] = "203.0.113.7"
    data["geolocation"] = {"country": "PE", "region": "LIM", "city": "Lima"}
    data["client-info"] = {"client-type": "mobile browser", "client-os": "Android", "device-type": "mobile", "client-name": "Chrome Mobile", "user-agent": "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile"}
    return data


def mailgun_payload(event_data, *, signature=None) -> dict:
    return {"signature": signature or mailgun_signature(), "event-data": event_data}


def post_mailgun(client, payload, *, auth=WEBHOOK_SECRET, url=MAILGUN_URL):
    """POST as Mailgun does: JSON, with the webhook secret as basic auth in the URL."""
    headers = basic_auth(auth) if auth else {}
    return client.post(url, data=json.dumps(payload), content_type="application/json", **headers)


# --- Postmark ---------------------------------------------------------------------------


def postmark_bounce(recipient, *, kind="HardBounce", metadata=None, bounce_id=None) -> dict:
    """Postmark's bounce webhook body (RecordType "Bounce")."""
    descriptions = {
        "HardBounce": ("Hard bounce", 1, "The server was unable to deliver your message (ex: unknown user, mailbox not found)."),
        "SoftBounce": ("Soft bounce", 4096, "Unable to temporarily deliver this message."),
    }
    name, code, description = descriptions[kind]
    return {
        "RecordType": "Bounce",
        "MessageStream": "broadcast",
        "ID": bounce_id or secrets.randbelow(10**15),
        "Type": kind,
        "TypeCode": code,
        "Name": name,
        "Tag": "",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Metadata": metadata or {},
        "ServerID": 23,
        "Description": description,
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": recipient,
        "From": "news@peru.example.org",
        "BouncedAt": "2026-11-29T16:33:54.9070259Z",
        "DumpAvailable": True,
        "Inactive": kind == "HardBounce",
        "CanActivate": True,
        "Subject": "Peru Update: APEC comes to Lima",
        "Content": "",
    }


def post_postmark(client, body, *, auth=WEBHOOK_SECRET):
    headers = basic_auth(auth) if auth else {}
    return client.post(POSTMARK_URL, data=json.dumps(body), content_type="application/json", **headers)
