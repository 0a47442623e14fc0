"""What a member can see and do with their own record: details, plan, renewal, consent,
export, erasure."""

import datetime as dt
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from tribuna.newsletters import members_sync

from . import card_payments, gift_aid, lifecycle
from .models import Consent, Member, Period, Plan, Status
from .settings import membership_settings

logger = logging.getLogger(__name__)


def overview(member: Member, *, today: dt.date | None = None) -> dict:
    due = renewal(member, today=today)
    return {
        "member": member,
        "payments": list(member.payments.order_by("-received_on", "-pk")),
        "newsletter": newsletter_consent(member),
        "history": list(member.status_changes.order_by("-changed_at", "-pk")[:20]),
        "plan_price": price_label(member.plan),
        "waiting_plan_change": waiting_plan_change(member),
        "renewal": due,
        "can_pay_by_card": can_pay_by_card(member, renewal_due=due),
    }


# --- prices, plan changes and renewals -----------------------------------------------

CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(amount, currency: str = "GBP") -> str:
    """An amount as the reader writes it: "£12.00" in English, "12,00 £" in Spanish."""
    number = formats.number_format(amount, decimal_pos=2, use_l10n=True)
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    if symbol is None:
        return f"{number} {currency.upper()}"
    # Translators: where the currency symbol goes, and how it meets the number.
    return pgettext("money", "%(symbol)s%(amount)s") % {"symbol": symbol, "amount": number}


def price_label(plan: Plan) -> str:
    """A plan's price as members read it: "£12.00 a year", "£3.00 a month", "free"."""
    if plan.is_free:
        return gettext("free")
    amount = money(plan.price, plan.currency)
    if plan.period == Period.MONTHLY:
        return gettext("%(amount)s a month") % {"amount": amount}
    if plan.period == Period.LIFETIME:
        return gettext("%(amount)s once, for life") % {"amount": amount}
    return gettext("%(amount)s a year") % {"amount": amount}


def waiting_plan_change(member: Member) -> str:
    """What the member reads about a plan chosen for their next renewal; "" when none."""
    if not member.next_plan_id:
        return ""
    values = {"plan": member.next_plan.local_name, "price": price_label(member.next_plan)}
    if member.status == Status.ACTIVE and member.expires_on:
        values["date"] = formats.date_format(member.expires_on, "DATE_FORMAT")
        return gettext("From %(date)s your plan will be %(plan)s (%(price)s).") % values
    return gettext("When you renew, your plan will be %(plan)s (%(price)s).") % values


@dataclass
class Renewal:
    due: bool
    plan: Plan  # the plan the renewal pays for
    amount_label: str = ""
    grace_ends: dt.date | None = None  # for members in grace: when they lapse


def renewal(member: Member, *, today: dt.date | None = None) -> Renewal:
    """Whether the member should be offered renewal now, and at what price.

    Members in grace or lapsed, and active members who do not renew automatically once
    their expiry is within the reminder window (the largest number of days before expiry
    a reminder goes out). Renewing early loses nothing: the new period starts at expiry.
    """
    today = today or timezone.localdate()
    plan = lifecycle.plan_for_next_payment(member)
    result = Renewal(due=False, plan=plan, amount_label=money(plan.price, plan.currency))
    if plan.is_free:
        return result
    config = membership_settings()
    if member.status in {Status.GRACE, Status.LAPSED}:
        result.due = True
        if member.status == Status.GRACE and member.expires_on:
            result.grace_ends = member.expires_on + dt.timedelta(days=config.grace_days)
    elif member.status == Status.ACTIVE and not member.auto_renews and member.expires_on:
        window = max(config.reminder_offsets(), default=0)
        result.due = (member.expires_on - today).days <= window
    return result


def can_pay_by_card(member: Member, *, renewal_due: Renewal | None = None) -> bool:
    """The card button: while a payment is due and no card subscription already pays it."""
    if not card_payments.cards_enabled() or member.auto_renews or member.closed_at is not None:
        return False
    if lifecycle.plan_for_next_payment(member).is_free:
        return False
    return member.status == Status.PENDING or (renewal_due or renewal(member)).due


class PaymentProviderUnavailable(lifecycle.PlanChangeRefused):
    """The card subscription could not be updated, so nothing was changed."""


_CARD_TROUBLE = _(
    "We could not update your card payments with our payment provider just now, so your plan "
    "has not changed. Please try again later."
)


def change_plan(member: Member, plan: Plan, *, base_url: str | None = None) -> lifecycle.PlanChange:
    """The member chose another plan on their account page (rules: `lifecycle.change_plan`).

    A card subscription is updated first, so that a refusal from Stripe leaves everything
    as it was; then the change is recorded.
    """
    import stripe

    problem = lifecycle.plan_change_problem(member, plan)
    if problem:
        raise lifecycle.PlanChangeRefused(problem)
    card_renewal_stops = False
    if member.auto_renews and member.stripe_subscription:
        if not card_payments.cards_enabled():
            raise PaymentProviderUnavailable(_CARD_TROUBLE)
        try:
            card_renewal_stops = not card_payments.switch_subscription_plan(member, plan)
        except stripe.StripeError as error:
            logger.warning("Stripe refused a plan change for %s: %s", member.payment_reference, error)
            raise PaymentProviderUnavailable(_CARD_TROUBLE) from error
    change = lifecycle.change_plan(member, plan, card_renewal_stops=card_renewal_stops, base_url=base_url)
    member.refresh_from_db()
    return change


