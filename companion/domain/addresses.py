"""Addresses that become links or headers: e-mail addresses and web addresses, checked in one place.

Captured text is written by others. An "address" such as `hank@evil.example?bcc=spy%40x` turns
into a mailto: link with a hidden Bcc, and `javascript:…` into a script, wherever it is used as
a link. So an e-mail address here is a plain mailbox (no `?`, `&`, `%`, spaces or brackets) and
a web address is http(s) with a host; anything else is kept out of links, feeds and headers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

# The mailboxes people have: letters, digits and . _ + - ' in the local part; a domain of
# letter-digit-hyphen labels with a top-level name. Stricter than RFC 5322 on purpose.
_EMAIL_ADDRESS = re.compile(
    r"[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
MAX_EMAIL_LENGTH = 254  # RFC 5321's limit on a forward path


def is_email_address(value: str) -> bool:
    return len(value) <= MAX_EMAIL_LENGTH and _EMAIL_ADDRESS.fullmatch(value) is not None


def email_addresses_in(text: str) -> list[str]:
    """The plain mailboxes a text writes, in order ("jobs@initech.example" of "Send your CV to jobs@initech.example.")."""
    return [found[0] for found in _EMAIL_ADDRESS.finditer(text or "") if len(found[0]) <= MAX_EMAIL_LENGTH]


def email_address(value: str) -> str:
    """The address, trimmed, or "" when `value` is not a plain mailbox."""
    address = (value or "").strip()
    return address if is_email_address(address) else ""


def is_web_url(url: str) -> bool:
    """An http(s) address with a host: the only kind the product turns into a link."""
    if not url or any(ord(character) < 0x21 for character in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def web_url(url: str) -> str:
    """`url` when it is an http(s) address, else ""."""
    url = (url or "").strip()
    return url if is_web_url(url) else ""


@lru_cache(maxsize=1)
def _public_suffixes():
    # The Public Suffix List as the package ships it, never fetched: reading works offline. Its
    # private part counts too: civilservicejobs.service.gov.uk is owned under service.gov.uk.
    # Imported here, on the first page or invite read, so that starting the companion stays quick.
    from tldextract import TLDExtract
    return TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=4096)  # asked of every address of every event and page: a calendar asks thousands of times
def site_label(host: str) -> str:
    """The label a host's owner is named by: "infojobs" for www.infojobs.com.br, "acme-robotics"
    for careers.acme-robotics.co.uk, "civilservicejobs" for www.civilservicejobs.service.gov.uk."""
    found = _public_suffixes()(host.lower())
    if found.suffix:
        return found.domain
    labels = host.lower().split(".")  # a name no list knows (initech.example): its last label is the suffix
    return labels[-2] if len(labels) >= 2 else labels[0]


def domain_of(email: str) -> str:
    """The lower-case domain of an email address ("" when it has none)."""
    return email.rsplit("@", 1)[1].strip().lower() if "@" in email else ""
