"""The native messaging host: the browser starts this program when the extension asks, and it
answers on stdin/stdout (each message a 4-byte length, then JSON). It can start the companion
and hand the extension the pairing token, so a user never copies a token or opens a terminal.

The browser runs it only for the extensions its manifest names (`allowed_origins`, or
`allowed_extensions` for Firefox), so what it hands over goes to our extension alone.
Requests: {"command": "pair"} -> {"ok": true, "url", "token"}; {"command": "start"} -> the
same once the companion answers (started if it was not running); anything else -> {"ok": false,
"error"}.
"""

from __future__ import annotations

import json
import os
import shlex
import struct
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import BinaryIO

from companion.config import LOOPBACK, forget_paired_origin, load_config, load_or_create_token
from companion.desktop.autostart import SERVICE_NAME, File, Launch
from companion.desktop.extension import CHROME_EXTENSION_ID, GECKO_ID

HOST_NAME = "local.interview_companion"
MAX_MESSAGE_BYTES = 64 * 1024  # the extension sends a command word; anything bigger is not ours
START_SECONDS = 20

# Where each browser looks for a user's host manifests (Linux and macOS; Windows reads the
# registry, which registration.py fills in).
LINUX_FOLDERS = {
    "chrome": ".config/google-chrome/NativeMessagingHosts",
    "chromium": ".config/chromium/NativeMessagingHosts",
    "edge": ".config/microsoft-edge/NativeMessagingHosts",
    "firefox": ".mozilla/native-messaging-hosts",
}
MAC_FOLDERS = {
    "chrome": "Library/Application Support/Google/Chrome/NativeMessagingHosts",
    "chromium": "Library/Application Support/Chromium/NativeMessagingHosts",
    "edge": "Library/Application Support/Microsoft Edge/NativeMessagingHosts",
    "firefox": "Library/Application Support/Mozilla/NativeMessagingHosts",
}


def host_manifest(browser: str, launcher: Path) -> bytes:
    """The manifest a browser reads to find the host, naming the one extension allowed to use it."""
    manifest = {
        "name": HOST_NAME,
        "description": "Starts the interview companion and pairs the extension with it",
        "path": str(launcher),
        "type": "stdio",
    }
    if browser == "firefox":
        manifest["allowed_extensions"] = [GECKO_ID]
    else:
        manifest["allowed_origins"] = [f"chrome-extension://{CHROME_EXTENSION_ID}/"]
    return (json.dumps(manifest, indent=2) + "\n").encode()


def launcher(launch: Launch, folder: Path) -> File:
    """The program a host manifest points at (browsers pass it no arguments of ours)."""
    command = [launch.python, "-m", "companion.desktop.native_host", "--data-dir", launch.data_dir,
               "--port", str(launch.port)]
    text = f"#!/bin/sh\n# Written by `interview-companion install`: the browser runs this to reach the companion.\nexec {shlex.join(command)}\n"
    return File(folder / "native-host", text.encode(), executable=True)


def read_message(stream: BinaryIO) -> dict | None:
    """The next message, or None at the end of input."""
    header = stream.read(4)
    if len(header) < 4:
        return None
    (length,) = struct.unpack("<I", header)
    if length > MAX_MESSAGE_BYTES:
        raise ValueError(f"a message of {length} bytes is not one the extension sends")
    return json.loads(stream.read(length).decode("utf-8"))


def write_message(stream: BinaryIO, message: dict) -> None:
    data = json.dumps(message).encode("utf-8")
    stream.write(struct.pack("<I", len(data)) + data)
    stream.flush()


def is_answering(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_companion(launch: Launch, url: str) -> bool:
    """Start the companion, through the user's service when one is registered; True once it answers."""
    if not _start_service():
        subprocess.Popen(launch.serve_command(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)  # outlives this host
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if is_answering(url):
            return True
        time.sleep(0.2)
    return False


def _start_service() -> bool:
    """`systemctl --user start` where the unit is installed; False where there is no such service."""
    try:
        done = subprocess.run(["systemctl", "--user", "start", SERVICE_NAME], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def answer(request: dict, launch: Launch) -> dict:
    config = load_config(launch.data_dir)
    url = f"http://{LOOPBACK}:{launch.port}"
    command = request.get("command") if isinstance(request, dict) else None
    if command in ("pair", "start"):
        forget_paired_origin(config)  # only our extension reaches this host: it pairs anew
    if command == "pair":
        return {"ok": True, "url": url, "token": load_or_create_token(config), "running": is_answering(url)}
    if command == "start":
        if not is_answering(url) and not start_companion(launch, url):
            return {"ok": False, "error": f"the companion did not start within {START_SECONDS} seconds"}
        return {"ok": True, "url": url, "token": load_or_create_token(config), "running": True}
    return {"ok": False, "error": f"unknown command {command!r}: send 'pair' or 'start'"}


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="native-host", add_help=False)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--port", type=int, required=True)
    known, _browser_arguments = parser.parse_known_args(argv)  # browsers add the caller's origin
    launch = Launch(sys.executable, known.data_dir, known.port)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            request = read_message(stdin)
        except ValueError as problem:
            write_message(stdout, {"ok": False, "error": str(problem)})
            return 1
        if request is None:
            return 0
        write_message(stdout, answer(request, launch))


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
