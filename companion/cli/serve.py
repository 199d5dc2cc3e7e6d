"""`interview-companion serve`: run the companion on loopback through waitress."""

from __future__ import annotations

import argparse
import ipaddress
import sys

import waitress

from ..app import create_app
from ..config import DEFAULT_HOST, DEFAULT_PORT, load_config


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("serve", parents=[common], help="start the companion server")
    parser.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to listen on (default 127.0.0.1; others need --allow-remote)")
    parser.add_argument("--allow-remote", action="store_true", help="allow listening on a non-loopback address (not recommended)")
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


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args) -> int:
    if not is_loopback(args.host):
        if not args.allow_remote:
            print(f"error: refusing to listen on {args.host}: the companion serves only this machine "
                  "(pass --allow-remote to override, at your own risk)", file=sys.stderr)
            return 2
        print(f"warning: listening on {args.host}: other machines can reach the companion", file=sys.stderr)
    config = load_config(args.data_dir, host=args.host, port=args.port)
    app = create_app(config)
    if not is_loopback(args.host):
        app.config["ALLOWED_HOSTS"].add(f"{args.host}:{args.port}")
    print(f"Interview companion listening on http://{args.host}:{args.port}", flush=True)
    print(f"Data: {config.data_dir}", flush=True)
    print(f"Pairing token (paste it into the extension's options): {app.config['COMPANION_TOKEN']}", flush=True)
    waitress.serve(app, host=args.host, port=args.port, threads=4, ident="interview-companion",
                   # waitress's own cap sits above Flask's, so an oversized body gets the JSON 413
                   max_request_body_size=2 * config.max_body_bytes, _quiet=True)
    return 0
