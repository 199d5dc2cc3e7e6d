"""Whether a name written by people is the one an address spells: "Bluefin Health" and
bluefinhealth.org, "Digital Wave Finance AG" and apply.workable.com/dwf/, "Mercy Health Partners
Inc." and mercyhp.org. Invites (the organiser's domain) and pages (the site's address, an
applicant-tracking account) both ask it.
"""

from __future__ import annotations

import re
import unicodedata


def squeezed(text: str) -> str:
    """Letters and digits only, lower case and without accents: "Lumière-Conseil" -> "lumiereconseil"."""
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", (text or "").lower()))


def spells(spelled: str, written: str) -> bool:
    """Whether the name an address spells is the name as written: the same letters, one the
    start of the other ("bsteam" for "BS-Team SA"), or its letters in order from the first
    ("mercyhp" for "Mercy Health Partners", "dwf" for "Digital Wave Finance AG")."""
    short, name = squeezed(spelled), squeezed(written)
    if not short or not name:
        return False
    if short == name or (min(len(short), len(name)) >= 4 and (short.startswith(name) or name.startswith(short))):
        return True
    if min(len(short), len(name)) >= 6 and (short.endswith(name) or name.endswith(short)):
        return True  # "Y Combinator's Work at a Startup" at workatastartup.com
    rest = iter(name)
    return len(short) >= 3 and short[0] == name[0] and all(letter in rest for letter in short)
