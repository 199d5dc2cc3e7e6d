"""The message open in Gmail or Outlook on the web, read from the page the extension captured,
as the same facts an .eml gives (message.py), so one judge and one import serve both.

Anchors, most stable first. Gmail (mail.google.com): the open message's `data-message-id` and
`data-legacy-message-id`, the thread's `data-legacy-thread-id`, the sender's and recipients'
`email` / `name` attributes, the date's `title` and the body in `.a3s`. Outlook
(outlook.live.com, outlook.office.com, outlook.office365.com): accessible names (the reading
pane's "Message body", "From: …" / "To: …" labels) and the item id in the address. Neither shows
the RFC Message-ID, so a message read here cannot be replied to in its thread; its web id
makes a second capture of it a no-op. The date is shown without a zone: it is the browser's.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import dateparser
from selectolax.lexbor import LexborHTMLParser, LexborNode

from companion.domain.facts import visible
from companion.reading.markup import MarkupRefused, parse_html
from companion.reading.messages.message import MAX_TEXT, MessageFacts

GMAIL, OUTLOOK = "gmail", "outlook_mail"
OUTLOOK_HOSTS = {"outlook.live.com", "outlook.office.com", "outlook.office365.com"}
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_OUTLOOK_ITEM = re.compile(r"/mail/(?:[^/]+/)*id/([^/?#]+)")


class NoOpenMessage(ValueError):
    """The page shows no single open message (an inbox list, a search, a draft)."""


def reader_for(url: str) -> str | None:
    """GMAIL or OUTLOOK for a webmail address that can show a message, else None."""
    parts = urlsplit(url)
    if parts.scheme != "https":
        return None
    if parts.hostname == "mail.google.com" and parts.path.startswith("/mail/"):
        return GMAIL
    if parts.hostname in OUTLOOK_HOSTS and parts.path.startswith("/mail/"):
        return OUTLOOK
    return None


def read_webmail(html: str, url: str, zone: ZoneInfo) -> MessageFacts:
    """The facts of the message open on the page; raises NoOpenMessage when there is none."""
    reader = reader_for(url)
    if reader is None:
        raise NoOpenMessage("this is not a Gmail or Outlook message page")
    try:
        tree = parse_html(html)
    except MarkupRefused as refused:
        raise NoOpenMessage(str(refused)) from None
    html_node = tree.css_first("html")
    language = (html_node.attributes.get("lang") or "") if html_node is not None else ""
    facts = _gmail(tree) if reader == GMAIL else _outlook(tree, url)
    facts.date = _date(facts.date_shown, zone, language)
    return facts


def _gmail(tree: LexborHTMLParser) -> MessageFacts:
    # The thread's messages in order; the open one is the last expanded (its body is shown).
    opened = [node for node in tree.css("[data-message-id]") if node.css_first(".a3s")]
    if not opened:
        raise NoOpenMessage("no message is open: open the recruiter's message, then capture it")
    message = opened[-1]
    sender = message.css_first(".gD[email]") or message.css_first("[email]")
    subject = tree.css_first("h2.hP") or tree.css_first("[data-thread-perm-id]")
    thread = tree.css_first("[data-legacy-thread-id]")
    when = message.css_first(".g3[title]") or message.css_first("[title][alt]")
    web_id = message.attributes.get("data-legacy-message-id") or (message.attributes.get("data-message-id") or "").lstrip("#")
    return MessageFacts(
        sender_name=visible((sender.attributes.get("name") or sender.text()) if sender else ""),
        sender_email=((sender.attributes.get("email") or "") if sender else "").lower(),
        recipients=[(node.attributes.get("email") or "").lower() for node in message.css(".g2[email]")],
        subject=_text(subject),
        date_shown=(when.attributes.get("title") or "") if when else "",
        text=_body(message.css_first(".a3s")),
        web_id=f"gmail:{web_id}" if web_id else "",
        thread_id=(thread.attributes.get("data-legacy-thread-id") or "") if thread else "",
    )


def _outlook(tree: LexborHTMLParser, url: str) -> MessageFacts:
    body = tree.css_first('[aria-label="Message body"]')
    if body is None:
        raise NoOpenMessage("no message is open: open the recruiter's message, then capture it")
    pane = tree.css_first('[aria-label="Reading Pane"]') or tree.css_first('[role="main"]') or tree.root
    sender_label = _labelled(pane, "From:")
    name, email = _person(sender_label)
    heading = pane.css_first('[role="heading"][aria-level="2"]') or pane.css_first("h2")
    item = _OUTLOOK_ITEM.search(urlsplit(url).path)
    return MessageFacts(
        sender_name=name, sender_email=email,
        recipients=[address.lower() for address in _EMAIL.findall(_labelled(pane, "To:"))],
        subject=_text(heading),
        date_shown=_labelled_title(pane, "Date") or _labelled(pane, "Sent:"),
        text=_body(body),
        web_id=f"outlook:{unquote(item[1])}" if item else "",
    )


def _labelled(pane: LexborHTMLParser | LexborNode, prefix: str) -> str:
    """The words after `prefix` in the first accessible name starting with it ("From: Dana Lee <dana@…>")."""
    for node in pane.css(f'[aria-label^="{prefix}"]'):
        return visible(node.attributes.get("aria-label", "")[len(prefix):]).strip()
    return ""


def _labelled_title(pane: LexborHTMLParser | LexborNode, label: str) -> str:
    node = pane.css_first(f'[aria-label="{label}"][title]')
    return node.attributes.get("title", "") if node else ""


def _person(label: str) -> tuple[str, str]:
    found = _EMAIL.search(label)
    email = found[0].lower() if found else ""
    name = visible(_EMAIL.sub("", label).replace("<>", "").strip(" <>;,"))
    return name, email


def _text(node: LexborNode | None) -> str:
    return visible(" ".join(node.text().split())) if node is not None else ""


def _body(node: LexborNode | None) -> str:
    """The message's own words: without scripts, styles and the earlier messages it quotes."""
    if node is None:
        return ""
    for hidden in node.css("script, style, .gmail_quote, blockquote"):
        hidden.decompose()
    lines = (line.strip() for line in visible(node.text(separator="\n")).splitlines())
    return "\n".join(line for line in lines if line)[:MAX_TEXT]


def _date(shown: str, zone: ZoneInfo, language: str):
    """The date as the page shows it ("Thu, Mar 15, 2040, 10:00 AM"; "Mon 19/03/2040 09:15" on a
    page in British English), in the browser's zone, the day and month in the page's language's order."""
    shown = " ".join((shown or "").replace("\u202f", " ").split())
    if not shown:
        return None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        moment = dateparser.parse(shown, locales=[language] if language else None, settings=settings)
    except ValueError:  # a language dateparser does not know
        moment = dateparser.parse(shown, settings=settings)
    # The zone is attached here, not by dateparser, so the offset is the one of that date (summer or winter).
    return moment.replace(tzinfo=zone) if moment is not None else None
