"""Computrabajo (Latin America: ar., co., mx., pe.… computrabajo.com): a job's own page, read from
its structured data and the line under its heading, and the job open beside a search's results, read
from the pane (`.box_detail`): its title, the company's link and the place under it. The place is
kept as the page shows it. The search's card for the open job (`article.sel`) links the job's own
page, which is the address kept.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.html import Page, block_text, element_beside, first_node, first_text_in, node_text
from companion.reading.pages.results import no_job
from companion.reading.pages.urls import canonical_url, host_is, path_parts

NAME = "computrabajo"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_PANE = 0.85

# "/ofertas-de-trabajo/oferta-de-trabajo-de-…-2E9C1804DA7CAC8F…"; a link may write it in lower case
_OFFER = re.compile(r"-(?P<id>[0-9A-F]{32})$", re.IGNORECASE)


def handles(url: str) -> bool:
    return host_is(url, "computrabajo.com")


def _own_address(page: Page) -> tuple[str, str]:
    """The open job's own page and id: the page itself, or the open card's link ("" and "" when none)."""
    card = page.css_first("article.box_offer.sel a[href*='oferta-de-trabajo']")
    for address in (page.url, urljoin(page.url, card.attributes.get("href") or "") if card is not None else ""):
        if number := _offer_id(address):
            return canonical_url(address.split("#")[0]), number
    return "", ""


def _offer_id(address: str) -> str:
    """The job's id where the address is a job's own page ("" elsewhere)."""
    parts = path_parts(address)
    found = _OFFER.search(parts[-1]) if parts else None
    return found["id"].upper() if found else ""  # one job, however its address writes the id


def _from_markup(page: Page) -> JobFacts:
    """What the page shows: the pane beside a search's results, else a job's own page, its
    heading over the line "Sumimedical - Medellín, Antioquia" (the company, then the place)."""
    if not _offer_id(page.url):
        pane = page.css_first(".box_detail")
        return JobFacts(
            title=first_text_in(pane, ".title_offer", "h1"),
            company=first_text_in(pane, ".header_detail a"),
            location=first_text_in(pane, ".header_detail p.mb5"),
            description=block_text(first_node(pane, ".t_word_wrap")),
        )
    heading = page.css_first("h1")
    line = node_text(element_beside(heading, "next")) if heading is not None else ""
    company, _, place = line.rpartition(" - ")
    return JobFacts(title=node_text(heading), company=company, location=place)


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    address, number = _own_address(page)
    job, confidence, posting = schema_org.read_job(
        page, _from_markup, json_ld_confidence=CONFIDENCE_JSON_LD, markup_confidence=CONFIDENCE_PANE,
        place_as_shown=True)  # its data swaps town and department
    if not number or not job.title:  # a list, its first card marked but no job open beside it
        return no_job(NAME, "this Computrabajo page lists jobs; open one job (its own page, or beside the results) "
                            "and capture it")
    job.board, job.board_job_id, job.job_url = NAME, number, address
    return schema_org.site_result(NAME, job, confidence, posting)
