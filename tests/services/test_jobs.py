"""Jobs from captured pages, end to end through the capture API: one application per job,
later captures fill gaps and keep the user's edits, pages without a job are kept with why."""

from __future__ import annotations

import pytest

import json
import re

from companion.store.models import Application, Capture, Contact
from fixture_files import linkedin_search_page_of_size, page_html

GOOGLE_JOB = "https://www.linkedin.com/jobs/view/3561224688/"
EMBEDDED = "https://www.northwind-robotics.example/careers/job/?gh_jid=4012345006&gh_src=5e1f2a"


def capture(client, fixture: str, url: str, html: str | None = None):
    snapshot = {"url": url, "title": "", "html": page_html(fixture) if html is None else html,
                "json_ld": [], "selection": ""}
    response = client.post("/api/captures", json=snapshot)
    assert response.status_code == 201, response.json
    return response.json


@pytest.mark.corpus
def test_search_pane_job_page_and_guest_page_are_one_application(client, db):
    answers = [
        capture(client, "linkedin_search_pane.html",
                "https://www.linkedin.com/jobs/search/?currentJobId=3561224688&keywords=controls&trk=x"),
        capture(client, "linkedin_job_view_logged_in.html", GOOGLE_JOB + "?trackingId=abc&refId=def"),
        capture(client, "linkedin_guest_jobview_google_austin.html",
                "https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688"
                "?trk=public_jobs_topcard-title"),
    ]

    assert len({answer["application"]["id"] for answer in answers}) == 1
    assert Application.select().count() == 1 and Capture.select().count() == 3
    application = Application.get()
    assert (application.company, application.title, application.location) == (
        "Google", "Power Monitoring Execution Engineer, Google Data Center", "Austin, TX")
    assert (application.board, application.board_job_id, application.job_url) == ("linkedin", "3561224688", GOOGLE_JOB)
    # The recruiter shown in the pane and on the job page is one contact; the manager is added.
    assert sorted((c.name, c.kind) for c in application.contacts) == [
        ("Marcus Oyelaran", "hiring_manager"), ("Priya Raman", "recruiter")]
    assert all(answer["capture"]["status"] == "understood" for answer in answers)
    assert answers[0]["message"] == "Captured." and answers[0]["missing"] == []


def test_a_later_capture_fills_missing_fields_and_keeps_user_edits(client, db):
    # First captured while the page did not yet show the place
    place = ' &middot; <span class="careers-job__place">Pittsburgh, PA</span>'
    unplaced = page_html("greenhouse_embedded.html").replace(place, "")
    first = capture(client, "greenhouse_embedded.html", EMBEDDED, html=unplaced)
    application_id = first["application"]["id"]
    assert first["missing"] == ["location"] and first["application"]["location"] == ""

    edited = client.patch(f"/api/applications/{application_id}", json={"title": "Motion Planning Engineer"})
    assert edited.status_code == 200

    # Captured again once the page showed more: JSON-LD with the place, another title and name.
    posting = {"@context": "https://schema.org", "@type": "JobPosting",
               "title": "Robotics Software Engineer II, Motion Planning",
               "hiringOrganization": {"@type": "Organization", "name": "Northwind Robotics, Inc."},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Pittsburgh", "addressRegion": "PA"}}}
    html = unplaced.replace("</head>", f'<script type="application/ld+json">{json.dumps(posting)}</script></head>')
    second = capture(client, "greenhouse_embedded.html", EMBEDDED, html=html)

    assert second["application"]["id"] == application_id
    assert Application.select().count() == 1
    stored = client.get(f"/api/applications/{application_id}").json
    assert stored["location"] == "Pittsburgh, PA"  # was missing: filled
    assert stored["title"] == "Motion Planning Engineer"  # edited by hand: kept
    assert stored["company"] == "Northwind Robotics"  # already known: not replaced
    kinds = [entry["kind"] for entry in stored["activity"]]
    assert kinds.count("created") == 1 and "filled" in kinds and "edit" in kinds
    filled = next(entry for entry in stored["activity"] if entry["kind"] == "filled")
    assert filled["detail"]["fields"] == ["location"]


@pytest.mark.corpus
def test_a_page_without_a_job_is_stored_and_answered_with_the_reason(client, db):
    answer = capture(client, "linkedin_authwall_challenge.html", "https://www.linkedin.com/jobs/view/3915648739/")

    assert answer["application"] is None
    assert answer["message"].startswith(
        "No job found on this page: LinkedIn showed its sign-in wall instead of the job")
    assert answer["capture"]["status"] == "not_understood"
    assert answer["capture"]["extractor"] == "linkedin"
    stored = Capture.get_by_id(answer["capture"]["id"])
    assert stored.payload["html"] == page_html("linkedin_authwall_challenge.html")
    assert "sign-in wall" in stored.reason
    listed = client.get("/api/captures?status=not_understood").json["captures"]
    assert [c["id"] for c in listed] == [stored.id]
    assert Application.select().count() == 0


def test_a_5_mb_page_is_accepted_and_read_within_the_body_cap(app, client, db):
    snapshot = {"url": "https://www.linkedin.com/jobs/search/?currentJobId=3561224688",
                "title": "", "html": linkedin_search_page_of_size(5 * 1024 * 1024), "json_ld": [], "selection": ""}
    body = json.dumps(snapshot)
    assert 5 * 1024 * 1024 <= len(body.encode()) < app.config["MAX_CONTENT_LENGTH"]

    response = client.post("/api/captures", data=body, content_type="application/json")

    assert response.status_code == 201
    assert response.json["capture"]["status"] == "understood"
    assert response.json["application"]["title"] == "Power Monitoring Execution Engineer, Google Data Center"
    assert response.json["application"]["board_job_id"] == "3561224688"


def test_careers_pages_without_ids_match_on_company_and_title(client, db):
    html = page_html("schema_org_graph_odd_shapes.html")
    first = capture(client, "schema_org_graph_odd_shapes.html", "https://www.litware.example/careers/senior-support-engineer/")
    # The same job on the company's other careers address (no canonical link there).
    second = capture(client, "schema_org_graph_odd_shapes.html", "https://jobs.litware.example/positions/1187",
                     html=re.sub(r'<link rel="canonical"[^>]*>', "", html))

    assert first["application"]["id"] == second["application"]["id"]
    assert Application.select().count() == 1


def test_two_applications_with_the_same_title_are_not_guessed_between(client, db):
    for place in ("Lisbon", "Porto"):
        client.post("/api/applications", json={"company": "Litware & Sons Ltd", "title": "Senior Support Engineer (Remote, UK)",
                                               "location": place})

    capture(client, "schema_org_graph_odd_shapes.html", "https://www.litware.example/careers/senior-support-engineer/")

    assert Application.select().count() == 3


def test_application_contact_email_is_a_recruiter_once(client, db):
    html = ('<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker", "hiringOrganization": "Crumbs",'
            ' "applicationContact": {"@type": "ContactPoint", "email": "Jobs@Crumbs.example", "name": "Ana Ruiz"}}</script>')
    capture(client, "schema_org_graph_odd_shapes.html", "https://crumbs.example/jobs/baker", html=html)
    capture(client, "schema_org_graph_odd_shapes.html", "https://crumbs.example/jobs/baker?utm_source=mail",
            html=html.replace("Jobs@Crumbs.example", "jobs@crumbs.example"))

    assert [(c.name, c.email, c.kind) for c in Contact.select()] == [("Ana Ruiz", "Jobs@Crumbs.example", "recruiter")]
