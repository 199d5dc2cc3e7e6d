"""extract_snapshot and the registry: every page gets one answer, the right reader gives it."""

from __future__ import annotations

import pytest

from companion.reading.pages import extract_snapshot, linkedin, registry
from companion.domain.facts import Snapshot
from fixture_files import CORPUS_PAGES, PAGES, linkedin_search_page_of_size, marking_corpus_files, snapshot_of

# Every page fixture, the address it is captured at, and who answers with which title
# (None: no job found).
EVERY_PAGE = {
    "ashby_posting.html": ("https://jobs.ashbyhq.com/tailspin/0b7e5c9a-2d41-4f3e-8a6b-91c0d2e3f4a5",
                           "ashby", "Product Designer, Growth"),
    "greenhouse_classic_anthropic.html": ("https://boards.greenhouse.io/anthropic/jobs/4182383008",
                                          "greenhouse", "Machine Learning Systems Engineer, RL Engineering"),
    "greenhouse_embedded.html": ("https://www.northwind-robotics.example/careers/job/?gh_jid=4012345006",
                                 "greenhouse", "Robotics Software Engineer, Motion Planning"),
    "greenhouse_jobboards_remix_scaleai.html": ("https://job-boards.greenhouse.io/scaleai/jobs/4315289005", "greenhouse",
                                                "Senior/Staff Machine Learning Research Scientist Generative AI"),
    "indeed_viewjob_canonical_austin.html": ("https://www.indeed.com/viewjob?jk=bf873f62104b48b5", "indeed",
                                             "Engineering Manager, Sustaining Software Engineering, Worldwide"),
    "jobindex_dk_jsonld_website_only.html": ("https://www.jobindex.dk/jobannonce/r12800344", "fallback",
                                             "Pilot Scientist for Purification"),
    "jobindex_dk_no_jsonld.html": ("https://www.jobindex.dk/jobannonce/h1509671", "fallback",
                                   "International Export Manager, Distributor Sales"),
    "lever_posting.html": ("https://jobs.lever.co/contosohealth/6f1c2a4e-8b3d-4c7a-9e12-3f5a7b9c0d21", "lever",
                           "Senior Data Engineer, Claims Platform"),
    "indeed_initial_data_only.html": ("https://nz.indeed.com/viewjob?jk=4f2a9c81d03b7e65", "indeed", "Senior Data Analyst"),
    "linkedin_429_authwall_redirect.html": ("https://www.linkedin.com/jobs/view/4053542511/", "linkedin", None),
    "linkedin_authwall_challenge.html": ("https://www.linkedin.com/jobs/view/3915648739/", "linkedin", None),
    "linkedin_collections_pane_loading.html": (
        "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3561224688", "linkedin",
        "Power Monitoring Execution Engineer, Google Data Center"),
    "linkedin_guest_jobview_google_austin.html": ("https://www.linkedin.com/jobs/view/3561224688/", "linkedin",
                                                  "Power Monitoring Execution Engineer, Google Data Center"),
    "linkedin_job_view_logged_in.html": ("https://www.linkedin.com/jobs/view/3561224688/", "linkedin",
                                         "Power Monitoring Execution Engineer, Google Data Center"),
    "linkedin_search_pane.html": ("https://www.linkedin.com/jobs/search/?currentJobId=3561224688", "linkedin",
                                  "Power Monitoring Execution Engineer, Google Data Center"),
    "schema_org_array_string_org.html": ("https://www.werkzeugbau.example/jobs/industriemechaniker", "schema_org",
                                         "Industriemechaniker (m/w/d)"),
    "schema_org_graph_odd_shapes.html": ("https://www.litware.example/careers/senior-support-engineer/", "schema_org",
                                         "Senior Support Engineer (Remote, UK)"),
    "seek_job_view.html": ("https://www.seek.com.au/job/81234567", "seek", "Senior Platform Engineer"),
    "smartrecruiters_posting.html": (
        "https://jobs.smartrecruiters.com/AdatumInstruments/743999912345678-field-service-technician",
        "smartrecruiters", "Field Service Technician"),
    "workday_no_jsonld.html": (
        "https://fabrikam.wd3.myworkdayjobs.com/en-US/Fabrikam_Careers/job/Boston-MA/Clinical-Data-Manager-II_JR-004512",
        "workday", "Clinical Data Manager II"),
}


def test_every_page_fixture_is_in_the_table_and_says_how_it_was_made():
    pages = {path.name for path in PAGES.glob("*.html")}

    assert pages <= set(EVERY_PAGE)
    for name in pages:
        assert (PAGES / f"{name}.source.txt").read_text(encoding="utf-8").startswith("made by: hand"), name


@pytest.mark.corpus
def test_every_other_page_in_the_table_is_in_the_corpus():
    assert {name for name in EVERY_PAGE if not (PAGES / name).exists()} <= {path.name for path in CORPUS_PAGES.glob("*.html")}


@pytest.mark.parametrize("fixture", marking_corpus_files(sorted(EVERY_PAGE)))
def test_every_page_is_answered_by_the_right_reader(fixture):
    url, extractor, title = EVERY_PAGE[fixture]

    result = extract_snapshot(snapshot_of(fixture, url))

    assert result.extractor == extractor
    if title is None:
        assert result.job is None and result.reason.startswith("no job found on this page: ")
    else:
        assert result.job.title == title and result.reason == ""
        assert set(result.missing) <= {"company", "title", "location"}
        assert 0 < result.confidence <= 1


