"""Finds the join link of a video call (Zoom, Google Meet, Microsoft Teams, Webex) in free text.

Invites hide the link in different places (LOCATION, DESCRIPTION, an HTML body, a conference
property) next to links that are not the call: dial-in pages, help pages, meeting options.
Only join links are matched.
"""

from __future__ import annotations

import html
import re

_TAIL = r"[^\s<>\"'\\]*"
_JOIN_LINKS = re.compile(
    "|".join(
        [
            rf"https://(?:[\w-]+\.)*zoom(?:gov)?\.(?:us|com)/(?:j|my|w|s)/{_TAIL}",
            rf"https://meet\.google\.com/(?:[a-z]{{3}}-[a-z]{{4}}-[a-z]{{3}}|lookup/[\w-]+){_TAIL}",
            rf"https://teams\.microsoft\.com/(?:l/meetup-join|meet)/{_TAIL}",
            rf"https://teams\.live\.com/meet/{_TAIL}",
            rf"https://[\w-]+\.webex\.com/(?:meet/|join/|[\w-]+/j\.php|wbxmjs/joinservice/|[\w-]+/e\.php){_TAIL}",
        ]
    ),
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:)]}>"


def find_video_link(*texts: str) -> str:
    """The first join link in the texts, searched in the order given ("" when none).

    HTML entities are decoded first, so a link copied from an HTML body keeps its ``&``.
    """
    for text in texts:
        if not text:
            continue
        match = _JOIN_LINKS.search(html.unescape(str(text)))
        if match:
            return match.group(0).rstrip(_TRAILING_PUNCTUATION)
    return ""

