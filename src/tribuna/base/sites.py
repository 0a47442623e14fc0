"""The site that work outside a request belongs to (the worker, commands, mail), and
its settings, for the request's site when there is a request."""

from wagtail.models import Site


def default_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()


def site_setting(model, request=None):
    """A site setting (a BaseSiteSetting model) for the request's site, else the default
    site's; an unsaved instance with the defaults while no site exists."""
    if request is not None and Site.find_for_request(request) is not None:
        return model.for_request(request)  # kept on the request for the rest of it
    site = default_site()
    return model.for_site(site) if site is not None else model()


def organisation_name() -> str:
    from .models import SiteIdentity

    return site_setting(SiteIdentity).organisation_name or "Tribuna"
