"""Where the tests' own fixture files live, and job page fixtures loaded as the snapshots the extension sends."""

from __future__ import annotations

import re
from pathlib import Path

from companion.domain.facts import Snapshot

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
INVITES = FIXTURES / "ics"
CALENDAR_PAGES = FIXTURES / "calendar_pages"


def page_html(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def snapshot_of(name: str, url: str, **fields) -> Snapshot:
    return Snapshot(url=url, html=page_html(name), **fields)


def linkedin_search_page_of_size(size_bytes: int) -> str:
    """The LinkedIn search pane fixture with its other-job card repeated up to that size."""
    html = page_html("linkedin_search_pane.html")
    card = re.search(r'<li class="jobs-search-results__list-item.*?</div>\s*</li>', html, re.S).group(0)
    copies, total = [], len(html)
    while total < size_bytes:
        copies.append(card.replace("3598811001", str(3700000000 + len(copies))))
        total += len(copies[-1])
    return html.replace(card, card + "".join(copies), 1)
