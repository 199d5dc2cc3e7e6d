"""The follow-ups an imported interview gets move with a reschedule and end with a cancel
(the real planner, end to end through the capture API)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from companion.services.settings_edits import update_settings
from companion.store.models import FollowUp, Interview
from fixture_files import INVITES


@pytest.fixture
def jane(db):
    update_settings({"email": "jane.doe@gmail.com", "zone": "America/Chicago"})


def send(client, name: str, *, in_the_future: bool = False) -> dict:
    """Capture an invite; `in_the_future` moves its 2026 dates two years past today, so
    follow-ups due before the interview (prepare) are still planned whatever today is."""
    text = (INVITES / name).read_text(encoding="utf-8")
    if in_the_future:
        text = re.sub(r"^(DT(?:START|END)[^:]*:)2026", lambda m: f"{m[1]}{date.today().year + 2}", text, flags=re.M)
    response = client.post("/api/captures", json={"ics": text})
    assert response.status_code == 201, response.json
    return response.json


def follow_ups_of(interview_id: int) -> dict[str, tuple]:
    rows = FollowUp.select().where(FollowUp.interview == interview_id)
    return {row.key: (row.kind, row.due, row.status) for row in rows}


def test_a_reschedule_moves_the_interviews_follow_ups(client, jane):
    interview_id = send(client, "invite_greenhouse_reschedule_seq0.ics", in_the_future=True)["interviews"][0]["id"]
    before = follow_ups_of(interview_id)
    assert {kind for kind, _, _ in before.values()} >= {"prepare", "thank_you_email"}
    send(client, "invite_greenhouse_reschedule_seq2.ics", in_the_future=True)
    after = follow_ups_of(interview_id)
    assert after.keys() == before.keys()  # the same follow-ups, moved: none added, none lost
    moved = Interview.get_by_id(interview_id)
    for key, (kind, due, status) in after.items():
        assert (due > before[key][1], status) == (True, "pending"), f"{kind} did not move to the new day"
        if kind == "prepare":
            assert due <= moved.start
        if kind == "thank_you_email":
            assert due >= moved.end
    assert FollowUp.select().where(FollowUp.interview.is_null(False)).count() == len(after)


def test_a_cancel_cancels_the_interviews_follow_ups(client, jane):
    interview_id = send(client, "invite_outlook_windows_zone_request.ics")["interviews"][0]["id"]
    assert {status for _, _, status in follow_ups_of(interview_id).values()} == {"pending"}
    send(client, "invite_outlook_windows_zone_cancel.ics")
    assert {status for _, _, status in follow_ups_of(interview_id).values()} == {"cancelled"}
