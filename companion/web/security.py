"""The companion's guard: any web page can reach 127.0.0.1, so every request is checked.

Checks, in order: the `Host` header names this companion (against DNS rebinding); a browser
`Origin`, when present, is an extension's, and once paired the paired one's; `/api/` routes
carry the pairing token (all but the health check). The first extension origin to bring the
right token is the paired one: another extension that found the token is refused (the native
host, which only our extension can reach, lets the next one pair again). CORS headers,
written by flask-cors, go only to extension origins.
"""

from __future__ import annotations

import hmac
import re

from flask import Flask, current_app, request
from flask_cors import CORS

from companion.config import pair_origin, read_paired_origin
from companion.web.errors import error_response

# An extension's own pages: chrome-extension://<id> or moz-extension://<uuid>, never a web page.
EXTENSION_ORIGIN = re.compile(r"^(?:chrome|moz)-extension://[^/\s]+$")
PUBLIC_PATHS = {"/api/health"}


def allowed_hosts(port: int) -> set[str]:
    names = ("127.0.0.1", "localhost", "[::1]")
    hosts = {f"{name}:{port}" for name in names}
    if port == 80:
        hosts |= set(names)
    return hosts


def is_extension_origin(origin: str) -> bool:
    return EXTENSION_ORIGIN.match(origin) is not None


def bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def token_matches(given: str) -> bool:
    expected = current_app.config["COMPANION_TOKEN"]
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def install(app: Flask) -> None:
    @app.before_request
    def _guard():
        if request.host.lower() not in app.config["ALLOWED_HOSTS"]:
            return error_response(
                f"requests must be addressed to this companion (127.0.0.1 or localhost on its port), not {request.host!r}",
                403, "bad_host",
            )
        origin = request.headers.get("Origin")
        if origin and not is_extension_origin(origin):
            return error_response("web pages may not call the companion; only the extension may", 403, "bad_origin")
        paired = read_paired_origin(app.config["COMPANION"]) if origin else None
        if paired and origin != paired:
            return error_response("the companion is paired with another extension; pair again from the extension "
                                  "you use (its options page, or `interview-companion install`)", 403, "other_extension")
        if request.method == "OPTIONS":
            return app.response_class(status=204)
        if request.path.startswith("/api/") and request.path not in PUBLIC_PATHS:
            if not bearer_token():
                return error_response(
                    "the pairing token is missing: send 'Authorization: Bearer <token>' (see `interview-companion token`)",
                    401, "unauthorized",
                )
            if not token_matches(bearer_token()):
                return error_response(
                    "the pairing token is wrong: paste the one `interview-companion token` shows",
                    401, "unauthorized",
                )
            if origin and not paired:
                pair_origin(app.config["COMPANION"], origin)
        return None

    # After the guard: flask-cors answers only origins that passed it, and nothing else gets its headers.
    CORS(app, origins=[EXTENSION_ORIGIN], methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
         allow_headers=["Authorization", "Content-Type"], max_age=600, vary_header=True)

    @app.after_request
    def _hardening(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Cache-Control", "no-store")
        return response
