"""Declared shapes of request bodies: one description validates input and documents the API.

`validate(body, spec)` returns cleaned values (dates and times parsed) or raises an
`ApiError` naming the first field that is wrong; `json_schema(spec)` gives the same shape
for the OpenAPI description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from companion.domain.addresses import is_email_address, is_web_url
from companion.web.errors import ApiError

TEXT_LIMIT = 10_000


@dataclass(frozen=True)
class Field:
    kind: str  # string | email | url | integer | number | boolean | date | datetime | array | object
    required: bool = False
    choices: tuple = ()
    max_length: int = 500
    nullable: bool = False
    description: str = ""
    strip: bool = True  # trim surrounding spaces; off for verbatim content such as HTML


def text(description: str = "", **options) -> Field:
    return Field("string", max_length=TEXT_LIMIT, description=description, **options)


def validate(body, spec: dict[str, Field], *, partial: bool = False) -> dict:
    """Check a JSON body against a spec. `partial` (for edits) makes every field optional."""
    if not isinstance(body, dict):
        raise ApiError("the request body must be a JSON object", code="invalid_body")
    unknown = sorted(set(body) - set(spec))
    if unknown:
        raise ApiError(f"unknown field '{unknown[0]}'", field=unknown[0], code="unknown_field")
    cleaned = {}
    for name, field in spec.items():
        if name not in body:
            if field.required and not partial:
                raise ApiError(f"'{name}' is required", field=name, code="missing_field")
            continue
        cleaned[name] = _clean(name, body[name], field)
    return cleaned


def _clean(name: str, value, field: Field):
    if value is None:
        if field.nullable:
            return None
        raise ApiError(f"'{name}' may not be null", field=name, code="invalid_field")
    cleaner = _CLEANERS[field.kind]
    cleaned = cleaner(name, value, field)
    if field.choices and cleaned not in field.choices:
        allowed = ", ".join(str(choice) for choice in field.choices)
        raise ApiError(f"'{name}' must be one of: {allowed}", field=name, code="invalid_field")
    return cleaned


def _wrong_type(name: str, expected: str) -> ApiError:
    return ApiError(f"'{name}' must be {expected}", field=name, code="invalid_field")


def _string(name, value, field):
    if not isinstance(value, str):
        raise _wrong_type(name, "a string")
    if len(value) > field.max_length:
        raise ApiError(f"'{name}' is longer than {field.max_length} characters", field=name, code="too_long")
    if "\x00" in value:
        raise ApiError(f"'{name}' contains a NUL character", field=name, code="invalid_field")
    return value.strip() if field.strip else value


def _email(name, value, field):
    """An e-mail address ("" clears it): a plain mailbox, so it can become a mailto: link safely."""
    address = _string(name, value, field)
    if address and not is_email_address(address):
        raise ApiError(f"'{name}' is not an e-mail address like dana@example.com", field=name, code="invalid_field")
    return address


def _url(name, value, field):
    """A web address ("" clears it): http or https only, so it can become a link safely."""
    url = _string(name, value, field)
    if url and not is_web_url(url):
        raise ApiError(f"'{name}' must be a web address starting with http:// or https://", field=name, code="invalid_field")
    return url


def _integer(name, value, field):
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(name, "a whole number")
    if not -(2**31) <= value < 2**31:
        raise ApiError(f"'{name}' is out of range", field=name, code="invalid_field")
    return value


def _number(name, value, field):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong_type(name, "a number")
    return value


def _boolean(name, value, field):
    if not isinstance(value, bool):
        raise _wrong_type(name, "true or false")
    return value


def _date(name, value, field):
    if not isinstance(value, str):
        raise _wrong_type(name, "a date like 2026-11-23")
    return parse_date(value, name)


def _datetime(name, value, field):
    if not isinstance(value, str):
        raise _wrong_type(name, "a date and time like 2026-11-23T09:30:00+01:00")
    return parse_datetime(value, name)


def _array(name, value, field):
    if not isinstance(value, list):
        raise _wrong_type(name, "a list")
    return value


def _object(name, value, field):
    if not isinstance(value, dict):
        raise _wrong_type(name, "an object")
    return value


_CLEANERS = {
    "string": _string, "email": _email, "url": _url, "integer": _integer, "number": _number, "boolean": _boolean,
    "date": _date, "datetime": _datetime, "array": _array, "object": _object,
}


def parse_date(value: str, name: str = "date") -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(f"'{name}' is not a date like 2026-11-23: {value!r}", field=name, code="invalid_field") from None


def parse_datetime(value: str, name: str = "time", default_zone=timezone.utc) -> datetime:
    """An ISO 8601 time; one written without an offset is read in `default_zone`."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(
            f"'{name}' is not a date and time like 2026-11-23T09:30:00+01:00: {value!r}",
            field=name, code="invalid_field",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=default_zone)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:  # e.g. 0001-01-01T00:00+05:00 falls before year 1 in UTC
        raise ApiError(f"'{name}' is outside the dates the companion can store: {value!r}",
                       field=name, code="invalid_field") from None


_JSON_TYPES = {
    "string": {"type": "string"}, "email": {"type": "string", "format": "email"},
    "url": {"type": "string", "format": "uri"}, "integer": {"type": "integer"}, "number": {"type": "number"},
    "boolean": {"type": "boolean"}, "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"}, "array": {"type": "array"},
    "object": {"type": "object"},
}


def json_schema(spec: dict[str, Field], *, partial: bool = False) -> dict:
    properties = {}
    for name, field in spec.items():
        prop = dict(_JSON_TYPES[field.kind])
        if field.kind in ("string", "email", "url"):
            prop["maxLength"] = field.max_length
        if field.choices:
            prop["enum"] = list(field.choices)
        if field.nullable:
            prop["nullable"] = True
        if field.description:
            prop["description"] = field.description
        properties[name] = prop
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    required = [name for name, field in spec.items() if field.required and not partial]
    if required:
        schema["required"] = required
    return schema
