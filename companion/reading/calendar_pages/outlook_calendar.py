"""Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): an event
opened from the calendar, in its quick-view dialog or full reading pane.

Anchors, most stable first: the item id in the address (/calendar/item/<id>,
/calendar/deeplink/read/<id>), ARIA roles and labels (dialog or main, heading, "Organizer",
"Attendees", "Location", "Message body", a "time zone" label), people's addresses in
``title`` attributes; the date and time are read from the text shown, day first when the
page's language is not US English. Try it on: https://outlook.office.com/calendar/view/week
(click an event) and https://outlook.live.com/calendar/0/item/<id>.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from companion.reading.markup import parse_html

from companion.reading.calendar_pages.common import (
    PageEvent,
    emails_in,
    exact_times,
    extraction_from,
    person,
    text_of,
    when_text,
)
from companion.domain.facts import Extraction, Snapshot

NAME = "outlook_calendar"
HOSTS = ("outlook.office.com", "outlook.office365.com", "outlook.live.com")
CONFIDENCE = 0.85

_ITEM_PATH = re.compile(r"/calendar/(?:\d+/)?(?:item|deeplink/read|deeplink/compose)/(?P<id>[^/?#]+)")
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")
_NOT_PEOPLE = re.compile(r"\b(?:room|resource|equipment)\b", re.IGNORECASE)
_MONTH_FIRST_LANGUAGES = ("en-us", "en")


def handles(url: str) -> bool:
    parts = urlsplit(url)
    # The classic Outlook address keeps the view in the query: /owa/?path=/calendar/item
    return parts.hostname in HOSTS and ("/calendar" in parts.path or "/calendar" in unquote(parts.query))


def extract(snapshot: Snapshot) -> Extraction | None:
    page = parse_html(snapshot.html or "")
    root = next(
        (node for node in [*page.css('[role="dialog"]'), *page.css('[role="main"]')] if exact_times(node) or when_text(node)),
        None,
    )
    if root is None:
        return Extraction(
            extractor=NAME,
            reason="no event is open on this Outlook page: open the event from the calendar and capture again",
        )
    html = page.css_first("html")
    language = (html.attributes.get("lang") or "").lower() if html is not None else ""
    event = PageEvent(
        title=text_of(root.css_first('[role="heading"]')),
        when_text=when_text(root),
        exact=exact_times(root),
        day_first=bool(language) and language not in _MONTH_FIRST_LANGUAGES,
        zone_label=_zone_label(page),
        location=text_of(root.css_first('[aria-label^="Location"]')),
        description=text_of(root.css_first('[aria-label="Message body"]')),
        links=[link.attributes.get("href") or "" for link in root.css("a[href]")],
        uid=_item_uid(snapshot.url),
        user_emails=emails_in(page.css_first('[aria-label^="Account manager"]')),
    )
    _read_people(root, event)
    return extraction_from(NAME, event, CONFIDENCE)


def _item_uid(url: str) -> str:
    """A stable id for the event from its address ("" when the address names none)."""
    match = _ITEM_PATH.search(urlsplit(url).path)
    return f"outlook:{unquote(match['id'])}" if match else ""


def _zone_label(page: LexborHTMLParser) -> str:
    for node in page.css("[aria-label]"):
        if "time zone" in (node.attributes.get("aria-label") or "").lower() and text_of(node):
            return text_of(node)
    return ""


def _read_people(root: LexborNode, event: PageEvent) -> None:
    """The organiser and attendees: each person's address sits in a ``title`` attribute."""
    organizer_box = root.css_first('[aria-label^="Organizer"]')
    organizer_emails = {_address(node) for node in organizer_box.css("[title]")} if organizer_box is not None else set()
    seen = set()
    for node in root.css("[title]"):
        email = _address(node)
        if not email or email in seen or _NOT_PEOPLE.search(_label_around(node)):
            continue
        seen.add(email)
        organizer = email in organizer_emails
        name = text_of(node)
        event.people.append(person("" if name.lower() == email else name, email, organizer=organizer))
        if organizer:
            event.organizer_email = email


def _address(node: LexborNode) -> str:
    value = (node.attributes.get("title") or "").strip().lower()
    return value if _EMAIL.match(value) else ""


def _label_around(node: LexborNode) -> str:
    """The aria-label of the nearest list item or labelled box around a person."""
    current = node
    while current is not None:
        label = current.attributes.get("aria-label")
        if label:
            return label
        current = current.parent
    return ""
