"""The membership settings of the site (bank details, grace period, reminders, wording)."""

from wagtail.models import Site

from .models import MembershipSettings


def membership_settings(request=None) -> MembershipSettings:
    if request is not None:
        return MembershipSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return MembershipSettings.for_site(site) if site else MembershipSettings()
