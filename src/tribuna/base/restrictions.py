"""Wagtail's view restrictions (private pages), checked without querying on every request.

Wagtail looks a page's restrictions up with two queries each time it serves the page;
here the few restrictions a site has are remembered, by the path of the page they
protect, until the content next changes (a restriction saved or deleted is a change).
"""

from wagtail.models import PageViewRestriction

from tribuna.pagecache.memo import remember


class RememberedViewRestrictions:
    """Mixed into every page class, before `Page`."""

    def get_view_restrictions(self):
        if self.alias_of_id:  # an alias is protected by its source's restrictions
            return super().get_view_restrictions()
        restrictions = remember("view-restrictions", _protected_paths)
        ids = [pk for path, pk in restrictions if self.path.startswith(path)]
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


def restricted_paths() -> list[str]:
    """Tree paths of the pages behind a restriction (everything below each is too)."""
    return [path for path, _pk in remember("view-restrictions", _protected_paths)]


def _protected_paths() -> list[tuple[str, int]]:
    return list(PageViewRestriction.objects.values_list("page__path", "pk"))
