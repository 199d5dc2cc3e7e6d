"""Workday: a job page drawn by the browser, with and without JSON-LD."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of

URL = ("https://fabrikam.wd3.myworkdayjobs.com/en-US/Fabrikam_Careers/job/Boston-MA/"
       "Clinical-Data-Manager-II_JR-004512?source=LinkedIn")
CANONICAL = "https://fabrikam.wd3.myworkdayjobs.com/Fabrikam_Careers/job/Boston-MA/Clinical-Data-Manager-II_JR-004512"


def test_page_without_json_ld_is_read_from_its_automation_ids():
    result = extract_snapshot(snapshot_of("workday_no_jsonld.html", URL))

    job = result.job
    assert result.extractor == "workday"
    assert (job.title, job.company, job.location) == (
        "Clinical Data Manager II", "Fabrikam Biosciences", "Boston, MA; Cambridge, MA")
    assert job.remote is False  # "Hybrid"
    assert (job.board, job.board_job_id, job.job_url) == ("workday", "fabrikam/JR-004512", CANONICAL)
    assert job.description.startswith("About the role")
    assert result.missing == []


def test_apply_page_is_the_same_job():
    result = extract_snapshot(snapshot_of("workday_no_jsonld.html", CANONICAL + "/apply/autofillWithResume"))

    assert (result.job.board_job_id, result.job.job_url) == ("fabrikam/JR-004512", CANONICAL)


def test_json_ld_from_the_extension_wins_over_the_markup():
    posting = {"@context": "http://schema.org", "@type": "JobPosting", "title": "Clinical Data Manager II",
               "hiringOrganization": {"@type": "Organization", "name": "Fabrikam Biosciences, Inc."},
               "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                             "addressLocality": "Boston", "addressCountry": "United States of America"}},
               "identifier": {"@type": "PropertyValue", "name": "Clinical Data Manager II", "value": "JR-004512"}}

    result = extract_snapshot(snapshot_of("workday_no_jsonld.html", URL, json_ld=[posting]))

    assert result.job.company == "Fabrikam Biosciences, Inc."
    assert result.job.location == "Boston, United States of America"
    assert result.confidence > extract_snapshot(snapshot_of("workday_no_jsonld.html", URL)).confidence


def test_without_logo_the_company_is_asked_for():
    snapshot = snapshot_of("workday_no_jsonld.html", URL)
    snapshot.html = snapshot.html.replace('alt="Fabrikam Biosciences"', 'alt=""')

    result = extract_snapshot(snapshot)

    assert result.job.company == "" and result.missing == ["company"]


def test_job_search_page_is_not_a_job():
    snapshot = snapshot_of("workday_no_jsonld.html", "https://fabrikam.wd3.myworkdayjobs.com/en-US/Fabrikam_Careers")
    snapshot.html = "<html><body><div data-automation-id='jobResults'><ul></ul></div></body></html>"

    result = extract_snapshot(snapshot)

    assert result.job is None and "list or search of jobs" in result.reason


@pytest.mark.parametrize(("organisation", "company"), [
    # A legal entity the tenant's name does not spell: the employer as the page writes it.
    ("IN2 COV - COV Engineering Services PL", "Initech"),
    # One it spells stays, with its legal form.
    ("Initech Canada Co.", "Initech Canada Co."),
])
def test_the_employer_is_the_one_people_know_when_the_posting_names_a_legal_entity(organisation, company):
    posting = {"@type": "JobPosting", "title": "Engineering Manager", "hiringOrganization": {"@type": "Organization", "name": organisation},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Hyderabad", "addressCountry": "India"}}}
    html = ('<html><head><meta property="og:description" content="At Initech you can begin a life-long career.">'
            "</head><body></body></html>")
    url = "https://initech.wd1.myworkdayjobs.com/en-US/Careers/job/Hyderabad/Engineering-Manager_R12345"
    assert extract_snapshot(Snapshot(url=url, html=html, json_ld=[posting])).job.company == company
