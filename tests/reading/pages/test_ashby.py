"""Ashby: a hosted posting and its application tab are one job."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of

POSTING = "https://jobs.ashbyhq.com/tailspin/0b7e5c9a-2d41-4f3e-8a6b-91c0d2e3f4a5"


@pytest.mark.parametrize("url", [POSTING, POSTING + "/application?utm_source=linkedin"])
def test_posting_and_application_tab_are_one_job(url):
    result = extract_snapshot(snapshot_of("ashby_posting.html", url))

    job = result.job
    assert result.extractor == "ashby"
    assert (job.title, job.company, job.location) == (
        "Product Designer, Growth", "Tailspin Travel", "Lisbon, Portugal; Madrid, Spain")
    assert (job.board, job.board_job_id, job.job_url) == ("ashby", "0b7e5c9a-2d41-4f3e-8a6b-91c0d2e3f4a5", POSTING)


def test_page_before_its_posting_rendered_keeps_identity_from_the_address():
    snapshot = snapshot_of("ashby_posting.html", POSTING)
    snapshot.html = '<html><head><meta property="og:title" content="Product Designer, Growth"></head><body></body></html>'

    result = extract_snapshot(snapshot)

    assert (result.job.title, result.job.board_job_id) == ("Product Designer, Growth", "0b7e5c9a-2d41-4f3e-8a6b-91c0d2e3f4a5")
    assert result.missing == ["company", "location"] and result.confidence < 0.5


def test_an_application_page_without_its_posting_names_the_employer_in_its_documents_title():
    # In the shape of an Ashby application tab saved in 2025: og: tags name only the role, the
    # document's title adds "@ <employer>".
    snapshot = snapshot_of("ashby_posting.html", POSTING + "/application")
    snapshot.html = ("<html><head><title>Product Designer, Growth @ Tailspin Travel</title>"
                     "<meta property='og:title' content='Product Designer, Growth'></head><body></body></html>")

    job = extract_snapshot(snapshot).job

    assert (job.title, job.company) == ("Product Designer, Growth", "Tailspin Travel")


def test_the_places_ashby_shows_beside_the_posting_beat_its_datas_address():
    # In the shape of Ashby's page as served (2026): a script shell, its JSON-LD giving the office's
    # address for a remote post, the data it draws the page from giving the places it shows.
    posting = ('{"@context": "https://schema.org/", "@type": "JobPosting", "title": "Data Intern", "hiringOrganization":'
               ' {"@type": "Organization", "name": "Tailspin"}, "jobLocation": {"@type": "Place", "address": {"@type":'
               ' "PostalAddress", "addressLocality": "San Francisco", "addressRegion": "California", "addressCountry": "USA"}},'
               ' "jobLocationType": "TELECOMMUTE"}')
    app_data = ('{"posting": {"id": "0b7e5c9a-2d41-4f3e-8a6b-91c0d2e3f4a5", "title": "Data Intern", "locationName":'
                ' "NZ: Marlborough Remote", "secondaryLocationNames": ["NZ: Wellington Remote"], "workplaceType": "Remote"}}')
    html = (f"<html><head><title>Data Intern @ Tailspin</title><script type='application/ld+json'>{posting}</script></head>"
            f"<body><div id='root'></div><script>window.__appData = {app_data};</script></body></html>")
    job = extract_snapshot(Snapshot(url=POSTING, html=html)).job
    assert (job.title, job.company, job.location) == ("Data Intern", "Tailspin", "NZ: Marlborough Remote; NZ: Wellington Remote")


def test_the_organisation_in_ashbys_page_data_is_the_employer_of_a_page_copied_without_its_head():
    # In the shape of an Ashby posting copied from the browser (2026): no JSON-LD, the title only "Ashby".
    app_data = ('{"organization": {"name": "Tailspin Mule", "hostedJobsPageSlug": "tailspin"}, "posting": {"title":'
                ' "AI agent engineer", "locationName": "Remote"}}')
    html = ("<html><head><title>Ashby</title></head><body><h1>AI agent engineer</h1><h2>Location</h2><p>Remote</p>"
            f"<script>window.__appData = {app_data};</script></body></html>")
    job = extract_snapshot(Snapshot(url=POSTING, html=html)).job
    assert (job.title, job.company, job.location) == ("AI agent engineer", "Tailspin Mule", "Remote")
