"""What a member can see and do with their own record: details, consent, export, erasure."""

from django.db import transaction
from django.utils import timezone

from . import lifecycle
from .models import Consent, Member, Status


def overview(member: Member) -> dict:
    return {
        "member": member,
        "payments": list(member.payments.order_by("-received_on", "-pk")),
        "newsletter": newsletter_consent(member),
        "history": list(member.status_changes.order_by("-changed_at", "-pk")[:20]),
    }


def newsletter_consent(member: Member) -> bool:
    latest = member.consents.filter(topic="newsletter").order_by("-recorded_at", "-pk").first()
    return bool(latest and latest.given)


def update_details(member: Member, *, name: str, address: str, postcode: str) -> None:
    member.name = name.strip()
    member.address = address.strip()
    member.postcode = postcode.strip().upper()
    member.save(update_fields=["name", "address", "postcode"])


def set_newsletter(member: Member, *, wanted: bool, wording: str, source: str) -> None:
    Consent.objects.create(member=member, topic="newsletter", given=wanted, wording=wording, source=source)


def export(member: Member) -> dict:
    """Everything we hold about the member, as they can take it away (right of access)."""
    return {
        "exported_at": timezone.now().isoformat(),
        "member": {
            "name": member.name,
            "email": member.email,
            "plan": member.plan.name,
            "status": member.status,
            "paid_up_to": member.expires_on,
            "payment_method": member.payment_method,
            "payment_reference": member.payment_reference,
            "address": member.address,
            "postcode": member.postcode,
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
    because the accounts must add up; nothing in them names the person."""
    if member.status != Status.CANCELLED:
        lifecycle.cancel(member, reason="account closed by the member")
    user = member.user
    member.consents.all().delete()
    member.gift_aid_declarations.all().delete()
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
