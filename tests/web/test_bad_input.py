"""Bad input on every route that takes a body: a 4xx JSON error naming the problem, and no
new or changed rows."""

import pytest

from companion.store.models import Application, FollowUp

BODY_ROUTES = [
    ("POST", "/api/applications"),
    ("PATCH", "/api/applications/{app}"),
    ("POST", "/api/applications/{app}/outcomes"),
    ("POST", "/api/interviews"),
    ("PATCH", "/api/interviews/{interview}"),
    ("POST", "/api/contacts"),
    ("PATCH", "/api/contacts/{contact}"),
    ("POST", "/api/followups/{follow_up}/mark"),
    ("POST", "/api/captures"),
]

WRONG_TYPES = [
    ("POST", "/api/applications", {"company": 42}, "company"),
    ("PATCH", "/api/applications/{app}", {"long_decision": "yes"}, "long_decision"),
    ("PATCH", "/api/applications/{app}", {"decision_by": "next Tuesday"}, "decision_by"),
    ("POST", "/api/applications/{app}/outcomes", {"outcome": "replied", "at": "yesterday"}, "at"),
    ("POST", "/api/interviews", {"application_id": "1", "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"}, "application_id"),
    ("PATCH", "/api/interviews/{interview}", {"round": 1.5}, "round"),
    ("POST", "/api/contacts", {"name": ["Dana"]}, "name"),
    ("PATCH", "/api/contacts/{contact}", {"kind": "friend"}, "kind"),
    ("POST", "/api/followups/{follow_up}/mark", {"action": "done", "at": 5}, "at"),
    ("POST", "/api/captures", {"url": "https://x.example", "json_ld": {"@type": "JobPosting"}}, "json_ld"),
    # Addresses that become links: a script is no web address, a query in an e-mail address adds recipients.
    ("PATCH", "/api/applications/{app}", {"job_url": "javascript:alert(document.cookie)"}, "job_url"),
    ("POST", "/api/contacts", {"name": "Hank", "email": "hank@evil.example?bcc=spy%40x.example"}, "email"),
    ("PATCH", "/api/contacts/{contact}", {"linkedin_url": "data:text/html,<script>alert(1)</script>"}, "linkedin_url"),
    ("PATCH", "/api/interviews/{interview}", {"video_link": "javascript:alert(1)"}, "video_link"),
]

MISSING_FIELDS = [
    ("POST", "/api/applications/{app}/outcomes", {}, "outcome"),
    ("POST", "/api/interviews", {"application_id": 1, "end": "2026-11-24T15:00:00Z"}, "start"),
    ("POST", "/api/followups/{follow_up}/mark", {"at": "2026-11-24T15:00:00Z"}, "action"),
]

UNKNOWN_IDS = [
    ("GET", "/api/applications/999", None),
    ("PATCH", "/api/applications/999", {"title": "x"}),
    ("DELETE", "/api/applications/999", None),
    ("POST", "/api/applications/999/outcomes", {"outcome": "rejected"}),
    ("GET", "/api/interviews/999", None),
    ("PATCH", "/api/interviews/999", {"notes": "x"}),
    ("POST", "/api/interviews", {"application_id": 999, "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"}),
    ("GET", "/api/contacts/999", None),
    ("PATCH", "/api/contacts/999", {"name": "x"}),
    ("POST", "/api/contacts", {"application_id": 999, "name": "x"}),
    ("GET", "/api/followups/999", None),
    ("POST", "/api/followups/999/mark", {"action": "done"}),
]


@pytest.fixture
def ids(client, db):
    application = client.post("/api/applications", json={"company": "Acme", "title": "Engineer"}).json
    interview = client.post("/api/interviews", json={
        "application_id": application["id"], "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"}).json
    contact = client.post("/api/contacts", json={"application_id": application["id"], "name": "Dana Lee"}).json
    follow_up = FollowUp.create(key="k", kind="check_in_1", application=Application.get_by_id(application["id"]),
                                due="2026-11-30T09:00:00")
    return {"app": application["id"], "interview": interview["id"], "contact": contact["id"], "follow_up": follow_up.id}


