"""A page saved to a file, read as the browser read it before the extension took its DOM."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode


def saved_page_text(data: bytes) -> str:
    """A saved page's text, decoded by its byte-order mark, else by the charset its head declares
    (with a browser's aliases: Shift_JIS read as Windows-31J, GB2312 as GB18030), else as UTF-8;
    bytes that charset cannot read become U+FFFD."""
    return html_to_unicode(None, data)[1]
