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
    price_data = {
        "currency": plan.currency.lower(),
        "unit_amount": int(plan.price * 100),
        "product_data": {"name": plan.name},
    }
    metadata = {"member": member.payment_reference, "purpose": "membership"}
    params = {
        "customer_email": member.email,
        "client_reference_id": member.payment_reference,
        "metadata": metadata,
        "success_url": success_url,
        "cancel_url": cancel_url,
    }
    if plan.period in INTERVALS:
        price_data["recurring"] = {"interval": INTERVALS[plan.period]}
        params.update(mode="subscription", subscription_data={"metadata": metadata})
    else:
        params.update(mode="payment", payment_intent_data={"metadata": metadata})
    params["line_items"] = [{"price_data": price_data, "quantity": 1}]
    session = client().v1.checkout.sessions.create(params=params)
    return session.url


def start_donation_checkout(donation: Donation, *, success_url: str, cancel_url: str) -> str:
    price_data = {
        "currency": donation.currency.lower(),
        "unit_amount": int(donation.amount * 100),
        "product_data": {"name": "Donation"},
    }
    metadata = {"donation": donation.reference, "purpose": "donation"}
    params = {
        "customer_email": donation.email,
        "client_reference_id": donation.reference,
        "metadata": metadata,
        "success_url": success_url,
        "cancel_url": cancel_url,
        "submit_type": "donate",
    }
    if donation.frequency == Frequency.MONTHLY:
        price_data["recurring"] = {"interval": "month"}
        params.update(mode="subscription", subscription_data={"metadata": metadata})
        params.pop("submit_type")  # Stripe allows it for one-off payments only
    else:
        params.update(mode="payment", payment_intent_data={"metadata": metadata})
    params["line_items"] = [{"price_data": price_data, "quantity": 1}]
    return client().v1.checkout.sessions.create(params=params).url
