"""All the user's data in one JSON document, out and back in (what `export --format json` and
`import FILE.json` do on the command line)."""

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import BadRequest

from companion.services import data_transfer
from companion.web.api.docs import documented
from companion.web.errors import ApiError

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
