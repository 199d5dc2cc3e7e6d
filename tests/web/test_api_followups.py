"""Follow-ups through the API: listing by due time, and marking done, skipped or snoozed."""

from datetime import datetime, timezone

import pytest

from companion.store.models import Activity, Application, FollowUp


@pytest.fixture
def follow_ups(db):
    application = Application.create(company="Acme", title="Engineer")

    def add(key, due, status="pending"):
        return FollowUp.create(key=key, kind="check_in_1", application=application, due=due, status=status)

    return [
        add("a", datetime(2026, 11, 20, 9, tzinfo=timezone.utc)),
        add("b", datetime(2026, 11, 25, 9, tzinfo=timezone.utc)),
        add("c", datetime(2026, 11, 18, 9, tzinfo=timezone.utc), status="done"),
    ]


def test_list_defaults_to_open_in_due_order(client, follow_ups):
    listed = client.get("/api/followups").json["followups"]
    assert [f["key"] for f in listed] == ["a", "b"]
    assert listed[0]["label"] == "Check in on the decision"
    assert listed[0]["application"] == {"id": follow_ups[0].application_id, "company": "Acme", "title": "Engineer"}


def test_list_filters_by_status_and_due_before(client, follow_ups):
    assert [f["key"] for f in client.get("/api/followups?status=all").json["followups"]] == ["c", "a", "b"]
    assert [f["key"] for f in client.get("/api/followups?status=done").json["followups"]] == ["c"]
    due_soon = client.get("/api/followups", query_string={"due_before": "2026-11-21T00:00:00Z"}).json["followups"]
    assert [f["key"] for f in due_soon] == ["a"]


def test_mark_done_at_a_past_time(client, follow_ups, db):
    response = client.post(f"/api/followups/{follow_ups[0].id}/mark", json={"action": "done", "at": "2026-11-22T18:30:00+01:00"})
    assert response.status_code == 200
    assert response.json["status"] == "done" and response.json["done_at"] == "2026-11-22T17:30:00+00:00"
    assert Activity.select().where(Activity.kind == "follow_up").count() == 1
    assert [f["key"] for f in client.get("/api/followups").json["followups"]] == ["b"]


def test_skip(client, follow_ups):
    response = client.post(f"/api/followups/{follow_ups[1].id}/mark", json={"action": "skipped"})
    assert response.json["status"] == "skipped"


def test_snooze_moves_it_in_the_list(client, follow_ups):
    response = client.post(f"/api/followups/{follow_ups[0].id}/mark",
                           json={"action": "snooze", "at": "2026-11-20T10:00:00Z", "until": "2026-11-26T09:00:00Z"})
    assert response.json["status"] == "snoozed"
    assert response.json["next_due"] == "2026-11-26T09:00:00+00:00"
    assert [f["key"] for f in client.get("/api/followups").json["followups"]] == ["b", "a"]


def test_snooze_needs_a_future_until(client, follow_ups, unchanged):
    with unchanged():
        missing = client.post(f"/api/followups/{follow_ups[0].id}/mark", json={"action": "snooze"})
        past = client.post(f"/api/followups/{follow_ups[0].id}/mark",
                           json={"action": "snooze", "at": "2026-11-20T10:00:00Z", "until": "2026-11-19T09:00:00Z"})
    assert missing.status_code == 400 and missing.json["error"]["field"] == "until"
    assert past.status_code == 400 and past.json["error"]["field"] == "until"
    assert past.json["error"]["message"] == "'until' must be later than the time it was snoozed at"


def test_a_snooze_lands_in_the_users_waking_hours(client, follow_ups):
    client.patch("/api/settings", json={"zone": "Europe/London", "follow_up_time": "09:00"})
    # Pressed "1 day" at 02:24 London time: it comes back at 09:00 the next day, not at 02:24.
    night = client.post(f"/api/followups/{follow_ups[0].id}/mark",
                        json={"action": "snooze", "at": "2026-11-20T02:24:00Z", "until": "2026-11-21T02:24:00Z"})
    assert night.json["snoozed_until"] == "2026-11-21T09:00:00+00:00"
    afternoon = client.post(f"/api/followups/{follow_ups[1].id}/mark",
                            json={"action": "snooze", "at": "2026-11-20T14:10:00Z", "until": "2026-11-21T14:10:00Z"})
    assert afternoon.json["snoozed_until"] == "2026-11-21T14:10:00+00:00"


def test_a_snooze_never_passes_the_deadline_unless_the_user_chooses_so(client, follow_ups, unchanged):
    client.patch("/api/settings", json={"zone": "Europe/London"})
    thank_you = follow_ups[0]
    thank_you.deadline = datetime(2026, 11, 20, 17, tzinfo=timezone.utc)  # 8 hours after the snooze below
    thank_you.save()
    one_day = {"action": "snooze", "at": "2026-11-20T09:00:00Z", "until": "2026-11-21T09:00:00Z"}
    with unchanged():
        refused = client.post(f"/api/followups/{thank_you.id}/mark", json=one_day)
    assert refused.status_code == 409 and refused.json["error"]["code"] == "after_deadline"
    assert "Fri 20 Nov 17:00" in refused.json["error"]["message"]
    until_deadline = client.post(f"/api/followups/{thank_you.id}/mark",
                                 json=one_day | {"until": "2026-11-20T17:00:00Z"})
    assert until_deadline.json["snoozed_until"] == "2026-11-20T17:00:00+00:00"
    chosen = client.post(f"/api/followups/{thank_you.id}/mark", json=one_day | {"past_deadline": True})
    assert chosen.status_code == 200 and chosen.json["snoozed_until"] == "2026-11-21T09:00:00+00:00"


