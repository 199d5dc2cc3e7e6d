"""extension/background/badge.js: the toolbar badge counts what is due, a notification goes
out for each follow-up that comes due, and its click target opens the popup at that one."""

from __future__ import annotations

from datetime import datetime, timezone

from playwright.sync_api import expect

from extension_pages import (  # noqa: F401 (interviewed is a fixture)
    badge_text, due_now_count, fire_badge_alarm, interviewed, open_popup, pair_with,
)


def notifications(service_worker) -> set[str]:
    return set(service_worker.evaluate("chrome.notifications.getAll()"))


def test_alarm_counts_due_follow_ups_and_notifies_each(service_worker, interviewed):
    due = [f for f in interviewed.get("/api/followups?status=open")["followups"] if f["next_due"] <= datetime.now(timezone.utc).isoformat()]
    assert 0 < len(due) <= 3, "the scenario should make a few follow-ups due"
    fire_badge_alarm(service_worker)
    interviewed.wait_for(lambda: notifications(service_worker) == {f"followup-due:{f['id']}" for f in due}, "a notification per due follow-up")
    assert badge_text(service_worker) == str(due_now_count(interviewed))

    # The next alarm finds nothing new: no second notification for the same follow-up.
    for notification_id in notifications(service_worker):
        service_worker.evaluate("(id) => chrome.notifications.clear(id)", notification_id)
    fire_badge_alarm(service_worker)
    interviewed.wait_for(lambda: badge_text(service_worker) == str(due_now_count(interviewed)), "the recount")
    assert notifications(service_worker) == set()


def test_notification_target_opens_the_popup_at_that_follow_up(browser_context, extension_url, interviewed):
    target = next(f for f in interviewed.get("/api/followups?status=open")["followups"] if f["kind"] == "thank_you_email")
    popup = open_popup(browser_context, extension_url, f"?followup={target['id']}")
    row = popup.locator(f'li.followup[data-id="{target["id"]}"]')
    expect(row).to_have_class("followup highlight")
    assert popup.evaluate("(id) => document.activeElement.closest('li.followup')?.dataset.id", target["id"]) == str(target["id"])


def test_badge_shows_a_problem_when_the_companion_is_down(service_worker, fresh_companion, closed_port_url):
    service_worker.evaluate("([url, token]) => chrome.storage.local.set({companionUrl: url, token})",
                            [closed_port_url, fresh_companion.token])
    fire_badge_alarm(service_worker)
    # Before pairing the badge already showed "!" (not paired): wait for the new reason.
    fresh_companion.wait_for(lambda: "not running" in service_worker.evaluate("chrome.action.getTitle({})"),
                             "the not-running title")
    assert badge_text(service_worker) == "!"
