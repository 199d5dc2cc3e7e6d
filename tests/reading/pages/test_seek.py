"""SEEK: a job ad whose fields sit in elements named by data-automation, and no JSON-LD."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of


def test_a_job_ad_read_from_its_named_elements_with_the_boards_number():
    result = extract_snapshot(snapshot_of(
        "seek_job_view.html", "https://www.seek.com.au/job/81234567?type=standard&ref=search-standalone"))

    job = result.job
    assert result.extractor == "seek"
    # The document title's "Job in Melbourne VIC - SEEK" is not part of the job's title; the place's state is set apart.
    assert (job.title, job.company, job.location) == ("Senior Platform Engineer", "Contoso Health", "Melbourne, VIC")
    assert (job.board, job.board_job_id) == ("seek", "81234567")
    assert job.job_url == "https://www.seek.com.au/job/81234567"
    assert "run our Kubernetes clusters" in job.description
    assert result.missing == [] and job.guessed == {}


@pytest.mark.parametrize("address", [
    "https://nz.seek.com/job/81234567?type=standard",  # SEEK's addresses since 2024
    "https://ph.jobstreet.com/job/81234567",  # Jobstreet and Jobsdb run on SEEK's site
    "https://hk.jobsdb.com/job/81234567",
])
def test_seeks_other_addresses_are_read_by_the_same_reader(address):
    result = extract_snapshot(snapshot_of("seek_job_view.html", address))
    assert (result.extractor, result.job.company, result.job.board_job_id) == ("seek", "Contoso Health", "81234567")


def test_the_job_open_beside_the_search_results_is_the_same_job():
    result = extract_snapshot(snapshot_of(
        "seek_job_view.html", "https://www.seek.com.au/platform-engineer-jobs/in-All-Melbourne-VIC?jobId=81234567&type=standard"))
    assert (result.job.board_job_id, result.job.job_url) == ("81234567", "https://www.seek.com.au/job/81234567")


def test_a_search_with_no_job_open_says_to_open_one():
    result = extract_snapshot(snapshot_of("seek_job_view.html", "https://www.seek.co.nz/engineer-jobs/in-Auckland"))
    assert result.job is None
    assert "this SEEK page lists jobs; open one job" in result.reason


def test_the_place_is_the_one_the_page_shows_over_its_json_ld():
    # Jobstreet (2025) adds JSON-LD whose place is broader than the one the ad shows.
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Front End Developer", "hiringOrganization":'
               ' {"@type": "Organization", "name": "Initech"}, "jobLocation": {"@type": "Place", "address": {"addressRegion":'
               ' "Metro Manila", "addressCountry": "Philippines"}}}')
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head><body>'
            '<h1 data-automation="job-detail-title">Front End Developer</h1>'
            '<span data-automation="job-detail-location"><a href="/jobs/in-Manila-City">Manila City, Metro Manila</a></span>'
            '</body></html>')
    job = extract_snapshot(Snapshot(url="https://ph.jobstreet.com/job/82411354", html=html)).job
    assert (job.title, job.company, job.location) == ("Front End Developer", "Initech", "Manila City, Metro Manila")
