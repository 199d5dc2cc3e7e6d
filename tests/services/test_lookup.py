"""Fetching a row by id: the row itself, or NotFound naming what was asked for (the API answers it with 404)."""

import pytest

from companion.services.errors import NotFound
from companion.store.models import Application
from companion.services.lookup import get_existing


def test_the_row_with_that_id(db):
    application = Application.create(company="Acme")
    assert get_existing(Application, application.id, "application") == application


def test_a_missing_id_is_not_found_naming_it(db):
    with pytest.raises(NotFound) as missing:
        get_existing(Application, 41, "application")
    assert missing.value.code == "not_found" and missing.value.message == "application 41 does not exist"


def test_the_api_answers_a_missing_id_with_404_naming_it(client):
    answer = client.get("/api/applications/41")
    assert answer.status_code == 404
    assert answer.json == {"error": {"code": "not_found", "message": "application 41 does not exist"}}
