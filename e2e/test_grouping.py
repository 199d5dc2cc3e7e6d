"""extension/popup/grouping.js: overdue, due today (in the user's zone) and coming up."""

import pytest

from extension_pages import call_module, module_page  # noqa: F401 (a fixture)


@pytest.fixture
def page(module_page):
    return module_page


def follow_up(id_, due, status="pending", next_due=None):
    return {"id": id_, "status": status, "due": due, "next_due": next_due or due}


def grouped_ids(page, follow_ups, now, zone):
    groups = page.evaluate(
        """async ([followUps, now, zone]) => {
            const { groupFollowUps } = await import("/extension/popup/grouping.js");
            const groups = groupFollowUps(followUps, new Date(now), zone);
            return Object.fromEntries(Object.entries(groups).map(([key, entries]) => [key, entries.map((e) => e.followUp.id)]));
        }""",
        [follow_ups, now, zone],
    )
    return groups


def test_late_evening_counts_as_today_in_the_users_zone(page):
    # 20:00 UTC is 15:00 in New York; 03:00 UTC the next day is still 22:00 there.
    follow_ups = [follow_up(1, "2026-11-24T03:00:00+00:00"), follow_up(2, "2026-11-23T10:00:00+00:00")]
    assert grouped_ids(page, follow_ups, "2026-11-23T20:00:00Z", "America/New_York") == {
        "overdue": [2], "today": [1], "upcoming": []}
    assert grouped_ids(page, follow_ups, "2026-11-23T20:00:00Z", "UTC") == {
        "overdue": [2], "today": [], "upcoming": [1]}


def test_a_snoozed_follow_up_counts_from_when_it_comes_back(page):
    snoozed = follow_up(3, "2026-11-20T09:00:00+00:00", status="snoozed", next_due="2026-11-25T09:00:00+00:00")
    assert grouped_ids(page, [snoozed], "2026-11-23T12:00:00Z", "UTC") == {"overdue": [], "today": [], "upcoming": [3]}


def test_each_group_is_soonest_first(page):
    follow_ups = [follow_up(i, f"2026-11-{day}T09:00:00+00:00") for i, day in ((1, 28), (2, 26), (3, 27))]
    assert grouped_ids(page, follow_ups, "2026-11-23T12:00:00Z", "UTC")["upcoming"] == [2, 3, 1]
