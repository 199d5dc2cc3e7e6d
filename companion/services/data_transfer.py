"""The user's data out and back in, as one JSON document: applications, people, interviews with
their notes and debriefs, outcomes, follow-ups in the state the user left them, the activity log
and the settings. Imported into another data directory it gives the same search back.

Rows get new ids on import; everything that names an id (foreign keys, follow-up keys such as
"thank-you/interview-12/contact-5", the ids in activity details) is rewritten to the new ones, so
the re-plan that ends the import finds every follow-up under its own key and keeps its state.
Captured pages are not exported: they are large, and what they gave is in the applications.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import peewee as pw
from playhouse.shortcuts import model_to_dict

from companion.domain.timing import SPECS, SettingError, Settings
from companion.services.errors import Invalid
from companion.services.unit_of_work import changes
from companion.store.migrations import LATEST_VERSION
from companion.store.models import (Activity, Application, Contact, Debrief, FollowUp, Interview, InterviewParticipant,
                                    MAX_ROW_ID, JSONField, Outcome, Setting, utcnow)

FORMAT = "interview-companion"
# In the order rows can be written: each table after the ones its rows point to.
TABLES = {"applications": Application, "contacts": Contact, "interviews": Interview,
          "participants": InterviewParticipant, "debriefs": Debrief, "outcomes": Outcome,
          "follow_ups": FollowUp, "activity": Activity}
_TABLE_OF = {model: name for name, model in TABLES.items()}
# The parts of a follow-up's key that name a row ("thank-you/interview-12/contact-5"), by table.
_KEY_PARTS = {"application": "applications", "interview": "interviews", "contact": "contacts", "outcome": "outcomes"}
_ID_IN_KEY = re.compile(r"\b(application|interview|contact|outcome)-(\d+)\b")
_DETAIL_IDS = {"application_id": "applications", "interview_id": "interviews", "follow_up_id": "follow_ups"}


def export_document(now: datetime | None = None) -> dict:
    """Everything the user recorded, as JSON-ready values (times in ISO 8601, UTC)."""
    return {
        "format": FORMAT,
        "version": LATEST_VERSION,
        "exported_at": _json_value(now or utcnow()),
        "settings": {row.key: row.value for row in Setting.select().order_by(Setting.key)},
        **{name: [{key: _json_value(value) for key, value in model_to_dict(row, recurse=False).items()}
                  for row in model.select().order_by(model.id)]
           for name, model in TABLES.items()},
    }


class _DryRun(Exception):
    """Raised inside the import's transaction when nothing it wrote is to be kept."""


def import_document(document: Any, *, dry_run: bool = False) -> dict[str, int]:
    """Add a document's rows as new rows; returns how many of each were (or would be) added.
    Refused whole (nothing written) when any part is wrong, with the table, row and field named."""
    _check_header(document)
    new_ids: dict[str, dict[int, int]] = {name: {} for name in TABLES}
    try:
        _import(document, new_ids, dry_run)
    except _DryRun:
        pass
    return {name: len(ids) for name, ids in new_ids.items()}


def _import(document: dict, new_ids: dict[str, dict[int, int]], dry_run: bool) -> None:
    with changes() as touched:
        for name, model in TABLES.items():
            rows = document.get(name, [])
            if not isinstance(rows, list):
                raise Invalid(f"'{name}' must be a list", field=name)
            for number, row in enumerate(rows):
                values = _row_values(name, number, model, row, new_ids)
                old_id = values.pop("id", None)
                try:
                    with changes():  # a savepoint: a refused row leaves no trace
                        created = model.create(**values)
                except pw.IntegrityError as problem:
                    raise Invalid(f"{name}[{number}] clashes with what is stored already ({problem})",
                                  field=f"{name}[{number}]") from None
                if isinstance(old_id, int):
                    new_ids[name][old_id] = created.id
        if not Setting.select().exists():  # a fresh data directory takes the exported settings
            for key, value in _settings(document.get("settings") or {}).items():
                Setting.create(key=key, value=value)
            touched.everything()
        touched.application_ids(new_ids["applications"].values())
        if dry_run:
            raise _DryRun


def _check_header(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Invalid(f"this is not an export of the companion (its 'format' is not {FORMAT!r})", field="format")
    version = document.get("version")
    if not isinstance(version, int) or not 1 <= version <= LATEST_VERSION:
        raise Invalid(f"'version' {version!r} is not one this companion reads (1 to {LATEST_VERSION}): "
                      "import it with a newer companion", field="version")


def _settings(values: Any) -> dict:
    """The exported settings, each checked as the settings page would check it."""
    if not isinstance(values, dict):
        raise Invalid("'settings' must be an object", field="settings")
    try:
        Settings.from_json(values, ignore_unknown=True)
    except SettingError as problem:
        raise Invalid(f"settings.{problem}", field=f"settings.{problem.key}") from None
    return {key: value for key, value in values.items() if key in SPECS}


def _row_values(name: str, number: int, model: type[pw.Model], row: Any, new_ids: dict) -> dict:
    where = f"{name}[{number}]"
    if not isinstance(row, dict):
        raise Invalid(f"{where} must be an object", field=where)
    fields = model._meta.fields
    unknown = sorted(set(row) - set(fields))
    if unknown:
        raise Invalid(f"{where}: unknown field '{unknown[0]}'", field=f"{where}.{unknown[0]}")
    values = {}
    for field_name, value in row.items():
        field = fields[field_name]
        try:
            values[field_name] = _read(field, value, new_ids)
        except (TypeError, ValueError, KeyError) as problem:
            raise Invalid(f"{where}.{field_name}: {value!r} cannot be read ({problem})",
                          field=f"{where}.{field_name}") from None
    if model is FollowUp and "key" in values:
        values["key"] = _ID_IN_KEY.sub(lambda m: f"{m[1]}-{_new_id(new_ids, m[1], int(m[2]))}", values["key"])
    if model is Activity and isinstance(values.get("detail"), dict):
        values["detail"] = {key: (new_ids[_DETAIL_IDS[key]].get(value, value) if key in _DETAIL_IDS else value)
                            for key, value in values["detail"].items()}
    return values


def _read(field: pw.Field, value: Any, new_ids: dict) -> Any:
    if value is None:
        if not field.null:
            raise ValueError("it may not be empty")
        return None
    if isinstance(field, JSONField):
        return value
    if isinstance(field, (pw.CharField, pw.TextField, pw.DateTimeField, pw.DateField)) and not isinstance(value, str):
        raise TypeError("expected text")
    if isinstance(field, pw.BooleanField) and not isinstance(value, bool):
        raise TypeError("expected true or false")
    if isinstance(field, (pw.IntegerField, pw.ForeignKeyField)) and (
            isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_ROW_ID):
        raise TypeError("expected a whole number")
    if isinstance(field, pw.ForeignKeyField):
        return new_ids[_TABLE_OF[field.rel_model]][value]  # KeyError: a row the document does not have
    if isinstance(field, pw.DateTimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, pw.DateField):
        return date.fromisoformat(value)
    return value


def _new_id(new_ids: dict, kind: str, old: int) -> int:
    return new_ids[_KEY_PARTS[kind]].get(old, old)


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value
