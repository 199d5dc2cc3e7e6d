"""UKG Pro Recruiting (UltiPro) job pages, recruiting.ultipro.com/<tenant>/JobBoard/<board>/OpportunityDetail
?opportunityId=<id>. The page is drawn in the browser from one object its script passes to
`US.Opportunity.CandidateOpportunityDetail(…)`: the title, the places and the description are
read from it, so a page saved before it was drawn reads the same; the employer is the one its
copyright line names.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.names import without_legal_form
from companion.reading.pages.fallback import copyright_owners
from companion.reading.pages.html import Page
from companion.reading.pages.results import OPEN_ONE, job_found, no_job
from companion.reading.pages.text import clean_text, html_to_text
from companion.reading.pages.urls import canonical_url, host_is, query_value

NAME = "ultipro"
CONFIDENCE = 0.9
_DETAIL = "CandidateOpportunityDetail("


def handles(url: str) -> bool:
    return host_is(url, "ultipro.com")


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    detail = page.object_after(_DETAIL)
    number = query_value(page.url, "opportunityId")
    if not detail or not clean_text(detail.get("Title")):
        # a page of the older board (…/JobBoard/JobDetails.aspx, 2011) is written as it shows: the general readers'
        return None if urlsplit(page.url).path.lower().endswith(".aspx") else no_job(
            NAME, f"this UKG page shows no one job; {OPEN_ONE}")
    places = [clean_text(place.get("LocalizedName")) for place in detail.get("Locations") or [] if isinstance(place, dict)]
    owner = next(iter(copyright_owners(page)), "")
    job = JobFacts(
        title=clean_text(detail.get("Title")),
        company=without_legal_form(owner),  # "Presidio, Inc" is Presidio
        location="; ".join(place for place in places if place),
        description=html_to_text(detail.get("Description")),
        board=NAME,
        board_job_id=number or clean_text(detail.get("Id")),
        job_url=canonical_url(page.url, keep=("opportunityId",)),
    )
    if job.company:
        job.guessed = {"company": "from the page's copyright line"}  # for the user to check
    return job_found(NAME, job, CONFIDENCE)
