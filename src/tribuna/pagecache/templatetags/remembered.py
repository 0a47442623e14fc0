"""`{% remembered "name" part… %}…{% endremembered %}`: a stretch of template rendered once
per content generation, language and host (and the parts given), then reused.

For what is the same for everyone who sees it, such as the panels, the footer, or an
article as members (or readers) see it; never around anything personal (a CSRF token, a
member's name). Unlike Django's `{% cache %}` it is never out of date, and a cache that
cannot be reached only costs a fresh render. Previews are always rendered afresh: a
draft is not what is remembered under its page's id.
"""

from django import template
from django.utils.safestring import mark_safe

from tribuna.base.locales import active_language

from ..memo import remember

register = template.Library()


class RememberedNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        host = request.get_host() if request is not None else None
        return mark_safe(remember("fragment", lambda: self.nodelist.render(context), *parts, active_language(), host))


@register.tag
def remembered(parser, token):
    parts = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not parts:
        raise template.TemplateSyntaxError("{% remembered %} needs a name, e.g. {% remembered \"panels\" %}")
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    return RememberedNode(nodelist, parts)
