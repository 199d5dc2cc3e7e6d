"""The Flask app factory: configuration, the guard, one transaction per request, blueprints."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter

from companion import __version__
from companion.web import security, transactions
from companion.web.api import BLUEPRINTS
from companion.config import Config, load_config, load_or_create_token
from companion.web.errors import register_error_handlers
from companion.services.lookup import MAX_ROW_ID
from companion.services.session import open_store


def create_app(config: Config | None = None) -> Flask:
    config = config or load_config()
    app = Flask(__name__)
    app.config.update(
        COMPANION=config,
        COMPANION_TOKEN=load_or_create_token(config),
        ALLOWED_HOSTS=security.allowed_hosts(config.port),
        MAX_CONTENT_LENGTH=config.max_body_bytes,
        JSON_SORT_KEYS=False,
        VERSION=__version__,
    )
    app.json.sort_keys = False
    app.url_map.converters["id"] = RowIdConverter
    open_store(config)
    register_error_handlers(app)
    security.install(app)
    transactions.install(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app


class RowIdConverter(IntegerConverter):
    """A row id in a URL: a number the database can hold, else the route does not match (404)."""

    def __init__(self, url_map):
        super().__init__(url_map, min=0, max=MAX_ROW_ID)
