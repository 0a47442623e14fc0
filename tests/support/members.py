"""Members the tests need, made as the membership secretary would make them."""

from django.utils import timezone

from tribuna.members import lifecycle
from tribuna.members.models import PaymentMethod, Plan


def member_who_has_paid(email="eva@example.net"):
    member = lifecycle.join(
        lifecycle.JoinRequest(
            plan=Plan.objects.get(slug="individual"), name="Eva Mamani", email=email, payment_method=PaymentMethod.CHEQUE
        )
    )
    lifecycle.record_payment(member, amount=30, method=PaymentMethod.CHEQUE, received_on=timezone.localdate())
    return member
