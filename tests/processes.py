"""Stopping the companions a test started through the native host: they outlive the host on
purpose, so the test finds them by their command line (read from /proc: no pgrep needed)."""

from __future__ import annotations

import os
import signal
from pathlib import Path


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
