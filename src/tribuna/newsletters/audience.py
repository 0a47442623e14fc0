"""Who a campaign goes to: subscribed to one of its newsletters, allowed on that list
(members-only lists: current members), and not on the suppression list."""

from django.db.models import Q, QuerySet

from tribuna.members.models import Status as MemberStatus

from .models import Audience, Campaign, Subscriber, SubscriberStatus, Suppression


def recipients(campaign: Campaign) -> QuerySet[Subscriber]:
    newsletters = list(campaign.newsletters.all())
    open_lists = [n.pk for n in newsletters if n.audience == Audience.EVERYONE]
    member_lists = [n.pk for n in newsletters if n.audience == Audience.MEMBERS]
    allowed = Q(subscriptions__newsletter__in=open_lists) | Q(
        subscriptions__newsletter__in=member_lists,
        member__status__in=[MemberStatus.ACTIVE, MemberStatus.GRACE],
        member__closed_at=None,
    )
    return (
        Subscriber.objects.filter(allowed, status=SubscriberStatus.SUBSCRIBED)
        .exclude(email__in=Suppression.objects.values("email"))
        .distinct()
    )


def recipient_count(campaign: Campaign) -> int:
    return recipients(campaign).count()
