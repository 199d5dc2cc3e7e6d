"""Lever: a hosted posting and its apply page."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of

POSTING = "https://jobs.lever.co/contosohealth/6f1c2a4e-8b3d-4c7a-9e12-3f5a7b9c0d21"


@pytest.mark.parametrize("url", [POSTING, POSTING + "/apply?lever-source=LinkedIn&lever-origin=applied"])
def test_posting_and_apply_page_are_one_job(url):
    result = extract_snapshot(snapshot_of("lever_posting.html", url))

    job = result.job
    assert result.extractor == "lever"
    assert (job.title, job.company, job.location) == (
        "Senior Data Engineer, Claims Platform", "Contoso Health", "Toronto, Ontario")
    assert job.remote is False  # "Hybrid"
    assert (job.board, job.board_job_id, job.job_url) == ("lever", "6f1c2a4e-8b3d-4c7a-9e12-3f5a7b9c0d21", POSTING)
    assert job.description.startswith("Contoso Health processes millions of claims a day.")
    assert result.missing == []


def test_company_from_the_logo_when_the_title_does_not_name_it():
    snapshot = snapshot_of("lever_posting.html", POSTING)
    snapshot.html = snapshot.html.replace("Contoso Health - Senior", "Senior")

    assert extract_snapshot(snapshot).job.company == "Contoso Health"


def test_company_list_page_is_not_a_job():
    result = extract_snapshot(snapshot_of("lever_posting.html", "https://jobs.lever.co/contosohealth"))

    assert result.job is None and "lists a company's openings" in result.reason


def test_an_application_form_saved_without_the_postings_header_keeps_the_title():
    html = ("<html><head><title>Contoso Health - Data Analyst</title></head>"
            "<body><form><label>Full name</label><input name='name'></form></body></html>")
    job = extract_snapshot(Snapshot(
        url="https://jobs.lever.co/contosohealth/6f1c2a4e-8b3d-4c7a-9e12-3f5a7b9c0d21/apply", html=html)).job
    assert (job.title, job.company) == ("Data Analyst", "Contoso Health")
