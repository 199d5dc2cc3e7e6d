"""Captures: the raw snapshot is always kept, and a resend is answered, not stored twice."""

import base64
import gzip

from companion.store.models import Capture
from companion.services import captures


def test_page_capture_is_stored_even_when_nothing_is_understood(client, db):
    snapshot = {"url": "https://example.com/about", "title": "About us", "html": "<html><body>Hello</body></html>",
                "json_ld": [], "selection": ""}
    response = client.post("/api/captures", json=snapshot)
    assert response.status_code == 201
    assert response.json["capture"]["status"] == "not_understood"
    assert response.json["message"].startswith("No job found on this page")
    stored = Capture.get()
    assert stored.payload["html"] == snapshot["html"] and stored.reason
    listed = client.get("/api/captures?status=not_understood").json["captures"]
    assert [c["id"] for c in listed] == [stored.id]


def test_resend_with_the_same_client_id_is_one_capture(client, db):
    snapshot = {"url": "https://example.com/jobs/1", "html": "<p>job</p>", "client_id": "outbox-7f3a"}
    first = client.post("/api/captures", json=snapshot)
    second = client.post("/api/captures", json=snapshot)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json == second.json
    assert Capture.select().count() == 1


def test_resend_that_races_the_first_send_is_answered_with_the_first(client, db, monkeypatch):
    """Two sends of one capture that both looked before either stored: the second one's
    insert is refused by the unique client_id and it answers with the first capture."""
    snapshot = {"url": "https://example.com/jobs/2", "html": "<p>job</p>", "client_id": "outbox-race"}
    first = client.post("/api/captures", json=snapshot)
    looked = []
    real_lookup = captures._earlier_capture

    def lookup_that_misses_once(client_id):
        looked.append(client_id)
        return None if len(looked) == 1 else real_lookup(client_id)

    monkeypatch.setattr(captures, "_earlier_capture", lookup_that_misses_once)
    second = client.post("/api/captures", json=snapshot)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json == first.json
    assert Capture.select().count() == 1


def test_page_and_invite_together_are_refused(client, unchanged):
    with unchanged():
        response = client.post("/api/captures", json={"url": "https://x.example", "html": "<p/>", "ics": "BEGIN:VCALENDAR"})
    assert response.status_code == 400 and response.json["error"]["field"] == "ics"


def test_page_capture_needs_a_url(client, unchanged):
    with unchanged():
        response = client.post("/api/captures", json={"html": "<p>job</p>"})
    assert response.status_code == 400 and response.json["error"]["field"] == "url"


def gzipped(text: str | bytes) -> str:
    return base64.b64encode(gzip.compress(text.encode() if isinstance(text, str) else text)).decode()


def test_a_gzipped_page_is_read_and_kept_as_its_html(client, db):
    """What the extension sends: the page packed once in the page, unpacked by the companion."""
    html = "<html><body><h1>Java Full Stack Engineer</h1><p>Büro in Zürich — 東京 — 💼</p></body></html>"
    posting = agency_posting("Zürich Versicherung", "Wir suchen dich.")["json_ld"]
    response = client.post("/api/captures", json={"url": "https://jobs.example/zurich", "title": "Job",
                                                  "html_gzip": gzipped(html), "json_ld": posting})
    assert response.status_code == 201
    assert response.json["application"]["company"] == "Zürich Versicherung"
    stored = Capture.get()
    assert stored.payload["html"] == html and "html_gzip" not in stored.payload


def test_a_packed_page_that_does_not_unpack_is_refused_with_what_is_wrong(client, unchanged):
    cases = {
        "not base64 at all!": "not gzipped HTML in base64",
        base64.b64encode(b"<html>plain, not gzipped</html>").decode(): "not gzipped HTML in base64",
        gzipped("<html>" + "x" * 5000)[:-40]: "gzip stream does not end",
        gzipped("<p>caf\xe9</p>".encode("latin-1")): "not unpack to UTF-8",
        gzipped("<p>a\0b</p>"): "NUL",
        # A few kilobytes that would unpack to 64 MB: refused once past what a body may be.
        gzipped(bytes(64 * 2**20)): "unpacks to more than 12 MB",
    }
    for packed, reason in cases.items():
        with unchanged():
            response = client.post("/api/captures", json={"url": "https://jobs.example/1", "html_gzip": packed})
        assert response.status_code == 400, reason
        assert response.json["error"]["field"] == "html_gzip" and reason in response.json["error"]["message"]
    with unchanged():
        both = client.post("/api/captures", json={"url": "https://jobs.example/1", "html": "<p/>", "html_gzip": gzipped("<p/>")})
    assert both.status_code == 400 and "not both" in both.json["error"]["message"]


