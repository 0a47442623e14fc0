"""`{% campaign_engagement campaign as engagement %}`: a campaign's opens and clicks for the
admin's campaign page (None when nothing was counted)."""

from django import template

from ..engagement import campaign_engagement as counts

register = template.Library()


@register.simple_tag
def campaign_engagement(campaign):
    return counts(campaign)
