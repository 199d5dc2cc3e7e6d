"""All the user's data in one JSON document, out and back in (what `export --format json` and
`import FILE.json` do on the command line)."""

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import BadRequest

from companion.config import MAX_BODY_BYTES
from companion.services import data_transfer, spreadsheets
from companion.web.api.docs import documented, json_body
from companion.web.errors import ApiError
from companion.web.schema import Field

blueprint = Blueprint("data_transfer", __name__)


@blueprint.get("/api/export/data.json")
@documented("Everything recorded: applications, people, interviews, outcomes, follow-ups and their state, "
            "activity, settings")
def export_data():
    response = jsonify(data_transfer.export_document())
    response.headers["Content-Disposition"] = 'attachment; filename="interview-companion-export.json"'
    return response


@blueprint.post("/api/import")
@documented("Add a document made by the export; refused whole, naming the row and field, when any part is wrong")
def import_data():
    try:
        document = request.get_json(force=True)
    except BadRequest:
        raise ApiError("the request body is not valid JSON", code="invalid_json") from None
    except RecursionError:
        raise ApiError("the document is nested too deeply to be an export", code="invalid_json") from None
    return jsonify(added=data_transfer.import_document(document))


SHEET_FIELDS = {
    "csv": Field("string", required=True, max_length=MAX_BODY_BYTES, strip=False,
                 description="a spreadsheet of applications as CSV text (ours, Huntr's, Teal's, a hand-kept one)"),
    "dry_run": Field("boolean", description="only say how the columns are matched and what would be added"),
}


@blueprint.post("/api/import/sheet")
@documented("Add the applications of a spreadsheet: its columns matched by name (shown first with dry_run), "
            "rows already tracked left alone, unreadable values named by row", body=SHEET_FIELDS)
def import_sheet():
    values = json_body(SHEET_FIELDS)
    sheet = spreadsheets.read_sheet(values["csv"])
    if not sheet.mapping:
        raise ApiError("no column of this file names a company or a role: the first line must hold the column names "
                       "(Company, Job Title, Status, Date Applied, URL, …)", field="csv")
    added, known = spreadsheets.import_sheet(sheet, dry_run=values.get("dry_run", False))
    return jsonify(columns=sheet.mapping, ignored=sheet.ignored, rows=len(sheet.rows), problems=sheet.problems,
                   added=added, already_tracked=known, dry_run=values.get("dry_run", False))
