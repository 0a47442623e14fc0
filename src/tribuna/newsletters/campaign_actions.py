"""What an editor does with a campaign in the admin: start one with the new articles,
check it is ready, send a test, send it or schedule it.

The views call these and show their messages; the sending itself is `sending.py`'s and the
worker's business.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Campaign, CampaignArticle, CampaignState, Newsletter

FIRST_ISSUE_ARTICLES = 5  # with no earlier issue, "new" means the newest few
MOST_ARTICLES = 20


class CampaignNotReady(Exception):
    """Why a campaign cannot go out; the message is for the editor."""


# --- composing -----------------------------------------------------------------------------


def last_issue_started(newsletters) -> dt.datetime | None:
    """When the newest campaign to any of these newsletters began sending."""
    return (
        Campaign.objects.filter(
            newsletters__in=list(newsletters), state__in=[CampaignState.SENDING, CampaignState.SENT]
        )
        .exclude(started_at=None)
        .order_by("-started_at")
        .values_list("started_at", flat=True)
        .first()
    )


def new_articles(newsletters) -> list:
    """Articles first published since the last issue of these newsletters, newest first."""
    from tribuna.news.selectors import published_articles

    since = last_issue_started(newsletters)
    articles = published_articles()
    if since is None:
        return list(articles[:FIRST_ISSUE_ARTICLES])
    return list(articles.filter(first_published_at__gt=since).order_by("-first_published_at", "-pk")[:MOST_ARTICLES])


def default_newsletter(newsletter_id=None) -> Newsletter | None:
    newsletters = Newsletter.objects.all()
    if newsletter_id:
        chosen = newsletters.filter(pk=newsletter_id).first() if str(newsletter_id).isdigit() else None
        if chosen:
            return chosen
    return newsletters.first()


def add_new_articles(campaign: Campaign) -> int:
    """Append the articles published since the last issue that the campaign lacks."""
    if not campaign.is_editable:
        raise CampaignNotReady(_("This campaign can no longer be changed."))
    newsletters = list(campaign.newsletters.all())
    if not newsletters:
        raise CampaignNotReady(_("Choose the newsletters first: new articles are those since their last issue."))
    present = set(campaign.articles.values_list("article_id", flat=True))
    last = max(campaign.articles.values_list("sort_order", flat=True), default=-1)
    missing = [article for article in new_articles(newsletters) if article.pk not in present]
    CampaignArticle.objects.bulk_create(
        CampaignArticle(campaign=campaign, article=article, sort_order=last + 1 + order)
        for order, article in enumerate(missing)
    )
    return len(missing)


# --- checking ------------------------------------------------------------------------------


def problems(campaign: Campaign) -> list[str]:
    """Everything that stops this campaign going out, in words for the editor."""
    from . import audience

    found = []
    if not campaign.is_editable:
        found.append(_("This campaign is %(state)s.") % {"state": campaign.get_state_display().lower()})
        return found
    if not campaign.subject.strip():
        found.append(_("The campaign needs a subject."))
    if not campaign.newsletters.exists():
        found.append(_("Choose at least one newsletter to send it to."))
    elif audience.recipient_count(campaign) == 0:
        found.append(_("Nobody would receive it: the chosen newsletters have no subscribers who can be sent to. Nothing was sent."))
    unpublished = unpublished_articles(campaign)
    if unpublished:
        found.append(
            _("These articles are not published, so readers could not open them: %(titles)s.")
            % {"titles": ", ".join(unpublished)}
        )
    return found


def unpublished_articles(campaign: Campaign) -> list[str]:
    from tribuna.news.models import ArticlePage

    chosen = campaign.articles.values_list("article_id", flat=True)
    return list(ArticlePage.objects.filter(pk__in=chosen, live=False).values_list("title", flat=True))


def _check(campaign: Campaign) -> None:
    found = problems(campaign)
    if found:
        raise CampaignNotReady(" ".join(found))


# --- sending -------------------------------------------------------------------------------


def send_test(campaign: Campaign, *, to: str, name: str = "", base_url: str) -> None:
    """Queue one copy for the editor; the worker renders and sends it."""
    from .tasks import send_test_copy

    if not to:
        raise CampaignNotReady(_("Your account has no e-mail address to send the test to."))
    if not campaign.subject.strip():
        raise CampaignNotReady(_("The campaign needs a subject."))
    transaction.on_commit(lambda: send_test_copy.enqueue(campaign.pk, to, name, base_url))


def send_now(campaign: Campaign) -> None:
    from . import sending

    _check(campaign)
    try:
        sending.start(campaign)
    except sending.CannotSend as error:
        raise CampaignNotReady(str(error)) from error


def schedule(campaign: Campaign, when: dt.datetime) -> None:
    from . import sending

    if when <= timezone.now():
        raise CampaignNotReady(_("The time to send must be in the future."))
    _check(campaign)
    try:
        sending.schedule(campaign, when)
    except sending.CannotSend as error:
        raise CampaignNotReady(str(error)) from error


def unschedule(campaign: Campaign) -> None:
    from . import sending

    try:
        sending.unschedule(campaign)
    except sending.CannotSend as error:
        raise CampaignNotReady(str(error)) from error
