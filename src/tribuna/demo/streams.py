"""Demo text as StreamField data, shaped as the editor would have saved it."""

from wagtail import blocks

from tribuna.base.blocks import BodyBlock

_BODY = BodyBlock()


def stream(items) -> list[dict]:
    """[(kind, value)] → StreamField data. A struct's text fields left out of the demo text
    are saved empty, as the editor saves them, not missing (tools that walk the text, like
    the translation editor, expect a string)."""
    data = []
    for kind, value in items:
        block = _BODY.child_blocks[kind]
        if isinstance(block, blocks.StructBlock):
            value = {
                name: value.get(name, "" if isinstance(child, blocks.CharBlock) else None)
                for name, child in block.child_blocks.items()
            }
        data.append({"type": kind, "value": value})
    return data
