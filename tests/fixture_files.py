"""Where the test files live: the tests' own fixtures (made by hand) and the shared corpus of
files written by others, which tests read in place; job pages are loaded as the snapshots the
extension sends.

The corpus is `../shared/corpus` beside the project's root, or the directory named by
`INTERVIEW_CORPUS`. Tests that read it carry the `corpus` marker and are skipped, with one line
saying what is missing, where it is absent (see conftest.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages.saved_pages import saved_page_text

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
INVITES = FIXTURES / "ics"
CALENDAR_PAGES = FIXTURES / "calendar_pages"

CORPUS = Path(os.environ.get("INTERVIEW_CORPUS") or REPO_ROOT.parent / "shared" / "corpus")
CORPUS_PAGES = CORPUS / "pages"
CORPUS_CALENDARS = CORPUS / "ics"
ICALENDAR_SUITE = CORPUS / "peer" / "ics" / "icalendar" / "src" / "icalendar"


def corpus_missing() -> str | None:
    """Why the corpus cannot be read here, in one line, or None when it can."""
    if (CORPUS / "README.md").is_file():
        return None
    return (f"the shared corpus is not at {CORPUS}: put it at ../shared/corpus beside the project, "
            "or point INTERVIEW_CORPUS at it")


def invite_file(name: str) -> Path:
    """An invite by name: our own fixture, a real calendar of the corpus, or a calendar of
    icalendar's own test suite (`icalendar/NAME` under its tests/calendars or fuzzing corpus)."""
    own = INVITES / name
    if own.exists():
        return own
    if name.startswith("icalendar/"):
        leaf = name.removeprefix("icalendar/")
        for folder in ("tests/calendars", "fuzzing/corpus"):
            if (ICALENDAR_SUITE / folder / leaf).exists():
                return ICALENDAR_SUITE / folder / leaf
        return ICALENDAR_SUITE / "tests" / "calendars" / leaf
    return CORPUS_CALENDARS / name


def page_file(name: str) -> Path:
    """A job page by name: our own fixture, else a real page of the corpus."""
    own = PAGES / name
    return own if own.exists() else CORPUS_PAGES / name


def marking_corpus_files(cases: list) -> list:
    """Parametrize cases whose first value names a file: those that are not our own fixtures
    (so are read from the corpus) carry the `corpus` marker."""
    marked = []
    for case in cases:
        values = case if isinstance(case, tuple) else (case,)
        own = (PAGES / values[0]).exists() or (INVITES / values[0]).exists()
        marked.append(case if own else pytest.param(*values, marks=pytest.mark.corpus))
    return marked


def page_html(name: str) -> str:
    return saved_page_text(page_file(name).read_bytes())


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
