"""schema.org items marked up in the page itself, microdata (itemscope / itemtype / itemprop) and
RDFa Lite (vocab / typeof / property), read into JSON-LD-like dicts.

The result has the shape a JSON-LD node would have, so one reader serves all three. Property
names are matched without case: real pages write `joblocation` for `jobLocation`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from companion.reading.pages.html import Page, node_text
from companion.reading.pages.labelled import a_label

_MAX_NESTING = 8  # items inside items; real pages use two or three levels

_URL_ATTRIBUTE = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
                  "video": "src", "source": "src", "iframe": "src", "embed": "src", "object": "data"}

# schema.org's own spelling of the properties the readers look up, by their lower-case form.
_CANONICAL = {name.lower(): name for name in (
    "jobLocation", "hiringOrganization", "datePosted", "validThrough", "employmentType", "baseSalary",
    "addressLocality", "addressRegion", "addressCountry", "postalCode", "streetAddress",
    "jobLocationType", "applicantLocationRequirements", "applicationContact", "identifier", "legalName",
    "sameAs", "title", "name", "url", "description", "address", "email", "telephone",
)}


@dataclass(frozen=True)
class _Syntax:
    scope: str  # the attribute that starts an item
    type: str  # the attribute naming its type
    property: str  # the attribute naming a property


MICRODATA = _Syntax(scope="itemscope", type="itemtype", property="itemprop")
RDFA = _Syntax(scope="typeof", type="typeof", property="property")


def _last_part(name: str) -> str:
    """"schema:jobLocation" or "http://schema.org/jobLocation" -> "jobLocation"."""
    return name.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def _value(node: LexborNode) -> str:
    """A property's value by the microdata and RDFa rules: content, address or text by element."""
    attributes = node.attributes
    if "content" in attributes:
        return attributes.get("content") or ""
    if node.tag in _URL_ATTRIBUTE:
        return attributes.get(_URL_ATTRIBUTE[node.tag]) or ""
    if node.tag == "time" and attributes.get("datetime"):
        return attributes["datetime"]
    if node.tag in ("data", "meter"):
        return attributes.get("value") or ""
    text = node_text(node)
    # a value written after its label: "<p itemprop='title'><strong>Job Title</strong>: Campaign Manager</p>" (not a value
    # of its own emphasised: "<b>Berlin</b>: Prenzlauer Berg")
    label = node_text(first) if (first := next(node.iter(), None)) is not None else ""
    after = text[len(label):].lstrip() if label and (a_label(label) or _FOR_WHOM.match(label)) and text.startswith(label) else ""
    return after[1:].strip() if after.startswith((":", "：")) else text


# An employer's label a board's marked-up line may open with: "<strong>Working For</strong>: Jane Doe MP" (not a label in
# running text, where it leads anything: "Working for: yourself").
_FOR_WHOM = re.compile(r"^working\s+for$", re.IGNORECASE)


def _item(node: LexborNode, syntax: _Syntax, depth: int) -> dict:
    item = {"@type": [_last_part(name) for name in (node.attributes.get(syntax.type) or "").split()]}
    properties: dict[str, list] = {}
    stack = list(reversed(list(node.iter())))
    while stack:
        child = stack.pop()
        names = (child.attributes.get(syntax.property) or "").split()
        nested = syntax.scope in child.attributes
        if names:
            value = _item(child, syntax, depth + 1) if nested and depth < _MAX_NESTING else _value(child)
            for name in names:
                name = _last_part(name)
                properties.setdefault(_CANONICAL.get(name.lower(), name), []).append(value)
        if not nested:  # a nested item's properties are its own, not ours
            stack.extend(reversed(list(child.iter())))
    for name, values in properties.items():
        item[name] = values[0] if len(values) == 1 else values
    return item


def items_of_type(page: Page, type_name: str, syntax: _Syntax = MICRODATA,
                  untyped_with: frozenset[str] = frozenset()) -> list[dict]:
    """Every item of that schema.org type marked up in the page, in the given syntax; with
    `untyped_with`, also items whose type was left empty (`typeof=""`) that carry all those properties."""
    found = []
    for node in page.css(f"[{syntax.scope}]"):
        types = (node.attributes.get(syntax.type) or "").split()
        if any(_last_part(name) == type_name for name in types):
            found.append(_item(node, syntax, 0))
        elif not types and untyped_with:
            item = _item(node, syntax, 0)
            if untyped_with <= item.keys():
                found.append(item)
    return found
