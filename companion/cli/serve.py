"""`interview-companion serve`: run the companion on 127.0.0.1 through waitress.

It listens on loopback only, with no option to do otherwise: the extension runs on this
machine, and the guard (security.py) accepts only requests addressed to 127.0.0.1 or localhost.
"""

from __future__ import annotations

import argparse

import waitress

from companion.services.backups import start_daily_backups
from companion.services.mailbox import start_watching
from companion.web.app import create_app
from companion.config import DEFAULT_PORT, LOOPBACK, load_config, read_token


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("serve", parents=[common], help="start the companion server")
    parser.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    parser.set_defaults(handler=run)


def port_number(text: str) -> int:
    """An argparse type for a TCP port: 1 to 65535 (0, "any free port", would leave the extension guessing)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (ports are whole numbers from 1 to 65535)")
    return value


def run(args) -> int:
    config = load_config(args.data_dir, port=args.port)
    first_start = read_token(config) is None
    app = create_app(config)
    start_daily_backups(config)
    start_watching()
    print(f"Interview companion listening on http://{LOOPBACK}:{args.port}", flush=True)
    print(f"Data: {config.data_dir}", flush=True)
    if first_start:
        print(f"Pairing token (paste it into the extension's options): {app.config['COMPANION_TOKEN']}", flush=True)
    else:
        print("Pairing token: shown by `interview-companion token`", flush=True)
    waitress.serve(app, host=LOOPBACK, port=args.port, threads=4, ident="interview-companion",
                   # waitress's own cap sits above Flask's, so an oversized body gets the JSON 413
                   max_request_body_size=2 * config.max_body_bytes, _quiet=True)
    return 0
