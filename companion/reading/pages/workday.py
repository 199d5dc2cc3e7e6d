"""Workday jobs on <tenant>.wdN.myworkdayjobs.com, with or without JSON-LD.

Workday draws the page in the browser and marks its parts with `data-automation-id`
attributes, which have stayed stable for years; those are read when there is no JSON-LD.
A requisition id is unique only within one employer, so the board id is "<tenant>/<id>".
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.names import spells, squeezed, written_as
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, first_node, node_text
from companion.reading.pages.results import OPEN_ONE, no_job
from companion.reading.pages.urls import host, host_is, path_parts

NAME = "workday"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_MARKUP = 0.85

_LOCALE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")  # "en-US" before the career site's name
_REQUISITION = re.compile(r"_([A-Za-z0-9][A-Za-z0-9-]*)$")  # "Senior-Data-Engineer_R-12345"
_LABEL = re.compile(r"^(?:job requisition id|requisition id|locations?|remote type)\s*:?\s*", re.IGNORECASE)


def handles(url: str) -> bool:
    return host_is(url, "myworkdayjobs.com")


def _job_path(url: str) -> list[str]:
    """The path from the career site to the job's slug ("External/job/Berlin/Title_R-1"),
    without the locale in front or "/apply..." after; [] when the address is not a job."""
    parts = path_parts(url)
    if parts and _LOCALE.match(parts[0]):
        parts = parts[1:]
    for marker in ("job", "details"):
        if marker in parts:
            start = parts.index(marker) + 1
            slugs = [end for end in range(start, len(parts)) if _REQUISITION.search(parts[end])]
            if slugs:
                return parts[: slugs[-1] + 1]
    return []


def _requisition(url: str, page: Page) -> str:
    path = _job_path(url)
    if path:
        return _REQUISITION.search(path[-1]).group(1)
    return _unlabelled(page.css_first('[data-automation-id="requisitionId"]'))


def _unlabelled(node) -> str:
    """A field's value without the label Workday prints in front of it ("locations")."""
    values = [node_text(value) for value in node.css("dd")] if node is not None else []
    if values:
        return "; ".join(value for value in values if value)
    return _LABEL.sub("", node_text(node))


def _from_markup(page: Page) -> JobFacts:
    remote_type = _unlabelled(page.css_first('[data-automation-id="remoteType"]')).lower()
    description = first_node(page.tree, '[data-automation-id="jobPostingDescription"]')
    return JobFacts(
        title=page.text('[data-automation-id="jobPostingHeader"]'),
        company=page.attr('[data-automation-id="logo"] img', "alt") or page.meta("og:site_name"),
        location=_unlabelled(page.css_first('[data-automation-id="locations"]')),
        remote=("remote" in remote_type) if remote_type else None,
        description=block_text(description),
    )


def _brand(page: Page, tenant: str, organisation: str) -> str:
    """The employer as people know it where the posting names a legal entity the tenant's name
    does not spell ("IN2 COV - COV Engineering Services PL" for medtronic.wd1…): the tenant's name
    as the page writes it ("At Medtronic you can…"); the organisation otherwise."""
    if not organisation or spells(tenant, organisation):
        return organisation
    return written_as(squeezed(tenant), [page.meta("og:site_name"), page.meta("og:title"), page.meta("og:description")]) \
        or organisation


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    requisition = _requisition(page.url, page)
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_MARKUP)
    if not requisition and not job.title:
        return no_job(NAME, f"this Workday page is a list or search of jobs; {OPEN_ONE}")
    tenant = host(page.url).split(".")[0]
    job.company = _brand(page, tenant, job.company)
    path = _job_path(page.url)
    job.board = NAME
    job.board_job_id = f"{tenant}/{requisition}" if requisition else ""
    job.job_url = f"https://{host(page.url)}/{'/'.join(path)}" if path else page.address
    return schema_org.site_result(NAME, job, confidence, posting)
