"""Errors the API answers with: always JSON, always 4xx for the caller's mistakes.

`ApiError` carries a machine code, a sentence for the user and, where it applies, the field
that was wrong; the services' own errors are answered in the same shape, with their HTTP status
chosen here. The handlers make sure no route answers a traceback.
"""

from __future__ import annotations

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from companion.services.errors import BrokenTemplate, Busy, Conflict, Invalid, NotFound, ServiceError, StoreFull
from companion.services.session import store_trouble

# The HTTP status of each of the services' errors.
SERVICE_ERROR_STATUS = {NotFound: 404, Invalid: 400, Conflict: 409, BrokenTemplate: 422, Busy: 503, StoreFull: 507}


class ApiError(Exception):
    status = 400

    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid", status: int | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code
        if status is not None:
            self.status = status

    def to_json(self) -> dict:
        error = {"code": self.code, "message": self.message}
        if self.field:
            error["field"] = self.field
        return {"error": error}


def error_response(message: str, status: int, code: str, field: str | None = None):
    return jsonify(ApiError(message, field=field, code=code).to_json()), status


def service_error_response(error: ServiceError):
    response, status = error_response(error.message, SERVICE_ERROR_STATUS[type(error)], error.code, error.field)
    if isinstance(error, Busy):
        response.headers["Retry-After"] = str(Busy.RETRY_AFTER_SECONDS)
    return response, status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        return jsonify(error.to_json()), error.status

    app.register_error_handler(ServiceError, service_error_response)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        code = {
            404: "not_found", 405: "method_not_allowed", 413: "too_large", 400: "bad_request",
        }.get(error.code, "http_error")
        message = {
            413: f"the request body is larger than the companion accepts ({app.config['MAX_CONTENT_LENGTH'] // (1024 * 1024)} MB)",
            404: "no such address in the companion's API",
        }.get(error.code, error.description)
        return error_response(message, error.code, code)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        trouble = store_trouble(error)  # the database locked or its disk full, met inside a route
        if trouble is not None:
            return service_error_response(trouble)
        app.logger.exception("unexpected error")
        return error_response("the companion hit an internal error; details are in its log", 500, "internal")
