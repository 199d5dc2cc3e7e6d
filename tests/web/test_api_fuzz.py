"""Schema-driven fuzzing: schemathesis generates requests for every documented route from
/api/openapi.json, and no answer may be a server error. Examples are bounded per route."""

import schemathesis
from hypothesis import HealthCheck, given, settings

from companion.web.app import create_app
from companion.config import load_config

BASE_URL = "http://127.0.0.1:8765"
EXAMPLES_PER_ROUTE = 25


def test_no_generated_request_gets_a_server_error(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app(load_config(tmp_path / "fuzz"))
    headers = {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app, headers=headers, base_url=BASE_URL)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20, "every route should be in the OpenAPI description"
    for operation in operations:
        check_operation(operation, headers)


def check_operation(operation, headers):
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_ROUTE, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def no_server_error(case):
        response = case.call(headers=headers, base_url=BASE_URL)
        assert response.status_code < 500, f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
        if response.status_code >= 400:
            assert response.json()["error"]["message"]

    no_server_error()
