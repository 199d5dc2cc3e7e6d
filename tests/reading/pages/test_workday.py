"""Workday: a job page drawn by the browser, with and without JSON-LD."""

from __future__ import annotations

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
