"""Fetching a row by id: the row itself, or a 404 that names what was asked for."""

import pytest

from companion.web.errors import NotFound
from companion.store.models import Application
from companion.services.lookup import get_or_404


def test_the_row_with_that_id(db):
    application = Application.create(company="Acme")
    assert get_or_404(Application, application.id, "application") == application


def test_a_missing_id_is_a_404_naming_it(db):
    with pytest.raises(NotFound) as missing:
        get_or_404(Application, 41, "application")
    assert missing.value.status == 404 and missing.value.message == "application 41 does not exist"
