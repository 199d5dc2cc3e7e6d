"""A throwaway PostgreSQL server for the storage tests: Debian's PostgreSQL binaries, a new cluster
in a temporary directory, listening on a free loopback port, stopped when the tests end.

Used when pytest runs with `--postgresql`; `TEST_DATABASE_URL` points at a server of one's own
instead. As root (CI), the cluster runs as the `postgres` user, since PostgreSQL refuses root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from processes import free_port


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps them out of PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a cluster and yield the URL of an empty database in it."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed: install Debian's postgresql package (scripts/test does)")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="companion-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", free_port()

    def run(*command: str) -> None:
        subprocess.run([*as_user, *command], check=True, capture_output=True, text=True, cwd=folder)

    log = folder / "log"
    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "companion", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
        try:
            run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "companion", "companion_test")
            yield f"postgresql://companion@127.0.0.1:{port}/companion_test"
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
    except subprocess.CalledProcessError as failure:
        # The server's own log says why it would not start or why it died during the tests (a full
        # disk, say), which pg_ctl's message does not.
        told = log.read_text(errors="replace").splitlines()[-20:] if log.exists() else []
        raise RuntimeError("\n".join([f"PostgreSQL failed: {failure.cmd[len(as_user)]} said {failure.stderr.strip()}",
                                      "Its log ends:", *told])) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
