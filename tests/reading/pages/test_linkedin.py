"""LinkedIn: the job page, the search and collections panes, the guest page, the walls."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from fixture_files import marking_corpus_files, snapshot_of

JOB_ID = "3561224688"
TITLE = "Power Monitoring Execution Engineer, Google Data Center"
JOB_URL = f"https://www.linkedin.com/jobs/view/{JOB_ID}/"

# (fixture, address it was captured at, location the page shows, extractor confidence at least)
SAME_JOB = [
    ("linkedin_guest_jobview_google_austin.html",
     "https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688"
     "?refId=QtFMfOeF4DFBmMCxtHwuiw%3D%3D&trackingId=njiK5IucWIiZ8iQuZP50CA%3D%3D&trk=public_jobs_topcard-title",
     "Austin, TX", 0.9),
    ("linkedin_job_view_logged_in.html",
     "https://www.linkedin.com/jobs/view/3561224688/?eBP=CwEAAAGTfake&refId=abc&trackingId=def&trk=flagship3_job_home",
     "Austin, TX", 0.8),
    ("linkedin_search_pane.html",
     "https://www.linkedin.com/jobs/search/?currentJobId=3561224688&geoId=104472865&keywords=controls%20engineer&origin=JOB_SEARCH_PAGE_SEARCH_BUTTON",
     "Austin, TX", 0.8),
    ("linkedin_collections_pane_loading.html",
     "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3561224688&discover=recommended",
     "Austin, TX", 0.6),
]


@pytest.mark.parametrize("fixture, url, location, confidence", marking_corpus_files(SAME_JOB))
def test_every_layout_gives_the_same_job_and_identity(fixture, url, location, confidence):
    result = extract_snapshot(snapshot_of(fixture, url))

    assert result.extractor == "linkedin"
    assert (result.job.title, result.job.company, result.job.location) == (TITLE, "Google", location)
    assert (result.job.board, result.job.board_job_id, result.job.job_url) == ("linkedin", JOB_ID, JOB_URL)
    assert result.missing == []
    assert result.confidence >= confidence


def test_search_pane_is_read_not_the_first_card_of_the_list():
    # The first card on the page is another employer's job: only currentJobId's pane counts.
    result = extract_snapshot(snapshot_of("linkedin_search_pane.html", SAME_JOB[2][1]))

    assert result.job.company == "Google"
    assert result.job.remote is False  # the pane says "On-site"


def test_pane_still_loading_falls_back_to_the_job_card_with_lower_confidence():
    pane = extract_snapshot(snapshot_of("linkedin_search_pane.html", SAME_JOB[2][1]))
    card = extract_snapshot(snapshot_of("linkedin_collections_pane_loading.html", SAME_JOB[3][1]))

    assert card.job.location == "Austin, TX"  # "(On-site)" moved out of the place
    assert card.job.remote is False
    assert card.confidence < pane.confidence


def test_logged_in_page_names_the_hiring_team_as_contacts():
    result = extract_snapshot(snapshot_of("linkedin_job_view_logged_in.html", SAME_JOB[1][1]))

    assert [(c.name, c.title, c.linkedin_url, c.kind) for c in result.contacts] == [
        ("Priya Raman", "Technical Recruiter, Data Centers at Google",
         "https://www.linkedin.com/in/priya-raman-talent-example/", "recruiter"),
        ("Marcus Oyelaran", "Engineering Manager, Data Center Controls at Google",
         "https://www.linkedin.com/in/marcus-oyelaran-example/", "hiring_manager"),
    ]
    assert "10 years of experience with mission critical facilities" in result.job.description


def test_search_pane_job_poster_is_a_recruiter_contact():
    result = extract_snapshot(snapshot_of("linkedin_search_pane.html", SAME_JOB[2][1]))

    assert [(c.name, c.kind, c.linkedin_url) for c in result.contacts] == [
        ("Priya Raman", "recruiter", "https://www.linkedin.com/in/priya-raman-talent-example/")]


@pytest.mark.corpus
def test_guest_page_reads_json_ld_and_has_no_contacts():
    result = extract_snapshot(snapshot_of(*SAME_JOB[0][:2]))

    assert result.contacts == []
    assert result.job.description.startswith("Note: By applying to this position")
    assert "<strong>" not in result.job.description and "&lt;" not in result.job.description


@pytest.mark.corpus
@pytest.mark.parametrize("fixture, url", [
    ("linkedin_authwall_challenge.html", "https://www.linkedin.com/jobs/view/3915648739/"),
    ("linkedin_429_authwall_redirect.html", "https://www.linkedin.com/jobs/view/4053542511/"),
])
def test_sign_in_walls_are_no_job_found_with_the_reason(fixture, url):
    result = extract_snapshot(snapshot_of(fixture, url))

    assert result.job is None and not result.found_anything
    assert result.extractor == "linkedin"
    assert result.reason.startswith("no job found on this page: LinkedIn showed its sign-in wall instead of the job")


def test_linkedin_page_without_a_job_says_so():
    snapshot = snapshot_of("linkedin_search_pane.html", "https://www.linkedin.com/feed/")
    snapshot.html = "<html><head><title>Feed | LinkedIn</title></head><body><main><p>Posts</p></main></body></html>"

    result = extract_snapshot(snapshot)

    assert result.job is None
    assert result.reason == ("no job found on this page: this LinkedIn page has no job open "
                             "(open a job on its own page or in the search pane, then capture again)")


def test_job_id_from_the_address_survives_a_page_that_has_not_loaded():
    snapshot = snapshot_of("linkedin_search_pane.html", "https://www.linkedin.com/jobs/view/4012345678/")
    snapshot.html = "<html><body><main><div class='jobs-details'></div></main></body></html>"

    result = extract_snapshot(snapshot)

    assert result.job is None
    assert "LinkedIn job 4012345678 had not finished loading" in result.reason


@pytest.mark.parametrize("url, title", [
    ("https://www.linkedin.com/company/northwind-robotics/", "Northwind Robotics | LinkedIn"),
    ("https://www.linkedin.com/pulse/what-i-learned-hiring-riley-chen", "What I learned hiring | LinkedIn"),
    ("https://www.linkedin.com/in/riley-chen-12345/", "Riley Chen - Engineering Manager | LinkedIn"),
])
def test_a_linkedin_page_without_a_job_is_no_job_rather_than_one_named_after_it(url, title):
    html = f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head><body><h1>{title}</h1></body></html>"
    result = extract_snapshot(Snapshot(url=url, html=html))
    assert result.job is None
    assert result.reason == ("no job found on this page: this LinkedIn page has no job open (open a job on its own "
                             "page or in the search pane, then capture again)")


# The logged-in top card of 2023 (hand-written after its public structure): the company's link,
# then the place as plain words, then the time and the applicant count in spans of their own.
LOGGED_IN_TOP_CARD = """<!doctype html><html><head><title>LinkedIn</title></head><body><main><div class="jobs-details">
<div class="jobs-unified-top-card t-14 artdeco-card mb4">
  <h2 class="t-24 t-bold jobs-unified-top-card__job-title">Principal Software Engineer</h2>
  <div class="jobs-unified-top-card__primary-description"><div>
    <a class="app-aware-link" href="https://www.linkedin.com/company/pinecone-pay/life">Pinecone Pay</a><span class="white-space-pre"> </span>· United States (Remote)<span class="white-space-pre"> </span><span class="tvm__text tvm__text--neutral"><span>1 week ago</span></span><span class="tvm__text tvm__text--neutral"> · </span><span class="tvm__text tvm__text--neutral">92 applicants</span>
  </div></div>
