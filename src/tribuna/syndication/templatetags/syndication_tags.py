from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The <link rel="alternate"> elements for the page's feeds (placeholder until feeds land)."""
    return ""
