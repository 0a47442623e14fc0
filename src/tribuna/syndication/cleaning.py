"""Text that is safe to put in XML 1.0.

Editors paste from word processors and PDFs, which carry control characters that XML 1.0
forbids; one such character would make a whole feed unreadable, so every string bound for
a feed or sitemap passes through `xml_safe` (the XML writer below does it by itself).
"""

import re

from django.utils.xmlutils import SimplerXMLGenerator

# Characters outside XML 1.0's Char production: C0 controls other than tab, LF and CR,
# lone surrogates (they cannot even be encoded as UTF-8) and the two non-characters.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text):
    """`text` without the characters XML 1.0 cannot hold; None and non-strings pass through."""
    if not isinstance(text, str):
        return text
    return _ILLEGAL.sub("", text)


class SafeXMLGenerator(SimplerXMLGenerator):
    """Django's XML writer, cleaning text and attribute values instead of refusing them,
    so no content an editor can type breaks a feed."""

    def characters(self, content):
        super().characters(xml_safe(content))

    def startElement(self, name, attrs):
        super().startElement(name, {key: xml_safe(value) for key, value in (attrs or {}).items()})