</div></div></main>
<ul><li><a href="/jobs/search/?currentJobId=3707155729">Another job</a></li><li><a href="/jobs/search/?currentJobId=3707153980">And another</a></li></ul>
</body></html>"""


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/jobs/collections/recommended/",  # its own address, no job id in it
    "https://web.archive.org/web/20231020000000/https://www.linkedin.com/jobs/view/",  # an archive's copy
])
def test_the_logged_in_top_card_gives_the_place_after_the_company_not_the_time(url):
    read = extract_snapshot(Snapshot(url=url, html=LOGGED_IN_TOP_CARD))
    assert read.extractor == "linkedin"
    assert (read.job.company, read.job.title, read.job.location) == (
        "Pinecone Pay", "Principal Software Engineer", "United States (Remote)")


def test_a_remote_jobs_area_says_remote_where_only_the_top_cards_pills_say_so():
    # In the shape of a logged-in search's pane (2025): the line names the area, a pill says "Remote".
    pills = ('<button class="job-details-preferences-and-skills"><div class="job-details-preferences-and-skills__pill">'
             '<span class="ui-label">Remote</span></div><div class="job-details-preferences-and-skills__pill">'
             '<span class="ui-label">Contract</span></div></button>')
    html = LOGGED_IN_TOP_CARD.replace("· United States (Remote)", "· EMEA").replace("</div></div>\n</div></div></main>",
                                                                                 f"</div></div>{pills}\n</div></div></main>")
    read = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/collections/recommended/", html=html))
    assert (read.job.location, read.job.remote) == ("EMEA (Remote)", True)


def test_a_page_that_only_mentions_linkedin_is_not_read_as_linkedins():
    read = extract_snapshot(Snapshot(url="https://blog.example/post", html=(
        "<html><head><title>How I use LinkedIn</title></head><body><p>Open jobs-unified-top-card in devtools</p></body></html>")))
    assert read.extractor != "linkedin"


def test_the_place_on_the_job_page_linkedin_draws_with_hashed_classes():
    # Since 2025 the logged-in job page has no class names to select by; the place is the first
    # part of the paragraph under the title (the shape of a real saved page, in our own words).
    html = """<html><head><title>(2) Data Engineer | Initech | LinkedIn</title></head><body><main>
      <div class="_9a1b2c"><a href="https://www.linkedin.com/company/initech/life/">Initech</a></div>
      <p class="d8d5bb _2dffdc"><span>Data Engineer</span></p>
      <p class="d8d5bb e1321d"><span class="_98cb9b">Leeds, England, United Kingdom</span><span>·</span><span>3 days ago</span>
        <span>·</span><span>12 people clicked apply</span></p>
      <p class="d8d5bb">Promoted by hirer · Responses managed off LinkedIn</p></main></body></html>"""
    job = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/view/4410000001/", html=html)).job
    assert (job.title, job.company, job.location) == ("Data Engineer", "Initech", "Leeds, England, United Kingdom")


def test_the_place_in_a_searchs_pane_is_under_its_employers_title_not_another_cards_alike():
    # In the shape of a search saved with one job open (2026): a card of another employer's job titled alike comes
    # first, then the pane's employer over the title over its place.
    html = """<html><head><title>(3) Software Engineer | Initech | LinkedIn</title></head><body><main>
      <p class="e65"><span>Software Engineer</span></p><p class="d2e">Globex</p><p class="d2e">Springfield, IL (On-site)</p>
      <div class="_9a1"><a href="https://www.linkedin.com/company/initech/life/">Initech</a></div>
      <p class="e65">Initech</p><p class="e65">Software Engineer</p>
      <p class="d2e"><span>United States</span><span>·</span><span>1 month ago</span></p></main></body></html>"""
    job = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/search/?currentJobId=4421197159", html=html)).job
    assert (job.title, job.company, job.location) == ("Software Engineer", "Initech", "United States")


def test_the_guest_pages_title_gives_the_place_in_full_when_its_card_shortens_it():
    title = "Initech sta assumendo DATA ANALYST in Rome, Latium, Italy | LinkedIn"
    html = (f"<html><head><title>{title}</title></head><body><section class='top-card-layout'>"
            "<h1 class='top-card-layout__title'>DATA ANALYST</h1>"
            "<span class='topcard__flavor'><a class='topcard__org-name-link'>Initech</a></span>"
            "<span class='topcard__flavor topcard__flavor--bullet'> Rome </span></section></body></html>")
    job = extract_snapshot(Snapshot(url="https://it.linkedin.com/jobs/view/data-analyst-at-initech-3946498763",
                                    html=html)).job
    assert (job.title, job.company, job.location) == ("DATA ANALYST", "Initech", "Rome, Latium, Italy")


def test_the_guest_pages_title_gives_the_place_after_a_dash_where_the_page_shows_none():
    # In the shape of LinkedIn's guest job page copied from the browser (2026): no place in the card.
    title = "Entry-Level Automation Engineer | 2026 Graduate at Initech — Amstelveen, North Holland, Netherlands | LinkedIn Jobs"
    html = (f"<html><head><title>{title}</title></head><body><section class='top-card-layout'>"
            "<h1 class='top-card-layout__title'>Entry-Level Automation Engineer | 2026 Graduate</h1>"
            "<span class='topcard__flavor'><a class='topcard__org-name-link'>Initech</a></span></section></body></html>")
    job = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/view/4392276998", html=html)).job
    assert (job.company, job.location) == ("Initech", "Amstelveen, North Holland, Netherlands")


# The logged-in job view of 2025 names only the parts of its top card (job-details-jobs-unified-
# top-card__job-title, …), and its "About the company" box gives the company's industry.
TOP_CARD_PARTS = """<!doctype html><html><head><title>Creative Director | Initech Staffing | LinkedIn</title></head>
<body><main><div class="job-details-jobs-unified-top-card__container--two-pane">
  <div class="job-details-jobs-unified-top-card__company-name"><a href="https://www.linkedin.com/company/initech-staffing/life">Initech Staffing</a></div>
  <h1 class="t-24 job-details-jobs-unified-top-card__job-title">Creative Director</h1>
  <div class="job-details-jobs-unified-top-card__primary-description-container">
    <span class="tvm__text">New York, NY</span><span class="tvm__text"> · 1 day ago</span></div>
