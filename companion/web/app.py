"""The Flask app factory: configuration, the guard, one transaction per request, blueprints."""

from __future__ import annotations

from flask import Flask, g
from werkzeug.routing import IntegerConverter

from companion import __version__
from companion.web import security
from companion.web.api import BLUEPRINTS
from companion.config import Config, load_config, load_or_create_token
from companion.web.errors import register_error_handlers
from companion.services.lookup import MAX_ROW_ID
from companion.services.session import Request, open_store


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
    _install_transactions(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app


def _install_transactions(app: Flask) -> None:
    """Each request runs in one transaction, committed only when it answers below 400."""

    @app.before_request
    def _begin():
        g.store_request = Request()

    @app.after_request
    def _mark_failure(response):
        if response.status_code >= 400:
            g.rollback = True
        return response

    @app.teardown_request
    def _finish(error):
        store_request = g.pop("store_request", None)
        if store_request is not None:
            store_request.finish(commit=error is None and not g.pop("rollback", False))


class RowIdConverter(IntegerConverter):
    """A row id in a URL: a number the database can hold, else the route does not match (404)."""

    def __init__(self, url_map):
        super().__init__(url_map, min=0, max=MAX_ROW_ID)
