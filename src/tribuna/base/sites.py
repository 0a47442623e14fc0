"""The site that work outside a request belongs to (the worker, commands, mail), and
its settings, for the request's site when there is a request."""

from wagtail.models import Site

from tribuna.pagecache.memo import remember


def default_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()


def site_setting(model, request=None):
    """A site setting (a BaseSiteSetting model) for the request's site, else the default
    site's; an unsaved instance with the defaults while no site exists. Remembered until
    the content next changes (saving a setting is a change)."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or default_site()
    if site is None:
        return model()
    return remember("site-setting", lambda: model.for_site(site), model._meta.label, site.pk)


def organisation_name() -> str:
    from .models import SiteIdentity

    return site_setting(SiteIdentity).organisation_name or "Tribuna"
