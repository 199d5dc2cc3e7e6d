"""Ports and processes of the companions tests start: a free loopback port to start one on, and
stopping those the native host started (they outlive the host on purpose, so they are found by
their command line, read from /proc: no pgrep needed)."""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_companions_of(data_dir: Path) -> None:
    """SIGTERM every `serve` process whose command line names this data directory."""
    wanted = str(data_dir).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if b"serve" in arguments and wanted in arguments:
            try:
                os.kill(int(entry.name), signal.SIGTERM)
            except ProcessLookupError:
                pass