@pytest.mark.parametrize("finished", ["done", "skipped"])
def test_a_finished_follow_up_cannot_be_snoozed_back_open(client, follow_ups, unchanged, finished):
    follow_ups[0].status = finished
    follow_ups[0].save()
    with unchanged():
        response = client.post(f"/api/followups/{follow_ups[0].id}/mark",
                               json={"action": "snooze", "until": "2099-01-05T09:00:00Z"})
    assert response.status_code == 409 and response.json["error"]["code"] == "conflict"
    assert f"already {finished}" in response.json["error"]["message"]


def test_done_and_skipped_can_correct_each_other(client, follow_ups):
    done = follow_ups[2]
    skipped = client.post(f"/api/followups/{done.id}/mark", json={"action": "skipped"})
    assert skipped.status_code == 200 and skipped.json["status"] == "skipped"
    redone = client.post(f"/api/followups/{done.id}/mark", json={"action": "done", "at": "2026-11-18T17:00:00Z"})
    assert redone.status_code == 200 and redone.json["done_at"] == "2026-11-18T17:00:00+00:00"


def test_cancelled_follow_up_cannot_be_marked(client, follow_ups, unchanged):
    follow_ups[1].status = "cancelled"
    follow_ups[1].save()
    with unchanged():
        response = client.post(f"/api/followups/{follow_ups[1].id}/mark", json={"action": "done"})
    assert response.status_code == 409


def test_marks_made_while_the_companion_was_down_apply_once_and_the_later_wins(client, follow_ups, db):
    first, second = follow_ups[0], follow_ups[1]
    mark = lambda follow_up, **body: client.post(f"/api/followups/{follow_up.id}/mark", json=body)  # noqa: E731

    # Marked sent at 10:00 while the companion was down; the outbox sends it twice (a lost answer).
    sent = {"action": "done", "acted_at": "2026-11-20T10:00:00Z"}
    assert mark(first, **sent).json["status"] == "done"
    again = mark(first, **sent)
    assert again.status_code == 200 and again.json["status"] == "done"
    entries = Activity.select().where(Activity.kind == "follow_up")
    assert len([entry for entry in entries if entry.detail["follow_up_id"] == first.id]) == 1

    # Skipped at 10:05 (offline too), then an older snooze from 10:01 arrives: the later stands.
    assert mark(second, action="skipped", acted_at="2026-11-20T10:05:00Z").json["status"] == "skipped"
    older = mark(second, action="snooze", until="2099-01-01T09:00:00Z", acted_at="2026-11-20T10:01:00Z")
    assert older.status_code == 409 and older.json["error"]["field"] == "acted_at"
    assert "later change stands" in older.json["error"]["message"]
    # A newer one goes through.
    newer = mark(second, action="done", acted_at="2026-11-20T10:09:00Z")
    assert newer.status_code == 200 and newer.json["status"] == "done"


def test_pages_follow_each_other_in_due_order_with_snoozes_counted_from_their_end(client, follow_ups):
    # "a" (due the 20th) snoozed to the 27th now comes after "b" (due the 25th).
    client.post(f"/api/followups/{follow_ups[0].id}/mark",
                json={"action": "snooze", "at": "2026-11-20T10:00:00Z", "until": "2026-11-27T10:00:00Z"})
    FollowUp.create(key="d", kind="check_in_1", application=follow_ups[0].application,
                            due=datetime(2026, 11, 25, 9, tzinfo=timezone.utc))
    everything = [f["key"] for f in client.get("/api/followups").json["followups"]]
    assert everything == ["b", "d", "a"]

    seen, cursor = [], None
    while True:
        page = client.get("/api/followups", query_string={"limit": 1, **({"after": cursor} if cursor else {})}).json
        seen += [f["key"] for f in page["followups"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everything

    window = client.get("/api/followups", query_string={"due_after": "2026-11-25T09:00:00Z",
                                                         "due_before": "2026-11-30T00:00:00Z"}).json
    assert [f["key"] for f in window["followups"]] == ["a"] and window["next_cursor"] is None


@pytest.mark.parametrize("query", [{"limit": 0}, {"limit": 5000}, {"after": "yesterday~x"}])
def test_a_wrong_page_request_names_its_field(client, follow_ups, query):
    answer = client.get("/api/followups", query_string=query)
    assert answer.status_code == 400 and answer.json["error"]["field"] == next(iter(query))


def test_each_listed_application_says_when_it_next_asks_for_attention(client, follow_ups):
    client.post(f"/api/followups/{follow_ups[0].id}/mark",
                json={"action": "snooze", "at": "2026-11-20T10:00:00Z", "until": "2026-11-27T10:00:00Z"})
    [listed] = client.get("/api/applications").json["applications"]
    assert listed["next_due"] == "2026-11-25T09:00:00+00:00"  # "b"; "a" is snoozed past it
    assert listed["last_activity_at"] == "2026-11-20T10:00:00+00:00"  # the snooze, logged when it was made
