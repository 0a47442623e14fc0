"""Starting and scheduling campaigns. The web process only changes the campaign's state;
a worker renders it, creates the deliveries and sends them (`delivery.py`)."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from .models import Campaign, CampaignState

STARTABLE = {CampaignState.DRAFT, CampaignState.SCHEDULED}


class CannotSend(Exception):
    pass


def start(campaign: Campaign, *, now: dt.datetime | None = None) -> None:
    """Send as soon as a worker is free. Starting twice changes nothing."""
    _move(campaign, CampaignState.SENDING, send_at=now or timezone.now())


def schedule(campaign: Campaign, when: dt.datetime) -> None:
    if when <= timezone.now():
        raise CannotSend("The time to send must be in the future.")
    _move(campaign, CampaignState.SCHEDULED, send_at=when)


def unschedule(campaign: Campaign) -> None:
    updated = Campaign.objects.filter(pk=campaign.pk, state=CampaignState.SCHEDULED).update(
        state=CampaignState.DRAFT, send_at=None
    )
    if not updated:
        raise CannotSend("Only a scheduled campaign can go back to draft.")
    campaign.refresh_from_db()


@transaction.atomic
def _move(campaign: Campaign, state: str, *, send_at: dt.datetime) -> None:
    fields = {"state": state, "send_at": send_at}
    if state == CampaignState.SENDING:
        fields["started_at"] = timezone.now()
    updated = Campaign.objects.filter(pk=campaign.pk, state__in=STARTABLE).update(**fields)
    if not updated:
        current = Campaign.objects.filter(pk=campaign.pk).values_list("state", flat=True).first()
        if current in {CampaignState.SENDING, CampaignState.SENT} and state == CampaignState.SENDING:
            return  # already on its way: a second click is harmless
        raise CannotSend(f"A {current} campaign cannot be sent.")
    campaign.refresh_from_db()
