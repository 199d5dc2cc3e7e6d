"""Ashby jobs on jobs.ashbyhq.com/<company>/<posting id>: the generic reader gets the fields
from Ashby's JSON-LD; this module adds the board's id, so the posting and its
`/application` page are one job, and the places as Ashby shows them.
"""

from __future__ import annotations

import re

from companion.domain.facts import Snapshot
from companion.reading.pages import fallback, schema_org
from companion.reading.pages.html import Page
from companion.reading.pages.results import OPEN_ONE, no_job
from companion.reading.pages.urls import host_is, path_parts

NAME = "ashby"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_META = 0.5  # only the og: tags: the page had not rendered its posting

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def handles(url: str) -> bool:
    return host_is(url, "jobs.ashbyhq.com")


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    parts = path_parts(page.url)
    if len(parts) < 2 or not _UUID.match(parts[1]):
        return no_job(NAME, f"this Ashby page lists a company's openings; {OPEN_ONE}")
    job, confidence, posting = schema_org.read_job(
        page, fallback.job_from_meta, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_META)
    app_data = page.object_after("window.__appData")
    if place := _places_shown(app_data):
        job.location = place  # its data's address may be the office's ("San Francisco") for a remote job
    if not job.company and isinstance(organisation := app_data.get("organization"), dict) \
            and isinstance(name := organisation.get("name"), str):
        job.company = name.strip()  # a page copied without its head (no JSON-LD, the title only "Ashby")
    posting_id = parts[1].lower()
    job.board, job.board_job_id = NAME, posting_id
    job.job_url = f"https://jobs.ashbyhq.com/{parts[0]}/{posting_id}"
    return schema_org.site_result(NAME, job, confidence, posting)


def _places_shown(app_data: dict) -> str:
    """The posting's places as Ashby shows them beside it ("NZ: Marlborough Remote; NZ: Wellington
    Remote", "Remote"), from the data it draws the page from; "" where the page has none."""
    posting = app_data.get("posting")
    if not isinstance(posting, dict):
        return ""
    names = [posting.get("locationName"), *(posting.get("secondaryLocationNames") or [])]
    return "; ".join(name.strip() for name in names if isinstance(name, str) and name.strip())
