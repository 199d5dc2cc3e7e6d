"""Computrabajo: the job open beside a search's results, with its own page's address."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot

SEARCH = "https://ar.computrabajo.com/trabajo-de-python"
OFFER = ("/ofertas-de-trabajo/oferta-de-trabajo-de-desarrollador-java-senior-en-san-nicolas-"
         "2E9C1804DA7CAC8F61373E686DCF3405")
# Written for this test in the shape of the site's search page (2025): cards, the open one marked
# "sel", and the pane beside them.
CARDS = (f"<h1>758 Ofertas de trabajo de python</h1><article class='box_offer sel' data-id='2E9C1804DA7CAC8F61373E686DCF3405'>"
         f"<h2><a href='{OFFER}#lc=ListOffers-Score4-0'>Desarrollador Java Senior</a></h2></article>"
         "<article class='box_offer'><h2><a href='/ofertas-de-trabajo/oferta-de-trabajo-de-tester-"
         "11111111111111111111111111111111'>Tester</a></h2></article>")
PANE = ("<div class='box_detail'><p class='title_offer fs21'>Desarrollador Java Senior</p><div class='header_detail'><div>"
        "<p class='fs16'><span>4,2</span><a href='https://ar.computrabajo.com/initech' class='dIB'>Initech S.A.</a></p>"
        "<p class='fs16 mb5'>San Nicolás, Capital Federal</p></div></div></div>")


def test_the_job_open_beside_the_results_is_read_with_its_own_address():
    result = extract_snapshot(Snapshot(url=SEARCH, html=f"<html><body>{CARDS}{PANE}</body></html>"))
    job = result.job
    assert result.extractor == "computrabajo"
    assert (job.title, job.company, job.location) == ("Desarrollador Java Senior", "Initech S.A.", "San Nicolás, Capital Federal")
    assert (job.board_job_id, job.job_url) == ("2E9C1804DA7CAC8F61373E686DCF3405", "https://ar.computrabajo.com" + OFFER)


def test_a_search_with_no_job_open_beside_it_says_to_open_one():
    result = extract_snapshot(Snapshot(url=SEARCH, html=f"<html><body>{CARDS}</body></html>"))
    assert result.job is None and "open one job" in result.reason


@pytest.mark.parametrize("offer_id", ["2E9C1804DA7CAC8F61373E686DCF3405", "2e9c1804da7cac8f61373e686dcf3405"])
def test_a_jobs_own_page_shows_the_company_and_place_under_its_heading(offer_id):
    # In the shape of a Computrabajo Colombia offer (2023), whose microdata swaps town and department;
    # its address may write the offer's id in lower case (a page saved from a link so written, 2024).
    address = "https://co.computrabajo.com" + OFFER.replace("desarrollador-java-senior-en-san-nicolas", "enfermera-en-medellin")
    address = address.replace("2E9C1804DA7CAC8F61373E686DCF3405", offer_id)
    html = ("<html><body><main><div itemscope itemtype='http://schema.org/JobPosting'><meta itemprop='title' content='Enfermera'>"
            "<meta itemprop='hiringOrganization' content='Initech Salud'><span itemprop='jobLocation' itemscope "
            "itemtype='http://schema.org/Place'><span itemprop='address' itemscope itemtype='http://schema.org/PostalAddress'>"
            "<meta itemprop='addressLocality' content='Antioquia'><meta itemprop='addressRegion' content='Medellín'>"
            "</span></span></div><div class='box_detail'><h1 class='box_detail'>Enfermera</h1>"
            "<p class='fs16'>Initech Salud - Medellín, Antioquia</p></div></main></body></html>")
    job = extract_snapshot(Snapshot(url=address, html=html)).job
    assert (job.title, job.company, job.location) == ("Enfermera", "Initech Salud", "Medellín, Antioquia")
    assert job.board_job_id == "2E9C1804DA7CAC8F61373E686DCF3405"  # one job, however the address writes it


def test_an_agency_writing_for_a_company_it_does_not_name_is_the_poster():
    pane = PANE.replace("Initech S.A.", "Initech Recursos Humanos").replace(
        "</div></div></div>", "</div></div><div class='fs16 t_word_wrap'>En Initech RH buscamos un desarrollador para "
                              "trabajar dentro de Compañía líder en software bancario.</div></div>")
    job = extract_snapshot(Snapshot(url=SEARCH, html=f"<html><body>{CARDS}{pane}</body></html>")).job
    assert (job.company, job.poster) == ("", "Initech Recursos Humanos")
