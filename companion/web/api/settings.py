"""Settings: read them all, or change some (every value checked first; due times re-planned)."""

from datetime import time

from flask import Blueprint, jsonify

from companion.web.schema import Field
from companion.domain.timing import SPECS, Settings
from companion.services import settings_edits
from companion.services.user_settings import load_settings
from companion.web.api.calendar import feed_url
from companion.web.api.docs import documented, json_body

blueprint = Blueprint("settings", __name__)


def _field(key: str, default) -> Field:
    """The JSON shape of one setting, for checking bodies and for the API description."""
    help = SPECS[key].help
    if isinstance(default, bool):
        return Field("boolean", description=help)
    if isinstance(default, int):
        return Field("integer", description=help)
    if isinstance(default, frozenset):
        return Field("array", description=f"{help} (weekday names: mon … sun)")
    if isinstance(default, tuple):
        return Field("array", description=help)
    if isinstance(default, time):
        return Field("string", max_length=5, description=f"{help} (HH:MM)")
    return Field("string", max_length=2000, description=help)


SETTING_FIELDS = {key: _field(key, getattr(Settings(zone="UTC"), key)) for key in SPECS}


@blueprint.get("/api/settings")
@documented("The settings, with the address of the read-only calendar feed")
def get_settings():
    return jsonify(settings=load_settings().to_json(), calendar_feed_url=feed_url())


@blueprint.patch("/api/settings")
@documented("Change settings; follow-ups are re-planned with them", body=SETTING_FIELDS, partial=True)
def update_settings():
    values = json_body(SETTING_FIELDS, partial=True)
    settings = settings_edits.update_settings(values) if values else load_settings()
    return jsonify(settings=settings.to_json(), calendar_feed_url=feed_url())
