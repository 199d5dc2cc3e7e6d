"""SmartRecruiters: a job ad marked up with microdata."""

from __future__ import annotations

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of


def test_microdata_job_ad_with_the_boards_id():
    result = extract_snapshot(snapshot_of(
        "smartrecruiters_posting.html",
        "https://jobs.smartrecruiters.com/AdatumInstruments/743999912345678-field-service-technician?trid=2b3c"))

    job = result.job
    assert result.extractor == "smartrecruiters"
    assert (job.title, job.company, job.location) == (
        "Field Service Technician", "Adatum Instruments", "Lyon, Auvergne-Rhône-Alpes, France")
    assert (job.board, job.board_job_id) == ("smartrecruiters", "743999912345678")
    assert job.job_url == "https://jobs.smartrecruiters.com/AdatumInstruments/743999912345678"
    assert "Install and service our lab analysers" in job.description


def test_the_one_click_application_page_is_the_job_its_publication_names():
    # In the shape of SmartRecruiters' one-click apply (2025): no posting data, the job in its title.
    url = "https://jobs.smartrecruiters.com/oneclick-ui/company/Initech/publication/a841391c-fe47-4b8a?dcr_ci=Initech"
    html = ("<html><head><title>Easy apply - Software Engineer - Backend (Java) - Initech</title></head><body>"
            "<h1 class='visually-hidden'>Software Engineer - Backend (Java)</h1>"
            "<div class='location'>Worship Square, 65 Clifton Street, London, United Kingdom</div><form></form></body></html>")
    read = extract_snapshot(Snapshot(url=url, html=html))
    assert read.extractor == "smartrecruiters" and read.job.board_job_id == "a841391c-fe47-4b8a"
    assert (read.job.title, read.job.company, read.job.location) == (
        "Software Engineer - Backend (Java)", "Initech", "Worship Square, 65 Clifton Street, London, United Kingdom")
