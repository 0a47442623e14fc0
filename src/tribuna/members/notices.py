"""The messages members receive, each recorded in their history.

Every message is written in the recipient's language, links included (/es/account/…):
`in_their_language` renders the whole message, context and all, inside that language.
"""

import functools
from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from sesame.utils import get_query_string

from tribuna.base.locales import supported_language
from tribuna.base.sites import organisation_name
from tribuna.mail.sending import send_templated

from .models import MailSent
from .settings import membership_settings

WELCOME_SCOPE = "welcome"


def in_their_language(send):
    """For `send_*(member_or_donation, …)`: everything it builds is in their language."""

    @functools.wraps(send)
    def in_language(recipient, *args, **kwargs):
        with translation.override(supported_language(recipient.language)):
            return send(recipient, *args, **kwargs)

    return in_language


def absolute(path: str, base_url: str | None = None) -> str:
    return urljoin(base_url or settings.WAGTAILADMIN_BASE_URL, path)


def sign_in_link(member, *, base_url=None, scope: str = "") -> str:
    """A single-use link that signs the member in (and proves the address works)."""
    view = "members:welcome" if scope == WELCOME_SCOPE else "members:sign_in"
    return absolute(reverse(view) + get_query_string(member.user, scope=scope), base_url)


def _send(member, kind: str, template: str, context: dict, *, record: bool = True) -> None:
    """Send and note it in the member's history (reminders are noted first, to go out once)."""
    context = {"member": member, "organisation": organisation_name(), **context}
    send_templated(f"members/{template}", member.email, context)
    if record:
        MailSent.objects.create(member=member, kind=kind)


@in_their_language
def send_welcome(member, *, base_url=None) -> None:
    _send(
        member,
        "welcome",
        "welcome",
        {
            "link": sign_in_link(member, base_url=base_url, scope=WELCOME_SCOPE),
            "bank": membership_settings(),
            "account_url": absolute(reverse("members:account"), base_url),
        },
    )


@in_their_language
def send_sign_in_link(member, *, base_url=None) -> None:
    _send(member, "sign-in link", "sign_in", {"link": sign_in_link(member, base_url=base_url)})


@in_their_language
def send_payment_receipt(member, payment) -> None:
    _send(member, "receipt", "receipt", {"payment": payment, "account_url": absolute(reverse("members:account"))})


@in_their_language
def send_renewal_reminder(member, *, days_left: int) -> None:
    _send(
        member,
        "renewal reminder",
        "renewal_reminder",
        {
            "days_left": days_left,
            "bank": membership_settings(),
            "account_url": absolute(reverse("members:account")),
            "plan": member.next_plan if member.next_plan_id else member.plan,  # the plan the renewal pays for
        },
        record=False,
    )


@in_their_language
def send_plan_changed(member, change, *, base_url=None) -> None:
    """Confirm a change of plan (`lifecycle.PlanChange`): what now, and what from when."""
    from django.utils.functional import lazy

    from .account import money, price_label

    label = lazy(price_label, str)  # rendered in the message's language
    _send(
        member,
        "plan change",
        "plan_changed",
        {
            "change": change,
            "new_price": label(change.new_plan),
            "old_price": label(change.old_plan),
            "amount": money(change.new_plan.price, change.new_plan.currency),
            "account_url": absolute(reverse("members:account"), base_url),
        },
    )


@in_their_language
def send_card_payment_failed(member) -> None:
    _send(member, "card payment failed", "card_failed", {"account_url": absolute(reverse("members:account"))})


def _send_to_donor(donation, kind: str, template: str, context: dict) -> None:
    context = {"donation": donation, "organisation": organisation_name(), **context}
    send_templated(f"members/{template}", donation.email, context)
    if donation.member_id:
        MailSent.objects.create(member=donation.member, kind=kind)


@in_their_language
def send_donation_instructions(donation) -> None:
    _send_to_donor(donation, "donation instructions", "donation_instructions", {"bank": membership_settings()})


@in_their_language
def send_donation_thanks(donation, payment) -> None:
    _send_to_donor(donation, "donation receipt", "donation_thanks", {"payment": payment})
