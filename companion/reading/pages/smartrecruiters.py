"""SmartRecruiters jobs on jobs.smartrecruiters.com/<Company>/<posting id>-<slug>: the generic
reader gets the fields from the page's schema.org microdata or JSON-LD; this module adds the
board's id, so links with another slug or tracking parameters are the same job.
"""

from __future__ import annotations

import re

from companion.domain.facts import Snapshot
from companion.reading.pages import fallback, schema_org
from companion.reading.pages.html import Page
from companion.reading.pages.results import OPEN_ONE, no_job
from companion.reading.pages.urls import host_is, path_parts

NAME = "smartrecruiters"
CONFIDENCE_SCHEMA = 0.95
CONFIDENCE_META = 0.5

_POSTING = re.compile(r"^(\d{6,})(?:-|$)")


def handles(url: str) -> bool:
    return host_is(url, "jobs.smartrecruiters.com")


def _posting(parts: list[str]) -> tuple[str, str]:
    """The posting's id and its job page's path: "/Wise/744000012345678-backend-engineer", or the
    one-click application's "/oneclick-ui/company/Wise/publication/<its uuid>" (("", "") for a list)."""
    if len(parts) == 5 and parts[:2] == ["oneclick-ui", "company"] and parts[3] == "publication":
        return parts[4], "/".join(parts)
    match = _POSTING.match(parts[1]) if len(parts) >= 2 else None
    return (match.group(1), f"{parts[0]}/{match.group(1)}") if match else ("", "")


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    found_id, path = _posting(path_parts(page.url))
    if not found_id:
        return no_job(NAME, f"this SmartRecruiters page lists a company's openings; {OPEN_ONE}")
    job, confidence, posting = schema_org.read_job(
        page, fallback.job_from_meta, json_ld_confidence=CONFIDENCE_SCHEMA, markup_confidence=CONFIDENCE_META)
    job.board, job.board_job_id = NAME, found_id
    job.job_url = f"https://jobs.smartrecruiters.com/{path}"
    return schema_org.site_result(NAME, job, confidence, posting)
