"""Starting the companion with the user's session, as each desktop expects it: a systemd user
unit on Linux (restarted on failure), a LaunchAgent on macOS, a command in the Startup folder on
Windows. Pure: each function returns where a file goes and what it holds; registration.py writes
them and asks the system to take them into account."""

from __future__ import annotations

import plistlib
import shlex
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

SERVICE_NAME = "interview-companion"
LAUNCH_AGENT_LABEL = "local.interview-companion"


@dataclass(frozen=True)
class Launch:
    """How to run the companion: this Python, its data directory and port."""

    python: str
    data_dir: str
    port: int

    def serve_command(self) -> list[str]:
        return [self.python, "-m", "companion", "serve", "--port", str(self.port), "--data-dir", self.data_dir]


@dataclass(frozen=True)
class File:
    path: Path
    content: bytes
    executable: bool = False


def systemd_unit(launch: Launch, home: Path) -> File:
    """~/.config/systemd/user/interview-companion.service: started at login, restarted on failure."""
    text = "\n".join([
        "[Unit]",
        "Description=Interview companion (follow-ups for the browser extension)",
        "After=network.target",
        "",
        "[Service]",
        "Type=simple",
        f"ExecStart={shlex.join(launch.serve_command())}",
        "Restart=on-failure",
        "RestartSec=5",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ])
    return File(home / ".config" / "systemd" / "user" / f"{SERVICE_NAME}.service", text.encode())


def launch_agent(launch: Launch, home: Path) -> File:
    """~/Library/LaunchAgents/local.interview-companion.plist: run at login, kept alive."""
    plist = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": launch.serve_command(),
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "StandardOutPath": str(Path(launch.data_dir) / "companion.log"),
        "StandardErrorPath": str(Path(launch.data_dir) / "companion.log"),
    }
    return File(home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist", plistlib.dumps(plist))


def windows_startup(launch: Launch, appdata: PureWindowsPath) -> File:
    """A command in the user's Startup folder that starts the companion without a window."""
    pythonw = str(PureWindowsPath(launch.python).with_name("pythonw.exe"))
    arguments = " ".join(f'"{part}"' for part in [pythonw, *launch.serve_command()[1:]])
    text = f'@echo off\r\nrem Starts the interview companion at login (interview-companion install).\r\nstart "" {arguments}\r\n'
    folder = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    return File(Path(str(folder / f"{SERVICE_NAME}.cmd")), text.encode())
