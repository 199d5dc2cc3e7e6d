"""One transaction per request: begun before the route (or, for a route that reads slowly first,
when it starts writing), committed before an answer below 400 is sent, rolled back otherwise.
A GET's transaction does not take the write lock, so reads and writes never wait for each other."""

from __future__ import annotations

from flask import Flask, current_app, g, request

from companion.services.errors import ServiceError
from companion.services.session import Request
from companion.web.errors import service_error_response


def writes_after_reading(view):
    """Mark a route that reads its input before it writes: it calls `start_writing()` once it has,
    so parsing a large page or invite never holds the write lock other requests wait for."""
    view.writes_after_reading = True
    return view


def start_writing() -> None:
    g.store_request.begin()


def install(app: Flask) -> None:
    @app.before_request
    def _begin():
        view = current_app.view_functions.get(request.endpoint)
        g.store_request = Request(begin=not getattr(view, "writes_after_reading", False),
                                  read_only=request.method in ("GET", "HEAD"))

    @app.after_request
    def _commit(response):
        """Commit before the answer leaves, so a commit that fails (a full disk) is what it says."""
        store_request = g.pop("store_request", None)
        if store_request is None:
            return response
        try:
            store_request.finish(commit=response.status_code < 400)
        except ServiceError as trouble:
            return service_error_response(trouble)
        return response

    @app.teardown_request
    def _roll_back(error):
        store_request = g.pop("store_request", None)
        if store_request is not None:  # no answer was made: nothing is kept
            store_request.finish(commit=False)
