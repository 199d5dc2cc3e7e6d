"""Greenhouse: the classic board, the Remix board and a board embedded on a company site."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of


@pytest.mark.corpus
def test_classic_board_lists_every_office_from_the_header():
    result = extract_snapshot(snapshot_of(
        "greenhouse_classic_anthropic.html", "https://boards.greenhouse.io/anthropic/jobs/4182383008?gh_src=4a1b2c"))

    job = result.job
    assert result.extractor == "greenhouse"
    assert (job.title, job.company) == ("Machine Learning Systems Engineer, RL Engineering", "Anthropic")
    # The JSON-LD names one office; the board's header names all three.
    assert job.location == "San Francisco, CA; New York City, NY; Seattle, WA"
    assert (job.board, job.board_job_id) == ("greenhouse", "4182383008")
    assert job.job_url == "https://boards.greenhouse.io/anthropic/jobs/4182383008"
    assert job.description.startswith("About the role:")
    assert result.missing == [] and result.confidence >= 0.9


@pytest.mark.corpus
def test_remix_board_reads_the_loader_data():
    result = extract_snapshot(snapshot_of(
        "greenhouse_jobboards_remix_scaleai.html",
        "https://job-boards.greenhouse.io/scaleai/jobs/4315289005?source=remoteai.ioutm_source=remoteai.io"))

    job = result.job
    assert result.extractor == "greenhouse"
    assert job.title == "Senior/Staff Machine Learning Research Scientist Generative AI"
    assert job.company == "Scale AI"
    assert job.location == "San Francisco, CA; Seattle, WA; New York, NY"
    assert (job.board, job.board_job_id) == ("greenhouse", "4315289005")
    assert job.job_url == "https://job-boards.greenhouse.io/scaleai/jobs/4315289005"
    assert "Generative AI ML team" in job.description
    assert result.missing == [] and result.confidence >= 0.9


def test_embedded_board_on_a_company_site_keeps_gh_jid_and_reads_the_place_under_the_heading():
    result = extract_snapshot(snapshot_of(
        "greenhouse_embedded.html", "https://www.northwind-robotics.example/careers/job/?gh_jid=4012345006&gh_src=5e1f2a"))

    job = result.job
    assert result.extractor == "greenhouse"
    assert (job.title, job.company) == ("Robotics Software Engineer, Motion Planning", "Northwind Robotics")
    assert (job.board, job.board_job_id) == ("greenhouse", "4012345006")
    assert job.job_url == "https://www.northwind-robotics.example/careers/job?gh_jid=4012345006"
    assert (job.location, result.missing) == ("Pittsburgh, PA", [])  # "Autonomy · Pittsburgh, PA": the team, then the place
    assert result.confidence < 0.9


def test_embed_form_address_points_at_the_job_on_its_board():
    snapshot = snapshot_of("greenhouse_embedded.html",
                           "https://boards.greenhouse.io/embed/job_app?for=northwindrobotics&token=4012345006")

    result = extract_snapshot(snapshot)

    assert result.job.board_job_id == "4012345006"
    assert result.job.job_url == "https://boards.greenhouse.io/northwindrobotics/jobs/4012345006"


@pytest.mark.corpus
def test_a_boards_list_of_openings_is_not_a_job():
    snapshot = snapshot_of("greenhouse_classic_anthropic.html", "https://boards.greenhouse.io/anthropic")

    result = extract_snapshot(snapshot)

    assert result.job is None
    assert result.reason.startswith("no job found on this page: this Greenhouse page lists a company's openings")


def test_a_newer_boards_page_saved_as_drawn_names_the_employer_in_its_document_title():
    # In the shape of job-boards.greenhouse.io (2025) saved from the browser: no loader data left.
    html = ("<html><head><title>Job Application for Senior Software Engineer II  at Initech</title>"
            "<meta property='og:title' content='Senior Software Engineer II '></head><body>"
            "<h1 class='section-header section-header--large'>Senior Software Engineer II </h1>"
            "<div class='job__location'><svg class='svg-icon'></svg><div>London, England, United Kingdom</div></div>"
            "<p>Work Location: This role is based out of our London office.</p></body></html>")
    read = extract_snapshot(Snapshot(url="https://job-boards.greenhouse.io/initech/jobs/6641960003", html=html))
    assert read.extractor == "greenhouse"
    assert (read.job.title, read.job.company, read.job.location) == (
        "Senior Software Engineer II", "Initech", "London, England, United Kingdom")


def test_a_boards_page_that_has_not_drawn_its_job_leaves_the_title_to_the_user():
    html = ("<html><head><title>Job Application</title></head><body><div id='app_body'><p>Loading job details…</p>"
            "</div></body></html>")
    read = extract_snapshot(Snapshot(url="https://boards.greenhouse.io/initech/jobs/5550001", html=html))
    assert (read.job.title, read.job.company) == ("", "") and "title" in read.missing
