"""The picture of the search: the funnel, the response rate, the median wait for a first answer,
and each week's activity, counted in the user's zone."""

from __future__ import annotations

from datetime import datetime, timezone

from companion.services.search_summary import search_summary

NOW = datetime(2040, 3, 15, 12, 0, tzinfo=timezone.utc)  # a Thursday


def add(client, company: str, applied_on: str | None, status: str = "applied") -> int:
    return client.post("/api/applications", json={"company": company, "title": "Engineer", "status": status,
                                                   "applied_on": applied_on}).json["id"]


def test_the_funnel_the_rates_and_the_weeks(client, interviewed, db):
    # interviewed: Acme, applied (no date), an interview set today; plus four more.
    replied = add(client, "Globex", "2040-03-01")
    client.post(f"/api/applications/{replied}/outcomes", json={"outcome": "replied", "at": "2040-03-05T09:00:00+01:00"})
    rejected = add(client, "Initech", "2040-03-02")
    client.post(f"/api/applications/{rejected}/outcomes", json={"outcome": "rejected", "at": "2040-03-12T09:00:00+01:00"})
    offered = add(client, "Hooli", "2040-02-20")
    client.post(f"/api/applications/{offered}/outcomes", json={"outcome": "offer", "at": "2040-03-14T09:00:00+01:00"})
    add(client, "Quiet Co", "2040-03-13")
    add(client, "Wishlist Inc", None, status="saved")

    summary = search_summary(NOW)
    assert [(stage["stage"], stage["count"]) for stage in summary["funnel"]] == [
        ("applied", 5), ("answered", 4), ("interviewed", 2), ("offered", 1)]  # Hooli's offer: interviewed by status
    assert summary["response_rate"] == 0.8
    assert summary["median_days_to_first_answer"] == 10  # Globex 4, Initech 10, Hooli 23 (Acme has no date)
    weeks = {week["week_of"]: week for week in summary["weeks"]}
    assert len(weeks) == 12 and list(weeks)[-1] == "2040-03-12"
    assert (weeks["2040-02-27"]["applied"], weeks["2040-02-27"]["answered"]) == (2, 0)  # 1 and 2 March (a leap year)
    # Quiet Co applied; Initech's and Hooli's answers (Acme's interview was set today, not in 2040); Acme's interview.
    assert (weeks["2040-03-12"]["applied"], weeks["2040-03-12"]["answered"], weeks["2040-03-12"]["interviews"]) == (1, 2, 1)


def test_an_empty_search_has_no_rates(client, db):
    summary = client.get("/api/summary").json
    assert summary["response_rate"] is None and summary["median_days_to_first_answer"] is None
    assert [stage["count"] for stage in summary["funnel"]] == [0, 0, 0, 0]
