"""Where the companion keeps its files, and the pairing token the extension presents.

The data directory is, in order: `--data-dir`, `$INTERVIEW_COMPANION_HOME`, then the user's
data directory from platformdirs. Everything in it is private to the user (0700 / 0600).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "interview-companion"
HOME_VARIABLE = "INTERVIEW_COMPANION_HOME"
LOOPBACK = "127.0.0.1"  # the only address the companion listens on
DEFAULT_PORT = 8765
# A 5 MB page snapshot grows when its HTML is escaped into JSON; leave room for that.
MAX_BODY_BYTES = 12 * 1024 * 1024


@dataclass
class Config:
    data_dir: Path
    database_url: str = ""
    port: int = DEFAULT_PORT
    max_body_bytes: int = MAX_BODY_BYTES

    @property
    def token_path(self) -> Path:
        return self.data_dir / "token"

    @property
    def paired_origin_path(self) -> Path:
        return self.data_dir / "paired-origin"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "companion.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(HOME_VARIABLE):
        return Path(os.environ[HOME_VARIABLE]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def load_config(data_dir: str | os.PathLike | None = None, **overrides) -> Config:
    config = Config(
        data_dir=resolve_data_dir(data_dir),
        database_url=os.environ.get("DATABASE_URL", ""),
    )
    for name, value in overrides.items():
        setattr(config, name, value)
    ensure_private_dir(config.data_dir)
    return config


def ensure_private_dir(path: Path) -> None:
    """Create the data directory private to the user. A folder that already exists (one the
    user chose with --data-dir, perhaps their home) keeps its permissions: the companion's
    files in it are private on their own."""
    if path.is_dir():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.mkdir(mode=0o700)
    os.chmod(path, 0o700)  # mkdir's mode passes through the umask


def write_private_file(path: Path, text: str) -> None:
    """Write a file that only its owner can read, without a moment of wider access."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def load_or_create_token(config: Config) -> str:
    """The pairing token: made once at first start, then read back."""
    token = read_token(config)
    if token is None:
        token = secrets.token_urlsafe(32)
        write_private_file(config.token_path, token + "\n")
    return token


def read_token(config: Config) -> str | None:
    """The pairing token already made, or None before the first start."""
    path = config.token_path
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8").strip() or None


def read_paired_origin(config: Config) -> str | None:
    """The extension origin the token was first used from (security.py binds it), or None."""
    try:
        return config.paired_origin_path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def pair_origin(config: Config, origin: str) -> None:
    write_private_file(config.paired_origin_path, origin + "\n")


def forget_paired_origin(config: Config) -> None:
    """Let the next extension that brings the token be the paired one (the native host does this:
    browsers let only our extension reach it)."""
    config.paired_origin_path.unlink(missing_ok=True)
