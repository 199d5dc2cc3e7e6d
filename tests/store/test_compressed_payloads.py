"""A captured page is stored compressed: a fraction of its size on disk, read back exactly, and
captures stored before (plain JSON) read as they were."""

from __future__ import annotations

from companion.store.models import Capture, database


def stored_text(capture_id: int) -> str:
    return database.execute_sql(f"SELECT payload FROM capture WHERE id = {database.param}", (capture_id,)).fetchone()[0]


def test_a_large_page_is_stored_in_a_fraction_of_its_size_and_read_back_exactly(db):
    html = "<html><body>" + "".join(f"<div class='job-card'><h2>Engineer {n}</h2><p>Build tools.</p></div>"
                                    for n in range(20_000)) + "</body></html>"
    payload = {"url": "https://careers.initech.example/jobs/1", "title": "Engineer \u00e9\u4e2d", "html": html}
    capture = Capture.create(source="page", url=payload["url"], payload=payload)
    assert len(stored_text(capture.id)) <= 0.15 * len(html)
    assert Capture.get_by_id(capture.id).payload == payload


def test_small_and_earlier_payloads_stay_plain_json(db):
    small = Capture.create(source="ics", payload={"ics": "BEGIN:VCALENDAR"})
    assert stored_text(small.id) == '{"ics": "BEGIN:VCALENDAR"}'
    database.execute_sql(f"UPDATE capture SET payload = {database.param} WHERE id = {database.param}",
                         ('{"url": "https://old.example"}', small.id))
    assert Capture.get_by_id(small.id).payload == {"url": "https://old.example"}
