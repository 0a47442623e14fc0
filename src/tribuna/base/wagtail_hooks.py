from wagtail import hooks

from .page_links import LocalisedPageLinkHandler


# After Wagtail's own registration (order 0), so this handler replaces its "page" links.
@hooks.register("register_rich_text_features", order=100)
def localised_page_links(features):
    features.register_link_type(LocalisedPageLinkHandler)