</div>
<section class="jobs-company"><div class="t-14 mt5"> {industry} <span class="jobs-company__inline-information">1,001-5,000 employees</span></div></section>
</main></body></html>"""


@pytest.mark.parametrize(("industry", "company", "poster"), [
    ("Staffing and Recruiting", "", "Initech Staffing"),  # an agency: the employer is for the user to name
    ("Software Development", "Initech Staffing", ""),
])
def test_a_saved_job_view_is_known_by_its_top_cards_parts_and_an_agency_by_its_industry(industry, company, poster):
    read = extract_snapshot(Snapshot(url="https://page.example/saved.html", html=TOP_CARD_PARTS.format(industry=industry)))
    assert read.extractor == "linkedin"
    assert (read.job.title, read.job.location) == ("Creative Director", "New York, NY")
    assert (read.job.company, read.job.poster) == (company, poster)


def test_a_guest_search_with_one_result_is_a_list_not_a_job():
    html = ("<html><head><title>1 Rust Developer Jobs in San Francisco Bay Area</title></head><body><section class='top-card-layout'>"
            "<h1 class='top-card-layout__title'>1 Rust Developer Jobs in San Francisco Bay Area</h1></section>"
            "<ul><li><div class='base-card' data-entity-urn='urn:li:jobPosting:4200000001'><h3>Developer Productivity Engineer</h3>"
            "<a class='hidden-nested-link' href='https://www.linkedin.com/company/hightouch'>Hightouch</a></div></li></ul></body></html>")
    read = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/rust-developer-jobs-san-francisco-bay-area", html=html))
    assert read.job is None
    assert "lists 1 job;" in read.reason and "open one job" in read.reason


def test_the_job_open_in_a_guest_searchs_pane_is_read_with_its_own_id():
    html = ("<html><head><title>1,000+ Jobs in Tallinn</title></head><body><a href='/authwall?trk=x'>Sign in</a>"
            "<h1>1,000+ Jobs in Tallinn, Harjumaa, Estonia</h1><ul><li data-entity-urn='urn:li:jobPosting:3603059228'>…</li>"
            "<li data-entity-urn='urn:li:jobPosting:3603059229'>…</li></ul><section class='details-pane'>"
            "<div class='top-card-layout'><a class='topcard__link' href='https://ee.linkedin.com/jobs/view/"
            "marketing-assistant-at-initech-3603059228?refId=x'><h2 class='top-card-layout__title topcard__title'>"
            "Marketing Assistant</h2></a><span class='topcard__flavor'><a class='topcard__org-name-link'>Initech</a></span>"
            "<span class='topcard__flavor topcard__flavor--bullet'> Tallinn, Harjumaa, Estonia </span></div></section></body></html>")
    job = extract_snapshot(Snapshot(url="https://ee.linkedin.com/jobs/jobs-in-tallinn", html=html)).job
    assert (job.title, job.company, job.location) == ("Marketing Assistant", "Initech", "Tallinn, Harjumaa, Estonia")
    assert (job.board_job_id, job.job_url) == ("3603059228", "https://www.linkedin.com/jobs/view/3603059228/")


def test_a_company_without_a_linkedin_page_is_its_name_in_the_top_card():
    html = ("<html><head><title>1,000+ Jobs in Tallinn</title></head><body><section class='details-pane'>"
            "<div class='top-card-layout'><a class='topcard__link' href='https://ee.linkedin.com/jobs/view/"
            "airfreight-officer-at-initech-3595879184'><h2 class='top-card-layout__title topcard__title'>Airfreight officer</h2>"
            "</a><div class='topcard__flavor-row'><span class='topcard__flavor'> Initech OÜ Tallinn, Head office </span>"
            "<span class='topcard__flavor topcard__flavor--bullet'> Tallinn, Harjumaa, Estonia </span></div></div>"
            "</section></body></html>")
    job = extract_snapshot(Snapshot(url="https://ee.linkedin.com/jobs/jobs-in-tallinn", html=html)).job
    assert (job.company, job.location) == ("Initech OÜ Tallinn, Head office", "Tallinn, Harjumaa, Estonia")
