"""Links to pages inside rich text, following the reader's language at no query cost.

Wagtail's own handler calls `page.localized` for every link, which asks the database for
the active locale each time: one query per link, so a feed of fifty articles pays fifty.
Here a page's language is read from its place in the tree (the cached site root paths),
and only links to pages in another language are translated, in one query per text.
"""

from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text.pages import PageLinkHandler

from .locales import active_language


def language_of(page) -> str | None:
    """The language of the tree `page` sits in, from the cached site root paths."""
    for root in Site.get_site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.language_code
    return None


def in_language(pages: list, language: str) -> list:
    """Each page's live translation into `language`, or the page itself."""
    foreign = {page.translation_key for page in pages if page is not None and language_of(page) != language}
    if not foreign:
        return pages
    translations = {
        translation.translation_key: translation
        for translation in Page.objects.live().filter(translation_key__in=foreign, locale__language_code=language)
    }
    return [translations.get(page.translation_key, page) if page is not None else None for page in pages]


class LocalisedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        pages = in_language(cls.get_many(attrs_list), active_language())
        return ['<a href="%s">' % escape(page.url) if page else "<a>" for page in pages]