def call(client, method, path, ids, **kwargs):
    return client.open(path.format(**ids), method=method, **kwargs)


def assert_error(response, status, field=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json and response.json["error"]["message"]
    if field:
        assert response.json["error"]["field"] == field


@pytest.mark.parametrize("method, path", BODY_ROUTES)
@pytest.mark.parametrize("body", ['{"company": "Acme"', "not json at all", "\xff\xfe"])
def test_malformed_json(client, ids, unchanged, method, path, body):
    with unchanged():
        response = call(client, method, path, ids, data=body, content_type="application/json")
    assert_error(response, 400)
    assert response.json["error"]["code"] in ("invalid_json", "bad_request")


@pytest.mark.parametrize("method, path", BODY_ROUTES + [("PATCH", "/api/settings")])
@pytest.mark.parametrize("body", [
    pytest.param("[" * 200_000, id="too-deep-to-decode"),
    pytest.param('{"json_ld": ' + "[" * 980 + "]" * 980 + "}", id="too-deep-to-store"),
    pytest.param('{"name": ' + '{"a": ' * 150 + "1" + "}" * 150 + "}", id="deeper-than-any-real-body"),
])
def test_deeply_nested_json_is_refused(client, ids, unchanged, method, path, body):
    with unchanged():
        response = call(client, method, path, ids, data=body, content_type="application/json")
    assert_error(response, 400)
    assert response.json["error"]["code"] == "invalid_json" and "nested" in response.json["error"]["message"]


@pytest.mark.parametrize("method, path", BODY_ROUTES)
@pytest.mark.parametrize("body", ["[]", '"a string"', "7", "null"])
def test_body_that_is_not_an_object(client, ids, unchanged, method, path, body):
    with unchanged():
        response = call(client, method, path, ids, data=body, content_type="application/json")
    assert_error(response, 400)


@pytest.mark.parametrize("method, path", BODY_ROUTES)
def test_unknown_field_is_named(client, ids, unchanged, method, path):
    with unchanged():
        response = call(client, method, path, ids, json={"colour": "blue"})
    assert_error(response, 400, "colour")


@pytest.mark.parametrize("method, path, body, field", WRONG_TYPES)
def test_wrong_type_is_named(client, ids, unchanged, method, path, body, field):
    with unchanged():
        response = call(client, method, path, ids, json=body)
    assert_error(response, 400, field)


@pytest.mark.parametrize("method, path, body, field", MISSING_FIELDS)
def test_missing_field_is_named(client, ids, unchanged, method, path, body, field):
    with unchanged():
        response = call(client, method, path, ids, json=body)
    assert_error(response, 400, field)


@pytest.mark.parametrize("method, path, body", UNKNOWN_IDS)
def test_unknown_id_is_404(client, ids, unchanged, method, path, body):
    with unchanged():
        response = call(client, method, path, ids, json=body) if body is not None else call(client, method, path, ids)
    assert_error(response, 404)


@pytest.mark.parametrize("method, path", BODY_ROUTES)
def test_oversized_body(client, ids, unchanged, app, method, path):
    with unchanged():
        response = call(client, method, path, ids, data="{" + " " * app.config["MAX_CONTENT_LENGTH"] + "}",
                        content_type="application/json")
    assert_error(response, 413)


def test_too_long_text_field_is_named(client, ids, unchanged):
    with unchanged():
        response = client.post("/api/applications", json={"company": "A" * 301})
    assert_error(response, 400, "company")


def test_bad_query_parameters(client, ids):
    assert_error(client.get("/api/followups?due_before=soon"), 400, "due_before")
    assert_error(client.get("/api/interviews?application_id=abc"), 400, "application_id")
    assert_error(client.get("/api/captures?colour=red"), 400, "colour")


def test_ids_too_large_for_the_database_are_404(client, ids):
    assert_error(client.get("/api/applications/99999999999999999999999"), 404)
    assert_error(client.post("/api/interviews", json={
        "application_id": ids["app"], "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z",
        "participant_ids": [10**30]}), 400, "participant_ids")


def test_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.put("/api/applications"), 405)
