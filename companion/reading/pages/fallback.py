"""The last resort: a job title from the page's og: tags or document title, clearly low confidence.

It answers only for pages that look like a job ad (job words in the address or title), so
an article or a home page is "no job found" rather than an application named after it.
"""

from __future__ import annotations

import re

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages.html import Page
from companion.reading.pages.results import job_found
from companion.reading.pages.text import html_to_text
from companion.domain.addresses import is_web_url
from companion.reading.pages.urls import host, path_parts

NAME = "fallback"
CONFIDENCE = 0.4  # before the per-missing-field penalty: a typical result ends near 0.2

_JOB_WORDS = re.compile(
    r"job|career|vacanc|position|opening|recruit|hiring|stelle|stilling|emploi|empleo|vacature",
    re.IGNORECASE,
)
# "Title | Job ad | Jobindex": the pieces after the last separators that only name the site.
_LAST_PIECE = re.compile(r"^(?P<rest>.+)\s+[|·•–—-]\s+(?P<last>[^|·•–—]+?)\s*$")
TITLE_LIMIT = 500  # characters; longer "titles" are not job titles, and this bounds the regex work
_GENERIC_LABELS = {"job", "jobs", "job ad", "job advert", "job posting", "job details",
                   "career", "careers", "stellenanzeige", "jobannonce"}


def handles(url: str) -> bool:
    return is_web_url(url)


def _site_names(page: Page) -> set[str]:
    names = {page.meta("og:site_name").lower()}
    labels = host(page.url).split(".")
    if len(labels) >= 2:
        names.add(labels[-2])  # "jobindex" from www.jobindex.dk
    return names - {""}


def _names_site(piece: str, names: set[str]) -> bool:
    lowered = piece.lower()
    return lowered in _GENERIC_LABELS or lowered in names or lowered.split(".")[0] in names


def page_title(page: Page) -> str:
    """The title the page announces (og:title, else its document title) without the site's name."""
    title = (page.meta("og:title", "twitter:title") or page.title)[:TITLE_LIMIT]
    names = _site_names(page)
    while (match := _LAST_PIECE.match(title)) and _names_site(match["last"], names):
        title = match["rest"].strip()
    return title


def looks_like_job(page: Page, title: str) -> bool:
    return bool(_JOB_WORDS.search(" ".join(path_parts(page.url) + [title, page.meta("og:type")])))


def job_from_meta(page: Page) -> JobFacts:
    """What og: tags and the title say: a title, a description, the page's address."""
    return JobFacts(
        title=page_title(page),
        job_url=page.address,
        description=html_to_text(page.meta("og:description", "description")),
    )


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    job = job_from_meta(page)
    if not job.title or not looks_like_job(page, job.title):
        return None
    return job_found(NAME, job, CONFIDENCE)
