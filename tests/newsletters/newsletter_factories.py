"""Newsletters, subscribers and campaigns for the tests, and the task worker run once."""

from django.core.management import call_command
from django.utils import timezone

from tribuna.news.models import ArticlePage
from tribuna.newsletters.models import (
    Audience,
    Campaign,
    CampaignArticle,
    CampaignState,
    Newsletter,
    Subscriber,
    SubscriberStatus,
    Subscription,
)

BASE_URL = "https://peru.example.org/"
APEC = "peru-hosts-apec"
MEMBERS_ONLY = "prior-consultation-at-ten"


def article(slug: str) -> ArticlePage:
    return ArticlePage.objects.get(slug=slug)


def make_newsletter(slug="peru-update-test", audience=Audience.EVERYONE) -> Newsletter:
    return Newsletter.objects.create(name=slug.replace("-", " ").title(), slug=slug, audience=audience)


def make_campaign(*newsletters, articles=(APEC, MEMBERS_ONLY), state=CampaignState.DRAFT, **fields) -> Campaign:
    values = {
        "subject": "Peru Update: APEC comes to Lima",
        "preheader": "What the summit means for Peru",
        "introduction": "<p>This week: <b>APEC</b> in Lima.</p>",
        "state": state,
        **fields,
    }
    campaign = Campaign.objects.create(**values)
    campaign.newsletters.set(newsletters)
    campaign.save()  # a ParentalManyToManyField is written on save
    CampaignArticle.objects.bulk_create(
        CampaignArticle(campaign=campaign, article=article(slug), sort_order=order) for order, slug in enumerate(articles)
    )
    return campaign


def subscribe(newsletter, address: str, name: str = "", status=SubscriberStatus.SUBSCRIBED, member=None) -> Subscriber:
    subscriber = Subscriber.objects.create(email=address, name=name, status=status, member=member, confirmed_at=timezone.now())
    Subscription.objects.create(subscriber=subscriber, newsletter=newsletter)
    return subscriber


def many_subscribers(newsletter, count: int, prefix="reader") -> list[str]:
    people = Subscriber.objects.bulk_create(
        Subscriber(email=f"{prefix}{n}@example.net", name=f"Reader {n}", status=SubscriberStatus.SUBSCRIBED) for n in range(count)
    )
    Subscription.objects.bulk_create(Subscription(subscriber=s, newsletter=newsletter) for s in people)
    return [s.email for s in people]


def send_everything():
    """What a worker does, in this process, until the campaigns are out (errors surface here)."""
    from tribuna.newsletters.delivery import dispatch_once

    while dispatch_once("test-worker:1:1") or CampaignState.SENDING in set(
        Campaign.objects.values_list("state", flat=True)
    ):
        pass


def run_worker():
    """The task queue's worker, once through whatever is queued."""
    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", reload=False, verbosity=0)
