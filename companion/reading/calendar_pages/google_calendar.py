"""Google Calendar in the browser (calendar.google.com): the event details dialog over any
view, and the event edit page (/r/eventedit/<eid>).

Anchors, most stable first: the ``data-eventid`` / URL eid (base64 of "<event id> <calendar>",
whose event id is the invite's UID before "@google.com"), ARIA roles and labels (dialog,
heading, "Time zone", "Title", "Start date", "Guests"), ``data-email`` on guests; the date
and time are read from the text the dialog shows. Try it on:
https://calendar.google.com/calendar/u/0/r/week (click an event) and
https://calendar.google.com/calendar/u/0/r/eventedit/<eid>.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from companion.reading.markup import parse_html

from companion.reading.calendar_pages.common import (
    PageEvent,
    emails_in,
    exact_times,
    extraction_from,
    is_room,
    person,
    text_of,
    when_text,
)
from companion.domain.facts import Extraction, Snapshot

NAME = "google_calendar"
HOST = "calendar.google.com"
CONFIDENCE_DIALOG = 0.9
CONFIDENCE_EDIT_PAGE = 0.85

_VIEW_DATE = re.compile(r"/r/(?:day|week|month|customweek|customday|agenda|year)/(?P<year>\d{4})/")
_EDIT_PATH = re.compile(r"/r/eventedit/(?P<eid>[A-Za-z0-9_-]+)")
_GUTTER_ZONE = re.compile(r"^(?:GMT|UTC)[+−-]\d{1,2}(?::\d{2})?$")
_INSTANCE = re.compile(r"^(?P<id>.+)_(?P<when>\d{8}(?:T\d{6}Z)?)$")


def handles(url: str) -> bool:
    return urlsplit(url).hostname == HOST


def extract(snapshot: Snapshot) -> Extraction | None:
    page = parse_html(snapshot.html or "")
    dialog = page.css_first('[role="dialog"][data-eventid]')
    if dialog is not None:
        event, confidence = _from_dialog(page, dialog, snapshot.url), CONFIDENCE_DIALOG
    elif page.css_first('input[aria-label="Title"]') is not None:
        event, confidence = _from_edit_page(page, snapshot.url), CONFIDENCE_EDIT_PAGE
    else:
        return Extraction(
            extractor=NAME,
            reason="no event is open on this Google Calendar page: click the event (or open its edit page) and capture again",
        )
    return extraction_from(NAME, event, confidence)


def _from_dialog(page: LexborHTMLParser, dialog: LexborNode, url: str) -> PageEvent:
    eid = dialog.attributes.get("data-eventid") or ""
    event = _common(page, dialog, eid)
    event.title = text_of(dialog.css_first('[role="heading"]'))
    event.when_text = when_text(dialog)
    event.year_hint = _year_hint(page, dialog, eid, url)
    event.location = text_of(dialog.css_first('[aria-label="Location"]'))
    event.description = text_of(dialog.css_first('[aria-label="Description"]'))
    return event


def _from_edit_page(page: LexborHTMLParser, url: str) -> PageEvent:
    match = _EDIT_PATH.search(urlsplit(url).path)
    eid = match["eid"] if match else (parse_qs(urlsplit(url).query).get("eid") or [""])[0]
    body = page.body or page.root
    event = _common(page, body, eid)
    event.title = _value(page, "Title")
    event.when_text = " ".join(
        [_value(page, "Start date"), _value(page, "Start time"), "-", _value(page, "End date"), _value(page, "End time")]
    )
    event.location = _value(page, "Location")
    event.description = text_of(page.css_first('[aria-label="Description"]'))
    return event


def _common(page: LexborHTMLParser, root: LexborNode, eid: str) -> PageEvent:
    """What the dialog and the edit page read alike: ids, zone, links, guests, the user."""
    uid, recurrence_id, calendar_owner = decode_eid(eid)
    account = emails_in(page.css_first('[aria-label^="Google Account:"]'))
    event = PageEvent(uid=uid, recurrence_id=recurrence_id, user_emails=account | ({calendar_owner} if calendar_owner else set()))
    event.zone_label = _zone_label(page)
    event.exact = exact_times(root)
    event.links = [link.attributes.get("href") or "" for link in root.css("a[href]")]
    for guest in root.css("[data-email]"):
        email = (guest.attributes.get("data-email") or "").lower()
        if not email or is_room(email):
            continue
        label = guest.attributes.get("aria-label") or text_of(guest)
        organizer = "organizer" in label.lower()
        name = label.split(",")[0].strip() if "," in label else text_of(guest.css_first("span"))
        event.people.append(person("" if name.lower() == email else name, email, organizer=organizer))
        if organizer:
            event.organizer_email = email
    return event


def _value(page: LexborHTMLParser, label: str) -> str:
    node = page.css_first(f'input[aria-label="{label}"]')
    return (node.attributes.get("value") or "").strip() if node is not None else ""


def _zone_label(page: LexborHTMLParser) -> str:
    """How the page names its zone: a "Time zone" label (edit page) or the grid's "GMT-05"."""
    for node in page.css('[aria-label^="Time zone"]'):
        label = text_of(node) or (node.attributes.get("aria-label") or "")[len("Time zone"):].strip(" :")
        if label:
            return label
    for node in page.css("div, span"):
        if _GUTTER_ZONE.match(text_of(node)):
            return text_of(node)
    return ""


def _year_hint(page: LexborHTMLParser, dialog: LexborNode, eid: str, url: str) -> int | None:
    """The year, which the dialog leaves out in the current year: from the view's address, else
    from the event's chip in the grid, whose accessible text ends with the full date."""
    match = _VIEW_DATE.search(urlsplit(url).path)
    if match:
        return int(match["year"])
    for chip in page.css("[data-eventid]"):
        if chip is not dialog and chip.attributes.get("data-eventid") == eid:
            years = re.findall(r"\b(20\d\d)\b", text_of(chip))
            if years:
                return int(years[-1])
    return None


def decode_eid(eid: str) -> tuple[str, str, str]:
    """(UID, recurrence id, calendar email) from Google's eid; ("", "", "") when it is not one.

    The eid is base64url of "<event id> <calendar>"; one occurrence of a series has
    "<event id>_<UTC start>"; "@m" abbreviates "@gmail.com".
    """
    if not eid:
        return "", "", ""
    try:
        decoded = base64.urlsafe_b64decode(eid + "=" * (-len(eid) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return "", "", ""
    event_id, _, calendar = decoded.partition(" ")
    if not re.fullmatch(r"[A-Za-z0-9_]+", event_id):
        return "", "", ""
    calendar = re.sub(r"@m$", "@gmail.com", calendar.strip()).lower()
    recurrence_id = ""
    instance = _INSTANCE.match(event_id)
    if instance:
        event_id, recurrence_id = instance["id"], _recurrence_id(instance["when"])
    return f"{event_id}@google.com", recurrence_id, calendar


def _recurrence_id(stamp: str) -> str:
    """The invite reader's name for an occurrence: UTC start in ISO form, or the date."""
    if "T" not in stamp:
        return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"
    moment = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    return moment.isoformat()