def test_registry_puts_site_readers_first_and_the_generic_ones_last():
    names = [extractor.NAME for extractor in registry.EXTRACTORS]

    assert names[-2:] == ["schema_org", "fallback"]
    assert len(set(names)) == len(names)
    for extractor in registry.EXTRACTORS:
        assert callable(extractor.handles) and callable(extractor.extract)


@pytest.mark.corpus
def test_an_extractor_that_fails_is_noted_and_the_next_one_answers(monkeypatch):
    def broken(snapshot):
        raise ValueError("unexpected markup")

    monkeypatch.setattr(linkedin, "extract", broken)

    result = extract_snapshot(snapshot_of("linkedin_guest_jobview_google_austin.html",
                                          "https://www.linkedin.com/jobs/view/3561224688/"))

    assert result.extractor == "schema_org"
    assert result.job.company == "Google"
    assert result.errors == ["linkedin failed: ValueError: unexpected markup"]


@pytest.mark.parametrize("url", ["", "file:///home/me/job.html", "not a url"])
def test_a_capture_without_a_web_address_is_no_job_with_the_reason(url):
    result = extract_snapshot(Snapshot(url=url, html="<h1>Engineer</h1>"))

    assert result.job is None
    assert result.reason.startswith("no job found on this page: the capture's address is not a web page address")


def test_an_empty_capture_says_it_was_empty():
    result = extract_snapshot(Snapshot(url="https://careers.example.com/jobs/42"))

    assert result.reason == "no job found on this page: the capture holds no page content (its html was empty)"


def test_a_5_mb_search_page_is_extracted_correctly():
    html = linkedin_search_page_of_size(5 * 1024 * 1024)
    assert len(html.encode()) >= 5 * 1024 * 1024

    result = extract_snapshot(Snapshot(url="https://www.linkedin.com/jobs/search/?currentJobId=3561224688", html=html))

    job = result.job
    assert (job.title, job.company, job.location) == (
        "Power Monitoring Execution Engineer, Google Data Center", "Google", "Austin, TX")
    assert (job.board, job.board_job_id) == ("linkedin", "3561224688")
    assert [contact.name for contact in result.contacts] == ["Priya Raman"]


_LOREM = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et "
          "dolore magna aliqua.")


@pytest.mark.parametrize(("html", "said"), [
    # a French consultancy's preview build (2021): a whole ad marked as a schema.org JobPosting, its description filler
    ("<title>Rix</title><div itemscope itemtype='https://schema.org/JobPosting'><h1 itemprop='title'>DevOps</h1>"
     "<p>Nous cherchons un·e DevOps à Lyon.</p><dl><dt>Lieu</dt><dd itemprop='jobLocation'>Lyon</dd></dl>"
     f"<h2>Description</h2><p itemprop='description'>{_LOREM}</p></div>", "Lorem ipsum dolor"),
    # the same ad as the site titles it: "an example of an ad"
    ("<title>Rix</title><div itemscope itemtype='https://schema.org/JobPosting'>"
     "<h1 itemprop='title'>Exemple d'annonce: DevOps</h1><p itemprop='description'>Nous cherchons un·e DevOps à Lyon.</p>"
     "</div>", "Exemple d'annonce"),
    # a lab's site template (2025): its one position still the template's
    ("<title>Awesome Job – Climate Lab</title><nav><a href='/'>About</a></nav><main><div class='listing'>"
     "<h3>Awesome Job</h3><p>Abstract of a really awesome job.</p><p>AI Climate PhD</p><p>Open From: 01/06/2025</p>"
     "<p>Here goes the further description of the job. Applicants send a letter and a CV.</p>"
     "<p>Deadline: 30/06/2025. Start: autumn. Place: Valencia. Contract: three years, full time, with teaching.</p>"
     "<p>Apply by e-mail to the group's leader, naming the position in the subject.</p></div></main>", "Here goes the"),
    # a Ghent consultancy's vacancy page (2024): titled "Job Opening 1", its heading a placeholder, its sections filler
    ("<title>Job Opening 1 | Initech</title><nav><a href='/vacatures'>Vacatures</a></nav><h1>Word jij onze nieuwe XYZ?</h1>"
     f"<h2>Functie omschrijving</h2><p>{_LOREM}</p><h2>Functievereisten</h2><p>{_LOREM}</p><h2>Hoe solliciteren?</h2>"
     "<p>Mail ons.</p>", "Lorem ipsum dolor"),
])
def test_a_templates_sample_ad_is_no_job(html, said):
    head, body = html.split("</title>")
    result = extract_snapshot(Snapshot(url="https://initech.example/recrutement/example",
                                       html=f"<html><head>{head}</title></head><body>{body}</body></html>"))
    assert result.job is None and "sample ad" in result.reason and said in result.reason


def test_filler_outside_the_ads_words_leaves_the_job():
    # a real ad on a site whose testimonials box still holds its template's filler
    ad = ("<article><h1>Backend Engineer</h1><p>" + "We build payroll software for small firms and need an engineer "
          "who cares about correctness. " * 4 + "</p><h2>Requirements</h2><p>Python, SQL.</p></article>")
    html = (f"<html><head><title>Backend Engineer – Initech</title></head><body>{ad}"
            f"<aside><h2>What our people say</h2><blockquote>{_LOREM * 3}</blockquote></aside></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/backend-engineer", html=html)).job
    assert job is not None and job.title == "Backend Engineer"
