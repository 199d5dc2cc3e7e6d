"""Schema-driven fuzzing: schemathesis sends generated requests to every documented route
and no answer may be a server error. The number of examples is bounded to keep it quick."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from companion.app import create_app
from companion.config import load_config

BASE_URL = "http://127.0.0.1:8765"


@pytest.fixture
def fuzz_app(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return create_app(load_config(tmp_path / "fuzz"))


@pytest.fixture
def fuzz_schema(fuzz_app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", fuzz_app, headers=token_header(fuzz_app), base_url=BASE_URL)


def token_header(app) -> dict:
    return {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}


schema = schemathesis.pytest.from_fixture("fuzz_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_gives_a_server_error(case, fuzz_app):
    response = case.call(headers=token_header(fuzz_app), base_url=BASE_URL)
    assert response.status_code < 500, f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    if response.status_code >= 400:
        assert response.json()["error"]["message"]
