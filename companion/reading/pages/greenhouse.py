"""Greenhouse jobs: the classic board (boards.greenhouse.io), the newer Remix board
(job-boards.greenhouse.io, data in `window.__remixContext`) and a board embedded on a
company's own careers page (`?gh_jid=<id>`).

Greenhouse job ids are unique across all its boards, so (greenhouse, id) names the job
whichever of the three pages it was captured from.
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import fallback, schema_org
from companion.reading.pages.html import Page
from companion.reading.pages.results import OPEN_ONE, fill_missing, no_job
from companion.reading.pages.text import clean_text, html_to_text
from companion.reading.pages.urls import canonical_url, host_is, path_parts, query_value

NAME = "greenhouse"
BOARD_HOSTS = ("boards.greenhouse.io", "job-boards.greenhouse.io",
               "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io")
CONFIDENCE_BOARD = 0.95  # the board's own data: JSON-LD or the Remix loader data
CONFIDENCE_MARKUP = 0.85  # the classic board's header only
CONFIDENCE_EMBEDDED = 0.6  # the company's page around the embedded form: its own markup

_REMIX_MARKER = "window.__remixContext"


def handles(url: str) -> bool:
    return host_is(url, *BOARD_HOSTS) or query_value(url, "gh_jid").isdigit()


def job_id(url: str) -> str:
    """The id in `/<board>/jobs/<id>`, `?gh_jid=<id>` or the embed form's `?token=<id>`."""
    parts = path_parts(url)
    if len(parts) >= 3 and parts[1] == "jobs" and parts[2].isdigit():
        return parts[2]
    for name in ("gh_jid", "token"):
        value = query_value(url, name)
        if value.isdigit():
            return value
    return ""


def _remix_job_post(page: Page) -> dict:
    """The `jobPost` object in the Remix board's loader data ({} when absent)."""
    context = page.object_after(_REMIX_MARKER)
    loader_data = (context.get("state") or {}).get("loaderData") or {}
    for route in loader_data.values():
        if isinstance(route, dict) and isinstance(route.get("jobPost"), dict):
            return route["jobPost"]
    return {}


def _from_remix(job_post: dict) -> JobFacts:
    return JobFacts(
        title=clean_text(job_post.get("title")),
        company=clean_text(job_post.get("company_name")),
        location=clean_text(job_post.get("job_post_location")),
        description=html_to_text(job_post.get("content")),
    )


def _from_classic_header(page: Page) -> JobFacts:
    """The classic board's header: title, "at Company" and the offices as the board lists them."""
    company = re.sub(r"^at\s+", "", page.text("#header .company-name", ".company-name"))
    return JobFacts(
        title=page.text("#header .app-title", ".app-title"),
        company=company,
        location=page.text("#header .location", ".location").replace(" | ", "; "),
    )


# The board's document title for every job: "Job Application for Senior Software Engineer II at Axon".
_APPLICATION_TITLE = re.compile(r"^Job Application for (?P<role>.+?)\s+at\s+(?P<company>.+)$")


def _from_board_page(page: Page) -> JobFacts:
    """A board's page saved as the browser drew it, without its loader data: the classic header,
    else the newer board's heading and place and the employer its document title names."""
    job = _from_classic_header(page)
    if named := _APPLICATION_TITLE.match(" ".join(page.title.split())):
        fill_missing(job, JobFacts(title=page.text("h1") or named["role"], company=named["company"]))
    # the place as the page shows it; not a title that only says "Job Application" (left for the user)
    return fill_missing(job, JobFacts(location=fallback.job_from_meta(page).location))


def _from_company_page(page: Page) -> JobFacts:
    """A company's careers page around the embedded board: its h1, og: tags and site name."""
    job = JobFacts(title=page.text("h1"), company=page.meta("og:site_name"))
    return fill_missing(job, fallback.job_from_meta(page))


def _job_url(url: str, found_id: str) -> str:
    """The board's address for the job; a company page keeps only its `gh_jid`."""
    board = query_value(url, "for")
    if board:  # the embed form names the board: point at the job's page there
        return f"https://boards.greenhouse.io/{board}/jobs/{found_id}"
    if host_is(url, *BOARD_HOSTS):
        return canonical_url(url, keep=())
    return canonical_url(url, keep=("gh_jid",))


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    found_id = job_id(page.url)
    if not found_id:
        return no_job(NAME, f"this Greenhouse page lists a company's openings; {OPEN_ONE}")
    posting = schema_org.find_posting(page)
    job_post = _remix_job_post(page)
    if job_post:
        job, confidence = _from_remix(job_post), CONFIDENCE_BOARD
    elif posting.node is not None:
        # The classic board's JSON-LD names one office; its header lists them all.
        job, confidence = _from_classic_header(page), CONFIDENCE_BOARD
        fill_missing(job, schema_org.job_from_posting(posting))
    elif host_is(page.url, *BOARD_HOSTS):
        job, confidence = _from_board_page(page), CONFIDENCE_MARKUP
    else:
        job, confidence = _from_company_page(page), CONFIDENCE_EMBEDDED
    job.board, job.board_job_id, job.job_url = NAME, found_id, _job_url(page.url, found_id)
    return schema_org.site_result(NAME, job, confidence, posting)
