"""A page saved to a file, read as the browser read it before the extension took its DOM."""

from __future__ import annotations

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode


def saved_page_text(data: bytes) -> str:
    """A saved page's text, decoded by its byte-order mark, else by the charset its head declares
    (with a browser's aliases: Shift_JIS read as Windows-31J, GB2312 as GB18030), else as UTF-8
    where its bytes are, else by the charset they read best in (a page its server said was
    Windows-1251, saved without saying so); bytes that charset cannot read become U+FFFD."""
    return html_to_unicode(None, data, auto_detect_fun=_guessed_charset)[1]


def _guessed_charset(data: bytes) -> str | None:
    """UTF-8 where the bytes are, else the charset they read best in (None where none reads them)."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return best.encoding if best else None
