"""SEEK jobs (Australia and New Zealand, on seek.com.au / seek.co.nz and since 2024 au. / nz.seek.com;
Jobstreet and Jobsdb in South-East Asia run on the same site): a job's own page (`/job/<number>`) and the job open
beside a search's results (`?jobId=<number>`). The page has no JSON-LD; each field sits in an
element named by its `data-automation` attribute, the advertiser among them (the employer, or
the recruiting agency that placed the ad, which the shared agency check then sets aside).
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, first_node
from companion.reading.pages.results import no_job
from companion.reading.pages.urls import host, host_is, path_parts, query_value

NAME = "seek"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_MARKUP = 0.85

_NUMBER = re.compile(r"^\d{5,}$")


def handles(url: str) -> bool:
    return host_is(url, "seek.com.au", "seek.co.nz", "seek.com", "jobstreet.com", "jobsdb.com")


def job_number(url: str) -> str:
    parts = path_parts(url)
    if len(parts) >= 2 and parts[0] == "job" and _NUMBER.match(parts[1]):
        return parts[1]
    selected = query_value(url, "jobId")
    return selected if _NUMBER.match(selected) else ""


def _from_markup(page: Page) -> JobFacts:
    return JobFacts(
        title=page.text('[data-automation="job-detail-title"]'),
        company=page.text('[data-automation="advertiser-name"]'),
        location=page.text('[data-automation="job-detail-location"]'),
        description=block_text(first_node(page.tree, '[data-automation="jobAdDetails"]')),
    )


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    number = job_number(page.url)
    if not number:
        return no_job(NAME, "this SEEK page lists jobs; open one job (its own page, or beside the results) and capture it")
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_MARKUP,
        place_as_shown=True)  # Jobstreet's JSON-LD says "Metro Manila, Philippines" for "Manila City, Metro Manila"
    job.board, job.board_job_id = NAME, number
    job.job_url = f"https://{host(page.url)}/job/{number}"
    return schema_org.site_result(NAME, job, confidence, posting)
