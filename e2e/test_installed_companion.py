"""Installed, the companion needs no terminal and no copied token: the browser reaches it through
the native messaging host `interview-companion install` registers. Here the host manifest goes
into the test profile's own NativeMessagingHosts folder, where install puts it for a browser,
and the real host program starts a real companion."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from extension_pages import interviewed, open_popup, save_screenshot  # noqa: F401 (a fixture)
from playwright.sync_api import expect

from companion.config import load_config, load_or_create_token
from companion.desktop import native_host
from companion.desktop.autostart import Launch
from processes import free_port, stop_companions_of


def register_host(profile: Path, data_dir: Path, port: int) -> None:
    """What `install` writes for a browser: the launcher and the host manifest naming our extension."""
    launcher = native_host.launcher(Launch(sys.executable, str(data_dir), port), data_dir.parent)
    launcher.path.write_bytes(launcher.content)
    launcher.path.chmod(0o755)
    folder = profile / "NativeMessagingHosts"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{native_host.HOST_NAME}.json").write_bytes(native_host.host_manifest("chromium", launcher.path))


@pytest.fixture
def started_by_host():
    """The data directories whose companions the host started: stopped after the test."""
    data_dirs: list[Path] = []
    yield data_dirs
    for data_dir in data_dirs:
        stop_companions_of(data_dir)


def test_the_options_page_pairs_and_starts_the_installed_companion_with_nothing_typed(
    browser_context, service_worker, extension_url, tmp_path, started_by_host
):
    data_dir, port = tmp_path / "installed" / "data", free_port()
    data_dir.parent.mkdir()
    register_host(tmp_path / "profile", data_dir, port)
    started_by_host.append(data_dir)

    options = browser_context.new_page()
    options.goto(extension_url("options/options.html"))
    expect(options.get_by_role("status")).to_contain_text("Connected", timeout=30_000)
    save_screenshot(options, "options-paired-by-host")
    stored = service_worker.evaluate("chrome.storage.local.get(['companionUrl', 'token'])")
    assert stored == {"companionUrl": f"http://127.0.0.1:{port}", "token": load_or_create_token(load_config(data_dir))}
    assert native_host.is_answering(f"http://127.0.0.1:{port}")


def test_the_popup_keeps_the_last_list_while_the_companion_is_down_and_starts_it_in_one_click(
    browser_context, service_worker, extension_url, interviewed, tmp_path, started_by_host  # noqa: F811
):
    register_host(tmp_path / "profile", interviewed.data_dir, interviewed.port)
    started_by_host.append(interviewed.data_dir)
    popup = open_popup(browser_context, extension_url)
    expect(popup.locator("li.followup").filter(has_text="Thank-you email")).to_have_count(2)  # one per interviewer
    shown = popup.locator("li.followup").count()
    popup.close()

    interviewed.stop()
    offline = open_popup(browser_context, extension_url)
    expect(offline.get_by_role("heading", name="The companion is not running")).to_be_visible()
    expect(offline.get_by_text("Your follow-ups as of")).to_be_visible()
    expect(offline.locator("li.followup")).to_have_count(shown)
    save_screenshot(offline, "popup-offline-cached")

    offline.get_by_role("button", name="Start the companion").click()
    expect(offline.get_by_text("Your follow-ups as of")).to_have_count(0, timeout=30_000)
    expect(offline.locator("body")).to_have_attribute("data-state", "ready")
    expect(offline.locator("li.followup")).to_have_count(shown)
    assert native_host.is_answering(interviewed.base_url)


def test_marks_and_outcomes_made_while_the_companion_is_down_are_applied_once_when_it_is_back(
    browser_context, service_worker, extension_url, interviewed  # noqa: F811
):
    popup = open_popup(browser_context, extension_url)
    thanks = popup.locator("li.followup").filter(has_text="Thank-you email")
    expect(thanks).to_have_count(2)
    popup.close()
    interviewed.stop()

    offline = open_popup(browser_context, extension_url)
    expect(offline.get_by_text("Your follow-ups as of")).to_be_visible()
    dana = offline.locator("li.followup").filter(has_text="Dana Lee")
    dana.get_by_role("button", name="Mark sent").click()
    expect(offline.get_by_role("status")).to_contain_text("It reaches the companion once it is running")
    expect(dana).to_have_count(0)
    sam = offline.locator("li.followup").filter(has_text="Sam Ortiz")
    sam.get_by_role("button", name="Snooze…").click()
    sam.get_by_role("button", name="1 day").click()
    expect(sam.get_by_text("snoozed")).to_be_visible()
    check_in = offline.locator("li.followup").filter(has_text="Check in on the decision")
    check_in.get_by_role("button", name="Outcome…").click()
    check_in.get_by_role("button", name="Record reply").click()
    expect(offline.get_by_role("status")).to_contain_text("Reply recorded for Initech. It reaches the companion")
    save_screenshot(offline, "popup-offline-marked")
    offline.close()

    interviewed.start()
    service_worker.evaluate("chrome.alarms.create('outbox-retry', {when: Date.now()})")  # its minute comes
    by_person = lambda: {f["contact"]["name"]: f["status"] for f in interviewed.get("/api/followups?status=all")["followups"]
                         if f["kind"] == "thank_you_email"}  # noqa: E731
    interviewed.wait_for(lambda: by_person() == {"Dana Lee": "done", "Sam Ortiz": "snoozed"}, "both marks")
    service_worker.evaluate("chrome.alarms.create('outbox-retry', {when: Date.now()})")  # a second flush sends nothing twice
    interviewed.wait_for(lambda: interviewed.get("/api/applications/1")["status"] == "interviewing"
                         and any(e["kind"] == "outcome" for e in interviewed.get("/api/applications/1")["activity"]),
                         "the reply")
    activity = interviewed.get("/api/applications/1")["activity"]
    assert len([entry for entry in activity if entry["kind"] == "follow_up"]) == 2, activity
    assert [entry["summary"] for entry in activity if entry["kind"] == "outcome"] == ["Recorded: replied"]
    assert service_worker.evaluate("chrome.storage.local.get('outbox')")["outbox"] == []
