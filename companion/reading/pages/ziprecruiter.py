"""ZipRecruiter: the job open beside a search's results (the right-hand pane: its heading, the
company's link and the place under it, as the page shows them). A job's own page is left to the
general readers (it carries JSON-LD); a search with no job open is a list.
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages.html import Page, element_beside, first_text_in, node_text
from companion.reading.pages.results import job_found, no_job
from companion.reading.pages.urls import host_is, path_parts

NAME = "ziprecruiter"
CONFIDENCE_PANE = 0.85

_SEARCHES = (["jobs-search"], ["candidate", "search"])
_CARD_ID = re.compile(r"^job-card-(?P<key>[\w-]+)$")  # "job-card-il98sdaV5Z7_q2SogBy-0A": the listing's key


def handles(url: str) -> bool:
    return host_is(url, "ziprecruiter.com", "ziprecruiter.co.uk")


def _listing_key(page: Page) -> str:
    """The open job's key, from the search's card marked as selected, the mark drawn just after
    the card's box ("" when none is)."""
    mark = page.css_first("[data-testid='job-card-selected-highlight']")
    box = element_beside(mark, "prev") if mark is not None else None
    card = box.css_first("article[id^='job-card-']") if box is not None else None
    found = _CARD_ID.match(card.attributes.get("id") or "") if card is not None else None
    return found["key"] if found else ""


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    pane = page.css_first("[data-testid='right-pane']")
    title = first_text_in(pane, "h1", "h2")
    if not title:
        if [part.lower() for part in path_parts(page.url)] in _SEARCHES:
            return no_job(NAME, "this ZipRecruiter page lists jobs; open one job (its own page, or beside the "
                                "results) and capture it")
        return None  # a job's own page: its JSON-LD says more
    company = pane.css_first("a[href^='/co/']")
    place = element_beside(company, "next") if company is not None else None
    job = JobFacts(
        title=title,
        company=node_text(company),
        location=node_text(place),  # "Charleston, WV • Remote": job_found lists the places
        job_url=page.address,
        board=NAME,
        board_job_id=_listing_key(page),
    )
    return job_found(NAME, job, CONFIDENCE_PANE)
