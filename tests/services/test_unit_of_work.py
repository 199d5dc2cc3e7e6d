"""The unit of work: a change re-plans, once, what it touched; a failing change re-plans and keeps nothing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.store.models import Application, FollowUp, Interview
from companion.services import planning
from companion.services.unit_of_work import changes


@pytest.fixture
def replanned(monkeypatch) -> list[int]:
    """The id of every application re-planned, in order."""
    seen = []
    real = planning.replan

    def spy(application, *args, **kwargs):
        seen.append(application.id)
        return real(application, *args, **kwargs)

    monkeypatch.setattr(planning, "replan", spy)
    return seen


def interview_for(application: Application) -> Interview:
    start = datetime(2040, 3, 13, 13, tzinfo=timezone.utc)
    return Interview.create(application=application, start=start, end=start.replace(hour=14), zone="UTC")


def test_a_change_replans_each_application_it_touched_once_on_leaving(db, replanned):
    with changes() as touched:
        acme = Application.create(company="Acme", status="interviewing")
        interview_for(acme)
        touched.application(acme)
        touched.application(Application.get_by_id(acme.id))  # touched twice, through another instance
        Application.create(company="Untouched Ltd")
        assert replanned == [] and FollowUp.select().count() == 0  # nothing yet: on leaving
    assert replanned == [acme.id]
    assert "prepare" in {f.kind for f in FollowUp.select()}  # planned from the interview written in the change
    assert {f.application_id for f in FollowUp.select()} == {acme.id}


def test_nested_changes_replan_once_when_the_outermost_ends(db, replanned):
    with changes() as outer:
        acme = Application.create(company="Acme", status="interviewing")
        with changes() as inner:
            interview_for(acme)
            inner.application(acme)
        assert replanned == []
        outer.application(acme)
    assert replanned == [acme.id]


def test_touching_everything_replans_every_application(db, replanned):
    ids = [Application.create(company=name).id for name in ("Acme", "Globex")]
    with changes() as touched:
        touched.everything()
    assert sorted(replanned) == sorted(ids)


def test_a_failing_change_replans_nothing_and_writes_nothing(db, replanned):
    with pytest.raises(RuntimeError):
        with changes() as touched:
            acme = Application.create(company="Acme", status="interviewing")
            interview_for(acme)
            touched.application(acme)
            raise RuntimeError("the change failed half-way")
    assert replanned == []
    assert Application.select().count() == Interview.select().count() == FollowUp.select().count() == 0


def test_a_failing_inner_change_is_undone_and_not_replanned(db, replanned):
    with changes() as outer:
        acme = Application.create(company="Acme")
        outer.application(acme)
        with pytest.raises(RuntimeError):
            with changes() as inner:
                globex = Application.create(company="Globex")
                inner.application(globex)
                raise RuntimeError("the inner change failed")
    assert replanned == [acme.id]
    assert [a.company for a in Application.select()] == ["Acme"]


def test_the_caller_sees_the_replanned_gone_quiet_moment(db):
    """Re-planning reads the stored row; the instance the caller holds (and answers with) follows it."""
    stale = datetime(2040, 1, 1, tzinfo=timezone.utc)  # no check-in was ever sent: it has not gone quiet
    with changes() as touched:
        saved = Application.create(company="Acme", status="saved", gone_quiet_at=stale)
        touched.application(saved)
        assert saved.gone_quiet_at == stale
    assert saved.gone_quiet_at is None
    assert Application.get_by_id(saved.id).gone_quiet_at is None
