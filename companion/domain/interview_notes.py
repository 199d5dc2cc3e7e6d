"""The user's interview notes, read per person, and the point of them a draft quotes.

Notes are written in a hurry: "Dana: asked how I would test the migration", a line with only
"Sam Ruiz -" followed by bullets, or plain lines about the whole interview. A line headed with a
person's name (full, first or last, accents and case ignored) is that person's; headed with
someone else's, or with any name-like words ("Priya:", "Lee Chen -"), it is not theirs to
quote; anything else concerns everyone. A thank-you quotes the person's
own point, or a general one, and never what the user noted about somebody else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# "Name:", "Name -", "Name –" at the start of a line, the name in at most four words.
_HEADED = re.compile(r"^\s*(?P<name>[^\W\d_][\w.'’ -]{0,60}?)\s*(?::|\s[-–—])\s*(?P<rest>.*)$")
_BULLET = re.compile(r"^\s*([-*•·]|\d+[.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# Notes often start with what the other person did, without a subject ("Asked how I would …").
# Quoted in a message to that person, it reads as "you asked how I would …"; "talked about …"
# was done together.
_THEIR_VERBS = frozenset("""asked described explained mentioned shared showed walked told said suggested
outlined emphasised emphasized stressed noted pointed gave offered introduced covered presented raised
wanted shed""".split())
_OUR_VERBS = frozenset("talked discussed chatted spoke went dug dived".split())


def fold(text: str) -> str:
    """Lower case without accents, for comparing names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def name_keys(name: str) -> set[str]:
    """What a note may call a person: the full name, the first name, the last name."""
    words = fold(name).replace(",", " ").split()
    return {" ".join(words), words[0], words[-1]} if words else set()


def notes_for(person: str, notes: str, others: Sequence[str] = ()) -> tuple[str, str]:
    """(the lines about `person`, the lines about everyone) in `notes`; lines about `others` are left out."""
    mine, theirs = name_keys(person), set().union(*(name_keys(other) for other in others)) if others else set()
    theirs -= mine
    own, general = [], []
    owner = None  # whose block of lines we are in: "mine", "theirs" or None
    for raw in notes.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            owner = None
            continue
        match = _HEADED.match(line)
        key = fold(match["name"]) if match else ""
        if match and (key in mine or key in theirs or _looks_like_a_name(match["name"])):
            owner = "mine" if key in mine else "theirs"
            line = match["rest"].strip()
            if not line:
                continue
        elif not _BULLET.match(raw):
            owner = None  # a plain line ends a person's block of bullets
        if owner == "mine":
            own.append(line)
        elif owner is None:
            general.append(line)
    return "\n".join(own), "\n".join(general)


def _looks_like_a_name(words: str) -> bool:
    """One to three capitalised words ("Priya", "Lee Chen"): somebody the user took notes on."""
    parts = words.split()
    return 0 < len(parts) <= 3 and all(part[:1].isupper() and part[1:2].islower() for part in parts)


def point_to_quote(text: str, limit: int, *, addressed: bool = True) -> str:
    """The first sentence of the first point of `text`, at most `limit` characters, ending as a sentence.

    One sentence makes one specific point; a first sentence longer than `limit` is shortened at
    a word and marked "…". When `addressed`, a point that starts with what the other person did
    is turned to them ("you asked …").
    """
    first = next((" ".join(_BULLET.sub("", line).split()) for line in text.splitlines() if line.strip()), "")
    if not first:
        return ""
    sentence = _SENTENCE_END.split(first, maxsplit=1)[0]
    if len(sentence) > limit:
        sentence = shorten(sentence, limit)
    elif sentence[-1] not in ".!?":
        sentence = sentence.rstrip(" ,;:-") + "."
    return _addressed(sentence) if addressed else sentence


def _addressed(point: str) -> str:
    word = point.split(" ", 1)[0]
    if word.lower() in _THEIR_VERBS and word[:1].isupper():
        return "you " + word.lower() + point[len(word):]
    if word.lower() in _OUR_VERBS and word[:1].isupper():
        return "we " + word.lower() + point[len(word):]
    return point


def shorten(text: str, limit: int) -> str:
    """`text` cut at the last whole word that fits in `limit` characters, marked with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut and not text[len(cut)].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…" if limit > 0 else ""
