"""schema.org microdata (itemscope / itemtype / itemprop) read into JSON-LD-like dicts.

The result has the shape a JSON-LD node would have, so one reader serves both.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from companion.reading.pages.html import Page, node_text

_MAX_NESTING = 8  # items inside items; real pages use two or three levels

_URL_ATTRIBUTE = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
                  "video": "src", "source": "src", "iframe": "src", "embed": "src", "object": "data"}


def _value(node: LexborNode) -> str:
    """A property's value by the microdata rules: content, address or text by element."""
    attributes = node.attributes
    if "content" in attributes:
        return attributes.get("content") or ""
    if node.tag in _URL_ATTRIBUTE:
        return attributes.get(_URL_ATTRIBUTE[node.tag]) or ""
    if node.tag == "time" and attributes.get("datetime"):
        return attributes["datetime"]
    if node.tag in ("data", "meter"):
        return attributes.get("value") or ""
    return node_text(node)


def _item(node: LexborNode, depth: int) -> dict:
    item = {"@type": (node.attributes.get("itemtype") or "").split()}
    properties: dict[str, list] = {}
    stack = list(reversed(list(node.iter())))
    while stack:
        child = stack.pop()
        names = (child.attributes.get("itemprop") or "").split()
        nested = "itemscope" in child.attributes
        if names:
            value = _item(child, depth + 1) if nested and depth < _MAX_NESTING else _value(child)
            for name in names:
                properties.setdefault(name, []).append(value)
        if not nested:  # a nested item's properties are its own, not ours
            stack.extend(reversed(list(child.iter())))
    for name, values in properties.items():
        item[name] = values[0] if len(values) == 1 else values
    return item


def items_of_type(page: Page, type_name: str) -> list[dict]:
    """Every microdata item of that schema.org type on the page."""
    found = []
    for node in page.css("[itemscope][itemtype]"):
        types = (node.attributes.get("itemtype") or "").split()
        if any(t.rstrip("/").rsplit("/", 1)[-1] == type_name for t in types):
            found.append(_item(node, 0))
    return found
