"""JSON-LD on a page: the blocks the extension already parsed plus the scripts in the HTML.

Sites publish odd shapes: one object, an array, a `@graph`, nodes that point at each other
by `@id`, comments or trailing commas around the JSON. This module reads them all into
plain values and finds the nodes of one schema.org type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from companion.reading.pages.html import Page

_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass
class JsonLd:
    """Every JSON-LD value found, an index of the nodes that carry an `@id`, and read errors."""

    values: list = field(default_factory=list)
    by_id: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def resolve(self, value):
        """A node given only as `{"@id": ...}` replaced by the full node of that id, if known."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in self.by_id:
            return self.by_id[value["@id"]]
        return value


def _parse_block(source: str):
    text = _WRAPPERS.sub("", source.strip())
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        # Hand-written blocks often end lists with a comma; retry once without them.
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)


def _walk(value):
    """Every dict inside a JSON value, depth first, without recursion (pages can nest deep)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def read_json_ld(page: Page) -> JsonLd:
    """All JSON-LD of a snapshot, each distinct block once (the extension's copy and the HTML's)."""
    found = JsonLd()
    seen = set()
    raw_blocks = list(page.snapshot.json_ld or [])
    raw_blocks += [node.text(deep=True) for node in page.css('script[type="application/ld+json"]')]
    for number, block in enumerate(raw_blocks, start=1):
        if isinstance(block, str):
            if not block.strip():
                continue
            try:
                block = _parse_block(block)
            except json.JSONDecodeError as exc:
                found.errors.append(f"JSON-LD block {number} could not be read: {exc.msg} (line {exc.lineno})")
                continue
        key = json.dumps(block, sort_keys=True, default=str)
        if key in seen:
            continue
        seen.add(key)
        found.values.append(block)
    for node in _walk(found.values):
        _property_names_as_schema_writes_them(node)
        if isinstance(node.get("@id"), str) and set(node) - {"@id", "@type"}:
            found.by_id.setdefault(node["@id"], node)
    return found


def _property_names_as_schema_writes_them(node: dict) -> None:
    """schema.org properties start with a small letter; some generators capitalise them ("Title",
    "HiringOrganization", "Address"), so those are read under their proper names too."""
    for name in [name for name in node if name[:1].isupper()]:
        node.setdefault(name[0].lower() + name[1:], node[name])


def type_names(node: dict) -> set[str]:
    """The node's types without vocabulary prefix: "http://schema.org/JobPosting" -> "JobPosting"."""
    types = node.get("@type") or []
    if isinstance(types, str):
        types = [types]
    return {re.split(r"[/:#]", str(name))[-1] for name in types}


def nodes_of_type(json_ld: JsonLd, type_name: str) -> list[dict]:
    """Every node of that type, wherever it sits (top level, array, `@graph`, nested)."""
    return [node for node in _walk(json_ld.values) if type_name in type_names(node)]
