"""A stand-in for Stripe's API on loopback, and Stripe-signed webhook events.

The application talks to it through the real `stripe` library over HTTP, so what is
stubbed is only the other side of the wire: responses have Stripe's shapes, and webhook
payloads carry a `Stripe-Signature` header computed as Stripe computes it.
"""

import hashlib
import hmac
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

WEBHOOK_SECRET = "whsec_test_" + "0" * 24


def nested(form: list[tuple[str, str]]) -> dict:
    """Turn Stripe's form encoding (a[b][c]=v, a[0][b]=v) back into nested data."""
    root: dict = {}
    for key, value in form:
        parts = key.replace("]", "").split("[")
        node = root
        for part, following in zip(parts, parts[1:] + [None]):
            if following is None:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    return root


class FakeStripe:
    def __init__(self):
        self.requests: list[tuple[str, str, dict]] = []
        self.down = False  # answer every request with Stripe's 500
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                params = nested(parse_qsl(body, keep_blank_values=True))
                fake.requests.append(("POST", self.path, params))
                if fake.down:
                    return self.reply(500, {"error": {"type": "api_error", "message": "Something went wrong."}})
                if self.path == "/v1/checkout/sessions":
                    return self.reply(200, checkout_session(params))
                self.reply(404, {"error": {"type": "invalid_request_error", "message": f"Unrecognized request URL (POST: {self.path})."}})

            def reply(self, status, data):
                payload = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Request-Id", "req_" + secrets.token_hex(7))
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def stripe_id(prefix: str) -> str:
    return f"{prefix}_test_{secrets.token_hex(12)}"


def checkout_session(params: dict) -> dict:
    session_id = stripe_id("cs")
    line = params["line_items"]["0"]["price_data"]
    return {
        "id": session_id,
        "object": "checkout.session",
        "amount_subtotal": int(line["unit_amount"]),
        "amount_total": int(line["unit_amount"]),
        "client_reference_id": params.get("client_reference_id"),
        "created": int(time.time()),
        "currency": line["currency"],
        "customer": None,
        "customer_email": params.get("customer_email"),
        "livemode": False,
        "metadata": params.get("metadata", {}),
        "mode": params["mode"],
        "payment_intent": None,
        "payment_status": "unpaid",
        "status": "open",
        "subscription": None,
        "success_url": params["success_url"],
        "cancel_url": params["cancel_url"],
        "url": f"https://checkout.stripe.com/c/pay/{session_id}",
    }


def event(event_type: str, obj: dict, *, created: int | None = None) -> dict:
    return {
        "id": stripe_id("evt"),
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": created or int(time.time()),
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
    }


def signed(payload: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    timestamp = timestamp or int(time.time())
    signature = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={timestamp},v1={signature}"


def deliver(client, payload, **signing):
    """Post an event to the app's webhook as Stripe would, signed."""
    body, signature = signed(payload, **signing)
    return client.post("/webhooks/stripe/", body, content_type="application/json", HTTP_STRIPE_SIGNATURE=signature)


def completed_subscription_checkout(session: dict, customer: str, subscription: str) -> dict:
    return {**session, "status": "complete", "payment_status": "paid", "customer": customer, "subscription": subscription}


def paid_invoice(*, customer: str, subscription: str, amount: int, metadata: dict, paid_at: int | None = None) -> dict:
    paid_at = paid_at or int(time.time())
    return {
        "id": stripe_id("in"),
        "object": "invoice",
        "amount_due": amount,
        "amount_paid": amount,
        "billing_reason": "subscription_create",
        "currency": "gbp",
        "customer": customer,
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"metadata": metadata, "subscription": subscription},
        },
        "status": "paid",
        "status_transitions": {"paid_at": paid_at, "finalized_at": paid_at},
    }


def subscription(*, sub_id: str, customer: str, status: str = "active", cancel_at_period_end: bool = False, metadata=None) -> dict:
    return {
        "id": sub_id,
        "object": "subscription",
        "customer": customer,
        "status": status,
        "cancel_at_period_end": cancel_at_period_end,
        "metadata": metadata or {},
    }
