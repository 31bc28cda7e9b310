"""XML written a part at a time: a document whose root's children come from a generator is written with the
same bytes as the whole tree pretty-printed, while only one part is ever held as elements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree


@dataclass(frozen=True)
class LinkPiece:
    """A part whose root holds one element (an extended link) with some of that element's children: the pieces of
    one element, written one after another, are written as that element holding all their children."""

    root: etree._Element
    first: bool  # the first piece of the element: its start tag is written
    last: bool  # the last piece: its end tag is written


def write_streamed(path: Path, head: etree._Element, parts: Iterable[etree._Element | LinkPiece]) -> None:
    """Write `head` (the root and its first children), then the children of each root in `parts` (roots made like
    `head`, same tag and namespaces, each holding the next children, or LinkPieces of one child), as one
    pretty-printed document."""
    start, end = _root_tags(head)
    text = etree.tostring(head, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    declaration = text[: text.index(b"<", 1)]
    with path.open("wb") as handle:
        handle.write(declaration + start + b"\n" + _children(head, start, end))
        for part in parts:
            if isinstance(part, LinkPiece):
                handle.write(_piece(_children(part.root, start, end), part.first, part.last))
            else:
                handle.write(_children(part, start, end))
        handle.write(end + b"\n")


def _root_tags(root: etree._Element) -> tuple[bytes, bytes]:
    """The root's start tag (with its namespace declarations and attributes) and its end tag."""
    shell = etree.Element(root.tag, dict(root.attrib), nsmap=root.nsmap)
    empty = etree.tostring(shell, encoding="UTF-8")  # b"<p:name .../>"
    name = empty[1 : empty.index(b" ") if b" " in empty else -2]
    return empty[:-2] + b">", b"</" + name + b">"


def _children(root: etree._Element, start: bytes, end: bytes) -> bytes:
    """The root's children as the pretty-printed root shows them: between its start tag's line and its end tag."""
    if len(root) == 0:
        return b""
    text = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    assert text.startswith(start + b"\n") and text.endswith(end + b"\n"), "parts share the head's root"
    return text[len(start) + 1 : -len(end) - 1]


def _piece(text: bytes, first: bool, last: bool) -> bytes:
    """A piece of one element, pretty-printed as its root's only child (its start tag's line, its children's lines,
    its end tag's line): without the start tag unless it is the first piece, without the end tag unless the last."""
    if not first:
        text = text[text.index(b"\n") + 1 :]
    if not last:
        text = text[: text.rindex(b"\n", 0, len(text) - 1) + 1]
    return text
