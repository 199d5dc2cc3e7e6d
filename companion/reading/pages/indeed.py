"""Indeed jobs: a job's own page (`/viewjob?jk=<id>`), the search page's side pane
(`?vjk=<id>`) and Indeed's click-through links, on indeed.com and its country sites.

Indeed names employers with its own suffix ("Canonical - Jobs"); the shared company cleaner
drops it. What the page does not show (saved, or captured, before Indeed's script drew it) is
read from the data that script holds (`window._initialData`).
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, first_node, first_text_in
from companion.reading.pages.results import fill_missing, no_job
from companion.reading.pages.text import clean_text, html_to_text
from companion.reading.pages.urls import host, query_value

NAME = "indeed"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_MARKUP = 0.8

_JOB_KEY = re.compile(r"^[0-9a-f]{16}$")
# The side pane on search pages; the whole page on a job's own page.
PANE = ("#jobsearch-ViewjobPaneWrapper", ".jobsearch-RightPane", "#viewJobSSRRoot", "body")
TITLE = ('[data-testid="jobsearch-JobInfoHeader-title"]', ".jobsearch-JobInfoHeader-title", "h1")
# The layout of 2020 shows "<company> - <place>" in three boxes under the title.
_OLD_SUBTITLE = ".jobsearch-InlineCompanyRating > div"
COMPANY = ("[data-company-name]", '[data-testid="inlineHeader-companyName"]', '[data-testid="jobsearch-CompanyInfoContainer"] a',
           f"{_OLD_SUBTITLE}:first-child")
LOCATION = ('[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]',
            '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', f"{_OLD_SUBTITLE}:last-child:not(:first-child)")
DESCRIPTION = ("#jobDescriptionText",)
INITIAL_DATA = "window._initialData"  # the job view's data, in a script of the page


def handles(url: str) -> bool:
    return "indeed" in host(url).split(".")


def job_key(url: str) -> str:
    for name in ("jk", "vjk"):
        value = query_value(url, name).lower()
        if _JOB_KEY.match(value):
            return value
    return ""


# The search's card of the job its side pane shows ("vjs-highlight"), with the job's key: a search's own address
# ("/q-frontend-l-egypt,-ar-jobs.html") names none when Indeed opens the first result by itself.
_SHOWN_CARD_KEY = ".vjs-highlight [data-jk]"


def _key_shown(page: Page) -> str:
    """The key of the job the search's side pane shows, where the pane shows one's title ("" otherwise)."""
    pane = page.css_first(PANE[0])
    card = page.css_first(_SHOWN_CARD_KEY)
    if pane is None or card is None or not first_text_in(pane, *TITLE[:2]):
        return ""
    key = (card.attributes.get("data-jk") or "").lower()
    return key if _JOB_KEY.match(key) else ""


def _from_markup(page: Page) -> JobFacts:
    """The job as the page shows it, else as its script's data holds it (a page saved, or
    captured, before Indeed's script drew it)."""
    pane = first_node(page.tree, *PANE)
    description = first_node(pane, *DESCRIPTION)
    shown = JobFacts(
        title=re.sub(r"\s+- job post$", "", first_text_in(pane, *TITLE)),
        company=first_text_in(pane, *COMPANY),
        location=first_text_in(pane, *LOCATION),
        description=block_text(description),
    )
    if shown.title and shown.company and shown.location:
        return shown
    return fill_missing(shown, _from_initial_data(page))


def _from_initial_data(page: Page) -> JobFacts:
    data = page.object_after(INITIAL_DATA)
    model = (data.get("jobInfoWrapperModel") or {}).get("jobInfoModel") or {}
    header = model.get("jobInfoHeaderModel") or {}
    return JobFacts(  # (the layout of 2020 holds the title and the place at the top: "jobLocation": "Edinburgh")
        title=clean_text(header.get("jobTitle") or data.get("jobTitle")),
        company=clean_text(header.get("companyName")),
        location=clean_text(header.get("formattedLocation") or data.get("jobLocation")),
        description=html_to_text(model.get("sanitizedJobDescription")),
    )


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    key = job_key(page.url) or job_key(page.canonical_link) or _key_shown(page)
    if not key:
        return no_job(NAME, "this Indeed page has no job open; open a job (its own page or the side pane) and capture it")
    # the place as the page's header shows it: "東京都 練馬区 春日町" over the data's "春日町, J13" (Indeed's own code)
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_MARKUP, place_as_shown=True)
    job.board, job.board_job_id = NAME, key
    job.job_url = f"https://{host(page.url)}/viewjob?jk={key}"
    return schema_org.site_result(NAME, job, confidence, posting)
