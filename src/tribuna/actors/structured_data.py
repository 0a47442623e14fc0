"""The actors an article names, as schema.org `about` and `mentions` for its JSON-LD."""

from django.db.models import F

from tribuna.base.wording import with_wordings

from .addresses import actor_page_url
from .article_text import lead_end
from .models import SHOWN_STATUSES, Actor, Kind

SCHEMA_TYPES = {
    Kind.PERSON: "Person",
    Kind.COUNTRY: "Country",
    Kind.GOVERNMENT: "GovernmentOrganization",
    Kind.PARTY: "PoliticalParty",
    Kind.COMPANY: "Corporation",
    Kind.NGO: "NGO",
    Kind.BLOC: "Organization",
    Kind.ORGANISATION: "Organization",
    Kind.AGREEMENT: "Legislation",
    Kind.PLACE: "Place",
    Kind.EVENT: "Event",
}


def about_and_mentions(request, article) -> tuple[list[dict], list[dict]]:
    """Actors first named in the title or standfirst are what the article is about; the
    rest it mentions, in the reader's words. A members-only article gives only what the
    public sees (one query, two in another language)."""
    lead = lead_end(article)
    named = (
        Actor.objects.filter(mentions__article_id=article.pk, mentions__status__in=SHOWN_STATUSES)
        .annotate(first=F("mentions__first_position"), times=F("mentions__count"))
        .order_by("-times", "name")
    )
    about, mentions = [], []
    for actor in with_wordings(named):
        in_lead = actor.first is not None and actor.first <= lead
        if article.members_only and not in_lead:
            continue
        thing = {"@type": SCHEMA_TYPES.get(actor.kind, "Thing"), "name": actor.local_name}
        url = actor_page_url(request, actor.slug)
        if url:
            thing["url"] = request.build_absolute_uri(url)
        if actor.wikidata_id:
            thing["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata_id}"
        (about if in_lead else mentions).append(thing)
    return about, mentions
