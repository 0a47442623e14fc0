"""Stripe Checkout for card payments: subscriptions for periodic plans, one-off otherwise."""

from django.conf import settings

from .models import Donation, Frequency, Member, Period

INTERVALS = {Period.ANNUAL: "year", Period.MONTHLY: "month"}


def cards_enabled() -> bool:
    return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_WEBHOOK_SECRET)


def client():
    import stripe

    base = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, base_addresses=base, max_network_retries=2)


def start_membership_checkout(member: Member, *, success_url: str, cancel_url: str) -> str:
    """Create a Checkout Session for the member's plan and return the address to send them to."""
    plan = member.plan
    return _checkout(
        reference=member.payment_reference,
        email=member.email,
        label=plan.name,
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
        label="Donation",
        amount=donation.amount,
        currency=donation.currency,
        interval="month" if donation.frequency == Frequency.MONTHLY else None,
        metadata={"donation": donation.reference, "purpose": "donation"},
        success_url=success_url,
        cancel_url=cancel_url,
        button="donate",
    )


def _checkout(
    *, reference, email, label, amount, currency, interval, metadata, success_url, cancel_url, button=None
) -> str:
    """A subscription when there is an interval, else a one-off payment. The metadata goes on
    the session and on what it creates, so every later webhook can name its member or gift."""
    price_data = {"currency": currency.lower(), "unit_amount": int(amount * 100), "product_data": {"name": label}}
    params = {
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
