"""Counting opens and clicks of a campaign, as totals only (when the group switched it on;
see `rendering._counted`).

The addresses carry the campaign and the link's number, nothing about the reader, and these
views store nothing but the counters: no cookie, no IP address, no user agent, no time. A
click goes only to an address stored for that campaign, never to one taken from the request,
so the counter cannot be used to send people elsewhere.
"""

from django.db.models import F
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_safe

from .models import Campaign, CampaignLink, CampaignState

# The smallest transparent GIF: 1×1, 43 bytes.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"  # header, screen, two colours
    b"!\xf9\x04\x01\x00\x00\x00\x00"  # colour 0 is transparent
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"  # one pixel of colour 0
)
COUNTED_STATES = [CampaignState.SENDING, CampaignState.SENT]


def _not_stored(response: HttpResponse) -> HttpResponse:
    # Every request must reach us to count; nothing in between keeps a copy.
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_safe
def click(request, campaign_id: int, position: int):
    """Count one click on a campaign's link and go on to it. Two queries."""
    link = CampaignLink.objects.filter(campaign_id=campaign_id, position=position).values_list("pk", "url").first()
    if link is None:
        raise Http404("No such link.")
    pk, url = link
    if request.method == "GET":  # HEAD (link checkers) is not a click
        CampaignLink.objects.filter(pk=pk).update(clicks=F("clicks") + 1)
    return _not_stored(HttpResponseRedirect(url))


@require_safe
def open_image(request, campaign_id: int):
    """Count one opening of a sent campaign (its images were loaded). One query."""
    if request.method == "GET":
        counted = Campaign.objects.filter(pk=campaign_id, state__in=COUNTED_STATES).update(opens=F("opens") + 1)
    else:
        counted = Campaign.objects.filter(pk=campaign_id, state__in=COUNTED_STATES).exists()
    if not counted:
        raise Http404("No such campaign.")
    return _not_stored(HttpResponse(PIXEL, content_type="image/gif"))