def test_empty_client_id_is_no_id(client, db):
    for _ in range(2):
        assert client.post("/api/captures", json={"url": "https://example.com/a", "client_id": ""}).status_code == 201
    assert Capture.select().count() == 2


def agency_posting(company: str, description: str) -> dict:
    """A job page whose JSON-LD names who posted it (hand-written)."""
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Java Full Stack Engineer",
               "hiringOrganization": {"@type": "Organization", "name": company}, "description": description,
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Vancouver", "addressRegion": "BC"}}}
    return {"url": f"https://jobs.example/{abs(hash(company + description))}", "title": "Job",
            "html": "<html><body><h1>Java Full Stack Engineer</h1></body></html>", "json_ld": [posting]}


def test_a_recruiting_agencys_posting_asks_for_the_employer_and_keeps_the_agency(client, db):
    for company, description in (("Robert Half", "A SaaS company is hiring a Java engineer."),
                                 ("Northwind Talent", "Our client is a leading logistics firm looking for a Java engineer."),
                                 ("Harbour Search", "I'm representing a fast-growing fintech that needs its first Java engineer.")):
        answer = client.post("/api/captures", json=agency_posting(company, description)).json
        assert answer["application"]["company"] == "" and "company" in answer["missing"]
        assert answer["poster"] == company
        assert answer["application"]["notes"] == f"Posted by {company}, a recruiting agency, for an employer it does not name."


def test_a_consultancy_that_speaks_of_its_clients_is_the_employer(client, db):
    answer = client.post("/api/captures", json=agency_posting(
        "Contoso Consulting", "You will work with our clients across Canada on their cloud platforms.")).json
    assert answer["application"]["company"] == "Contoso Consulting" and answer["poster"] is None


def test_what_a_page_no_reader_knows_gave_is_a_guess_until_the_user_corrects_it(client, db):
    """The last resort's fields come with how they were read, for the panel to ask; a value the
    user typed is kept through a recapture and is not asked about again."""
    title = "Platform Engineer – Initech"
    page = {"url": "https://initech.example/careers/platform-engineer-4412", "title": title,
            "html": f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                    '<p class="job-location">Austin, TX</p></body></html>'}
    first = client.post("/api/captures", json=page).json
    assert {item["field"]: item["why"] for item in first["uncertain"]} == {
        "title": "from the page's title", "company": "from the page's title",
        "location": "from the page's text"}
    application_id = first["application"]["id"]

    assert client.patch(f"/api/applications/{application_id}", json={"company": "Initech Ltd."}).status_code == 200
    again = client.post("/api/captures", json=page).json
    assert again["application"]["id"] == application_id
    assert again["application"]["company"] == "Initech Ltd."
    assert [item["field"] for item in again["uncertain"]] == ["title", "location"]


def test_a_page_read_from_its_posting_data_asks_nothing(client, db):
    answer = client.post("/api/captures", json=agency_posting("Initech", "We build things.")).json
    assert answer["application"]["company"] == "Initech" and answer["uncertain"] == []


def test_an_invites_company_read_from_the_organisers_address_is_asked_about(client, db):
    invite = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:screen-7@bluefinhealth.example\r\n"
              "DTSTAMP:20391101T000000Z\r\nDTSTART:20401210T150000Z\r\nDTEND:20401210T153000Z\r\nSUMMARY:Phone screen\r\n"
              "ORGANIZER;CN=Dana Lee:mailto:dana.lee@bluefinhealth.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    answer = client.post("/api/captures", json={"ics": invite}).json
    assert answer["application"]["company"] == "Bluefinhealth"
    assert answer["uncertain"] == [{"field": "company", "why": "from the organiser's e-mail address"}]

    client.patch(f"/api/applications/{answer['application']['id']}", json={"company": "Bluefin Health"})
    again = client.post("/api/captures", json={"ics": invite.replace("screen-7", "screen-8")}).json
    assert again["uncertain"] == []  # the user's "Bluefin Health" is not what the address spells
