"""Reading times from requests: a time at the edge of the calendar is refused by name, not a crash."""

import pytest

from companion.web.errors import ApiError
from companion.web.schema import parse_datetime


def test_a_time_before_year_one_in_utc_is_refused_naming_the_field():
    with pytest.raises(ApiError) as problem:
        parse_datetime("0001-01-01T00:00:00+05:00", "start")
    assert problem.value.field == "start" and "outside the dates" in problem.value.message


def test_the_api_answers_400_for_it(client, unchanged):
    application = client.post("/api/applications", json={"company": "Acme"}).json
    with unchanged():
        response = client.post("/api/interviews", json={"application_id": application["id"],
                                                         "start": "0001-01-01T00:00:00+05:00",
                                                         "end": "0001-01-01T01:00:00+05:00"})
    assert response.status_code == 400 and response.json["error"]["field"] == "start"
