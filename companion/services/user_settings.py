"""The user's settings as kept in the Setting table: read over the defaults, changed all or nothing."""

from __future__ import annotations

import logging
from typing import Any

from companion.services.errors import Invalid
from companion.store.models import Setting
from companion.domain.timing import SPECS, Settings, SettingError
from companion.services import planning

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


# Settings that only change how drafts read, never what is planned or when.
WORDING_ONLY = {"name", "email", "signature"}


def update_settings(values: dict[str, Any]) -> Settings:
    """Check every value, store them together, and re-plan: zones and offsets move due times."""
    try:
        settings = load_settings().updated(values)
    except SettingError as problem:
        raise Invalid(str(problem), field=problem.key, code="invalid_field") from None
    stored = settings.to_json()
    for key in values:
        Setting.replace(key=key, value=stored[key]).execute()
    if set(values) - WORDING_ONLY:
        planning.replan_all()
    return settings
