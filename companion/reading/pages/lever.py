"""Lever jobs: jobs.lever.co/<company>/<posting id> (and the EU host), the posting and its
apply page. The posting id is a UUID unique across Lever.
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, first_node
from companion.reading.pages.results import OPEN_ONE, no_job
from companion.reading.pages.urls import host, host_is, path_parts

NAME = "lever"
HOSTS = ("jobs.lever.co", "jobs.eu.lever.co")
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_MARKUP = 0.85

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def handles(url: str) -> bool:
    return host_is(url, *HOSTS)


def _address_parts(url: str) -> tuple[str, str]:
    """(company slug, posting id) from /<company>/<id>[/apply]; ("", "") when not a posting."""
    parts = path_parts(url)
    if len(parts) >= 2 and _UUID.match(parts[1]):
        return parts[0], parts[1].lower()
    return "", ""


def _headings(page: Page) -> list[tuple[str, str]]:
    """Lever titles its pages "Company - Job title": (company, job title) of each heading that does."""
    split = (heading.partition(" - ") for heading in (page.meta("og:title"), page.title))
    return [(company, rest.strip()) for company, separator, rest in split if separator]


def _company(page: Page, title: str) -> str:
    """The company of the heading that names this job; else the logo's alt text, "Company logo"."""
    for company, rest in _headings(page):
        if not title or rest == title:
            return company
    logo = page.attr(".main-header-logo img", "alt")
    return re.sub(r"\s+logo$", "", logo, flags=re.IGNORECASE)


def _title_in_heading(page: Page) -> str:
    """The job's title in "Company - Job title", for a page whose markup does not show it (an
    application form saved without the posting's header)."""
    return next((rest for _company, rest in _headings(page) if rest), "")


def _from_markup(page: Page) -> JobFacts:
    title = page.text(".posting-headline h2", ".posting-header h2") or _title_in_heading(page)
    workplace = page.text(".posting-categories .workplaceTypes").lower()
    description = first_node(page.tree, '[data-qa="job-description"]', ".posting-page .content .section")
    return JobFacts(
        title=title,
        company=_company(page, title),
        location=page.text(".posting-categories .location", ".posting-categories .sort-by-time"),
        remote=("remote" in workplace) if workplace else None,
        description=block_text(description),
    )


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    company_slug, posting_id = _address_parts(page.url)
    if not posting_id:
        return no_job(NAME, f"this Lever page lists a company's openings; {OPEN_ONE}")
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_MARKUP)
    job.board, job.board_job_id = NAME, posting_id
    job.job_url = f"https://{host(page.url)}/{company_slug}/{posting_id}"
    return schema_org.site_result(NAME, job, confidence, posting)
