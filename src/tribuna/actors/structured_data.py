"""Actors in schema.org terms: an article's `about` and `mentions`, and an actor's own page."""

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
        (about if in_lead else mentions).append(thing(request, actor))
    return about, mentions


def thing(request, actor) -> dict:
    """The actor as schema.org knows it: its type, its name in the reader's language, its
    page here and its Wikidata entry."""
    described = {"@type": SCHEMA_TYPES.get(actor.kind, "Thing"), "name": actor.local_name}
    url = actor_page_url(request, actor.slug)
    if url:
        described["url"] = request.build_absolute_uri(url)
    if actor.wikidata_id:
        described["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata_id}"
    return described


def actor_page(request, actor, portrait_url: str = "") -> dict:
    """JSON-LD for the actor's own page: a web page whose main entity is the actor, with
    its other names, description, dates and picture."""
    entity = thing(request, actor)
    other_names = {alias.text for alias in actor.aliases.all()} | {actor.name}
    if other_names - {entity["name"]}:
        entity["alternateName"] = sorted(other_names - {entity["name"]})
    if actor.local_description:
        entity["description"] = actor.local_description
    if portrait_url:
        entity["image"] = request.build_absolute_uri(portrait_url)
    start, end = DATE_PROPERTIES.get(actor.kind, (None, None))
    if start and actor.start_date:
        entity[start] = actor.start_date.isoformat()
    if end and actor.end_date:
        entity[end] = actor.end_date.isoformat()
    return {"@context": "https://schema.org", "@type": "WebPage", "url": entity.get("url", ""), "mainEntity": entity}


# The schema.org names of an actor's dates, where its type has them: an organisation's
# founding and dissolution, an event's start and end. A person's dates on Tribuna are a
# term of office, which schema.org's birth and death dates are not, so they stay out.
ORGANISATION_DATES = ("foundingDate", "dissolutionDate")
DATE_PROPERTIES = {
    **dict.fromkeys(
        (Kind.GOVERNMENT, Kind.PARTY, Kind.COMPANY, Kind.NGO, Kind.BLOC, Kind.ORGANISATION), ORGANISATION_DATES
    ),
    Kind.EVENT: ("startDate", "endDate"),
}
