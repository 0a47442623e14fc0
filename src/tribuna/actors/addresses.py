"""Where an actor's page is, in the reader's language."""

from .selectors import actor_index


def actor_page_url(request, slug: str) -> str:
    """The actor's page in the reader's language ("" when the site has no actor pages)."""
    if not hasattr(request, "_tribuna_actor_index"):
        index = actor_index()
        request._tribuna_actor_index = index.get_url(request) if index is not None else None
    base = request._tribuna_actor_index
    return f"{base}{slug}/" if base else ""
