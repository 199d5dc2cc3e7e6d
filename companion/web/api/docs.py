"""Route documentation kept beside each route; `openapi.py` gathers it into one description."""

from __future__ import annotations

import re

from flask import request
from werkzeug.exceptions import BadRequest

from companion.web.errors import ApiError
from companion.web.schema import Field, validate

# Real bodies (JSON-LD included) nest a few levels; far deeper ones only come from a fuzzer or
# an attack, and would exhaust Python's recursion limit further on.
MAX_NESTING = 100


def documented(summary: str, *, body: dict[str, Field] | None = None, partial: bool = False,
               query: dict[str, Field] | None = None, returns: str = "application/json"):
    """Attach what the OpenAPI description needs to a view function."""

    def decorate(view):
        view.openapi = {"summary": summary, "body": body, "partial": partial, "query": query or {}, "returns": returns}
        return view

    return decorate


def json_body(spec: dict[str, Field], *, partial: bool = False) -> dict:
    """The request's JSON body, checked against `spec`."""
    if not request.data:
        if partial or not any(field.required for field in spec.values()):
            return validate({}, spec, partial=partial)
        raise ApiError("the request needs a JSON body", code="invalid_body")
    try:
        body = request.get_json(force=True)
    except BadRequest:
        raise ApiError("the request body is not valid JSON", code="invalid_json") from None
    except RecursionError:  # the decoder recurses once per level
        raise _too_deep() from None
    # A body that decoded can still be too deep to store or read again: refuse it here, once.
    if _nesting(body) > MAX_NESTING:
        raise _too_deep()
    if _SURROGATE_ESCAPE.search(request.data):
        body = _without_lone_surrogates(body)
    return validate(body, spec, partial=partial)


# JSON may escape half of a UTF-16 pair ("\ud800"); the decoder keeps it as a character that no
# database or encoder accepts. Pages can hold them (a script wrote one), and the extension sends
# them escaped, so they are replaced by U+FFFD as any decoder does with broken text.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value):
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def _too_deep() -> ApiError:
    return ApiError(f"the request body is nested deeper than {MAX_NESTING} levels", code="invalid_json")


def _nesting(value) -> int:
    """How many arrays and objects deep `value` goes, counted without recursion."""
    deepest, pending = 0, [(value, 1)]
    while pending and deepest <= MAX_NESTING:
        item, depth = pending.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def query_args(spec: dict[str, Field]) -> dict:
    """Query-string arguments checked against `spec` (all arrive as strings)."""
    raw = {name: value for name, value in request.args.items()}
    unknown = sorted(set(raw) - set(spec))
    if unknown:
        raise ApiError(f"unknown query parameter '{unknown[0]}'", field=unknown[0], code="unknown_field")
    typed = {}
    for name, value in raw.items():
        kind = spec[name].kind
        typed[name] = _from_query(name, value, kind)
    return validate(typed, spec)


def _from_query(name: str, value: str, kind: str):
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            raise ApiError(f"'{name}' must be a whole number", field=name, code="invalid_field") from None
    if kind == "boolean":
        if value.lower() not in ("true", "false", "1", "0"):
            raise ApiError(f"'{name}' must be true or false", field=name, code="invalid_field")
        return value.lower() in ("true", "1")
    return value
