"""Changing the user's settings: every value checked, all stored together, then re-planned."""

from __future__ import annotations

from typing import Any

from companion.store.models import Setting
from companion.domain.timing import Settings, SettingError
from companion.services.errors import Invalid
from companion.services.unit_of_work import changes
from companion.services.user_settings import load_settings

# Settings that only change how drafts read, never what is planned or when.
WORDING_ONLY = {"name", "email", "signature"}


def update_settings(values: dict[str, Any]) -> Settings:
    """Check every value, store them together, and re-plan: zones and offsets move due times."""
    try:
        settings = load_settings().updated(values)
    except SettingError as problem:
        raise Invalid(str(problem), field=problem.key, code="invalid_field") from None
    stored = settings.to_json()
    with changes() as touched:
        for key in values:
            # INSERT ... ON CONFLICT: SQLite and PostgreSQL both have it (INSERT OR REPLACE is SQLite's alone).
            Setting.insert(key=key, value=stored[key]).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: stored[key]}).execute()
        if set(values) - WORDING_ONLY:
            touched.everything()
    return settings
