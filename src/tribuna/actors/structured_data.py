"""The actors an article names, as schema.org `about` and `mentions` for its JSON-LD."""

from .addresses import actor_page_url
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
    rest it mentions. A members-only article gives only what the public sees (one query)."""
    lead = len(article.title) + 1 + len(article.standfirst or "")
    rows = (
        Actor.objects.filter(mentions__article_id=article.pk, mentions__status__in=SHOWN_STATUSES)
        .order_by("-mentions__count", "name")
        .values_list("slug", "name", "kind", "wikidata_id", "mentions__first_position")
    )
    about, mentions = [], []
    for slug, name, kind, wikidata_id, first in rows:
        in_lead = first is not None and first <= lead
        if article.members_only and not in_lead:
            continue
        thing = {"@type": SCHEMA_TYPES.get(kind, "Thing"), "name": name}
        url = actor_page_url(request, slug)
        if url:
            thing["url"] = request.build_absolute_uri(url)
        if wikidata_id:
            thing["sameAs"] = f"https://www.wikidata.org/wiki/{wikidata_id}"
        (about if in_lead else mentions).append(thing)
    return about, mentions
