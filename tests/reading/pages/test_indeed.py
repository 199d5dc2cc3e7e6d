"""Indeed: the job page with its "Company - Jobs" employer name."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import snapshot_of

CANONICAL = "https://www.indeed.com/viewjob?jk=bf873f62104b48b5"


@pytest.mark.corpus
@pytest.mark.parametrize("url", [
    "https://www.indeed.com/viewjob?from=socialmediatagsbigj&jk=bf873f62104b48b5",
    "https://www.indeed.com/jobs?q=engineering+manager&l=Austin%2C+TX&vjk=bf873f62104b48b5",
])
def test_job_page_and_search_pane_address_give_the_same_job(url):
    result = extract_snapshot(snapshot_of("indeed_viewjob_canonical_austin.html", url))

    job = result.job
    assert result.extractor == "indeed"
    assert job.company == "Canonical"  # Indeed's JSON-LD says "Canonical - Jobs"
    assert job.title == "Engineering Manager, Sustaining Software Engineering, Worldwide"
    assert (job.location, job.remote) == ("Austin, TX", True)  # TELECOMMUTE; the page shows "Austin, TX", never the code US
    assert (job.board, job.board_job_id, job.job_url) == ("indeed", "bf873f62104b48b5", CANONICAL)
    assert result.missing == []


@pytest.mark.corpus
def test_markup_alone_is_read_when_json_ld_is_missing():
    snapshot = snapshot_of("indeed_viewjob_canonical_austin.html", CANONICAL)
    snapshot.html = snapshot.html.replace("application/ld+json", "application/x-removed")

    result = extract_snapshot(snapshot)

    assert (result.job.title, result.job.company) == (
        "Engineering Manager, Sustaining Software Engineering, Worldwide", "Canonical")
    assert result.confidence < 0.95


@pytest.mark.corpus
def test_job_key_from_the_pages_canonical_link_when_the_address_lacks_it():
    result = extract_snapshot(snapshot_of("indeed_viewjob_canonical_austin.html", "https://www.indeed.com/m/basecamp/viewjob"))

    assert (result.job.board_job_id, result.job.job_url) == ("bf873f62104b48b5", CANONICAL)


@pytest.mark.corpus
def test_indeed_page_without_a_job_key_is_not_a_job():
    snapshot = snapshot_of("indeed_viewjob_canonical_austin.html", "https://www.indeed.com/companies")
    snapshot.html = "<html><head><title>Find great places to work | Indeed.com</title></head><body></body></html>"

    result = extract_snapshot(snapshot)

    assert result.job is None and result.reason.startswith("no job found on this page: this Indeed page has no job open")


def test_a_job_page_saved_before_indeed_drew_it_is_read_from_its_scripts_data():
    result = extract_snapshot(snapshot_of("indeed_initial_data_only.html", "https://nz.indeed.com/viewjob?jk=4f2a9c81d03b7e65&from=serp"))

    job = result.job
    assert result.extractor == "indeed"
    assert (job.title, job.company, job.location) == ("Senior Data Analyst", "Northwind Traders", "Wellington Central, Wellington")
    assert (job.board_job_id, job.job_url) == ("4f2a9c81d03b7e65", "https://nz.indeed.com/viewjob?jk=4f2a9c81d03b7e65")
    assert "We are hiring a senior analyst to own our demand forecasts." in job.description
    assert result.missing == []


def test_the_layout_of_2020_shows_company_and_place_under_the_title():
    html = ("<html><body><h1 class='jobsearch-JobInfoHeader-title'>Warehouse Labourer</h1><div class='jobsearch-JobInfoHeader-subtitle'>"
            "<div class='jobsearch-InlineCompanyRating'><div>Initech Foods</div><div>-</div><div>Wednesbury WS10</div></div></div>"
            "<div id='jobDescriptionText'>Pack and load orders.</div></body></html>")
    job = extract_snapshot(Snapshot(url="https://www.indeed.co.uk/viewjob?jk=837b8affdf31b9e7", html=html)).job
    assert (job.title, job.company, job.location) == ("Warehouse Labourer", "Initech Foods", "Wednesbury WS10")


def test_the_layout_of_2020_showing_only_the_company_gives_the_place_its_data_holds():
    # In the shape of Indeed UK's job page of 2020: the header shows the company alone; the script's data holds the
    # title and the place at its top.
    html = ("<html><body><h1 class='jobsearch-JobInfoHeader-title'>Systems Software Developer</h1>"
            "<div class='jobsearch-InlineCompanyRating'><div>Initech Products Ltd</div></div>"
            "<script>window._initialData={\"jobKey\":\"57dc2a2c14105242\",\"jobLocation\":\"Edinburgh\","
            "\"jobTitle\":\"Systems Software Developer\"};</script>"
            "<div id='jobDescriptionText'>Write drivers.</div></body></html>")
    job = extract_snapshot(Snapshot(url="https://www.indeed.co.uk/viewjob?jk=57dc2a2c14105242", html=html)).job
    assert (job.title, job.company, job.location) == ("Systems Software Developer", "Initech Products Ltd", "Edinburgh")


def test_the_place_reads_as_the_header_shows_it_not_as_indeeds_data_codes_it():
    # In the shape of Indeed Japan's job page (2025): its JSON-LD gives the town and Indeed's own region
    # code ("J13"); the header shows the prefecture, the ward and the town.
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "接客スタッフ",'
               ' "hiringOrganization": {"@type": "Organization", "name": "イニテック合同会社"}, "jobLocation": {"@type": "Place",'
               ' "address": {"@type": "PostalAddress", "addressLocality": "春日町", "addressRegion": "J13",'
               ' "addressCountry": "JP"}}}')
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head><body>'
            '<div class="jobsearch-ViewJobLayout"><h1 data-testid="jobsearch-JobInfoHeader-title">接客スタッフ</h1>'
            '<div data-testid="inlineHeader-companyName">イニテック合同会社</div>'
            '<div data-testid="inlineHeader-companyLocation">東京都 練馬区 春日町</div></div></body></html>')
    job = extract_snapshot(Snapshot(url="https://jp.indeed.com/viewjob?jk=660c6639c9f1aedd", html=html)).job
    assert (job.title, job.company, job.location) == ("接客スタッフ", "イニテック合同会社", "東京都 練馬区 春日町")


@pytest.mark.parametrize(("heading", "why", "instead"), [
    # A robot check shown at a job's address, and a job taken down: no job titled by the wall's words.
    ("Just a moment...", "it is a check that you are not a robot", "pass the check, then capture the page again"),
    ("This job is no longer available", "it says what you opened was not found",
     "look for the job on the employer's own site"),
])
def test_a_wall_or_a_removed_job_at_a_jobs_address_is_no_job(heading, why, instead):
    html = f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1><p>indeed.com</p></body></html>"
    result = extract_snapshot(Snapshot(url="https://www.indeed.com/viewjob?jk=0123456789abcdef", html=html))
    assert result.job is None
    assert result.reason.startswith(f"no job found on this page: {why}") and result.reason.endswith(instead)


@pytest.mark.parametrize(("highlighted", "job"), [
    # In the shape of a search saved with its first result open in the side pane (2025): the search's own address names
    # no job; the card of the job shown is highlighted and carries its key; the employer's box sets a style inside it.
    (" vjs-highlight", True),
    ("", False),  # no card marked as the one shown: the pane's job is not known
])
def test_a_searchs_side_pane_opened_by_itself_is_the_highlighted_cards_job(highlighted, job):
    html = ("<html><head><title>Frontend Jobs, Employment in Egypt, AR | Indeed</title></head><body><ul><li>"
            f"<div class='cardOutline tapItem result{highlighted}'><h3 class='jobTitle'><a data-jk='b974b400e0228d67' "
            "href='/rc/clk?jk=b974b400e0228d67'>PHP Developer</a></h3></div></li></ul>"
            "<div class='jobsearch-RightPane'><div id='jobsearch-ViewjobPaneWrapper'>"
            "<h2 class='jobsearch-JobInfoHeader-title' data-testid='jobsearch-JobInfoHeader-title'><span>PHP Developer"
            "<span> - job post</span></span></h2><div data-testid='inlineHeader-companyName'><style>.serp{font-family:"
            "Arial}</style><a>Initech Technologies</a></div><div data-testid='inlineHeader-companyLocation'>Jonesboro, AR"
            "</div><div id='jobDescriptionText'>Build the site.</div></div></div></body></html>")
    result = extract_snapshot(Snapshot(url="https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html", html=html))
    assert (result.job is not None) == job
    assert not job or (result.job.title, result.job.company, result.job.location, result.job.board_job_id) == (
        "PHP Developer", "Initech Technologies", "Jonesboro, AR", "b974b400e0228d67")
