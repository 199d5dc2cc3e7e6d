"""POST /api/import/sheet: the applications page's spreadsheet import. A dry run says how the
columns are read and what would be added, writing nothing; the import adds the rows not yet
tracked; a file naming no column we know is refused, naming why."""

from __future__ import annotations

SHEET = ("Company Name,Position,Stage,Date Applied,Job URL,Salary\r\n"
         "Acme Robotics,Data Engineer,Applied,2026-11-02,https://jobs.acme.example/1,120k\r\n"
         "Globex,Analyst,Bookmarked,,,\r\n"
         "Initech,Platform Engineer,Interviewing,yesterday-ish,,\r\n")


def test_a_dry_run_shows_the_matching_and_writes_nothing_then_the_import_adds_once(client, unchanged):
    with unchanged():
        preview = client.post("/api/import/sheet", json={"csv": SHEET, "dry_run": True})
    assert preview.status_code == 200
    assert preview.json["columns"] == {"Company Name": "company", "Position": "title", "Stage": "status",
                                       "Date Applied": "applied_on", "Job URL": "job_url"}
    assert preview.json["ignored"] == ["Salary"] and (preview.json["added"], preview.json["already_tracked"]) == (3, 0)
    assert any("'yesterday-ish' is not a date" in problem for problem in preview.json["problems"])

    done = client.post("/api/import/sheet", json={"csv": SHEET})
    assert (done.json["added"], done.json["already_tracked"], done.json["dry_run"]) == (3, 0, False)
    statuses = {a["company"]: a["status"] for a in client.get("/api/applications").json["applications"]}
    assert statuses == {"Acme Robotics": "applied", "Globex": "saved", "Initech": "interviewing"}
    again = client.post("/api/import/sheet", json={"csv": SHEET})
    assert (again.json["added"], again.json["already_tracked"]) == (0, 3)


def test_a_file_with_no_column_we_know_is_refused(client, unchanged):
    with unchanged():
        refused = client.post("/api/import/sheet", json={"csv": "Foo,Bar\r\n1,2\r\n"})
    assert refused.status_code == 400 and refused.json["error"]["field"] == "csv"
    assert "no column of this file names a company or a role" in refused.json["error"]["message"]


def test_text_that_is_not_csv_is_refused_and_control_characters_never_reach_the_store(client, unchanged):
    with unchanged():
        refused = client.post("/api/import/sheet", json={"csv": 'Company,Title\r\n"Acme' + "x" * 200_000})
    assert refused.status_code == 400 and "not a spreadsheet the companion can read as CSV" in refused.json["error"]["message"]
    with unchanged():
        nul = client.post("/api/import/sheet", json={"csv": "Company,Title\rAc\u0000me,Eng\r"})
    assert nul.status_code == 400 and "NUL" in nul.json["error"]["message"]
    taken = client.post("/api/import/sheet", json={"csv": "Company,Title\rAc\u0007me,Eng\r"})  # old Mac line ends, a bell
    assert taken.status_code == 200 and taken.json["added"] == 1
    assert [a["company"] for a in client.get("/api/applications").json["applications"]] == ["Acme"]
