"""Re-planning through the API: follow-ups appear, move, stop and restart as the facts change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.store.models import Application, FollowUp
from companion.services.serialize import application_json
from companion.services import planning
from companion.services.unit_of_work import changes


def follow_ups(client, application_id: int) -> dict[str, dict]:
    detail = client.get(f"/api/applications/{application_id}").json
    return {f["key"]: f for f in detail["followups"]}


def open_dues(client, application_id: int) -> dict[str, str]:
    return {key: f["due"] for key, f in follow_ups(client, application_id).items() if f["status"] in ("pending", "snoozed")}


@pytest.fixture
def keys(interviewed) -> dict[str, str]:
    a, c, i = interviewed["application"], interviewed["dana"], interviewed["interview"]
    return {"prepare": f"prepare/interview-{i}", "debrief": f"debrief/interview-{i}",
            "thanks": f"thank-you/interview-{i}/contact-{c}",
            "check_in": f"check-in-1/application-{a}/interview-{i}", "check_in_2": f"check-in-2/application-{a}/interview-{i}",
            "linkedin": f"linkedin/contact-{c}"}


def test_an_interview_plans_its_follow_ups_at_exact_times(client, interviewed, keys):
    assert open_dues(client, interviewed["application"]) == {
        keys["prepare"]: "2040-03-13T08:00:00+00:00",  # 09:00 in Berlin that morning
        keys["debrief"]: "2040-03-13T14:00:00+00:00",  # the moment it ends, 15:00 in Berlin
        keys["thanks"]: "2040-03-14T08:00:00+00:00",  # ended 15:00: next morning 09:00
        keys["check_in"]: "2040-03-20T08:00:00+00:00",  # a week later, 09:00
    }
    thanks = follow_ups(client, interviewed["application"])[keys["thanks"]]
    assert thanks["label"] == "Thank-you email to Dana Lee"
    # The popup, the notifications and the timeline word it from these, not from a list of their own.
    assert (thanks["what"], thanks["done_label"], thanks["is_email"]) == ("Thank-you email", "Mark sent", True)
    prepare = follow_ups(client, interviewed["application"])[keys["prepare"]]
    assert (prepare["what"], prepare["done_label"], prepare["is_email"]) == ("Prepare for the interview", "Mark done", False)
    assert thanks["deadline"] == "2040-03-14T14:00:00+00:00"
    assert thanks["mailto"].startswith("mailto:dana@acme.example?subject=")


def replan_everything() -> None:
    with changes() as touched:
        touched.everything()


def test_re_planning_again_changes_nothing(client, interviewed, db):
    before = {f.key: (f.id, f.due, f.sequence, f.status) for f in FollowUp.select()}
    replan_everything()
    planning.replan(Application.get_by_id(interviewed["application"]))
    assert {f.key: (f.id, f.due, f.sequence, f.status) for f in FollowUp.select()} == before


def test_reschedule_moves_everything_on_the_interview_and_raises_sequence(client, interviewed, keys):
    before = follow_ups(client, interviewed["application"])
    # Moved two weeks on, past the change to summer time on 25 March.
    client.patch(f"/api/interviews/{interviewed['interview']}",
                 json={"start": "2040-03-27T14:00:00+02:00", "end": "2040-03-27T15:00:00+02:00"})
    after = follow_ups(client, interviewed["application"])
    assert open_dues(client, interviewed["application"]) == {
        keys["prepare"]: "2040-03-27T07:00:00+00:00",
        keys["debrief"]: "2040-03-27T13:00:00+00:00",
        keys["thanks"]: "2040-03-28T07:00:00+00:00",
        keys["check_in"]: "2040-04-03T07:00:00+00:00",
    }
    for key in (keys["prepare"], keys["debrief"], keys["thanks"], keys["check_in"]):
        assert after[key]["id"] == before[key]["id"]
        assert after[key]["sequence"] == before[key]["sequence"] + 1


def test_cancelled_interview_cancels_its_follow_ups_but_keeps_what_was_done(client, interviewed, keys):
    items = follow_ups(client, interviewed["application"])
    client.post(f"/api/followups/{items[keys['prepare']]['id']}/mark", json={"action": "done", "at": "2040-03-13T07:30:00Z"})
    client.post(f"/api/followups/{items[keys['thanks']]['id']}/mark", json={"action": "snooze", "until": "2040-03-14T12:00:00Z"})

    client.patch(f"/api/interviews/{interviewed['interview']}", json={"status": "cancelled"})

    statuses = {key: f["status"] for key, f in follow_ups(client, interviewed["application"]).items()}
    assert statuses == {keys["prepare"]: "done", keys["debrief"]: "cancelled", keys["thanks"]: "cancelled",
                        keys["check_in"]: "cancelled"}


def test_sent_thank_you_brings_the_linkedin_request_the_same_day(client, interviewed, keys):
    thanks = follow_ups(client, interviewed["application"])[keys["thanks"]]
    client.post(f"/api/followups/{thanks['id']}/mark", json={"action": "done", "at": "2040-03-14T10:15:00Z"})
    linkedin = follow_ups(client, interviewed["application"])[keys["linkedin"]]
    assert (linkedin["due"], linkedin["status"], linkedin["mailto"]) == ("2040-03-14T10:15:00+00:00", "pending", None)


def test_reply_stops_check_ins_and_a_new_decision_date_restarts_them(client, interviewed, keys):
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes", json={"outcome": "replied", "at": "2040-03-16T10:00:00Z"})
    assert follow_ups(client, application_id)[keys["check_in"]]["status"] == "cancelled"
    assert not [key for key in open_dues(client, application_id) if key.startswith("check-in")]

    client.post(f"/api/applications/{application_id}/outcomes",
                json={"outcome": "replied", "at": "2040-03-19T10:00:00Z", "decision_by": "2040-03-30"})
    check_ins = {key: due for key, due in open_dues(client, application_id).items() if key.startswith("check-in")}
    # Decision by Friday 30 March: two business days after it passes is Tuesday 3 April, 09:00.
    assert list(check_ins.values()) == ["2040-04-03T07:00:00+00:00"]
    assert list(check_ins)[0].startswith(f"check-in-1/application-{application_id}/outcome-")


def check_in_dues(client, application_id: int) -> dict[str, str]:
    return {key: due for key, due in open_dues(client, application_id).items() if key.startswith("check-in")}


def test_a_decision_date_edited_by_hand_after_check_in_1_restarts_the_check_ins(client, interviewed, keys, db):
    application_id = interviewed["application"]
    first = follow_ups(client, application_id)[keys["check_in"]]
    client.post(f"/api/followups/{first['id']}/mark", json={"action": "done", "at": "2040-03-20T09:00:00Z"})
    assert keys["check_in_2"] in check_in_dues(client, application_id)

    # They said on the phone they decide by Friday 30 March: check-in #1 again, two business days after.
    client.patch(f"/api/applications/{application_id}", json={"decision_by": "2040-03-30"})
    restarted = f"{keys['check_in']}/decision-by-2040-03-30"
    assert check_in_dues(client, application_id) == {restarted: "2040-04-03T07:00:00+00:00"}
    assert follow_ups(client, application_id)[keys["check_in"]]["status"] == "done"

    before = {f.key: (f.id, f.due, f.sequence, f.status) for f in FollowUp.select()}
    replan_everything()
    assert {f.key: (f.id, f.due, f.sequence, f.status) for f in FollowUp.select()} == before


def test_a_date_edited_by_hand_after_a_reply_with_a_date_wins(client, interviewed):
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes",
                json={"outcome": "replied", "at": "2040-03-19T10:00:00Z", "decision_by": "2040-03-30"})
    # Then a note that the decision slipped to Friday 6 April: two business days after is Tuesday 10 April.
    client.patch(f"/api/applications/{application_id}", json={"decision_by": "2040-04-06"})
    assert list(check_in_dues(client, application_id).values()) == ["2040-04-10T07:00:00+00:00"]


def send_both_check_ins(client, application_id: int, keys: dict, first_at: str, second_at: str) -> None:
    first = follow_ups(client, application_id)[keys["check_in"]]
    client.post(f"/api/followups/{first['id']}/mark", json={"action": "done", "at": first_at})
    second = follow_ups(client, application_id)[keys["check_in_2"]]
    client.post(f"/api/followups/{second['id']}/mark", json={"action": "done", "at": second_at})


def test_two_check_ins_sent_go_quiet_only_once_the_second_has_waited_a_week(client, interviewed, keys, db):
    application_id = interviewed["application"]
    first = follow_ups(client, application_id)[keys["check_in"]]
    client.post(f"/api/followups/{first['id']}/mark", json={"action": "done", "at": "2040-03-20T09:00:00Z"})
    second = follow_ups(client, application_id)[keys["check_in_2"]]
    assert second["due"] == "2040-03-27T07:00:00+00:00"
    client.post(f"/api/followups/{second['id']}/mark", json={"action": "done", "at": "2040-03-27T09:00:00Z"})

    detail = client.get(f"/api/applications/{application_id}").json
    # Tuesday 3 April, 09:00 in Berlin: a week for the company to answer, on a business day.
    assert (detail["gone_quiet_at"], detail["gone_quiet"]) == ("2040-04-03T07:00:00+00:00", False)
    assert not [key for key in open_dues(client, application_id) if key.startswith("check-in")]
    stored = Application.get_by_id(application_id)
    assert application_json(stored, now=datetime(2040, 4, 3, 6, 59, tzinfo=UTC))["gone_quiet"] is False
    assert application_json(stored, now=datetime(2040, 4, 3, 7, 0, tzinfo=UTC))["gone_quiet"] is True


def test_gone_quiet_shows_once_its_moment_has_passed_and_a_reply_clears_it(client):
    client.patch("/api/settings", json={"zone": "UTC"})
    application = client.post("/api/applications", json={"company": "Initech", "status": "applied"}).json
    client.post("/api/interviews", json={"application_id": application["id"], "start": "2020-03-02T14:00:00Z",
                                         "end": "2020-03-02T15:00:00Z"})
    keys = {"check_in": f"check-in-1/application-{application['id']}/interview-1",
            "check_in_2": f"check-in-2/application-{application['id']}/interview-1"}
    send_both_check_ins(client, application["id"], keys, "2020-03-09T09:00:00Z", "2020-03-16T09:00:00Z")
    listed = client.get("/api/applications").json["applications"][0]
    assert (listed["gone_quiet"], listed["gone_quiet_at"]) == (True, "2020-03-23T09:00:00+00:00")

    client.post(f"/api/applications/{application['id']}/outcomes", json={"outcome": "replied", "at": "2020-03-25T10:00:00Z"})
    detail = client.get(f"/api/applications/{application['id']}").json
    assert (detail["gone_quiet"], detail["gone_quiet_at"]) == (False, None)


def test_rejection_plans_thank_you_anyway_and_cancels_the_rest(client, interviewed, keys):
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes", json={"outcome": "rejected", "at": "2040-03-16T15:00:00Z"})
    assert open_dues(client, application_id) == {
        f"thank-you-anyway/application-{application_id}": "2040-03-17T08:00:00+00:00",
        f"stay-in-touch/application-{application_id}": "2040-06-15T07:00:00+00:00",
    }


def test_accepting_another_offer_plans_a_withdrawal_note_here(client, interviewed):
    other = client.post("/api/applications", json={"company": "Globex", "title": "Engineer", "status": "offer"}).json
    client.post(f"/api/applications/{other['id']}/outcomes", json={"outcome": "accepted", "at": "2040-03-15T12:00:00Z"})
    application_id = interviewed["application"]
    assert client.get(f"/api/applications/{application_id}").json["status"] == "withdrew"
    assert open_dues(client, application_id) == {f"withdrawal/application-{application_id}": "2040-03-15T12:00:00+00:00"}


def test_a_back_dated_acceptance_still_plans_the_withdrawal_note_it_causes(client, interviewed):
    # Accepted on 1 March 2020, recorded only now: the application made since is withdrawn all the same,
    # so the company must be told.
    other = client.post("/api/applications", json={"company": "Globex", "title": "Engineer", "status": "offer"}).json
    client.post(f"/api/applications/{other['id']}/outcomes", json={"outcome": "accepted", "at": "2020-03-01T12:00:00Z"})
    application_id = interviewed["application"]
    assert client.get(f"/api/applications/{application_id}").json["status"] == "withdrew"
    assert open_dues(client, application_id) == {f"withdrawal/application-{application_id}": "2020-03-01T12:00:00+00:00"}


def test_withdrawing_by_hand_plans_a_note_to_tell_the_company(client, interviewed):
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes", json={"outcome": "withdrew", "at": "2040-03-15T12:00:00Z"})
    assert open_dues(client, application_id) == {f"withdrawal/application-{application_id}": "2040-03-15T12:00:00+00:00"}


def test_an_offer_accepted_in_an_earlier_search_does_not_end_a_new_application(client):
    client.patch("/api/settings", json={"zone": "UTC"})
    old = client.post("/api/applications", json={"company": "Globex", "title": "Engineer", "status": "offer"}).json
    client.post(f"/api/applications/{old['id']}/outcomes", json={"outcome": "accepted", "at": "2025-01-15T12:00:00Z"})
    new = client.post("/api/applications", json={"company": "Initech", "title": "Analyst", "status": "applied",
                                                 "applied_on": "2040-01-02"}).json
    assert open_dues(client, new["id"]) == {f"application-follow-up/application-{new['id']}": "2040-01-09T09:00:00+00:00"}


def test_references_requested_gives_each_reference_a_heads_up(client, interviewed):
    reference = client.post("/api/contacts", json={"name": "Ana Ruiz", "email": "ana@example.org", "kind": "reference"}).json
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes",
                json={"outcome": "references_requested", "at": "2040-03-16T11:00:00Z"})
    heads_up = follow_ups(client, application_id)[f"reference-heads-up/application-{application_id}/contact-{reference['id']}"]
    assert (heads_up["due"], heads_up["label"]) == ("2040-03-16T11:00:00+00:00", "Heads-up to your reference for Ana Ruiz")


def test_a_reference_added_after_the_request_still_gets_a_heads_up(client, interviewed):
    application_id = interviewed["application"]
    client.post(f"/api/applications/{application_id}/outcomes",
                json={"outcome": "references_requested", "at": "2040-03-16T11:00:00Z"})
    placeholder = f"reference-heads-up/application-{application_id}"
    assert placeholder in open_dues(client, application_id)

    reference = client.post("/api/contacts", json={"name": "Li Wei", "kind": "reference"}).json
    dues = open_dues(client, application_id)
    assert dues[f"{placeholder}/contact-{reference['id']}"] == "2040-03-16T11:00:00+00:00"
    assert placeholder not in dues


def test_changing_the_zone_moves_due_times(client, interviewed, keys):
    client.patch("/api/settings", json={"zone": "America/New_York"})
    # 15:00 in Berlin is 10:00 in New York, before noon: 17:00 the same day there.
    assert open_dues(client, interviewed["application"])[keys["thanks"]] == "2040-03-13T21:00:00+00:00"


def test_facts_gathered_for_many_applications_at_once_are_those_gathered_one_by_one(client, interviewed, db):
    """A setting re-plans every application from facts gathered in one go (planning.application_states):
    they must be exactly what gathering them one application at a time gives."""
    first = interviewed["application"]
    second = client.post("/api/applications", json={"company": "Globex", "title": "Analyst", "status": "applied"}).json
    sam = client.post("/api/contacts", json={"application_id": second["id"], "name": "Sam Ruiz",
                                             "email": "sam@globex.example", "kind": "recruiter"}).json
    me = client.post("/api/contacts", json={"application_id": first, "name": "Me", "email": "sam@example.org"}).json
    client.post("/api/contacts", json={"name": "Pat Reference", "email": "pat@ref.example", "kind": "reference"})
    # Sam (Globex's contact) also sat in Acme's interview; Dana was not there after all; another round is coming.
    interview = interviewed["interview"]
    client.patch(f"/api/interviews/{interview}", json={"participant_ids": [interviewed["dana"], sam["id"], me["id"]]})
    client.post(f"/api/interviews/{interview}/debrief", json={"another_round": True,
                                                            "people": [{"contact_id": interviewed["dana"], "attended": False}]})
    client.post(f"/api/applications/{first}/outcomes", json={"outcome": "replied", "decision_by": "2040-03-30"})
    client.post("/api/interviews", json={"application_id": second["id"], "start": "2040-04-02T09:00:00Z",
                                         "end": "2040-04-02T10:00:00Z", "participant_ids": [sam["id"]]})

    own = frozenset({"sam@example.org"})
    applications = list(Application.select().order_by(Application.id))
    together = planning.application_states(applications, own)
    assert together == {a.id: planning.application_state(a, own) for a in applications}
    assert [c.id for c in together[first].contacts].count(sam["id"]) == 1
