"""The user's settings as kept in the Setting table, read over the defaults (changed in settings_edits.py)."""

from __future__ import annotations

import logging

from companion.store.models import Setting
from companion.domain.timing import SPECS, Settings, SettingError

log = logging.getLogger(__name__)


def load_settings() -> Settings:
    """The stored settings over the defaults; a stored value no longer valid falls back to its default."""
    settings = Settings()
    for row in Setting.select().where(Setting.key.in_(list(SPECS))):
        try:
            settings = settings.updated({row.key: row.value})
        except SettingError as problem:
            # For example a zone this system's tz database does not know (any more).
            log.warning("ignoring the stored setting %s", problem)
    return settings
