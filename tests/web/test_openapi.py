"""The OpenAPI description covers every API route, with bodies described field by field."""

import re


def test_every_api_route_is_described(client, app):
    described = client.get("/api/openapi.json").json["paths"]
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert method.lower() in described.get(path, {}), f"{method} {path} is missing from the description"


def test_bodies_name_their_fields_and_health_needs_no_token(client):
    paths = client.get("/api/openapi.json").json["paths"]
    capture = paths["/api/captures"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"url", "html", "json_ld", "ics", "client_id"} <= set(capture["properties"])
    outcome = paths["/api/applications/{application_id}/outcomes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert outcome["required"] == ["outcome"] and "accepted" in outcome["properties"]["outcome"]["enum"]
    assert paths["/api/health"]["get"]["security"] == []
