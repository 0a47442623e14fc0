"""StreamField blocks shared by articles, key-issue and standard pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "base/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        icon = "image"
        template = "base/blocks/figure.html"


class EmbedLinkBlock(blocks.StructBlock):
    """A video or post from another site, shown as a link.

    Public pages make no third-party requests, so nothing is loaded from the other site
    until the reader chooses to follow the link.
    """

    url = blocks.URLBlock(label=_("Address (URL)"))
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "base/blocks/embed.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "base/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=PARAGRAPH_FEATURES)
    link_page = blocks.PageChooserBlock(label=_("Link to page"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call-out")
        template = "base/blocks/callout.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="base/blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="base/blocks/heading.html"
    )
    quote = QuoteBlock(label=_("Quote"))
    image = FigureBlock(label=_("Image"))
    embed = EmbedLinkBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()
