"""`interview-companion install`, `uninstall` and `status`: the files that make the companion
start with the session and let the browser start and pair it, written once and removed exactly.

Every file written is listed in `installed.json` in the data directory; `uninstall` removes
those and nothing else. No root: everything is in the user's own folders.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from companion.desktop import autostart, native_host
from companion.desktop.autostart import File, Launch

RECORD = "installed.json"


@dataclass
class Plan:
    """What installing means on this system: files to write, and commands to run after."""

    files: list[File]
    after_install: list[list[str]] = field(default_factory=list)
    before_uninstall: list[list[str]] = field(default_factory=list)
    how_to_start: str = ""


def plan(launch: Launch, *, home: Path, platform: str = sys.platform) -> Plan:
    """The files and commands for `platform` (sys.platform's names)."""
    data_dir = Path(launch.data_dir)
    host = native_host.launcher(launch, data_dir)
    if platform.startswith("linux"):
        unit = autostart.systemd_unit(launch, home)
        files = [unit, host, *_host_manifests(native_host.LINUX_FOLDERS, home, host.path)]
        name = f"{autostart.SERVICE_NAME}.service"
        return Plan(files,
                    after_install=[["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", name]],
                    before_uninstall=[["systemctl", "--user", "disable", "--now", name]],
                    how_to_start=f"systemctl --user start {name}")
    if platform == "darwin":
        agent = autostart.launch_agent(launch, home)
        return Plan([agent, host, *_host_manifests(native_host.MAC_FOLDERS, home, host.path)],
                    after_install=[["launchctl", "load", "-w", str(agent.path)]],
                    before_uninstall=[["launchctl", "unload", "-w", str(agent.path)]],
                    how_to_start=f"launchctl load -w {agent.path}")
    if platform == "win32":
        appdata = PureWindowsPath(os.environ.get("APPDATA", str(home / "AppData" / "Roaming")))
        startup = autostart.windows_startup(launch, appdata)
        # Windows finds host manifests through the registry (HKCU\Software\<browser>\NativeMessagingHosts).
        manifests = [File(data_dir / f"{native_host.HOST_NAME}.{browser}.json",
                          native_host.host_manifest(browser, data_dir / "native-host.cmd"))
                     for browser in ("chrome", "firefox")]
        host_cmd = File(data_dir / "native-host.cmd",
                        f'@echo off\r\n"{launch.python}" -m companion.desktop.native_host --data-dir "{launch.data_dir}" --port {launch.port}\r\n'.encode())
        keys = {browser: rf"HKCU\Software\{vendor}\NativeMessagingHosts\{native_host.HOST_NAME}"
                for browser, vendor in (("chrome", r"Google\Chrome"), ("firefox", "Mozilla"))}
        return Plan([startup, host_cmd, *manifests],
                    after_install=[["reg", "add", key, "/ve", "/t", "REG_SZ", "/d", str(manifest.path), "/f"]
                                   for (browser, key), manifest in zip(keys.items(), manifests)],
                    before_uninstall=[["reg", "delete", key, "/f"] for key in keys.values()],
                    how_to_start=f'"{startup.path}"')
    raise OSError(f"installing is not supported on {platform}: start the companion with `interview-companion serve`")


def _host_manifests(folders: dict[str, str], home: Path, launcher: Path) -> list[File]:
    return [File(home / folder / f"{native_host.HOST_NAME}.json", native_host.host_manifest(browser, launcher))
            for browser, folder in folders.items()]


def install(found: Plan, data_dir: Path) -> list[str]:
    """Write every file (idempotent: the same content again), run the commands; the lines to tell the user."""
    said = []
    for item in found.files:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        item.path.write_bytes(item.content)
        if item.executable:
            item.path.chmod(0o755)
        said.append(f"wrote {item.path}")
    (data_dir / RECORD).write_text(json.dumps([str(item.path) for item in found.files], indent=2) + "\n")
    said += _run_all(found.after_install)
    return said


def uninstall(found: Plan, data_dir: Path) -> list[str]:
    """Stop the service and remove exactly the files `install` recorded."""
    said = _run_all(found.before_uninstall)
    record = data_dir / RECORD
    written = json.loads(record.read_text()) if record.exists() else [str(item.path) for item in found.files]
    for name in written:
        path = Path(name)
        if path.exists():
            path.unlink()
            said.append(f"removed {path}")
    record.unlink(missing_ok=True)
    return said


def _run_all(commands: list[list[str]]) -> list[str]:
    said = []
    for command in commands:
        if shutil.which(command[0]) is None:
            said.append(f"skipped `{' '.join(command)}`: {command[0]} is not on this system")
            continue
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        outcome = "ran" if done.returncode == 0 else f"failed ({(done.stderr or done.stdout).strip()[:200]})"
        said.append(f"{outcome}: {' '.join(command)}")
    return said


def status(found: Plan, data_dir: Path, url: str) -> dict:
    record = data_dir / RECORD
    written = json.loads(record.read_text()) if record.exists() else []
    return {
        "registered": bool(written) and all(Path(name).exists() for name in written),
        "running": native_host.is_answering(url),
        "url": url,
        "data_dir": str(data_dir),
        "files": written,
        "start_with": found.how_to_start,
    }
