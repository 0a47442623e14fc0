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
        self.subscriptions: dict[str, dict] = {}  # what Checkout created, by id
        self.prices: dict[str, dict] = {}
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path, _, query = self.path.partition("?")
                fake.requests.append(("GET", path, nested(parse_qsl(query, keep_blank_values=True))))
                if fake.down:
                    return self.reply(500, {"error": {"type": "api_error", "message": "Something went wrong."}})
                if path.startswith("/v1/subscriptions/"):
                    sub_id = path.rsplit("/", 1)[-1]
                    sub = fake.subscriptions.get(sub_id)
                    return self.reply(200, sub) if sub else self.reply(404, missing("subscription", sub_id))
                self.reply(404, unrecognised("GET", path))

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                params = nested(parse_qsl(body, keep_blank_values=True))
                fake.requests.append(("POST", self.path, params))
                if fake.down:
                    return self.reply(500, {"error": {"type": "api_error", "message": "Something went wrong."}})
                if self.path == "/v1/checkout/sessions":
                    return self.reply(200, checkout_session(params))
                if self.path == "/v1/prices":
                    return self.reply(*fake.create_price(params))
                if self.path.startswith("/v1/subscriptions/"):
                    return self.reply(*fake.update_subscription(self.path.rsplit("/", 1)[-1], params))
                self.reply(404, unrecognised("POST", self.path))

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

    def requests_to(self, method: str, prefix: str) -> list[dict]:
        """The parameters of each request made to paths starting with `prefix`."""
        return [params for m, path, params in self.requests if m == method and path.startswith(prefix)]

    # --- state, as Stripe keeps it -----------------------------------------------------

    def subscribe(self, checkout_params: dict, *, customer: str) -> dict:
        """The subscription Stripe creates when a subscription-mode Checkout is paid."""
        line = checkout_params["line_items"]["0"]["price_data"]
        price = self._price(
            currency=line["currency"],
            unit_amount=int(line["unit_amount"]),
            interval=line["recurring"]["interval"],
            product=stripe_id("prod"),
        )
        now = int(time.time())
        sub_id = stripe_id("sub")
        item = {
            "id": stripe_id("si"),
            "object": "subscription_item",
            "created": now,
            "current_period_start": now,
            "current_period_end": now + (366 if price["recurring"]["interval"] == "year" else 31) * 86400,
            "discounts": [],
            "metadata": {},
            "price": price,
            "quantity": 1,
            "subscription": sub_id,
            "tax_rates": [],
        }
        subscription = {
            "id": sub_id,
            "object": "subscription",
            "billing_cycle_anchor": now,
            "cancel_at": None,
            "cancel_at_period_end": False,
            "canceled_at": None,
            "collection_method": "charge_automatically",
            "created": now,
            "currency": price["currency"],
            "customer": customer,
            "items": {"object": "list", "data": [item], "has_more": False, "total_count": 1, "url": f"/v1/subscription_items?subscription={sub_id}"},
            "latest_invoice": None,
            "livemode": False,
            "metadata": dict(checkout_params.get("subscription_data", {}).get("metadata", {})),
            "pending_update": None,
            "start_date": now,
            "status": "active",
        }
        self.subscriptions[sub_id] = subscription
        return subscription

    def _price(self, *, currency: str, unit_amount: int, interval: str, product: str, metadata=None) -> dict:
        price = {
            "id": stripe_id("price"),
            "object": "price",
            "active": True,
            "billing_scheme": "per_unit",
            "created": int(time.time()),
            "currency": currency,
            "livemode": False,
            "lookup_key": None,
            "metadata": metadata or {},
            "product": product,
            "recurring": {"interval": interval, "interval_count": 1, "usage_type": "licensed"},
            "type": "recurring",
            "unit_amount": unit_amount,
            "unit_amount_decimal": str(unit_amount),
        }
        self.prices[price["id"]] = price
        return price

    def create_price(self, params: dict) -> tuple[int, dict]:
        for field in ("currency", "unit_amount", "recurring"):
            if field not in params:
                return 400, invalid(f"Missing required param: {field}.", field)
        if "product" not in params and "product_data" not in params:
            return 400, invalid("You must specify either `product` or `product_data` when creating a price.", "product")
        with self._lock:
            price = self._price(
                currency=params["currency"],
                unit_amount=int(params["unit_amount"]),
                interval=params["recurring"]["interval"],
                product=params.get("product") or stripe_id("prod"),
                metadata=params.get("metadata"),
            )
        return 200, price

    def update_subscription(self, sub_id: str, params: dict) -> tuple[int, dict]:
        """POST /v1/subscriptions/{id}: items (by id, to a price or price_data), metadata,
        cancel_at_period_end, proration_behavior; checked as Stripe checks them."""
        with self._lock:
            sub = self.subscriptions.get(sub_id)
            if sub is None:
                return 404, missing("subscription", sub_id)
            if sub["status"] in {"canceled", "incomplete_expired"}:
                return 400, invalid("A canceled subscription can only update its cancellation_details and metadata.", None)
            if params.get("proration_behavior") not in {None, "none", "create_prorations", "always_invoice"}:
                return 400, invalid("Invalid proration_behavior.", "proration_behavior")
            items = {item["id"]: item for item in sub["items"]["data"]}
            for change in (params.get("items") or {}).values():
                item = items.get(change.get("id"))
                if item is None:
                    return 400, invalid(f"Invalid subscription_item: {change.get('id')}", "items")
                if "price" in change and "price_data" in change:
                    return 400, invalid("You may only specify one of these parameters: price, price_data.", "items")
                if "price" in change:
                    if change["price"] not in self.prices:
                        return 400, invalid(f"No such price: '{change['price']}'", "items[0][price]")
                    item["price"] = self.prices[change["price"]]
                elif "price_data" in change:
                    data = change["price_data"]
                    if "product" not in data:
                        return 400, invalid("Missing required param: items[0][price_data][product].", "items")
                    item["price"] = self._price(
                        currency=data["currency"],
                        unit_amount=int(data["unit_amount"]),
                        interval=data["recurring"]["interval"],
                        product=data["product"],
                    )
            if "cancel_at_period_end" in params:
                sub["cancel_at_period_end"] = params["cancel_at_period_end"] == "true"
            sub["metadata"].update(params.get("metadata") or {})
            return 200, sub


def invalid(message: str, param: str | None) -> dict:
    return {"error": {"type": "invalid_request_error", "message": message, "param": param}}


def missing(kind: str, object_id: str) -> dict:
    return {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": f"No such {kind}: '{object_id}'", "param": "id"}}


def unrecognised(method: str, path: str) -> dict:
    return {"error": {"type": "invalid_request_error", "message": f"Unrecognized request URL ({method}: {path})."}}


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
