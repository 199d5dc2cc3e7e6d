"""Captures built to hurt: each is answered with JSON (what was read, what was left out), stores a
bounded number of rows, and never puts a hidden recipient, a script address or an invisible
character into what the user later clicks or reads."""

from __future__ import annotations

import json

from companion.reading.invites.reader import MAX_PEOPLE_KEPT
from companion.services.interviews import MAX_INTERVIEWS_PER_FILE
from companion.store.models import Application, Capture, Contact, Interview


def calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand-made//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def event(number: int, people: str = "", organizer: str = "mailto:talent@initech.example") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:hostile-{number}@initech.example\r\nSUMMARY:Interview with Initech (round {number})\r\n"
        "DTSTART:20401203T140000Z\r\nDTEND:20401203T150000Z\r\n"
        f"ORGANIZER;CN=Initech Talent:{organizer}\r\n{people}END:VEVENT\r\n"
    )


def attendees(count: int) -> str:
    return "".join(f"ATTENDEE;CN=Person {n}:mailto:person{n}@initech.example\r\n" for n in range(count))


def test_an_invite_to_thousands_is_no_interview_and_when_forced_keeps_a_bounded_few(client):
    answer = client.post("/api/captures", json={"ics": calendar(event(1, attendees(5_000)))})
    assert answer.status_code == 201
    assert Interview.select().count() == 0 and Contact.select().count() == 0
    reason = Capture.get().result["interviews"][0]["reason"]
    assert "people are invited, more than any interview panel" in reason
    # The answer says what was left out.
    assert "Event 'Interview with Initech (round 1)' invites 5,000 people; only the first 500 were read." in (
        answer.json["capture"]["problems"])

    forced = client.post("/api/captures", json={"ics": calendar(event(2, attendees(5_000))), "force": True})
    assert forced.status_code == 201
    assert Interview.select().count() == 1
    assert Contact.select().count() == MAX_PEOPLE_KEPT


def test_a_file_of_many_interviews_stores_a_bounded_number_and_says_why_not_the_rest(client):
    events = [event(number) for number in range(MAX_INTERVIEWS_PER_FILE + 30)]
    answer = client.post("/api/captures", json={"ics": calendar(*events)})
    assert answer.status_code == 201
    assert Interview.select().count() == MAX_INTERVIEWS_PER_FILE
    reports = Capture.get().result["interviews"]
    left_out = [report for report in reports if report["action"] == "skipped_over_limit"]
    assert len(left_out) == 30
    assert f"at most {MAX_INTERVIEWS_PER_FILE} interviews" in left_out[0]["reason"]
    # The whole file is kept with the capture, to be read again.
    assert Capture.get().payload["ics"].count("BEGIN:VEVENT") == MAX_INTERVIEWS_PER_FILE + 30


def test_an_attendee_address_that_would_add_recipients_is_not_kept_as_an_address(client):
    hank = 'ATTENDEE;CN=Hank Hill:mailto:hank@evil.example?bcc=spy%40x.example&subject=hi\r\n'
    dana = "ATTENDEE;CN=Dana Lee:mailto:dana.lee@initech.example\r\n"
    assert client.post("/api/captures", json={"ics": calendar(event(1, hank + dana))}).status_code == 201
    people = {contact.name: contact.email for contact in Contact.select()}
    assert people["Dana Lee"] == "dana.lee@initech.example"
    assert people.get("Hank Hill", "") == ""


def test_a_lone_surrogate_is_replaced_not_an_internal_error(client):
    body = '{"company": "Initech \\ud800", "title": "Engineer \\udfff"}'
    answer = client.post("/api/applications", data=body, content_type="application/json")
    assert answer.status_code == 201, answer.json
    assert (answer.json["company"], answer.json["title"]) == ("Initech \ufffd", "Engineer \ufffd")
    # A real pair of halves, escaped, is the character it stands for.
    answer = client.post("/api/applications", data='{"company": "Initech \\ud83d\\ude80"}', content_type="application/json")
    assert answer.json["company"] == "Initech \U0001F680"


def test_a_page_with_a_lone_surrogate_is_captured(client):
    page = {"url": "https://careers.initech.example/jobs/42", "title": "Engineer \ud800",
            "html": "<html><body><h1>Engineer \ud800</h1></body></html>"}
    answer = client.post("/api/captures", data=json.dumps(page), content_type="application/json")
    assert answer.status_code == 201, answer.json


def test_hidden_characters_and_script_addresses_from_json_ld_are_not_stored(client):
    posting = {
        "@context": "https://schema.org", "@type": "JobPosting",
        "title": "Platform\u0000 Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "\u202eInitech\u202c"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Austin\u2066"}},
        "url": "javascript:alert(1)",
    }
    answer = client.post("/api/captures", json={"url": "https://careers.initech.example/jobs/42", "html": "<html></html>",
                                                "json_ld": [posting]})
    assert answer.status_code == 201, answer.json
    application = Application.get()
    assert (application.company, application.title) == ("Initech", "Platform Engineer")
    assert application.job_url.startswith("https://careers.initech.example/")
