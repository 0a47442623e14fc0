"""The membership settings of the site (bank details, grace period, reminders, wording)."""

from tribuna.base.sites import site_setting
from tribuna.base.wording import worded

from .models import MembershipSettings


def membership_settings(request=None) -> MembershipSettings:
    """The site's settings, their wording in the reader's language."""
    return worded(site_setting(MembershipSettings, request))
