"""Parsing HTML safely: every reader parses pages through `parse_html`, which refuses markup
no real page has before the parser sees it.

Lexbor, like every HTML5 parser, slows down with the square of the nesting depth (80,000
nested `<div>` take ~15 s) and mis-nested formatting tags (`<b><p>` repeated) multiply the
elements it builds. A cheap pass over the tags, one at a time, counts how deep the page nests
and how many elements it opens; pages past `MAX_NESTING` or `MAX_ELEMENTS` are refused with a
reason instead of parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

# Real pages nest a few dozen levels (34 at most among the corpus's 220 real and peer pages)
# and open a few thousand elements (4,572 at most there).
MAX_NESTING = 2_000
MAX_ELEMENTS = 200_000

# Elements whose content is not markup, and comments: skipped before counting.
_OPAQUE = re.compile(r"<!--.*?(?:-->|$)|<(script|style|textarea|template|title|xmp)\b[^>]*>.*?(?:</\1\s*>|$)",
                     re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
# Elements that never hold others, and those whose end tag browsers imply: neither deepens a page.
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
})


class MarkupRefused(ValueError):
    """Markup no real page has, refused before it is parsed; the message says why."""


@dataclass
class MarkupShape:
    depth: int  # how deep the tags nest, as written
    elements: int  # how many elements the tags open


def markup_shape(html: str) -> MarkupShape:
    """The page's nesting and element count, read tag by tag (stops once past a bound)."""
    shape = MarkupShape(0, 0)
    depth = 0
    for tag in _TAG.finditer(_OPAQUE.sub("", html)):
        closing, name, self_closing = tag.groups()
        if not closing:
            shape.elements += 1
            if shape.elements > MAX_ELEMENTS:
                break
        name = name.lower()
        if self_closing or name in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > shape.depth:
            shape.depth = depth
            if depth > MAX_NESTING:
                break
    return shape


def parse_html(html: str) -> LexborHTMLParser:
    """The parsed page; raises MarkupRefused for markup no real page has."""
    shape = markup_shape(html)
    if shape.depth > MAX_NESTING:
        raise MarkupRefused(f"its markup is nested more than {MAX_NESTING:,} levels deep (no real page is), "
                            "so it was not read")
    if shape.elements > MAX_ELEMENTS:
        raise MarkupRefused(f"it holds more than {MAX_ELEMENTS:,} elements (no real page does), so it was not read")
    return LexborHTMLParser(html)
