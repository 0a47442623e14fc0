"""A campaign's opens and clicks, when the group counts them: totals per campaign and per
link, never per person (see `tracking.py`). Two queries."""

from dataclasses import dataclass

from .models import Campaign, CampaignLink


@dataclass(frozen=True)
class LinkClicks:
    url: str
    clicks: int


@dataclass(frozen=True)
class Engagement:
    opens: int
    links: list[LinkClicks]  # most clicked first

    @property
    def clicks(self) -> int:
        return sum(link.clicks for link in self.links)


def campaign_engagement(campaign) -> Engagement | None:
    """The counts, or None if nothing was counted for this campaign (counting was off when
    it was sent, or it has not been sent)."""
    opens = Campaign.objects.filter(pk=campaign.pk).values_list("opens", flat=True).first() or 0
    links = [
        LinkClicks(url=url, clicks=clicks)
        for url, clicks in CampaignLink.objects.filter(campaign_id=campaign.pk)
        .order_by("-clicks", "position")
        .values_list("url", "clicks")
    ]
    if not opens and not any(link.clicks for link in links):
        return None
    return Engagement(opens=opens, links=links)
