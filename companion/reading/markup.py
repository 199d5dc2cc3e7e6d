"""Parsing HTML safely: every reader parses pages through `parse_html`, which refuses markup
nested deeper than any real page before the parser sees it.

Lexbor, like every HTML5 parser, slows down with the square of the nesting depth (80,000
nested `<div>` take ~15 s) and mis-nested formatting tags (`<b><p>` repeated) multiply the
elements it builds. A cheap pass over the tags counts how deep the page nests; pages past
`MAX_NESTING` are refused with a reason instead of parsed.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Real pages nest a few dozen levels (34 at most among the corpus's 220 real and peer pages).
MAX_NESTING = 2_000

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


class TooDeeplyNested(ValueError):
    """The markup nests deeper than MAX_NESTING."""

    def __init__(self):
        super().__init__(f"its markup is nested more than {MAX_NESTING:,} levels deep (no real page is), "
                         "so it was not read")


def nesting_depth(html: str, stop_at: int = MAX_NESTING + 1) -> int:
    """How deep the tags nest, counted as written (at most `stop_at`)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(_OPAQUE.sub("", html)):
        name = name.lower()
        if self_closing or name in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest >= stop_at:
                break
    return deepest


def parse_html(html: str) -> LexborHTMLParser:
    """The parsed page; raises TooDeeplyNested for markup no real page has."""
    if nesting_depth(html) > MAX_NESTING:
        raise TooDeeplyNested()
    return LexborHTMLParser(html)
