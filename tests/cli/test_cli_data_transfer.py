"""`export --format json` and `import FILE.json`: a whole search taken to an empty data directory
comes back the same: applications, people, interviews with notes and debriefs, outcomes,
follow-ups in the state the user left them, the activity log and the settings."""

from __future__ import annotations

import json
import re

import pytest

from companion.services.data_transfer import TABLES


def positions(document: dict) -> dict[str, dict[int, int]]:
    """Each row's place in its table: what stays the same when the ids do not."""
    return {name: {row["id"]: place for place, row in enumerate(document[name])} for name in TABLES}


FOREIGN = {"application": "applications", "contact": "contacts", "interview": "interviews",
           "outcome": "outcomes"}


def without_ids(document: dict) -> dict:
    """The document with every id (and every id inside a key or a detail) replaced by a place."""
    places = positions(document)

    def place_of(kind: str, old: int) -> str:
        return f"#{places[FOREIGN[kind]].get(old, '?')}"

    tables = {}
    for name in TABLES:
        rows = []
        for row in document[name]:
            row = {key: value for key, value in row.items() if key != "id"}
            for key in ("application", "contact", "interview"):
                if row.get(key) is not None:
                    row[key] = place_of(key, row[key])
            if "key" in row:
                row["key"] = re.sub(r"(application|interview|contact|outcome)-(\d+)",
                                    lambda m: f"{m[1]}-{place_of(m[1], int(m[2]))}", row["key"])
            if isinstance(row.get("detail"), dict):
                row["detail"] = {k: v for k, v in row["detail"].items() if not k.endswith("_id")}
            rows.append(row)
        tables[name] = rows
    return {"settings": document["settings"], **tables}


# Another data directory is another database only for SQLite; on PostgreSQL, DATABASE_URL names one.
@pytest.mark.sqlite_only
def test_an_export_imported_into_an_empty_data_directory_gives_the_same_search(client, interviewed, data_dir,
                                                                             tmp_path, run):
    interview = f"/api/interviews/{interviewed['interview']}"
    client.patch(interview, json={"forgot": "I led the migration.",
                                  "participant_notes": [{"contact_id": interviewed["dana"], "notes": "Asked about dbt."}]})
    client.post(f"{interview}/debrief", json={"heard_by": "2040-03-23", "rating": 4,
                                              "people": [{"name": "Sam Ruiz", "email": "sam@acme.example"}]})
    follow_ups = client.get("/api/followups").json["followups"]
    thanks = [f for f in follow_ups if f["kind"] == "thank_you_email"]
    client.post(f"/api/followups/{thanks[0]['id']}/mark", json={"action": "done", "at": "2040-03-14T09:30:00Z"})
    client.post(f"/api/followups/{thanks[1]['id']}/mark", json={"action": "snooze", "until": "2040-03-14T12:00:00Z"})
    client.post("/api/applications", json={"company": "Globex", "title": "Analyst", "status": "applied"})

    exported = tmp_path / "search.json"
    code, out, err = run("export", "--format", "json", "--output", str(exported), "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    assert json.loads(out)["applications"] == 2

    elsewhere = tmp_path / "elsewhere"
    code, out, err = run("import", str(exported), "--data-dir", str(elsewhere))
    assert code == 0, err
    assert "added 2 applications" in out
    again = tmp_path / "again.json"
    assert run("export", "--format", "json", "--output", str(again), "--data-dir", str(elsewhere))[0] == 0

    before, after = json.loads(exported.read_text()), json.loads(again.read_text())
    assert without_ids(after) == without_ids(before)
    statuses = {row["kind"]: row["status"] for row in after["follow_ups"] if row["kind"] in ("debrief", "prepare")}
    assert statuses["debrief"] == "done"
    assert sorted(row["status"] for row in after["follow_ups"] if row["kind"] == "thank_you_email") == [
        "done", "snoozed"]


@pytest.mark.sqlite_only
def test_a_wrong_export_is_refused_whole_with_what_is_wrong(client, interviewed, data_dir, tmp_path, run):
    exported = tmp_path / "search.json"
    run("export", "--format", "json", "--output", str(exported), "--data-dir", str(data_dir))
    document = json.loads(exported.read_text())
    document["follow_ups"][0]["due"] = "next Tuesday"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document))
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run("import", str(broken), "--data-dir", str(elsewhere))
    assert code == 1 and "follow_ups[0].due: 'next Tuesday' cannot be read" in out
    code, out, _ = run("export", "--format", "json", "--data-dir", str(elsewhere))
    assert json.loads(out)["applications"] == []  # nothing of it was kept

    wrong_zone = tmp_path / "zone.json"
    wrong_zone.write_text(json.dumps(json.loads(exported.read_text()) | {"settings": {"zone": "Mars/Olympus"}}))
    code, out, _ = run("import", str(wrong_zone), "--data-dir", str(elsewhere))
    assert code == 1 and "settings.zone" in out

    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document | {"version": 99}))
    code, out, _ = run("import", str(newer), "--data-dir", str(elsewhere))
    assert code == 1 and "import it with a newer companion" in out


def test_the_applications_page_buttons_use_the_same_document_through_the_api(client, interviewed, unchanged):
    exported = client.get("/api/export/data.json")
    assert exported.status_code == 200 and "attachment" in exported.headers["Content-Disposition"]
    document = exported.json
    assert [a["company"] for a in document["applications"]] == ["Acme"]

    added = client.post("/api/import", json=document)
    assert added.status_code == 200 and added.json["added"]["applications"] == 1
    assert [a["company"] for a in client.get("/api/applications").json["applications"]] == ["Acme", "Acme"]

    wrong = dict(document, applications=[dict(document["applications"][0], status={"not": "text"})])
    with unchanged():
        refused = client.post("/api/import", json=wrong)
        junk = client.post("/api/import", data=b"[1, 2", content_type="application/json")
        not_ours = client.post("/api/import", json={"applications": []})
    assert refused.status_code == 400 and refused.json["error"]["field"] == "applications[0].status"
    assert junk.status_code == 400 and not_ours.json["error"]["field"] == "format"
