"""Stripe Checkout for card payments: subscriptions for periodic plans, one-off otherwise."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from tribuna.base.locales import supported_language
from tribuna.base.wording import worded

from .lifecycle import plan_for_next_payment
from .models import Donation, Frequency, Member, Period, Plan

INTERVALS = {Period.ANNUAL: "year", Period.MONTHLY: "month"}
# The languages Stripe Checkout's pages come in (its `locale` parameter).
CHECKOUT_LOCALES = frozenset(
    "bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hr hu id it ja ko lt lv ms mt nb nl pl pt "
    "pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW".split()
)


def cards_enabled() -> bool:
    return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_WEBHOOK_SECRET)


def client():
    import stripe

    base = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, base_addresses=base, max_network_retries=2)


def start_membership_checkout(member: Member, *, success_url: str, cancel_url: str) -> str:
    """Create a Checkout Session for the plan the member's next payment is for (their own,
    or the one they chose for renewal) and return the address to send them to."""
    plan = plan_for_next_payment(member)
    return _checkout(
        reference=member.payment_reference,
        email=member.email,
        label=worded(plan, language=supported_language(member.language)).name,
        language=member.language,
        amount=plan.price,
        currency=plan.currency,
        interval=INTERVALS.get(plan.period),
        metadata={"member": member.payment_reference, "purpose": "membership"},
        success_url=success_url,
        cancel_url=cancel_url,
    )


def start_donation_checkout(donation: Donation, *, success_url: str, cancel_url: str) -> str:
    return _checkout(
        reference=donation.reference,
        email=donation.email,
        label=_donation_label(donation.language),
        language=donation.language,
        amount=donation.amount,
        currency=donation.currency,
        interval="month" if donation.frequency == Frequency.MONTHLY else None,
        metadata={"donation": donation.reference, "purpose": "donation"},
        success_url=success_url,
        cancel_url=cancel_url,
        button="donate",
    )


def _checkout(
    *, reference, email, label, language, amount, currency, interval, metadata, success_url, cancel_url, button=None
) -> str:
    """A subscription when there is an interval, else a one-off payment, on a Stripe page in
    the payer's language. The metadata goes on the session and on what it creates, so every
    later webhook can name its member or gift."""
    price_data = {"currency": currency.lower(), "unit_amount": _minor_units(amount), "product_data": {"name": label}}
    params = {
        "locale": _stripe_locale(language),
        "customer_email": email,
        "client_reference_id": reference,
        "metadata": metadata,
        "success_url": success_url,
        "cancel_url": cancel_url,
    }
    if interval:
        price_data["recurring"] = {"interval": interval}
        params.update(mode="subscription", subscription_data={"metadata": metadata})
    else:
        params.update(mode="payment", payment_intent_data={"metadata": metadata})
        if button:  # Stripe labels the pay button this way for one-off payments only
            params["submit_type"] = button
    params["line_items"] = [{"price_data": price_data, "quantity": 1}]
    return client().v1.checkout.sessions.create(params=params).url


def _stripe_locale(language: str) -> str:
    """Stripe's name for the language ("es", "en-GB"); "auto" (the browser's) when Stripe's
    Checkout is not offered in it."""
    code = supported_language(language)
    base, _dash, region = code.partition("-")
    named = f"{base}-{region.upper()}" if region else base
    return named if named in CHECKOUT_LOCALES else base if base in CHECKOUT_LOCALES else "auto"


def _donation_label(language: str) -> str:
    with translation.override(supported_language(language)):
        return gettext("Donation")


def _minor_units(amount) -> int:
    return int(amount * 100)


def switch_subscription_plan(member: Member, plan: Plan) -> bool:
    """Make the member's card subscription charge for `plan` from its next invoice.

    No proration: the period already paid keeps the price it was paid at, and the next
    renewal is charged at the new plan's price. The subscription's one item gets a new
    Price (named after the plan, so the invoice says what it is for).

    A subscription can only carry a plan billed at the same interval: Stripe restarts the
    billing period, and charges at once, when the interval changes, and a free or lifetime
    plan has nothing to bill. Then the subscription is set to stop at the end of the period
    instead, and the member renews on the new plan from their account page. Returns True
    when the subscription will charge the new plan, False when it will stop.

    Raises `stripe.StripeError` when Stripe refuses or cannot be reached; nothing is
    changed here then, and the caller changes nothing either.
    """
    stripe = client()
    subscription = stripe.v1.subscriptions.retrieve(member.stripe_subscription)
    item = subscription["items"]["data"][0]
    interval = INTERVALS.get(plan.period)
    recurring = item["price"]["recurring"] if "recurring" in item["price"] else None
    billed_every = recurring["interval"] if recurring else None
    if plan.is_free or interval is None or interval != billed_every:
        stripe.v1.subscriptions.update(member.stripe_subscription, params={"cancel_at_period_end": True})
        return False
    price = stripe.v1.prices.create(
        params={
            "currency": plan.currency.lower(),
            "unit_amount": _minor_units(plan.price),
            "recurring": {"interval": interval},
            "product_data": {"name": plan.name},
            "metadata": {"plan": plan.slug},
        }
    )
    stripe.v1.subscriptions.update(
        member.stripe_subscription,
        params={
            "items": [{"id": item["id"], "price": price["id"]}],
            "proration_behavior": "none",
            "metadata": {"plan": plan.slug},
        },
    )
    return True
