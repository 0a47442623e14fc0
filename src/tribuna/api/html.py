"""Body HTML for readers of the API, who show it on other sites and in apps.

The page templates write links and images as site-relative paths ("/articles/…",
"/media/…"); out of the site those lead nowhere, so the API makes them absolute.
"""

import re

# Templates quote attributes with double quotes; "//host/…" is already absolute.
_RELATIVE_ATTRIBUTE = re.compile(r'(\s(?:href|src|poster|data)=")(/(?!/))')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)(")')


def render_body(stream, request) -> str:
    """A StreamField rendered with the site's block templates, every URL absolute."""
    html = stream.render_as_block(context={"request": request})
    return absolutise(str(html), request)


def absolutise(html: str, request) -> str:
    origin = request.build_absolute_uri("/").rstrip("/")
    html = _RELATIVE_ATTRIBUTE.sub(lambda match: match.group(1) + origin + "/", html)
    return _SRCSET.sub(lambda match: match.group(1) + _srcset(match.group(2), origin) + match.group(3), html)


def _srcset(value: str, origin: str) -> str:
    candidates = []
    for candidate in value.split(","):
        candidate = candidate.strip()
        if candidate.startswith("/") and not candidate.startswith("//"):
            candidate = origin + candidate
        candidates.append(candidate)
    return ", ".join(candidates)


