"""GET /api/health: is the companion up, which version, is its database answering."""

from flask import Blueprint, current_app, jsonify

from companion.services.session import database_status
from companion.web.api.docs import documented

blueprint = Blueprint("health", __name__)


@blueprint.get("/api/health")
@documented("Companion name, version and database status (no token needed)")
def health():
    return jsonify(name="interview-companion", version=current_app.config["VERSION"], database=database_status())
