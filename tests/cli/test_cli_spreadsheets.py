"""Applications in and out of a spreadsheet: another tracker's CSV read by its column names (the
matching shown before anything is written), and our own CSV export."""

from __future__ import annotations

import csv
import io

HUNTR_STYLE = (
    "\ufeffCompany,Job Title,Status,Date Applied,URL,Salary\r\n"
    "Acme Robotics,Data Engineer,Applied,2026-11-02,https://jobs.acme.example/1?utm_source=x,120k\r\n"
    "Globex,Analyst,Wishlist,,not a url,\r\n"
    "Initech,Platform Engineer,Phone Screen,11/20/2026,,\r\n"
    "Hooli,Designer,Ghosted,tomorrowish,,\r\n"
)


def test_another_trackers_csv_is_matched_by_column_names_and_shown_before_it_is_written(client, data_dir,
                                                                                        tmp_path, run):
    sheet = tmp_path / "huntr.csv"
    sheet.write_text(HUNTR_STYLE, encoding="utf-8")
    code, out, err = run("import", str(sheet), "--dry-run", "--data-dir", str(data_dir))
    assert code == 0, err
    assert "columns Company -> company, Job Title -> title, Status -> status, Date Applied -> applied_on, URL -> job_url" in out
    assert "left out: Salary" in out and "4 applications would be added" in out
    assert client.get("/api/applications").json["applications"] == []  # a dry run writes nothing

    code, out, err = run("import", str(sheet), "--data-dir", str(data_dir))
    assert code == 0 and "added 4, already tracked 0" in out
    assert "'not a url' is not a web address" in out and "'tomorrowish' is not a date" in out
    assert "status 'Ghosted' is not one this companion knows" in out
    stored = {a["company"]: a for a in client.get("/api/applications").json["applications"]}
    assert (stored["Acme Robotics"]["status"], stored["Acme Robotics"]["applied_on"]) == ("applied", "2026-11-02")
    assert stored["Acme Robotics"]["job_url"].startswith("https://jobs.acme.example/1")
    assert (stored["Globex"]["status"], stored["Globex"]["job_url"]) == ("saved", "")
    assert (stored["Initech"]["status"], stored["Initech"]["applied_on"]) == ("interviewing", "2026-11-20")
    assert stored["Hooli"]["applied_on"] is None

    code, out, _ = run("import", str(sheet), "--data-dir", str(data_dir))
    assert "added 0, already tracked 4" in out


def test_our_csv_export_has_a_row_per_application_with_its_next_follow_up(client, interviewed, data_dir, tmp_path,
                                                                        run):
    target = tmp_path / "applications.csv"
    code, out, err = run("export", "--format", "csv", "--output", str(target), "--data-dir", str(data_dir))
    assert code == 0, err
    [row] = list(csv.DictReader(io.StringIO(target.read_text())))
    assert (row["company"], row["title"], row["status"]) == ("Acme", "Data Engineer", "interviewing")
    assert row["next_due"].startswith("2040-03-13") and row["last_activity_at"]
