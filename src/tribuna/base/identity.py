"""The site's identity as a page shows it: in the reader's language, its join and privacy
links leading to pages in that language, remembered until the content changes."""

from wagtail.models import Site

from tribuna.pagecache.memo import remember

from .locales import active_language, default_language
from .models import SiteIdentity
from .page_links import in_language
from .wording import worded


def for_request(request) -> SiteIdentity:
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return SiteIdentity()
    key = f"_tribuna_identity_{active_language()}"
    if not hasattr(request, key):
        setattr(request, key, remember("site-identity", lambda: _identity(site), site.pk, active_language()))
    return getattr(request, key)


def _identity(site) -> SiteIdentity:
    identity = (
        SiteIdentity.objects.select_related("logo", "join_page", "privacy_page")
        .prefetch_related("social_links", "wordings")
        .filter(site=site)
        .first()
    ) or SiteIdentity.for_site(site)
    if active_language() != default_language():
        identity = worded(identity)
        identity.join_page, identity.privacy_page = in_language(
            [identity.join_page, identity.privacy_page], active_language()
        )
    return identity
