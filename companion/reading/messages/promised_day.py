"""The day a recruiter's reply promises news ("we will get back to you by Friday 23 March", "we
expect to decide in early April", "wir melden uns bis Freitag", "nous reviendrons vers vous d'ici
le 23 mars"): the words after the promise, read as a day by domain/heard_by.py in the
message's language."""

from __future__ import annotations

import re
from datetime import date, datetime

from companion.domain.heard_by import HeardByError, read_heard_by

# "… by Friday 11 December", "… before the end of next week", "… in early January": the words
# after a promise of news, per language (a preposition, or a time phrase standing alone).
_TIME_PHRASES = {
    "en": r"(?:by|before|on|within|in|during|until)\s+([^.,;!?\n]{3,40})|\b((?:next|this)\s+week|(?:early|mid|late)[\s-]+[a-z]+)",
    "de": r"\b(?:bis(?:\s+spätestens)?(?:\s+zum)?|am|innerhalb|spätestens)\s+([^.;!?\n]{3,40})"
          r"|\b(nächste[nr]?\s+woche|(?:anfang|mitte|ende)\s+\w+(?:\s+woche)?)",
    "fr": r"(?:\bd['’]ici(?:\s+(?:le|à))?|\bavant(?:\s+le)?|\bsous)\s+([^.,;!?\n]{3,40})"
          r"|\b(la\s+semaine\s+prochaine|(?:début|fin)\s+\w+|mi-\w+)",
}
_PROMISES = {
    "en": r"\b(?:decision|decide|get\s+back\s+to\s+you|hear\s+(?:back\s+)?from\s+(?:us|me)|let\s+you\s+know|update\s+you|"
          r"be\s+in\s+touch)\b",
    "de": r"\b(?:melden\s+(?:uns|wir\s+uns)|rückmeldung|entscheidung|entscheiden|informieren\s+(?:wir\s+)?sie)\b",
    "fr": r"(?:\breviendrons\s+vers\s+vous|\brevenir\s+vers\s+vous|\bdécision|\bréponse|\btiendrons\s+informé|\binformerons)",
}
_WHEN = {language: re.compile(rf"{_PROMISES[language]}[^.!?\n]{{0,40}}?(?:{_TIME_PHRASES[language]})", re.IGNORECASE)
         for language in _PROMISES}


def promised_day(text: str, sent_at: datetime, locale: str) -> date | None:
    """The day the message says a decision or news will come, read from when it was sent."""
    for language, when in _WHEN.items():
        for match in when.finditer(text):
            # "Friday 23 March and I will let you know": the longest start of the words that is a day.
            words = (match[1] or match[2]).split()
            for count in range(min(len(words), 5), 0, -1):
                try:
                    return read_heard_by(" ".join(words[:count]), sent_at, locale, (language,))
                except HeardByError:
                    continue
    return None