def plan_change_message(member: Member, change: lifecycle.PlanChange) -> str:
    """What the member reads after changing plan (the confirmation e-mail says the same)."""
    new = {"plan": change.new_plan.local_name, "price": price_label(change.new_plan)}
    if change.withdrawn:
        parts = [gettext("Your plan stays %(plan)s (%(price)s).") % new]
    elif change.at_once:
        parts = [gettext("Your plan is now %(plan)s (%(price)s).") % new]
        if member.status == Status.ACTIVE and change.new_plan.is_free:
            parts.append(gettext("Your membership is active."))
        elif not change.new_plan.is_free:
            parts.append(
                gettext("Your next payment is %(amount)s.") % {"amount": money(change.new_plan.price, change.new_plan.currency)}
            )
    else:
        parts = [waiting_plan_change(member)]
        parts.append(gettext("Until then you stay on %(plan)s.") % {"plan": change.old_plan.local_name})
    if change.card_renewal_stops:
        parts.append(
            gettext(
                "Your card subscription cannot carry this plan, so it will stop at the end of the "
                "period: please renew on the new plan from this page then."
            )
        )
    elif member.auto_renews and not change.new_plan.is_free:
        parts.append(
            gettext("Your card will be charged %(amount)s at your next renewal.")
            % {"amount": money(change.new_plan.price, change.new_plan.currency)}
        )
    return " ".join(parts)


def newsletter_consent(member: Member) -> bool:
    latest = member.consents.filter(topic="newsletter").order_by("-recorded_at", "-pk").first()
    return bool(latest and latest.given)


def update_details(member: Member, *, name: str, address: str, postcode: str, language: str) -> None:
    member.name = name.strip()
    member.address = address.strip()
    member.postcode = postcode.strip().upper()
    member.language = language
    member.save(update_fields=["name", "address", "postcode", "language"])
    members_sync.follow_language(member)


def set_newsletter(member: Member, *, wanted: bool, wording: str, source: str) -> None:
    Consent.objects.create(member=member, topic="newsletter", given=wanted, wording=wording, source=source)
    members_sync.sync_member(member)


def export(member: Member) -> dict:
    """Everything we hold about the member, as they can take it away (right of access)."""
    return {
        "exported_at": timezone.now().isoformat(),
        "member": {
            "name": member.name,
            "email": member.email,
            "plan": member.plan.name,
            "plan_from_next_renewal": member.next_plan.name if member.next_plan_id else None,
            "status": member.status,
            "paid_up_to": member.expires_on,
            "payment_method": member.payment_method,
            "payment_reference": member.payment_reference,
            "address": member.address,
            "postcode": member.postcode,
            "language": member.language,
            "joined_at": member.joined_at,
            "email_confirmed_at": member.email_confirmed_at,
        },
        "payments": [
            {
                "receipt": payment.receipt_number,
                "amount": str(payment.amount),
                "currency": payment.currency,
                "method": payment.method,
                "received_on": payment.received_on,
            }
            for payment in member.payments.all()
        ],
        "status_history": [
            {"from": change.from_status, "to": change.to_status, "reason": change.reason, "at": change.changed_at}
            for change in member.status_changes.all()
        ],
        "consents": [
            {"topic": c.topic, "given": c.given, "wording": c.wording, "source": c.source, "at": c.recorded_at}
            for c in member.consents.all()
        ],
        "gift_aid_declarations": [
            {
                "title": d.title,
                "first_name": d.first_name,
                "last_name": d.last_name,
                "house": d.house,
                "postcode": d.postcode,
                "wording": d.wording,
                "declared_at": d.declared_at,
                "cancelled_at": d.cancelled_at,
            }
            for d in member.gift_aid_declarations.all()
        ],
        "mail_sent": [{"kind": m.kind, "at": m.sent_at} for m in member.mail_sent.all()],
    }


@transaction.atomic
def close(member: Member) -> None:
    """Erase the member's personal data. Payments stay, attached to an anonymous record,
    because the accounts must add up; nothing in them names the person. The one exception
    is a Gift Aid declaration behind payments HMRC may still ask about: it is kept for
    the six years they require, then the daily job erases it."""
    if member.status != Status.CANCELLED:
        lifecycle.cancel(member, reason="account closed by the member")
    user = member.user
    members_sync.forget_member(member)
    member.consents.all().delete()
    gift_aid.keep_or_erase_declarations(member, today=timezone.localdate())
    member.mail_sent.all().delete()
    member.status_changes.update(changed_by=None)
    member.payments.update(note="")
    member.name = ""
    member.email = ""
    member.address = ""
    member.postcode = ""
    member.user = None
    member.closed_at = timezone.now()
    member.save()
    if user is not None and not user.is_staff:
        user.delete()
