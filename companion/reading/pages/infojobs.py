"""InfoJobs Brasil (infojobs.com.br): a job's own page (`/vaga-de-<slug>__<number>.aspx`) and the job
open beside a search's results. Both show the job in one header (`#VacancyHeader`): the title, the
company's link, the place; the pane also links the job's own page, which is the address kept.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, first_node, first_text_in
from companion.reading.pages.results import no_job
from companion.reading.pages.text import clean_text
from companion.reading.pages.urls import host_is

NAME = "infojobs"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_MARKUP = 0.85

_JOB_PATH = re.compile(r"^/vaga-de-[^/]*__(?P<number>\d+)\.aspx$")


def handles(url: str) -> bool:
    return host_is(url, "infojobs.com.br")


def _own_address(page: Page) -> tuple[str, str]:
    """The job's own page and number: the page itself, or the first link to one in the open
    job's pane ("" and "" on a list with no job open)."""
    links = (urljoin(page.url, link.attributes.get("href") or "") for link in page.css("#vacancylistDetail a[href*='/vaga-de-']"))
    for address in (page.url, *links):
        if handles(address) and (found := _JOB_PATH.match(urlsplit(address).path)):
            return f"https://www.infojobs.com.br{found[0]}", found["number"]
    return "", ""


def _from_markup(page: Page) -> JobFacts:
    header = page.css_first("#VacancyHeader")
    # The place is the first line's own words: a hidden span after it tells the distance from the user.
    place = header.css_first(".text-medium") if header is not None else None
    return JobFacts(
        title=first_text_in(header, "h1", "h2"),
        company=first_text_in(header, "a[href*='/empresa-']"),
        location=clean_text(place.text(deep=False)) if place is not None else "",
        description=block_text(first_node(page.tree, "#vacancylistDetail .js_vacancyDataPanels")),
    )


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    address, number = _own_address(page)
    if not number or page.css_first("#VacancyHeader") is None:
        return no_job(NAME, "this InfoJobs page lists jobs; open one job (its own page, or beside the results) and capture it")
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_MARKUP)
    job.board, job.board_job_id, job.job_url = NAME, number, address
    return schema_org.site_result(NAME, job, confidence, posting)
