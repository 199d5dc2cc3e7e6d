"""SmartRecruiters: a job ad marked up with microdata."""

from __future__ import annotations

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
