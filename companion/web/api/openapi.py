"""GET /api/openapi.json: the API described from the routes' own declarations."""

import re

from flask import Blueprint, current_app, jsonify

from companion.services.lookup import MAX_ROW_ID
from companion.web.schema import json_schema
from companion.web.api.docs import documented

blueprint = Blueprint("openapi", __name__)

ERROR_SCHEMA = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"},
    }, "required": ["code", "message"]}},
    "required": ["error"],
}


@blueprint.get("/api/openapi.json")
@documented("This description")
def openapi():
    return jsonify(describe(current_app))


def describe(app) -> dict:
    paths: dict = {}
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        doc = getattr(view, "openapi", None)
        if doc is None:
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            paths.setdefault(path, {})[method.lower()] = _operation(rule, doc)
    return {
        "openapi": "3.0.3",
        "info": {"title": "Interview companion", "version": app.config["VERSION"]},
        "servers": [{"url": f"http://127.0.0.1:{app.config['COMPANION'].port}"}],
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": ERROR_SCHEMA},
        },
        "security": [{"token": []}],
        "paths": paths,
    }


def _operation(rule, doc: dict) -> dict:
    operation = {"summary": doc["summary"], "responses": _responses(doc)}
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 0, "maximum": MAX_ROW_ID}}
        for name in rule.arguments
    ]
    for name, field in doc["query"].items():
        schema = json_schema({name: field})["properties"][name]
        parameters.append({"name": name, "in": "query", "required": False, "schema": schema})
    if parameters:
        operation["parameters"] = parameters
    if doc["body"] is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": json_schema(doc["body"], partial=doc["partial"])}},
        }
    if rule.rule == "/api/health":
        operation["security"] = []
    return operation


def _responses(doc: dict) -> dict:
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {
        "200": {"description": "OK", "content": {doc["returns"]: {}}},
        "201": {"description": "Created"},
        "400": {"description": "Bad request", **error},
        "401": {"description": "Missing or wrong token", **error},
        "404": {"description": "Not found", **error},
        "409": {"description": "Conflict", **error},
        "413": {"description": "Body too large", **error},
    }
