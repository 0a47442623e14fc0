"""The membership settings of the site (bank details, grace period, reminders, wording)."""

from tribuna.base.sites import site_setting

from .models import MembershipSettings


def membership_settings(request=None) -> MembershipSettings:
    return site_setting(MembershipSettings, request)
