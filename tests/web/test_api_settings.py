"""Settings through the API: defaults, changes that re-plan, and refusals that name the field."""

from __future__ import annotations

import pytest


def test_defaults_are_the_rules_table(client, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    settings = client.get("/api/settings").json["settings"]
    assert settings["zone"] == "Asia/Tokyo"
    assert settings["business_days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert (settings["linkedin_note_cap"], settings["handwritten_cards"]) == (300, False)
    assert settings["check_in_after_interview_days"] == 7


def test_patch_stores_and_replans(client, interviewed):
    response = client.patch("/api/settings", json={"handwritten_cards": True, "business_days": ["mon", "wed"],
                                                   "follow_up_time": "08:30"})
    assert response.status_code == 200
    assert response.json["settings"]["business_days"] == ["mon", "wed"]
    assert client.get("/api/settings").json["settings"]["follow_up_time"] == "08:30"
    kinds = {f["kind"]: f for f in client.get("/api/followups").json["followups"]}
    assert kinds["thank_you_card"]["due"] == kinds["thank_you_email"]["due"]
    # 7 days after Tuesday 13 March is a Tuesday, not a business day now: Wednesday 21 March, 08:30.
    assert kinds["check_in_1"]["due"] == "2040-03-21T07:30:00+00:00"


def test_a_new_name_rewrites_drafts_without_touching_the_plan(client, interviewed):
    before = {f["key"]: (f["due"], f["sequence"], f["status"]) for f in client.get("/api/followups?status=all").json["followups"]}
    client.patch("/api/settings", json={"name": "Samantha Rivera", "signature": "Samantha"})
    after = {f["key"]: (f["due"], f["sequence"], f["status"]) for f in client.get("/api/followups?status=all").json["followups"]}
    assert before and after == before
    thank_you = next(f for f in client.get("/api/followups").json["followups"] if f["kind"] == "thank_you_email")
    assert "Samantha Rivera" in client.get(f"/api/followups/{thank_you['id']}/draft").json["body"]


@pytest.mark.parametrize(("body", "field"), [
    ({"zone": "Mars/Olympus"}, "zone"),
    ({"zone": "Europe"}, "zone"),
    ({"name": "Sam", "linkedin_note_cap": 250}, "linkedin_note_cap"),
    ({"follow_up_time": "25:99"}, "follow_up_time"),
    ({"business_days": []}, "business_days"),
    ({"handwritten_cards": "yes please"}, "handwritten_cards"),
    ({"favourite_colour": "blue"}, "favourite_colour"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(client, interviewed, unchanged, body, field):
    with unchanged():
        response = client.patch("/api/settings", json=body)
    assert response.status_code == 400
    assert response.json["error"]["field"] == field


def test_settings_need_the_token(anonymous):
    assert anonymous.get("/api/settings").status_code == 401
    assert anonymous.patch("/api/settings", json={"name": "Mallory"}).status_code == 401
