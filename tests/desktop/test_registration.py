"""`install` writes what each desktop needs to start the companion with the session and to let
the browser reach it; `uninstall` removes every file it wrote; `status` says what is there."""

from __future__ import annotations

import dataclasses
import json
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from companion.desktop import autostart, native_host, registration
from companion.desktop.autostart import Launch
from companion.desktop.extension import CHROME_EXTENSION_ID, GECKO_ID

LAUNCH = Launch("/opt/venv/bin/python", "/home/dana/.local/share/interview-companion", 8765)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze (scripts/test installs systemd)")
def test_the_systemd_unit_is_one_systemd_accepts(tmp_path):
    real = Launch(sys.executable, str(tmp_path / "data"), 8765)  # systemd checks that the program exists
    unit = autostart.systemd_unit(real, tmp_path)
    assert unit.path == tmp_path / ".config/systemd/user/interview-companion.service"
    unit.path.parent.mkdir(parents=True)
    unit.path.write_bytes(unit.content)
    # --user needs a running user manager, which a test machine lacks; the parser is the same.
    checked = subprocess.run(["systemd-analyze", "verify", str(unit.path)], capture_output=True, text=True)
    assert checked.returncode == 0 and "interview-companion.service" not in checked.stderr, checked.stderr
    text = unit.content.decode()
    assert f"ExecStart={sys.executable} -m companion serve --port 8765 --data-dir {tmp_path / 'data'}" in text
    assert "Restart=on-failure" in text and "WantedBy=default.target" in text


def test_the_launch_agent_is_a_plist_that_runs_at_login_and_stays_up(tmp_path):
    agent = autostart.launch_agent(LAUNCH, tmp_path)
    assert agent.path == tmp_path / "Library/LaunchAgents/local.interview-companion.plist"
    plist = plistlib.loads(agent.content)
    assert plist["ProgramArguments"] == LAUNCH.serve_command()
    assert plist["RunAtLoad"] is True and plist["KeepAlive"] == {"SuccessfulExit": False}


def test_the_windows_entry_starts_the_companion_without_a_window():
    entry = autostart.windows_startup(Launch(r"C:\Users\Dana\venv\Scripts\python.exe", r"C:\Users\Dana\data", 8765),
                                      PureWindowsPath(r"C:\Users\Dana\AppData\Roaming"))
    assert str(entry.path).endswith(r"Start Menu\Programs\Startup\interview-companion.cmd")
    assert entry.content.decode().splitlines()[-1] == (
        r'start "" "C:\Users\Dana\venv\Scripts\pythonw.exe" "-m" "companion" "serve" "--port" "8765" '
        r'"--data-dir" "C:\Users\Dana\data"')


@pytest.mark.parametrize("browser", sorted(native_host.LINUX_FOLDERS))
def test_host_manifests_name_only_our_extension(browser, tmp_path):
    manifest = json.loads(native_host.host_manifest(browser, tmp_path / "native-host"))
    assert manifest["name"] == native_host.HOST_NAME and manifest["type"] == "stdio"
    assert manifest["path"] == str(tmp_path / "native-host")
    if browser == "firefox":
        assert manifest["allowed_extensions"] == [GECKO_ID]
    else:
        assert manifest["allowed_origins"] == [f"chrome-extension://{CHROME_EXTENSION_ID}/"]


def test_install_writes_everything_for_linux_and_uninstall_removes_exactly_that(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    mine = tmp_path / "home/.config/chromium/NativeMessagingHosts/someone-elses.json"
    mine.parent.mkdir(parents=True)
    mine.write_text("{}")
    found = registration.plan(dataclasses.replace(LAUNCH, data_dir=str(data_dir)), home=tmp_path / "home", platform="linux")
    quiet = dataclasses.replace(found, after_install=[], before_uninstall=[])  # no systemctl in a test

    said = registration.install(quiet, data_dir)
    registration.install(quiet, data_dir)  # twice is the same as once
    written = {Path(line.removeprefix("wrote ")) for line in said}
    assert tmp_path / "home/.config/systemd/user/interview-companion.service" in written
    assert tmp_path / "home/.mozilla/native-messaging-hosts/local.interview_companion.json" in written
    launcher = data_dir / "native-host"
    assert launcher in written and launcher.stat().st_mode & 0o111
    state = registration.status(quiet, data_dir, "http://127.0.0.1:1")
    assert state["registered"] is True and state["running"] is False

    registration.uninstall(quiet, data_dir)
    assert not any(path.exists() for path in written)
    assert mine.exists(), "a file install did not write stays"
    assert registration.status(quiet, data_dir, "http://127.0.0.1:1")["registered"] is False


def test_macos_and_windows_plans_hold_their_own_entries(tmp_path):
    mac = registration.plan(LAUNCH, home=tmp_path, platform="darwin")
    assert any(item.path.name == "local.interview-companion.plist" for item in mac.files)
    assert mac.after_install == [["launchctl", "load", "-w", str(tmp_path / "Library/LaunchAgents/local.interview-companion.plist")]]
    windows = registration.plan(LAUNCH, home=tmp_path, platform="win32")
    assert [command[:2] for command in windows.after_install] == [["reg", "add"], ["reg", "add"]]
    assert windows.after_install[0][2] == r"HKCU\Software\Google\Chrome\NativeMessagingHosts\local.interview_companion"
